"""The `w3c` format: a W3C Web Annotation collection (JSON-LD), which `reader import` reads.

Each annotation targets its article (`urn:reader:article:<id>` as `source`), in the
scope of its dump (`urn:reader:dump:<path>`, the path percent-encoded and written as
the json format writes it: an import places the annotation in that dump's articles when
it does not hold its article), with a `TextQuoteSelector` (quote and 32 characters of
context) and a
`TextPositionSelector` (code points, as the Web Annotation model itself defines
positions); tags are `tagging` bodies and the note a `commenting` body. The
annotation's own id is `urn:reader:annotation:<id>`, so importing it back merges
with the original instead of copying it.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

import orjson

from reader import __version__
from reader.interchange.exporters.records import (
    OFFSETS,
    AnnotationDoc,
    Export,
    ExportArticle,
)
from reader.store.runs import FIELDS, DocumentRun
from reader.text import json_out
from reader.text.safe import without_surrogates

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
"""The Web Annotation JSON-LD context every document names."""

ARTICLE_URN = "urn:reader:article:"
ANNOTATION_URN = "urn:reader:annotation:"
DUMP_URN = "urn:reader:dump:"
"""The scope of a target: the dump its article is in (`dump_urn`)."""
READER_VOCABULARY = "urn:reader:vocabulary#"
"""Where the one term outside the Web Annotation vocabulary (`reader:offsets`) lives."""


def pieces(export: Export) -> list[json_out.Piece]:
    """The collection, indented, UTF-8, with a final newline, as pieces written one after
    another: the collection's own lines around one piece per article holding annotations.

    Each article's items are written from its annotations' JSON as the store's run holds
    it (`DocumentRun.field_lines`), their strings already escaped, into `ITEM`: building
    five objects for each of 100,000 annotations, parsing the runs to build them and
    serialising them again was most of a w3c export. An article whose run is laid out
    otherwise (or that has none) has its items built as objects (`annotation_doc`); both
    ways write the same bytes. The items are never joined into one buffer (91 MB at
    100,000, copied again by orjson and scanned for controls): every piece is escaped as
    `json_out.escape_controls` escapes (the runs are, and what is made here is), and the
    controls never straddle two pieces, which part between whole tokens."""
    bodies = _Bodies()
    chunks = [
        b",".join(_items(article.annotations, _Target.of(article), bodies))
        for article in export.articles
        if article.annotations
    ]
    if not chunks:
        return json_out.dumps_spliced(_collection(export, []), [], indent=True, newline=True)
    listed: list[json_out.Piece] = [b","] * (2 * len(chunks) - 1)
    listed[::2] = chunks
    return json_out.dumps_spliced(
        _collection(export, json_out.SPLICE),
        [[b"[", *listed, _ITEMS_END]],
        indent=True,
        newline=True,
    )


def render(export: Export) -> bytes:
    """The collection's bytes (`pieces` joined)."""
    return b"".join(pieces(export))


