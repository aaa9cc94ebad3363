"""Regular expressions compiled when first used, not when the splitter is imported.

The splitter holds some sixty patterns, many of them long alternations that ignore case;
compiling them all took most of the time the split process spends starting, before the
app's first frame. A `LazyPattern` stands where the compiled pattern stood and answers the
same calls; its first call compiles the pattern (or builds it from the code a workspace
keeps, `reader.dumps.pattern_code`) and puts the compiled pattern's methods in its place,
so later calls cost what they cost before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reader.dumps import pattern_code

_METHODS = ("match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, done on the first call of any of its methods."""

    __slots__ = ("flags", "pattern", *_METHODS)

    match: Callable[..., Any]
    fullmatch: Callable[..., Any]
    search: Callable[..., Any]
    findall: Callable[..., Any]
    finditer: Callable[..., Any]
    sub: Callable[..., Any]
    subn: Callable[..., Any]
    split: Callable[..., Any]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        for name in _METHODS:
            setattr(self, name, self._first_call(name))

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet, or built from the code a
        workspace keeps, `pattern_code`), its methods put in place."""
        compiled = pattern_code.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def _first_call(self, name: str) -> Callable[..., Any]:
        def first(*args: Any, **kwargs: Any) -> Any:
            return getattr(self.compiled(), name)(*args, **kwargs)

        return first


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use, for module-level patterns."""
    return LazyPattern(pattern, flags)
