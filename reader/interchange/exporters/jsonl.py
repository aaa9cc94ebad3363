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
text back and a `Doc(words, spaces)` made of them holds every span's characters. They are
made for all the articles at once, as JSON, by `prodigy_tokens`.

With the workspace's cache folder (`Export.cache_dir`) an article's tokens, serialised,
are kept for the next export of the same body and cuts (`token_cache`), which then only
splices them in; so are its spans with the task hash, for the same body, cuts and
annotations (id, offsets, tags). The cache is written for the next export once this one
has answered where the caller says so (`Export.keep_for_next`).

A line is written as pieces: its tokens and spans as they were made or read back, between
the rest of the task's JSON (`json_out.dumps_spliced`). Copied into one line each, the
tokens (40 MB at 100,000 annotations) took as many fresh pages again as they fill.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import orjson
from murmurhash.mrmr import hash_bytes as murmur

from reader.interchange.exporters.records import OFFSETS, Export, ExportArticle
from reader.interchange.exporters.token_cache import Entry as Tokens
from reader.interchange.exporters.token_cache import TokenCache
from reader.store.runs import DocumentRun
from reader.text import json_out
from reader.text.safe import without_surrogates


def pieces(export: Export) -> list[json_out.Piece]:
    """The tasks, one JSON object per line, in the export's article order, as pieces written
    one after another (joined, 90 MB at 100,000 annotations were copied once more into fresh
    pages): each line's tokens and spans apart from the rest of it."""
    cache = None if export.cache_dir is None else TokenCache(export.cache_dir, _TOKENS_KEY)
    lines = [piece for task_input in _tasks(export, cache) for piece in _line(*task_input)]
    if cache is not None and cache.changed:
        (export.keep_for_next or _at_once)(cache.save)
    return lines


def keep_tokens(export: Export) -> bool:
    """Makes the tokens and spans the export's lines would hold where the token cache in its
    cache folder lacks them, and writes the cache now; whether it made any. What the app
    leaves behind when it closes after annotations changed, so that a workspace's first
    `jsonl` export reads them (made while the user waited, they were two of its three
    floors: docs/performance.md, export37)."""
    if export.cache_dir is None:
        return False
    cache = TokenCache(export.cache_dir, _TOKENS_KEY)
    _tasks(export, cache)  # every entry made and kept as it returns
    if cache.changed:
        cache.save()
    return cache.changed


def _tasks(export: Export, cache: TokenCache | None) -> Iterator[TaskInput]:
    """Each present article of the export with what its line is made of: its body as
    written and input hash, its tokens and its spans (from `cache` when it holds them, else
    made and kept there, all before this returns), and its notes."""
    articles = [article for article in export.articles if article.body is not None]
    hashed = [hashed_text(article.body or "") for article in articles]
    inputs, notes = zip(*map(_span_inputs, articles), strict=True) if articles else ((), ())
    cuts = list(map(_cuts, inputs))
    texts = [text for text, _hash in hashed]
    keys = [""] * len(texts) if cache is None else list(map(cache.tokens_key, texts, cuts))
    made = _tokens(texts, cuts, keys, cache)
    spans = [
        _spans(article_inputs, starts, input_hash, key, cache)
        for article_inputs, (_text, input_hash), (_serialised, starts), key in zip(
            inputs, hashed, made, keys, strict=True
        )
    ]
    return zip(articles, hashed, made, spans, notes, strict=True)


def _at_once(work: Callable[[], None]) -> None:
    """What serves the next export, done now (no caller said when)."""
    work()


def _line(
    article: ExportArticle,
    hashed: tuple[str, int],
    tokens: Tokens,
    spans: tuple[bytes | memoryview, int],
    notes: list[NoteInput],
) -> list[json_out.Piece]:
    """The article's task as one line's pieces, its tokens and spans (escaped when made, as
    `json_out.dumps` escapes a whole line) not copied into the rest."""
    serialised_spans, task_hash = spans
    doc = task(article, hashed, task_hash, notes)
    return json_out.dumps_spliced(doc, [tokens[0], serialised_spans], newline=True)


