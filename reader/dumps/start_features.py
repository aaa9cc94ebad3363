"""What the splitter knows about a line that could start an article, as the names of the
features that hold for it: the hand-set score's parts, the line's own look, the lines
around it and the dump's layout. The learned model (`start_model`) weighs them together,
the rule cascade's own verdict among them, so it can learn where the rules are right.

Every feature is binary (numbers are cut into a few ranges), so scoring a line is a sum of
the weights of the names it has."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from reader.dumps import measure
from reader.dumps._patterns import lazy
from reader.dumps.line_features import has_digit
from reader.dumps.roles import CLOSERS, Facts


@dataclass(slots=True)
class Signals:
    """The parts the hand-set headline score was summed from."""

    shape: int
    gap: int
    """The gap's score, after framing (an intertitle set off above and below) is read."""
    wider: int
    """Blank lines above the line beyond the dump's paragraph gap."""
    previous: int
    lead: int
    """Evidence of the lead under the line: 5 for a repeated title, 3 for lead chrome."""
    dateline: bool
    closed: bool = False
    """A link line closing a digest's item sits right above."""
    linked: bool = False
    two_sentences: bool = False
    """A sentence with more text after it on the line."""
    body_below: bool = False
    repeats: bool = False
    """The line is set out as the dump's first headline is: its next line right under it."""
    unlike: bool = False
    """The line is set out unlike the dump's first headline and has no lead of its own."""
    language: bool = False
    script: bool = False
    """The line and the text under it are in another script than the article above
    (`boundaries._script_changes`): the rules decide such a line, not the learned model."""
    cohesion: int | None = None
    """None when the rules had no need to read the vocabulary change."""
    led: bool = False
    """The lead's evidence alone (a repeated title, lead chrome, a dateline, a closed item, a
    link, the dump's start layout) makes the verdict strong: what `Verdict.strong` says less
    its gap, its script and its language, each a feature of its own."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The hand-set score of a candidate headline, and what it rests on."""

    score: int
    strong: bool
    """A lead of chrome, a repeated title or a dateline backs the headline."""
    repeated: bool
    signals: Signals


@dataclass(frozen=True, slots=True)
class Context:
    """Where the candidate stands: in its article so far, and in the dump's layout."""

    since_start: int
    """Lines since the current article's first."""
    paragraph_gap: int
    lead_style: bool
    in_related: bool
    ruled: bool
    """The rule cascade's verdict: the line starts an article."""


ECHOES = ("echo above ", "echo below ", "text goes on ", "runs on ")
"""The groups of features read from the words around a line (`boundaries._echoes`): how many
of its words its article above has and the text below has, whether that text goes on
with the words above, and how many content words the text on either side shares, however
short its lines (`boundaries._runs_on`). Working them out reads whole paragraphs, so a
line is scored without them first, and they are read only where the rest leaves its
decision open (`StartModel.settled`) or its score is shown."""

MARKS = (
    "ends ",
    "two sentences",
    "has a digit",
    "opens a quotation",
    "wrapped",
    "opens with a dash",
    "opens with a label",
)
"""The groups of features of the line's own marks (`marked`)."""
DEFERRED = (*ECHOES, *MARKS)
"""The groups a scored line is first scored without (`StartModel.settled`): the words
around it, dear to read, and its marks, which weigh little. As a split's share of
instructions, a line's marks cost the generated 1,000-article dump 0.3% under
`READER_SPLITTER=learned`, and none of its 562 scored lines needs them once its words are
not needed either (one of the tune half's 271 does)."""

WORD_RANGES = ((2, "1-2"), (3, "3"), (4, "4"), (5, "5"), (9, "6-9"), (14, "10-14"), (20, "15-20"))
CHAR_RANGES = ((30, "-30"), (60, "31-60"), (100, "61-100"))
_SCORE_RANGES = ((-1, "<0"), (2, "0-2"), (5, "3-5"), (8, "6-8"))
_SINCE_RANGES = ((1, "1"), (3, "2-3"), (9, "4-9"))


def value_range(value: int, ranges: tuple[tuple[int, str], ...], top: str) -> str:
    """The name of the range `value` falls in (`top` above the last bound): features are
    binary, so numbers are read as a few ranges."""
    for bound, name in ranges:
        if value <= bound:
            return name
    return top


