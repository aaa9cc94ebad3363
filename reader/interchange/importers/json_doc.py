"""Reads reader's own `json` export back (see `interchange.exporters.json_doc`, its schema)."""

from __future__ import annotations

from reader.interchange.exporters.json_doc import FORMAT, READABLE_VERSIONS
from reader.interchange.importers.batch import ImportBatch
from reader.interchange.importers.fields import FormatProblem, Node
from reader.store import STATES, Annotation, ArticleRecord, StateRecord, Tag


def is_ours(doc: object) -> bool:
    """Whether a parsed file claims to be a reader export (then it must be a valid one)."""
    return isinstance(doc, dict) and doc.get("format") == FORMAT


def read(doc: object) -> ImportBatch:
    """Checks every field of a reader export and returns its records."""
    top = Node.of(doc, "")
    version = top.whole("version")
    if version not in READABLE_VERSIONS:
        raise FormatProblem(
            f"version: this reader reads version {' and '.join(map(str, READABLE_VERSIONS))} "
            f"exports, not version {version}"
        )
    top.time("exported")
    tags = _tags(top.nodes("tags"))
    annotations: list[Annotation] = []
    states: dict[str, StateRecord] = {}
    records: dict[str, ArticleRecord] = {}
    seen_articles: set[str] = set()
    seen_annotations: set[str] = set()
    for node in top.nodes("articles"):
        article_id = node.name("id")
        if article_id in seen_articles:
            raise FormatProblem(f"{node.place('id')}: article {article_id} appears twice")
        seen_articles.add(article_id)
        provenance = _provenance(node, version)
        if provenance is not None:
            records[article_id] = provenance
        _check_article_fields(node)
        record = _state(node)
        if record is not None:
            states[article_id] = record
        for item in node.nodes("annotations"):
            annotation = _annotation(item, article_id)
            if annotation.id in seen_annotations:
                raise FormatProblem(f"{item.place('id')}: annotation {annotation.id} appears twice")
            seen_annotations.add(annotation.id)
            annotations.append(annotation)
    return ImportBatch("json", tuple(annotations), states, tags, records)


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
    state = node.text("state")
    if state not in STATES:
        raise FormatProblem(f"{node.place('state')}: must be one of {', '.join(STATES)}")
    node.raw("state_changed")
    if node.doc["state_changed"] is None:
        if state != "new":
            raise FormatProblem(f"{node.place('state_changed')}: a {state} article needs a time")
        return None
    return StateRecord(state, node.time("state_changed"))


def _annotation(node: Node, article_id: str) -> Annotation:
    start = node.whole("start")
    end = node.whole("end")
    if end <= start:
        raise FormatProblem(f"{node.place('end')}: must be greater than start ({start}), got {end}")
    return Annotation(
        id=node.name("id"),
        article_id=article_id,
        start=start,
        end=end,
        quote=node.text("quote"),
        prefix=node.text("prefix"),
        suffix=node.text("suffix"),
        tags=tuple(node.texts("tags")),
        note=node.text("note"),
        created=node.time("created"),
        updated=node.time("updated"),
        orphaned=node.flag("orphaned"),
    )
