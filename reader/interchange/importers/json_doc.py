"""Reads reader's own `json` export back (see `interchange.exporters.json_doc`, its schema)."""

from __future__ import annotations

from typing import Any, TypeVar

from reader.interchange.exporters.json_doc import FORMAT, READABLE_VERSIONS
from reader.interchange.importers.batch import ImportBatch
from reader.interchange.importers.fields import FormatProblem, Node
from reader.store import STATES, Annotation, ArticleRecord, StateRecord, Tag
from reader.store.records import CORRECTION_KINDS, ENTITY_EDIT_KINDS, ArticleCorrection, EntityEdit

_Keyed = TypeVar("_Keyed", Annotation, EntityEdit, ArticleCorrection)


def is_ours(doc: object) -> bool:
    """Whether a parsed file claims to be a reader export (then it must be a valid one)."""
    return isinstance(doc, dict) and doc.get("format") == FORMAT


def read(doc: object) -> ImportBatch:
    """Checks every field of a reader export and returns its records."""
    top = Node.of(doc, "")
    version = top.whole("version")
    if version not in READABLE_VERSIONS:
        raise FormatProblem(
            f"version: this reader reads version {', '.join(map(str, READABLE_VERSIONS[:-1]))} "
            f"and {READABLE_VERSIONS[-1]} exports, not version {version}"
        )
    top.time("exported")
    tags = _tags(top.nodes("tags"))
    corrections = _corrections(top.nodes("corrections")) if version >= 3 else ()
    annotations: list[Annotation] = []
    edits: list[EntityEdit] = []
    states: dict[str, StateRecord] = {}
    checked: dict[str, str] = {}
    records: dict[str, ArticleRecord] = {}
    dumps: dict[str, str] = {}
    seen_articles: set[str] = set()
    seen = _Unique()
    for node in top.nodes("articles"):
        article_id = node.name("id")
        if article_id in seen_articles:
            raise FormatProblem(f"{node.place('id')}: article {article_id} appears twice")
        seen_articles.add(article_id)
        provenance = _provenance(node, version)
        if provenance is not None:
            records[article_id] = provenance
        if (source := node.optional_text("source")) is not None:
            dumps[article_id] = source
        _check_article_fields(node)
        record = _state(node)
        if record is not None:
            states[article_id] = record
        for item in node.nodes("annotations"):
            annotations.append(seen(item, "annotation", _annotation(item, article_id)))
        if version >= 3:
            edits.extend(
                seen(item, "entity edit", _entity_edit(item, article_id))
                for item in node.nodes("entity_edits", [])
            )
            if "checked" in node.doc:
                checked[article_id] = node.time("checked")
    return ImportBatch(
        "json", tuple(annotations), states, tags, records, corrections, tuple(edits), checked, dumps
    )


class _Unique:
    """Refuses a record whose id an earlier record of its kind had (the store keeps one)."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] = set()

    def __call__(self, node: Node, kind: str, record: _Keyed) -> _Keyed:
        if (kind, record.id) in self._seen:
            raise FormatProblem(f"{node.place('id')}: {kind} {record.id} appears twice")
        self._seen.add((kind, record.id))
        return record


def _corrections(nodes: list[Node]) -> tuple[ArticleCorrection, ...]:
    """The corrections in the file's order, which is the order they apply in."""
    seen = _Unique()
    return tuple(
        seen(node, "correction", _correction(node, seq)) for seq, node in enumerate(nodes, 1)
    )


def _correction(node: Node, seq: int) -> ArticleCorrection:
    kind = node.one_of("kind", CORRECTION_KINDS)
    new_title = node.text("new_title")
    if kind == "retitle" and not new_title.strip():
        raise FormatProblem(f"{node.place('new_title')}: a retitle needs its new title")
    return ArticleCorrection(
        id=node.name("id"),
        seq=seq,
        kind=kind,  # type: ignore[arg-type]  # checked against CORRECTION_KINDS above
        source=node.text("source"),
        title=node.text("title"),
        head=node.name("head"),
        before=node.text("before"),
        new_title=new_title,
        created=node.time("created"),
    )


def _entity_edit(node: Node, article_id: str) -> EntityEdit:
    kind = node.one_of("kind", ENTITY_EDIT_KINDS)
    label = node.text("label")
    if (kind == "reject") != (not label):
        need = "has no" if kind == "reject" else "needs a"
        raise FormatProblem(f"{node.place('label')}: a {kind} edit {need} label")
    return EntityEdit(
        **_span(node, article_id),
        kind=kind,  # type: ignore[arg-type]  # checked against ENTITY_EDIT_KINDS above
        label=label,
        created=node.time("created"),
        orphaned=node.flag("orphaned"),
    )


def _span(node: Node, article_id: str) -> dict[str, Any]:
    """The fields of an annotation or entity edit saying where it is (`AnchoredSpan`'s), its
    range at least one character."""
    start = node.whole("start")
    end = node.whole("end")
    if end <= start:
        raise FormatProblem(f"{node.place('end')}: must be greater than start ({start}), got {end}")
    return {
        "id": node.name("id"),
        "article_id": article_id,
        "start": start,
        "end": end,
        "quote": node.text("quote"),
        "prefix": node.text("prefix"),
        "suffix": node.text("suffix"),
    }


def _tags(nodes: list[Node]) -> tuple[Tag, ...]:
    """The tag set, refusing a name or hotkey given twice (the store could not keep both)."""
    tags: list[Tag] = []
    hotkeys: dict[str, str] = {}
    for node in nodes:
        tag = _tag(node)
        if any(tag.name == other.name for other in tags):
            raise FormatProblem(f"{node.place('name')}: tag {tag.name!r} appears twice")
        if tag.hotkey is not None and tag.hotkey in hotkeys:
            raise FormatProblem(
                f"{node.place('hotkey')}: hotkey {tag.hotkey} is also {hotkeys[tag.hotkey]!r}'s"
            )
        tags.append(tag)
        if tag.hotkey is not None:
            hotkeys[tag.hotkey] = tag.name
    return tuple(tags)


def _tag(node: Node) -> Tag:
    node.raw("hotkey")
    return Tag(node.name("name"), node.text("colour"), node.optional_text("hotkey"))


def _provenance(node: Node, version: int) -> ArticleRecord | None:
    """The article's title and dump, when the file names both (the store keeps them)."""
    for key in ("title", "source"):
        node.raw(key)
    if version >= 2:  # `present` came with version 2
        node.flag("present")
    title, source = node.optional_text("title"), node.optional_text("source")
    return None if title is None or source is None else ArticleRecord(source, title)


def _check_article_fields(node: Node) -> None:
    """Fields that are not imported (the dump has them) must still be well-formed."""
    meta = Node.of(node.raw("meta"), node.place("meta"))
    for key in meta.doc:
        meta.text(key)
    if "text" in node.doc:
        node.text("text")
    for entity in node.nodes("entities", []):
        entity.whole("start")
        entity.whole("end")
        entity.text("label")


def _state(node: Node) -> StateRecord | None:
    state = node.one_of("state", STATES)
    node.raw("state_changed")
    if node.doc["state_changed"] is None:
        if state != "new":
            raise FormatProblem(f"{node.place('state_changed')}: a {state} article needs a time")
        return None
    return StateRecord(state, node.time("state_changed"))


def _annotation(node: Node, article_id: str) -> Annotation:
    return Annotation(
        **_span(node, article_id),
        tags=tuple(node.texts("tags")),
        note=node.text("note"),
        created=node.time("created"),
        updated=node.time("updated"),
        orphaned=node.flag("orphaned"),
    )
