"""What a store file holds, version by version: fresh contents, validation, migrations.

The file is a TinyDB database (one JSON object of tables, each an object of
documents keyed by id). Version 2 tables:

- `_meta`: one document `store` with `schema_version`, `created` (and `migrated_from`
  after a migration);
- `annotations`: keyed by annotation id (see `Annotation.to_doc`);
- `states`: keyed by article id, `{"state", "changed"}`, and `first` (when the article
  first left `new`; written since the stats screen came, absent in older stores and
  ignored by readers that do not know it);
- `tags`: keyed by tag name, `{"colour", "hotkey"}`;
- `articles` (since version 2): keyed by article id, `{"source", "title"}`, for the
  articles that have annotations or a state only (see `ArticleRecord`);
- `corrections` (since version 3): the user's article corrections (breaks, welds,
  retitles), keyed by id (see `ArticleCorrection`);
- `entity_edits` (since version 3): the user's entity corrections, keyed by id (see
  `EntityEdit`); `checked` (since version 3): articles whose entities the user
  checked, keyed by article id, `{"at"}`;
- `settings` (since version 3, optional): the app's own choices that outlive a session
  (the list's sort order), keyed by name, `{"value": any JSON}`; never journaled, read
  leniently (an unknown value is ignored by whoever reads it);
- `undo`, `redo`: the persisted journal, keyed by step number (see `reader.store._journal`).

Since version 4 the dump paths (`source` in `articles` and `corrections`, and in the
journal's copies of them) are relative to the workspace when the dump is inside it
(`stored_source`), so a workspace moved as a whole keeps every record on its dump.

Tables the store does not know are kept as they are, so a script's own table survives.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.store.errors import StoreError
from reader.store.records import (
    CORRECTION_KINDS,
    ENTITY_EDIT_KINDS,
    STATES,
    Document,
    Tag,
    now_iso,
    stored_source,
)

SCHEMA_VERSION = 4
"""The version this code writes; older files are migrated on open, newer ones refused."""

META_TABLE = "_meta"
META_KEY = "store"
ANNOTATIONS = "annotations"
STATE_TABLE = "states"
TAGS = "tags"
ARTICLES = "articles"
CORRECTIONS = "corrections"
ENTITY_EDITS = "entity_edits"
CHECKED = "checked"
SETTINGS = "settings"
CORRECTION_TABLES = (CORRECTIONS, ENTITY_EDITS, CHECKED)
"""The tables of the user's corrections (version 3)."""
UNDO = "undo"
REDO = "redo"

DEFAULT_TAGS: tuple[Tag, ...] = (
    Tag("key", "#e5c07b", "1"),
    Tag("quote", "#61afef", "2"),
    Tag("claim", "#e06c75", "3"),
    Tag("follow-up", "#c678dd", "4"),
    Tag("question", "#98c379", "5"),
)
"""What a fresh workspace offers on keys 1–5, in colours that stay apart on dark and light."""

TAG_PALETTE: tuple[str, ...] = (
    *(tag.colour for tag in DEFAULT_TAGS),
    "#56b6c2",
    "#d19a66",
    "#be5046",
    "#7ec7a2",
    "#a0a1f0",
)
"""Colours handed to tags created on the fly, least used first."""

Data = dict[str, Any]
"""A whole store: table name -> document key -> document."""

MOVE_ASIDE = "move it aside to start a fresh store"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_HOTKEYS = frozenset("123456789")


def fresh_data() -> Data:
    """The contents of a new store: the schema version and the default tags."""
    return {
        META_TABLE: {META_KEY: {"schema_version": SCHEMA_VERSION, "created": now_iso()}},
        ANNOTATIONS: {},
        STATE_TABLE: {},
        TAGS: {tag.name: tag.to_doc() for tag in DEFAULT_TAGS},
        ARTICLES: {},
        CORRECTIONS: {},
        ENTITY_EDITS: {},
        CHECKED: {},
        UNDO: {},
        REDO: {},
    }


def schema_version(data: Data, path: Path) -> int:
    """The file's version; 0 is a TinyDB file without our `_meta` table."""
    meta = data.get(META_TABLE)
    if meta is None:
        return 0
    doc = meta.get(META_KEY) if isinstance(meta, dict) else None
    version = doc.get("schema_version") if isinstance(doc, dict) else None
    if type(version) is not int or version < 0:
        raise StoreError(f"cannot read store {path}: its schema version is missing; {MOVE_ASIDE}")
    return version


