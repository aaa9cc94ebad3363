"""The `w3c` format: a W3C Web Annotation collection (JSON-LD), which `reader import` reads.

Each annotation targets its article (`urn:reader:article:<id>` as `source`) with a
`TextQuoteSelector` (quote and 32 characters of context) and a
`TextPositionSelector` (code points, as the Web Annotation model itself defines
positions); tags are `tagging` bodies and the note a `commenting` body. The
annotation's own id is `urn:reader:annotation:<id>`, so importing it back merges
with the original instead of copying it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader import __version__
from reader.interchange.exporters.records import (
    OFFSETS,
    AnnotationDoc,
    Export,
    ExportArticle,
)
from reader.text import json_out

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
"""The Web Annotation JSON-LD context every document names."""

ARTICLE_URN = "urn:reader:article:"
ANNOTATION_URN = "urn:reader:annotation:"
READER_VOCABULARY = "urn:reader:vocabulary#"
"""Where the one term outside the Web Annotation vocabulary (`reader:offsets`) lives."""


def document(export: Export) -> dict[str, Any]:
    """The collection, with every annotation on its one embedded page."""
    tagging = _TagBodies()
    items = [
        annotation_doc(annotation, source, tagging)
        for article, source in _sources(export)
        for annotation in article.annotations
    ]
    return {
        "@context": [CONTEXT, {"reader": READER_VOCABULARY}],
        "id": f"urn:reader:export:{export.exported}",
        "type": "AnnotationCollection",
        "label": "reader annotations",
        "generator": {
            "id": "urn:reader",
            "type": "Software",
            "name": f"reader {__version__}",
        },
        "generated": export.exported,
        "reader:offsets": OFFSETS,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def render(export: Export) -> bytes:
    """The collection, indented, UTF-8, with a final newline."""
    return json_out.dumps(document(export), indent=True, newline=True)


def _sources(export: Export) -> Iterator[tuple[ExportArticle, str]]:
    """Each article with its URN, made once for all of its annotations."""
    for article in export.articles:
        yield article, ARTICLE_URN + article.id


def annotation_doc(
    annotation: AnnotationDoc, source: str, tagging: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """One annotation as a Web Annotation of `source`, its article's URN. `tagging` holds the
    tag bodies, shared by every annotation of a document (a `_TagBodies`; only written).
    Each object is made whole in one display, without setting keys one by one (a tenth
    of rendering 100,000 annotations was that)."""
    target = {
        "source": source,
        "selector": [
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
        ],
    }
    tags, note = annotation["tags"], annotation["note"]
    if not (tags or note):
        return {
            "id": ANNOTATION_URN + annotation["id"],
            "type": "Annotation",
            "created": annotation["created"],
            "modified": annotation["updated"],
            "target": target,
        }
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
    return {
        "id": ANNOTATION_URN + annotation["id"],
        "type": "Annotation",
        "created": annotation["created"],
        "modified": annotation["updated"],
        "body": body,
        "target": target,
    }


class _TagBodies(dict[str, dict[str, str]]):
    """One tagging body per tag, made when first asked for and shared by every annotation."""

    def __missing__(self, tag: str) -> dict[str, str]:
        body = self[tag] = {"type": "TextualBody", "purpose": "tagging", "value": tag}
        return body
