"""Whether the working tree's splitter is faster than a git revision's (default: `main`), in
figures a shared machine does not blur: for a change meant to make it faster, as
`bench.split_same` checks that it is not different.

`python -m bench.split_pairs [REV] [--rounds N] [--instructions] [--articles N] [--long BYTES]
[--tuning] [--old-setting S] [--new-setting S]` splits the generated 10,000-article dump
(`bench.corpus`; `--articles`: another size, a 1,000-article count taking a tenth of the time;
`--long`: one article of running text of about BYTES bytes with an intertitle every three
paragraphs, where every intertitle is a line the start model scores; `--tuning`: every dump of
the real halves tuned on, `TUNING`, one after another, since real text costs nearly twice the
generated dump's CPU a byte and meets rules the generated one never does) in separate
processes, the revision's splitter and the working tree's alternated (A B A B ...), each
process splitting once untimed (its patterns compiled) and then twice timed, and prints the CPU
per 10 MB of each (median, low, high), the median of the pairs' ratios, and the load average
before and after. The settings give each side's `$READER_SPLITTER` (default: the
environment's), so one revision's `learned` can be paired with its default (`split_pairs HEAD
--old-setting fields --new-setting learned`, with the working tree at HEAD). With
`--instructions` (valgrind installed), it also counts the instructions of a warm split with
cachegrind: a process that builds the dump and splits it twice minus one that splits it once,
hash seed fixed, which no other process on the machine changes. (A first split also pays what a
process pays once: patterns compiled, models read, byte code compiled where the revision's
unpacked tree has none cached; counted in, that made a 1,000-article split with the rules read
0.864x where the warm splits read 0.989x.) Not part of `make bench`.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.split_quality import SEALED, load_cases
from bench.split_same import ROOT, _revision_tree
from bench.train_splitter import TRAIN as TUNING
from reader.dumps.trials import SETTING

ARTICLES = 10_000
assert not SEALED & set(TUNING)  # the halves the models train on: read freely, never sealed
_CHILD = r"""
import sys, time
from pathlib import Path
from bench import corpus
from reader.dumps.load import read_dump, split_text
kind, size = sys.argv[1].split(":", 1)
if kind == "dump":
    texts = [corpus.dump(int(size))]
elif kind == "long":
    texts = [corpus.intertitled_article(int(size))]
else:
    texts = [read_dump(Path(path))[0] for path in size.split(",")]
size = sum(len(text.encode("utf-8")) for text in texts)
for timed in range(int(sys.argv[2]) + 1):
    started = time.process_time()
    for text in texts:
        split_text(text)
    if timed:
        print(time.process_time() - started, size)
"""
_TIMED = 2
"""Splits timed in each process, after one untimed."""


def _run(
    tree: Path, mode: str, side: Side, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """The child in `tree`'s splitter (`tree` holds `reader/`), bench from this checkout."""
    env = {**os.environ, "PYTHONPATH": f"{tree}:{ROOT}", "PYTHONHASHSEED": "0"}
    if side.setting is not None:
        env[SETTING] = side.setting
    command = [*prefix, sys.executable, "-c", _CHILD, side.text, mode]
    return subprocess.run(command, check=True, env=env, cwd=tree, capture_output=True, text=True)


@dataclass(frozen=True)
class Side:
    """What one side of the pairs splits (`dump:ARTICLES` or `long:BYTES`), and with which
    `$READER_SPLITTER` (None: the environment's)."""

    text: str
    setting: str | None = None


def cpu_per_10mb(tree: Path, side: Side) -> list[float]:
    """CPU seconds per 10 MB of each timed split in one fresh process."""
    rows = [line.split() for line in _run(tree, str(_TIMED), side).stdout.splitlines()]
    return [float(seconds) * 10e6 / int(size) for seconds, size in rows]


def instructions(tree: Path, side: Side) -> int:
    """Instructions of one warm split (cachegrind): a process splitting twice ("1" timed
    split after the untimed one) minus one splitting once ("0")."""
    counts = []
    for mode in ("0", "1"):
        with tempfile.NamedTemporaryFile(suffix=".cachegrind") as out:
            prefix = (
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={out.name}",
            )
            log = _run(tree, mode, side, prefix).stderr
        found = _REFS.search(log)
        if found is None:
            raise RuntimeError(f"no instruction count in valgrind's output: {log[-300:]}")
        counts.append(int(found.group(1).replace(",", "")))
    return counts[1] - counts[0]


_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _row(name: str, values: list[float]) -> str:
    return f"{name:<40} {statistics.median(values):8.3f} s  ({min(values):.3f}-{max(values):.3f})"


def main(argv: list[str]) -> int:
    """Prints the paired figures of the revision's splitter against the working tree's."""
    parser = argparse.ArgumentParser(prog="python -m bench.split_pairs")
    parser.add_argument("revision", nargs="?", default="main")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--long", type=int, metavar="BYTES")
    parser.add_argument("--tuning", action="store_true")
    parser.add_argument("--old-setting", metavar="S")
    parser.add_argument("--new-setting", metavar="S")
    args = parser.parse_args(argv)
    revision, rounds = args.revision, args.rounds
    text = _text(args)
    old_side, new_side = Side(text, args.old_setting), Side(text, args.new_setting)
    with tempfile.TemporaryDirectory() as tmp:
        before = _revision_tree(revision, Path(tmp))
        load = os.getloadavg()[0]
        old: list[float] = []
        new: list[float] = []
        for _ in range(rounds):
            old += cpu_per_10mb(before, old_side)
            new += cpu_per_10mb(ROOT, new_side)
        ratios = [b / a for a, b in zip(old, new, strict=True)]
        loads = f"load {load:.1f} -> {os.getloadavg()[0]:.1f}"
        split = _what(args)
        pairs = f"{rounds} rounds of {_TIMED} splits, A B alternated"
        print(f"CPU per 10 MB, {split}, {pairs}, {loads}")
        print(_row(f"  {revision}{_named(old_side)}", old))
        print(_row(f"  working tree{_named(new_side)}", new))
        name = f"  working tree / {revision} (median of the pairs)"
        print(f"{name:<40} {statistics.median(ratios):8.3f} x")
        if args.instructions:
            was, now = instructions(before, old_side), instructions(ROOT, new_side)
            counts = f"{was / 1e6:,.0f} M -> {now / 1e6:,.0f} M"
            print(f"instructions per split: {counts}, {now / was:.3f} x")
    return 0


def _text(args: argparse.Namespace) -> str:
    """What each side splits, as the child reads it."""
    if args.tuning:
        return "files:" + ",".join(str(case.path) for case in load_cases(halves=TUNING))
    return f"long:{args.long}" if args.long else f"dump:{args.articles}"


def _what(args: argparse.Namespace) -> str:
    if args.tuning:
        return f"the {len(load_cases(halves=TUNING))} dumps of the tuning halves"
    return f"a {args.long:,}-byte article" if args.long else f"{args.articles:,} articles"


def _named(side: Side) -> str:
    return f" ({side.setting})" if side.setting else ""


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