def upgrade(data: Data, path: Path, root: Path, *, vouched: bool = False) -> tuple[Data, int]:
    """Brings a parsed file to `SCHEMA_VERSION`; returns the data and the version it had.

    `root` is the workspace the store belongs to (dump paths are stored relative to it).
    `vouched`: this code wrote or checked exactly this file at this version (the note of
    `reader.store._checked`), so its documents are not checked again.

    Raises StoreError for a file from a newer `reader`, which this one must not rewrite.
    """
    found = schema_version(data, path)
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"cannot read store {path}: it was written by a newer reader "
            f"(schema {found}; this one reads up to {SCHEMA_VERSION})"
        )
    for version in range(found, SCHEMA_VERSION):
        data = MIGRATIONS[version](data, path, root)
        data[META_TABLE][META_KEY]["schema_version"] = version + 1
    if found < SCHEMA_VERSION:
        data[META_TABLE][META_KEY]["migrated_from"] = found
    validate(data, path, documents=not (vouched and found == SCHEMA_VERSION))
    return data, found


def _v0_to_v1(data: Data, path: Path, _root: Path) -> Data:
    """A plain TinyDB file (what `tinydb.TinyDB(path)` writes) becomes a v1 store.

    Its documents sit under TinyDB's integer ids; v1 keys them by annotation id,
    article id and tag name, and fills the fields a script may have left out.
    """
    now = now_iso()
    tables = {name: _table(data, name, path) for name in (ANNOTATIONS, STATE_TABLE, TAGS)}
    migrated: Data = {
        name: table for name, table in data.items() if name not in tables and name != "_default"
    }
    if data.get("_default"):
        migrated["_default"] = data["_default"]
    migrated[META_TABLE] = {META_KEY: {"schema_version": 0, "created": now}}
    migrated[ANNOTATIONS] = {}
    for doc in tables[ANNOTATIONS].values():
        annotation = _v0_annotation(doc, now, path)
        migrated[ANNOTATIONS][annotation["id"]] = annotation
    migrated[STATE_TABLE] = {
        str(doc.get("article_id")): {"state": doc.get("state"), "changed": doc.get("changed", now)}
        for doc in tables[STATE_TABLE].values()
    }
    migrated[TAGS] = {
        str(doc.get("name")): {"colour": doc.get("colour"), "hotkey": doc.get("hotkey")}
        for doc in tables[TAGS].values()
    } or {tag.name: tag.to_doc() for tag in DEFAULT_TAGS}
    migrated[UNDO] = {}
    migrated[REDO] = {}
    return migrated


JOURNAL = (UNDO, REDO)
"""The undo and redo stacks (`reader.store._journal`): a read-only store never uses them."""
TABLES = (META_TABLE, ANNOTATIONS, STATE_TABLE, TAGS, ARTICLES, *CORRECTION_TABLES, *JOURNAL)
"""The tables every store has (a missing one is added empty)."""


def _table(data: Data, name: str, path: Path, *, documents: bool = True) -> dict[str, Document]:
    table = data.get(name, {})
    if not isinstance(table, dict) or (
        documents and not all(isinstance(doc, dict) for doc in table.values())
    ):
        raise StoreError(f"cannot read store {path}: table {name!r} is not a TinyDB table")
    return table


def _v0_annotation(doc: Document, now: str, path: Path) -> Document:
    annotation_id = doc.get("id")
    tags = doc.get("tags", [])
    return {
        "id": annotation_id
        if isinstance(annotation_id, str) and annotation_id
        else str(uuid.uuid4()),
        "article_id": doc.get("article_id"),
        "start": doc.get("start"),
        "end": doc.get("end"),
        "quote": doc.get("quote", ""),
        "prefix": doc.get("prefix", ""),
        "suffix": doc.get("suffix", ""),
        "tags": list(tags) if isinstance(tags, list) else [],
        "note": doc.get("note", ""),
        "created": doc.get("created", now),
        "updated": doc.get("updated", doc.get("created", now)),
        "orphaned": bool(doc.get("orphaned", False)),
    }


def _v1_to_v2(data: Data, _path: Path, _root: Path) -> Data:
    """Adds the `articles` table, empty: which dump an annotated article came from is not
    known until the app sees it again, and until then its annotations are left alone.

    A table of that name a user's script kept in a version 1 store is moved aside to
    `articles.v1` (or `articles.v1.2` …), so the script's data survives.
    """
    _add_table(data, ARTICLES, 1)
    return data


