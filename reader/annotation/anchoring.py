"""Finding an annotated passage again after the article's text has changed.

An annotation keeps its offsets and, as selectors, its quote and up to 32
characters of context either side. When a dump is re-split or a file edited, the
offsets may point at other text: `anchor` looks for the quote at the old offset,
then elsewhere (choosing by context, then nearness), then approximately with
rapidfuzz. What cannot be found is reported as None, and the store keeps it as an
orphan rather than dropping the user's work.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Literal

FUZZY_THRESHOLD = 80.0
"""Least similarity (0–100, rapidfuzz's Indel ratio) for an approximate match to count."""

FUZZY_MIN_QUOTE = 8
"""Shorter quotes match by chance too easily: they re-anchor exactly or not at all."""

CONTEXT_THRESHOLD = 60.0
"""Least similarity for the text between an intact prefix and suffix: the context already
vouches for the place, so a passage edited more heavily is still the same passage."""

_MIN_CONTEXT = 8

_MAX_OCCURRENCES = 10_000
_WINDOW_MARGIN = 256
_MAX_SLACK = 256

AnchorMethod = Literal["exact", "moved", "fuzzy"]
"""How a passage was found: at its old offset, elsewhere verbatim, or approximately."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote sits in the current text, and how sure that is."""

    start: int
    end: int
    method: AnchorMethod
    score: float
    """100 for verbatim matches; the similarity for fuzzy ones."""


@dataclass(frozen=True, slots=True)
class AnchorReport:
    """What a re-anchoring pass did, for the notice shown after a dump changes."""

    exact: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    states: int = 0
    """Triage states carried to an edited article's new id (not annotations)."""
    rechecks: int = 0
    """Edited articles whose old text's entities were checked and whose new text's are not."""

    @property
    def total(self) -> int:
        """Annotations looked at."""
        return self.exact + self.moved + self.fuzzy + self.orphaned


def _fuzz() -> ModuleType:
    """rapidfuzz's `fuzz`, imported on first need: passages whose text is intact (the usual
    case when the app re-anchors at start) never need it, and the first frame skips it."""
    from rapidfuzz import fuzz

    return fuzz


def anchor(
    body: str,
    quote: str,
    prefix: str,
    suffix: str,
    hint_start: int,
    *,
    approximate: bool = True,
) -> Anchor | None:
    """The passage's range in `body` now, or None when it cannot be placed with confidence.

    `approximate=False` skips the search for a similar passage anywhere in the text,
    which is right when `body` may be another article: only the quote itself, or
    text between its own context, is then taken.
    """
    if not quote:
        return None
    found = _exact(body, quote, prefix, suffix, hint_start) or _between_context(
        body, quote, prefix, suffix, hint_start
    )
    if found is None and approximate:
        return _fuzzy(body, quote, hint_start)
    return found


def _exact(body: str, quote: str, prefix: str, suffix: str, hint: int) -> Anchor | None:
    size = len(quote)
    full = len(prefix) + len(suffix)
    at_hint = hint >= 0 and body.startswith(quote, hint)
    if at_hint and _context_score(body, hint, size, prefix, suffix) == full:
        return Anchor(hint, hint + size, "exact", 100.0)
    found = _occurrences(body, quote)
    if not found:
        return None
    best = max(
        found, key=lambda at: (_context_score(body, at, size, prefix, suffix), -abs(at - hint))
    )
    return Anchor(best, best + size, "exact" if best == hint else "moved", 100.0)


def _occurrences(body: str, quote: str) -> list[int]:
    found: list[int] = []
    at = body.find(quote)
    while at != -1 and len(found) < _MAX_OCCURRENCES:
        found.append(at)
        at = body.find(quote, at + 1)
    return found


def context_match(body: str, found: Anchor, prefix: str, suffix: str) -> int:
    """Characters of a passage's stored context still around where it was found: which
    of several articles holding the same quote is its own."""
    return _context_score(body, found.start, found.end - found.start, prefix, suffix)


def _context_score(body: str, at: int, size: int, prefix: str, suffix: str) -> int:
    """Characters of the stored context that still surround the quote at `at`."""
    before = body[max(0, at - len(prefix)) : at]
    after = body[at + size : at + size + len(suffix)]
    same_before = 0
    for mine, theirs in zip(reversed(before), reversed(prefix), strict=False):
        if mine != theirs:
            break
        same_before += 1
    same_after = 0
    for mine, theirs in zip(after, suffix, strict=False):
        if mine != theirs:
            break
        same_after += 1
    return same_before + same_after


def _between_context(body: str, quote: str, prefix: str, suffix: str, hint: int) -> Anchor | None:
    """The text between the stored prefix and suffix, when both are still there.

    This finds a passage that was reworded, grew or shrank, as long as its
    surroundings were left alone.
    """
    if len(prefix) < _MIN_CONTEXT or len(suffix) < _MIN_CONTEXT:
        return None
    candidates: list[tuple[float, int, int, int]] = []
    fuzz = _fuzz()
    for at in _occurrences(body, prefix):
        start = at + len(prefix)
        end = body.find(suffix, start, start + 2 * len(quote) + len(suffix))
        if end - start >= max(1, len(quote) // 2):
            score = fuzz.ratio(quote, body[start:end])
            candidates.append((score, -abs(start - hint), start, end))
    if not candidates:
        return None
    score, _, start, end = max(candidates)
    return Anchor(start, end, "fuzzy", score) if score >= CONTEXT_THRESHOLD else None


def _fuzzy(body: str, quote: str, hint: int) -> Anchor | None:
    """The closest approximate match, near the old offset first, then anywhere."""
    if len(quote) < FUZZY_MIN_QUOTE:
        return None
    margin = max(2 * len(quote), _WINDOW_MARGIN)
    near = max(0, min(hint, len(body)) - margin), min(len(body), max(hint, 0) + len(quote) + margin)
    everywhere = (0, len(body))
    fuzz = _fuzz()
    for low, high in dict.fromkeys((near, everywhere)):
        if high - low < len(quote):
            continue
        found = fuzz.partial_ratio_alignment(quote, body[low:high], score_cutoff=FUZZY_THRESHOLD)
        if found is None:
            continue
        start, end = _refine(body, quote, low + found.dest_start, low + found.dest_end)
        score = fuzz.ratio(quote, body[start:end])
        if score >= FUZZY_THRESHOLD:
            return Anchor(start, end, "fuzzy", score)
    return None


def _refine(body: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """Moves the ends of an aligned window so the range best matches a quote that grew or shrank.

    The alignment has the quote's length; edits inside the passage change its length.
    """
    slack = min(max(2, len(quote) // 4), _MAX_SLACK)
    fuzz = _fuzz()
    starts = range(max(0, start - slack), min(end - 1, start + slack) + 1)
    best_start = max(starts, key=lambda s: (fuzz.ratio(quote, body[s:end]), -abs(s - start)))
    ends = range(max(best_start + 1, end - slack), min(len(body), end + slack) + 1)
    best_end = max(ends, key=lambda e: (fuzz.ratio(quote, body[best_start:e]), -abs(e - end)))
    return best_start, best_end
