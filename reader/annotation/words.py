"""Words for a new entity: a selection that moves and grows a token at a time.

An annotator marks a name the model missed ("Bank of England") by its words, as Prodigy
snaps a drag to tokens, not by its sentence: `w` and `b` move a one-word selection, `v`
anchors it, and then `w` and `b` grow or shrink it a word at a time (the vim way the
sentence selection already works). The tokens are the pipeline's own when it is loaded
(`reader.nlp.training.token_spans`: every span marked so is one the spaCy export keeps),
`rough_tokens` before. A selection never crosses a paragraph break, as an entity's edges
never do (`entity_edits.move_edge`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.annotation.entity_edits import token_spans

Span = tuple[int, int]
"""Body offsets `[start, end)`."""
_BREAK = re.compile(r"\n\n")
"""A paragraph break, as `entity_edits.move_edge` finds them."""


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

    def __len__(self) -> int:
        return len(self.tokens)

    def at(self, offset: int) -> int:
        """The token holding `offset`, else the next one (the last at the end)."""
        return min(bisect_right(self._ends, offset), len(self.tokens) - 1)

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
        """The word at `offset`, not anchored."""
        index = words.at(offset)
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
        """How many tokens it covers."""
        return abs(self.head - self.anchor) + 1

    def step(self, by: int) -> WordSelection:
        """`by` tokens on (negative: back): the word moved, or, anchored, the head moved so
        the run grows or shrinks; the same selection where there is nowhere to go (the
        text's end, or a paragraph break an anchored run may not cross)."""
        head = self.head + by
        if not 0 <= head < len(self.words):
            return self
        if not self.anchored:
            return replace(self, anchor=head, head=head)
        if not self.words.same_paragraph(self.anchor, head):
            return self
        return replace(self, head=head)

    def anchor_here(self) -> WordSelection:
        """`v`: the run grows from here on."""
        return replace(self, anchored=True)
