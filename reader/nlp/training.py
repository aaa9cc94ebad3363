"""Checked articles as spaCy `Doc`s: the training data `reader export -f spacy` writes.

A checked article's true entities are set on a `Doc` made by the pipeline's own
tokenizer, every other token "outside" (`O`), so an article checked with no entity
teaches "no entities here". A span that does not fall on token boundaries is
reported and left out, never moved: moving it would teach a span the user never
marked. Its tokens are left missing (neither in an entity nor `O`, as spaCy's own
`offsets_to_biluo_tags` leaves a misaligned span's `-`): `O` there would teach that
the name the user marked is no entity. spaCy is imported by the functions that need
it, never at import time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.analysis import Entity
from reader.article import Article
from reader.text.safe import without_surrogates

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """A checked article and its true entities."""

    article: Article
    entities: tuple[Entity, ...]


@dataclass(frozen=True, slots=True)
class Misaligned:
    """A checked span the tokenizer cuts through: reported, left out of the export."""

    article: Article
    entity: Entity

    def describe(self) -> str:
        """One line naming the article, the span and its label."""
        text = self.article.body[self.entity.start : self.entity.end]
        return (
            f"{self.article.id} “{self.article.title[:40]}”: {self.entity.label} "
            f"“{text[:40]}” ({self.entity.start}..{self.entity.end}) is not on token boundaries"
        )


def gold_doc(nlp: Language, gold: GoldArticle) -> tuple[Doc, list[Misaligned]]:
    """The article as a `Doc` of the pipeline's tokens with its entities set; a lone
    surrogate, which spaCy's string store cannot hold, is U+FFFD in it (one for one)."""
    doc = nlp.make_doc(without_surrogates(gold.article.body))
    spans = []
    unknown = []
    misaligned: list[Misaligned] = []
    for entity in sorted(gold.entities, key=lambda e: (e.start, e.end)):
        span = doc.char_span(entity.start, entity.end, label=entity.label)
        if span is None:
            misaligned.append(Misaligned(gold.article, entity))
            unknown.append(doc.char_span(entity.start, entity.end, alignment_mode="expand"))
        else:
            spans.append(span)
    taken = {i for span in spans for i in range(span.start, span.end)}
    missing = [s for s in unknown if s is not None and taken.isdisjoint(range(s.start, s.end))]
    doc.set_ents(spans, missing=missing, default="outside")
    return doc, misaligned


def docbin_bytes(nlp: Language, golds: Sequence[GoldArticle]) -> tuple[bytes, list[Misaligned]]:
    """The serialised `DocBin` of these articles and the spans left out of it."""
    from spacy.tokens import DocBin

    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    misaligned: list[Misaligned] = []
    for gold in golds:
        doc, problems = gold_doc(nlp, gold)
        docbin.add(doc)
        misaligned.extend(problems)
    return docbin.to_bytes(), misaligned


def pipeline_tokens(nlp: Language, body: str) -> tuple[tuple[int, int], ...]:
    """The tokens `nlp` makes of `body`, white space left out: the only places an entity
    marked in the app can start and end for the spaCy export to keep it (`gold_doc`)."""
    doc = nlp.make_doc(without_surrogates(body))
    return tuple((token.idx, token.idx + len(token.text)) for token in doc if not token.is_space)
