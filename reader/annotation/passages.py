"""The passage an annotation key acts on: a sentence cursor, a selection, or a dragged range.

Pure state over body offsets, kept apart from the widget that draws it so every
movement rule is unit-tested. The cursor sits on a sentence; `j`/`k` move it by
sentence and `J`/`K` by paragraph; `v` anchors a selection that later moves extend;
`p` selects the cursor's paragraph; a mouse drag selects an exact range (snapped to
whole words). Positions are kept as offsets, not sentence numbers, so a new set of
sentence bounds (spaCy's arriving after the rule fallback) keeps the reader's place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TypeGuard

from reader.analysis import Analysis
from reader.article import Article
from reader.nlp.sentences import rule_sentences

Span = tuple[int, int]
"""Body offsets `[start, end)`."""


def article_sentences(article: Article, analysis: Analysis | None) -> Sentences:
    """spaCy's sentences once the article's analysis is complete, the rule fallback before.

    A partial analysis (a big article still being processed) has sentences for part
    of the text only, so the rules serve until the whole text is done.
    """
    if gives_sentences(analysis):
        spans: Sequence[Span] = analysis.sentences
    else:
        spans = rule_sentences(article)
    paragraphs = [(p.start, p.end) for p in article.paragraphs] or [(0, len(article.body))]
    return Sentences(spans, paragraphs)


def gives_sentences(analysis: Analysis | None) -> TypeGuard[Analysis]:
    """Whether `analysis` gives the article's sentences (complete, with them): until then
    the rules' are the article's, and no partial result changes them."""
    return analysis is not None and analysis.complete and bool(analysis.sentences)


class Sentences:
    """Sentence bounds of one body, grouped by the paragraph each one starts in."""

    def __init__(self, sentences: Sequence[Span], paragraphs: Sequence[Span]) -> None:
        self._spans = sorted((s, e) for s, e in sentences if e > s)
        self._starts = [start for start, _ in self._spans]
        paragraph_starts = sorted(start for start, _ in paragraphs)
        self._paragraph = [
            max(bisect_right(paragraph_starts, start) - 1, 0) for start in self._starts
        ]

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, index: int) -> Span:
        return self._spans[index]

    def index_at(self, offset: int) -> int:
        """The sentence holding `offset`, else the last one before it (0 before the first)."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def paragraph_of(self, index: int) -> int:
        """The paragraph number of sentence `index` (sentences share it when in one paragraph)."""
        return self._paragraph[index]

    def first_in_paragraph(self, index: int) -> int:
        """The first sentence of the paragraph sentence `index` is in."""
        paragraph = self._paragraph[index]
        while index > 0 and self._paragraph[index - 1] == paragraph:
            index -= 1
        return index

    def last_in_paragraph(self, index: int) -> int:
        """The last sentence of the paragraph sentence `index` is in."""
        paragraph = self._paragraph[index]
        while index + 1 < len(self._spans) and self._paragraph[index + 1] == paragraph:
            index += 1
        return index


class PassageCursor:
    """Where the reader is in one article, and what they have selected."""

    def __init__(self, sentences: Sentences) -> None:
        self._sentences = sentences
        self._cursor = sentences[0][0] if len(sentences) else 0
        self._anchor: int | None = None
        self._range: Span | None = None

    @property
    def sentences(self) -> Sentences:
        """The sentence bounds the cursor moves over."""
        return self._sentences

    def rebase(self, sentences: Sentences) -> None:
        """Takes new sentence bounds for the same body, keeping the cursor and selection."""
        self._sentences = sentences

    @property
    def offset(self) -> int:
        """The body offset the cursor was put at (its sentence holds it), kept across
        new sentence bounds: what a click in a text without sentences yet leaves."""
        return self._cursor

    @property
    def index(self) -> int | None:
        """The cursor's sentence number, or None in a body without sentences."""
        return self._sentences.index_at(self._cursor) if len(self._sentences) else None

    @property
    def sentence(self) -> Span | None:
        """The cursor's sentence."""
        index = self.index
        return None if index is None else self._sentences[index]

    @property
    def selecting(self) -> bool:
        """Whether `v` anchored a selection that movement extends."""
        return self._anchor is not None and len(self._sentences) > 0

    @property
    def selection(self) -> Span | None:
        """The selected range (anchored sentences or a dragged range), if any."""
        if self._range is not None:
            return self._range
        index = self.index
        if self._anchor is None or index is None:
            return None
        anchor = self._sentences.index_at(self._anchor)
        return self._sentences[min(anchor, index)][0], self._sentences[max(anchor, index)][1]

    @property
    def target(self) -> Span | None:
        """What an annotation key applies to: the selection, else the cursor's sentence."""
        return self.selection or self.sentence

    def move(self, sentences: int) -> None:
        """Moves by sentences (negative: back), extending an anchored selection."""
        index = self._start_moving()
        if index is not None:
            self._go(index + sentences)

    def move_paragraph(self, forward: bool) -> None:
        """J/K: to the next paragraph's first sentence, or back to this or the previous one's.

        While selecting, J goes to the end of the paragraph first (so the selection
        takes whole paragraphs), and K to its start.
        """
        index = self._start_moving()
        if index is None:
            return
        sentences = self._sentences
        if forward:
            last = sentences.last_in_paragraph(index)
            if last + 1 >= len(sentences):
                self._go(last)
            elif self.selecting:
                self._go(last if index < last else sentences.last_in_paragraph(last + 1))
            else:
                self._go(last + 1)
        else:
            first = sentences.first_in_paragraph(index)
            self._go(first if index > first else sentences.first_in_paragraph(max(first - 1, 0)))

    def toggle_selection(self) -> None:
        """`v`: anchors a selection at the cursor's sentence, or drops the one there is."""
        if self._range is not None or self._anchor is not None:
            self.clear()
        elif len(self._sentences):
            self._anchor = self._cursor

    def select_paragraph(self) -> None:
        """`p`: selects every sentence of the cursor's paragraph."""
        index = self._start_moving()
        if index is None:
            return
        self._anchor = self._sentences[self._sentences.first_in_paragraph(index)][0]
        self._go(self._sentences.last_in_paragraph(index))

    def select_range(self, start: int, end: int) -> None:
        """Selects exactly `[start, end)` (a drag, or an annotation jumped to)."""
        self._anchor = None
        self._range = (start, end)
        self._cursor = start

    def place(self, offset: int) -> None:
        """Puts the cursor on the sentence at `offset`, dropping any selection."""
        self.clear()
        self._cursor = offset

    def clear(self) -> bool:
        """Drops the selection; says whether there was one."""
        had = self._anchor is not None or self._range is not None
        self._anchor = None
        self._range = None
        return had

    def _start_moving(self) -> int | None:
        """The sentence movement starts from; a dragged range gives way to the cursor."""
        if self._range is not None:
            self._range = None
        return self.index

    def _go(self, index: int) -> None:
        self._cursor = self._sentences[min(max(index, 0), len(self._sentences) - 1)][0]


def snap_to_words(body: str, start: int, end: int) -> Span | None:
    """A dragged range widened to whole words and trimmed of whitespace; None if blank."""
    start, end = max(min(start, end), 0), min(max(start, end), len(body))
    while start > 0 and start < len(body) and _in_word(body, start) and _in_word(body, start - 1):
        start -= 1
    while 0 < end < len(body) and _in_word(body, end) and _in_word(body, end - 1):
        end += 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _in_word(body: str, offset: int) -> bool:
    char = body[offset]
    return char.isalnum() or char in "'’-_"
