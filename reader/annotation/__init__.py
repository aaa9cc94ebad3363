"""Passages the user marks: choosing, anchoring, re-anchoring and copying them out.

`Annotator` is what the annotation keys do to the store; `passages` finds the
sentence and paragraph under a cursor; `anchoring` finds a quote again in changed
text and `reanchor` moves a dump's annotations (and entity corrections) with it;
`clipboard` copies a passage as a citation. `corrections` makes and applies the
user's corrections of the split (breaks, welds, retitles); `entity_edits` merges the
user's entity corrections with the model's output.
"""

from typing import TYPE_CHECKING

from reader.lazy import lazy_exports

if TYPE_CHECKING:
    from reader.annotation.anchoring import AnchorReport, anchor
    from reader.annotation.annotator import Annotator, article_citation
    from reader.annotation.corrections import apply_corrections
    from reader.annotation.entity_edits import merge_entities
    from reader.annotation.reanchor import describe_reanchoring, reanchor_open

__all__ = [
    "AnchorReport",
    "Annotator",
    "anchor",
    "apply_corrections",
    "article_citation",
    "describe_reanchoring",
    "merge_entities",
    "reanchor_open",
]

_EXPORTS = {
    "AnchorReport": "anchoring",
    "anchor": "anchoring",
    "Annotator": "annotator",
    "article_citation": "annotator",
    "apply_corrections": "corrections",
    "merge_entities": "entity_edits",
    "describe_reanchoring": "reanchor",
    "reanchor_open": "reanchor",
}
"""Each name -> the module that defines it, imported on first use."""

__getattr__ = lazy_exports(__name__, _EXPORTS)
