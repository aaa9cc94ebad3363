"""Splitter throughput on a generated 10,000-article dump (goal: 10 MB in under 1 s), how
soon the first article streams out, and peak memory (goal: under 4x the dump's size);
then the same dump split on two cores (`reader.dumps.parts`, as the app splits big dumps)
against one process, alternating, with the CPU each process spent; last, what a fresh
process spends to import the splitter and split the seed dump (as the app's split process
does at start), against a bare interpreter.

Python keeps a text with any character beyond Latin-1 at two bytes a character, so the
dump's text alone takes about twice its UTF-8 size; both figures are printed."""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench import corpus
from bench.timing import Figure, measure
from reader.dumps.load import iter_articles, iter_dump, split_text
from reader.dumps.parts import Rest, iter_dump_in_parts


def main(articles: int = 10_000) -> list[str]:
    """Measures and returns the printed rows."""
    text = corpus.dump(articles)
    size = len(text.encode("utf-8"))
    megabytes = size / 1e6
    figure = measure(f"split {articles} articles ({megabytes:.1f} MB)", lambda: split_text(text))
    cpu = _cpu(text)
    found = len(split_text(text))
    per_10mb = Figure(
        "split time per 10 MB",
        figure.median * 10 / megabytes,
        figure.low * 10 / megabytes,
        figure.high * 10 / megabytes,
    )
    peak, held = _peak(text), sys.getsizeof(text)
    first = measure("first article streamed (iter_articles)", lambda: next(iter_articles(text)))
    return [
        figure.row(),
        per_10mb.row(),
        f"{'throughput':<48} {megabytes / figure.median:>10.2f} MB/s",
        _figure("  its CPU per 10 MB", [t * 10 / megabytes for t in cpu]).row(),
        f"{'  throughput on one core (CPU)':<48} {megabytes / statistics.median(cpu):>10.2f} MB/s",
        f"{'articles found / generated':<48} {found:>10} / {articles}",
        first.row(),
        f"{'peak allocated by the split, x dump size':<48} {peak / size:>10.2f} x",
        f"{'  with the dump text as Python holds it':<48} {(peak + held) / size:>10.2f} x",
        *_two_cores(text),
        *_start(),
    ]


def _cpu(text: str, repeat: int = 5) -> list[float]:
    """CPU seconds of each of `repeat` splits (after one untimed): what the splitter costs
    whatever else the machine runs."""
    split_text(text)
    times = []
    for _ in range(repeat):
        started = time.process_time()
        split_text(text)
        times.append(time.process_time() - started)
    return times


_SEED = min((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
_SPLIT_SEED = (
    "import sys; from pathlib import Path; from reader.dumps.load import load_dump; "
    "load_dump(Path(sys.argv[1]))"
)


def _start(pairs: int = 5) -> list[str]:
    """CPU of a fresh process that imports the splitter and splits the seed dump, and of a
    bare interpreter, alternating (each child's CPU from its resource usage once reaped)."""
    bare: list[float] = []
    split: list[float] = []
    for _ in range(pairs):
        for code, times in (("pass", bare), (_SPLIT_SEED, split)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", code, str(_SEED)], check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    extra = [s - b for s, b in zip(split, bare, strict=True)]
    return [
        _figure("start: import the splitter, split the seed (CPU)", split).row(),
        _figure("  a bare interpreter (CPU)", bare).row(),
        _figure("  the splitter's share (median of the pairs)", extra).row(),
    ]


def _two_cores(text: str, pairs: int = 5) -> list[str]:
    """Wall time of splitting the dump file in one process and on two cores, alternating,
    and the CPU time of each process (the child's from its resource usage once reaped)."""
    one: list[float] = []
    one_cpu: list[float] = []
    two: list[float] = []
    here: list[float] = []
    there: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(text, encoding="utf-8")
        for _ in range(pairs):
            started, cpu = time.perf_counter(), time.process_time()
            for _article in iter_dump(path):
                pass
            one.append(time.perf_counter() - started)
            one_cpu.append(time.process_time() - cpu)
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            started, cpu = time.perf_counter(), time.process_time()
            rest = Rest()
            for _article in iter_dump_in_parts(path, rest):
                pass
            two.append(time.perf_counter() - started)
            here.append(time.process_time() - cpu)
            rest.close()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            there.append(after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime)
    ratios = [b / a for a, b in zip(one, two, strict=True)]
    return [
        _figure("split the file, one process (wall)", one).row(),
        _figure("  its CPU", one_cpu).row(),
        _figure("split the file on two cores (wall)", two).row(),
        f"{'  two cores / one (median of the pairs)':<48} {statistics.median(ratios):>10.2f} x",
        _figure("  CPU of this process, two cores", here).row(),
        _figure("  CPU of the other process", there).row(),
    ]


def _figure(name: str, times: list[float]) -> Figure:
    return Figure(name, statistics.median(times), min(times), max(times))


def _peak(text: str) -> int:
    """Bytes allocated at the peak of a split that keeps every article, as the app does
    (the dump's text, which the caller holds, is not counted)."""
    tracemalloc.start()
    try:
        articles = split_text(text)
        del articles
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


if __name__ == "__main__":
    print("\n".join(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
