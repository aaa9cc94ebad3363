"""How many regex calls a warm split makes per line, call site by call site, and what they
cost: the map a pass that cuts the patterns asked of each line starts from.

`python -m bench.split_regex [--articles N | --tuning] [--top K]` splits the generated dump
(`bench.corpus`, 1,000 articles unless told) or every dump of the tuning halves once warm,
then once more with every compiled pattern's methods wrapped by a counter, and prints, per
call site (the splitter's file, function and line that asked), the pattern calls per
logical line, how many of them found something, how many asked a text that site had asked
before (the same question again), and their cost: the calls replayed outside the wrapper
(best of 5) against a warm split's CPU in this process. Then the splitter's Python
functions asked per line (a profile hook), by function: the facts each line costs in
Python. The wrapper sees every pattern the splitter holds (its lazy patterns, its modules'
compiled ones, the gate's joined heads cut for each first character) and `re`'s module
functions; what it cannot see (a pattern held elsewhere) is counted by the hook and printed
as the difference. Counts, not times: the wrapper makes a split a few times slower. Not
part of `make bench`.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

from bench.split_reads import parsed
from bench.split_stages import best_cpu
from reader.dumps import _patterns, cues
from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text

METHODS = ("match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split")
OWN = ("reader.dumps", "reader.text", "reader.article")
"""The modules whose patterns and functions are counted: the splitter's."""
_ROOT = str(Path(__file__).resolve().parent.parent) + os.sep
_SKIPPED = 0x20 | 0x80 | 0x200
"""Generators, coroutines and async generators: a call event is each resumption."""


@dataclass
class Site:
    """The calls one call site made of one pattern's method."""

    calls: int = 0
    found: int = 0
    texts: Counter[str] = field(default_factory=Counter)
    replay: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = field(
        default_factory=list
    )

    def again(self) -> int:
        """Calls on a text this site had asked before (a memo could answer them)."""
        return sum(n - 1 for n in self.texts.values())


