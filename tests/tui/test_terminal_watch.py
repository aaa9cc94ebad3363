"""`TerminalWatch`: a hang-up reaches the app once, and a shutdown that hangs after the
save is ended rather than left asleep (a pipe's write end closing stands in for the
terminal going away)."""

from __future__ import annotations

import os
import signal
import threading

from reader.tui.terminal import TerminalWatch

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
