"""The `json` format: one document holding everything needed to restore the user's work.

It is the format `reader import` reads back exactly: the tag set (colours and
hotkeys), each article's triage state with its time, every annotation field, and
where each article came from. Its JSON Schema ships as
`reader/interchange/schemas/export-v3.schema.json`, beside those of versions 1 and 2
(`reader export --schema [VERSION]` prints one).

Version 2 added `present` to each article: version 1 set `title` and `source` to
null for an article whose dump was not present, version 2 gives them as the store
recorded them (null only when it never did), so presence needs its own field.
Version 3 added the corrections of the reading (`corrections`: breaks, welds and
retitles, in the order they apply) and each article's entity work (`entity_edits`,
`checked`), anchored on their text as annotations are: without them an import lost
every correction, the training data of checked articles, and the place of every
annotation on an article a correction made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.interchange.exporters.records import OFFSETS, AnnotationDoc, Export, ExportArticle
from reader.store.records import ArticleCorrection, EntityEdit
from reader.store.runs import DocumentRun
from reader.text import json_out

FORMAT = "reader-annotations"
"""The document's `format` value, how an importer recognises it."""

VERSION = 3
"""Bumped when a field changes meaning; importers refuse versions they do not know."""

READABLE_VERSIONS = (1, 2, 3)
"""The versions `reader import` reads (a version 1 file simply has no `present`, one of
version 1 or 2 no corrections and no entity work)."""


def schema_file(version: int = VERSION) -> str:
    """The file of a version's schema in the `reader.interchange` package's schemas folder:
    every version `reader import` reads keeps its own, so that a file an older reader wrote
    can still be checked against what it promised."""
    return f"export-v{version}.schema.json"


def document(export: Export, *, spliced: list[bytes | memoryview] | None = None) -> dict[str, Any]:
    """The export as plain JSON values (what `render` serialises and the schema describes).

    `spliced`, for `pieces` only: each article's annotations that came as a `DocumentRun`
    are its JSON, already indented for their place in the document, appended to this
    list, with `json_out.SPLICE` in their place: 100,000 annotations then cost neither a
    parse nor a serialisation, nor a copy into the document's bytes."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": export.exported,
        "offsets": OFFSETS,
        "model": None
        if export.model is None
        else {"name": export.model.name, "version": export.model.version},
        "tags": [
            {"name": tag.name, "colour": tag.colour, "hotkey": tag.hotkey} for tag in export.tags
        ],
        "corrections": [_correction(correction) for correction in export.corrections],
        "articles": [_article(article, export.with_text, spliced) for article in export.articles],
    }


def _correction(correction: ArticleCorrection) -> dict[str, Any]:
    """A break, weld or retitle with the text it is anchored on (its place in the list is
    its place in the order; an import gives it a place of its own)."""
    return {
        "id": correction.id,
        "kind": correction.kind,
        "source": correction.source,
        "title": correction.title,
        "head": correction.head,
        "before": correction.before,
        "new_title": correction.new_title,
        "created": correction.created,
    }


def pieces(export: Export) -> list[bytes | memoryview]:
    """The document, indented for people, UTF-8, with a final newline, as pieces written one
    after another (the runs' JSON among them as the snapshot held it)."""
    spliced: list[bytes | memoryview] = []
    return json_out.dumps_spliced(
        document(export, spliced=spliced), spliced, indent=True, newline=True
    )


def render(export: Export) -> bytes:
    """The document's bytes (`pieces` joined)."""
    return b"".join(pieces(export))


def _article(
    article: ExportArticle, with_text: bool, spliced: list[bytes | memoryview] | None
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "present": article.present,
        "meta": dict(article.meta),
        "state": article.state,
        "state_changed": article.state_changed,
    }
    if with_text and article.body is not None:
        doc["text"] = article.body
    if article.entities is not None:
        doc["entities"] = [
            {"start": e.start, "end": e.end, "label": e.label} for e in article.entities
        ]
    if article.story is not None:
        doc["story"] = article.story
    if article.story_state is not None:
        doc["story_state"] = article.story_state
    if article.entity_edits:
        doc["entity_edits"] = [_entity_edit(edit) for edit in article.entity_edits]
    if article.checked is not None:
        doc["checked"] = article.checked
    doc["annotations"] = _annotations(article.annotations, spliced)
    return doc


def _entity_edit(edit: EntityEdit) -> dict[str, Any]:
    """An entity correction as the store keeps it, but its article (the one holding it)."""
    return {
        "id": edit.id,
        "start": edit.start,
        "end": edit.end,
        "quote": edit.quote,
        "prefix": edit.prefix,
        "suffix": edit.suffix,
        "kind": edit.kind,
        "label": edit.label,
        "created": edit.created,
        "orphaned": edit.orphaned,
    }


def _annotations(
    annotations: Sequence[AnnotationDoc], spliced: list[bytes | memoryview] | None
) -> object:
    """The annotations as the document holds them: already in this format's shape."""
    if spliced is not None and isinstance(annotations, DocumentRun):
        spliced.append(annotations.buffer)  # indented and escaped for its place here
        return json_out.SPLICE
    return list(annotations)
