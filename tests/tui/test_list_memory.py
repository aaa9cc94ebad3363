"""Pilot tests of where the list was left: its filter and cursor come back at the next start."""

from __future__ import annotations

from reader.library.filters import EntityMatch, Filter
from reader.library.list_memory import (
    CURSOR_SETTING,
    FILTER_SETTING,
    filter_setting,
    saved_filter,
)
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_list import ArticleList
from tests.tui.helpers import fresh_store, make_session, seed_articles, settle, until
from tests.tui.test_triage_keys import SIZE, app_on, articles, header, listed


def shown(app: ReaderApp) -> str | None:
    article = app.main.view.article
    return None if article is None else article.title


async def test_the_filter_and_the_cursor_come_back_after_a_restart_and_are_told() -> None:
    store = fresh_store()
    made = articles(9)
    app = app_on(make_session(made, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "s", "j", "j", "s", "j", "s")  # Story 1, 3 and 4 starred
        await pilot.press("f", *"starred", "enter")
        assert listed(app) == ["Story 1", "Story 3", "Story 4"]
        await pilot.press("k")  # the cursor stayed on Story 4 through the filter
        await until(pilot, lambda: shown(app) == "Story 3")
    path = store.path
    store.close()
    again = app_on(make_session(made, store=Store(path)))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert listed(again) == ["Story 1", "Story 3", "Story 4"]
        assert "starred" in header(again)
        assert again.query_one(ArticleList).cursor == 1
        assert shown(again) == "Story 3"
        told = "As you left it: filter starred; at “Story 3” (row 2)"
        assert told in again.notes
        await pilot.press("F")  # cleared: the next start shows every article, told nothing
        await pilot.press("g")
        await until(pilot, lambda: shown(again) == "Story 0")
    again.session.store.close()
    third = app_on(make_session(made, store=Store(path)))
    async with third.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert listed(third) == [f"Story {n}" for n in range(9)]
        assert not [note for note in third.notes if "As you left it" in note]
    third.session.store.close()


def test_a_saved_filter_reads_back_without_the_dumps_no_longer_open() -> None:
    kept = Filter(
        states=frozenset({"starred", "kept"}),
        tags=frozenset({"claim"}),
        sources=frozenset({"a.txt", "gone.txt"}),
        entities=(EntityMatch("GPE", "Iran"), EntityMatch(None, "Seoul")),
        notes=True,
        languages=frozenset({"de", "fr"}),
    )
    back = saved_filter(filter_setting(kept), {"a.txt"})
    assert back == Filter(
        states=kept.states,
        tags=kept.tags,
        sources=frozenset({"a.txt"}),
        entities=kept.entities,
        notes=True,
        languages=kept.languages,
    )
    assert saved_filter({"states": ["starred", 3, "gone"], "entities": [[1, 2]]}, ()) == Filter(
        states=frozenset({"starred"})
    )
    assert saved_filter("junk", ()) == Filter()


async def test_an_entity_filter_left_on_opens_its_article_once_entities_list_it() -> None:
    """review36: an entity filter restored at start lists nothing until the entities come,
    then lists its articles with the article pane left blank (the view kept its article,
    which was none), and the cursor on the first row, not where the list was left."""
    store = fresh_store()
    made = seed_articles()
    store.put_setting(FILTER_SETTING, filter_setting(Filter().toggle_entity(EntityMatch("GPE"))))
    store.put_setting(CURSOR_SETTING, made[1].id)
    app = app_on(make_session(made, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.main.is_mounted and len(listed(app)) == 2)
        await until(pilot, lambda: shown(app) == made[1].title)
        assert app.query_one(ArticleList).cursor == 1
    store.close()
