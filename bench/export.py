"""Exporting 100,000 annotations in every format (goal: each within 3x the orjson floor).

The store is generated (seeded): 2,000 articles of the benchmark corpus with 50
annotations each, tags from the default set and a note on every fifth. "Export"
is what `reader export -o` does once the dumps are split: open the store
read-only, join it to the articles, render, write atomically (what it made is freed after
the clock: `reader export` ends without freeing it); it runs with the
garbage collector paused, as the CLI and TUI run it (a row shows the cost without).
Baselines, measured in the same run: orjson over the bare annotation records (the
floor for any JSON export) and the standard library's json.dumps of our document.
Opening the store (plain, and as an export opens it: taking the annotations over, from
the store file or from the snapshot a big store keeps for exports) and each format's whole
export are timed alternately with the floor, in CPU time (the process's own, so other
processes on a shared machine weigh less on it than on wall time), and their ratios hold
while the load changes during the run; each export's system CPU is printed under it.
Exports keep their cache in the workspace's cache folder, as the CLI does: `jsonl` reads
its tokens back from the second export on, so it is timed both ways (its first export,
with the cache emptied before each run, and the next ones), and `json` also after a
writer's session (untimed: a setting changed, or an annotation added, and the
store closed, which carries the snapshot to the file it writes), as a store's first export
(its first writer's close made the snapshot; that close is timed too), with no snapshot
(its files lost: the store is parsed, the export written, and the snapshot left to a process
of its own, as `reader export` leaves it, `reader.leaving`; that process's work is timed on
its own row), and after a writer was killed
with a save in its change log: the first export (the store parsed, the log replayed, the
snapshot of both made) and the next ones (until a writer folds the log in).
The whole `reader export` process is timed splitting the dump (its split cache emptied
before each run; and its entries alone, the patterns' code kept, as for a dump new to a
workspace that split others), and reading the split from that cache, as a second export does, and as
jsonl with its tokens made and read from its cache, as a workspace's first jsonl after the app
closed (the process its close leaves run first, untimed: its own CPU on a row of its own), and
with no snapshot, each repeat
from one state said and checked (`NO_SNAPSHOT`: a writer's session just ended and the
snapshot's files lost, nothing an earlier command left still running), a row per repeat;
all with Python's bytecode cached, as an installed `reader` has it, in wall time until the
command ends and in its own CPU time, each run paired with the floor timed right after it
(thrice, their median; the ratio is the median of the pairs'), with its kernel CPU and
page faults, and beside them what a fresh page costs this process at that moment
(`_fault_cost`).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import orjson

from bench import corpus
from bench.timing import Figure, measure, ratio
from reader.article import Article
from reader.collector import collector_paused
from reader.dumps.load import split_text
from reader.dumps.split_cache import SUFFIX as SPLIT_SUFFIX
from reader.interchange.export import FORMATS, render, write
from reader.interchange.exporters import json_doc
from reader.interchange.exporters.selection import collect
from reader.interchange.exporters.token_cache import FILE
from reader.leaving import DETACHED_NICE, detached, done_here
from reader.store import Annotation, Store, context, snapshot_files

TAGS = ("key", "quote", "claim", "follow-up", "question")
STAMP = "2025-06-01T12:00:00.000Z"


def _annotations(articles: list[Article], per_article: int, seed: int = 11) -> list[Annotation]:
    rng = random.Random(seed)
    found: list[Annotation] = []
    for article in articles:
        for number in range(per_article):
            start = rng.randrange(0, len(article.body) - 1)
            end = min(len(article.body), start + rng.randint(5, 120))
            quote, prefix, suffix = context(article.body, start, end)
            found.append(
                Annotation(
                    id=f"{article.id}-{number:03d}",
                    article_id=article.id,
                    start=start,
                    end=end,
                    quote=quote,
                    prefix=prefix,
                    suffix=suffix,
                    tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
                    note=f"note {number} on {article.id}" if number % 5 == 0 else "",
                    created=STAMP,
                    updated=STAMP,
                )
            )
    return found


def _exporter(
    store_path: Path,
    articles: list[Article],
    fmt: str,
    target: Path,
    *,
    cold: bool = False,
    paused: bool = True,
) -> Callable[[], object]:
    """One export as the CLI runs it, the collector `paused` (as it does); folder exports go
    to a new folder each time. `cold` gives each export a new cache folder, as for the first
    export of a workspace (not emptying one, whose deletion would be timed too). A snapshot
    the export made ready, and the tokens a jsonl export made (`Export.keep_for_next`), go
    to a process of its own, as `reader export` leaves them (`reader.leaving.leave`); what
    the export made is returned, for the caller to free after its clock: `reader export`
    ends without freeing it."""
    runs = iter(range(1_000_000))

    def export_once() -> object:
        cache = store_path.parent / (f".cache-{next(runs)}" if cold else ".cache")
        later: list[Callable[[], None]] = []
        with Store(store_path, read_only=True, bulk=True) as store:
            export = collect(store, articles, release=True, cache_dir=cache)
            export = replace(export, keep_for_next=later.append)
            rendered, _summary = render(export, FORMATS[fmt], in_pieces=True)
            snapshot = store.pending_snapshot()
        path = target.with_name(f"{target.name}-{next(runs)}") if FORMATS[fmt].is_folder else target
        write(rendered, path)
        later[:0] = [] if snapshot is None else [snapshot]
        writer = detached(lambda: done_here(later), DETACHED_NICE) if later else None
        return _Left((export, rendered), writer)

    def run() -> object:
        if not paused:
            return export_once()
        with collector_paused():
            return export_once()

    return run


class _Left(NamedTuple):
    """What an export leaves when `reader export` would end (`reader.leaving`): what it made,
    which that process never frees, and the process writing its snapshot, if any."""

    made: object
    writer: int | None


def _settled(left: object) -> None:
    """Waits for the process an export left its snapshot to (untimed): this process goes on,
    and the pages it shares with that process until it ends would be copied as this one
    frees and reuses them (`reader export` ends instead)."""
    if isinstance(left, _Left) and left.writer is not None:
        os.waitpid(left.writer, 0)


def _session(path: Path, change: str) -> Callable[[], None]:
    """A writer's session, untimed before each export "after a save": `setting` changes one
    setting, `annotation` adds an annotation to one article, `none` changes nothing but
    deletes the export snapshot after (as snapshot files lost), `first` deletes it before
    and changes a setting (the store's first session, whose close makes the snapshot); then
    the store is closed, as the app does when it quits (closing writes the store whole and
    carries the snapshot to it, or makes one). `crash` is a writer killed after a save went
    to its change log (`_crash`), before each export; `crashed` the same before the first
    export only, so the others read what that first one left."""
    saves = iter(range(1_000_000))

    def session() -> None:
        number = next(saves)
        if change in ("crash", "crashed"):
            if change == "crash" or number == 0:
                _crash(path, number)
            return
        if change == "first":
            _forget_snapshot(path)
        with Store(path) as store:
            if change in ("setting", "first"):
                store.put_setting("bench_saves", number)
            elif change == "annotation":
                article_id, docs = next(iter(store.annotation_documents().items()))
                first = docs[0]
                store.upsert_annotations(
                    [Annotation.from_doc({**first, "article_id": article_id, "id": f"s{number}"})]
                )
        if change == "none":
            _forget_snapshot(path)

    return session


_CRASH = """import os, sys
from reader.store import Store
store = Store(sys.argv[1])
store.put_setting("bench_saves", -1)  # folds a crashed writer's log in, if any
store.put_setting("bench_crash", int(sys.argv[2]))  # a line of the change log
os._exit(0)  # as a kill: the log stays, the lock's note names a dead process
"""


def _crash(path: Path, number: int) -> None:
    """A writer in a process of its own whose last save went to the store's change log and
    that ends without closing the store, as one killed does."""
    subprocess.run([sys.executable, "-c", _CRASH, str(path), str(number)], check=True)


def _forget_snapshot(path: Path) -> None:
    for made in snapshot_files(path):
        made.unlink(missing_ok=True)


def _closing(path: Path) -> tuple[Callable[[], None], Callable[[], None]]:
    """A writer's close that makes the export snapshot (what the store's first session adds
    to the app's quit), and what runs untimed before it: the snapshot deleted, the store
    opened and a setting saved."""
    opened: list[Store] = []

    def before() -> None:
        _forget_snapshot(path)
        store = Store(path)
        store.put_setting("bench_saves", -1)
        store.annotation_counts()  # the index the app's list badges build, as it has it
        opened.append(store)

    def close() -> None:
        opened.pop().close()

    return close, before


def _snapshot_after(path: Path) -> tuple[Callable[[], None], Callable[[], object]]:
    """What the process an export with no snapshot leaves it to does (`reader.leaving`): the
    snapshot it made ready written (its span inputs, orphans and two files), and what runs
    untimed before: the snapshot deleted, the store parsed by a bulk read and its
    annotations taken over. What it wrote with is returned, to be freed after the clock:
    that process ends without freeing it."""
    held: list[Callable[[], None]] = []

    def ready() -> None:
        _forget_snapshot(path)
        with collector_paused(), Store(path, read_only=True, bulk=True) as store:
            store.annotation_documents(release=True)
            pending = store.pending_snapshot()
        assert pending is not None, "a bulk read with no snapshot made none ready"
        held.append(pending)

    def write_after() -> object:
        work = held.pop()
        with collector_paused():
            work()
        return work

    return ready, write_after


def _open_for_export(store_path: Path, *, bulk: bool) -> None:
    with Store(store_path, read_only=True, bulk=bulk) as store:
        store.annotation_documents(release=True)


def _paused(func: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        with collector_paused():
            func()

    return run


def _paired(
    name: str,
    func: Callable[[], object],
    floor: Callable[[], object],
    repeat: int,
    before: Callable[[], object] | None = None,
) -> tuple[Figure, Figure, Figure]:
    """Times `func` and the floor alternately in CPU time, so a load that changes during the
    run (this machine is shared) weighs on both the same; the ratio of the two medians is
    the figure. `before`, when given, runs untimed before each call of `func`; what a call
    returns is freed after its clock (an export hands back what `reader export` never
    frees: it ends at once, `reader.leaving`), and the collector stays paused until then
    (resumed inside the clock with the export alive, its first pass walked every document:
    `reader export` ends in its pause). The third
    figure is the system CPU of `func`'s runs: where a slow run's time went when the kernel
    took it (on a virtual machine, fresh pages and new files at moments cost 10-40 times
    their usual system time, while the user CPU stays as it was)."""
    if before is not None:
        before()
    func()
    ours: list[float] = []
    base: list[float] = []
    kernel: list[float] = []
    for _ in range(repeat):
        for timed, times in ((floor, base), (func, ours)):
            if before is not None and timed is func:
                before()
            with collector_paused():  # until what the call returned is freed, after the clock
                started, system = time.process_time(), _system_time()
                kept = timed()
                times.append(time.process_time() - started)
                if timed is func:
                    kernel.append(_system_time() - system)
                _settled(kept)
                del kept
    return (
        _figure(name, ours),
        _figure("orjson floor beside it (CPU)", base),
        _figure("  of the export, system CPU (the kernel's)", kernel),
    )


def _system_time() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_stime


def _figure(name: str, times: list[float]) -> Figure:
    return Figure(name, statistics.median(times), min(times), max(times))


def _exports() -> list[tuple[str, str, bool, str | None]]:
    """Each export timed, in `FORMATS` order: its label, its format, whether its cache is
    emptied before each run, and the writer's session run before it (`_session`), if any.
    json is also timed after each kind of session, jsonl also with its tokens made; the
    exports after a crash come last, so no other reads the store with a change log beside
    it (the writer's close timed next folds the log in)."""
    exports: list[tuple[str, str, bool, str | None]] = []
    for name in FORMATS:
        exports.append((name, name, False, None))
        if name == "json":
            exports += [
                ("json, a setting saved since", "json", False, "setting"),
                ("json, an annotation saved since", "json", False, "annotation"),
                ("json, a store's first (snapshot made at close)", "json", False, "first"),
                ("json, no snapshot (made)", "json", False, "none"),
            ]
        elif name == "jsonl":
            exports.append(("jsonl, tokens made", "jsonl", True, None))
    return [
        *exports,
        ("json, after a crash (a change log), the first", "json", False, "crash"),
        ("json, after a crash, the next", "json", False, "crashed"),
    ]


def _whole_process(
    root: Path, store_path: Path, text: str, floor: Callable[[], object], rounds: int = 5
) -> tuple[list[Figure], list[str]]:
    """`reader export -o` as a user runs it, in a process of its own: json splitting the dump (its
    split cache emptied first: a workspace's first split), splitting it as a dump new to a
    workspace that split others (the cache's entries deleted, the code of the splitter's
    patterns kept), reading the split from that cache, as a second export does, and then with
    the store's snapshot lost after a writer's session (`NO_SNAPSHOT`, each repeat from that
    state, checked and printed); jsonl with its tokens made (its token cache emptied first) and
    read from that cache (what a process that makes none imports shows there). Each timed in
    wall time until the command ended (what its user waits for) and in its own CPU time (user +
    system, by `wait4`), which a shared machine's load weighs on less, with its kernel CPU and
    page faults; the orjson `floor` is timed right after each run (`FLOORS_BESIDE` times, their
    median), in wall and CPU time, and the ratios are the medians of each run's ratio to the
    floor beside it (the floor timed apart, after every process, was 157 to 269 ms in four
    tables of the same code, and a run's wall time counted the process it leaves its snapshot
    to, which nobody waits for). The collector runs in these processes as in a user's
    (in-process rows pause it throughout). Returns the figures and the ratio rows."""
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / "dump.txt").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "reader", "export", "--db", str(store_path)]
    cache = store_path.parent / ".cache"
    # bytecode cached, as an installed reader has it (the first, untimed run writes it)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    _adopt_orphans()

    def run(argv: list[str]) -> _Run:
        """Runs the export, then times the floor beside it. What the process left behind (its
        snapshot or split cache entry, written by a process of its own) is waited for after
        its clock, untimed: the next run must not find what it writes after its files were
        deleted. Says what the run started from (processes an earlier command left still
        running, a snapshot's files there) and what the machine's other work took meanwhile."""
        earlier = len(_children())
        snapshot_there = any(made.exists() for made in snapshot_files(store_path))
        busy = _machine_busy()
        with tempfile.TemporaryFile() as said:  # a file: a pipe it filled would stall it
            started = time.perf_counter()
            child = subprocess.Popen(
                [*command, *argv], cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=said
            )
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - started
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.returncode:
                said.seek(0)
                raise subprocess.CalledProcessError(child.returncode, child.args, b"", said.read())
        cpu = usage.ru_utime + usage.ru_stime
        busy_after, stolen_after = _machine_busy()
        beside = (busy_after - busy[0] - cpu, stolen_after - busy[1])
        left = _reap_orphans()
        floor_wall, floor_cpu = _floor_beside(floor)
        return _Run(
            wall,
            cpu,
            usage.ru_stime,
            usage.ru_minflt,
            floor_wall,
            floor_cpu,
            _Start(earlier, snapshot_there),
            left,
            beside,
            os.getloadavg()[0],
        )

    figures: list[Figure] = []
    ratios: list[str] = []
    writing = _session(store_path, "setting")

    def after_writing() -> None:
        """`NO_SNAPSHOT`'s state: a writer's session ended, the snapshot's files then lost."""
        writing()
        _forget_snapshot(store_path)

    annotating = _session(store_path, "annotation")
    tokens_job: list[float] = []

    def after_the_app() -> None:
        """`AFTER_THE_APP`'s state: no token cache, then a session that changed annotations
        closed and the process its close leaves behind ended (its CPU noted)."""
        (cache / FILE).unlink(missing_ok=True)
        annotating()
        job = subprocess.Popen([*TOKENS_AHEAD, str(root), str(store_path)], env=env)
        _, status, usage = os.wait4(job.pid, 0)
        if os.waitstatus_to_exitcode(status) or not (cache / FILE).is_file():
            raise RuntimeError(f"the tokens' process left no token cache (status {status})")
        tokens_job.append(usage.ru_utime + usage.ru_stime)

    for label, argv, prepare in (
        ("splitting the dump", JSON, lambda: shutil.rmtree(cache / "splits", ignore_errors=True)),
        (NEW_DUMP, JSON, lambda: _forget_splits(cache)),
        ("split dump cached", JSON, lambda: None),
        (NO_SNAPSHOT, JSON, after_writing),
        ("jsonl, tokens made", JSONL, lambda: (cache / FILE).unlink(missing_ok=True)),
        ("jsonl, tokens cached", JSONL, lambda: None),
        (AFTER_THE_APP, JSONL, after_the_app),
    ):
        prepare()
        run(argv)
        runs: list[_Run] = []
        for _ in range(rounds):
            prepare()
            runs.append(run(argv))
        name = f"reader export -o: whole process, {label}"
        figures += [
            _figure(name, [r.wall for r in runs]),
            _figure(f"{name} (CPU)", [r.cpu for r in runs]),
            _figure("  of it the kernel's (CPU)", [r.kernel for r in runs]),
            Figure(
                "  its page faults, thousands",
                statistics.median(r.faults for r in runs) / 1000,
                min(r.faults for r in runs) / 1000,
                max(r.faults for r in runs) / 1000,
                unit="k",
            ),
            _figure("  orjson floor beside each run", [r.floor_wall for r in runs]),
            _figure("  orjson floor beside each run (CPU)", [r.floor_cpu for r in runs]),
        ]
        ratios += [
            _ratio_row(
                f"reader export -o, {label} / orjson floor", [r.wall / r.floor_wall for r in runs]
            ),
            _ratio_row("  the same, CPU / orjson floor's CPU", [r.cpu / r.floor_cpu for r in runs]),
            f"  the state: {MET_WHEN[label]}",
        ]
        if label == NO_SNAPSHOT:
            ratios += _each_repeat(runs)
    figures.append(
        _figure("the tokens' process an app's close leaves, no token cache (CPU)", tokens_job)
    )
    return figures, ratios