def _v2_to_v3(data: Data, _path: Path, _root: Path) -> Data:
    """Adds the tables of the user's corrections (articles and entities), empty.

    Tables of those names a script kept are moved aside as in `_v1_to_v2`.
    """
    for name in (CORRECTIONS, ENTITY_EDITS, CHECKED):
        _add_table(data, name, 2)
    return data


SOURCE_TABLES = (ARTICLES, CORRECTIONS)
"""The tables whose documents name a dump (`source`)."""


def _v3_to_v4(data: Data, path: Path, root: Path) -> Data:
    """Dump paths inside the workspace become relative to it, in the tables and in the
    journal's copies of their documents (an undo then puts back the relative form).

    Paths outside the workspace stay absolute; anything not shaped as expected is left
    for validation to name.
    """
    for name in SOURCE_TABLES:
        for doc in _table(data, name, path).values():
            _relative_source(doc, root)
    for name in (UNDO, REDO):
        for step in _table(data, name, path).values():
            for op in step.get("ops", ()) if isinstance(step.get("ops"), list) else ():
                if isinstance(op, list) and len(op) == 4 and op[1] in SOURCE_TABLES:
                    _relative_source(op[3], root)
    return data


def _relative_source(doc: object, root: Path) -> None:
    if isinstance(doc, dict) and isinstance(doc.get("source"), str):
        doc["source"] = stored_source(doc["source"], root)


def _add_table(data: Data, name: str, old_version: int) -> None:
    """A new, empty table `name`; a table a script kept under that name becomes
    `name.vN` (or `name.vN.2` …)."""
    if name in data:
        aside = f"{name}.v{old_version}"
        number = 1
        while aside in data:
            number += 1
            aside = f"{name}.v{old_version}.{number}"
        data[aside] = data.pop(name)
    data[name] = {}


MIGRATIONS: dict[int, Callable[[Data, Path, Path], Data]] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
}
"""Version N -> N+1, applied in order on open; add one here when the schema changes."""


def is_colour(value: object) -> bool:
    """A tag colour as stored: `#rrggbb`."""
    return isinstance(value, str) and _COLOUR.fullmatch(value) is not None


