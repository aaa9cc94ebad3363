"""`TerminalWatch`: a hang-up reaches the app once, and a shutdown that hangs after the
save, or an app whose UI thread never answers, is ended rather than left asleep (a
pipe's write end closing stands in for the terminal going away); `TerminalModes` gives
the terminal back the modes it had."""

from __future__ import annotations

import os
import select
import signal
import termios
import threading
import time
import tty
from pathlib import Path

import pytest

from reader.tui import launch
from reader.tui.terminal import TerminalModes, TerminalWatch

WAIT_S = 30.0


def test_a_shutdown_that_hangs_after_the_save_is_ended() -> None:
    read, write = os.pipe()
    lost: list[int] = []
    stuck = threading.Event()
    stuck_with: list[int] = []

    def on_stuck(signum: int) -> None:
        stuck_with.append(signum)
        stuck.set()

    try:
        with TerminalWatch([read], lost.append, on_stuck, grace=0.05):
            os.close(write)  # the terminal goes; the `with` block never ends in time
            assert stuck.wait(WAIT_S)
        assert lost == stuck_with == [signal.SIGHUP]
    finally:
        os.close(read)


def test_a_shutdown_in_time_is_left_alone() -> None:
    read, write = os.pipe()
    told = threading.Event()
    stuck: list[int] = []
    try:
        with TerminalWatch([read], lambda _signum: told.set(), stuck.append, grace=WAIT_S):
            os.close(write)
            assert told.wait(WAIT_S)  # the app saved and exits: the block ends now
        assert stuck == []
    finally:
        os.close(read)


def test_an_app_that_never_answers_the_stop_is_ended_all_the_same() -> None:
    read, write = os.pipe()
    ui_thread_free = threading.Event()  # never set while the watch waits: the UI is busy
    stuck = threading.Event()
    try:
        with TerminalWatch(
            [read], lambda _signum: ui_thread_free.wait(), lambda _signum: stuck.set(), grace=0.05
        ):
            os.close(write)
            assert stuck.wait(WAIT_S)
    finally:
        ui_thread_free.set()
        os.close(read)


def test_a_sigterm_another_thread_takes_wakes_the_watch_while_the_ui_thread_sleeps() -> None:
    """The kernel gives a process's signal to any of its threads. Taken by one that is not
    the UI thread, Python's handler waits for the UI thread to run bytecode, which one held
    in a wait never does: `reader` stayed up 60 s after SIGTERM (review36: 3 of 80 runs of
    test_sigterm_during_a_save_with_the_ui_thread_held_saves_and_exits under load, the
    watch still in its poll). The signal itself wakes the watch."""
    read, write = os.pipe()
    ui = Path(f"/proc/self/task/{threading.get_native_id()}/wchan")

    def kill_this_thread_once_the_ui_sleeps() -> None:
        deadline = time.monotonic() + WAIT_S  # a kernel that hides where threads sleep
        while "poll" not in ui.read_text() and time.monotonic() < deadline:
            time.sleep(0.01)
        signal.pthread_kill(threading.get_ident(), signal.SIGTERM)

    def told(_signum: int) -> None:
        os.write(write, b"x")

    other = threading.Thread(target=kill_this_thread_once_the_ui_sleeps)
    try:
        with TerminalWatch([], told, lambda _signum: None, grace=WAIT_S):
            other.start()
            assert select.select([read], [], [], WAIT_S)[0]  # asleep in a call, as held
        other.join()
    finally:
        os.close(read)
        os.close(write)


def test_the_terminal_gets_back_the_modes_it_had() -> None:
    master, slave = os.openpty()
    try:
        before = termios.tcgetattr(slave)
        modes = TerminalModes(slave, slave)
        tty.setraw(slave)  # as the app sets it
        modes.give_back()
        assert termios.tcgetattr(slave) == before
        assert os.read(master, 1 << 16).endswith(b"\x1b[?1049l\x1b[?25h\x1b[?1004l")
    finally:
        os.close(master)
        os.close(slave)


def test_a_file_that_is_no_terminal_has_no_modes_to_give_back(tmp_path: Path) -> None:
    with (tmp_path / "out").open("wb") as out:
        TerminalModes(out.fileno(), out.fileno()).give_back()
    assert (tmp_path / "out").read_bytes() == b""


def test_an_app_that_does_not_exit_gives_the_terminal_back_before_closing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Closing may wait (a save under way, or for good: then the deadline ends the process,
    which gives nothing back): the shell has its terminal first, and every closer still runs
    when one fails."""
    done: list[object] = []

    class Modes:
        def give_back(self) -> None:
            done.append("terminal")

    def split() -> None:
        done.append("split")
        raise ChildProcessError

    monkeypatch.setattr(os, "_exit", done.append)
    with pytest.raises(ChildProcessError):
        launch._stuck((split, lambda: done.append("store")), Modes(), signal.SIGTERM)  # type: ignore[arg-type]
    assert done == ["terminal", "split", "store", 128 + signal.SIGTERM]