class Counting:
    """A compiled pattern's method, counted by the call site that asks it."""

    def __init__(self, sites: dict[tuple[str, str], Site], method: Callable[..., Any]) -> None:
        self.sites = sites
        self.method = method
        pattern = method.__self__.pattern  # type: ignore[attr-defined]
        text = pattern if isinstance(pattern, str) else repr(pattern)
        self.label = f"{method.__name__} {text[:50]!r}{'…' if len(text) > 50 else ''}"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.counted(sys._getframe(1), self.label, args, kwargs)

    def counted(
        self, frame: FrameType, label: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        """The method's answer, counted at the splitter's frame nearest `frame`."""
        result = self.method(*args, **kwargs)
        site = self.sites[caller(frame), label]
        site.calls += 1
        site.found += bool(result)
        if args and isinstance(args[0], str):
            site.texts[args[0]] += 1
        site.replay.append((self.method, args, kwargs))
        return result


def caller(frame: FrameType | None) -> str:
    """The nearest of the splitter's frames: `path:function:line`."""
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith(OWN):
            code = frame.f_code
            return f"{code.co_filename.removeprefix(_ROOT)}:{code.co_qualname}:{frame.f_lineno}"
        frame = frame.f_back
    return "?"


def _modules() -> list[ModuleType]:
    return [m for name, m in list(sys.modules.items()) if name.startswith(OWN) and m]


@contextmanager
def counted(sites: dict[tuple[str, str], Site]) -> Iterator[None]:
    """Every pattern the splitter holds, its methods counted while inside."""
    undo: list[Callable[[], None]] = []

    def wrap_pattern(holder: Any, name: str, pattern: re.Pattern[Any]) -> None:
        undo.append(lambda: setattr(holder, name, pattern))
        setattr(holder, name, _Proxy(sites, pattern))

    for lazy in (o for o in gc.get_objects() if isinstance(o, _patterns.LazyPattern)):
        lazy.compiled()
        for name in METHODS:
            method = getattr(lazy, name)
            undo.append(lambda lazy=lazy, name=name, method=method: setattr(lazy, name, method))
            setattr(lazy, name, Counting(sites, method))
    for module in _modules():
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                wrap_pattern(module, name, value)
    for heads in (o for o in gc.get_objects() if isinstance(o, cues.Heads)):
        for first, head in list(heads.by_first.items()):
            if head is not None:
                heads.by_first[first] = _Proxy(sites, head)  # type: ignore[assignment]
                undo.append(lambda d=heads.by_first, f=first, h=head: d.__setitem__(f, h))
    module_functions = {name: getattr(re, name) for name in METHODS if hasattr(re, name)}
    for name in module_functions:
        setattr(re, name, _module_function(sites, name))
    try:
        yield
    finally:
        for name, function in module_functions.items():
            setattr(re, name, function)
        for step in reversed(undo):
            step()


class _Proxy:
    """A compiled pattern whose methods are counted; its other attributes its own."""

    def __init__(self, sites: dict[tuple[str, str], Site], pattern: re.Pattern[Any]) -> None:
        self._pattern = pattern
        for name in METHODS:
            setattr(self, name, Counting(sites, getattr(pattern, name)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _module_function(sites: dict[tuple[str, str], Site], name: str) -> Callable[..., Any]:
    """`re.NAME(pattern, string, ...)`, counted as the compiled pattern's method."""

    def call(pattern: Any, string: Any, *args: Any, **kwargs: Any) -> Any:
        counting = Counting(sites, getattr(re.compile(pattern, kwargs.pop("flags", 0)), name))
        return counting.counted(sys._getframe(1), "re." + counting.label, (string, *args), kwargs)

    return call


class Calls:
    """The profile hook: the splitter's Python functions called, and the pattern methods
    called from its code (to check the wrapper missed none)."""

    def __init__(self) -> None:
        self.functions: Counter[str] = Counter()
        self.patterns: Counter[str] = Counter()
        self._own: dict[Any, bool] = {}

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            code = frame.f_code
            own = self._own.get(code)
            if own is None:
                module = frame.f_globals.get("__name__", "")
                own = self._own[code] = module.startswith(OWN) and not code.co_flags & _SKIPPED
            if own:
                self.functions[f"{code.co_filename.removeprefix(_ROOT)}:{code.co_qualname}"] += 1
        elif event == "c_call" and isinstance(getattr(arg, "__self__", None), re.Pattern):
            self.patterns[caller(frame)] += 1


def replayed(site: Site) -> float:
    """The CPU seconds of a site's calls replayed outside the wrapper (best of 5)."""

    def replay() -> None:
        for method, args, kwargs in site.replay:
            method(*args, **kwargs)

    return best_cpu(replay, 5)


def main(argv: list[str]) -> int:
    """Prints a warm split's pattern calls per line by call site, and its Python calls."""
    args, what, texts = parsed("python -m bench.split_regex", argv)
    count = sum(1 for text in texts for _ in logical_lines(text))

    def split() -> None:
        for text in texts:
            split_text(text)

    split()  # warm: patterns compiled, models read
    cpu = best_cpu(split, 3)
    sites: dict[tuple[str, str], Site] = defaultdict(Site)
    with counted(sites):
        split()
    hook = Calls()
    sys.setprofile(hook)
    try:
        split()
    finally:
        sys.setprofile(None)
    print(f"{what}: {count:,} logical lines; a warm split {cpu:.3f} s of CPU (best of 3)")
    print(f"load {os.getloadavg()[0]:.1f}")
    _print_sites(sites, count, cpu, args.top)
    _print_unseen(sites, hook, count)
    _print_functions(hook, count, args.top)
    return 0


def _print_sites(sites: dict[tuple[str, str], Site], count: int, cpu: float, top: int) -> None:
    total = sum(s.calls for s in sites.values())
    costs = {key: replayed(site) for key, site in sites.items()}
    print(f"pattern calls: {total:,}, {total / count:.2f} a line; their replay", end=" ")
    print(f"{sum(costs.values()) / cpu:.1%} of the split")
    print(f"{'per line':>8} {'found':>6} {'again':>6} {'cost':>6}  call site, method, pattern")
    ranked = sorted(sites.items(), key=lambda item: -costs[item[0]])
    for (where, label), site in ranked[:top]:
        print(
            f"{site.calls / count:8.3f} {site.found / max(site.calls, 1):6.0%}"
            f" {site.again() / max(site.calls, 1):6.0%} {costs[where, label] / cpu:6.2%}"
            f"  {where} {label}"
        )


def _print_unseen(sites: dict[tuple[str, str], Site], hook: Calls, count: int) -> None:
    seen: Counter[str] = Counter()
    for (where, label), site in sites.items():
        if not label.startswith("re."):
            seen[where] += site.calls
    missed = {where: n - seen[where] for where, n in hook.patterns.items() if n > seen[where]}
    print(f"pattern calls the wrapper did not see: {sum(missed.values()) / count:.3f} a line")
    for where, n in sorted(missed.items(), key=lambda item: -item[1])[:10]:
        print(f"  {n / count:8.3f}  {where}")


def _print_functions(hook: Calls, count: int, top: int) -> None:
    total = sum(hook.functions.values())
    print(f"the splitter's Python calls: {total / count:.1f} a line; the most called")
    for name, n in hook.functions.most_common(top):
        print(f"{n / count:8.3f}  {name}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
