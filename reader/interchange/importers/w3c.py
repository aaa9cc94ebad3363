"""Reads a W3C Web Annotation collection, page or list whose targets are reader articles.

It accepts what `reader export --format w3c` writes, and the same shapes from other
tools as long as each annotation targets `urn:reader:article:<id>` with a
`TextQuoteSelector` and a `TextPositionSelector`. A target's `scope` naming a dump
(`urn:reader:dump:<path>`) says which dump the article is in, so an annotation whose
article the workspace does not hold is placed in that dump's article holding its quote;
another scope is ignored. Tags come from `tagging` bodies,
the note from `commenting` bodies (several are joined by a blank line), a plain
`bodyValue` is a note too; other bodies (and bodies given as links) are ignored.
Pages must be embedded: an import never fetches anything.
"""

from __future__ import annotations

from typing import Any

from reader.interchange.exporters.w3c import ANNOTATION_URN, ARTICLE_URN, dump_of
from reader.interchange.importers.batch import ImportBatch
from reader.interchange.importers.fields import FormatProblem, Node
from reader.store import Annotation

_KINDS = ("AnnotationCollection", "AnnotationPage", "Annotation")


def is_w3c(doc: object) -> bool:
    """Whether a parsed file looks like Web Annotation JSON (a collection, page or list)."""
    if isinstance(doc, list):
        return all(isinstance(item, dict) and _type(item) == "Annotation" for item in doc)
    return isinstance(doc, dict) and _type(doc) in _KINDS


def read(doc: object) -> ImportBatch:
    """Checks every annotation and returns them (W3C carries no states and no tag colours)."""
    annotations: list[Annotation] = []
    dumps: dict[str, str] = {}
    seen: set[str] = set()
    for node in _annotation_nodes(doc):
        annotation = _annotation(node)
        if annotation.id in seen:
            raise FormatProblem(f"{node.place('id')}: annotation {annotation.id} appears twice")
        seen.add(annotation.id)
        annotations.append(annotation)
        dump = _dump(_target(node))
        if dump is not None:
            dumps[annotation.article_id] = dump
    return ImportBatch("w3c", tuple(annotations), dumps=dumps)


def _dump(target: Node) -> str | None:
    """The dump a target's `scope` names (an IRI, or a resource with one), if it names one."""
    scope = target.doc.get("scope")
    if isinstance(scope, dict):
        scope = scope.get("id", scope.get("@id"))
    return dump_of(scope) if isinstance(scope, str) else None


def _type(doc: dict[str, Any]) -> object:
    kind = doc.get("type", doc.get("@type"))
    if isinstance(kind, list):
        return next((k for k in kind if k in _KINDS), None)
    return kind


def _annotation_nodes(doc: object) -> list[Node]:
    if isinstance(doc, list):
        return [Node.of(item, f"[{index}]") for index, item in enumerate(doc)]
    top = Node.of(doc, "")
    kind = _type(top.doc)
    if kind == "Annotation":
        return [top]
    if kind == "AnnotationPage":
        return _page_chain(top)
    if "first" not in top.doc:
        return []
    return _page_chain(Node.of(top.raw("first"), "first"))


def _page_chain(page: Node | None) -> list[Node]:
    found: list[Node] = []
    while page is not None:
        found.extend(page.nodes("items"))
        following = page.doc.get("next")
        if following is None:
            return found
        if isinstance(following, str):
            raise FormatProblem(
                f"{page.place('next')}: the next page is a link ({following}); "
                "only embedded pages can be imported"
            )
        page = Node.of(following, page.place("next"))
    return found


def _annotation(node: Node) -> Annotation:
    annotation_id = node.name("id")
    annotation_id = annotation_id.removeprefix(ANNOTATION_URN) or annotation_id
    target = _target(node)
    source = target.name("source") if "source" in target.doc else ""
    if not source.startswith(ARTICLE_URN) or source == ARTICLE_URN:
        raise FormatProblem(
            f"{target.place('source')}: expected {ARTICLE_URN}<article id>, got {source!r}"
        )
    quote, position = _selectors(target)
    start = position.whole("start")
    end = position.whole("end")
    if end <= start:
        raise FormatProblem(f"{position.place('end')}: must be greater than start ({start})")
    created = node.time("created")
    tags, note = _bodies(node)
    return Annotation(
        id=annotation_id,
        article_id=source.removeprefix(ARTICLE_URN),
        start=start,
        end=end,
        quote=quote.text("exact"),
        prefix=quote.text("prefix") if "prefix" in quote.doc else "",
        suffix=quote.text("suffix") if "suffix" in quote.doc else "",
        tags=tags,
        note=note,
        created=created,
        updated=node.time("modified") if "modified" in node.doc else created,
    )


def _target(node: Node) -> Node:
    target = node.raw("target")
    if isinstance(target, list):
        if len(target) != 1:
            raise FormatProblem(f"{node.place('target')}: expected one target, got {len(target)}")
        return Node.of(target[0], f"{node.place('target')}[0]")
    return Node.of(target, node.place("target"))


def _selectors(target: Node) -> tuple[Node, Node]:
    raw = target.raw("selector")
    listed = raw if isinstance(raw, list) else [raw]
    where = target.place("selector")
    selectors = [Node.of(item, f"{where}[{index}]") for index, item in enumerate(listed)]
    by_type = {kind: s for s in selectors if isinstance(kind := s.doc.get("type"), str)}
    for needed in ("TextQuoteSelector", "TextPositionSelector"):
        if needed not in by_type:
            raise FormatProblem(f"{where}: a {needed} is needed")
    return by_type["TextQuoteSelector"], by_type["TextPositionSelector"]


def _bodies(node: Node) -> tuple[tuple[str, ...], str]:
    raw = node.doc.get("body", [])
    listed = raw if isinstance(raw, list) else [raw]
    tags: list[str] = []
    notes: list[str] = []
    if "bodyValue" in node.doc:
        notes.append(node.text("bodyValue"))
    for index, item in enumerate(listed):
        if isinstance(item, str):
            continue  # an external resource by link: nothing reader can keep
        body = Node.of(item, f"{node.place('body')}[{index}]")
        purpose = body.doc.get("purpose")
        if purpose == "tagging":
            tags.append(body.name("value"))
        elif purpose == "commenting":
            notes.append(body.text("value"))
    return tuple(tags), "\n\n".join(notes)
