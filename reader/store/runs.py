"""One article's annotation documents as a bulk read hands them out: JSON, parsed on demand.

A store of 100,000 annotations read for an export spent more on parsing its snapshot
into 100,000 dicts (and on freeing them when the process ended) than the export spent
on writing: the `json` format writes the documents exactly as they are stored. So a
snapshot keeps each article's documents as their JSON indented exactly as the `json`
export nests them, with DEL and the C1 controls escaped as all of reader's JSON output has
them (`reader.text.json_out`), and a `DocumentRun` holds that text (a view of the snapshot's
pages, as read): that format splices it in as it is, and any other reader iterates the
run, which parses it then, once (the indentation is only whitespace to a parser).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import Any, overload

import orjson

from reader.store.records import Annotation, Document
from reader.text import json_out

NESTED = b"\n" + b" " * 6
"""A newline and the indentation of an article's `annotations` list in the `json` export
(root object, `articles` list, article object: two spaces each, `orjson.OPT_INDENT_2`)."""


FIELDS = tuple(name for name in Annotation.__slots__ if name != "article_id")
"""The keys of each document in a run, in order (`Annotation.to_doc`'s, less `article_id`)."""

_FIELD_LINE = NESTED + b"    " + b'"'
"""What starts each field's line in a run: a document's fields are indented by four more
than the list, and a line indented so opens nothing else (a tag, one level deeper, starts
two spaces further in; a JSON string never holds a raw line break)."""
_OPENING = b"[" + NESTED + b"  {"
"""A run's JSON up to its first document's first field."""
_BETWEEN = NESTED + b"  }," + NESTED + b"  {"
"""What closes one document and opens the next, after the last field's value."""
_CLOSING = NESTED + b"  }" + NESTED + b"]"
"""What closes the last document and the run."""
_FRAME_HEAD, _FRAME_TAIL = orjson.dumps([[[0]]], option=orjson.OPT_INDENT_2).split(b"0")
"""What orjson writes around a list it indents three lists deep, as deep as the `json`
export nests an article's annotations (its lines then start with `NESTED`)."""
_BEFORE_BETWEEN = operator.itemgetter(slice(None, -len(_BETWEEN)))
_ORPHANED_FLAG = operator.itemgetter("orphaned")
_ORPHANED = b'"orphaned": true'
"""An orphaned document's flag as the run writes it: a key, so never inside a string
(where every quote is escaped)."""


class DocumentRun(Sequence[Document]):
    """One article's annotation documents in text order, each without its `article_id`
    (see `Store.annotation_documents`), with their indented JSON; read them as a sequence
    (parsed on first use, then kept), or splice `buffer` into a document as it is."""

    __slots__ = ("_count", "_docs", "_json", "_orphaned", "buffer", "spans")

    def __init__(
        self,
        json: bytes | memoryview,
        count: int,
        docs: list[Document] | None = None,
        orphaned: int | None = None,
        spans: bytes | memoryview | None = None,
    ) -> None:
        """`json` is the JSON list of `count` documents, indented and escaped as `of` makes
        it (bytes, or a view of a file's pages); `docs`, when the caller already has them,
        are those documents (nothing to parse); `orphaned`, when known, how many of them
        are orphaned; `spans`, when known, their `SpanInputs` as JSON (`span_inputs`)."""
        self.buffer = json
        """The documents as one JSON list, as given: indented as the `json` export nests it
        (its `[` where the list starts, every line after it indented by `NESTED` more), DEL
        and the C1 controls escaped; written as it is, never copied for it."""
        self._json = json if isinstance(json, bytes) else None
        self._count = count
        self._docs = docs
        self._orphaned = orphaned
        self.spans = spans
        """What the documents' spans are made of, as JSON (`span_inputs`): written beside the
        run in a snapshot, so a format that needs no more reads it without the documents."""

    @classmethod
    def of(cls, docs: list[Document], *, complete: bool = True, keep: bool = True) -> DocumentRun:
        """The run of documents already parsed (its JSON made from them). orjson indents the
        list where the `json` export nests it, inside three lists cut off after: indenting
        it at the top and adding `NESTED` to every line break copied 50 MB once more (a
        fifth of making the runs of 100,000 annotations). Without `complete`, what only a
        snapshot needs (the span inputs, the orphaned count) is made when first asked for:
        an export that parsed the store writes its file first and the snapshot after.
        Without `keep`, the run then lets go of the documents (they are parsed again from
        its JSON if they are read)."""
        framed = orjson.dumps([[[docs]]], option=orjson.OPT_INDENT_2)
        indented = framed[len(_FRAME_HEAD) : -len(_FRAME_TAIL)]
        run = cls(json_out.escape_controls(indented), len(docs), docs)
        if complete:
            run.orphaned_count()
            run.spans_json()
        if not keep:
            run._docs = None
        return run

    def span_inputs(self) -> SpanInputs:
        """Each document's id, offsets and tags (`[id, start, end, tags]`, in text order) and
        those with a note as `[start, end, note, id]`: what a Prodigy task's spans and notes
        are made of. From `spans` when the run has it (a twentieth of the documents' JSON,
        parsed in a quarter of their time), else from the documents, parsed for it and not
        kept when they were not (the writer of an export's snapshot, `of` without
        `complete`, holds every run: kept, they were the whole store's documents again)."""
        if self._docs is not None:
            return _span_inputs(self._docs)
        if self.spans is not None:
            return orjson.loads(self.spans)
        return _span_inputs(orjson.loads(self.buffer))

    def spans_json(self) -> bytes | memoryview:
        """`spans`, made the first time when the run has none (`of` without `complete`)."""
        if self.spans is None:
            self.spans = orjson.dumps(self.span_inputs())
        return self.spans

    @property
    def json(self) -> bytes:
        """`buffer` as bytes, copied from a view the first time (for a reader that cuts it)."""
        if self._json is None:
            self._json = bytes(self.buffer)
        return self._json

    @property
    def documents(self) -> list[Document]:
        """The documents, parsed from the JSON the first time they are asked for. Callers
        never change them (exporters read them as they are)."""
        if self._docs is None:
            self._docs = orjson.loads(self.buffer)
        return self._docs

    def field_lines(self) -> list[list[bytes]] | None:
        """Each field's line of every document, cut from `json` without parsing it: one list
        per name of `FIELDS`, in that order, each line from the key after its opening quote
        to the end of the value with the comma after it (`quote": "…",`); the `orphaned`
        lines end at their value. For a format that rewrites the documents' JSON: their
        strings come escaped already. The documents' keys are taken to be `FIELDS` in
        order, as the store keeps every document it hands out or writes into a snapshot
        (checking each line's key cost as much as parsing the run); None when the run
        does not hold that many lines or is not framed as `of` frames it."""
        pieces = self.json.split(_FIELD_LINE)
        width = len(FIELDS)
        if not self._count or len(pieces) != 1 + width * self._count or pieces[0] != _OPENING:
            return None
        columns = [pieces[at::width] for at in range(1, width + 1)]
        ends = columns[-1]
        if not (_all_end_with(ends[:-1], _BETWEEN) and ends[-1].endswith(_CLOSING)):
            return None
        columns[-1] = [*map(_BEFORE_BETWEEN, ends[:-1]), ends[-1][: -len(_CLOSING)]]
        return columns

    def orphaned_count(self) -> int:
        """How many of the documents are orphaned: as given or counted before, else counted
        in the documents when they are parsed, or in `json` (not parsed for it: a format
        that rewrites the JSON needs no document)."""
        if self._orphaned is None:
            docs = self._docs
            found = self.json.count(_ORPHANED) if docs is None else sum(map(_ORPHANED_FLAG, docs))
            self._orphaned = found
        return self._orphaned

    @property
    def parsed(self) -> bool:
        """Whether the documents have been read (a format that splices `json` leaves them
        unread: nothing parsed, nothing to free)."""
        return self._docs is not None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> list[Document]: ...

    def __getitem__(self, index: int | slice) -> Document | list[Document]:
        return self.documents[index]

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DocumentRun):
            return self.documents == other.documents
        if isinstance(other, list | tuple):
            return self.documents == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which are not hashable

    def __repr__(self) -> str:
        return f"DocumentRun({self._count} documents)"


