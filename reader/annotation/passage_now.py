"""A passage chosen in an article that an edit of its dump replaced while a dialog was open
(a note, a tag, a label), found in the article as it is now: the dialog's save lands
there, never on an id no longer listed, where nothing would show it for the rest of the
session (review22: a note written while the inbox replaced its article)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.annotation.annotator import Passage
from reader.annotation.reanchor import home_of
from reader.article import Article
from reader.store.records import context


@dataclass(frozen=True, slots=True)
class _Chosen:
    """The passage as re-anchoring looks for it (`reanchor.Quoted`)."""

    quote: str
    prefix: str
    suffix: str
    start: int


def passage_now(passage: Passage, heir: Article | None, dump: Sequence[Article]) -> Passage | None:
    """Where `passage` is now: in `heir` (its own article edited) when that holds its text,
    else in the listed article of its dump that does, else approximately in `heir`, as the
    inbox moves an annotation (`reanchor.home_of`); None when the edit took it away."""
    chosen = _Chosen(*context(passage.body, passage.start, passage.end), passage.start)
    home = home_of(chosen, dump, heir)
    if home is None:
        return None
    article, found = home
    return Passage(article.id, article.body, found.start, found.end, passage.selected)
