"""The `jsonl` format: one Prodigy task per article, ready for `prodigy db-in`.

Each line has the body as `text`, its `tokens` (`text`, `start`, `end`, `id`, `ws`,
as Prodigy's `ner.manual` shows them), one span per (annotation, tag) with `start`,
`end`, `token_start`, `token_end` (inclusive) and `label`, the `answer` the triage
state gives (`accept` for a kept or starred article, `reject` for a discarded one,
`ignore` for one only read or new), the article's details in `meta` (which Prodigy
shows under the task), the notes with their offsets, and `_input_hash`/`_task_hash`
computed the way Prodigy's `set_hashes` does (32-bit MurmurHash3 of the sorted-key
JSON of the input keys, then of the task keys prefixed with the input hash), so the
same export always gives the same hashes. Articles whose dump is not present have no
text and are left out.

Tokens are words and single punctuation marks, also split where a span starts or
ends, so every span falls on token boundaries as Prodigy requires.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from typing import Any

import orjson
from murmurhash.mrmr import hash as murmur

from reader.interchange.exporters.records import OFFSETS, Export, ExportArticle
from reader.text import json_out


def render(export: Export) -> bytes:
    """The tasks, one JSON object per line, in the export's article order."""
    return b"".join(
        json_out.dumps(task(article, article.body), newline=True)
        for article in export.articles
        if article.body is not None
    )


ANSWERS: dict[str, str] = {"kept": "accept", "starred": "accept", "discarded": "reject"}
"""Prodigy's answer per triage state; any other state is `ignore` (not decided)."""
_WORD = re.compile(r"\w+|[^\w\s]")
"""Every character that is not white space is in a token, so white space follows a token
exactly when the next one does not start where it ends. Matching between two cuts cuts
the words crossing them (the pattern has no anchors or look-behind)."""


def tokens(text: str, cuts: Iterable[int] = ()) -> list[dict[str, Any]]:
    """Prodigy tokens: words and punctuation, also cut at each offset in `cuts`; `ws` says
    whether white space follows (Prodigy joins token texts with it to show the text)."""
    edges = [0, *sorted(set(cuts)), len(text)]
    pieces = [
        match.span()
        for start, end in itertools.pairwise(edges)
        for match in _WORD.finditer(text, start, end)
    ]
    follows = [start for start, _ in pieces[1:]]
    if pieces:
        follows.append(len(text))
    return [
        {"text": text[start:end], "start": start, "end": end, "id": number, "ws": end != after}
        for number, ((start, end), after) in enumerate(zip(pieces, follows, strict=True))
    ]


def task(article: ExportArticle, text: str) -> dict[str, Any]:
    """One article's Prodigy task; `text` is its body (absent articles have none)."""
    tagged = [(a, tag) for a in article.annotations for tag in a["tags"]]
    made = tokens(text, (offset for a, _ in tagged for offset in (a["start"], a["end"])))
    starts = [token["start"] for token in made]
    spans = [
        {
            "start": a["start"],
            "end": a["end"],
            "token_start": bisect.bisect_right(starts, a["start"]) - 1,
            "token_end": bisect.bisect_left(starts, a["end"]) - 1,
            "label": tag,
            "annotation_id": a["id"],
        }
        for a, tag in tagged
    ]
    input_hash = _hash({"text": text})
    doc: dict[str, Any] = {
        "text": text,
        "tokens": made,
        "spans": spans,
        "answer": ANSWERS.get(article.state, "ignore"),
        "notes": [
            {"start": a["start"], "end": a["end"], "note": a["note"], "annotation_id": a["id"]}
            for a in article.annotations
            if a["note"]
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
