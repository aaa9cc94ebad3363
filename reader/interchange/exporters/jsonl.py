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
ends, so every span falls on token boundaries as Prodigy requires. White space is kept as
spaCy keeps it: one space after a token is its `ws`, any other run (a paragraph break, a
second space, a tab) is a token of its own, so the tokens joined with their `ws` give the
text back and a `Doc(words, spaces)` made of them holds every span's characters.

With the workspace's cache folder (`Export.cache_dir`) an article's tokens, serialised,
are kept for the next export of the same body and cuts (`token_cache`), which then only
splices them in; so are its spans with the task hash, for the same body, cuts and
annotations (id, offsets, tags).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable
from typing import Any

import orjson
from murmurhash.mrmr import hash as murmur

from reader.interchange.exporters.records import OFFSETS, AnnotationDoc, Export, ExportArticle
from reader.interchange.exporters.token_cache import TokenCache
from reader.text import json_out
from reader.text.safe import without_surrogates


def pieces(export: Export) -> list[bytes]:
    """The tasks, one JSON object per line, in the export's article order: one piece per
    line, written one after another (joined, 90 MB at 100,000 annotations were copied
    once more into fresh pages)."""
    cache = None if export.cache_dir is None else TokenCache(export.cache_dir, _TOKENS_KEY)
    lines = [
        json_out.dumps(task(article, article.body, cache), newline=True)
        for article in export.articles
        if article.body is not None
    ]
    if cache is not None:
        cache.save()
    return lines


ANSWERS: dict[str, str] = {"kept": "accept", "starred": "accept", "discarded": "reject"}
"""Prodigy's answer per triage state; any other state is `ignore` (not decided)."""
_SPAN = operator.itemgetter("start", "end")
_START = operator.itemgetter("start")
_END = operator.itemgetter("end")
_TAGS = operator.itemgetter("tags")
_ID = operator.itemgetter("id")
_SPAN_INPUT = operator.itemgetter("id", "start", "end", "tags")
"""What an annotation gives its spans: with the text and its cuts, the whole spans list."""
_WORD = re.compile(r"\w+|[^\w\s]")
"""Every character that is not white space is in a token, so white space follows a token
exactly when the next one does not start where it ends. The pattern has no anchors or
look-behind, so matching the whole text and cutting the tokens a cut falls inside gives
the tokens of matching between the cuts."""
_GAP = re.compile(r"[^\S ]\s*| \s+")
"""The runs of white space spaCy's tokenizer makes a token of: all but a lone space (the
most common gap, no match, and the one pattern opening on a character class keeps the scan
fast). A run opening with a space after a token gives that space to the token's `ws`
(`_gap_token`); a lone space opening the text is a token too (`token_edges`)."""
_TOKENS_KEY = f"{_WORD.pattern} {_GAP.pattern}"
"""What the token cache's entries were made by: tokens of another scheme are never read."""


def token_edges(text: str, cuts: Iterable[int] = ()) -> tuple[list[int], list[int]]:
    """Where Prodigy's tokens start and end: words, punctuation marks and the white space
    spaCy makes a token of, also cut at each offset in `cuts` that falls inside one.
    Matched once over the whole text, and every step but the few runs of white space a
    C-level call (matching between 100 cuts per article was half of the export)."""
    edges = list(itertools.chain.from_iterable(map(re.Match.span, _WORD.finditer(text))))
    starts, ends = edges[0::2], edges[1::2]
    gaps = list(map(_gap_token, _GAP.finditer(text)))
    if text[:1] == " " and not text[1:2].isspace():
        gaps.insert(0, (0, 1))
    if gaps:  # few: paragraph breaks, double spaces
        starts = sorted(starts + [start for start, _end in gaps])
        ends = sorted(ends + [end for _start, end in gaps])
    offsets = sorted(set(cuts))
    # a cut is inside a token when more tokens start before it than end at or before it
    inside = list(
        itertools.compress(
            offsets,
            map(
                operator.ne,
                map(bisect.bisect_left, itertools.repeat(starts), offsets),
                map(bisect.bisect_right, itertools.repeat(ends), offsets),
            ),
        )
    )
    if inside:  # each ends one piece and starts the next
        starts = sorted(starts + inside)
        ends = sorted(ends + inside)
    return starts, ends


def _gap_token(match: re.Match[str]) -> tuple[int, int]:
    """Where a run of white space's token lies: the run, less a space opening it after a
    token (that one is the token's `ws`)."""
    start, end = match.span()
    return (start + 1, end) if start and match.group().startswith(" ") else (start, end)


