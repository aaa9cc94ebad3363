"""The units of text the NLP pipeline sees: whole bodies, or windows with context.

A model's entities depend on the words around them: a name at the start of a
paragraph fed alone is missed or mislabelled where the same model, given the body,
finds it. So the pipeline reads each body as one doc; a body longer than
`MAX_WINDOW_CHARS` is read in windows whose results are kept only for their middle
part (the *core*), with `CONTEXT_CHARS` of text either side, so every word is seen
with its neighbours. Cores tile the body and end at paragraph ends where they can
(at a sentence end or a space inside a wall of text).

No entity or sentence may cross a paragraph: `confine` cuts what the model found at
paragraph boundaries and counts every cut, so the rare case stays visible.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reader.article import Article

MAX_WINDOW_CHARS = 12_000
"""Longest core read as one doc: a news body (about 2,000 words) fits whole; a longer
one is read in windows, so a huge article still arrives progressively."""
CONTEXT_CHARS = 1_000
"""Text read either side of a window's core (about 170 words): far more than the
model's features reach, so windowed results equal whole-body ones."""
SCHEME = f"body-windows/{MAX_WINDOW_CHARS}/{CONTEXT_CHARS}"
"""How bodies are cut into docs: part of the cache key, since results depend on it."""
_CUT_WINDOW = 2_000
"""How far back from the limit a long paragraph looks for a good place to cut."""
_LINE_RUN = re.compile(r"[^\n]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
_SPACE = re.compile(r"\s")

Span = tuple[int, int]
EntityTuple = tuple[int, int, str]
Found = tuple[list[EntityTuple], list[Span]]
"""Entities and sentences of one article in body offsets: plain tuples, cheap to pickle."""


@dataclass(frozen=True, slots=True)
class Window:
    """One doc for the pipeline: `text` starts at body offset `start`; results count
    only where they start inside the core `[keep_start, keep_end)`."""

    start: int
    text: str
    keep_start: int
    keep_end: int

    @property
    def words(self) -> int:
        """Whitespace words of the core: what progressive results are paced by."""
        return len(self.text[self.keep_start - self.start : self.keep_end - self.start].split())


@dataclass(slots=True)
class Cuts:
    """How often the paragraph rule changed what the model found (for benchmarks and logs)."""

    entities_cut: int = 0
    entities_dropped: int = 0
    sentences_cut: int = 0

    def add(self, other: Cuts) -> None:
        """Adds another article's counts to these."""
        self.entities_cut += other.entities_cut
        self.entities_dropped += other.entities_dropped
        self.sentences_cut += other.sentences_cut


def paragraph_ranges(article: Article) -> list[Span]:
    """Paragraph ranges clipped to the body, trimmed, in order and disjoint.

    An article without paragraphs has its lines as paragraphs.
    """
    body = article.body
    if not article.paragraphs:
        spans: Sequence[Span] = [(m.start(), m.end()) for m in _LINE_RUN.finditer(body)]
    else:
        spans = sorted((p.start, p.end) for p in article.paragraphs)
    ranges: list[Span] = []
    done = 0
    for start, end in spans:
        start, end = max(start, done, 0), min(end, len(body))
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end:
            done = end
            ranges.append((start, end))
    return ranges


def windows(article: Article, max_chars: int = MAX_WINDOW_CHARS) -> list[Window]:
    """The docs that cover the article's paragraphs: one for most bodies, more for long ones."""
    ranges = [
        piece
        for start, end in paragraph_ranges(article)
        for piece in _cut(article.body, start, end, max_chars)
    ]
    if not ranges:
        return []
    body = article.body
    found = []
    for keep_start, keep_end in _cores(ranges, max_chars, len(body)):
        start, end = _context_start(body, keep_start), _context_end(body, keep_end)
        found.append(Window(start, _spacy_safe(body[start:end]), keep_start, keep_end))
    return found


def chunks(items: Sequence[Window], max_words: int) -> Iterator[list[Window]]:
    """Consecutive groups of windows of about `max_words` words (at least one each)."""
    group: list[Window] = []
    words = 0
    for window in items:
        if group and words + window.words > max_words:
            yield group
            group, words = [], 0
        group.append(window)
        words += window.words
    if group:
        yield group


def _cores(ranges: list[Span], max_chars: int, end: int) -> list[Span]:
    """Groups consecutive ranges into cores of about `max_chars` that tile `[0, end)`."""
    groups: list[list[Span]] = [[ranges[0]]]
    for span in ranges[1:]:
        if span[1] - groups[-1][0][0] > max_chars:
            groups.append([])
        groups[-1].append(span)
    starts = [0, *(group[0][0] for group in groups[1:])]
    return list(zip(starts, [*starts[1:], end], strict=True))


def _context_start(body: str, keep_start: int) -> int:
    """`CONTEXT_CHARS` before the core, moved forward to the start of a word."""
    start = max(0, keep_start - CONTEXT_CHARS)
    if start == 0:
        return 0
    space = _SPACE.search(body, start, keep_start)
    return space.end() if space is not None else start


def _context_end(body: str, keep_end: int) -> int:
    """`CONTEXT_CHARS` after the core, moved back to the end of a word."""
    end = min(len(body), keep_end + CONTEXT_CHARS)
    if end == len(body):
        return end
    cut = body.rfind(" ", keep_end, end)
    return cut if cut > keep_end else end


def confine(
    ranges: Sequence[Span], entities: Sequence[EntityTuple], sentences: Sequence[Span]
) -> tuple[list[EntityTuple], list[Span], Cuts]:
    """Entities and sentences cut to the paragraph they start in, with the count of cuts.

    An entity that runs past its paragraph's end keeps the part inside it (trimmed);
    one starting outside every paragraph, or left empty, is dropped. A sentence that
    spans paragraphs becomes one sentence per paragraph.
    """
    cuts = Cuts()
    starts = [start for start, _end in ranges]
    kept: list[EntityTuple] = []
    for start, end, label in entities:
        at = bisect_right(starts, start) - 1
        if at < 0 or start >= ranges[at][1]:
            cuts.entities_dropped += 1
            continue
        if end > ranges[at][1]:
            cuts.entities_cut += 1
            end = ranges[at][1]
        kept.append((start, end, label))
    pieces: list[Span] = []
    for start, end in sentences:
        parts = _within(ranges, starts, start, end)
        cuts.sentences_cut += max(0, len(parts) - 1)
        pieces.extend(parts)
    return kept, pieces, cuts


def _within(ranges: Sequence[Span], starts: list[int], start: int, end: int) -> list[Span]:
    """The non-empty parts of `[start, end)` inside each paragraph it touches."""
    at = max(0, bisect_right(starts, start) - 1)
    parts = []
    while at < len(ranges) and ranges[at][0] < end:
        low, high = max(start, ranges[at][0]), min(end, ranges[at][1])
        if low < high:
            parts.append((low, high))
        at += 1
    return parts


def _cut(body: str, start: int, end: int, limit: int) -> Iterator[Span]:
    """Splits a range longer than `limit` at sentence ends, else at spaces."""
    while end - start > limit:
        stop = start + limit
        cut = _cut_point(body, max(start + 1, stop - min(_CUT_WINDOW, limit // 2)), stop)
        piece_end = cut
        while piece_end > start and body[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _cut_point(body: str, low: int, limit: int) -> int:
    window = body[low:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return low + ends[-1]
    spaces = [m.end() for m in _SPACE.finditer(window)]
    return low + spaces[-1] if spaces else limit


def _spacy_safe(text: str) -> str:
    """Lone surrogates (from JSON escapes) break spaCy's string store: one char for one."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text
