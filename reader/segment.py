"""Where one article ends and the next begins, from signals that hold across publishers.

Hard signals end an article outright: a separator line or form feed followed by
what looks like an article start, a Markdown title heading. Inside the text
between them, each line that could be a headline is scored: a repeated title, a
lead of site chrome or a byline under it, a dateline opening the next paragraph,
a wider blank gap than paragraphs have, a headline cased like the dump's first,
and a change of vocabulary between the text before and after it.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader import chrome
from reader.roles import Facts, Shape

THRESHOLD = 3
"""Score at which a headline-like line starts a new article."""
RESTART_THRESHOLD = 6
"""Score at which a headline replaces a title that no body text has followed yet."""
_LEAD_ROLES = frozenset({"chrome", "updated", "byline", "caption", "url"})
STRONG_EVIDENCE = 3
"""A lead of chrome, a repeated title or a dateline: shared vocabulary cannot outvote it."""
_WORDS_SCORE = (-3, -3, -3, -2, -1, 0, *([1] * 15), -1)
"""Headlines run to 6-20 words; subheads are shorter. Indexed by word count."""
_LOOKAHEAD = 10
_WINDOW = 4
_COHESION_RANGE = 2
"""Cohesion moves a score by at most this much, so it is skipped when that cannot matter."""
_MIN_WORDS = 12
_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset(
    "that this with from have were been they their there which would could said says "
    "about after also into more than when will what where while other over some such "
    "only them then these those very just like most many much even year years first "
    "last week told including being before since under because during against between "
    "still both each made make take took percent per cent around among among".split()
)


@dataclass(frozen=True, slots=True)
class Layout:
    """Dump-wide facts the scores are relative to."""

    title_shape: Shape | None
    title_heading: int
    paragraph_gap: int


def segment(facts: Sequence[Facts]) -> list[range]:
    """Ranges of `facts`, one per article, in order, covering every line."""
    if not facts:
        return []
    layout = _layout(facts)
    starts = [0]
    has_body = False
    for i in range(1, len(facts)):
        fact = facts[i]
        start = starts[-1]
        if _hard_start(facts, i, layout):
            starts.append(i)
            has_body = False
            continue
        if not has_body and fact.folded and fact.folded == facts[start].folded:
            continue
        if fact.shape and fact.line.gap_before >= 1:
            score = _score(facts, i, start, layout)
            if score >= (THRESHOLD if has_body else RESTART_THRESHOLD):
                starts.append(i)
                has_body = False
                continue
        has_body = has_body or _is_body(fact)
    return [range(a, b) for a, b in zip(starts, [*starts[1:], len(facts)], strict=True)]


def _layout(facts: Sequence[Facts]) -> Layout:
    headings = [f.line.heading for f in facts if f.line.heading]
    first_title = next((f for f in facts if f.shape and f.role == "text"), None)
    gaps = [f.line.gap_before for f in facts[1:] if _is_body(f)]
    return Layout(
        title_shape=first_title.shape if first_title else None,
        title_heading=min(headings) if headings else 0,
        paragraph_gap=int(statistics.median_low(gaps)) if gaps else 1,
    )


def _is_body(fact: Facts) -> bool:
    """Running text: a sentence-like line, not a headline, chrome or bullet."""
    return (
        fact.role == "text" and not fact.line.heading and (fact.shape is None or fact.words >= 25)
    )


def _hard_start(facts: Sequence[Facts], i: int, layout: Layout) -> bool:
    fact = facts[i]
    if fact.line.heading and fact.line.heading == layout.title_heading:
        return True
    return fact.line.separator_before and _opens_article(facts, i)


def _opens_article(facts: Sequence[Facts], i: int) -> bool:
    """After a separator: a headline, a lead of chrome, or a datelined first paragraph.
    Anything else is a section break inside the same article."""
    fact = facts[i]
    if fact.role in _LEAD_ROLES or fact.line.heading:
        return True
    if fact.shape and not fact.line.text.endswith(":"):
        return True
    return fact.role == "text" and chrome.dateline(fact.line.text) is not None


def _score(facts: Sequence[Facts], i: int, start: int, layout: Layout) -> int:
    fact = facts[i]
    score = _shape_score(fact, layout)
    score += _gap_score(fact.line.gap_before, layout.paragraph_gap)
    previous = facts[i - 1]
    if previous.role == "credits":
        score += 2
    elif previous.role in _LEAD_ROLES or chrome.ends_sentence(previous.line.text):
        score += 1
    first_body, evidence = _lead(facts, i)
    if first_body is None:
        return score + evidence
    if chrome.dateline(facts[first_body].line.text):
        evidence += 3
    score += evidence
    low = score if evidence >= STRONG_EVIDENCE else score - _COHESION_RANGE
    if low >= THRESHOLD or score + _COHESION_RANGE < THRESHOLD:
        return score
    cohesion = _cohesion_score(facts, start, i, first_body)
    return score + (cohesion if evidence < STRONG_EVIDENCE else max(cohesion, 0))


def _shape_score(fact: Facts, layout: Layout) -> int:
    if fact.line.text.endswith(":"):
        return -4
    score = _WORDS_SCORE[min(fact.words, len(_WORDS_SCORE) - 1)]
    if fact.shape == "caps":
        score += 1 if layout.title_shape == "caps" else -2
    elif fact.shape == layout.title_shape:
        score += 1
    return score


def _gap_score(gap: int, paragraph_gap: int) -> int:
    """A wider gap than paragraphs have. Where paragraphs sit on consecutive lines,
    one blank line also frames subheads and leads, so it says little on its own."""
    extra = gap - paragraph_gap
    if extra <= 0:
        return 0
    return 1 if paragraph_gap == 0 and extra == 1 else 3


def _lead(facts: Sequence[Facts], i: int) -> tuple[int | None, int]:
    """What follows a candidate headline before its first paragraph, and its score."""
    repeated = meta = False
    for j in range(i + 1, min(len(facts), i + 1 + _LOOKAHEAD)):
        fact = facts[j]
        if fact.folded and fact.folded == facts[i].folded:
            repeated = True
        elif fact.role in _LEAD_ROLES:
            meta = True
        elif fact.role == "bullet" or (fact.shape and not fact.line.heading and fact.words < 25):
            continue
        else:
            return j, 5 * repeated + 3 * meta
    return None, 5 * repeated + 3 * meta


def _cohesion_score(facts: Sequence[Facts], start: int, i: int, first_body: int) -> int:
    """Text that goes on with the same words after a subhead; a new article changes them."""
    before = _words(f for f in facts[max(start, i - _WINDOW) : i] if _is_body(f))
    after = _words(_run_of_text(facts, first_body))
    if len(before) < _MIN_WORDS or len(after) < _MIN_WORDS:
        return 0
    overlap = len(before & after) / min(len(before), len(after))
    if overlap <= 0.08:
        return 2
    if overlap <= 0.15:
        return 1
    return -2 if overlap >= 0.3 else 0


def _run_of_text(facts: Sequence[Facts], first: int) -> Iterable[Facts]:
    """Up to `_WINDOW` body lines from `first`, stopping at the next possible headline."""
    taken = 0
    for j in range(first, len(facts)):
        fact = facts[j]
        if taken == _WINDOW or (fact.shape and fact.line.gap_before and not _is_body(fact)):
            return
        if _is_body(fact):
            taken += 1
            yield fact


def _words(facts: Iterable[Facts]) -> set[str]:
    found: set[str] = set()
    for fact in facts:
        found.update(w for w in _WORD.findall(fact.line.text.lower()) if w not in _STOP)
    return found
