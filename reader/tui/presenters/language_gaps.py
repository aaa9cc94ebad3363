"""The languages of the open articles that their pipeline was not made for, told at once.

The legend marks an article read by another language's pipeline, and a notice says which
setting mends it. One notice a language (15 s each) stacked up the pane as an analyst went
down a list in eight languages; these functions gather every such language of the open
articles, so one notice names them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.analysis import LanguageGap
from reader.article import Article


def language_gaps(
    articles: Iterable[Article], gap_of: Callable[[Article], LanguageGap | None], first: LanguageGap
) -> list[LanguageGap]:
    """`first` (the gap of the article just opened), then one gap for each other language of
    `articles` read by a pipeline made for another, in the order the articles come; one
    article of each language written in `meta` is asked (100,000 articles: one look-up a
    language, not one an article)."""
    found = {first.article: first}
    asked: set[str | None] = set()  # each language as its dump wrote it is asked once
    for article in articles:
        written = article.meta.get("language")
        if written in asked:
            continue
        asked.add(written)
        gap = gap_of(article)
        if gap is not None and gap.article not in found:
            found[gap.article] = gap
    return list(found.values())


def gaps_by_pipeline(gaps: Iterable[LanguageGap]) -> dict[str, list[str]]:
    """The languages of `gaps` under the language of the pipeline that reads them (one
    notice each: nearly always one, the default model's)."""
    grouped: dict[str, list[str]] = {}
    for gap in gaps:
        grouped.setdefault(gap.pipeline, []).append(gap.article)
    return grouped
