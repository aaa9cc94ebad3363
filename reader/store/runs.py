"""One article's annotation documents as a bulk read hands them out: JSON, parsed on demand.

A store of 100,000 annotations read for an export spent more on parsing its snapshot
into 100,000 dicts (and on freeing them when the process ended) than the export spent
on writing: the `json` format writes the documents exactly as they are stored. So a
snapshot keeps each article's documents as their JSON indented exactly as the `json`
export nests them, and a `DocumentRun` holds that text: that format splices it in as it
is, and any other reader iterates the run, which parses it then, once (the indentation
is only whitespace to a parser).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

import orjson

from reader.store.records import Document

NESTED = b"\n" + b" " * 6
"""A newline and the indentation of an article's `annotations` list in the `json` export
(root object, `articles` list, article object: two spaces each, `orjson.OPT_INDENT_2`)."""


class DocumentRun(Sequence[Document]):
    """One article's annotation documents in text order, each without its `article_id`
    (see `Store.annotation_documents`), with their indented JSON; read them as a sequence
    (parsed on first use, then kept), or splice `json` into a document as it is."""

    __slots__ = ("_count", "_docs", "json")

    def __init__(self, json: bytes, count: int, docs: list[Document] | None = None) -> None:
        """`json` is the JSON list of `count` documents, indented as `of` indents it;
        `docs`, when the caller already has them, are those documents (nothing to parse)."""
        self.json = json
        """The documents as one JSON list, indented as the `json` export nests it: its
        `[` where the list starts, every line after it indented by `NESTED` more."""
        self._count = count
        self._docs = docs

    @classmethod
    def of(cls, docs: list[Document]) -> DocumentRun:
        """The run of documents already parsed (its JSON made from them)."""
        indented = orjson.dumps(docs, option=orjson.OPT_INDENT_2).replace(b"\n", NESTED)
        return cls(indented, len(docs), docs)

    @property
    def documents(self) -> list[Document]:
        """The documents, parsed from the JSON the first time they are asked for. Callers
        never change them (exporters read them as they are)."""
        if self._docs is None:
            self._docs = orjson.loads(self.json)
        return self._docs

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
