"""A progress line on stderr for long commands: articles done, rate, time left.

On a terminal it redraws one line in place (at most a few times a second); in a
log file or pipe it prints a plain line now and then, so a cluster job's log
shows how far it got without thousands of carriage returns.
"""

from __future__ import annotations

import time
from typing import Protocol, TextIO

TTY_INTERVAL_S = 0.2
LOG_INTERVAL_S = 30.0
_CLEAR_TO_EOL = "\x1b[K"


class Measured(Protocol):
    """What the line reads: totals and the rate (reader.nlp.cluster.Progress)."""

    total: int
    done: int
    failed: int

    def rate(self, now: float | None = None) -> float:
        """Articles per second."""
        ...

    def eta(self, now: float | None = None) -> float | None:
        """Seconds left, or None when unknown."""
        ...


def describe(progress: Measured, now: float | None = None) -> str:
    """`1,234/5,000 articles (24%), 41.2 articles/s, 1m 31s left` (failures when any)."""
    share = f" ({100 * progress.done // progress.total}%)" if progress.total else ""
    parts = [f"{progress.done:,}/{progress.total:,} articles{share}"]
    rate = progress.rate(now)
    if rate > 0:
        parts.append(f"{rate:.1f} articles/s")
    eta = progress.eta(now)
    if eta is not None:
        parts.append(f"{duration(eta)} left")
    if progress.failed:
        parts.append(f"{progress.failed:,} failed")
    return ", ".join(parts)


def duration(seconds: float) -> str:
    """A short human duration: `42s`, `3m 05s`, `2h 10m`."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


class ProgressLine:
    """Draws `describe(progress)` on a stream, throttled; `close()` ends the line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._interval = TTY_INTERVAL_S if self.tty else LOG_INTERVAL_S
        self._last = time.monotonic() if not self.tty else 0.0
        self._drawn = False

    def update(self, progress: Measured) -> None:
        """Shows the progress now, unless it was shown a moment ago (the last one always)."""
        now = time.monotonic()
        finished = progress.done + progress.failed >= progress.total
        if now - self._last < self._interval and not finished:
            return
        self._last = now
        text = describe(progress, now)
        if self.tty:
            self.stream.write(f"\r{text}{_CLEAR_TO_EOL}")
            self._drawn = True
        else:
            self.stream.write(f"{text}\n")
        self.stream.flush()

    def close(self) -> None:
        """Ends a redrawn line so the next output starts on its own line."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
