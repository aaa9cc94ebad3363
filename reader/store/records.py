"""The records the store hands out, and their JSON document form in the store file.

They are frozen so the TUI and the exporters can hold them without a copy; the store
is the only place they are changed, and it always makes new ones.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal, get_args

from reader.text.safe import without_surrogates

if TYPE_CHECKING:
    from reader.article import Article

ArticleState = Literal["new", "read", "starred", "kept", "discarded"]
"""Where an article is in triage; `new` is what an article never touched is in."""

STATES: tuple[ArticleState, ...] = get_args(ArticleState)
"""Every triage state, in the order a menu shows them."""

Document = dict[str, Any]
"""One stored JSON object, as TinyDB keeps it (validated on load, see `store_schema`)."""


def now_iso() -> str:
    """The current UTC time as ISO 8601 with milliseconds: what every record's times use."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


CONTEXT_CHARS = 32
"""Characters of prefix and suffix stored with each annotation."""


def context(body: str, start: int, end: int) -> tuple[str, str, str]:
    """The selectors stored with a new annotation: (quote, prefix, suffix).

    Raises ValueError when the range is not inside `body`.
    """
    if not 0 <= start <= end <= len(body):
        raise ValueError(f"range {start}..{end} is outside a text of length {len(body)}")
    return (
        body[start:end],
        body[max(0, start - CONTEXT_CHARS) : start],
        body[end : end + CONTEXT_CHARS],
    )


@dataclass(frozen=True)
class AnchoredSpan:
    """A span of one article the user said something about, with what re-anchoring needs.

    `start`/`end` are code-point offsets into `Article.body`; `quote`, `prefix` and
    `suffix` are the selected text and up to 32 characters either side, so the span
    can be found again when the article's text changes. Annotations and entity
    corrections are both anchored this way (and placed by the same `Placement`).

    Only a base: its slots are made by each subclass, which lists every field in its
    own `__slots__` (as it did before the base existed).
    """

    __slots__ = ()

    id: str
    article_id: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str

    def span_doc(self) -> Document:
        """The stored fields of the span itself, in the order the store file has them."""
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
        }

    @staticmethod
    def span_fields(key: str, doc: Document) -> Document:
        """The span's constructor arguments from a validated stored document."""
        return {
            "id": key,
            "article_id": str(doc["article_id"]),
            "start": doc["start"],
            "end": doc["end"],
            "quote": str(doc["quote"]),
            "prefix": str(doc["prefix"]),
            "suffix": str(doc["suffix"]),
        }


@dataclass(frozen=True, slots=True)
class Annotation(AnchoredSpan):
    """A tagged or noted passage of one article (see `AnchoredSpan` for where it is)."""

    tags: tuple[str, ...]
    note: str
    created: str
    updated: str
    orphaned: bool = False
    """True when re-anchoring could not place it; it is kept and listed, never dropped."""

    def to_doc(self) -> Document:
        """The JSON object stored for it (and what exporters may rely on)."""
        return {
            "id": self.id,
            **self.span_doc(),
            "tags": list(self.tags),
            "note": self.note,
            "created": self.created,
            "updated": self.updated,
            "orphaned": self.orphaned,
        }

    @classmethod
    def from_doc(cls, doc: Document) -> Annotation:
        """Rebuilds the record from a stored document that passed schema validation."""
        return cls(
            **cls.span_fields(str(doc["id"]), doc),
            tags=tuple(doc["tags"]),
            note=str(doc["note"]),
            created=str(doc["created"]),
            updated=str(doc["updated"]),
            orphaned=bool(doc.get("orphaned", False)),
        )


@dataclass(frozen=True, slots=True)
class Tag:
    """A label a passage can carry; the colour marks it in the text, the hotkey applies it."""

    name: str
    colour: str
    """`#rrggbb`, lower case."""
    hotkey: str | None
    """"1" … "9", or None when the tag is only reachable through the tag picker."""

    def to_doc(self) -> Document:
        """The stored object; the name is the document's key, so it is not repeated."""
        return {"colour": self.colour, "hotkey": self.hotkey}

    @classmethod
    def from_doc(cls, name: str, doc: Document) -> Tag:
        """Rebuilds the record from its key and a validated stored document."""
        hotkey = doc.get("hotkey")
        return cls(
            name=name, colour=str(doc["colour"]), hotkey=None if hotkey is None else str(hotkey)
        )


