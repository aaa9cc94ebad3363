"""The list's lazy rows: articles found by id as rows are drawn, rows found by id."""

from __future__ import annotations

from reader.tui.presenters.listing import ListedArticles
from tests.library.triage_helpers import make_articles


def test_rows_are_looked_up_only_when_read_and_found_by_id() -> None:
    articles = make_articles(4)
    by_id = {a.id: a for a in articles}
    asked: list[str] = []

    def lookup(article_id: str) -> object:
        asked.append(article_id)
        return by_id.get(article_id)

    listed = ListedArticles([a.id for a in articles], lookup)  # type: ignore[arg-type]
    assert len(listed) == 4 and not asked
    assert listed[2] is articles[2] and asked == [articles[2].id]
    assert listed[1:3] == articles[1:3]
    assert listed.index_of(articles[3].id) == 3 and listed.index_of("nope") is None
    assert list(listed) == articles