def _collection(export: Export, items: object) -> dict[str, Any]:
    """The collection around its one page of `items`; the page has an id as the model
    requires of every page ("The Page MUST have an IRI", 5.2; the W3C's own conformance
    test of a page failed without one)."""
    collection = f"urn:reader:export:{export.exported}"
    return {
        "@context": [CONTEXT, {"reader": READER_VOCABULARY}],
        "id": collection,
        "type": "AnnotationCollection",
        "label": "reader annotations",
        "generator": {
            "id": "urn:reader",
            "type": "Software",
            "name": f"reader {__version__}",
        },
        "generated": export.exported,
        "reader:offsets": OFFSETS,
        "total": export.annotation_count,
        "first": {
            "id": f"{collection}:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


_ITEMS_INDENT = b"\n" + b" " * 4
"""A line break and the indentation of the collection's `items` list (root object,
`first`: two spaces each); an item is indented by two more, its fields by four."""
_ITEMS_END = _ITEMS_INDENT + b"]"

ITEM = (
    b"\n      {"
    b'\n        "id": "urn:reader:annotation:%s'
    b'\n        "type": "Annotation",'
    b'\n        "%s'
    b'\n        "modified": %s%s'
    b'\n        "target": {'
    b'\n          "source": %s'
    b'\n          "selector": ['
    b"\n            {"
    b'\n              "type": "TextQuoteSelector",'
    b'\n              "exact": %s'
    b'\n              "%s'
    b'\n              "%s'
    b"\n            },"
    b"\n            {"
    b'\n              "type": "TextPositionSelector",'
    b'\n              "%s'
    b'\n              "%s'
    b"\n            }"
    b"\n          ]"
    b"\n        }"
    b"\n      }"
)
"""One item as `annotation_doc` makes it, at its place in the collection, with its fields
from a run's field lines (`DocumentRun.field_lines`): the id's text after its opening
quote, the `created` line, the `updated` value, the body (`_Bodies`), the `source` value
and the `scope` line after it (`_Target.lines`), the quote's value, the `prefix` and
`suffix` lines, the `start` and `end` lines, each line with the comma the item needs (its
own when it ends a list in the run as here)."""


@dataclass(frozen=True, slots=True)
class _Target:
    """What every item of one article targets: the article, in the scope of its dump."""

    source: str
    """The article's URN."""
    scope: str | None
    """Its dump's URN (`dump_urn`); None when the store never recorded the dump."""

    @classmethod
    def of(cls, article: ExportArticle) -> _Target:
        """The target of `article`'s annotations."""
        scope = None if article.source is None else dump_urn(article.source)
        return cls(ARTICLE_URN + article.id, scope)

    def lines(self) -> bytes:
        """The `source` value in `ITEM`, with its comma and the `scope` line after it (when
        there is a scope): one piece for every item of the article."""
        source = json_out.dumps(self.source) + b","
        if self.scope is None:
            return source
        return source + b'\n          "scope": ' + json_out.dumps(self.scope) + b","


def dump_urn(source: str) -> str:
    """A dump's path as an IRI: percent-encoded (spaces, non-ASCII), slashes kept; a lone
    surrogate (a file name that is not UTF-8) is U+FFFD, as every field of an export has
    it and as the store names the dump."""
    return DUMP_URN + quote(without_surrogates(source), safe="/")


def dump_of(urn: str) -> str | None:
    """The dump's path a `dump_urn` names; None for any other IRI."""
    if not urn.startswith(DUMP_URN) or urn == DUMP_URN:
        return None
    return unquote(urn.removeprefix(DUMP_URN))


def _items(
    annotations: Sequence[AnnotationDoc], target: _Target, bodies: _Bodies
) -> Iterable[bytes]:
    """One article's items as `ITEM` writes them (to be joined by commas); built as objects
    when its annotations have no run laid out as the store lays it out."""
    lines = _field_lines(annotations)
    if lines is None:
        return (_items_of_objects(annotations, target, bodies.tagging),)
    ids, starts, ends, quotes, prefixes, suffixes, tags, notes, created, updated, _ = lines
    return map(
        ITEM.__mod__,
        zip(
            map(_AFTER_ID, ids),
            created,
            map(_AFTER_UPDATED, updated),
            map(bodies.__getitem__, zip(tags, notes, strict=True)),
            itertools.repeat(target.lines()),
            map(_AFTER_QUOTE, quotes),
            prefixes,
            map(_WITHOUT_COMMA, suffixes),
            starts,
            map(_WITHOUT_COMMA, ends),
            strict=False,
        ),
    )


def _field_lines(annotations: Sequence[AnnotationDoc]) -> list[list[bytes]] | None:
    """The field lines of the annotations' run; for documents not from a run, those of a
    run made of them when their keys are the store's, in its order."""
    run = annotations
    if not isinstance(run, DocumentRun):
        if not all(map(FIELDS.__eq__, map(tuple, annotations))):
            return None
        try:
            run = DocumentRun.of(list(annotations))
        except orjson.JSONEncodeError:  # a lone surrogate: `json_out` makes it U+FFFD
            return None
    return run.field_lines()


_AFTER_ID = operator.itemgetter(slice(len('id": "'), None))
_AFTER_UPDATED = operator.itemgetter(slice(len('updated": '), None))
_AFTER_QUOTE = operator.itemgetter(slice(len('quote": '), None))
_WITHOUT_COMMA = operator.itemgetter(slice(None, -1))


def _items_of_objects(
    annotations: Sequence[AnnotationDoc], target: _Target, tagging: dict[str, dict[str, str]]
) -> bytes:
    """One article's items built as objects and serialised at their place (`ITEM`'s)."""
    items = [
        annotation_doc(annotation, target.source, tagging, target.scope)
        for annotation in annotations
    ]
    indented = json_out.dumps(items, indent=True)
    return indented.replace(b"\n", _ITEMS_INDENT)[1 : -len(_ITEMS_END)]


_BODY_OPEN = b'\n        "body": ['
_BODY_CLOSE = b"\n        ],"
_OBJECT_INDENT = _ITEMS_INDENT + b" " * 6
"""A line break and the indentation of an object in an item's `body` list."""
_NOTE_OBJECT = (
    b"\n          {"
    b'\n            "type": "TextualBody",'
    b'\n            "purpose": "commenting",'
    b'\n            "value": %s,'
    b'\n            "format": "text/plain"'
    b"\n          },"
)
"""A note's object in an item's `body` (as `_body` makes it), with the note's JSON string as
its run's line holds it (escaped as reader's JSON output is), and the comma after it."""


class _Bodies(dict[tuple[bytes, bytes], bytes]):
    """An item's `body` line in `ITEM` (empty when it has none) by its run's `tags` and
    `note` lines, made when first met: one per set of tags, and one per note, the note's
    object written around its line's string (parsing it and serialising its body again
    cost 5 µs a note, two thirds of a floor for 20,000)."""

    def __init__(self) -> None:
        super().__init__()
        self.tagging = _TagBodies()
        self._tagged: dict[bytes, bytes] = {}
        """The tag objects of a `tags` line, each with the comma after it."""

    def __missing__(self, lines: tuple[bytes, bytes]) -> bytes:
        tags_line, note_line = lines
        objects = self._tagged.get(tags_line)
        if objects is None:
            objects = self._tagged[tags_line] = self._tag_objects(tags_line)
        note = note_line[len('note": ') : -1]
        if note != b'""':
            objects += _NOTE_OBJECT % note
        made = self[lines] = _BODY_OPEN + objects[:-1] + _BODY_CLOSE if objects else b""
        return made

    def _tag_objects(self, tags_line: bytes) -> bytes:
        tags = orjson.loads(tags_line[len('tags": ') : -1])
        return b"".join(
            _OBJECT_INDENT
            + json_out.dumps(self.tagging[tag], indent=True).replace(b"\n", _OBJECT_INDENT)
            + b","
            for tag in tags
        )


def annotation_doc(
    annotation: AnnotationDoc,
    source: str,
    tagging: dict[str, dict[str, str]],
    scope: str | None = None,
) -> dict[str, Any]:
    """One annotation as a Web Annotation of `source`, its article's URN, in the `scope` of
    its dump's URN (none when None). `tagging` holds the tag bodies, shared by every
    annotation of a document (a `_TagBodies`; only written). Each object is made whole in
    one display, without setting keys one by one (a tenth of rendering 100,000 annotations
    was that)."""
    selector = [
        {
            "type": "TextQuoteSelector",
            "exact": annotation["quote"],
            "prefix": annotation["prefix"],
            "suffix": annotation["suffix"],
        },
        {
            "type": "TextPositionSelector",
            "start": annotation["start"],
            "end": annotation["end"],
        },
    ]
    target: dict[str, Any] = (
        {"source": source, "selector": selector}
        if scope is None
        else {"source": source, "scope": scope, "selector": selector}
    )
    body = _body(annotation["tags"], annotation["note"], tagging)
    if body is None:
        return {
            "id": ANNOTATION_URN + annotation["id"],
            "type": "Annotation",
            "created": annotation["created"],
            "modified": annotation["updated"],
            "target": target,
        }
    return {
        "id": ANNOTATION_URN + annotation["id"],
        "type": "Annotation",
        "created": annotation["created"],
        "modified": annotation["updated"],
        "body": body,
        "target": target,
    }


def _body(
    tags: Sequence[str], note: str, tagging: dict[str, dict[str, str]]
) -> list[dict[str, str]] | None:
    """An annotation's `body`: a tagging body per tag, then the note; None for neither."""
    if not (tags or note):
        return None
    body = list(map(tagging.__getitem__, tags))
    if note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": note,
                "format": "text/plain",
            }
        )
    return body


class _TagBodies(dict[str, dict[str, str]]):
    """One tagging body per tag, made when first asked for and shared by every annotation."""

    def __missing__(self, tag: str) -> dict[str, str]:
        body = self[tag] = {"type": "TextualBody", "purpose": "tagging", "value": tag}
        return body