AFTER_THE_APP = "jsonl, the first after the app closed"
"""The whole process's row of a workspace's first jsonl export after an app session that
changed annotations: the process the app's close leaves (`TOKENS_AHEAD`) made the tokens."""
TOKENS_AHEAD = [sys.executable, "-m", "reader.subcommands.tokens_ahead"]
"""The process an app's close leaves behind after annotations changed, as it runs it (its
workspace and store are added), at the niceness it gives itself."""
NEW_DUMP = "splitting a new dump (patterns' code kept)"
"""The whole process's row splitting the dump as one new to a workspace that split others."""
NO_SNAPSHOT = "no snapshot (made)"
"""The whole process's row whose repeats each start from one state, said and checked
(`_each_repeat`): what a user meets on a first export after writing annotations when the
store has no current snapshot. A writer's session has just ended (a setting saved and the
store closed, as the app's quit closes it: the store file written whole, its snapshot
carried), then the snapshot's files are deleted (lost); no process an earlier command left
(the snapshot's writer of the repeat before) is running; the dump's split is cached. The
export parses the store and leaves the snapshot's writer behind it."""
MET_WHEN = {
    "splitting the dump": "no split cache in the workspace (its folder deleted, or its dumps "
    "never opened in the app nor read by a command before)",
    NEW_DUMP: "the dump's entry missing, the patterns' code kept (the first export after "
    "reader is upgraded, whose splitter's code names the entries, or of a dump edited since "
    "the app last opened it; the app writes the split of every dump it opens)",
    "split dump cached": "the usual state (the app, or an earlier command, split the dumps)",
    NO_SNAPSHOT: "the store's snapshot missing (its files lost, or a change log a failed "
    "compaction left when the app closed): rare, a writer's close makes it otherwise",
    "jsonl, tokens made": "a jsonl export with no token cache: the cache lost, annotations "
    "written by a script with no app session since, or an export started before the process "
    "the app's close (or `reader import`) leaves has ended; its tokens made, kept for the next",
    "jsonl, tokens cached": "every jsonl export after the first (an article whose "
    "annotations changed has its tokens made again)",
    AFTER_THE_APP: "a workspace's first jsonl export after the app closed (the token cache "
    "emptied, an annotation added and the store closed, then the process that close leaves "
    "run to its end, untimed: it made every article's tokens and spans)",
}
"""Why a user meets the state each whole process's row starts from, printed under it."""


