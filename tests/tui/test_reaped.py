"""No process `reader` forks is left a zombie once it ends.

The split child (`reader.tui.ahead`) and the process writing the plan's split to the cache
(`reader.tui.launch._keep_split`) ended while their parents lived on, unreaped: the split
child a zombie of the app for the rest of the session (the app reads its stream to the
last dump's last batch, never its end), the writer one of the split child for as long as
that split a big dump. Each is run here in a forked child of the test (one thread, as
`reader` is when it forks), which says when the process it forked is gone.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench import corpus
from reader import leaving
from reader.tui import launch
from reader.tui.ahead import Ahead
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.forked import Forked
from tests.tui.helpers import HANG


def _gone(pid: int) -> bool:
    """Whether `pid` is no process at all any more (a zombie is one still)."""
    return not Path(f"/proc/{pid}").exists()


def _until_gone(pid: int) -> int:
    """0 once `pid` is gone, 1 if it is still there (a zombie) after `HANG` seconds."""
    deadline = time.monotonic() + HANG
    while not _gone(pid):
        if time.monotonic() > deadline:
            return 1
        time.sleep(0.02)
    return 0


def _two_then_more(_result: int) -> Iterator[int]:
    yield from (1, 2)


def _split_child_reaped(out: int) -> int:
    ahead = Ahead(lambda: 0, then=_two_then_more)
    pid = ahead._pid  # before `result`: from then on the child may be reaped at any time
    assert pid is not None
    assert ahead.result() == 0 and ahead.streaming
    items = ahead.follow()
    assert [next(items), next(items)] == [1, 2]  # as the app reads: never to the end
    return _until_gone(pid)


def test_the_split_child_is_reaped_once_it_ends_while_its_stream_is_still_followed() -> None:
    assert Forked(_split_child_reaped).wait() == 0


def _split_child_reaped_without_waitid(out: int) -> int:
    del os.waitid  # as on macOS before Python 3.13 (this forked child's module only)
    return _split_child_reaped(out)


def test_the_split_child_is_reaped_where_os_has_no_waitid() -> None:
    assert Forked(_split_child_reaped_without_waitid).wait() == 0


def test_the_split_caches_writer_is_reaped_once_it_ends_while_a_big_dump_is_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", SEED.stat().st_size)
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a_small.txt")
    (tmp_path / "seeds" / "big.txt").write_text(corpus.dump(60, seed=2), encoding="utf-8")
    workspace = Workspace.open(tmp_path)
    forked: list[int] = []
    detached = leaving.detached

    def noted(work: Callable[[], None], nice: int = 0) -> int:
        forked.append(detached(work, nice))
        return forked[-1]

    monkeypatch.setattr(launch, "detached", noted)

    def in_the_split_child(out: int) -> int:
        opening = launch._plan(workspace, [])
        assert opening.loaded.articles and opening.deferred
        (writer,) = forked
        followed = launch.split_ahead(opening, workspace.cache_dir)
        next(iter(followed.items))  # the big dump's split is under way
        return _until_gone(writer)

    assert Forked(in_the_split_child).wait() == 0
    assert list((workspace.cache_dir / "splits").glob("*.split"))  # the writer wrote
