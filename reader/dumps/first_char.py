"""A pattern cut to the branches that can match a text opening with a given character.

The role chain's gate (`reader.dumps.cues.Gate`) asks nearly every short line whether one
of some twenty rules' heads opens it: one `match` against an alternation of 1,500 to
15,000 characters, in which `_sre` tries branch after branch. A line's first character
rules out most of them (a head of words "read more", "lire aussi", … cannot open a line
that opens with "t"), and `Branches.cut` drops those, reading the pattern's text: the gate
then matches a line against a pattern of the few branches left for its first character, a
text like any other, compiled once a process or built from the code a workspace keeps.

The cut is exact for a pattern compiled with no flags (as the gate's are): a branch is
dropped only when every way through it must first consume a character other than the given
one, so it could never match at the text's start, and the pattern's answer there (match or
not, and which match) is the same. What this reader does
not follow (flags set inside the pattern, back references, conditionals) leaves the pattern
whole; a construct it reads only in part (a look-around, a quantified group) is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from reader.dumps._patterns import lazy

_TOKEN = lazy(
    r"(?P<unread>\\[1-9]|\(\?(?![:=!]|<[=!]|P<))"
    r"|(?P<escape>\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|0[0-7]{0,2}|.))"
    r"|(?P<set>\[\^?\]?(?:\\.|[^\]\\])*\])"
    r"|(?P<look>\(\?(?:=|!|<=|<!))"
    r"|(?P<group>\((?:\?(?::|P<\w+>))?)"
    r"|(?P<close>\))"
    r"|(?P<bar>\|)"
    r"|(?P<quantifier>(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?)"
    r"|(?P<zero>[\^$])"
    r"|(?P<run>[^\\\[\]()|*+?{^$.]+)"
    r"|(?P<other>.)",
    re.DOTALL,
)
"""The pattern's pieces: what the cut does not read (back references, and flags, comments,
atomic groups, conditionals, which open with "(?"), escapes, sets, groups opened and closed,
bars, quantifiers, anchors, runs of plain characters and any other single character (`.`,
a `{` that repeats nothing)."""
_ZERO_ESCAPES = frozenset(("\\b", "\\B", "\\A", "\\Z"))


@dataclass(slots=True)
class _Atom:
    """One piece of a sequence, its quantifier included: a character test (`test`, the
    piece's own text for `re`, or `literal`), a group of sequences, or a piece that consumes
    nothing (`zero`); `least` is how many times it must match, `most_once` whether it
    matches once at most, and `group_end` where a group's branches end (before its
    closing parenthesis)."""

    start: int
    end: int
    least: int = 1
    most_once: bool = True
    group_end: int = 0
    literal: str = ""
    test: str = ""
    zero: bool = False
    group: _Group | None = None

    def opens(self, char: str) -> bool:
        """Whether the piece's first character can be `char`."""
        if self.literal:
            return self.literal == char
        if self.group is not None:
            return self.group.opens(char)
        return not self.zero and _fits(self.test, char)

    def may_be_empty(self) -> bool:
        """Whether the piece can match without consuming a character."""
        return self.zero or self.least == 0 or (self.group is not None and self.group.empty)


@dataclass(slots=True)
class _Sequence:
    """Pieces one after another: one branch of a group."""

    start: int
    end: int
    atoms: list[_Atom] = field(default_factory=list)

    def opens(self, char: str) -> bool:
        """Whether the branch can match a text opening with `char` (an empty match too)."""
        for atom in self.atoms:
            if atom.opens(char):
                return True
            if not atom.may_be_empty():
                return False
        return True

    def may_be_empty(self) -> bool:
        """Whether the branch can match without consuming a character."""
        return all(atom.may_be_empty() for atom in self.atoms)


@dataclass(slots=True)
class _Group:
    """Branches joined by bars, opened by `opener` (`(`, `(?:`, `(?P<name>`; empty for the
    whole pattern). Branches opening with a plain character are indexed by it."""

    opener: str
    branches: list[_Sequence]
    empty: bool = False
    by_first: dict[str, list[int]] = field(default_factory=dict)
    others: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.empty = any(branch.may_be_empty() for branch in self.branches)
        for index, branch in enumerate(self.branches):
            atoms = branch.atoms
            if atoms and atoms[0].literal and not atoms[0].may_be_empty():
                self.by_first.setdefault(atoms[0].literal, []).append(index)
            else:
                self.others.append(index)

    def kept(self, char: str) -> list[int]:
        """The branches that can match a text opening with `char`, in their order."""
        found = [i for i in self.others if self.branches[i].opens(char)]
        return sorted(found + self.by_first.get(char, []))

    def opens(self, char: str) -> bool:
        """Whether some branch can open with `char`."""
        return bool(self.by_first.get(char)) or any(
            self.branches[i].opens(char) for i in self.others
        )


@cache
def _fits(test: str, char: str) -> bool:
    """Whether the one-character piece `test` (a set, an escape, `.`) matches `char`."""
    return re.fullmatch(test, char) is not None


