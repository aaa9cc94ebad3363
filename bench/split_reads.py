"""How many times a split reads each line's text, and which facts of a line it works out more
than once: the map a pass that computes a line's facts once (a column per fact) starts from.

`python -m bench.split_reads [--articles N] [--tuning] [--top N]` splits the generated dump
(`bench.corpus`, 1,000 articles unless told) or every dump of the tuning halves
(`bench.train_splitter.TRAIN`) once warm, then once more under a profile hook that sees every
call: each call of the splitter's Python functions (`reader.dumps`, `reader.text`,
`reader.article`) given a string (its first string argument), and each call of a string
method that reads its string's characters (`str.lower`, `split`, `strip`, `encode`, the
`is…` tests …) or of a compiled pattern's method, with the Python function that made it.
A call "reads a line" when the string it reads is a logical line's text as the stages hold it
(`Line.text`), or that text lowered or stripped. It prints, per stage (the module of the
function that asked), the calls per line and the characters they read per character of the
lines; then, per function or method, the calls, how many read a whole line, how many distinct
lines, and the repeats (the calls on a line beyond its first: a fact worked out again).

What the hook cannot see: scans made by operators (`"x" in text`, `text == other`) and by C
functions called from C (`map(text.__contains__, …)`, `sum(map(str.isalpha, text))`), and a
pattern's argument (a pattern's call is counted, never its characters). Counts, not times:
the hook makes a split some fifty times slower. Not part of `make bench`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from bench import corpus
from bench.split_stages import best_cpu
from reader.dumps.lines import logical_lines
from reader.dumps.load import read_dump, split_text

SCANNING = frozenset(
    "lower upper casefold split rsplit splitlines find rfind index rindex"
    " count replace encode translate isupper islower isalpha isalnum isdigit isdecimal"
    " isnumeric isspace isprintable istitle partition rpartition join title expandtabs"
    " removeprefix removesuffix".split()
)
"""The string methods that read their string's characters (not `isascii`, a flag, nor
`startswith`, `endswith` and the `strip` family, which read a few at an end)."""
REPLAYED = frozenset(
    "lower upper casefold isupper islower isalpha isalnum isdigit isspace isprintable".split()
)
"""The string methods whose calls on a line are replayed for their cost: those that take no
argument (a `split` or a `replace` is not, since what it was told is not seen)."""
PATTERN_METHODS = frozenset("match fullmatch search findall finditer sub subn split".split())
TEXTS = frozenset("text line raw value label low lowered sample part item body title head".split())
"""The names the splitter gives a parameter that holds a line's text (not `where`, `rule`,
`key` …, whose strings are names that may happen to be some line's text)."""
OWN = ("reader.dumps", "reader.text", "reader.article")
"""The modules whose functions are counted: the splitter's."""
STAGES = {
    "reader.dumps.lines": "lines",
    "reader.dumps.roles": "roles",
    "reader.dumps.boundaries": "boundaries",
    "reader.dumps.start_features": "boundaries",
    "reader.dumps.start_model": "boundaries",
    "reader.dumps.assemble": "assembling",
    "reader.dumps.field_features": "assembling",
    "reader.dumps.field_model": "assembling",
    "reader.article": "assembling",
}
"""The stage each module's calls are counted under; a module not named here (the rules'
`chrome`, `credits`, `cues`, `measure`, `reader.text.words` …) is counted under the stage of
the function that called it, and `load`'s own calls under "other"."""
_SKIPPED = 0x20 | 0x80 | 0x200
"""Generators, coroutines and async generators: a call event is each resumption."""


_PLAIN = frozenset({str, int, float, bool, type(None)})
"""The arguments a call is replayed with: a function given facts or a draft may change them."""


@dataclass
class Tally:
    """What one function or method was asked over the split."""

    calls: int = 0
    chars: int = 0
    lines: Counter[str] = field(default_factory=Counter)
    """The calls on each whole line (by its text)."""

    def add(self, text: str | None, line: str | None) -> None:
        """One call reading `text` (None: a pattern's, unseen), which is `line`'s own."""
        self.calls += 1
        if text is not None:
            self.chars += len(text)
        if line is not None:
            self.lines[line] += 1