def is_hotkey(value: object) -> bool:
    """A tag hotkey as stored: "1" … "9", or None."""
    return value is None or (isinstance(value, str) and value in _HOTKEYS)


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_name(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _is_offset(value: object) -> bool:
    return type(value) is int and value >= 0


def _is_names(value: object) -> bool:
    return isinstance(value, list) and all(_is_name(item) for item in value)


_FIELDS: dict[str, dict[str, Callable[[object], bool]]] = {
    ANNOTATIONS: {
        "id": _is_name,
        "article_id": _is_name,
        "start": _is_offset,
        "end": _is_offset,
        "quote": _is_text,
        "prefix": _is_text,
        "suffix": _is_text,
        "tags": _is_names,
        "note": _is_text,
        "created": _is_text,
        "updated": _is_text,
        "orphaned": lambda value: type(value) is bool,
    },
    STATE_TABLE: {"state": lambda value: value in STATES, "changed": _is_text},
    TAGS: {"colour": is_colour, "hotkey": is_hotkey},
    ARTICLES: {"source": _is_text, "title": _is_text},
    CORRECTIONS: {
        "seq": _is_offset,
        "kind": lambda value: value in CORRECTION_KINDS,
        "source": _is_text,
        "title": _is_text,
        "head": _is_text,
        "before": _is_text,
        "new_title": _is_text,
        "created": _is_text,
    },
    ENTITY_EDITS: {
        "article_id": _is_name,
        "start": _is_offset,
        "end": _is_offset,
        "quote": _is_text,
        "prefix": _is_text,
        "suffix": _is_text,
        "kind": lambda value: value in ENTITY_EDIT_KINDS,
        "label": _is_text,
        "created": _is_text,
        "orphaned": lambda value: type(value) is bool,
    },
    CHECKED: {"at": _is_text},
}
ANNOTATION_FIELDS = tuple(_FIELDS[ANNOTATIONS])
"""A stored annotation's fields in the order `Annotation.to_doc` writes them. Opening a store
puts any document in that order (a script's extra fields after them), so every annotation
the store holds or writes has this order and bulk readers need not check it."""
_WHAT = {
    ANNOTATIONS: "annotation",
    STATE_TABLE: "the state of article",
    TAGS: "tag",
    ARTICLES: "the record of article",
    CORRECTIONS: "article correction",
    ENTITY_EDITS: "entity correction",
    CHECKED: "the check of article",
}
_JOURNAL_FIELDS: dict[str, Callable[[object], bool]] = {
    "label": _is_text,
    "ops": lambda value: isinstance(value, list),
    "at": _is_text,
}


def validate(data: Data, path: Path, *, documents: bool = True) -> None:
    """Refuses (StoreError) a current-version store whose documents the code cannot use.

    A bad document is named, so the user can repair it by hand. A missing table is
    an empty one (as in TinyDB); it is added in memory only. Journal steps are
    checked too, so an undo can never bring back a document the code cannot read.
    Without `documents` only the tables are (a file this code wrote itself).
    """
    for name in TABLES:
        data[name] = _table(data, name, path, documents=documents)
    if not documents:
        return
    for table in _FIELDS:
        annotations = table == ANNOTATIONS
        for key, doc in data[table].items():
            if annotations and _annotation_fine(key, doc):
                continue
            problem = _doc_problem(table, key, doc, partial=False)
            if problem:
                _bad(path, f"{_WHAT[table]} {key!r} {problem}")
            if annotations:
                _put_in_order(doc)
    for name in (UNDO, REDO):
        for key, step in data[name].items():
            if not key.isdigit() or _fields_problem(step, _JOURNAL_FIELDS, partial=False):
                _bad(path, f"{name} step {key!r} is malformed")
            for op in step["ops"]:
                if not _is_op(op):
                    _bad(path, f"{name} step {key!r} is malformed: {str(op)[:80]}")
                if op[0] == "put" and op[1] == ANNOTATIONS and op[3] is not None:
                    _put_in_order(op[3])  # an undo may bring it back


def _put_in_order(doc: Document) -> None:
    """Reorders a checked annotation in place: its fields in `ANNOTATION_FIELDS` order, any
    other (a script's own) after them."""
    if tuple(doc) == ANNOTATION_FIELDS:
        return
    ordered = {name: doc[name] for name in ANNOTATION_FIELDS}
    ordered.update((name, value) for name, value in doc.items() if name not in ordered)
    doc.clear()
    doc.update(ordered)


def _annotation_fine(key: str, doc: Document) -> bool:
    """The check `_doc_problem` makes of a stored annotation, inlined: opening a store of
    100,000 spent most of its time in per-field calls. False sends the document to the
    full check, which names the problem (a document in another order passes it, and is
    then reordered)."""
    try:
        start, end, tags = doc["start"], doc["end"], doc["tags"]
        return (
            tuple(doc) == ANNOTATION_FIELDS
            and doc["id"] == key
            and type(key) is str
            and key != ""
            and type(start) is int
            and type(end) is int
            and 0 <= start < end
            and type(doc["orphaned"]) is bool
            and isinstance(doc["article_id"], str)
            and doc["article_id"] != ""
            and isinstance(doc["quote"], str)
            and isinstance(doc["prefix"], str)
            and isinstance(doc["suffix"], str)
            and isinstance(doc["note"], str)
            and isinstance(doc["created"], str)
            and isinstance(doc["updated"], str)
            and isinstance(tags, list)
            and all(isinstance(tag, str) and tag != "" for tag in tags)
        )
    except (KeyError, TypeError):
        return False


def _doc_problem(table: str, key: str, doc: Document, *, partial: bool) -> str | None:
    """What is wrong with a stored document (or with a patch when `partial`), or None."""
    problem = _fields_problem(doc, _FIELDS[table], partial=partial)
    if problem or partial or table not in (ANNOTATIONS, ENTITY_EDITS):
        return problem
    if doc.get("id", key) != key or doc["start"] >= doc["end"]:
        return "has a wrong id or range"
    return None


def _fields_problem(
    doc: Document, fields: dict[str, Callable[[object], bool]], *, partial: bool
) -> str | None:
    if partial and not set(doc) <= set(fields):
        return f"has unknown fields {sorted(set(doc) - set(fields))}"
    for field, ok in fields.items():
        if (field in doc or not partial) and not ok(doc.get(field)):
            return f"has a missing or wrong {field!r}"
    return None


def _is_op(op: object) -> bool:
    """A journal operation: ["put", table, key, doc or null] or ["patch", table, key, fields]."""
    if not (isinstance(op, list) and len(op) == 4 and isinstance(op[2], str)):
        return False
    kind, table, key, value = op
    if table not in _FIELDS or not isinstance(value, dict | None):
        return False
    if kind == "put":
        return value is None or _doc_problem(table, key, value, partial=False) is None
    return (
        kind == "patch" and value is not None and not _doc_problem(table, key, value, partial=True)
    )


def _bad(path: Path, problem: str) -> None:
    raise StoreError(f"cannot read store {path}: {problem}; {MOVE_ASIDE} or repair it")
