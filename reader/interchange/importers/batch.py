"""What an import file holds once read and checked, whatever its format."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.store import Annotation, ArticleRecord, StateRecord, Tag


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """The records of one import file, all checked, none yet written."""

    format: str
    """The format the file was recognised as (`json` or `w3c`)."""
    annotations: tuple[Annotation, ...]
    states: dict[str, StateRecord] = field(default_factory=dict)
    tags: tuple[Tag, ...] | None = None
    """The file's tag set; None when the format has none (W3C names tags, not colours)."""
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    """Each article's title and dump, when the file names them (W3C files do not)."""