@dataclass(frozen=True, slots=True)
class StateRecord:
    """An article's triage state and when it was set, for progress and "recently read"."""

    state: ArticleState
    changed: str

    def to_doc(self) -> Document:
        """The stored object; the article id is the document's key."""
        return {"state": self.state, "changed": self.changed}

    @classmethod
    def from_doc(cls, doc: Document) -> StateRecord:
        """Rebuilds the record from a validated stored document."""
        return cls(state=doc["state"], changed=str(doc["changed"]))


def source_key(source: str) -> str:
    """A dump path as provenance compares it: absolute, so a record written from one
    folder still names the same dump when `reader` runs from another, and free of lone
    surrogates (a non-UTF-8 file name), which the store file cannot hold. "" stays "":
    an article split from text that came from no file. Links are not followed
    (`Path.resolve` would touch the disk for every call)."""
    return without_surrogates(os.path.abspath(source)) if source else ""  # noqa: PTH100


def stored_source(source: str, root: Path) -> str:
    """A dump path as the store file keeps it: relative to the workspace `root` (POSIX
    slashes) when the dump is inside it, so moving the whole workspace keeps every record
    pointing at its dump; absolute otherwise. A relative `source` is taken as already
    relative to `root`. Paths are compared as written (no links followed)."""
    if not source:
        return ""
    path = PurePath(source)
    if not path.is_absolute():
        return path.as_posix()
    key = PurePath(source_key(source))
    try:
        return key.relative_to(root).as_posix()
    except ValueError:
        return str(key)


def opened_source(stored: str, root: Path) -> str:
    """The `source_key` a stored dump path names in the workspace at `root` (the inverse
    of `stored_source`): relative paths are joined to `root`, absolute ones kept."""
    if not stored or PurePath(stored).is_absolute():
        return stored
    return source_key(str(root / stored))


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """Where the store last saw an article it holds user data for, and its title.

    Article ids are content hashes: when a dump's text changes, its articles come
    back under new ids. The record says which dump an annotated article belonged to,
    so re-anchoring looks for it only when that dump is open (and only in it), and
    an export can still name an article whose dump is gone.
    """

    source: str
    """The dump's path (`source_key` of `Article.source` when recorded from an open dump)."""
    title: str

    @classmethod
    def of(cls, article: Article) -> ArticleRecord:
        """The record of an open article."""
        return cls(source_key(article.source), without_surrogates(article.title))

    def to_doc(self) -> Document:
        """The stored object; the article id is the document's key."""
        return {"source": self.source, "title": self.title}

    @classmethod
    def from_doc(cls, doc: Document) -> ArticleRecord:
        """Rebuilds the record from a validated stored document."""
        return cls(source=str(doc["source"]), title=str(doc["title"]))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where re-anchoring found an annotation's quote in the current text.

    `article` None means nowhere: the annotation keeps its offsets and article and is
    flagged an orphan, so a later pass can still place it.
    """

    annotation_id: str
    article: Article | None = None
    start: int = 0
    end: int = 0

    def fields(self) -> Document:
        """The annotation fields this placement sets."""
        if self.article is None:
            return {"orphaned": True}
        quote, prefix, suffix = context(self.article.body, self.start, self.end)
        return {
            "article_id": self.article.id,
            "start": self.start,
            "end": self.end,
            "quote": quote,
            "prefix": prefix,
            "suffix": suffix,
            "orphaned": False,
        }


CorrectionKind = Literal["break", "weld", "retitle"]
"""What an article correction does: start a new article, join one to the one before, rename one."""

CORRECTION_KINDS: tuple[CorrectionKind, ...] = get_args(CorrectionKind)


@dataclass(frozen=True, slots=True)
class ArticleCorrection:
    """A user's correction of how a dump was split, anchored on the text around it.

    `reader.annotation.corrections` makes and applies them; see there for what
    `title`, `head` and `before` hold for each kind.
    """

    id: str
    seq: int
    """Place in the order corrections apply (each applies to the result of those before)."""
    kind: CorrectionKind
    source: str
    """The dump (`source_key` of its path): a correction applies in its own dump only."""
    title: str
    head: str
    before: str
    new_title: str
    """The title a retitle gives; empty for the other kinds."""
    created: str

    def to_doc(self) -> Document:
        """The stored object; the id is the document's key."""
        return {
            "seq": self.seq,
            "kind": self.kind,
            "source": self.source,
            "title": self.title,
            "head": self.head,
            "before": self.before,
            "new_title": self.new_title,
            "created": self.created,
        }

    @classmethod
    def from_doc(cls, key: str, doc: Document) -> ArticleCorrection:
        """Rebuilds the record from its key and a validated stored document."""
        return cls(
            id=key,
            seq=doc["seq"],
            kind=doc["kind"],
            source=str(doc["source"]),
            title=str(doc["title"]),
            head=str(doc["head"]),
            before=str(doc["before"]),
            new_title=str(doc["new_title"]),
            created=str(doc["created"]),
        )

    def describe(self) -> str:
        """One line for people: what it does and where (for the list of stale corrections)."""
        where = f"“{self.title}”" if self.title else f"“{self.head[:40]}”"
        if self.kind == "break":
            return f"break {where} before “{self.head[:40]}”"
        if self.kind == "weld":
            return f"join {where} to the article before it"
        return f"retitle {where} as “{self.new_title}”"


