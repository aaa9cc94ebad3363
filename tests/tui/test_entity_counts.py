"""Pilot tests: the list's entity count and the entity filters follow the user's entity
edits, as the legend does (review23: after two deletions and a check the row said "67 ent"
beside a legend of 65, and a filter on a label the user had relabelled away still listed
the article)."""

from __future__ import annotations

from dataclasses import replace

from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from tests.tui.helpers import fresh_store, make_app, screen_lines, seed_articles, settle

SIZE = (120, 40)


def _rows(app) -> str:
    return "\n".join(screen_lines(app.query_one(ArticleList)))


async def test_the_rows_count_and_the_label_filter_follow_an_edit_and_its_undo() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        article = view.article
        before = app.analyses.entity_count(article)
        assert f"{before} ent · 0 ann" in _rows(app)
        await pilot.press("enter", "i", "d")
        await settle(pilot)
        assert f"{before - 1} ent · 0 ann" in _rows(app)
        await pilot.press("right_square_bracket", "t", *"LAW", "enter")
        await settle(pilot)
        assert app.triage.entities.articles("LAW") == {article.id}
        await pilot.press("u", "u")
        await settle(pilot)
        assert f"{before} ent · 0 ann" in _rows(app)
        assert app.triage.entities.articles("LAW") == frozenset()


async def test_edits_made_before_a_start_are_counted_and_filtered_on_from_the_first_rows() -> None:
    store = fresh_store()
    article = seed_articles()[0]
    start = article.body.index("Pyongyang")
    store.set_entity(article.id, article.body, start, start + len("Pyongyang"), "LAW")
    first = article.body.index("SEOUL")
    store.set_entity(article.id, article.body, first, first + len("SEOUL"), "GPE")
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = app.main._corrected(article)
        assert shown is not None and shown.entity_count != app.analyses.entity_count(article)
        assert f"{shown.entity_count} ent · 0 ann" in _rows(app)
        assert app.triage.entities.articles("LAW") == {article.id}


async def test_the_source_column_holds_still_down_the_list_at_120_columns() -> None:
    """users38: a longer entity count cut its row's dump name shorter ("000_8217380e2a8…"
    under "000_8217380e2a8b…"), so the column jagged as the eye ran down it."""
    seed = seed_articles()[0]
    articles = [
        replace(seed, id=f"x{n}", index=n, body=body)
        for n, body in enumerate(["Seoul.", seed.body, " ".join(["Seoul met Moscow."] * 60)])
    ]
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = [line for line in _rows(app).splitlines() if " ent · " in line]
        counts = [line.split(" ent · ")[0].split()[-1] for line in rows]
        assert sorted(map(len, counts)) == [1, 2, 3]
        sources = {line.split(" ent · ")[0].rsplit(" ", 1)[0].strip() for line in rows}
        assert len(sources) == 1
