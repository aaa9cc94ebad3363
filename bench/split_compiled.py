"""What compiling the splitter's hot modules with mypyc gives, against the same source run as
Python: the figures for issue 20's build decision (docs/performance.md, compile28).

`python -m bench.split_compiled [--rounds N] [--articles N | --tuning] [--final]
[--instructions] [--same]` copies the working tree's `reader/` twice into a temporary folder,
compiles `MODULES` in one copy with mypyc (`python -m mypyc`: it needs mypy installed and a C
compiler, neither of which reader depends on; `--final`: every module-level constant of theirs
marked `Final` first, `mark_final`, which mypyc reads as a value no one rebinds), checks that
each copy imports what it should (every one of `MODULES` as an extension module in the compiled
copy, none in the other), and pairs the CPU per 10 MB of the two, A B alternated in fresh
processes as `bench.split_pairs` does, with the build's time and the load beside them.
`--instructions` counts a warm split's instructions of 1,000 generated articles on each side
(cachegrind, valgrind installed, as `bench.split_pairs --instructions` counts them); `--same`
checks that the compiled copy splits every open fixture, the seeds and the generated dumps
exactly as the Python one (`bench.split_same`'s inputs and comparison, every field, every
line's place). `--rounds 0` builds and checks without pairing. Not part of `make bench`.
"""

from __future__ import annotations

import argparse
import ast
import collections
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import split_same
from bench.split_pairs import Side, cpu_per_10mb, instructions
from bench.split_quality import load_cases
from bench.train_splitter import TRAIN as TUNING

MODULES = (
    "reader.dumps.assemble",
    "reader.dumps.boundaries",
    "reader.dumps.chrome",
    "reader.dumps.credits",
    "reader.dumps.cues",
    "reader.dumps.field_features",
    "reader.dumps.field_model",
    "reader.dumps.first_char",
    "reader.dumps.footer_words",
    "reader.dumps.language",
    "reader.dumps.line_features",
    "reader.dumps.lines",
    "reader.dumps.measure",
    "reader.dumps.openings",
    "reader.dumps.repeats",
    "reader.dumps.roles",
    "reader.dumps.start_features",
    "reader.dumps.start_model",
    "reader.text.folding",
    "reader.text.words",
)
"""The modules compiled: every module a split runs through but those that change classes or
modules after they are made, which mypyc refuses or would make mean something else
(`reader.article` sets properties on `Article` after the dataclass made it, `_patterns`
puts a compiled pattern's methods on its `LazyPattern`), and `load` and `parts`, whose
functions the tests replace (a compiled caller would call its own, not the test's)."""
ROOT = split_same.ROOT
_MYPYC = ("--ignore-missing-imports", "--follow-imports=silent")
"""mypy reads the compiled modules' imports of other packages for their types only."""
_LOADED = r"""
import importlib, sys
for name in sys.argv[1:]:
    print(name, importlib.import_module(name).__file__)
"""