def _each_repeat(runs: list[_Run]) -> list[str]:
    """A row per repeat: the state it started from, what it left, its CPU against the floor
    beside it, and the machine's other work meanwhile (this machine is shared: a repeat
    beside a busy machine reads slower). Raises when a repeat did not start from
    `NO_SNAPSHOT`'s state or left no writer (it then found a snapshot)."""
    rows: list[str] = []
    for number, run in enumerate(runs, 1):
        if run.start.earlier or run.start.snapshot or run.left is None:
            raise RuntimeError(f"repeat {number} did not start from its state: {run}")
        rows.append(
            f"  repeat {number}: CPU {run.cpu * 1000:.0f} ms (kernel {run.kernel * 1000:.0f}), "
            f"{run.faults / 1000:.2f} k faults, floor {run.floor_cpu * 1000:.0f} ms: "
            f"{run.cpu / run.floor_cpu:.2f} x; its writer after it {run.left * 1000:.0f} ms "
            f"of CPU; others' CPU beside it {run.beside[0] * 1000:.0f} ms in "
            f"{run.wall * 1000:.0f} ms (stolen {run.beside[1] * 1000:.0f}); load {run.load:.1f}"
        )
    return [
        "  each repeat started with no process of an earlier command running and no snapshot",
        *rows,
    ]