EntityEditKind = Literal["label", "accept", "reject"]
"""A user's word on a span: it is an entity with this label (`label`: added or relabelled;
`accept`: a prediction kept when the article was checked), or it is none (`reject`)."""

ENTITY_EDIT_KINDS: tuple[EntityEditKind, ...] = get_args(EntityEditKind)


@dataclass(frozen=True, slots=True)
class EntityEdit(AnchoredSpan):
    """One correction of the model's entities in one article, anchored like an annotation
    (see `AnchoredSpan`)."""

    kind: EntityEditKind
    label: str
    """The entity's label; empty for a `reject`."""
    created: str
    orphaned: bool = False
    """True when re-anchoring could not place it; kept, never dropped."""

    def to_doc(self) -> Document:
        """The stored object; the id is the document's key."""
        return {
            **self.span_doc(),
            "kind": self.kind,
            "label": self.label,
            "created": self.created,
            "orphaned": self.orphaned,
        }

    @classmethod
    def from_doc(cls, key: str, doc: Document) -> EntityEdit:
        """Rebuilds the record from its key and a validated stored document."""
        return cls(
            **cls.span_fields(key, doc),
            kind=doc["kind"],
            label=str(doc["label"]),
            created=str(doc["created"]),
            orphaned=bool(doc.get("orphaned", False)),
        )


@dataclass(frozen=True, slots=True)
class ImportedWork:
    """What an import brings besides annotations, states and tags (see `Store.merge`): the
    corrections of the reading and the entity work, which the importer decided on."""

    corrections: Sequence[ArticleCorrection] = ()
    """Every correction the store is to hold, new and kept, each with its place (`seq`) in
    the merged order; its `source` a `source_key` or relative to the workspace."""
    moves: Sequence[Mapping[str, Sequence[str]]] = ()
    """The new corrections' `Change.moves`, in the order they apply."""
    entity_edits: Sequence[EntityEdit] = ()
    """New entity corrections, placed in their article's text (or flagged orphans)."""
    replaced_edits: Sequence[str] = ()
    """The ids of the store's entity corrections the new ones replace (they overlap them)."""
    checked: Mapping[str, str] = field(default_factory=dict)
    """New checks: when each article was checked, by id (a check the store holds stays)."""
