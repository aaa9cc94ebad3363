"""Which of the splitter's functions a warm split's CPU goes to, inclusive and self: the map
each pass over the splitter's speed drew by hand with a sampling profiler of its own, in one
command, so the next pass starts from it.

`python -m bench.split_profile [--articles N | --tuning] [--rounds R] [--top K]` splits the
generated dump (`bench.corpus`, 2,000 articles unless told) or every dump of the tuning
halves (`--tuning`: real text, which meets rules the generated dump never does) once untimed
(patterns compiled, models read), then R times more under a CPU-time timer (`SIGPROF`,
every millisecond asked; the kernel's tick may make it coarser: the samples are printed)
and prints the K functions holding the most samples: inclusive (the function anywhere on
the stack, once per sample however deep it recurses) and self (the function running).
Sampling, unlike `cProfile`, leaves the cost of a call as it is: a share here is a share of
the split's CPU, within what the sample count resolves. Python functions only: a C method
or a pattern's match counts as the function that called it (`bench.split_reads` counts
those; valgrind's callgrind says which C functions the instructions run in). Not part of
`make bench`.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import CodeType, FrameType

from bench import corpus
from reader.collector import collector_paused
from reader.dumps.load import read_dump, split_text

ARTICLES = 2_000
INTERVAL = 0.001
"""Seconds of CPU between samples asked of the timer."""
_ROOT = str(Path(__file__).resolve().parent.parent) + os.sep


@dataclass(frozen=True)
class Tally:
    """Samples per function: anywhere on the stack (`inclusive`) and running (`own`)."""

    samples: int
    inclusive: Counter[str]
    own: Counter[str]


def tally(stacks: Iterable[Sequence[str]]) -> Tally:
    """The samples of each function in `stacks` (each innermost first): a function recursing
    is counted once in a stack's inclusive count, as its time is spent once."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    samples = 0
    for stack in stacks:
        samples += 1
        if stack:
            own[stack[0]] += 1
        inclusive.update(set(stack))
    return Tally(samples, inclusive, own)


def frame_names(frame: FrameType | None, stop: CodeType | None = None) -> list[str]:
    """The functions on a stack, innermost first, each as `path:qualified name` (the path
    from the repository's root for its own code), up to the frame running `stop` (left
    out, with the frames that called it: what runs the work, not the work)."""
    names = []
    while frame is not None and frame.f_code is not stop:
        code = frame.f_code
        names.append(f"{code.co_filename.removeprefix(_ROOT)}:{code.co_qualname}")
        frame = frame.f_back
    return names


def sampled(work: Callable[[], object], interval: float = INTERVAL) -> tuple[Tally, float]:
    """The stacks `work` runs in (from the functions it calls in), sampled every `interval`
    of CPU, and its CPU seconds."""
    stacks: list[list[str]] = []
    stop = getattr(work, "__code__", None)

    def sample(_signal: int, frame: FrameType | None) -> None:
        stacks.append(frame_names(frame, stop))

    previous = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    started = time.process_time()
    try:
        work()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return tally(stacks), time.process_time() - started


def texts(articles: int, tuning: bool) -> list[str]:
    """What is split: the tuning halves' dumps, or the generated dump of `articles`."""
    if not tuning:
        return [corpus.dump(articles)]
    from bench.split_quality import load_cases
    from bench.train_splitter import TRAIN

    return [read_dump(Path(case.path))[0] for case in load_cases(halves=TRAIN)]


def rows(found: Tally, top: int) -> list[str]:
    """The `top` functions by inclusive samples, then by own samples, with their shares."""
    lines = ["inclusive"]
    lines += [f"{n / found.samples:7.1%}  {name}" for name, n in found.inclusive.most_common(top)]
    lines.append("self")
    lines += [f"{n / found.samples:7.1%}  {name}" for name, n in found.own.most_common(top)]
    return lines


def main(argv: list[str]) -> int:
    """Prints the split's most sampled functions."""
    parser = argparse.ArgumentParser(prog="python -m bench.split_profile")
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--tuning", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    dumps = texts(args.articles, args.tuning)
    for text in dumps:
        split_text(text)  # patterns compiled, models read

    def work() -> None:
        for _ in range(args.rounds):
            for text in dumps:
                split_text(text)

    load = os.getloadavg()[0]
    with collector_paused():
        found, cpu = sampled(work)
    what = f"the {len(dumps)} tuning dumps" if args.tuning else f"{args.articles:,} articles"
    loads = f"load {load:.1f} -> {os.getloadavg()[0]:.1f}"
    print(f"{what}, {args.rounds} warm splits, {cpu:.2f} s CPU, {found.samples} samples, {loads}")
    print("\n".join(rows(found, args.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