FLOORS_BESIDE = 3
"""How many times the floor is timed after each whole process: one run of it moved 144-238
ms between the repeats of one row on this shared machine, as much as the export it divides;
their median moves less."""


def _floor_beside(floor: Callable[[], object]) -> tuple[float, float]:
    """The floor's median wall and CPU time over `FLOORS_BESIDE` runs, the collector paused."""
    walls: list[float] = []
    cpus: list[float] = []
    with collector_paused():
        for _ in range(FLOORS_BESIDE):
            wall_started, cpu_started = time.perf_counter(), time.process_time()
            floor()
            cpus.append(time.process_time() - cpu_started)
            walls.append(time.perf_counter() - wall_started)
    return statistics.median(walls), statistics.median(cpus)


class _Start(NamedTuple):
    """What a whole process's run started from: how many processes an earlier command left
    were still running, and whether the store's snapshot had files."""

    earlier: int
    snapshot: bool


class _Run(NamedTuple):
    """One whole `reader export` process (its wall time until it ended, its own CPU, of it the
    kernel's, its page faults) and the orjson floor timed right after it (wall, CPU); what
    it started from, the CPU of what it left behind (None: nothing), the machine's other
    CPU while it ran and the time stolen from its cores meanwhile, and the load after it."""

    wall: float
    cpu: float
    kernel: float
    faults: int
    floor_wall: float
    floor_cpu: float
    start: _Start
    left: float | None
    beside: tuple[float, float]
    load: float


