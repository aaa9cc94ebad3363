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
import itertools
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus
from bench.fill_stamped import STAMPS_ENV
from bench.schedstat import Sample, busy_at, cpu_at, sample
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
    samples: list[Sample] = field(default_factory=list)
    machine: list[tuple[float, float]] = field(default_factory=list)
    load: str = ""


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
    before = cpu_at(run, cuts[0][1])
    for (_name, start), (name, end) in itertools.pairwise(cuts):
        after = cpu_at(run, end)
        ran, waited = collections.Counter[str](), collections.Counter[str]()
        for (pid, thread), (was_run, was_wait) in after.items():
            part = named.get(pid, "?")
            if part == "app" and thread != app:
                part = "app's others"
            old_run, old_wait = before.get((pid, thread), (0.0, 0.0))
            ran[part] += was_run - old_run
            waited[part] += was_wait - old_wait
        else_ = busy_at(run, end) - busy_at(run, start) - sum(ran.values())
        cells = "".join(f"{ran[c] * 1000:>8.0f} /{waited[c] * 1000:>5.0f}" for c in columns)
        rows.append(f"{name:<26}{(end - start) * 1000:>6.0f}{cells}{else_ * 1000:>14.0f}")
        before = after
    return rows


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