ANSWERS: dict[str, str] = {"kept": "accept", "starred": "accept", "discarded": "reject"}
"""Prodigy's answer per triage state; any other state is `ignore` (not decided)."""
SpanInput = Sequence[Any]
"""What an annotation gives its spans: its id, start, end and tags; with the text and its
cuts, the whole spans list (picked once, for the cuts, the spans and their key in the
cache)."""
NoteInput = Sequence[Any]
"""What a noted annotation gives the task's notes: its start, end, note and id."""
TaskInput = tuple[
    ExportArticle, tuple[str, int], Tokens, tuple[bytes | memoryview, int], list[NoteInput]
]
"""What one article's line is made of (`_line`'s arguments)."""
_SPAN_START = operator.itemgetter(1)
_SPAN_END = operator.itemgetter(2)
_TOKENS_KEY = r"\w+|[^\w\s] [^\S ]\s*| \s+"
"""What the token cache's entries were made by (the patterns of the words and marks and of
the white space made a token, as their first maker had them): tokens of another scheme
are never read."""


def hashed_text(text: str) -> tuple[str, int]:
    """An article's body as a task writes it, and its input hash. A lone surrogate,
    which UTF-8 cannot hold, is written as U+FFFD (one for one, offsets kept): the input
    hash, which serialises the text first, finds it at no cost to other text."""
    try:
        return text, prodigy_hash({"text": text})
    except orjson.JSONEncodeError:
        text = without_surrogates(text)
        return text, prodigy_hash({"text": text})


def _span_inputs(article: ExportArticle) -> tuple[list[SpanInput], list[NoteInput]]:
    """The article's `SpanInput`s and `NoteInput`s, in text order: read from the span inputs
    a snapshot keeps beside its documents, not from the documents, when it has them
    (`DocumentRun.span_inputs`)."""
    annotations = article.annotations
    if isinstance(annotations, DocumentRun):
        spans, notes = annotations.span_inputs()
        return spans, notes
    return list(map(_SPAN_INPUT, annotations)), [_NOTE_INPUT(a) for a in annotations if a["note"]]


_SPAN_INPUT = operator.itemgetter("id", "start", "end", "tags")
_NOTE_INPUT = operator.itemgetter("start", "end", "note", "id")


def _cuts(inputs: list[SpanInput]) -> list[int]:
    """Where the article's spans start and end (sorted, distinct): tokens are cut there.
    `inputs` are its annotations' (`_SPAN_INPUT`); an untagged one makes no span."""
    tagged = [annotation for annotation in inputs if annotation[3]]
    return sorted({*map(_SPAN_START, tagged), *map(_SPAN_END, tagged)})


def _tokens(
    texts: list[str], cuts: list[list[int]], keys: list[str], cache: TokenCache | None
) -> list[Tokens]:
    """Each text's tokens, cut at its cuts: from the cache when it holds them under its key
    (of `keys`), the others made together (and kept there). numpy, which makes them, is
    imported only then: an export whose tokens are all in the cache does without it (80 ms
    of CPU)."""
    if cache is None:
        return made_tokens(texts, cuts)
    found = list(map(cache.find, keys))
    missing = [number for number, entry in enumerate(found) if entry is None]
    made = made_tokens([texts[n] for n in missing], [cuts[n] for n in missing]) if missing else []
    for number, entry in zip(missing, made, strict=True):
        found[number] = cache.keep(keys[number], entry)
    return [entry for entry in found if entry is not None]