def _ratio_row(name: str, ratios: list[float]) -> str:
    """A ratio row from paired runs: the median of each run's ratio, with their spread."""
    return (
        f"{name:<48} {statistics.median(ratios):>10.2f} x    ({min(ratios):.2f}–{max(ratios):.2f})"
    )


def _fault_cost(pages: int = 16_384, rounds: int = 5) -> Figure:
    """The CPU a fresh page costs this process now (mapped, written once, unmapped; the
    loop's own time, taken from a second pass over the same pages, left out), in
    microseconds. The whole process with no snapshot faults some 90,000 pages (the parsed
    store's objects), the floor beside it few: when the machine's cost of a fault moves
    (this one runs under a hypervisor, beside other guests), that ratio moves with it."""
    import mmap

    costs: list[float] = []
    size = pages * mmap.PAGESIZE
    for _ in range(rounds):
        faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        with mmap.mmap(-1, size) as block:
            started = time.process_time()
            for at in range(0, size, mmap.PAGESIZE):
                block[at] = 1
            first = time.process_time()
            for at in range(0, size, mmap.PAGESIZE):
                block[at] = 2
            again = time.process_time()
        faulted = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults
        costs.append(((first - started) - (again - first)) / max(faulted, 1) * 1e6)
    return Figure(
        "a fresh page's fault, this process (CPU)",
        statistics.median(costs),
        min(costs),
        max(costs),
        unit="µs",
    )