def repeats(asked: Counter[str], held: Counter[str]) -> int:
    """Calls on a line beyond one for each time the dump holds it (`held`): the fact worked
    out again for the same line (a line's text that recurs, answered by a memo, counts none)."""
    return sum(max(0, calls - held[text]) for text, calls in asked.items())


class Recorder:
    """The profile hook: tallies by (stage, name), a line known by its text or that text
    lowered or stripped."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.whole: dict[str, str] = {}
        for text in lines:
            for variant in (text.strip(), text.lower(), text):
                self.whole[variant] = text
        self.tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
        self.replays: dict[str, tuple[Callable[..., Any], list[tuple[Any, ...]]]] = {}
        """Each plain function asked of whole lines, and the arguments of those calls."""
        self.python_calls: Counter[str] = Counter()
        """Every call of the splitter's Python functions, by stage, whatever its arguments."""
        self._stages: dict[Any, str | None] = {}

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            self._python(frame)
        elif event == "c_call":
            self._c(frame, arg)

    def _python(self, frame: FrameType) -> None:
        code = frame.f_code
        module = frame.f_globals.get("__name__", "")
        if not module.startswith(OWN) or code.co_flags & _SKIPPED:
            return
        stage = STAGES.get(module) or self._stage(frame.f_back) or "other"
        self.python_calls[stage] += 1
        if code.co_name == "__init__":
            return
        text = next(
            (
                value
                for name in code.co_varnames[: code.co_argcount]
                if name in TEXTS and (value := frame.f_locals.get(name)).__class__ is str
            ),
            None,
        )
        if text is None:
            return
        name = f"{module.rpartition('.')[2]}.{code.co_qualname}"
        line = self.whole.get(text)
        self.tallies[stage, name].add(text, line)
        function = frame.f_globals.get(code.co_name)
        if line is not None and getattr(function, "__code__", None) is code:
            arguments = tuple(frame.f_locals[n] for n in code.co_varnames[: code.co_argcount])
            if all(argument.__class__ in _PLAIN for argument in arguments):
                self.replays.setdefault(name, (function, []))[1].append(arguments)

    def _c(self, frame: FrameType, function: Any) -> None:
        owner = getattr(function, "__self__", None)
        name = getattr(function, "__name__", "")
        if owner.__class__ is str and name in SCANNING:
            text: str | None = owner
        elif hasattr(owner, "pattern") and name in PATTERN_METHODS:
            text = None
        else:
            return
        stage = self._stage(frame)
        if stage is None:
            return
        where = f"{frame.f_globals['__name__'].rpartition('.')[2]}.{frame.f_code.co_qualname}"
        label = f"str.{name}" if text is not None else f"pattern.{name}"
        line = self.whole.get(text or "")
        self.tallies[stage, f"{label} in {where}"].add(text, line)
        if line is not None and name in REPLAYED:
            self.replays.setdefault(label, (getattr(str, name), []))[1].append((text,))

    def _stage(self, frame: FrameType | None) -> str | None:
        """The stage of the nearest of the splitter's functions up the stack."""
        while frame is not None:
            code = frame.f_code
            if code not in self._stages:
                module = frame.f_globals.get("__name__", "")
                self._stages[code] = STAGES.get(module) if module.startswith(OWN) else None
            stage = self._stages[code]
            if stage is not None:
                return stage
            frame = frame.f_back
        return None


