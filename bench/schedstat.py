"""Each thread's CPU in a tree of processes, read from `/proc` while it runs.

On this loaded two-core machine a wall figure says more about the other sessions than
about the code; what each process ran says who did the work. A bench samples the tree
of the process it started every few milliseconds (`sample`), then reads what each thread
had run by any moment (`cpu_at`): a process that has ended keeps its last sample.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

Sample = tuple[float, int, int, float, float]
"""(monotonic seconds, process, thread, seconds run, seconds waited for a core)."""


class Sampled(Protocol):
    """What `sample` fills: the threads' samples and the machine's busy time."""

    samples: list[Sample]
    machine: list[tuple[float, float]]


@dataclass
class Threads:
    """The samples of one run of a process (a `Sampled`), taken by `sample` as it runs."""

    samples: list[Sample] = field(default_factory=list)
    machine: list[tuple[float, float]] = field(default_factory=list)
    known: set[int] = field(default_factory=set)
    """Every process seen in the tree (a detached one leaves it: kept once seen)."""
    root: int = 0
    """The process the tree is under (the app)."""

    def sample(self, root: int) -> None:
        """Samples the tree under `root` now (a `tick` of `bench.tui._pty_marks`)."""
        self.root = root
        sample(self, self.known, root)


def tree(root: int) -> set[int]:
    """`root` and every process under it."""
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        found.add(pid)
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo += map(int, (task / "children").read_text().split())
    return found


def sample(run: Sampled, known: set[int], root: int) -> None:
    """Each thread's run and wait time so far, and the machine's busy time."""
    now = time.monotonic()
    known |= tree(root)
    for pid in known:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError):
                    ran, waited, _ = (task / "schedstat").read_text().split()
                    thread = int(task.name)
                    run.samples.append((now, pid, thread, int(ran) / 1e9, int(waited) / 1e9))
    busy = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:4]
    run.machine.append((now, sum(map(int, busy)) / os.sysconf("SC_CLK_TCK")))


def cpu_at(run: Sampled, moment: float) -> dict[tuple[int, int], tuple[float, float]]:
    """Each thread's (run, wait) seconds at its last sample up to `moment`."""
    seen: dict[tuple[int, int], tuple[float, float]] = {}
    for at, pid, thread, ran, waited in run.samples:
        if at <= moment:
            seen[pid, thread] = (ran, waited)
    return seen


def busy_at(run: Sampled, moment: float) -> float:
    """The machine's busy CPU seconds (all cores) at its last sample up to `moment`."""
    return max((busy for at, busy in run.machine if at <= moment), default=0.0)


def ran_between(run: Threads, start: float, end: float) -> tuple[float, float, float]:
    """Seconds of CPU run from `start` to `end` (monotonic) by the processes under the root
    (its children), by the root's main thread, and by its other threads."""
    before, after = cpu_at(run, start), cpu_at(run, end)
    children = main = others = 0.0
    for (pid, thread), (ran, _waited) in after.items():
        spent = ran - before.get((pid, thread), (0.0, 0.0))[0]
        if pid != run.root:
            children += spent
        elif thread == run.root:
            main += spent
        else:
            others += spent
    return children, main, others
