"""bench.fill_timeline's instrument: the steps it stamps exist, stamps say what ran, and its
table splits each process's CPU between the steps."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.fill_stamped import CALL, FIRST, GENERATOR, STAMPED, STAMPS_ENV, wrapped
from bench.fill_timeline import Run, windows
from bench.schedstat import Threads, ran_between


@pytest.mark.parametrize("module", sorted(STAMPED))
def test_every_stamped_step_is_still_there(module: str) -> None:
    loaded = importlib.import_module(module)
    for qualname, _how in STAMPED[module]:
        owner: object = loaded
        for part in qualname.split("."):
            owner = getattr(owner, part)  # AttributeError: renamed, so the bench went blind
        assert callable(owner)


def _events(stamps: Path) -> list[str]:
    return [" ".join(line.split(" ")[4:]).rstrip() for line in stamps.read_text().splitlines()]


def test_stamps_say_when_a_call_ran_and_what_a_generator_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = tmp_path / "stamps.txt"
    monkeypatch.setenv(STAMPS_ENV, str(stamps))

    def numbers() -> Iterator[bytes]:
        yield b"ab"
        yield b"abc"

    assert wrapped(lambda frame: len(frame), "send", CALL)(b"four") == 4
    assert list(wrapped(numbers, "each", GENERATOR)()) == [b"ab", b"abc"]
    assert list(wrapped(numbers, "first", FIRST)()) == [b"ab", b"abc"]
    assert _events(stamps) == [
        "send:in 4",
        "send:out",
        "each:item 2",
        "each:item 3",
        "each:end 2",
        "first:item 2",
        "first:end 2",
    ]


def test_the_table_gives_each_process_the_cpu_its_threads_ran_between_two_steps() -> None:
    run = Run({"first frame": 10.0, "list filled": 11.0})
    run.stamps = [(9.5, 1, 1, "start", ""), (9.6, 2, 2, "_plan:in", "")]
    run.stamps.append((10.5, 2, 2, "ReaderApp._dump_done:in", ""))
    for at, app, app_other, child, busy in (
        (10.0, 1.0, 0.0, 2.0, 5.0),
        (11.0, 1.25, 0.5, 2.5, 7.0),
    ):
        run.samples += [(at, 1, 1, app, 0.0), (at, 1, 7, app_other, 0.0), (at, 2, 2, child, 0.1)]
        run.machine.append((at, busy))
    _header, _units, first, last = windows(run)
    assert first.split()[:2] == ["ReaderApp._dump_done:in", "500"]  # no sample between
    # wall; run / wait of the app's thread, its other thread, child1, child2, the writer;
    # the rest of the machine (2 s busy, 1.25 of them the app's and child1's)
    cells = "500 250 / 0 500 / 0 500 / 0 0 / 0 0 / 0 750"
    assert last.split() == ["list", "filled", *cells.split()]


def test_the_fill_s_cpu_is_split_between_the_children_the_app_s_thread_and_its_others() -> None:
    threads = Threads(root=1)
    for at, app, app_other, child in ((10.0, 1.0, 0.0, 2.0), (11.0, 1.25, 0.5, 2.5)):
        threads.samples += [
            (at, 1, 1, app, 0.0),
            (at, 1, 7, app_other, 0.0),
            (at, 2, 2, child, 0.1),
        ]
    threads.samples.append((10.5, 3, 3, 0.3, 0.0))  # forked after the start, ended before the end
    threads.samples.append((11.5, 2, 2, 9.0, 0.0))  # after the end: not counted
    assert ran_between(threads, 10.0, 11.0) == pytest.approx((0.8, 0.25, 0.5))
