"""A store file read for one bulk read (an export) with its annotations made into runs a
piece at a time, never held as one table of documents.

A store of 100,000 annotations parsed whole kept every document (some 145 MB of dicts and
strings) until the export ended, beside the parser's buffer for the whole 44 MB: 90,000
pages faulted in by an export with no snapshot, a third of its CPU the kernel's
(docs/performance.md, export33 and export34). A file this code wrote or checked
(`_checked`) is laid out as orjson writes the store: the annotations table one JSON object
whose documents hold no object, each closed by `}` and followed by `,"` where the next
one's key starts (raw, that `"` can only open a key: one inside a string is escaped). So
the table is parsed here in pieces of about `PIECE` bytes cut where a document ends; the
articles a piece holds whole have their runs made at once (`DocumentRun.of`) and their
documents freed, so the next piece's documents and the parser's buffer reuse that memory
(`_Runs` keeps the rest); what only the snapshot written after the export needs of them
(their span inputs, their orphans counted) is left to its writer, which reads it from the
runs' lines (`DocumentRun.spans_json`): made here, it was a ninth of the export's
instructions. The runs are those the whole table's parse makes; anything not as expected
(a script's extra fields, a piece that does not parse, no table where it should be) gives
None, and the caller parses the file whole as before.
"""

from __future__ import annotations

import itertools
import operator

import orjson

from reader.store.records import Document
from reader.store.runs import FIELDS, DocumentRun, sort_in_text_order
from reader.store.schema import ANNOTATIONS, JOURNAL, TABLES, Data

PIECE = 1 << 16
"""About how many bytes of the annotations table are parsed at a time: small enough that
a piece's documents (some four times its bytes) stay in a core's 1 MB cache while their runs
are made and they are freed, and that the next piece reuses their memory (in pieces of 4 MB
the faults came back); in pieces of 1 MB the whole read of 100,000 annotations took 1.5
times the CPU. An article lying across two pieces is held until its last one."""

_TABLE = b'"annotations":{'
_NEXT = b'},"'
"""What ends a document of the table and starts the next one's key (a `"` after a comma
is never inside a string, where it is escaped)."""
_LAST = b'}},"states":{'
"""What ends the table (its last document's `}`, its own) where the next table's key
starts: the triage states' table, which this code writes after it (looked for from the
end: what follows it is small beside it; a search of the whole table for what ends it
cost 26 ms of 44 MB)."""
_WIDTH = len(FIELDS) + 1
"""A stored annotation's fields: those of a run's documents and its `article_id`."""
_NEEDED = frozenset(TABLES).difference(JOURNAL)
_ARTICLE_ID = itertools.repeat("article_id")


def read_runs(raw: bytearray, end: int) -> tuple[Data, dict[str, DocumentRun]] | None:
    """The store file `raw`, as this code writes it, parsed up to `end` (where its undo
    stack starts) with its annotations table and its journal's tables empty, and the
    table's documents as runs by article (in the order the table first names each article,
    each run's documents in text order, as `DocumentRun.of` makes it); None when the file
    is not laid out so. `raw` is given back as it was."""
    opening = raw.find(_TABLE, 0, end)
    if opening < 0:
        return None
    first = opening + len(_TABLE)
    last = raw.rfind(_LAST, first, end) + 1
    if last <= first:
        return None  # an empty table, or one not followed so: parsed whole
    try:
        data = orjson.loads(bytes(raw[:first]) + raw[last:end] + b"}")
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or data.get(ANNOTATIONS) != {} or not _NEEDED.issubset(data):
        return None
    try:
        runs = _Runs().of_table(raw, first, last)
    except (KeyError, TypeError, orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None
    if runs is None:
        return None
    data.update((name, {}) for name in JOURNAL)
    return data, runs


class _Runs:
    """The runs of a table read a piece at a time. An article's documents are kept as
    documents while they may go on in the next piece (those of its last article) and,
    to the end, once they came back after its run was made (its run is then parsed back
    into them, once): the others are made into their run when their piece is read, and
    their documents freed. A table of articles annotated one after another is then held
    a piece at a time; one of articles interleaved is held whole, as before."""

    def __init__(self) -> None:
        self.runs: dict[str, DocumentRun | None] = {}
        """Every article in the order the table first names it, with its run once made."""
        self.held: dict[str, list[Document]] = {}
        """The documents of the articles whose runs are not made yet."""
        self.scattered: set[str] = set()
        """The articles whose documents came back after their run was made."""
        self.waiting: dict[str, None] = {}
        """The held articles not scattered, in order: those whose runs the next piece makes
        (looked through alone: a table of articles interleaved holds most of them to the end,
        and each of its hundreds of pieces walked them all)."""

    def of_table(self, raw: bytearray, first: int, last: int) -> dict[str, DocumentRun] | None:
        """The runs of the documents `raw[first:last]` holds (the table's inside); None when
        a piece does not hold stored annotations as this code writes them."""
        at = first
        while at < last:
            cut = raw.find(_NEXT, at + PIECE, last)
            cut = last if cut < 0 else cut + 1
            docs = _piece(raw, at, cut)
            if docs is None:
                return None
            self.add(docs, last_piece=cut == last)
            at = cut + 1
        return self.runs  # type: ignore[return-value]  # every run made by the last piece

    def add(self, docs: list[Document], *, last_piece: bool) -> None:
        """Takes one piece's documents (in the table's order), and makes the runs of every
        article held but the piece's last (of every one, after the last piece)."""
        article_ids = list(map(dict.pop, docs, _ARTICLE_ID))
        ends = [
            *itertools.compress(itertools.count(1), map(operator.ne, article_ids, article_ids[1:]))
        ]
        ends.append(len(docs))
        start = 0
        for stop in ends:
            self._take(article_ids[start], docs[start:stop])
            start = stop
        if last_piece:
            for article_id in list(self.held):
                self._make(article_id)
            return
        going_on = article_ids[-1]
        for article_id in [a for a in self.waiting if a != going_on]:
            self._make(article_id)

    def _take(self, article_id: str, docs: list[Document]) -> None:
        held = self.held.get(article_id)
        if held is not None:
            held += docs
            return
        run = self.runs.setdefault(article_id, None)
        if run is not None:  # it came back: held to the end, its run's documents with it
            self.scattered.add(article_id)
            docs = [*run.documents, *docs]
        else:
            self.waiting[article_id] = None
        self.held[article_id] = docs

    def _make(self, article_id: str) -> None:
        self.waiting.pop(article_id, None)
        docs = self.held.pop(article_id)
        sort_in_text_order(docs)
        self.runs[article_id] = DocumentRun.of(docs, complete=False, keep=False)


def _piece(raw: bytearray, at: int, cut: int) -> list[Document] | None:
    """The documents of `raw[at:cut]` (keys and documents, commas between them), in order;
    None unless each has exactly a stored annotation's number of fields (a script's own
    fields are kept as the whole table's parse keeps them)."""
    opened, closed = raw[at - 1], raw[cut]
    raw[at - 1], raw[cut] = 0x7B, 0x7D  # `{` and `}` around the piece, for a moment
    try:
        docs = list(orjson.loads(memoryview(raw)[at - 1 : cut + 1]).values())
    finally:
        raw[at - 1], raw[cut] = opened, closed
    if set(map(type, docs)) != {dict} or set(map(len, docs)) != {_WIDTH}:
        return None
    return docs