SpanInputs = list[list[Any]]
"""A run's `span_inputs`: `[[[id, start, end, tags], …], [[start, end, note, id], …]]`."""
_SPAN_INPUT = operator.itemgetter("id", "start", "end", "tags")
_NOTE_INPUT = operator.itemgetter("start", "end", "note", "id")


def _span_inputs(docs: list[Document]) -> SpanInputs:
    return [list(map(_SPAN_INPUT, docs)), [_NOTE_INPUT(doc) for doc in docs if doc["note"]]]


def sort_in_text_order(docs: list[Document]) -> None:
    """Sorts one article's documents in the order a run holds them, `TEXT_ORDER`: by start
    (an int, no key tuple made per document), then only the documents that share a start by
    the whole key. A store keeps them in that order already, which is told from their starts
    and the few documents that share one, without a key made for each (a sort's keys were 6%
    of an export that parses the store). Two stable sorts give what one by `TEXT_ORDER`
    gives; sorted by that key whole wherever two starts met (most articles of 50
    annotations), it cost 1.4 times as much."""
    starts = list(map(_START, docs))
    if _in_text_order(docs, starts):
        return
    docs.sort(key=_START)
    starts.sort()
    for first, last in _shared_starts(starts):
        docs[first:last] = sorted(docs[first:last], key=TEXT_ORDER)


def _shared_starts(starts: list[int]) -> Iterator[tuple[int, int]]:
    """The slices (first, last) of sorted `starts` where two or more documents share one."""
    shared = itertools.compress(range(len(starts) - 1), map(operator.eq, starts, starts[1:]))
    first = last = -2
    for at in shared:
        if at != last - 1:
            if first >= 0:
                yield first, last
            first = at
        last = at + 2
    if first >= 0:
        yield first, last


def _in_text_order(docs: list[Document], starts: list[int]) -> bool:
    """Whether `docs`, whose starts are `starts`, are in `TEXT_ORDER` already."""
    after = itertools.islice(starts, 1, None)
    if not all(map(operator.le, starts, after)):
        return False
    shared = map(operator.eq, starts, itertools.islice(starts, 1, None))
    return all(
        TEXT_ORDER(docs[at]) <= TEXT_ORDER(docs[at + 1])
        for at in itertools.compress(range(len(docs) - 1), shared)
    )


TEXT_ORDER = operator.itemgetter("start", "end", "created", "id")
"""How `Store.annotations` orders one article's annotations (ties broken the same way)."""
_START = operator.itemgetter("start")


def _all_end_with(lines: list[bytes], end: bytes) -> bool:
    return all(map(bytes.endswith, lines, itertools.repeat(end)))