def _adopt_orphans() -> None:
    """Makes the processes `reader export` leaves behind (`reader.leaving.detached`) children
    of this one when their parent ends (Linux; elsewhere they are init's and not waited
    for)."""
    with contextlib.suppress(AttributeError, OSError):
        ctypes.CDLL(None).prctl(_PR_SET_CHILD_SUBREAPER, 1)


_PR_SET_CHILD_SUBREAPER = 36


def _reap_orphans() -> float | None:
    """Waits for every child this process has (the exports ended, what they left behind); the
    CPU they took, None when there was none."""
    taken: float | None = None
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return taken
        taken = (taken or 0.0) + usage.ru_utime + usage.ru_stime


def _children() -> list[int]:
    """This process's children now (Linux; elsewhere none are seen)."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path("/proc/self/task").iterdir():
            found += map(int, (task / "children").read_text().split())
    return found


def _machine_busy() -> tuple[float, float]:
    """The CPU every process of the machine has taken since it booted, and the time the
    hypervisor took its cores for other guests (stolen), in seconds (Linux's `/proc/stat`;
    0 elsewhere)."""
    try:
        with Path("/proc/stat").open(encoding="ascii") as stat:
            fields = stat.readline().split()
    except OSError:
        return 0.0, 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[1:9])
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq) / tick, steal / tick


def _forget_splits(cache: Path) -> None:
    """The split cache's entries deleted, the code of the splitter's patterns kept beside
    them (`reader.dumps.pattern_code`): a dump new to a workspace that split others."""
    for entry in (cache / "splits").glob(f"*{SPLIT_SUFFIX}"):
        entry.unlink()


JSON = ["-o", "cli.json"]
JSONL = ["-f", "jsonl", "-o", "cli.jsonl"]
"""The arguments of the whole processes timed (`_whole_process`)."""


def main(annotations: int = 100_000, per_article: int = 50, repeat: int = 5) -> list[str]:
    """Builds the store, measures, and returns the printed rows."""
    text = corpus.dump(annotations // per_article)
    articles = [a for a in split_text(text) if len(a.body) > 2]
    records = _annotations(articles, per_article)
    rows = [f"{len(records):,} annotations on {len(articles):,} articles"]
    floor = _paused(lambda: orjson.dumps([a.to_doc() for a in records]))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store_path = root / "annotations" / "reader.json"
        started = time.perf_counter()
        with Store(store_path) as store:
            store.merge(records)
        rows.append(f"{'(building the store once)':<48} {time.perf_counter() - started:>10.2f} s")
        rows.append(f"{'store size':<48} {store_path.stat().st_size / 1e6:>10.1f} MB")
        ratios: list[str] = []
        opened, beside, _ = _paired(
            "open the store read-only (CPU)",
            lambda: Store(store_path, read_only=True).close(),
            floor,
            repeat,
        )
        figures = [opened]
        ratios.append(ratio("open the store / orjson floor", opened, beside))
        for label, bulk in (("parsing the store", False), ("its snapshot current", True)):
            taken, beside, _ = _paired(
                f"open, annotations taken over, {label} (CPU)",
                _paused(lambda bulk=bulk: _open_for_export(store_path, bulk=bulk)),
                floor,
                repeat,
            )
            figures.append(taken)
            ratios.append(ratio(f"open and take over, {label} / orjson floor", taken, beside))
        with Store(store_path, read_only=True) as store:
            figures.append(
                measure(
                    "collect (store joined to dumps)",
                    _paused(lambda: collect(store, articles)),
                    repeat,
                )
            )
            export = collect(store, articles, exported=STAMP)
        for name, fmt in FORMATS.items():
            figures.append(
                measure(
                    f"render {name}",
                    _paused(lambda fmt=fmt: render(export, fmt, in_pieces=True)),
                    repeat,
                )
            )
        target = root / "out.json"
        for label, name, cold, change in _exports():
            fmt = FORMATS[name]
            out = target if name == "json" else root / f"out-{name}{fmt.suffix}"
            whole, beside, kernel = _paired(
                f"export {label} (CPU)",
                _exporter(store_path, articles, name, out, cold=cold),
                floor,
                repeat,
                before=_session(store_path, change) if change else None,
            )
            figures.extend([whole, kernel, beside])
            ratios.append(ratio(f"export {label} / orjson floor (goal <= 3)", whole, beside))
        ready, write_after = _snapshot_after(store_path)
        written, beside, _ = _paired(
            "the snapshot written after, by its own process (CPU)",
            write_after,
            floor,
            repeat,
            before=ready,
        )
        figures.extend([written, beside])
        ratios.append(ratio("the snapshot written after it / orjson floor", written, beside))
        close, before = _closing(store_path)
        closed, beside, _ = _paired(
            "a writer's close making the snapshot (CPU)", close, floor, repeat, before=before
        )
        figures.extend([closed, beside])
        ratios.append(ratio("a writer's close making the snapshot / orjson floor", closed, beside))
        figures.append(
            measure(
                "export json, garbage collector left on",
                _exporter(store_path, articles, "json", target, paused=False),
                repeat=3,
            )
        )
        processes, whole_ratios = _whole_process(root, store_path, text, floor, repeat)
        faulting = _fault_cost()
        base = measure("baseline: orjson of the bare records", floor, repeat)
        base_cpu = measure(
            "baseline: orjson of the bare records (CPU)", floor, repeat, clock=time.process_time
        )
        document = json_doc.document(export)
        stdlib = measure(
            "baseline: json.dumps(document, indent=2)",
            _paused(lambda: json.dumps(document, indent=2, ensure_ascii=False)),
            repeat=3,
        )
        figures.extend([*processes, faulting, base, base_cpu, stdlib])
        rows.extend(figure.row() for figure in figures)
        rows.extend(ratios)
        rows.extend(whole_ratios)
        rows.append(f"{'json export size':<48} {target.stat().st_size / 1e6:>10.1f} MB")
    return rows


KEY_WORK = 0.002
"""The Python work of a key beside its store read (drawing what changed), in seconds."""


def _key(store: Store, article_id: str) -> float:
    """One key as the app's thread makes it: a read of the store under its lock and some
    Python work; its wall time."""
    started = time.perf_counter()
    store.annotations(article_id)
    spin = started + KEY_WORK
    while time.perf_counter() < spin:
        pass
    return time.perf_counter() - started


def _keys(store: Store, article_ids: list[str], until: Callable[[], bool]) -> list[float]:
    """Keys every 10 ms until `until()` holds (at least 100); each key's wall time."""
    times: list[float] = []
    while len(times) < 100 or not until():
        times.append(_key(store, article_ids[len(times) % len(article_ids)]))
        time.sleep(0.01)
    return times


