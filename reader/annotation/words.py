"""Words for a new entity: a selection that moves and grows a word at a time.

An annotator marks a name the model missed ("Bank of England") by its words, as Prodigy
snaps a drag to tokens, not by its sentence: `w` and `b` move a one-word selection, `v`
anchors it, and then `w` and `b` grow or shrink it a word at a time (the vim way the
sentence selection already works). The tokens are the pipeline's own when it is loaded
(`reader.nlp.training.token_spans`: every span marked so is one the spaCy export keeps),
`rough_tokens` before. A key steps over tokens of punctuation alone, as an editor's `w`
does (a press for each comma and quote mark stood between the annotator and the next
name), while a selection's edges stay on token edges. A selection never crosses a
paragraph break, as an entity's edges never do (`entity_edits.move_edge`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from reader.annotation.entity_edits import token_spans

Span = tuple[int, int]
"""Body offsets `[start, end)`."""
_BREAK = re.compile(r"\n\n")
"""A paragraph break, as `entity_edits.move_edge` finds them."""
_WORDY = re.compile(r"\w")
"""What makes a token a word the keys stop on (a letter or a digit: "'s" is one, "," not)."""


def rough_tokens(body: str) -> tuple[Span, ...]:
    """The body's words and marks by the pattern entity edges move by (close to spaCy's):
    the tokens before the pipeline is loaded."""
    return token_spans(body, 0, len(body))


class Words:
    """One body's tokens (white space left out), with the paragraph each one is in."""

    def __init__(self, body: str, tokens: Sequence[Span]) -> None:
        self.tokens = tuple(sorted(t for t in tokens if t[1] > t[0]))
        self._ends = [end for _, end in self.tokens]
        self._starts = [start for start, _ in self.tokens]
        breaks = [match.start() for match in _BREAK.finditer(body)]
        self._paragraph = [bisect_right(breaks, start) for start in self._starts]
        self._wordy = [_WORDY.search(body, start, end) is not None for start, end in self.tokens]

    def __len__(self) -> int:
        return len(self.tokens)

    def at(self, offset: int) -> int:
        """The token holding `offset`, else the next one (the last at the end)."""
        return min(bisect_right(self._ends, offset), len(self.tokens) - 1)

    def word_at(self, offset: int) -> int:
        """The word at `offset` (`at`); on punctuation, the next word in its paragraph, else
        the one before it there, else the punctuation itself (a paragraph of marks)."""
        index = self.at(offset)
        if self._wordy[index]:
            return index
        for found in (self.next_word(index, 1), self.next_word(index, -1)):
            if found is not None and self.same_paragraph(found, index):
                return found
        return index

    def words_in(self, first: int, last: int) -> int:
        """How many of the tokens `first`..`last` are words."""
        return sum(self._wordy[first : last + 1])

    def next_word(self, index: int, direction: int) -> int | None:
        """The next token after `index` (`direction` -1: before it) that is a word, not
        punctuation alone; None at the text's end."""
        index += direction
        while 0 <= index < len(self.tokens):
            if self._wordy[index]:
                return index
            index += direction
        return None

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """The first and last tokens of a range (an entity the cursor is on)."""
        first = self.at(start)
        return first, max(first, bisect_left(self._starts, end) - 1)

    def same_paragraph(self, one: int, other: int) -> bool:
        """Whether two tokens are in one paragraph (a selection may join them)."""
        return self._paragraph[one] == self._paragraph[other]


@dataclass(frozen=True, slots=True)
class WordSelection:
    """A run of tokens from `anchor` to `head` (either way round); `anchored` once `v`
    fixed its anchor, so that `step` grows it rather than moving it."""

    words: Words
    anchor: int
    head: int
    anchored: bool = False

    @classmethod
    def at(cls, words: Words, offset: int) -> WordSelection:
        """The word at `offset` (`Words.word_at`), not anchored."""
        index = words.word_at(offset)
        return cls(words, index, index)

    @classmethod
    def over(cls, words: Words, start: int, end: int) -> WordSelection:
        """The words of a range, anchored at its first (`v` on an entity: `w` lengthens it)."""
        first, last = words.covering(start, end)
        return cls(words, first, last, anchored=True)

    @property
    def span(self) -> Span:
        """The body range the selection covers."""
        first, last = sorted((self.anchor, self.head))
        return self.words.tokens[first][0], self.words.tokens[last][1]

    @property
    def count(self) -> int:
        """How many words it covers, as the footer counts them (marks alone: its tokens)."""
        first, last = sorted((self.anchor, self.head))
        return self.words.words_in(first, last) or last - first + 1

    def step(self, by: int) -> WordSelection:
        """`by` words on (negative: back), over punctuation alone: the word moved, or,
        anchored, the head moved so the run grows or shrinks (taking the marks between);
        the same selection where there is nowhere to go (no word to the text's end, or a
        paragraph break an anchored run may not cross)."""
        head: int | None = self.head
        for _ in range(abs(by)):
            head = self.words.next_word(head, 1 if by > 0 else -1)
            if head is None:
                return self
        if not self.anchored:
            return replace(self, anchor=head, head=head)
        if not self.words.same_paragraph(self.anchor, head):
            return self
        return replace(self, head=head)

    def stuck(self, by: int) -> Literal["text", "paragraph"] | None:
        """Why `step(by)` leaves the selection as it is: no word on to the text's end (or
        back to its start), or a paragraph break an anchored run may not cross; None when
        it moves."""
        head: int | None = self.head
        for _ in range(abs(by)):
            head = self.words.next_word(head, 1 if by > 0 else -1)
            if head is None:
                return "text"
        if self.anchored and not self.words.same_paragraph(self.anchor, head):
            return "paragraph"
        return None

    def anchor_here(self) -> WordSelection:
        """`v`: the run grows from here on."""
        return replace(self, anchored=True)
