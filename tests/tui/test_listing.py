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


def test_a_rank_along_the_list_finds_rows_by_bisection_without_a_table() -> None:
    articles = make_articles(6)
    by_id = {a.id: a for a in articles}
    place = {a.id: n for n, a in enumerate(articles)}
    ids = [articles[n].id for n in (0, 2, 3, 5)]  # a filtered list, still in rank order
    listed = ListedArticles(ids, by_id.get, place.__getitem__)
    assert [listed.index_of(articles[n].id) for n in range(6)] == [0, None, 1, 2, None, 3]
    assert listed._rows is None  # no table of every id was made
    assert listed.index_of("not in the library") is None  # unknown to the rank: the table
    assert listed.index_of(articles[5].id) == 3


def test_a_listed_id_the_rank_no_longer_knows_falls_back_to_the_table() -> None:
    articles = make_articles(3)
    by_id = {a.id: a for a in articles}
    place = {a.id: n for n, a in enumerate(articles)}
    del place[articles[1].id]  # replaced since the list was made
    listed = ListedArticles([a.id for a in articles], by_id.get, place.__getitem__)
    assert [listed.index_of(a.id) for a in articles] == [0, 1, 2]


def test_ids_listed_after_the_others_are_found_with_or_without_a_table() -> None:
    articles = make_articles(5)
    by_id = {a.id: a for a in articles}
    with_table = ListedArticles([a.id for a in articles[:2]], by_id.get)
    assert with_table.index_of(articles[1].id) == 1  # the table is made
    place = {a.id: n for n, a in enumerate(articles)}
    ranked = ListedArticles([a.id for a in articles[:2]], by_id.get, place.__getitem__)
    for listed in (with_table, ranked):
        listed.extend([articles[2].id, articles[4].id])
        assert list(listed) == [articles[n] for n in (0, 1, 2, 4)]
        assert [listed.index_of(a.id) for a in articles] == [0, 1, 2, None, 3]
