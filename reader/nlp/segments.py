"""The units of text the NLP pipeline sees: paragraphs, cut so nothing crosses them.

Feeding spaCy one paragraph at a time is what guarantees that no entity or sentence
crosses a paragraph boundary; it is also faster than whole bodies (shorter docs pad
less in a batch). A paragraph too long for one doc (a wall of text, a huge line in
an untrusted dump) is cut at a sentence end or a space near the limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reader.article import Article

MAX_SEGMENT_CHARS = 20_000
"""Longest text given to spaCy as one doc: far below its 1,000,000 limit, and small
enough that a huge paragraph still arrives progressively."""
_CUT_WINDOW = 2_000
"""How far back from the limit a long paragraph looks for a good place to cut."""
_LINE_RUN = re.compile(r"[^\n]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the body processed as one doc; `start` maps its offsets back."""

    start: int
    text: str

    @property
    def words(self) -> int:
        """Whitespace words: what progressive chunks are sized by."""
        return len(self.text.split())


def segments(article: Article) -> list[Segment]:
    """The article body as segments, in body order, with surrounding whitespace trimmed."""
    return [
        Segment(start, _spacy_safe(article.body[start:end]))
        for start, end in _ranges(article)
        for start, end in _cut(article.body, start, end)
    ]


def chunks(items: Sequence[Segment], max_words: int) -> Iterator[list[Segment]]:
    """Consecutive groups of segments of about `max_words` words (at least one each)."""
    group: list[Segment] = []
    words = 0
    for segment in items:
        if group and words + segment.words > max_words:
            yield group
            group, words = [], 0
        group.append(segment)
        words += segment.words
    if group:
        yield group


def _ranges(article: Article) -> Iterator[tuple[int, int]]:
    """Paragraph ranges clipped to the body, or its lines when there are no paragraphs."""
    body = article.body
    if not article.paragraphs:
        spans = ((m.start(), m.end()) for m in _LINE_RUN.finditer(body))
    else:
        spans = sorted((p.start, p.end) for p in article.paragraphs)
    done = 0
    for start, end in spans:
        start, end = max(start, done, 0), min(end, len(body))
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end:
            done = end
            yield start, end


def _cut(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Splits a range longer than `MAX_SEGMENT_CHARS` at sentence ends, else at spaces."""
    while end - start > MAX_SEGMENT_CHARS:
        limit = start + MAX_SEGMENT_CHARS
        cut = _cut_point(body, max(start + 1, limit - _CUT_WINDOW), limit)
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
