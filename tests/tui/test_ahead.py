"""Work run ahead in a forked child gives exactly what a plain call gives, errors included."""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.tui.ahead import Ahead, Broken, Followed, Go
from tests.forked import Forked
from tests.tui.helpers import HANG


def test_the_result_comes_from_the_child() -> None:
    parent = os.getpid()
    ahead = Ahead(lambda: (os.getpid(), [1, "two"]))
    pid, value = ahead.result()
    assert value == [1, "two"]
    if threading.active_count() == 1:  # else it ran here, by design
        assert pid != parent


def test_an_error_in_the_child_is_raised_by_the_plain_call_here() -> None:
    def fails() -> None:
        raise ReaderError("no dumps in seeds/")

    with pytest.raises(ReaderError, match="no dumps in seeds/"):
        Ahead(fails).result()


def test_a_result_that_cannot_be_pickled_is_computed_here() -> None:
    parent = os.getpid()
    assert Ahead(lambda: lambda: os.getpid()).result()() == parent


def _numbers(count: int) -> Iterator[int]:
    yield from range(count)


def test_what_the_child_yields_after_the_result_follows_in_order() -> None:
    ahead = Ahead(lambda: 3, then=_numbers)
    assert ahead.result() == 3
    if ahead.streaming:  # forked (no other thread was running)
        assert list(ahead.follow()) == [0, 1, 2]
    ahead.close()
    ahead.close()  # twice is harmless


def test_a_child_waits_for_the_word_given_here_after_the_fork() -> None:
    # The split child waits so for the app's first frame before the dumps it does not list.
    # A word closed here unsaid ends the wait too: the child's copy of the write end,
    # held open, kept that close unheard for the whole wait.
    go, never, closed = Go(), Go(), Go()

    def waits(_: int) -> Iterator[bool]:
        return iter([never.wait(0.01), go.wait(HANG), closed.wait(HANG)])

    ahead = Ahead(lambda: 1, then=waits)
    assert ahead.result() == 1
    if ahead.streaming:  # forked (no other thread was running)
        go.give()
        closed.close()
        assert list(ahead.follow()) == [False, True, True]
    go.give()  # again, or after a close: harmless
    never.close()
    ahead.close()


def _dies(_count: int) -> Iterator[int]:
    yield 1
    os._exit(9)


def test_a_stream_cut_short_is_broken() -> None:
    ahead = Ahead(lambda: 1, then=_dies)
    ahead.result()
    if ahead.streaming:
        with pytest.raises(Broken):
            list(ahead.follow())


def test_a_closed_stream_just_ends() -> None:
    ahead = Ahead(lambda: 1, then=lambda _: itertools.count())
    ahead.result()
    if ahead.streaming:
        follow = ahead.follow()
        assert next(follow) == 0
        ahead.close()
        rest = list(follow)  # ends, without Broken: frames read already may still come
        assert rest == list(range(1, len(rest) + 1))
        assert not ahead.streaming


def test_a_follower_left_waiting_holds_no_pickle() -> None:
    """The app stops reading after its last dump's last batch: the stream's reader, left
    suspended, must not keep that batch's pickle (6 MB at 10,000 articles)."""
    ahead = Ahead(lambda: 1, then=lambda _: iter([bytes(4_000_000), b"more"]))
    ahead.result()
    if ahead.streaming:
        follow = ahead.follow()
        tracemalloc.start()
        try:
            assert len(next(follow)) == 4_000_000
            assert tracemalloc.get_traced_memory()[0] < 1_000_000
        finally:
            tracemalloc.stop()
            ahead.close()


def test_the_child_does_the_work_after_its_stream_once_every_item_is_sent(
    tmp_path: Path,
) -> None:
    done = tmp_path / "after"
    sent: list[int] = []

    def numbers() -> Iterator[int]:
        for number in range(3):
            sent.append(number)
            yield number

    def after() -> None:
        done.write_text(repr(sent), encoding="utf-8")

    ahead = Ahead(lambda: 3, then=lambda _count: Followed(numbers(), after))
    assert ahead.result() == 3
    if ahead.streaming:  # forked: the child writes the file, the follower waits for none
        follow = ahead.follow()
        assert [next(follow) for _ in range(3)] == [0, 1, 2]
        for _ in range(1000):
            if done.exists() and done.read_text(encoding="utf-8"):
                break
            time.sleep(0.01)
        assert done.read_text(encoding="utf-8") == "[0, 1, 2]"
    ahead.close()


def test_the_child_ends_with_its_parent_however_that_ends() -> None:
    """A parent killed outright (SIGKILL, the OOM killer: no handler runs) leaves no child
    splitting on: it split to the end, or waited for good on a pipe nobody read."""

    def run(out: int) -> int:
        ahead = Ahead(threading.Event().wait)  # a child that never answers
        os.write(out, f"{ahead._pid}\n".encode())
        os.kill(os.getpid(), signal.SIGKILL)
        return 0

    parent = Forked(run)
    parent.wait_for_lines(1)
    child = int(parent.lines[0])
    try:
        assert parent.wait() == -signal.SIGKILL  # read to the end: the child held the pipe
        assert _ended(child)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)


def _ended(pid: int) -> bool:
    """Whether `pid` ends within a few seconds (a zombie nobody reaps has ended)."""
    for _ in range(200):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.02)
    return False
