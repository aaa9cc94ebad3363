"""What an import file holds once read and checked, whatever its format."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.store import Annotation, ArticleRecord, StateRecord, Tag
from reader.store.records import ArticleCorrection, EntityEdit


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """The records of one import file, all checked, none yet written."""

    format: str
    """The format the file was recognised as (`json`, `w3c`, `jsonl`, `doccano` or `brat`)."""
    annotations: tuple[Annotation, ...]
    states: dict[str, StateRecord] = field(default_factory=dict)
    tags: tuple[Tag, ...] | None = None
    """The file's tag set; None when the format has none (W3C names tags, not colours)."""
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    """Each article's title and dump, when the file names them (W3C files do not)."""
    corrections: tuple[ArticleCorrection, ...] = ()
    """The breaks, welds and retitles, in the order they apply; each `source` as the file
    writes it (relative to the exporting workspace when the dump was inside it)."""
    entity_edits: tuple[EntityEdit, ...] = ()
    """The user's entity corrections, each on its article as annotations are."""
    checked: dict[str, str] = field(default_factory=dict)
    """When each checked article was checked, by article id."""
    dumps: dict[str, str] = field(default_factory=dict)
    """The dump each article is in, by article id, as the file names it: where an import
    looks for the home of an annotation whose article it does not hold."""
    timed: bool = True
    """Whether its annotations and states carry their times, so the newer of the file's and
    the store's wins; without (Prodigy and doccano lines, brat), the store's stays, taking
    the file's tags it lacks and the file's note under its own (`importer._merged`), and
    an entity edit over the same characters as one it holds stays (`merged_edits`)."""
    left_out_entities: int = 0
    """Entity spans the file holds but does not stand by (a Prodigy task rejected or
    ignored): not imported, and counted so the summary says so."""
    unchecked: tuple[int, tuple[str, ...]] = (0, ())
    """Tasks accepted in Prodigy's manual NER view that check no article, some of their
    spans' labels being no entity labels, and those labels (`EntitySpans.judged`)."""