def snapshot_beside_keys(annotations: int = 100_000, per_article: int = 50) -> list[str]:
    """What an open store's `make_snapshot` costs the keys made meanwhile (the app asks for it
    when the user is idle, in a thread): keys alone, then keys while it folds a change log in
    (the compaction it asks for, on the writer's thread) and makes the snapshot; with its
    CPU and the longest hold of the store's lock it takes (one piece of the copy)."""
    text = corpus.dump(annotations // per_article)
    articles = [a for a in split_text(text) if len(a.body) > 2]
    records = _annotations(articles, per_article)
    ids = [a.id for a in articles]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reader.json"
        with Store(path) as store:
            store.merge(records)
        _forget_snapshot(path)
        store = Store(path)
        store.write_behind(lambda error: None)
        store.put_setting("bench_saves", 1)  # the first save: whole
        store.put_setting("bench_saves", 2)  # then one in the change log
        store.flush()
        alone = _keys(store, ids, lambda: True)
        made: list[float] = []

        def make() -> None:
            started = time.thread_time()
            while not store.make_snapshot():
                time.sleep(0.05)
            made.append(time.thread_time() - started)

        maker = threading.Thread(target=make)
        started = time.perf_counter()
        maker.start()
        beside = _keys(store, ids, lambda: not maker.is_alive())
        wall = time.perf_counter() - started
        store.close()
    return [
        _figure("a key alone (wall)", alone).row(),
        _figure("a key beside make_snapshot (wall)", beside).row(),
        f"{'  95th percentile alone / beside':<48} {_percentile(alone):>7.2f} / "
        f"{_percentile(beside):.2f} ms",
        f"{'make_snapshot, its thread CPU':<48} {made[0] * 1000:>10.2f} ms",
        f"{'make_snapshot, wall (a compaction, then made)':<48} {wall * 1000:>10.2f} ms",
    ]


def _percentile(times: list[float], share: float = 0.95) -> float:
    return sorted(times)[min(len(times) - 1, int(len(times) * share))] * 1000


if __name__ == "__main__":
    if sys.argv[1:2] == ["snapshot"]:
        print("\n".join(snapshot_beside_keys()))
    else:
        print("\n".join(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)))
