"""Tagging every hit of a search at once: what would be tagged (the preview), then one step.

Every body match of the query in every article the search found becomes a passage
with the tag: a match that already is an annotation gains the tag instead of
getting a twin, and one that already has it is counted, not touched. Annotations
found by their note or tags gain the tag too. Matches in titles are not passages
(annotations live in bodies) and are only counted. The store applies the lot as
one undo step, so one `u` takes every one of them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.library.articles import Library
from reader.library.search import Hit, Query, matches_in
from reader.store import Store
from reader.text.counted import counted


@dataclass(frozen=True, slots=True)
class TagPlan:
    """What tagging every hit would do, counted for the preview before it is done."""

    tag: str
    spans: tuple[tuple[str, str, int, int], ...]
    """New passages: (article id, body, start, end)."""
    annotation_ids: tuple[str, ...]
    """Annotations that gain the tag (their range is a match, or their note or tags are)."""
    already: int
    """Matches and annotations that have the tag already."""
    in_titles: int
    """Articles matching in their title only (nothing there to tag)."""
    articles: int
    """Articles with at least one passage to tag."""

    @property
    def count(self) -> int:
        """Passages that will carry the tag after this."""
        return len(self.spans) + len(self.annotation_ids)

    def describe(self) -> str:
        """The preview: `Tag 23 passages in 9 articles with “claim”? (2 already have it)`."""
        words = [
            f"Tag {counted(self.count, 'passage')} in {counted(self.articles, 'article')} "
            f"with “{self.tag}”?"
        ]
        if self.already:
            words.append(f"{counted(self.already, 'passage')} already have it.")
        if self.in_titles:
            words.append(f"{counted(self.in_titles, 'title')} matched: titles are not tagged.")
        words.append("One undo (u) takes them all back.")
        return " ".join(words)

    def why_nothing(self) -> str:
        """When there is nothing to tag, why: `every hit has “claim” already`."""
        if self.already:
            return f"Nothing to tag: every passage found has “{self.tag}” already."
        return "Nothing to tag: only titles matched, and titles are not tagged."


def plan_tag_hits(
    store: Store, library: Library, query: Query, hits: Sequence[Hit], tag: str
) -> TagPlan:
    """What giving `tag` to every hit of `query` would do (nothing is changed yet)."""
    spans: list[tuple[str, str, int, int]] = []
    gaining: dict[str, None] = {}
    already, in_titles = 0, 0
    touched: set[str] = set()
    for article_id in dict.fromkeys(hit.article_id for hit in hits if hit.annotation_id is None):
        article = library.get(article_id)
        if article is None:
            continue
        ranges = matches_in(article, query).body
        if not ranges:
            in_titles += 1
            continue
        existing = {(a.start, a.end): a for a in store.annotations(article_id) if not a.orphaned}
        for start, end in ranges:
            annotation = existing.get((start, end))
            if annotation is None:
                spans.append((article_id, article.body, start, end))
            elif tag in annotation.tags:
                already += 1
                continue
            else:
                gaining[annotation.id] = None
            touched.add(article_id)
    for hit in hits:
        if hit.annotation_id is None or hit.annotation_id in gaining:
            continue
        annotation = store.annotation(hit.annotation_id)
        if annotation is None:
            continue
        if tag in annotation.tags:
            already += 1
            continue
        gaining[annotation.id] = None
        touched.add(annotation.article_id)
    return TagPlan(tag, tuple(spans), tuple(gaining), already, in_titles, len(touched))


def apply_tag_plan(store: Store, plan: TagPlan) -> int:
    """Does what the plan previewed, as one undo step; how many passages were tagged. A tag
    typed new takes a free hotkey: the dialog offers the picker `t` does, whose new tags do."""
    return store.tag_many(plan.spans, plan.annotation_ids, plan.tag, hotkey_new_tags=True)