class Branches:
    """A pattern's text read into its branches, to be cut per first character."""

    __slots__ = ("_cuts", "_root", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._root = _read(text)
        self._cuts: dict[str, str] = {}

    def cut(self, char: str) -> str:
        """The pattern without the branches that cannot match a text opening with `char`
        (empty when none can); the whole pattern when it holds what this module does not
        read."""
        found = self._cuts.get(char)
        if found is None:
            found = self._cuts[char] = (
                self._text if self._root is None else self._cut(self._root, char)
            )
        return found

    def _cut(self, group: _Group, char: str) -> str:
        """The branches of `group` that can open with `char`, each cut, joined."""
        return "|".join(self._kept(group.branches[i], char) for i in group.kept(char))

    def _kept(self, branch: _Sequence, char: str) -> str:
        """`branch`'s text, its first group that a text opening with `char` meets at its
        start cut to the branches that can open with `char`. Pieces before it match
        nothing in such a text: a piece that consumes nothing, or one that may match empty
        and cannot open with `char`. The group may be optional (tried at the start or not at
        all), not repeated: a second turn would start later in the text."""
        text = self._text
        for atom in branch.atoms:
            group = atom.group
            if group is not None and atom.most_once and group.opens(char):
                head, tail = text[branch.start : atom.start], text[atom.group_end : branch.end]
                return f"{head}{group.opener}{self._cut(group, char)}{tail}"
            if not (atom.zero or (atom.may_be_empty() and not atom.opens(char))):
                break
        return text[branch.start : branch.end]


def _read(text: str) -> _Group | None:
    """The pattern's text as a group of branches; None when it holds what the cut does not
    read (ValueError where it is not balanced)."""
    tokens = [(m.lastgroup or "", m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if any(kind == "unread" for kind, _, _ in tokens):
        return None
    group, at = _group(text, tokens, 0, "", 0)
    if at != len(tokens):
        raise ValueError("unbalanced pattern")
    return group


def _group(
    text: str, tokens: list[tuple[str, int, int]], at: int, opener: str, start: int
) -> tuple[_Group, int]:
    """The group whose branches begin at token `at`, and the index of its closing token."""
    branches = [_Sequence(start, start)]
    while at < len(tokens):
        kind, begin, end = tokens[at]
        if kind == "close":
            break
        if kind == "bar":
            branches[-1].end = begin
            branches.append(_Sequence(end, end))
            at += 1
            continue
        atom, at = _atom(text, tokens, at)
        branches[-1].atoms.append(atom)
    branches[-1].end = tokens[at][1] if at < len(tokens) else len(text)
    return _Group(opener, branches), at


def _atom(text: str, tokens: list[tuple[str, int, int]], at: int) -> tuple[_Atom, int]:
    """The piece at token `at` with its quantifier, and the token after them."""
    kind, begin, end = tokens[at]
    at += 1
    if kind in ("group", "look"):
        inner, at = _group(text, tokens, at, text[begin:end], end)
        if at >= len(tokens):
            raise ValueError("unclosed group")
        inner_end, end = tokens[at][1], tokens[at][2]
        at += 1
        atom = _Atom(begin, end, zero=kind == "look", group=None if kind == "look" else inner)
        atom.group_end = inner_end
    elif kind == "run":
        quantified = at < len(tokens) and tokens[at][0] == "quantifier"
        if quantified and end - begin > 1:  # the quantifier repeats the run's last character
            tokens.insert(at, ("run", end - 1, end))
            end -= 1
            return _Atom(begin, end, literal=text[begin]), at
        atom = _Atom(begin, end, literal=text[begin])
    elif kind == "zero" or (kind == "escape" and text[begin:end] in _ZERO_ESCAPES):
        atom = _Atom(begin, end, zero=True)
    elif kind in ("escape", "set", "other"):
        atom = _Atom(begin, end, test=text[begin:end])
    else:
        raise ValueError(f"unexpected {kind} at {begin}")
    if at < len(tokens) and tokens[at][0] == "quantifier":
        quantifier = text[tokens[at][1] : tokens[at][2]]
        atom.least, atom.most_once = _least(quantifier), _most(quantifier) <= 1
        atom.end = tokens[at][2]
        at += 1
    return atom, at


def _most(quantifier: str) -> float:
    """How many times a quantifier allows at most."""
    if quantifier[0] == "?":
        return 1
    if quantifier[0] in "*+":
        return float("inf")
    bounds = quantifier[1:].rstrip("?+").rstrip("}").split(",")
    high = bounds[-1]
    return int(high) if high else float("inf")


def _least(quantifier: str) -> int:
    """How many times a quantifier asks for at least."""
    if quantifier[0] in "*?":
        return 0
    if quantifier[0] == "+":
        return 1
    low = quantifier[1:].split(",")[0].rstrip("}?+")
    return int(low) if low else 0