def parsed(prog: str, argv: list[str]) -> tuple[argparse.Namespace, str, list[str]]:
    """The options of the benches that count a split's calls (`--articles`, `--tuning`,
    `--top`), and what they chose to split: its name and its dumps' texts."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--tuning", action="store_true")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    return args, *_texts(args)


def _texts(args: argparse.Namespace) -> tuple[str, list[str]]:
    if args.tuning:
        from bench.split_quality import load_cases
        from bench.train_splitter import TRAIN

        cases = load_cases(halves=TRAIN)
        return f"the {len(cases)} dumps of the tuning halves", [
            read_dump(case.path)[0] for case in cases
        ]
    return f"the generated dump, {args.articles:,} articles", [corpus.dump(args.articles)]


def main(argv: list[str]) -> int:
    """Prints where a warm split reads its lines, stage by stage and function by function."""
    args, what, texts = parsed("python -m bench.split_reads", argv)
    lines = [line.text for text in texts for line in logical_lines(text)]
    for text in texts:
        split_text(text)  # warm: patterns compiled, models read
    split = best_cpu(lambda: [split_text(text) for text in texts], 3)
    recorder = Recorder(lines)
    sys.setprofile(recorder)
    try:
        for text in texts:
            split_text(text)
    finally:
        sys.setprofile(None)
    _print(what, lines, recorder, split)
    _print_facts(lines, recorder, args.top, split)
    _print_top(lines, recorder, args.top)
    return 0


def _print(what: str, lines: list[str], recorder: Recorder, split: float) -> None:
    count, chars = len(lines), sum(map(len, lines))
    print(f"{what}: {count:,} logical lines, {chars:,} characters")
    print(f"a warm split, best of 3: {split:.3f} s of CPU, load {os.getloadavg()[0]:.1f}")
    print(
        f"{'stage':<11} {'Python calls/line':>17} {'text asks/line':>14} {'patterns/line':>13}"
        f" {'line reads/line':>15} {'chars read/char':>15}"
    )
    by_stage: dict[str, list[Tally]] = defaultdict(list)
    patterns: Counter[str] = Counter()
    for (stage, name), tally in recorder.tallies.items():
        by_stage[stage].append(tally)
        if name.startswith("pattern."):
            patterns[stage] += tally.calls
    for stage in ("lines", "roles", "boundaries", "assembling", "other"):
        tallies = by_stage.get(stage, [])
        calls = sum(t.calls for t in tallies)
        reads = sum(sum(t.lines.values()) for t in tallies)
        read = sum(t.chars for t in tallies)
        python = recorder.python_calls[stage] / count
        print(
            f"{stage:<11} {python:17.2f} {calls / count:14.2f} {patterns[stage] / count:13.2f}"
            f" {reads / count:15.2f}"
            f" {read / chars:15.2f}"
        )


def replayed(function: Callable[..., Any], calls: list[tuple[Any, ...]]) -> float:
    """The CPU seconds of `calls` of `function`, replayed outside the hook (best of 5)."""

    def replay() -> None:
        for arguments in calls:
            function(*arguments)

    return best_cpu(replay, 5)


def _print_facts(lines: list[str], recorder: Recorder, top: int, split: float) -> None:
    """Each fact (a function, or a string method whoever calls it) over whole lines, across
    the stages: how many calls read a line, how many of them again."""
    held = Counter(lines)
    facts: dict[str, Counter[str]] = defaultdict(Counter)
    asked_by: dict[str, set[str]] = defaultdict(set)
    for (stage, name), tally in recorder.tallies.items():
        fact, _, caller = name.partition(" in ")
        facts[fact].update(tally.lines)
        if tally.lines:
            asked_by[fact].add(f"{stage}:{caller}" if caller else stage)
    print()
    print("facts read from whole lines, every stage and caller together")
    print(
        f"{'fact':<32} {'line reads':>10} {'repeats':>8} {'their cost':>10}  asked in"
        f" (cost: the calls on lines replayed, times the repeats' share, of a split's CPU)"
    )
    ranked = sorted(facts.items(), key=lambda item: -repeats(item[1], held))
    for fact, asked in ranked[:top]:
        if not asked:
            continue
        where = ", ".join(sorted(asked_by[fact]))
        again, reads = repeats(asked, held), sum(asked.values())
        cost = "-"
        if again and fact in recorder.replays:
            function, calls = recorder.replays[fact]
            cost = f"{replayed(function, calls) * again / reads / split:9.2%}"
        print(f"{fact[:32]:<32} {reads:10,} {again:8,} {cost:>10}  {where[:80]}")


def _print_top(lines: list[str], recorder: Recorder, top: int) -> None:
    held = Counter(lines)
    print()
    print("the most called, by stage and caller")
    header = f"{'stage':<11} {'function or method (caller)':<58}"
    print(f"{header} {'calls':>8} {'on lines':>8} {'repeats':>8} {'chars':>11}")
    ranked = sorted(recorder.tallies.items(), key=lambda item: -item[1].calls)
    for (stage, name), tally in ranked[:top]:
        print(
            f"{stage:<11} {name[:58]:<58} {tally.calls:8,} {sum(tally.lines.values()):8,}"
            f" {repeats(tally.lines, held):8,} {tally.chars:11,}"
        )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
