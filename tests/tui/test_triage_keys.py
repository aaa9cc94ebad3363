"""Pilot tests of triage: state keys with counts, the unread queue, bulk + undo, filters, dwell."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest
from textual import events
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Input, OptionList

from reader.article import Article, Paragraph, article_id
from reader.store import Store, _storage
from reader.tui.app import ReaderApp
from reader.tui.dialogs.confirm import Confirm
from reader.tui.dialogs.filter import FilterPicker
from reader.tui.presenters.session import Session
from reader.tui.widgets.article_list import ROW_HEIGHT, ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.list_header import ListHeader
from tests.tui.fakes import FakeService
from tests.tui.helpers import (
    fresh_store,
    make_session,
    screen_lines,
    seed_articles,
    settle,
    until,
)

SIZE = (120, 40)


class Noted(ReaderApp):
    """Records notifications so tests can read them."""

    def __init__(self, session: Session, keymap: dict[str, str] | None = None) -> None:
        super().__init__(session, FakeService(), "fake_model", keymap=keymap)
        self.notes: list[str] = []

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes.append(str(message))
        super().notify(message, **kwargs)


def articles(count: int, source: str = "a.txt", start: int = 0) -> list[Article]:
    """Distinct small articles (Iran in every third one, for the entity filter)."""
    made = []
    for n in range(start, start + count):
        body = f"Report {n} from Seoul." + (" Iran answered." if n % 3 == 0 else "")
        title = f"Story {n}"
        paragraph = (Paragraph(0, len(body)),)
        made.append(Article(article_id(title, body), source, n, title, body, paragraph))
    return made


def app_on(session: Session) -> Noted:
    app = Noted(session)
    app.main.preview_delay = 0
    return app


def states(app: ReaderApp) -> list[str]:
    return [app.triage.state(a.id) for a in app.library.articles]


def listed(app: ReaderApp) -> list[str]:
    return [a.title for a in app.query_one(ArticleList).articles]


def header(app: ReaderApp) -> str:
    return "\n".join(screen_lines(app.query_one(ListHeader)))


async def test_state_keys_change_the_cursor_article_and_toggle_back() -> None:
    app = app_on(make_session(articles(4)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        assert states(app)[0] == "starred"
        assert "★" in screen_lines(app.query_one(ArticleList))[0]
        await pilot.press("s")
        assert states(app)[0] == "read"
        await pilot.press("plus", "j", "r", "j", "m")
        assert states(app) == ["kept", "read", "new", "new"]
        assert "triaged 2 of 4" in header(app)
        assert app.session.store.state(app.library.articles[0].id) == "kept"


async def test_a_count_prefix_applies_to_that_many_articles_and_shows_while_typed() -> None:
    app = app_on(make_session(articles(30)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "2")
        assert "12 × s x + r m" in header(app)
        await pilot.press("s")
        assert states(app)[:13] == ["starred"] * 12 + ["new"]
        await until(pilot, lambda: "Starred 12 stories · u undoes" in app.notes)
        assert "all · discarded hidden" in header(app)
        await pilot.press("5", "j")
        assert app.query_one(ArticleList).cursor == 5
        await pilot.press("u")
        assert states(app)[:12] == ["new"] * 12
        await pilot.press("ctrl+r")
        assert states(app)[:12] == ["starred"] * 12


@pytest.mark.parametrize("burst", ["3s", "12s", "3x"])
async def test_a_count_typed_in_one_burst_with_its_key_counts(burst: str) -> None:
    """As a terminal delivers keys typed fast, or pasted: all queued at once. The list
    armed each key as it reached it, before the binding of the digit ahead of it had
    run (review22: '3x' discarded one article)."""
    app = app_on(make_session(articles(30)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for char in burst:
            app.post_message(events.Key(char, char))
        await settle(pilot)
        count = int(burst[:-1])
        state = "starred" if burst.endswith("s") else "discarded"
        assert states(app)[: count + 1] == [state] * count + ["new"]


async def test_a_count_typed_in_one_burst_with_a_move_moves_that_many() -> None:
    app = app_on(make_session(articles(30)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for char in "5j2k":
            app.post_message(events.Key(char, char))
        await settle(pilot)
        assert app.query_one(ArticleList).cursor == 3


async def test_a_changes_notice_shows_once_it_is_on_disk_and_the_list_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The store's writer thread saves a key's change; reader says it is done only once it
    is on disk (docs/reliability.md), and the list does not wait for the disk."""
    app = app_on(make_session(articles(5)))
    disk = threading.Event()
    real_write = _storage.write_atomically

    def held_write(path: Path, payload: bytes, mode: int | None = None) -> None:
        assert disk.wait(30), "the test never let the save through"
        real_write(path, payload, mode)

    monkeypatch.setattr(_storage, "write_atomically", held_write)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", "s")
        assert states(app)[:4] == ["starred"] * 3 + ["new"]
        assert "★" in screen_lines(app.query_one(ArticleList))[0]
        await pilot.pause()  # (`settle` would wait for the thread waiting on the disk)
        assert not [note for note in app.notes if note.startswith("Starred")]
        disk.set()
        await until(pilot, lambda: "Starred 3 stories · u undoes" in app.notes)
        saved = orjson.loads(app.session.store.path.read_bytes())["states"]
        assert sorted(doc["state"] for doc in saved.values()) == ["starred"] * 3