def copy_tree(into: Path) -> Path:
    """The working tree's `reader/` package copied under `into` (byte code and any extension
    module left out, so the copy runs its own source)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyd")
    shutil.copytree(ROOT / "reader", into / "reader", ignore=ignore)
    return into


_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def mark_final(tree: Path, modules: tuple[str, ...] = MODULES) -> int:
    """Marks `Final`, in `tree`'s copy of each of `modules`, every name in capitals bound once
    at module level by an assignment of its own line (`NAME = ...`, `NAME: T = ...`); how many
    it marked. A compiled module reads such a name as a C global, not from the module's
    dictionary; a name bound again stays as it is (mypy would refuse it as `Final`)."""
    marked = 0
    for name in modules:
        path = tree / Path(*name.split(".")).with_suffix(".py")
        source = path.read_text(encoding="utf-8")
        body = ast.parse(source).body
        bound = collections.Counter(
            target.id
            for node in body
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        )
        lines = source.splitlines(keepends=True)
        for node in body:
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", 0)
            if (
                not isinstance(node, ast.Assign | ast.AnnAssign)
                or not isinstance(target, ast.Name)
                or (isinstance(node, ast.Assign) and len(node.targets) > 1)
                or not _CONSTANT.fullmatch(target.id)
                or bound[target.id] != 1
                or node.value is None
            ):
                continue
            line = lines[node.lineno - 1]
            kind = (
                "Final"
                if isinstance(node, ast.Assign)
                else f"Final[{ast.unparse(node.annotation)}]"
            )
            head = re.match(rf"{target.id}\s*(?::[^=]*)?=", line)
            assert head is not None, line
            lines[node.lineno - 1] = f"{target.id}: {kind} =" + line[head.end() :]
            marked += 1
        future = lines.index("from __future__ import annotations\n")
        lines.insert(future + 1, "from typing import Final\n")
        path.write_text("".join(lines), encoding="utf-8")
    return marked


def compile_tree(tree: Path) -> float:
    """Compiles `MODULES` in place in `tree` with mypyc; the CPU seconds the build took (its
    processes', mypy's and the C compiler's)."""
    paths = [str(Path(*name.split(".")).with_suffix(".py")) for name in MODULES]
    before = os.times()
    built = subprocess.run(
        [sys.executable, "-m", "mypyc", *_MYPYC, *paths], cwd=tree, capture_output=True, text=True
    )
    if built.returncode:
        raise SystemExit(f"mypyc failed:\n{built.stdout[-2000:]}{built.stderr[-2000:]}")
    after = os.times()
    return (
        after.children_user + after.children_system - before.children_user - before.children_system
    )


def loaded(tree: Path) -> dict[str, str]:
    """Each of `MODULES` and the file it is imported from, in a fresh process on `tree`."""
    env = {**os.environ, "PYTHONPATH": f"{tree}:{ROOT}"}
    out = subprocess.run(
        [sys.executable, "-c", _LOADED, *MODULES],
        check=True,
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
    ).stdout
    return dict(line.split(" ", 1) for line in out.splitlines())


def _check(tree: Path, compiled: bool) -> None:
    """Stops the run if `tree` does not import what its side should."""
    for name, file in loaded(tree).items():
        if file.endswith(".so") != compiled or not Path(file).is_relative_to(tree):
            raise SystemExit(f"{name} imports from {file} in {tree}")


def _row(name: str, values: list[float]) -> str:
    return f"{name:<40} {statistics.median(values):8.3f} s  ({min(values):.3f}-{max(values):.3f})"


def _pairs(pure: Path, compiled: Path, side: Side, what: str, rounds: int) -> None:
    """Prints the CPU per 10 MB of the two copies, A B alternated, and the pairs' speed-up."""
    load = os.getloadavg()[0]
    old: list[float] = []
    new: list[float] = []
    for _ in range(rounds):
        old += cpu_per_10mb(pure, side)
        new += cpu_per_10mb(compiled, side)
    ratios = [a / b for a, b in zip(old, new, strict=True)]
    loads = f"load {load:.1f} -> {os.getloadavg()[0]:.1f}"
    print(f"CPU per 10 MB, {what}, {rounds} rounds, A B alternated, {loads}")
    print(_row("  Python", old))
    print(_row("  compiled", new))
    print(f"{'  speed-up (median of the pairs)':<40} {statistics.median(ratios):8.3f} x")


def main(argv: list[str]) -> int:
    """Builds the compiled copy and prints the paired figures (0), or the outputs that differ
    (1)."""
    parser = argparse.ArgumentParser(prog="python -m bench.split_compiled")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--tuning", action="store_true")
    parser.add_argument("--final", action="store_true")
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--same", action="store_true")
    args = parser.parse_args(argv)
    if args.tuning:
        side = Side("files:" + ",".join(str(case.path) for case in load_cases(halves=TUNING)))
        what = f"the {len(load_cases(halves=TUNING))} dumps of the tuning halves"
    else:
        side, what = Side(f"dump:{args.articles}"), f"{args.articles:,} articles"
    with tempfile.TemporaryDirectory() as tmp:
        pure, compiled = copy_tree(Path(tmp, "pure")), copy_tree(Path(tmp, "compiled"))
        load = os.getloadavg()[0]
        marked = f", {mark_final(compiled)} constants marked Final" if args.final else ""
        started = time.monotonic()
        cpu = compile_tree(compiled)
        built = f"{time.monotonic() - started:.0f} s, {cpu:.0f} s CPU"
        print(f"mypyc, {len(MODULES)} modules{marked}: built in {built}, load {load:.1f}")
        _check(pure, compiled=False)
        _check(compiled, compiled=True)
        if args.same:
            rows = split_same.compare(
                split_same._outputs(pure, ROOT), split_same._outputs(compiled, ROOT)
            )
            print("\n".join(rows) or "compiled and Python split every input the same")
            if rows:
                return 1
        if args.rounds:
            _pairs(pure, compiled, side, what, args.rounds)
        if args.instructions:
            counted = Side("dump:1000")
            was, now = instructions(pure, counted), instructions(compiled, counted)
            counts = f"{was / 1e6:,.0f} M -> {now / 1e6:,.0f} M, {now / was:.3f} x"
            print(f"instructions of a warm split of 1,000 articles: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
