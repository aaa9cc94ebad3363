"""The records a dump is split into: every other layer reads these and nothing else."""

from __future__ import annotations

import hashlib
import operator
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any, Literal

ParagraphKind = Literal["paragraph", "subheading", "list_item", "highlights"]
"""How a stretch of body text is shown: running text, a subhead, a bullet, a highlights box."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A char range of `Article.body`, so views and NLP never re-split the text."""

    start: int
    end: int
    kind: ParagraphKind = "paragraph"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a call with the fields: big dumps come from another process in
        pickles, and this halves the time of the dataclass's own field-by-field state."""
        return Paragraph, _PARAGRAPH_FIELDS(self)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a dump; `id` is a content hash so annotations survive re-splitting."""

    id: str
    source: str
    index: int
    title: str
    body: str
    paragraphs: tuple[Paragraph, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        """The text of one paragraph, sliced from the body the offsets index."""
        return self.body[paragraph.start : paragraph.end]

    @property
    def word_count(self) -> int:
        """Words in the body: what reading-time and throughput figures are based on."""
        return len(self.body.split())

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form used by `reader articles --json` and the exporters."""
        return {
            "id": self.id,
            "source": self.source,
            "index": self.index,
            "title": self.title,
            "body": self.body,
            "paragraphs": [
                {"start": p.start, "end": p.end, "kind": p.kind} for p in self.paragraphs
            ],
            "meta": dict(self.meta),
        }

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a call with the fields, as `Paragraph` is."""
        return Article, _ARTICLE_FIELDS(self)


_PARAGRAPH_FIELDS = operator.attrgetter(*(f.name for f in fields(Paragraph)))
_ARTICLE_FIELDS = operator.attrgetter(*(f.name for f in fields(Article)))


def normalize_for_id(text: str) -> str:
    """Folds what copy-paste changes (Unicode form, spacing, line ends) before hashing."""
    if not text.isascii():  # ASCII is already in every normal form
        text = unicodedata.normalize("NFC", text)
    # A split body's only spacing is one space between words and a blank line between
    # paragraphs: then this is the same as splitting it into words, at a third the cost.
    flat = text.replace("\n\n", " ")
    if flat.isprintable() and "  " not in flat and flat[:1] != " " and flat[-1:] != " ":
        return flat
    return " ".join(text.split())


def article_id(title: str, body: str) -> str:
    """The stable id: the same title and body give the same id in any dump."""
    digest = hashlib.sha256()
    digest.update(normalize_for_id(title).encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(normalize_for_id(body).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]
