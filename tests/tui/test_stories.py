"""Pilot tests of the same story once: folded rows with ×N, `z`, whole-story triage, `=`."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from textual.widgets import Static
from textual.worker import Worker

from reader.article import Article, article_id
from reader.library.stories import Stories
from reader.tui.app import ReaderApp
from reader.tui.presenters.facts import elsewhere_line
from reader.tui.presenters.rows import StoryMark, Untriaged, build_row
from reader.tui.screens.triage import STORY_LAYER
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.list_header import ListHeader
from reader.tui.widgets.result_list import ResultList
from tests.conftest import NEWS
from tests.tui.helpers import Noted, fresh_store, make_session, screen_lines, settle, until

SIZE = (120, 40)


def _article(title: str, body: str, source: str, index: int) -> Article:
    return Article(article_id(title, body), source, index, title, body)


def _library() -> list[Article]:
    """Three fixture stories in wire.txt; the first reprinted trimmed in web.txt (listed last)."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(NEWS.glob("*.txt"))[:3]]
    made = []
    for n, text in enumerate(texts):
        title, body = text.split("\n\n", 1)
        made.append(_article(title, body, "wire.txt", n))
    paras = made[0].body.split("\n\n")
    trimmed = "By Jane Roe\n\n" + "\n\n".join(paras[: len(paras) - 2])
    made.append(_article("A new headline for it", trimmed, "web.txt", 0))
    return made


def _titles(app: ReaderApp) -> list[str]:
    return [a.title for a in app.query_one(ArticleList).articles]


async def _grouped(pilot: Any) -> None:
    await settle(pilot)
    app = pilot.app
    await pilot.wait_for_scheduled_animations()
    assert len(app.main.stories) == 1, "the stories worker grouped the reprint"


async def test_a_story_is_listed_once_with_its_count_and_sources_and_z_unfolds_it() -> None:
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        first, reprint = app.library.articles[0], app.library.articles[3]
        assert _titles(app) == [a.title for a in app.library.articles[:3]]
        lines = screen_lines(app.query_one(ArticleList))
        assert "▸ ×2 wire.txt, web" in lines[1]
        assert any("listed once" in note for note in app.notes)
        await pilot.press("z")
        assert _titles(app) == [
            first.title,
            reprint.title,
            *[a.title for a in app.library.articles[1:3]],
        ]
        lines = screen_lines(app.query_one(ArticleList))
        assert "▾ ×2" in lines[1] and "↳ A new headline" in lines[2]
        await pilot.press("j", "z")
        assert _titles(app) == [a.title for a in app.library.articles[:3]]
        assert app.query_one(ArticleList).cursor == 0, "folding keeps the cursor on the story"
        await pilot.press("j", "z")
        assert app.notes[-1] == "This article has no other version."
        # At 80 columns the entity count left the source 7 cells: "▸ …", no count, no dump.
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: "▸×2 wire.txt" in screen_lines(app.query_one(ArticleList))[1])
        assert "ent ·" not in "\n".join(screen_lines(app.query_one(ArticleList)))


async def test_a_story_is_listed_at_its_fullest_version() -> None:
    """A digest's teaser, listed first, folds with the article pasted whole in a later
    dump: the story is listed at the whole article, enter opens it, z lists the teaser
    under it, = in the teaser compares it with the whole, and x there goes on to the next
    row (not past it, nor back to the teaser's)."""
    first, second, whole = _library()[:3]
    teaser = _article(whole.title, " ".join(whole.body.split()[:40]), "digest.txt", 0)
    app = Noted(make_session([teaser, first, whole, second]))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        listed = app.query_one(ArticleList)
        assert [a.id for a in listed.articles] == [first.id, whole.id, second.id]
        assert listed.cursor == 1, "the teaser was the cursor's article: its story's row"
        await pilot.press("z")
        assert [a.id for a in listed.articles] == [first.id, whole.id, teaser.id, second.id]
        assert listed.index_of(whole.id) == 1 and listed.index_of(teaser.id) == 2
        await pilot.press("j", "enter", "equals_sign")  # the teaser, against the whole
        assert app.notes[-1].startswith("Against the version listed: 1 sentence added, 18 removed")
        await pilot.press("escape", "k", "z", "enter")
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.id == whole.id
        await pilot.press("x")
        await settle(pilot)
        assert view.article is not None and view.article.id == second.id


