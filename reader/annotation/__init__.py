"""Passages the user marks: choosing, anchoring, re-anchoring and copying them out.

`Annotator` is what the annotation keys do to the store; `passages` finds the
sentence and paragraph under a cursor; `anchoring` finds a quote again in changed
text and `reanchor` moves a dump's annotations with it; `clipboard` copies a
passage as a citation.
"""

from reader.annotation.anchoring import AnchorReport, anchor
from reader.annotation.annotator import Annotator, article_citation
from reader.annotation.reanchor import describe_reanchoring, reanchor_open

__all__ = [
    "AnchorReport",
    "Annotator",
    "anchor",
    "article_citation",
    "describe_reanchoring",
    "reanchor_open",
]