def features(facts: Sequence[Facts], i: int, verdict: Verdict, context: Context) -> list[str]:
    """The names of the features line `i` has (the model's weights are keyed by them)."""
    fact, signals = facts[i], verdict.signals
    text = fact.line.text
    return [
        "score " + value_range(verdict.score, _SCORE_RANGES, "9+"),
        "words " + value_range(fact.words, WORD_RANGES, "21+"),
        "chars " + value_range(len(text), CHAR_RANGES, "101+"),
        f"shape {fact.shape}",
        f"shape score {max(-5, min(signals.shape, 3))}",
        f"gap score {signals.gap}",
        f"wider gap {max(-1, min(signals.wider, 3))}",
        f"previous score {signals.previous}",
        f"lead {signals.lead}",
        f"cohesion {signals.cohesion}",
        "since start " + value_range(context.since_start, _SINCE_RANGES, "10+"),
        f"paragraph gap {min(context.paragraph_gap, 2)}",
        *_flags(verdict, context),
        *_around(facts, i, context.paragraph_gap),
    ]


def marked(text: str, two_sentences: bool) -> list[str]:
    """The features of the line's own marks (`look`, `marks`; the groups of `MARKS`): they
    weigh little, so a line is scored without them first (`DEFERRED`)."""
    return [*look(text, two_sentences), *marks(text)]


_FLAGS = (
    "rule",
    "strong lead",
    "repeated",
    "dateline below",
    "item closed above",
    "linked",
    "no body below",
    "set out as the dump's starts",
    "unlike the dump's starts",
    "language changes",
    "lead style",
    "in related",
)


def _flags(verdict: Verdict, context: Context) -> list[str]:
    signals = verdict.signals
    on = (
        context.ruled,
        signals.led,
        verdict.repeated,
        signals.dateline,
        signals.closed,
        signals.linked,
        not signals.body_below,
        signals.repeats,
        signals.unlike,
        signals.language,
        context.lead_style,
        context.in_related,
    )
    return list(compress(_FLAGS, on))


def _around(facts: Sequence[Facts], i: int, paragraph_gap: int) -> list[str]:
    above = facts[i - 1]
    names = [f"above {above.role}"]
    if measure.ends_sentence(above.line.text):
        names.append("above ends a sentence")
    if above.words <= _SHORT:
        names.append("above is short")
    if not above.line.gap_before:
        names.append("above is flush")
    # a trailer's marks over the line ("_Licensed CC BY 4.0_") close the article above it
    names += ["above " + name for name in marks(above.line.text)]
    if i + 1 < len(facts):
        below = facts[i + 1]
        gap = below.line.gap_before
        names += [f"below {below.role}", f"gap below {min(gap, 3)}"]
        if below.role == "text" and below.shape is None:
            names.append("below is running text")
        if gap >= facts[i].line.gap_before > paragraph_gap:
            names.append("framed")  # as wide a gap below as above, wider than paragraphs
    return names


_SHORT = 8
"""Words of a short line: a trailer, a sign-off, a post's last line."""
_LABEL = lazy(r"^[^\W\d_][\w'’ .-]{0,24}\s?:\s")
"""A label over a colon opening the line ("AUTHOR: …", "Rédaction : …", "LOAD-DATE: …")."""
_PAIRS = {"(": ")", "[": "]", "*": "*", "_": "_"}


def marks(text: str) -> list[str]:
    """How a trailer or a field sets itself apart from a headline: wrapped in brackets or
    emphasis, opened by a dash or by a label and its colon."""
    names = []
    first = text[:1]
    if first in _PAIRS and text.rstrip()[-1:] == _PAIRS[first] and len(text) > 2:
        names.append("wrapped")
    if first in "-–—#":
        names.append("opens with a dash")
    if _LABEL.match(text):
        names.append("opens with a label")
    return names


def look(text: str, two_sentences: bool) -> list[str]:
    """How the line ends and opens, shared with `field_features`: a headline and a
    caption are told apart by their marks as much as by their words."""
    names = [f"ends {_end_mark(text.rstrip(CLOSERS)[-1:])}"]
    if two_sentences:
        names.append("two sentences")
    if has_digit(text) if text.isascii() else any(map(str.isdigit, text)):
        names.append("has a digit")  # on ASCII text only 0-9 are digits, found by search
    if text[:1] in "\"'“‘«„":
        names.append("opens a quotation")
    return names


def _end_mark(last: str) -> str:
    if last.isalnum():
        return "in a word"
    return last if last in ".?!:;," else "in a mark"
