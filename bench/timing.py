"""Repeated timing with medians, shared by every benchmark so figures read the same."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured quantity: the median of repeated runs, with the spread."""

    name: str
    median: float
    low: float
    high: float
    unit: str = "s"

    def row(self) -> str:
        """A table row: name, median, min–max."""
        scale, unit = (1000.0, "ms") if self.unit == "s" and self.median < 1 else (1.0, self.unit)
        return (
            f"{self.name:<48} {self.median * scale:>10.2f} {unit:<4} "
            f"({self.low * scale:.2f}–{self.high * scale:.2f})"
        )


def measure(
    name: str,
    func: Callable[[], object],
    repeat: int = 5,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> Figure:
    """Times `func` `repeat` times after `warmup` untimed calls, by `clock` (wall time, or
    `time.process_time` for this process's CPU, which a shared machine's load blurs less)."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeat):
        start = clock()
        func()
        times.append(clock() - start)
    return Figure(name, statistics.median(times), min(times), max(times))


def ratio(name: str, ours: Figure, baseline: Figure) -> str:
    """A ratio row: ours over the baseline measured in the same run."""
    return f"{name:<48} {ours.median / baseline.median:>10.2f} x"
