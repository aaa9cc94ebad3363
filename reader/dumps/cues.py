"""What a line must show before any role rule can claim it, found in a few passes in C.

Nearly every line of a dump is running text, and the role chain (`reader.dumps.roles`)
asked each of its dozen rules in turn to say no to it, each in Python with a pattern or
a string test of its own: a fifth of a split. Each rule now declares, beside itself, a
`Cues`: what a line must hold for the rule to say anything but no (words, marks, a
head, a last character), or the length past which it always says no. A `Gate` joins the
cues of a chain into one pattern for the heads, one character class for the marks and
one list of words, and tells in those passes whether any rule of the chain could claim
a line; when none could, the chain's answer is known without asking it.

A cue is a necessary condition, never a sufficient one: a line that shows it still goes
through the rules. A rule declared with no cue (`Cues()`) can claim any line it is not
too long for, and the gate then sends every such line through the chain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.dumps import pattern_code
from reader.dumps.first_char import Branches
from reader.dumps.line_features import has_digit

FOLDS_ODDLY = "ßİıŉſǰẖẗẘẙẚẞﬀﬁﬂﬃﬄﬅﬆᲀᲁᲂᲃᲄᲅ"
"""The letters whose `str.lower` differs from what `str.casefold` or a pattern ignoring
case reads in them (ß casefolds to "ss", İ lowers to i and a combining dot, a pattern
ignoring case reads ſ as s, Old Cyrillic's narrow ᲂ as о): a line holding one of them goes
through the rules, since the cues are read in the line lowered. A test finds them again
among every code point."""
_ODD = re.compile(f"[{FOLDS_ODDLY}]")


def lowers_plainly(text: str) -> bool:
    """Whether a pattern written in lower case reads `text` lowered as the same pattern
    ignoring case reads `text` (for the letters of the gate's cues and of a footer's words,
    which tests check among every code point): no letter of it `FOLDS_ODDLY`. Lowering a
    line once and matching case costs a third of ignoring case in a long alternation."""
    return text.isascii() or not _ODD.search(text)


SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character `str.isspace` holds a space (a test finds them again)."""
_LINE_TAIL = ".,:!" + SPACES
"""What is taken off a line's end before it is looked up among `Cues.lines`."""
_ENDS_DRESS = "*_."
"""Marks stripped from a line's end before its last character is read: emphasis and
the full stop a bracketed credit may stand before."""


@dataclass(frozen=True, slots=True)
class Cues:
    """What a line must show for one rule to claim it; a line showing none of it is
    never the rule's. The conditions are joined by "or": the line lowered matches `head`
    at its start (a pattern written in lower case, since the line it reads is: a rule's
    pattern that ignores case, its letters lowered), or holds one of `words` (in lower
    case too), or holds one of `marks` as it is, or ends with one of `ends` (emphasis and
    full stops taken off, then spacing), or holds a digit (`digit`), or is one of `lines`
    (lowered, its trailing `.,:!` and spacing taken off). `longest`: the rule
    claims no line longer than this, whatever it shows. Declare no condition and the rule
    may claim any line up to `longest`."""

    head: str = ""
    words: tuple[str, ...] = ()
    marks: str = ""
    ends: str = ""
    digit: bool = False
    lines: frozenset[str] = frozenset()
    longest: int | None = None

    def unconditional(self) -> bool:
        """Whether the rule may claim any line it is not too long for."""
        return not (self.head or self.words or self.marks or self.ends or self.digit or self.lines)

    def capped(self, longest: int) -> Cues:
        """These cues for a rule asked only of lines up to `longest` characters."""
        return replace(
            self, longest=longest if self.longest is None else min(self.longest, longest)
        )


class Heads:
    """The heads of the rules that may claim lines of some length, joined, matched against
    a line through the branches its first character can open (`first_char`): `_sre` tries
    a joined head's branches one by one, and a line's first character rules out most.
    Each character's pattern is compiled the first time a line opens with it (a dump's
    lines open with a few dozen), and shared by every band and gate where it is the same."""

    __slots__ = ("_heads", "by_first")

    def __init__(self, heads: Sequence[str]) -> None:
        self._heads = [_branches(head) for head in heads]
        self.by_first: dict[str, re.Pattern[str] | None] = {}

    def for_first(self, char: str) -> re.Pattern[str] | None:
        """The pattern a line opening with `char` is matched against (None: no head can
        open it), compiled now and kept for the next line that opens with it."""
        cuts = [cut for head in self._heads if (cut := head.cut(char))]
        joined = "|".join(f"(?:{cut})" for cut in cuts)
        pattern = self.by_first[char] = _compiled(joined) if joined else None
        return pattern


_BRANCHES: dict[str, Branches] = {}


def _branches(head: str) -> Branches:
    """A rule's head read into its branches, once a process for every band that joins it."""
    found = _BRANCHES.get(head)
    if found is None:
        found = _BRANCHES[head] = Branches(head)
    return found


_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(text: str) -> re.Pattern[str]:
    """The pattern of `text`, compiled once a process (or built from the code kept)."""
    found = _COMPILED.get(text)
    if found is None:
        found = _COMPILED[text] = pattern_code.compile(text)
    return found


@dataclass(frozen=True, slots=True)
class _Passes:
    """The cues of the rules that may claim lines of some length, joined."""

    head: Heads | None
    marks: str
    words: tuple[str, ...]
    ends: str
    digit: bool
    lines: frozenset[str]
    always: bool


class Gate:
    """Whether any rule of a chain could claim a line, from the rules' own cues: lines
    with spacing at either end, lines some rule with no cue may claim, and lines holding
    a letter that `FOLDS_ODDLY`, always could.
    The joined passes are built per band of lengths (the rules that claim only short
    lines drop out of the longer bands), the first time a line of the band is asked."""

    __slots__ = ("_bands", "_cues", "_limits")

    def __init__(self, cues: Iterable[Cues]) -> None:
        self._cues = tuple(cues)
        self._limits = sorted({c.longest for c in self._cues if c.longest is not None})
        self._bands: dict[int, _Passes] = {}

    def may_claim(self, text: str) -> bool:
        """False when no rule of the chain can claim `text`; True when one might."""
        if not text or text[0].isspace() or text[-1].isspace():
            return True
        band = bisect_left(self._limits, len(text))
        passes = self._bands.get(band)
        if passes is None:
            passes = self._bands[band] = self._passes(len(text))
        if passes.always or any(map(text.__contains__, passes.marks)):
            return True
        if not text.isascii() and _ODD.search(text):
            return True
        if passes.ends and text.rstrip(_ENDS_DRESS).rstrip()[-1:] in passes.ends:
            return True
        if passes.digit and has_digit(text):
            return True
        lowered = text.lower()
        if passes.lines and lowered.rstrip(_LINE_TAIL) in passes.lines:
            return True
        if passes.head is not None:
            head = passes.head.by_first.get(lowered[0], _UNSEEN)
            if head is _UNSEEN:
                head = passes.head.for_first(lowered[0])
            if head is not None and head.match(lowered):
                return True
        return any(map(lowered.__contains__, passes.words))

    def _passes(self, length: int) -> _Passes:
        """The cues of the rules that may claim a line of `length` characters, joined."""
        live = [c for c in self._cues if c.longest is None or c.longest >= length]
        heads = [c.head for c in live if c.head]
        marks = "".join(sorted({mark for c in live for mark in c.marks}))
        return _Passes(
            head=_heads(tuple(heads)) if heads else None,
            marks=marks,
            words=fewest_words([word for c in live for word in c.words], marks),
            ends="".join(sorted({end for c in live for end in c.ends})),
            digit=any(c.digit for c in live),
            lines=frozenset().union(*(c.lines for c in live)),
            always=any(c.unconditional() for c in live),
        )


_UNSEEN = re.compile("")
"""What `Heads.by_first` answers for a first character no line opened with yet."""
_HEADS: dict[tuple[str, ...], Heads] = {}


def _heads(heads: tuple[str, ...]) -> Heads:
    """The joined `heads`, one for every band that joins the same."""
    found = _HEADS.get(heads)
    if found is None:
        found = _HEADS[heads] = Heads(heads)
    return found


def fewest_words(words: Sequence[str], marks: str = "") -> tuple[str, ...]:
    """`words` without those a line cannot hold unless it shows another cue: a word
    holding another of them, or a mark that no letter lowers to (a line holding "://"
    holds "/")."""
    unique = sorted(set(words), key=lambda word: (len(word), word))
    plain = [mark for mark in marks if mark.isascii() and not mark.isalnum()]
    kept: list[str] = []
    for word in unique:
        if not any(shorter in word for shorter in kept + plain):
            kept.append(word)
    return tuple(kept)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def unnamed(pattern: str) -> str:
    """`pattern` with its named groups made plain ones, so that it can stand in one head
    with others that name theirs alike (what it matches is the same)."""
    return _NAMED_GROUP.sub("(?:", pattern)