def tokens(text: str, starts: list[int], ends: list[int]) -> list[dict[str, Any]]:
    """Prodigy's tokens at these edges; `ws` says whether one space follows (Prodigy and
    spaCy join token texts with it to give the text back)."""
    follows = [*starts[1:], len(text)]  # one too many only when there are no tokens
    return [
        {"text": text[start:end], "start": start, "end": end, "id": number, "ws": end != after}
        for number, (start, end, after) in enumerate(zip(starts, ends, follows, strict=False))
    ]


def task(article: ExportArticle, text: str, cache: TokenCache | None = None) -> dict[str, Any]:
    """One article's Prodigy task; `text` is its body (absent articles have none). Its
    tokens come from `cache` when it holds them (and are kept there when not). A lone
    surrogate, which UTF-8 cannot hold, is written as U+FFFD (one for one, offsets kept):
    the input hash, which serialises the text first, finds it at no cost to other text."""
    try:
        input_hash = _hash({"text": text})
    except orjson.JSONEncodeError:
        text = without_surrogates(text)
        input_hash = _hash({"text": text})
    annotations = article.annotations
    tagged = [a for a in annotations for _tag in a["tags"]]  # once per span
    offsets = sorted(set(itertools.chain.from_iterable(map(_SPAN, tagged))))
    if cache is None:
        serialised, starts = _serialised_tokens(text, offsets)
        spans, task_hash = _serialised_spans(annotations, tagged, starts, input_hash)
    else:
        serialised, starts = cache.tokens(text, offsets, lambda: _serialised_tokens(text, offsets))
        inputs = orjson.dumps(list(map(_SPAN_INPUT, annotations)))
        spans, hashes = cache.spans(
            text,
            offsets,
            inputs,
            lambda: _cached_spans(_serialised_spans(annotations, tagged, starts, input_hash)),
        )
        task_hash = hashes[0]
    doc: dict[str, Any] = {
        "text": text,
        "tokens": orjson.Fragment(serialised),
        "spans": orjson.Fragment(spans),
        "answer": ANSWERS.get(article.state, "ignore"),
        "notes": [
            {"start": a["start"], "end": a["end"], "note": a["note"], "annotation_id": a["id"]}
            for a in annotations
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
        "_task_hash": task_hash,
    }
    if article.entities is not None:
        doc["entities"] = [
            {"start": e.start, "end": e.end, "label": e.label} for e in article.entities
        ]
    return doc


def _serialised_tokens(text: str, offsets: list[int]) -> tuple[bytes, list[int]]:
    """The tokens list as orjson writes it inside the task, and where each token starts
    (DEL and C1 controls are escaped with the whole line)."""
    starts, ends = token_edges(text, offsets)
    return orjson.dumps(tokens(text, starts, ends)), starts


def _serialised_spans(
    annotations: tuple[AnnotationDoc, ...],
    tagged: list[AnnotationDoc],
    starts: list[int],
    input_hash: int,
) -> tuple[bytes, int]:
    """The spans list as orjson writes it inside the task (one per tag of each annotation,
    with the tokens it starts and ends on), and the task hash made of them."""
    # every step over the spans a C-level map but the one display that makes each dict
    span_starts = list(map(_START, tagged))
    span_ends = list(map(_END, tagged))
    spans = [
        {
            "start": start,
            "end": end,
            "token_start": first - 1,
            "token_end": last - 1,
            "label": tag,
            "annotation_id": annotation_id,
        }
        for start, end, first, last, tag, annotation_id in zip(
            span_starts,
            span_ends,
            map(bisect.bisect_right, itertools.repeat(starts), span_starts),
            map(bisect.bisect_left, itertools.repeat(starts), span_ends),
            itertools.chain.from_iterable(map(_TAGS, annotations)),
            map(_ID, tagged),
            strict=True,
        )
    ]
    return orjson.dumps(spans), _hash({"spans": spans}, prefix=str(input_hash))


def _cached_spans(made: tuple[bytes, int]) -> tuple[bytes, list[int]]:
    """Serialised spans and their task hash as the cache keeps them (numbers as a list)."""
    return made[0], [made[1]]


def _hash(values: dict[str, Any], prefix: str = "") -> int:
    """A signed 32-bit MurmurHash3, the integer type Prodigy stores hashes as."""
    return int(murmur(prefix + orjson.dumps(values, option=orjson.OPT_SORT_KEYS).decode()))
