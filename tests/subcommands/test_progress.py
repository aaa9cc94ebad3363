"""The progress line: what it says, how often it draws, and how it ends."""

from __future__ import annotations

import io

from reader.nlp.cluster import Progress
from reader.subcommands._progress import ProgressLine, describe, duration


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_describe_counts_rate_and_time_left() -> None:
    progress = Progress(total=1000, started=100.0, done=250)
    assert describe(progress, now=110.0) == "250/1,000 articles (25%), 25.0 articles/s, 30s left"
    progress.failed = 4
    assert describe(progress, now=110.0).endswith(", 4 failed")
    assert describe(Progress(total=10, started=0.0), now=5.0) == "0/10 articles (0%)"


def test_durations_read_short() -> None:
    assert [duration(s) for s in (4.4, 65, 3600 * 2 + 600)] == ["4s", "1m 05s", "2h 10m"]


def test_a_terminal_gets_one_redrawn_line() -> None:
    stream = _Terminal()
    line = ProgressLine(stream)
    progress = Progress(total=2)
    progress.done = 1
    line.update(progress)
    line.update(progress)  # a moment later: not redrawn
    progress.done = 2
    line.update(progress)  # the last one always is
    line.close()
    text = stream.getvalue()
    assert text.count("\r") == 2
    assert text.split("\r")[-1].startswith("2/2 articles (100%)")
    assert text.endswith("\n")


def test_a_log_gets_plain_lines_only_now_and_then() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream)
    progress = Progress(total=3)
    progress.done = 1
    line.update(progress)
    progress.done = 3
    line.update(progress)
    line.close()
    assert "\r" not in stream.getvalue()
    assert stream.getvalue().splitlines()[-1].startswith("3/3 articles (100%)")
    assert len(stream.getvalue().splitlines()) == 1
