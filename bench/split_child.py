"""The process that splits a big dump after the first frame, and the split cache's part in
it (issue 20): its peak resident memory, that of the process it forks to keep the split,
and how soon a first opening's first article comes through the cache.

- `memory [ARTICLES] [DUMPS] [RUNS]`: `split_ahead` as the app's child runs it, in a
  fresh process that has only planned the opening, on DUMPS generated dumps of ARTICLES
  articles each (a workspace of their own, the cache empty), every batch pickled as the
  child sends it; the peak (VmHWM) of that process once the last batch is out, and of
  the process it then forks to keep the split (`Followed.after`, its peak counted from
  the pages it shares at the fork). Beside it, the same split with no cache at all (the
  streaming bound), alternated: medians of RUNS each.
- `first [PAIRS]`: a first opening's first article of the 10,000-article dump (an empty
  cache each time) in this process, through the cache (`Reusing`) and without
  (`iter_dump`), alternated: CPU and wall time, medians, and the ratio of the pairs.

Run with `python -m bench.split_child [memory|first] ...`; neither is in `make bench`.
"""

from __future__ import annotations

import functools
import gc
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bench import corpus
from bench.timing import Figure
from reader.article import Article
from reader.dumps.load import iter_dump
from reader.dumps.split_cache import Reusing, SplitCache

if TYPE_CHECKING:
    from reader.tui.presenters.opening import Found, Opening


def memory(articles: int = 10_000, dumps: int = 1, runs: int = 2) -> list[str]:
    """Peak RSS of the splitting process and of the cache's writer, with and without the
    cache, alternated."""
    kept: list[tuple[int, int]] = []
    plain: list[tuple[int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        text = corpus.dump(articles)
        size = len(text.encode("utf-8")) * dumps
        for run in range(runs):
            for cached, into in ((True, kept), (False, plain)):
                root = Path(tmp) / f"{run}-{cached}"
                (root / "seeds").mkdir(parents=True)
                for number in range(dumps):
                    (root / "seeds" / f"big{number}.txt").write_text(text, encoding="utf-8")
                into.append(_peaks(root, cached))
    label = f"{dumps} x {articles} articles ({size / 1e6:.1f} MB)"
    return [
        _peak_row(f"split child, {label}, cache", [child for child, _ in kept]),
        _peak_row("  its cache writer", [writer for _, writer in kept]),
        _peak_row("split child, no cache (the streaming bound)", [child for child, _ in plain]),
    ]


def _peaks(root: Path, cached: bool) -> tuple[int, int]:
    """(the splitting process's peak, its writer's) in kB, from a process of their own."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.split_child", "_one", str(root), str(int(cached))],
        capture_output=True,
        text=True,
        check=True,
    )
    child, writer = done.stdout.split()
    return int(child), int(writer)


def _one(root: Path, cached: bool) -> None:
    """In a fresh process: plans the opening, splits as the app's child does, prints its
    peak and its writer's (0 without the cache)."""
    from reader.tui.ahead import Followed
    from reader.tui.launch import split_ahead
    from reader.tui.presenters.opening import plan_opening
    from reader.workspace import Workspace

    workspace = Workspace.open(root, None)
    opening = plan_opening(workspace, [])
    split = split_ahead(opening, workspace.cache_dir) if cached else _split_plain(opening)
    items, after = (split.items, split.after) if isinstance(split, Followed) else (split, None)
    for item in items:
        pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
    child = _hwm()
    writer = 0 if after is None else _forked_peak(after)
    print(child, writer)


def _split_plain(opening: Opening) -> Iterator[Found]:
    """What `split_ahead` streams, without the cache: its niceness, collector and second
    process, then `split_deferred`."""
    from reader.dumps.parts import Rest, iter_dump_in_parts
    from reader.tui.launch import SPLIT_NICE
    from reader.tui.presenters.opening import split_deferred

    os.nice(SPLIT_NICE)
    gc.disable()
    return split_deferred(opening, functools.partial(iter_dump_in_parts, rest=Rest()))


def _forked_peak(work: Callable[[], None]) -> int:
    """The peak, in kB, of a forked process that does `work` (as `ahead` forks the writer)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            work()
            os.write(write, str(_hwm()).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as answer:
        return int(answer.read() or 0)


def _hwm() -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(row for row in status.splitlines() if row.startswith("VmHWM:")).split()[1])


def _peak_row(name: str, peaks_kb: list[int]) -> str:
    megabytes = [kb * 1024 / 1e6 for kb in peaks_kb]
    return Figure(
        name, statistics.median(megabytes), min(megabytes), max(megabytes), unit="MB"
    ).row()


def first(pairs: int = 6) -> list[str]:
    """A first opening's first article through the cache and without, alternated."""
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "big.txt"
        dump.write_text(corpus.dump(10_000), encoding="utf-8")
        next(iter_dump(dump))  # patterns compiled, the file in the page cache
        timed: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        for run in range(pairs):
            cache = SplitCache(Path(tmp) / f"cache{run}")
            for cached in (True, False):
                split = Reusing(cache, iter_dump) if cached else iter_dump
                timed[cached].append(_first_article(split, dump))
    rows: list[str] = []
    for at, clock in ((1, "CPU"), (0, "wall")):
        ours = [times[at] for times in timed[True]]
        bare = [times[at] for times in timed[False]]
        ratios = [a / b for a, b in zip(ours, bare, strict=True)]
        rows += [
            _figure(f"first article, a first opening, cache ({clock})", ours).row(),
            _figure(f"  no cache ({clock})", bare).row(),
            f"{'  cache / none (median of the pairs)':<48} {statistics.median(ratios):>10.3f} x",
        ]
    return rows


def _first_article(split: Callable[[Path], Iterator[Article]], dump: Path) -> tuple[float, float]:
    """(wall, CPU) seconds from asking `split` for the dump's articles to the first."""
    wall, cpu = time.perf_counter(), time.process_time()
    next(split(dump))
    return time.perf_counter() - wall, time.process_time() - cpu


def _figure(name: str, times: list[float]) -> Figure:
    return Figure(name, statistics.median(times), min(times), max(times))


def main(args: list[str]) -> list[str]:
    """The rows of the part named first in `args` (default: both, with their defaults)."""
    if args[:1] == ["memory"]:
        return memory(*map(int, args[1:]))
    if args[:1] == ["first"]:
        return first(*map(int, args[1:]))
    return [*first(), *memory()]


if __name__ == "__main__":
    if sys.argv[1:2] == ["_one"]:
        _one(Path(sys.argv[2]), sys.argv[3] == "1")
    else:
        print("\n".join(main(sys.argv[1:])))
