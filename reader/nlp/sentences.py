"""Sentence bounds without spaCy: what the cursor walks before the NLP results arrive.

The entity worker delivers spaCy's sentences seconds after an article opens (or
never, for an article still queued); the reader must be able to select a sentence
at once. These rules split each paragraph (the ranges spaCy's results are cut to,
so no sentence crosses a paragraph) after `.`, `!` or `?` when the next word starts
like a sentence, except after common abbreviations and initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.article import Article
from reader.nlp.segments import paragraph_ranges

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr gen gov sen rep lt col capt sgt cmdr adm maj rev hon
    no nos vs etc inc corp ltd co bros dept est fig approx
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u e.g i.e a.m p.m
    """.split()
)
"""Words that end in a period without ending a sentence (compared lower case, no final dot)."""

_BREAK = re.compile(r"[.!?]+[\"'”’)\]]*(\s+)(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")
_WORD_BEFORE = re.compile(r"(\S+)$")

Span = tuple[int, int]


def rule_sentences(article: Article) -> tuple[Span, ...]:
    """Sentence ranges of the whole body, in order, trimmed of surrounding whitespace."""
    body = article.body
    return tuple(
        (low + start, low + end)
        for low, high in paragraph_ranges(article)
        for start, end in sentence_spans(body[low:high])
    )


def sentence_spans(text: str) -> Iterator[Span]:
    """Sentence ranges within one paragraph of text (already trimmed)."""
    start = 0
    for match in _BREAK.finditer(text):
        end = match.start(1)
        if _is_abbreviation(text[start:end]):
            continue
        yield start, end
        start = match.end(1)
    if start < len(text):
        yield start, len(text)


def _is_abbreviation(sentence: str) -> bool:
    """Whether the period ending `sentence` belongs to its last word (Mr., U.S., J.)."""
    if not sentence.endswith("."):
        return False
    found = _WORD_BEFORE.search(sentence)
    if found is None:
        return False
    word = found.group(1).lstrip("\"'“‘([").rstrip(".").casefold()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
