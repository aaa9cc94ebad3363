"""The `doccano` format: JSONL for a doccano sequence-labelling project.

Each line has `text` and `label: [[start, end, tag], ...]` (one entry per tag of
each annotation), the notes as doccano's `Comments` (the note texts, in text
order) and again with their offsets under `notes`; the other keys become the
example's metadata in doccano. Articles whose dump is not present are left out.
Offsets count UTF-16 code units, as doccano reads and writes them (`reader.text.utf16`),
not code points as every other format does.
"""

from __future__ import annotations

from typing import Any

from reader.interchange.exporters.records import Export, ExportArticle
from reader.text import json_out
from reader.text.utf16 import utf16_offsets

OFFSETS = "UTF-16 code units: JavaScript string indices into text, as doccano counts them"
"""What a doccano line's offsets count (its `offsets` key)."""


def pieces(export: Export) -> list[bytes]:
    """The examples, one JSON object per line: one piece per line, written one after
    another, never joined into one buffer."""
    return [
        json_out.dumps(example(article), newline=True)
        for article in export.articles
        if article.body is not None
    ]


def example(article: ExportArticle) -> dict[str, Any]:
    """One article as a doccano example (the article must have a body)."""
    noted = [a for a in article.annotations if a["note"]]
    unit = utf16_offsets(article.body)
    doc: dict[str, Any] = {
        "text": article.body,
        "label": [
            [unit(a["start"]), unit(a["end"]), t] for a in article.annotations for t in a["tags"]
        ],
        "Comments": [a["note"] for a in noted],
        "notes": [[unit(a["start"]), unit(a["end"]), a["note"]] for a in noted],
        "article_id": article.id,
        "title": article.title,
        "source": article.source,
        "state": article.state,
        "meta": dict(article.meta),
        "offsets": OFFSETS,
    }
    if article.entities is not None:
        doc["entities"] = [[unit(e.start), unit(e.end), e.label] for e in article.entities]
    return doc