async def test_discard_hides_the_article_and_d_shows_discarded_again() -> None:
    app = app_on(make_session(articles(3)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        assert listed(app) == ["Story 1", "Story 2"]
        assert app.query_one(ArticleView).article.title == "Story 1"
        assert "discarded hidden" in header(app)
        await pilot.press("D")
        assert listed(app) == ["Story 0", "Story 1", "Story 2"]
        assert "with discarded" in header(app)
        assert app.query_one(ArticleList).current.title == "Story 1"


async def test_r_on_a_discarded_story_says_it_stays_discarded_and_which_key_takes_it_off() -> None:
    """`r` never overrides a decision; on a discarded story it did nothing and said
    nothing, as if the key was lost."""
    app = app_on(make_session(articles(3)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x", "D", "k")
        assert app.query_one(ArticleList).current.title == "Story 0"
        await pilot.press("r")
        assert states(app)[0] == "discarded"
        assert app.notes[-1].startswith("r leaves a decision as it is: x again takes it off")
        app.triage.apply("read", [app.library.articles[1].id])  # as a read reprint beside it
        await pilot.press("2", "r")
        assert states(app)[:2] == ["discarded", "read"]
        assert app.notes[-1] == (
            "r leaves a decision as it is: x twice takes it off (the first discards them all), "
            "m makes it unread"
        )


async def test_space_goes_to_the_next_unread_across_dumps_and_wraps() -> None:
    session = make_session([*articles(3, "a.txt"), *articles(3, "b.txt", start=3)])
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = [a.id for a in app.library.articles]
        app.triage.apply("read", [ids[1], ids[2], ids[4]])
        listing, view = app.query_one(ArticleList), app.query_one(ArticleView)
        await pilot.press("space")
        assert listing.cursor == 3 and view.article.id == ids[3]
        await pilot.press("space")
        assert listing.cursor == 5
        await pilot.press("space")
        assert listing.cursor == 0
        await pilot.press("backspace")
        assert listing.cursor == 5
        await pilot.press("2", "space")
        assert listing.cursor == 3
        await pilot.press("tab", "space")
        assert view.article.id == ids[5] and app.focused is view
        app.triage.apply("read", ids)
        await pilot.press("space")
        assert app.notes[-1] == "No unread articles left."


async def test_state_keys_in_the_article_view_act_on_the_open_article() -> None:
    session = make_session(articles(3))
    session.advance = False  # the article stays open (with advance, see test_daily_keys)
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter", "s")
        assert states(app) == ["new", "starred", "new"]
        await pilot.press("x")
        assert app.query_one(ArticleView).article.title == "Story 1"
        assert listed(app) == ["Story 0", "Story 2"]


async def test_u_in_the_article_after_a_key_that_went_on_opens_the_undone_article() -> None:
    """x in the article goes on to the next unread; u, pressed to take the slip back,
    restored Story 1 out of view. It opens Story 1 again; an undo the open article's own
    (s, then u, with nothing gone on) stays where it is, and the list's u takes its cursor
    to the article it restored (test_undo_and_redo_name_the_story_and_take_the_cursor_to_it)."""
    app = app_on(make_session(articles(4)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("j", "enter", "x")
        assert view.article.title == "Story 2"
        await pilot.press("u")
        assert states(app)[1] != "discarded" and listed(app)[1] == "Story 1"
        assert view.article.title == "Story 1"
        assert app.query_one(ArticleList).cursor == 1
        app.main.session.advance = False
        await pilot.press("s", "u")
        assert view.article.title == "Story 1"
        await pilot.press("escape", "j", "x", "u")
        assert app.query_one(ArticleList).current.title == "Story 2"


async def test_bulk_applies_to_the_filtered_list_as_one_undo_step() -> None:
    app = app_on(make_session(articles(9)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"iran", "enter")
        assert listed(app) == ["Story 0", "Story 3", "Story 6"]
        await pilot.press("asterisk")
        assert "* all 3 stories shown" in header(app)
        await pilot.press("x")
        assert states(app) == ["discarded", "new", "new"] * 3
        await until(pilot, lambda: "Discarded 3 stories · u undoes" in app.notes)
        assert listed(app) == []
        shown = " ".join(screen_lines(app.query_one(ArticleList))).split()
        assert (
            " ".join(shown) == "No story passes this filter: F clears it, D shows discarded ones."
        )
        await pilot.press("space")
        assert app.notes[-1] == (
            "No unread articles left in this filter; 6 stories outside it are unread: F clears it."
        )
        await pilot.press("u")
        assert states(app) == ["new"] * 9
        assert listed(app) == ["Story 0", "Story 3", "Story 6"]


async def test_undoing_a_bulk_change_that_emptied_the_list_goes_to_the_article_shown() -> None:
    """The emptied list keeps the article it showed in the view; the undo lists it again
    with the cursor on it, where the cursor went to the first row while the view showed
    the last (a star then starred the row, not the article read)."""
    app = app_on(make_session(articles(9)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"iran", "enter", "G")
        view, rows = app.query_one(ArticleView), app.query_one(ArticleList)
        await until(pilot, lambda: view.article is not None and view.article.title == "Story 6")
        await pilot.press("asterisk", "x")
        await until(pilot, lambda: listed(app) == [])
        await pilot.press("u")
        await until(pilot, lambda: listed(app) == ["Story 0", "Story 3", "Story 6"])
        assert rows.current is view.article and view.article.title == "Story 6"


async def test_bulk_over_many_articles_asks_first() -> None:
    app = app_on(make_session(articles(25)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("asterisk", "s")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        assert states(app) == ["new"] * 25
        await pilot.press("asterisk", "s")
        await pilot.press("y")
        assert states(app) == ["starred"] * 25
        await pilot.press("asterisk", "j", "s")
        assert states(app)[1] == "read" and states(app)[0] == "starred"


async def test_filters_by_state_dump_and_entity_combine_and_show_in_the_header() -> None:
    app = app_on(make_session([*articles(6, "a.txt"), *articles(6, "b.txt", start=6)]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"b.t", "enter")
        assert listed(app) == [f"Story {n}" for n in range(6, 12)]
        assert "dump b.txt" in header(app) and " 6" in header(app)
        await pilot.press("f", *"iran", "enter")
        assert listed(app) == ["Story 6", "Story 9"]
        await pilot.press("s", "f", *"starr", "enter")
        assert listed(app) == ["Story 6"]
        assert header(app).splitlines()[0].startswith("starred · GPE “Iran” · dump b.txt")
        await pilot.press("f")
        picker = app.screen
        assert isinstance(picker, FilterPicker)
        assert picker.query_one(Input).value == ""
        await pilot.press(*"starr", "enter")
        assert listed(app) == ["Story 6", "Story 9"]
        await pilot.press("F")
        assert len(listed(app)) == 12 and "all · discarded hidden" in header(app)
        await pilot.press("f", "z", "enter", "escape")
        assert len(listed(app)) == 12


async def test_an_entity_filter_narrows_the_seed_to_the_articles_naming_it() -> None:
    app = app_on(make_session())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"gorem", "enter")
        assert listed(app) == [seed_articles()[0].title]
        assert "PERSON “Viktor Goremykin”" in header(app)


async def test_an_article_previewed_from_the_list_is_never_marked_read() -> None:
    app = app_on(make_session(articles(3), dwell=0.0))  # 0: at once, if it counted
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "k")
        await settle(pilot)
        assert app.main.view.article is app.library.articles[1]  # shown, not read
        assert states(app) == ["new", "new", "new"]
        assert "triaged 0 of 3" in header(app)


async def test_enter_reads_the_article_after_the_dwell() -> None:
    app = app_on(make_session(articles(3), dwell=0.5))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "enter")
        await until(pilot, lambda: states(app)[1] == "read")
        assert states(app) == ["new", "read", "new"]
        assert "triaged 1 of 3" in header(app)


async def test_the_dwell_runs_only_while_the_article_pane_has_the_focus() -> None:
    app = app_on(make_session(articles(3), dwell=60.0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.session.dwell.article is None  # the first article, previewed
        await pilot.press("tab")
        await until(pilot, lambda: app.session.dwell.article == app.library.articles[0].id)
        await pilot.press("escape")
        await until(pilot, lambda: app.session.dwell.article is None)
        assert states(app) == ["new", "new", "new"]


async def test_no_dwell_setting_never_marks_and_states_survive_a_restart() -> None:
    store = fresh_store()
    path = store.path
    app = app_on(make_session(seed_articles(), store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "j", "x")
    store.close()
    again = app_on(make_session(seed_articles(), store=Store(path)))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert states(again) == ["starred", "discarded"]
        assert listed(again) == [seed_articles()[0].title]
        assert "★" in screen_lines(again.query_one(ArticleList))[0]


async def test_undo_and_redo_skip_the_automatic_read_marks() -> None:
    session = make_session(articles(3), dwell=0.0)
    session.advance = False  # x and s keep the article open (with advance, see test_daily_keys)
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # reading article 0: marked read by the dwell
        await until(pilot, lambda: states(app)[0] == "read")
        await pilot.press("x", "u")
        await until(pilot, lambda: app.notes[-1:] == ["Undone: discard “Story 0”"])
        assert states(app)[0] == "read"
        await pilot.press("s", "u")  # star, undo: the star waits on the redo stack
        await pilot.press("space")  # the next unread article, read in the view
        await until(pilot, lambda: states(app)[1] == "read")
        await pilot.press("ctrl+r")
        await until(pilot, lambda: app.notes[-1:] == ["Redone: star “Story 0”"])
        assert states(app)[:2] == ["starred", "read"]
        assert app.main.view.article.title == "Story 0"  # type: ignore[union-attr]  # gone to


async def test_undo_and_redo_name_the_story_and_take_the_cursor_to_it() -> None:
    """ "Undone: star 1 story" named nothing, and the cursor stayed where the user had
    gone on to: the notice names the story, and the cursor goes to its row."""
    app = app_on(make_session(articles(9)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.query_one(ArticleList)
        await pilot.press("j", "j", "s", "j", "j", "j", "u")
        await until(pilot, lambda: app.notes[-1:] == ["Undone: star “Story 2”"])
        assert article_list.current.title == "Story 2"  # type: ignore[union-attr]
        await pilot.press("G", "ctrl+r")
        await until(pilot, lambda: app.notes[-1:] == ["Redone: star “Story 2”"])
        assert article_list.current.title == "Story 2"  # type: ignore[union-attr]
        assert states(app)[2] == "starred"


def row_titles(app: ReaderApp) -> list[str]:
    """The titles on screen in the list, top to bottom."""
    return [
        line.split("Story ")[1].split()[0]
        for line in screen_lines(app.query_one(ArticleList))
        if "Story " in line
    ]


async def test_keys_on_a_list_taller_than_its_pane_keep_rows_and_cursor_in_step() -> None:
    app = app_on(make_session(articles(60)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.query_one(ArticleList)
        await pilot.press("5", "j", "x")  # Story 5 leaves; the rows after it move up
        assert article_list.current.title == "Story 6" and article_list.cursor == 5
        assert row_titles(app)[4:7] == ["4", "6", "7"]
        assert article_list.virtual_size.height == 59 * 2 and article_list.show_vertical_scrollbar
        await pilot.press("s", "u")  # undo repaints the row: the star goes, nothing moves
        assert states(app)[6] == "new" and "★" not in screen_lines(article_list)[10]
        assert article_list.cursor == 5
        await until(pilot, lambda: app.notes[-1:] == ["Undone: star “Story 6”"])
        await pilot.press("u")  # the discard: Story 5 is listed again at its place, gone to
        assert listed(app)[4:7] == ["Story 4", "Story 5", "Story 6"]
        assert article_list.current.title == "Story 5"
        await pilot.press("x", "D")  # shown again with discarded: drawn as discarded
        assert "✗ Story 5" in screen_lines(article_list)[10]
        await pilot.press("D")
        await pilot.press("G")
        assert article_list.cursor == 58 and "59" in row_titles(app)
        await pilot.press("f", *"iran", "enter")  # 20 articles: still taller than the pane
        await pilot.press("g", "x")
        assert listed(app)[:2] == ["Story 3", "Story 6"] and len(listed(app)) == 19


async def test_a_discard_in_a_date_order_moves_the_cursor_to_the_next_dated_row() -> None:
    made = [
        replace(a, meta={"date": f"2025-03-{n % 28 + 1:02d}"}) for n, a in enumerate(articles(30))
    ]
    app = app_on(make_session(made))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")  # newest first: Story 27 (28 March) heads the list
        await until(pilot, lambda: listed(app)[0] == "Story 27")
        article_list = app.query_one(ArticleList)
        await pilot.press("g", "j", "x")  # Story 26 leaves; Story 25 takes its row
        assert article_list.current.title == "Story 25" and article_list.cursor == 1
        assert app.query_one(ArticleList).index_of(made[24].id) == 2
        await pilot.press("D")  # discarded shown again: the cursor stays on Story 25
        assert article_list.current.title == "Story 25" and listed(app)[1] == "Story 26"


async def test_a_filter_key_redraws_only_the_rows_in_sight_that_show_another_article() -> None:
    app = app_on(make_session(articles(60)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.query_one(ArticleList)
        await pilot.press("5", "j", "x")  # Story 5 leaves the list
        await pilot.pause()
        drawn: list[tuple[object, ...]] = []
        refresh = article_list.refresh

        def spy(*regions: object, **kwargs: object) -> object:
            drawn.append(regions)
            return refresh(*regions, **kwargs)  # type: ignore[arg-type]

        article_list.refresh = spy  # type: ignore[method-assign]
        app.main.action_toggle_discarded()  # D: Story 5 is back, the rows above stay drawn
        del article_list.refresh
        await pilot.pause()
        assert row_titles(app)[4:7] == ["4", "5", "6"]
        assert article_list.current.title == "Story 6"  # type: ignore[union-attr]
        assert drawn and all(regions for regions in drawn)  # never the whole list
        tops = [region.y for regions in drawn for region in regions]  # type: ignore[attr-defined]
        assert min(tops) == 5 * 2  # the first row that changed


def bar_strips(article_list: ArticleList) -> list[Strip]:
    """The list's scrollbar as drawn now (its cached lines)."""
    bar = article_list.vertical_scrollbar
    return bar.render_lines(Region(0, 0, bar.size.width, bar.size.height))


async def test_the_scrollbar_is_drawn_again_only_when_a_filter_key_moves_its_thumb() -> None:
    app = app_on(make_session(articles(600)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.query_one(ArticleList)
        bar = article_list.vertical_scrollbar
        drawn: list[tuple[object, ...]] = []
        refresh = bar.refresh

        def spy(*regions: object, **kwargs: object) -> object:
            drawn.append(regions)
            return refresh(*regions, **kwargs)  # type: ignore[arg-type]

        bar.refresh = spy  # type: ignore[method-assign]
        await pilot.press("x", "D")  # 600 rows, 599, 600 again: the thumb stays put
        assert drawn == [] and bar.window_virtual_size == 600 * 2
        await pilot.press("f", *"iran", "enter")  # 200 rows: a longer thumb
        assert drawn and bar.window_virtual_size == 200 * 2
        del bar.refresh
        await pilot.pause()
        shown = bar_strips(article_list)
        bar.refresh()
        assert bar_strips(article_list) == shown  # what is on screen is what it should be


async def test_the_filter_picker_is_kept_and_closing_it_lays_nothing_out_again() -> None:
    app = app_on(make_session(articles(9)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        picker = app.screen
        await pilot.press(*"iran", "enter")
        assert listed(app) == ["Story 0", "Story 3", "Story 6"]
        layouts: list[object] = []
        refresh = app.main.refresh

        def spy(*regions: Region, **kwargs: Any) -> object:
            layouts.append(kwargs.get("layout"))
            return refresh(*regions, **kwargs)

        app.main.refresh = spy  # type: ignore[method-assign]
        await pilot.press("f")
        assert app.screen is picker and picker.query_one(Input).value == ""
        first = str(picker.query_one(OptionList).get_option_at_index(0).prompt)
        assert first.startswith("✓") and "Iran" in first  # the active part, listed first
        await pilot.press(*"iran", "enter")  # toggled off: every article again
        assert len(listed(app)) == 9 and app.screen is app.main
        assert layouts and not any(layouts)


def annotated(app: ReaderApp) -> list[int]:
    """The annotation counts the list's rows show, top to bottom."""
    lines = screen_lines(app.query_one(ArticleList))
    return [int(line.split(" ann")[0].split()[-1]) for line in lines if " ann" in line]


async def test_undoing_a_state_recounts_annotations_only_if_they_changed() -> None:
    """`u` after a state key re-read every article's annotation count (a pass over the
    store's index: 15 ms at 100,000 articles) though a state changes none."""
    made = articles(3)
    store = fresh_store()
    store.add_annotation(made[0].id, made[0].body, 0, 6)
    app = app_on(make_session(made, store=store))
    counted: list[int] = []
    annotation_counts = store.annotation_counts

    def counting() -> dict[str, int]:
        counted.append(1)
        return annotation_counts()

    store.annotation_counts = counting  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert annotated(app) == [1, 0, 0]
        await pilot.press("s", "u")
        await until(pilot, lambda: app.notes[-1:] == ["Undone: star “Story 0”"])
        assert not counted
        store.add_annotation(made[1].id, made[1].body, 0, 6)  # as the annotation keys do
        await pilot.press("s", "u")
        assert counted == [1]
        await pilot.pause()
        assert annotated(app) == [1, 1, 0]


async def test_a_row_out_of_sight_is_drawn_anew_when_it_comes_into_sight() -> None:
    """A row redrawn out of sight (its entities came, its state changed) is drawn when it
    is scrolled to, not asked of Textual before: Textual keeps every line it is asked to
    redraw as dirty until it draws it, and the rows of every analysed article grew so."""
    listed = articles(200)
    app = app_on(make_session(listed))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.query_one(ArticleList)
        asked: list[int] = []
        redraw = article_list.refresh_lines

        def noted(y_start: int, line_count: int = 1) -> None:
            asked.append(y_start)
            redraw(y_start, line_count)

        article_list.refresh_lines = noted  # type: ignore[method-assign]
        app.main.triage.apply("star", [listed[150].id])
        article_list.refresh_article(listed[150].id)
        article_list.refresh_article(listed[1].id)
        assert asked == [1 * ROW_HEIGHT]
        article_list.cursor = 150
        await pilot.pause()
        row = next(line for line in screen_lines(article_list) if "Story 150" in line)
        assert "★" in row


async def test_a_notice_names_the_undo_key_the_keymap_binds() -> None:
    """The words "· u undoes" were written by hand into the notices: with undo on another
    key, the notice named a key that did nothing."""
    app = Noted(make_session(articles(3)), keymap={"undo": "U"})
    app.main.preview_delay = 0
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "s")
        await until(pilot, lambda: "Starred 2 stories · U undoes" in app.notes)