async def test_an_article_found_in_two_dumps_names_both_in_its_row() -> None:
    """Listed once, its row named only the first dump: filtered to the second, the list
    showed rows saying another dump's name."""
    one = _library()[1]
    copy = Article(one.id, "copy.txt", 0, one.title, one.body)
    app = Noted(make_session([one, copy, _library()[2]]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = screen_lines(app.query_one(ArticleList))
        assert "wire.txt, copy.txt" in lines[1] and "×" not in lines[1]
        assert "wire.txt" in lines[3] and "copy" not in lines[3]


async def test_a_triage_key_acts_on_every_version_of_the_story() -> None:
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        first, reprint = app.library.articles[0], app.library.articles[3]
        await pilot.press("s")
        assert app.triage.state(first.id) == app.triage.state(reprint.id) == "starred"
        await pilot.press("u")
        assert app.triage.state(reprint.id) == "new", "one undo takes the whole story back"
        await pilot.press("x")
        assert app.triage.state(reprint.id) == "discarded"
        assert _titles(app) == [a.title for a in app.library.articles[1:3]]


async def test_whole_story_triage_can_be_turned_off() -> None:
    session = make_session(_library())
    session.whole_story = False
    app = Noted(session)
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        await pilot.press("s")
        assert app.triage.state(app.library.articles[0].id) == "starred"
        assert app.triage.state(app.library.articles[3].id) == "new"


async def test_equals_marks_what_a_version_added_and_says_what_it_dropped() -> None:
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("enter", "equals_sign")
        assert app.notes[-1].startswith("This is the version the story's row shows")
        assert not view.has_layer(STORY_LAYER)
        await pilot.press("escape", "z", "j", "enter", "equals_sign")
        assert view.article is app.library.articles[3]
        assert view.has_layer(STORY_LAYER)
        assert app.notes[-1].startswith("Against the version listed: 1 sentence added, ")
        assert "\n− " in app.notes[-1], "the dropped sentences are quoted"
        await pilot.press("equals_sign")
        assert not view.has_layer(STORY_LAYER)


async def test_new_dumps_regroup_and_unfolded_stories_that_vanished_are_forgotten() -> None:
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        await pilot.press("z")
        app.main.stories_found(Stories())
        assert app.main.unfolded == set()
        assert len(_titles(app)) == 4


@pytest.mark.parametrize(
    ("mark", "title", "source"),
    [
        (StoryMark(3, ("a.txt", "b.txt"), folded=True, lead=True), "Title", "▸ ×3 a.txt, b.txt"),
        (StoryMark(3, ("a.txt", "b.txt"), folded=False, lead=True), "Title", "▾ ×3 a.txt, b.txt"),
        (StoryMark(3, ("a.txt", "b.txt"), folded=False, lead=False), "↳ Title", "dump.txt"),
        (None, "Title", "dump.txt"),
        (StoryMark(1, ("a.txt", "b.txt"), folded=True, lead=True), "Title", "a.txt, b.txt"),
    ],
)
def test_rows_say_how_they_stand_in_their_story(
    mark: StoryMark | None, title: str, source: str
) -> None:
    article = _article("Title", "Body text.", "/x/dump.txt", 0)
    row = build_row(article, Untriaged(), 2, 60, mark)
    assert row.title == title
    assert row.source == source


async def test_triage_progress_counts_each_story_once_as_the_list_shows_it() -> None:
    """Four articles listed as three rows: "triaged 0 of 4" counted the reprint the list
    hides, and starring the story's row moved it by two. Each story counts once, triaged
    once any version is (also with whole-story triage off, where the row's key triages
    its one version)."""
    session = make_session(_library())
    session.whole_story = False
    app = Noted(session)
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        header = "\n".join(screen_lines(app.query_one(ListHeader)))
        assert "triaged 0 of 3" in header
        await pilot.press("s")
        header = "\n".join(screen_lines(app.query_one(ListHeader)))
        assert "triaged 1 of 3" in header and "33%" in header
        reprint = app.library.articles[3]
        assert app.triage.state(reprint.id) == "new", "whole-story triage is off"
        await pilot.press("j", "x")
        assert "triaged 2 of 3" in "\n".join(screen_lines(app.query_one(ListHeader)))


async def test_every_count_of_the_list_counts_stories_and_says_so() -> None:
    """Four articles in three stories: the filter line said 4 ("all articles · discarded
    hidden 4") over "triaged 0 of 3", and `*` offered "all 4 shown". The header's two
    lines, `*` and a triage key's notice count the stories the list shows (a story's
    versions unfolded by `z` are still one), and name them; the notice also says how
    many articles changed with them."""
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)

        def header() -> list[str]:
            return [" ".join(line.split()) for line in screen_lines(app.query_one(ListHeader))]

        assert header()[0] == "all · discarded hidden 3 stories"
        assert header()[1].startswith("triaged 0 of 3 stories ")
        await pilot.press("z")
        assert len(_titles(app)) == 4 and header()[0].endswith(" 3 stories")
        await pilot.press("asterisk")
        assert header()[0] == "* all 3 stories shown: s x + r m"
        await pilot.press("escape", "s")
        assert header()[1].startswith("triaged 1 of 3 stories ")
        await pilot.pause()
        assert "Starred 1 story (2 articles) · u undoes" in app.notes
        await pilot.press("j", "j", "x")
        assert header() == ["all · discarded hidden 2 stories", header()[1]]
        assert header()[1].startswith("triaged 2 of 3 stories ")


async def test_undo_names_the_stories_a_state_key_changed_as_its_notice_did() -> None:
    """`s` said "Starred 1 story (2 articles)" and `u` "Undone: star 2 articles": the
    store's journal counts articles. Undo and redo name stories as the notice does, also
    for a step an older reader wrote to the store ("star 2 articles", read back)."""
    made = _library()
    store = fresh_store()
    store.set_states([made[0].id, made[3].id], "starred")  # as a reader before this one did
    app = Noted(make_session(made, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        # the story by its row's title, cut at a word to be short in a notice
        starred = "star “European Central Bank holds rates as inflation…” (2 articles)"
        await pilot.press("u")
        await until(pilot, lambda: app.notes[-1:] == [f"Undone: {starred}"])
        await pilot.press("ctrl+r")
        await until(pilot, lambda: app.notes[-1:] == [f"Redone: {starred}"])
        await pilot.press("j", "x", "u")
        discarded = "Undone: discard “Arsenal beat Manchester City 2-1 to go top of…”"
        await until(pilot, lambda: app.notes[-1:] == [discarded])


class _Unsearched(list[str]):
    """A list of rows that may be read but not searched row by row."""

    def index(self, *args: object) -> int:  # type: ignore[override]
        raise AssertionError("the header searched the list for an unfolded story's row")


async def test_the_header_counts_unfolded_stories_without_searching_the_list() -> None:
    """With a story unfolded, each header refresh (every triage key) searched the list for
    its row: 38 ms a key with 1,000 stories unfolded among 10,000 articles."""
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        await pilot.press("z")
        screen = app.main
        screen._listed = _Unsearched(screen._listed)
        screen.refresh_header()
        await pilot.pause()
        lines = [" ".join(line.split()) for line in screen_lines(app.query_one(ListHeader))]
        assert lines[0] == "all · discarded hidden 3 stories" and len(_titles(app)) == 4


async def test_space_goes_through_each_story_once_past_the_versions_z_listed() -> None:
    """With a story unfolded (`z`), space went on into its reprint, listed under it, which
    the same story once is there to skip; from the reprint it goes on past it too."""
    made = _library()
    app = Noted(make_session(made))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        await pilot.press("z")
        assert _titles(app) == [made[0].title, made[3].title, made[1].title, made[2].title]
        listing = app.query_one(ArticleList)
        await pilot.press("space")
        assert listing.current.title == made[1].title  # type: ignore[union-attr]
        await pilot.press("g", "j", "space")  # from the reprint's own row
        assert listing.current.title == made[1].title  # type: ignore[union-attr]


async def test_the_filter_pickers_counts_name_stories_for_states_as_the_header_does() -> None:
    """`f` offered "new 4" under "triaged 0 of 3": a state's count is of stories, as the
    header's, and every other count names its articles. A dump also says how many of its
    articles are new, a reprint of a story starred elsewhere not among them (`space` skips
    it): triaging dump by dump, the picker showed only totals."""
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        await pilot.press("f")
        await pilot.pause()
        shown = {(c.kind, c.text): c.detail for c in app.screen._choices}
        assert shown[("state", "new")] == "3 stories"
        assert shown[("dump", "wire.txt")] == "3 articles · 3 new"
        assert shown[("dump", "web.txt")] == "1 article · 1 new"
        app.triage.apply("star", [app.library.articles[0].id])
        assert app.triage.state(app.library.articles[3].id) == "new", "the reprint stays new"
        await pilot.press("escape", "f")
        await pilot.pause()
        shown = {(c.kind, c.text): c.detail for c in app.screen._choices}
        assert shown[("state", "new")] == "2 stories"
        assert shown[("dump", "wire.txt")] == "3 articles · 2 new"
        assert shown[("dump", "web.txt")] == "1 article · 0 new"


async def test_compare_says_nothing_was_added_by_a_version_that_only_drops_sentences() -> None:
    """`=` in a trimmed reprint said "Added sentences marked" over "0 sentences added"."""
    made = _library()
    paras = made[0].body.split("\n\n")
    made[3] = _article("A new headline for it", "\n\n".join(paras[:-2]), "web.txt", 0)
    app = Noted(make_session(made))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        await pilot.press("z", "j", "enter", "equals_sign")
        await pilot.pause()
        titles = [notice.title for notice in app._notifications]
        assert "Nothing added" in titles and "Added sentences marked" not in titles
        assert any(
            note.startswith("Against the version listed: 0 sentences added") for note in app.notes
        )


async def test_star_after_reading_counts_the_story_once_and_the_next_one_read() -> None:
    """`j j enter s` moved "triaged 0 of 74" to 2, rightly: enter read the story (after the
    dwell), star did not count that story again, and the article star went on to was
    read in its turn after its own dwell (mutt's way). Here no dwell runs: the star alone
    leaves the count where the reading put it."""
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        list_header = app.query_one(ListHeader)
        await pilot.press("enter")
        app.triage.apply("read", [app.library.articles[0].id])  # as the dwell marks it
        app.main.refresh_header()
        assert "triaged 1 of 3 stories" in screen_lines(list_header)[1]
        await pilot.press("s")
        await pilot.pause()
        assert "triaged 1 of 3 stories" in screen_lines(list_header)[1]
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.id == app.library.articles[1].id


async def test_search_lists_a_folded_story_once_and_opens_it_at_its_row() -> None:
    """A story folded in the list came back as one search result per version (the same
    headline twice for one story): it is one result, marked `▸ ×2` as its row is, the
    version the row shows standing for it. A hit only a hidden version has opens that
    version with the cursor on the story's row (it said the article was filtered out)."""
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        first, reprint = app.library.articles[0], app.library.articles[3]
        await pilot.press("slash", *"lagarde")
        results = app.screen.query_one(ResultList)
        assert [hit.article_id for hit in results._hits] == [first.id]
        status = app.screen.query_one("#search-status", Static).render()
        assert str(status) == "1 story matches"
        assert "▸ ×2" in "\n".join(screen_lines(results))
        await pilot.press("ctrl+u", *"jane roe", "enter")
        await settle(pilot)
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.id == reprint.id
        assert app.query_one(ArticleList).cursor == 0
        assert not any("not in the filtered list" in note for note in app.notes)


class _Ungrouped(Noted):
    """The app before its stories worker has grouped the versions (it never does here)."""

    def find_stories(self) -> Worker[None]:
        """Groups nothing: a stories worker that ends at once."""
        return self.run_worker(lambda: None, thread=True, group="stories", name="stories")


async def test_undo_before_the_stories_are_grouped_counts_articles_not_stories() -> None:
    """Before the worker grouped them, `u` said "Undone: star 2 stories" of two versions
    of one story (each its own row then): it counts what it knows, articles."""
    made = _library()
    store = fresh_store()
    store.set_states([made[0].id, made[3].id], "starred")
    app = _Ungrouped(make_session(made, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.main.stories) == 0
        await pilot.press("u")
        await until(pilot, lambda: app.notes[-1:] == ["Undone: star 2 articles"])


async def test_the_stats_screen_counts_the_triage_in_stories_as_the_header_does() -> None:
    """Four articles listed as three stories: the header said "triaged 1 of 3 stories"
    and the stats screen "triaged 2 of 4". It says the stories, then the articles."""
    from reader.tui.dialogs.stats_screen import StatsScreen

    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        await pilot.press("s", "S")
        await until(pilot, lambda: isinstance(app.screen, StatsScreen))
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        await until(pilot, lambda: screen.charts is not None)
        await pilot.pause()
        summary = str(screen.query_one("#stats-summary", Static).render())
        assert summary.startswith(
            "4 articles (3 stories) in 2 dumps · triaged 1 of 3 stories (2 of 4 articles) · "
        )


async def test_a_story_read_in_one_dump_is_read_in_every_dump_in_rows_filters_and_counts() -> None:
    """The reprint read and annotated, its story's other version new: the header counted
    the story triaged and `f` said "new 2 stories", but the new filter listed 3 rows, the
    story among them, its row marked new with "0 ann". The story is read everywhere."""
    app = Noted(make_session(_library()))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        first, reprint = app.library.articles[0], app.library.articles[3]
        app.session.store.add_annotation(reprint.id, reprint.body, 0, 7, note="seen here")
        app.triage.apply("read", [reprint.id])
        app.main.recount()
        app.main.refresh_list()
        await pilot.pause()
        rows = screen_lines(app.query_one(ArticleList))
        story_row = next(i for i, line in enumerate(rows) if first.title[:30] in line)
        assert "●" not in rows[story_row] and "1 ann" in rows[story_row + 1]
        assert "triaged 1 of 3" in "\n".join(screen_lines(app.query_one(ListHeader)))
        await pilot.press("f")
        await until(pilot, lambda: bool(getattr(app.screen, "_choices", None)))
        shown = {(c.kind, c.text): c.detail for c in app.screen._choices}
        assert shown[("state", "new")] == "2 stories"
        await pilot.press("escape")
        app.main.set_filter(app.main.view_filter.toggle_state("new"))
        await pilot.pause()
        assert _titles(app) == [a.title for a in app.library.articles[1:3]]
        app.main.set_filter(app.main.view_filter.toggle_state("new").toggle_state("read"))
        await pilot.pause()
        assert _titles(app) == [first.title]
        assert app.triage.next_unread(None, stories=app.main.stories) == app.library.articles[1].id


async def test_a_discard_on_a_reprint_is_the_story_s_and_x_on_its_row_takes_it_off() -> None:
    """The first version read, the reprint discarded after (an import, or keys with
    `triage_whole_story` off): the story stayed listed as read, its discard hidden by a
    mere read. The decision set last is the story's; `x` on its row takes it off."""
    times = (f"2026-01-01T00:00:00.{n:03d}Z" for n in itertools.count())
    app = Noted(make_session(_library()))
    with patch("reader.store.store.now_iso", side_effect=lambda: next(times)):
        async with app.run_test(size=SIZE) as pilot:
            await _grouped(pilot)
            first, reprint = app.library.articles[0], app.library.articles[3]
            app.triage.apply("read", [first.id])
            app.triage.apply("discard", [reprint.id])
            app.main.refresh_list()
            await pilot.pause()
            assert _titles(app) == [a.title for a in app.library.articles[1:3]]
            assert "triaged 1 of 3" in "\n".join(screen_lines(app.query_one(ListHeader)))
            app.main.set_filter(app.main.view_filter.toggle_discarded())
            await until(pilot, lambda: _titles(app)[0] == first.title)
            app.query_one(ArticleList).focus()
            await pilot.press("k", "x")
            assert [app.triage.state(a.id) for a in (first, reprint)] == ["read", "read"]
            app.main.set_filter(app.main.view_filter.toggle_discarded())
            await until(pilot, lambda: _titles(app)[0] == first.title)


async def test_the_export_gives_each_version_its_story_s_state_beside_its_own(
    tmp_path: Path,
) -> None:
    """The row showed the story discarded; the export said only "read" of the version it
    listed, and a script reading it kept a story the user had thrown out."""
    exports = tmp_path / "exports"
    app = Noted(make_session(_library(), exports_dir=exports))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        first, reprint = app.library.articles[0], app.library.articles[3]
        app.triage.apply("read", [first.id])
        app.triage.apply("discard", [reprint.id])
        await pilot.press("E", "enter")
        await until(pilot, lambda: exports.is_dir() and any(exports.glob("reader-json-*")))
        (written,) = exports.glob("reader-json-*")
        document = json.loads(written.read_text(encoding="utf-8"))
        states = {a["id"]: (a["state"], a.get("story_state")) for a in document["articles"]}
        assert states == {first.id: ("read", "discarded"), reprint.id: ("discarded", "discarded")}


async def test_a_version_s_header_says_the_story_s_annotations_are_on_another_version() -> None:
    """The row counts the annotations of every version; the reprint opened showed none of
    them and said nothing, so an annotator annotated the story again on it."""
    store = fresh_store()
    first = _library()[0]
    made = store.add_annotation(first.id, first.body, 0, 5, tags=["claim"])
    app = Noted(make_session(_library(), store=store))
    async with app.run_test(size=SIZE) as pilot:
        await _grouped(pilot)
        view = app.query_one(ArticleView)
        told = "1 annotation on this story's other version, in wire.txt (z lists it)"
        await pilot.press("enter")
        assert view.article is not None and view.article.id == first.id
        assert not any(told in line for line in screen_lines(view))
        await pilot.press("escape", "z", "j", "enter")
        assert view.article is app.library.articles[3]
        await until(pilot, lambda: any(told in line for line in screen_lines(view)))
        store.delete_annotation(made.id)
        app.main.recount()
        await until(pilot, lambda: not any("other version" in s for s in screen_lines(view)))


def test_the_note_names_every_other_version_s_dump_once() -> None:
    counts = {"a": 2, "b": 1}
    line = elsewhere_line(counts, ["x/wire.txt", "y/web.txt", "z/wire.txt"], "v")
    assert (
        line
        == "3 annotations on this story's 2 other versions, in wire.txt, web.txt (v lists them)"
    )
    assert elsewhere_line({}, [], "z") == ""
