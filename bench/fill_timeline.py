"""Where a big dump's list spends the time after the first frame: every step stamped.

`python -m bench.fill_timeline [RUNS] [all]` (not in `make bench`) opens the 10,000-article
bench dump as a user does, in a fresh workspace each run (a first opening: split, not read
from the split cache), through `bench.fill_stamped` in a 120x40 pty. It prints, in ms after
the first frame, each step of the fill (with `all`, every batch too) and, between the
steps, each process's CPU: how long its threads ran and how long they were ready but
waited for a core (`/proc/PID/task/TID/schedstat`, read every `TICK` seconds), the app's
own thread apart from its others, and what the rest of the machine ran meanwhile. Run it
on a quiet machine: at a load of 5 every process waits as long as it runs.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus
from bench.fill_stamped import STAMPS_ENV
from bench.tui import _pty_marks
from reader.dumps.load import iter_articles

LINGER = 1.5
"""Seconds the app runs on after its notice (the work behind the list starts)."""
STEPS = (
    "join_parts:item",
    "Rest.send:out",
    "_answer:in",
    "Rest.pieces:item",
    "join_parts:end",
    "_answer:out",
    "split_deferred:end",
    "ReaderApp._dump_done:in",
)
"""The steps the CPU table is cut at (the first of each, where several are stamped)."""
BATCHES = ("_send:", "split_deferred:item", "on_articles_found", "Rest.pieces:item")
"""Stamps of each batch, shown only with `all` (but the last)."""


@dataclass
class Run:
    """One stamped opening: the markers' times, the stamps, the threads' CPU over time."""

    marks: dict[str, float]
    stamps: list[tuple[float, int, int, str, str]] = field(default_factory=list)
    samples: list[tuple[float, int, int, float, float]] = field(default_factory=list)
    machine: list[tuple[float, float]] = field(default_factory=list)
    load: str = ""


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


def sample(run: Run, known: set[int], root: int) -> None:
    """Each thread's run and wait time so far, and the machine's busy time."""
    now = time.monotonic()
    known |= tree(root)  # the detached cache writer leaves the tree: kept once seen
    for pid in known:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError):
                    ran, waited, _ = (task / "schedstat").read_text().split()
                    thread = int(task.name)
                    run.samples.append((now, pid, thread, int(ran) / 1e9, int(waited) / 1e9))
    busy = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:4]
    run.machine.append((now, sum(map(int, busy)) / os.sysconf("SC_CLK_TCK")))


def opened(text: str, folder: Path) -> Run:
    """One first opening of `text`, stamped and sampled."""
    (folder / "seeds").mkdir(parents=True)
    (folder / "seeds" / "big.txt").write_text(text, encoding="utf-8")
    title = next(iter_articles(text, "big.txt")).title
    markers = {"first frame": b"Loading", "first rows": title[:20].encode()}
    markers["list filled"] = b"new articles from big.txt"
    stamps = folder / "stamps.txt"
    root = Path(__file__).resolve().parent.parent
    os.environ[STAMPS_ENV] = str(stamps)
    os.environ["PYTHONPATH"] = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    run, known = Run({}), set[int]()
    started = time.monotonic()
    command = [sys.executable, "-m", "bench.fill_stamped"]
    times = _pty_marks(
        command, list(markers.values()), folder, lambda pid: sample(run, known, pid), LINGER
    )
    run.marks = {name: started + at for name, at in zip(markers, times, strict=True)}
    run.load = Path("/proc/loadavg").read_text().split()[0]
    for line in stamps.read_text().splitlines():
        at, pid, thread, _cpu, event, *info = line.split(" ")
        run.stamps.append((float(at), int(pid), int(thread), event, " ".join(info)))
    return run


def names(run: Run) -> dict[int, str]:
    """Each process of the run by its part: the app, the split child, the rest's, the writer."""
    app = run.stamps[0][1]
    named = {app: "app"}
    for _at, pid, _thread, event, _info in run.stamps:
        if event == "_plan:in":
            named[pid] = "child1"
        elif event == "_answer:in":
            named[pid] = "child2"
        elif event == "Reusing.keep:in":
            named[pid] = "writer"
    return named


