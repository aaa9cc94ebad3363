"""The `jsonl` format: one Prodigy task per article, ready for `prodigy db-in`.

Each line has the body as `text`, one span per (annotation, tag) with `start`,
`end`, `label`, the article's details in `meta` (which Prodigy shows under the
task), the notes with their offsets, and `_input_hash`/`_task_hash` computed the
way Prodigy's `set_hashes` does (32-bit MurmurHash3 of the sorted-key JSON of the
input keys, then of the task keys prefixed with the input hash), so the same
export always gives the same hashes. Articles whose dump is not present have no
text and are left out.
"""

from __future__ import annotations

from typing import Any

import orjson
from murmurhash.mrmr import hash as murmur

from reader.interchange.exporters.records import OFFSETS, Export, ExportArticle
from reader.text import json_out


def render(export: Export) -> bytes:
    """The tasks, one JSON object per line, in the export's article order."""
    return b"".join(
        json_out.dumps(task(article, article.body)) + b"\n"
        for article in export.articles
        if article.body is not None
    )


def task(article: ExportArticle, text: str) -> dict[str, Any]:
    """One article's Prodigy task; `text` is its body (absent articles have none)."""
    spans = [
        {"start": a.start, "end": a.end, "label": tag, "annotation_id": a.id}
        for a in article.annotations
        for tag in a.tags
    ]
    input_hash = _hash({"text": text})
    doc: dict[str, Any] = {
        "text": text,
        "spans": spans,
        "notes": [
            {"start": a.start, "end": a.end, "note": a.note, "annotation_id": a.id}
            for a in article.annotations
            if a.note
        ],
        "meta": {
            **article.meta,
            "article_id": article.id,
            "title": article.title,
            "source": article.source,
            "state": article.state,
            "offsets": OFFSETS,
            **({"story": article.story} if article.story is not None else {}),
        },
        "_input_hash": input_hash,
        "_task_hash": _hash({"spans": spans}, prefix=str(input_hash)),
    }
    if article.entities is not None:
        doc["entities"] = [
            {"start": e.start, "end": e.end, "label": e.label} for e in article.entities
        ]
    return doc


def _hash(values: dict[str, Any], prefix: str = "") -> int:
    """A signed 32-bit MurmurHash3, the integer type Prodigy stores hashes as."""
    return int(murmur(prefix + orjson.dumps(values, option=orjson.OPT_SORT_KEYS).decode()))
