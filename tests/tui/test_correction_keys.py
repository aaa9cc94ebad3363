"""Pilot tests: B breaks, W welds, T retitles; each one undo step, the list updated at once."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input

from reader.tui.dialogs.title_editor import TitleEditor
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from tests.tui.helpers import fresh_store, make_app, seed_articles, settle, until

SIZE = (120, 40)


def _titles(app) -> list[str]:
    return [a.title for a in app.query_one(ArticleList).articles]


async def _open_second(pilot) -> None:
    await settle(pilot)
    await pilot.press("j", "enter")
    await settle(pilot)


async def test_b_breaks_the_article_at_the_cursors_paragraph_and_u_undoes_it() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        view = app.query_one(ArticleView)
        before = view.article
        assert before is not None
        await pilot.press("J", "J", "J", "J", "J", "J")
        span = view.passages.target
        assert span is not None
        # a passage across the cut: B is refused and says why (it was orphaned, told after)
        cut = next(p.start for p in before.paragraphs if p.start <= span[0] < p.end + 2)
        across = store.add_annotation(before.id, before.body, cut - 5, cut + 5, ["claim"])
        await pilot.press("B")
        await settle(pilot)
        assert store.article_corrections() == [] and len(_titles(app)) == 2
        said = [n.message for n in app._notifications][-1]
        assert "would be in neither article" in said and "(a shows the passages, d" in said
        store.delete_annotation(across.id)
        await pilot.press("B")
        await settle(pilot)
        titles = _titles(app)
        assert len(titles) == 3 and titles[1] == before.title
        opened = view.article
        assert opened is not None and opened.title == titles[2]
        assert before.body.endswith(opened.body)
        assert len(store.article_corrections()) == 1
        assert app.focused is view
        await pilot.press("u")
        await settle(pilot)
        assert _titles(app) == [a.title for a in app.library.articles][:2]
        assert len(_titles(app)) == 2 and store.article_corrections() == []
        assert view.article is not None and view.article.id == before.id


async def test_the_title_bar_counts_only_listed_articles_as_analysed() -> None:
    app = make_app(store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        await until(pilot, lambda: app.sub_title.endswith("entities 2 of 2 articles"))
        await pilot.press("J", "J", "J", "B")
        await settle(pilot)
        await until(pilot, lambda: app.sub_title.endswith("entities 3 of 3 articles"))
        await pilot.press("u")
        await settle(pilot)
        assert app.sub_title.endswith("entities 2 of 2 articles")


async def test_the_title_bar_counts_again_when_a_weld_gives_back_an_article_listed_already() -> (
    None
):
    """The same dump saved twice: a break in one copy lists two articles more, the weld
    that undoes it lists none new (the article is the other copy's), and the count
    still follows the list (it stayed at 4 of 4 over two listed articles)."""
    seed = seed_articles()
    twice = [*seed, *(replace(article, source="copy.txt") for article in seed)]
    app = make_app(twice, store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        await until(pilot, lambda: app.sub_title.endswith("entities 2 of 2 articles"))
        await pilot.press("J", "J", "J", "B")
        await settle(pilot)
        await until(pilot, lambda: app.sub_title.endswith("entities 4 of 4 articles"))
        await pilot.press("W")
        await settle(pilot)
        assert len(app.library) == 2
        await until(pilot, lambda: app.sub_title.endswith("entities 2 of 2 articles"))


async def test_w_joins_the_article_to_the_one_before_and_states_follow() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        first, second = app.library.articles[:2]
        store.set_state(first.id, "starred")
        app.triage.reload()
        await pilot.press("W")
        await settle(pilot)
        (joined,) = app.query_one(ArticleList).articles
        assert joined.title == first.title
        assert joined.body.startswith(first.body) and joined.body.endswith(second.body)
        assert app.triage.state(joined.id) == "starred"
        view = app.query_one(ArticleView)
        assert view.article == joined
        # review34: the cursor on the seam (the part being read), not the joined one's top
        seam = len(joined.body) - len(second.body)
        sentence = view.passages.sentence
        assert sentence is not None and seam - len(second.title) - 2 <= sentence[0] <= seam
        await pilot.press("W")
        await settle(pilot)
        assert len(app.query_one(ArticleList).articles) == 1


async def test_t_retitles_the_article_in_the_list_at_once() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, TitleEditor)
        field = app.screen.query_one(Input)
        field.value = ""
        await pilot.press(*"Iran strikes: the briefing", "enter")
        await settle(pilot)
        assert _titles(app)[1] == "Iran strikes: the briefing"
        assert app.query_one(ArticleView).article.title == "Iran strikes: the briefing"
        await pilot.press("T", "escape")
        await settle(pilot)
        assert _titles(app)[1] == "Iran strikes: the briefing"


async def test_a_correction_is_applied_again_when_the_app_opens_anew() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        await pilot.press("J", "J", "J", "B")
        await settle(pilot)
        broken = _titles(app)
    from reader.annotation.corrections import apply_corrections
    from tests.tui.helpers import make_session, seed_articles

    split = seed_articles()
    corrected = apply_corrections(split, store.article_corrections())
    session = make_session(corrected.articles, store=store)
    session.split = split
    again = make_app(session=session)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert _titles(again) == broken
        await pilot.press("j", "j", "enter", "u")
        await settle(pilot)
        assert len(_titles(again)) == 2


async def test_a_correction_places_annotations_through_the_sessions_one_run_at_a_time() -> None:
    """Not beside a placing the app runs in a thread after a dump came in: both would carry
    the same vanished articles' states."""
    app = make_app(store=fresh_store())
    runs: list[str] = []
    place = app.session.placing.place

    def noted(*args, **kwargs):
        runs.append("placed")
        return place(*args, **kwargs)

    app.session.placing.place = noted
    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        await pilot.press("J", "J", "J", "B")
        await settle(pilot)
        assert len(_titles(app)) == 3 and runs == ["placed"]


async def test_the_entity_filters_count_only_the_articles_listed_after_a_break_and_a_weld() -> None:
    """review36: `f` offered "any PERSON 29 articles" of 28 after a break and a weld: the
    entity index kept the articles a correction took out of the list. Broken, the seed's
    second article leaves the index for its parts; joined again, the parts leave it; the
    weld undone, both parts are counted again, the one not opened too."""
    app = make_app(store=fresh_store())

    def indexed() -> set[str]:
        labels = app.triage.entities.labels()
        return set().union(*(app.triage.entities.articles(count.label) for count in labels))

    def listed() -> set[str]:
        return {a.id for a in app.library.articles}

    def analysed(count: int) -> bool:
        return app.sub_title.endswith(f"entities {count} of {count} articles")

    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        await until(pilot, lambda: analysed(2))
        await pilot.press("J", "J", "J", "B")
        await until(pilot, lambda: analysed(3))
        parts = listed()
        assert indexed() <= parts and len(indexed() & parts) == 3  # each part names some
        await pilot.press("W")
        await until(pilot, lambda: analysed(2))
        assert indexed() <= listed()
        await pilot.press("u")
        await until(pilot, lambda: listed() == parts)
        await until(pilot, lambda: indexed() == parts)


async def test_a_redone_weld_whose_article_another_dump_lists_takes_its_parts_out() -> None:
    """Seen in tmux on a tuning dump whose article another dump holds too: B, W, u, then
    ctrl+r left both parts listed beside the joined article (the list not redrawn: the
    redo listed no article new, and its moved check redrew only rows) until a restart."""
    seed = seed_articles()
    twice = [*seed, *(replace(article, source="copy.txt") for article in seed)]
    app = make_app(twice, store=fresh_store())

    def listed() -> list[str]:
        return [a.id for a in app.query_one(ArticleList).articles]

    async with app.run_test(size=SIZE) as pilot:
        await _open_second(pilot)
        await until(pilot, lambda: app.sub_title.endswith("entities 2 of 2 articles"))
        await pilot.press("i", "c", "i", "escape", "g", "j", "enter")  # checked
        await settle(pilot)
        whole = listed()
        await pilot.press("J", "J", "J", "B")
        await until(pilot, lambda: len(listed()) == 4)
        await pilot.press("W")
        await until(pilot, lambda: listed() == whole)
        await pilot.press("u")
        await until(pilot, lambda: len(listed()) == 4)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: len(app.library) == 2)
        await settle(pilot)
        assert listed() == whole