def timeline(run: Run, every: bool) -> list[str]:
    """The stamps, in ms after the first frame."""
    frame, named = run.marks["first frame"], names(run)
    rows = [
        f"load {run.load}; after the first frame: first rows "
        f"{(run.marks['first rows'] - frame) * 1000:.0f} ms, list filled "
        f"{(run.marks['list filled'] - frame) * 1000:.0f} ms (the notice on screen)"
    ]
    for at, pid, _thread, event, info in run.stamps:
        if every or not any(key in event for key in BATCHES) or "done" in info:
            where = named.get(pid, str(pid))
            rows.append(f"{(at - frame) * 1000:8.0f} {where:<7} {event} {info}".rstrip())
    return rows


def windows(run: Run) -> list[str]:
    """Each process's run / wait ms between the steps (the app's own thread apart)."""
    frame, named, app = run.marks["first frame"], names(run), run.stamps[0][1]
    cuts = [("first frame", frame)]
    for step in STEPS:
        at = next((s[0] for s in run.stamps if s[3] == step), None)
        if at is not None:
            cuts.append((step, at))
    cuts.append(("list filled", run.marks["list filled"]))
    cuts.sort(key=lambda cut: cut[1])
    columns = ("app", "app's others", "child1", "child2", "writer")
    rows = [f"{'window ending at':<26}{'wall':>6}" + "".join(f"{c:>15}" for c in columns)]
    rows[0] += f"{'machine else':>14}"
    rows.append(f"{'':<32}" + f"{'run / wait':>15}" * len(columns))
    before = _cpu_at(run, cuts[0][1])
    for (_name, start), (name, end) in itertools.pairwise(cuts):
        after = _cpu_at(run, end)
        ran, waited = collections.Counter[str](), collections.Counter[str]()
        for (pid, thread), (was_run, was_wait) in after.items():
            part = named.get(pid, "?")
            if part == "app" and thread != app:
                part = "app's others"
            old_run, old_wait = before.get((pid, thread), (0.0, 0.0))
            ran[part] += was_run - old_run
            waited[part] += was_wait - old_wait
        else_ = _busy_at(run, end) - _busy_at(run, start) - sum(ran.values())
        cells = "".join(f"{ran[c] * 1000:>8.0f} /{waited[c] * 1000:>5.0f}" for c in columns)
        rows.append(f"{name:<26}{(end - start) * 1000:>6.0f}{cells}{else_ * 1000:>14.0f}")
        before = after
    return rows


def _cpu_at(run: Run, moment: float) -> dict[tuple[int, int], tuple[float, float]]:
    """Each thread's (run, wait) seconds at its last sample up to `moment`."""
    seen: dict[tuple[int, int], tuple[float, float]] = {}
    for at, pid, thread, ran, waited in run.samples:
        if at <= moment:
            seen[pid, thread] = (ran, waited)
    return seen


def _busy_at(run: Run, moment: float) -> float:
    """The machine's busy CPU seconds (all cores) at its last sample up to `moment`."""
    return max((busy for at, busy in run.machine if at <= moment), default=0.0)


def main(runs: int = 3, every: bool = False) -> list[str]:
    """Each run's timeline and CPU table."""
    text = corpus.dump(10_000)
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        opened(text, Path(tmp) / "warm")  # caches, .pyc files
        for number in range(runs):
            run = opened(text, Path(tmp) / f"run{number}")
            rows += ["", f"run {number + 1}", *timeline(run, every), "", *windows(run)]
    return rows


if __name__ == "__main__":
    arguments = sys.argv[1:]
    every = "all" in arguments
    counts = [int(a) for a in arguments if a.isdigit()]
    print("\n".join(main(counts[0] if counts else 3, every)))
