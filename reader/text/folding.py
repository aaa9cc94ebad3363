"""Text folded for matching: case and accents ignored, offsets still traceable.

Search and entity filters compare folded text, so `iran` finds "IRAN", `erdogan`
finds "Erdoğan" and `strasse` finds "Straße". Folding is casefolding plus
dropping combining marks after canonical decomposition, with curly quotes and dashes
read as their ASCII forms (`don't` finds "don’t", and folded English news stays at
one byte a character). It can change lengths
("ß" becomes "ss", a stray combining accent disappears), so `fold` also returns
an `OffsetMap` that turns folded offsets back into offsets of the original text;
it only records the characters that did not fold to exactly one character, so it
stays tiny (and is None for most articles).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

_NEEDS_FOLDING = re.compile("[^\x00-\x7f\uac00-\ud7a3]+")
"""Runs of characters `str.lower` does not fold fully: all but ASCII and Hangul syllables
(which decomposition would split into letters that compose back: left alone, they stay
one character each)."""

_CURLY = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2010\u2011\u2012\u2013\u2014\u2015"
_STRAIGHT = "''''\"\"\"\"------"
_TYPOGRAPHIC = str.maketrans(_CURLY, _STRAIGHT)
"""Curly quotes and dashes as their ASCII forms, one character for one: a single one of
them made CPython hold a whole folded text at two bytes a character (10 MB more for
the 10,000-article dump's search text)."""
STRAIGHTENED_UTF8 = tuple(
    (curly.encode(), straight.encode()) for curly, straight in zip(_CURLY, _STRAIGHT, strict=True)
)
"""Each curly quote or dash in UTF-8 (three bytes, all starting E2 80) and its ASCII form:
how text that `folds_by_case` is straightened as bytes."""
_BEYOND_CASE = re.compile(f"[^\x00-\x7f{_CURLY}]")
"""A character whose fold is more than its ASCII lower case or its straightened form."""


def _drop_marks(text: str) -> str:
    """`text` without its combining marks (they are rare: a per-character test is cheap)."""
    if not any(map(unicodedata.combining, text)):
        return text
    return "".join(char for char in text if not unicodedata.combining(char))


@functools.lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded: casefolded, decomposed, combining marks dropped, a curly
    quote or dash made ASCII."""
    return _drop_marks(unicodedata.normalize("NFD", char.casefold())).translate(_TYPOGRAPHIC)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """The characters whose fold is not one character, in order: all a map back needs."""

    folded_starts: tuple[int, ...]
    """Where each such character's fold starts in the folded text."""
    originals: tuple[int, ...]
    """Its index in the original text."""
    lengths: tuple[int, ...]
    """Its folded length: 0 for a dropped mark, 2 or more for an expansion."""

    def original(self, position: int) -> int:
        """The original index of the folded character at `position` (or just past the end)."""
        index = bisect.bisect_right(self.folded_starts, position) - 1
        if index < 0:
            return position
        start, length = self.folded_starts[index], self.lengths[index]
        if position < start + length:
            return self.originals[index]
        return self.originals[index] + 1 + position - start - length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original range of a folded match, widened to whole characters and marks."""
        if start >= end:
            at = self.original(start)
            return at, at
        return self.original(start), max(self.original(end - 1) + 1, self.original(end))


def fold(text: str) -> tuple[str, OffsetMap | None]:
    """The folded text, and the map back to original offsets when any length changed."""
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    starts: list[int] = []
    originals: list[int] = []
    lengths: list[int] = []
    done = folded_length = 0
    for run in _NEEDS_FOLDING.finditer(text):
        begin, end = run.span()
        if begin > done:
            parts.append(text[done:begin].lower())
            folded_length += begin - done
        quick = unicodedata.normalize("NFD", run.group().casefold()).translate(_TYPOGRAPHIC)
        if len(quick) == end - begin and not any(map(unicodedata.combining, quick)):
            parts.append(quick)
            folded_length += len(quick)
        else:
            for index in range(begin, end):
                folded = fold_char(text[index])
                if len(folded) != 1:
                    starts.append(folded_length)
                    originals.append(index)
                    lengths.append(len(folded))
                parts.append(folded)
                folded_length += len(folded)
        done = end
    parts.append(text[done:].lower())
    mapping = OffsetMap(tuple(starts), tuple(originals), tuple(lengths)) if starts else None
    return "".join(parts), mapping


def folds_by_case(text: str) -> bool:
    """Whether folding `text` only lowers ASCII letters and straightens curly quotes and
    dashes (one character for one, no map): true of most English news, which search then
    reads in its own UTF-8, lowered as bytes, instead of keeping a folded copy."""
    return text.isascii() or _BEYOND_CASE.search(text) is None


def fold_span(mapping: OffsetMap | None, start: int, end: int) -> tuple[int, int]:
    """A folded match's range in the original text (unchanged when there is no map)."""
    return (start, end) if mapping is None else mapping.span(start, end)


def folds_to_lower(text: str) -> bool:
    """Whether `fold_query(text)` is `text.lower()` (printable ASCII, one space between
    words, none at the ends: nearly every English title), told without making either: a
    sort by title keeps only the folds that take more."""
    return (
        text.isascii()
        and text.isprintable()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
    )


def fold_query(text: str) -> str:
    """A search word or phrase, or an entity name, in the form folded text is compared in."""
    return fold(" ".join(text.split()))[0]


def to_ascii(text: str) -> str:
    """`text` with its accents taken off (compatibility decomposition) and what has no ASCII
    form left out ("Août" is "Aout", "ﬁ" is "fi", "日本" is ""): the month names a date is
    read by and a brat file's name are matched and written in ASCII alone. Unlike `fold`,
    no case is changed and no offsets are kept: nothing maps back."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