def made_tokens(texts: list[str], cuts: list[list[int]]) -> list[Tokens]:
    """The texts' tokens, made (see `prodigy_tokens`), with DEL and the C1 controls escaped
    as `json_out.dumps` escapes a line (which no piece's edge can split, each a whole
    character): spliced into their line, or read back from the cache, as they are."""
    from reader.interchange.exporters import prodigy_tokens  # numpy: only when made

    escape = json_out.escape_controls
    return [
        (escape(serialised), starts)
        for serialised, starts in prodigy_tokens.serialised(texts, cuts)
    ]


def task(
    article: ExportArticle, hashed: tuple[str, int], task_hash: int, notes: list[NoteInput]
) -> dict[str, Any]:
    """One article's Prodigy task, its tokens and spans left to splice in (`json_out.SPLICE`,
    in that order: `_line`); `hashed` is its body as written and its input hash
    (`hashed_text`), `task_hash` the hash made of its spans (`_spans`), and `notes` its
    noted annotations' (`_span_inputs`)."""
    text, input_hash = hashed
    doc: dict[str, Any] = {
        "text": text,
        "tokens": json_out.SPLICE,
        "spans": json_out.SPLICE,
        "answer": ANSWERS.get(article.state, "ignore"),
        "notes": [
            {"start": start, "end": end, "note": note, "annotation_id": annotation_id}
            for start, end, note, annotation_id in notes
        ],
        "meta": {
            **article.meta,
            "article_id": article.id,
            "title": article.title,
            "source": article.source,
            "state": article.state,
            "offsets": OFFSETS,
            **({"story": article.story} if article.story is not None else {}),
            **({"story_state": article.story_state} if article.story_state is not None else {}),
        },
        "_input_hash": input_hash,
        "_task_hash": task_hash,
    }
    if article.entities is not None:
        doc["entities"] = [
            {"start": e.start, "end": e.end, "label": e.label} for e in article.entities
        ]
    return doc


def _spans(
    inputs: list[SpanInput],
    starts: Sequence[int],
    input_hash: int,
    tokens_key: str,
    cache: TokenCache | None,
) -> tuple[bytes | memoryview, int]:
    """An article's spans, serialised, and the task hash made of them, from `cache` when it
    holds them for the same tokens (`tokens_key`: the text and its cuts) and annotations (ids,
    offsets, tags: `inputs`), and kept there when not; `starts` are where its tokens start."""
    if cache is None:
        return _serialised_spans(inputs, starts, input_hash)
    spans, hashes = cache.spans(
        tokens_key,
        orjson.dumps(inputs),
        lambda: _cached_spans(_serialised_spans(inputs, starts, input_hash)),
    )
    return spans, hashes[0]


def _serialised_spans(
    inputs: list[SpanInput], starts: Sequence[int], input_hash: int
) -> tuple[bytes, int]:
    """The spans list as orjson writes it inside the task (one per tag of each annotation,
    given as its id, offsets and tags, with the tokens it starts and ends on), and the task
    hash made of them."""
    right, left = bisect.bisect_right, bisect.bisect_left
    spans = [
        {
            "start": start,
            "end": end,
            "token_start": right(starts, start) - 1,
            "token_end": left(starts, end) - 1,
            "label": tag,
            "annotation_id": annotation_id,
        }
        for annotation_id, start, end, tags in inputs
        for tag in tags
    ]
    serialised = json_out.escape_controls(orjson.dumps(spans))  # as `made_tokens` escapes
    return serialised, prodigy_hash({"spans": spans}, prefix=b"%d" % input_hash)


def _cached_spans(made: tuple[bytes, int]) -> tuple[bytes, list[int]]:
    """Serialised spans and their task hash as the cache keeps them (numbers as a list)."""
    return made[0], [made[1]]


def prodigy_hash(values: dict[str, Any], prefix: bytes = b"") -> int:
    """A signed 32-bit MurmurHash3, the integer type Prodigy stores hashes as, of `prefix` and
    the sorted-key JSON of `values` (UTF-8: hashed as they are, not decoded and encoded
    back)."""
    return int(murmur(prefix + orjson.dumps(values, option=orjson.OPT_SORT_KEYS)))
