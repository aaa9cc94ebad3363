"""Pilot tests of finding and ordering: ctrl+o sort orders, search of notes and tags and
whole words, `>`/`<` counts, the filter's counts and "has notes", the pending prefix in
the footer, and tagging every hit of a search."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

import pytest
from textual.widgets import OptionList, Static

from reader.article import Article, Paragraph, article_id
from reader.dumps.load import split_text
from reader.library import ordering
from reader.library import triage as triage_module
from reader.library.ordering import SortKeys, SortOrder
from reader.library.stories import Stories
from reader.library.triage import SearchRun
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.dialogs import search as search_dialog
from reader.tui.dialogs.confirm import Confirm
from reader.tui.dialogs.search import SearchScreen
from reader.tui.dialogs.tag_picker import TagPicker
from reader.tui.screens import triage as triage_screen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.list_header import ListHeader
from reader.tui.widgets.result_list import ResultList
from tests.dumps.test_language import DUTCH_ON_AFRICA
from tests.tui.helpers import (
    Noted,
    fresh_store,
    make_app,
    make_session,
    screen_lines,
    settle,
    slow_timer_clock,
    until,
)

SIZE = (120, 40)


def article(title: str, body: str, n: int, when: str | None = None) -> Article:
    made = Article(article_id(title, body), "a.txt", n, title, body, (Paragraph(0, len(body)),))
    return replace(made, meta={"updated": when}) if when else made


def dated(count: int) -> list[Article]:
    """`count` articles dated in January 2025, the 28th first among the newest."""
    return [
        article(f"T{n:03d}", f"Body {n}.", n, f"2025-01-{n % 28 + 1:02d}") for n in range(count)
    ]


ARTICLES = [
    article("Charlie", "The NIS said the tennis club closed.", 0, "2 March 2025"),
    article("alpha", "Nothing dated here about nis.", 1),
    article("Bravo", "A report on tennis and the Nisga'a nation.", 2, "2025-03-05"),
    article("delta", "Bravo again, a reprint: tennis.", 3, "1 March 2025"),
]


def titles(app: ReaderApp) -> list[str]:
    return [a.title for a in app.query_one(ArticleList).articles]


def header(app: ReaderApp) -> str:
    return "\n".join(screen_lines(app.query_one(ListHeader)))


async def test_ctrl_o_cycles_the_orders_and_the_order_outlives_the_session() -> None:
    store = fresh_store()
    app = Noted(make_session(ARTICLES, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert titles(app) == ["Charlie", "alpha", "Bravo", "delta"]
        await pilot.press("ctrl+o")
        assert titles(app) == ["Bravo", "Charlie", "delta", "alpha"]
        assert "newest first" in header(app)
        rows = screen_lines(app.query_one(ArticleList))
        assert "2025-03-05  a.txt" in rows[1] and "no date  a.txt" in rows[7]
        footer = app.query_one(ReaderFooter)
        assert footer.status == "List order: newest first"
        await pilot.press("ctrl+o")
        assert titles(app) == ["delta", "Charlie", "Bravo", "alpha"]
        assert footer.status == "List order: oldest first"  # in place of the one before
        assert not [note for note in app.notes if "List order" in note]  # no toast each
        await pilot.press("s", "ctrl+o")  # the cursor stayed on Charlie, now starred
        assert titles(app) == ["alpha", "Bravo", "delta", "Charlie"]
        assert app.query_one(ArticleList).current.title == "Charlie"  # type: ignore[union-attr]
        await pilot.press("ctrl+o")
        assert titles(app) == ["alpha", "Bravo", "Charlie", "delta"]
        assert "by title" in header(app)
        rows = screen_lines(app.query_one(ArticleList))  # a date where known, room given
        assert "2025-03-05  a.txt" in rows[3] and "no date" not in "\n".join(rows)
        await pilot.press("ctrl+o")
        assert titles(app) == ["Charlie", "alpha", "Bravo", "delta"]
        assert "order" not in header(app)
    path = store.path
    store.close()
    with Store(path) as again:
        assert again.setting("sort") == "dump"
        again.put_setting("sort", "oldest")
    reopened = Noted(make_session(ARTICLES, store=Store(path)))
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert titles(reopened) == ["delta", "Charlie", "Bravo", "alpha"]
        assert "oldest first" in header(reopened)
        left = reopened.query_one(ArticleList).current  # where the first run left it
        assert left is not None and left.title == "Charlie"
        await pilot.press("x")  # Charlie leaves the list: the cursor goes on to Bravo
        assert titles(reopened) == ["delta", "Bravo", "alpha"]
        assert reopened.query_one(ArticleList).current.title == "Bravo"  # type: ignore[union-attr]
    reopened.session.store.close()


async def test_by_state_a_row_is_found_where_the_sort_put_it_after_keys_changed_states() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o", "ctrl+o", "ctrl+o")
        assert "by state" in header(app)
        await pilot.press("g", "s")  # Charlie starred: its row stays first until a re-sort
        await pilot.press("j", "x")  # alpha discarded: it leaves the list
        listing = app.query_one(ArticleList)
        assert titles(app) == ["Charlie", "Bravo", "delta"]
        assert listing.current.title == "Bravo"  # type: ignore[union-attr]
        ids = [a.id for a in ARTICLES]
        assert [listing.index_of(i) for i in ids] == [0, None, 1, 2]
        assert listing.articles._rows is None  # type: ignore[attr-defined]  # bisection
        await pilot.press("D")  # sorted again: the order by state was kept as states changed
        assert titles(app) == ["Bravo", "delta", "Charlie", "alpha"]
        assert [listing.index_of(i) for i in ids] == [2, 3, 0, 1]
        await pilot.press("ctrl+o", "ctrl+o", "ctrl+o", "ctrl+o", "ctrl+o", "D", "u")
        assert "by state" in header(app)  # the discard undone: alpha back among the new
        assert titles(app) == ["alpha", "Bravo", "delta", "Charlie"]


async def test_a_story_stays_folded_under_every_order() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = [a.id for a in ARTICLES]
        app.main.stories_found(Stories.of([[ids[2], ids[3]]]))
        await pilot.pause()
        for _ in range(5):
            shown = titles(app)
            assert ("Bravo" in shown) != ("delta" in shown), shown
            assert len(shown) == 3
            await pilot.press("ctrl+o")
        await pilot.press("ctrl+o", "g", "z")
        assert titles(app) == ["Bravo", "delta", "Charlie", "alpha"]


def footer(app: ReaderApp) -> str:
    return app.query_one(ReaderFooter).render().plain


_STATES = "new, read, starred, kept, discarded, unread."


def status(app: ReaderApp) -> str:
    return str(app.screen.query_one("#search-status", Static).render())


async def test_a_context_line_the_row_cuts_ends_in_an_ellipsis() -> None:
    """Cropped bare at the box's edge, it read as the end of the article's sentence."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"pyongyang")
        results = app.screen.query_one(ResultList)
        await until(pilot, lambda: results.size.height and "Pyongyang" in screen_lines(results)[1])
        context = screen_lines(results)[1]
        assert context.endswith("…") and len(context) == results.size.width


async def test_search_finds_notes_and_tags_and_whole_words_by_syntax_or_ctrl_g() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        store = app.session.store
        alpha = ARTICLES[1]
        store.add_annotation(alpha.id, alpha.body, 0, 7, ["claim"], note="Call the NIS office")
        await pilot.press("slash", *"nis")
        assert status(app) == "4 stories and 1 annotation match"
        await pilot.press("ctrl+g")
        assert status(app) == "2 stories and 1 annotation match"
        assert "whole words" in app.screen.query_one("#search-box").border_title
        shown = "\n".join(screen_lines(app.screen.query_one(ResultList)))
        assert "alpha  · note" in shown and "Call the NIS office" in shown
        await pilot.press("ctrl+g", "ctrl+u", *r"\<nis\>")
        assert status(app) == "2 stories and 1 annotation match"
        await pilot.press("ctrl+u", *"claim")
        assert status(app) == "1 annotation matches"
        assert "alpha  · tags" in "\n".join(screen_lines(app.screen.query_one(ResultList)))
        await pilot.press("enter")
        assert app.screen is app.main
        assert app.query_one(ArticleView).current == (0, 7)


async def test_a_search_stays_within_the_list_s_filter_and_ctrl_l_searches_everywhere() -> None:
    """Search ignored the filter: an analyst triaging "starred" found every article again.
    Within it now, as mutt's limit and newsboat's filtered feeds search; ctrl+l lifts it."""
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "f", *"starred", "enter")  # Charlie starred, then alone listed
        assert titles(app) == ["Charlie"]
        await pilot.press("slash", *"tennis")
        box = app.screen.query_one("#search-box")
        assert status(app) == "1 story matches" and box.border_title.endswith(" · in starred")
        await pilot.press("ctrl+l")
        assert status(app) == "3 stories match" and box.border_title.endswith(" · everywhere")
        await pilot.press("ctrl+l", "ctrl+u", *"zebra")
        assert status(app) == "Nothing matches in this filter (ctrl+l: everywhere)."
        await pilot.press("escape", "F", "slash", *"zebra")  # no filter: everywhere
        box = app.screen.query_one("#search-box")
        assert status(app) == "Nothing matches." and "·" not in box.border_title


async def test_a_query_that_looks_like_markup_is_said_as_typed() -> None:
    """The status line read its text as Rich markup: `state:[bold]x[/` (a field's wrong
    value said back) raised MarkupError and ended the app; `[b]x` lost its brackets."""
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"state:[b]x")
        assert status(app) == "Nothing matches: no state “[b]x”: use " + _STATES
        await pilot.press("ctrl+u", *"state:[bold]x[/")
        assert status(app) == "Nothing matches: no state “[bold]x[/”: use " + _STATES


async def test_the_search_dialog_holds_the_lowered_text_while_open_and_lets_it_go() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        index = app.session.triage.search_index
        await pilot.press("slash", *"tennis")
        assert index._lowered  # each key of the query scanned the kept text
        await pilot.press("escape")
        assert index._lowered is None
        await pilot.press("slash", *"ni", "enter")
        assert app.screen is app.main and index._lowered is None


async def test_each_key_of_a_search_draws_its_status_line_without_laying_out_the_dialog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The status line is one line high (the stylesheet's): laid out as `Static.update`
    does by default, every key typed and every `/` laid out the dialog and the screen
    under it again, 12 ms of CPU at 10,000 articles."""
    layouts: list[str] = []
    refresh = Static.refresh

    def spy(static: Static, *regions: object, **kwargs: object) -> object:
        if static.id == "search-status" and kwargs.get("layout"):
            layouts.append(str(static.render()))
        return refresh(static, *regions, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Static, "refresh", spy)
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        layouts.clear()  # the dialog's first layout, as it mounts
        await pilot.press(*"tennis")
        await pilot.pause()
        assert status(app) == "3 stories match"
        await pilot.press("escape", "slash", "ctrl+u", *"nis")
        await pilot.pause()
        assert status(app) == "4 stories match"
        assert layouts == []


async def test_match_jumps_say_where_they_are_in_the_footer_until_another_key() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"tennis", "enter")
        assert app.query_one(ArticleView).article.title == "Charlie"  # type: ignore[union-attr]
        assert footer(app).startswith("match 1/1")
        await pilot.press("greater_than_sign")
        assert footer(app).startswith("match 1/1")
        await pilot.press("escape", "j")  # to the list, then the next article
        await pilot.press("enter", "slash", "ctrl+u", *"the", "enter")
        await pilot.press("greater_than_sign")
        assert footer(app).startswith("match 2/2")
        await pilot.press("less_than_sign")
        assert footer(app).startswith("match 1/2")
        await pilot.press("j")
        assert not footer(app).startswith("match")


async def test_a_pending_count_or_star_shows_in_the_footer_until_used() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "2")
        assert footer(app).startswith("12 × s x + r m")
        await pilot.press("j")
        assert not footer(app).startswith("12")
        assert app.query_one(ArticleList).cursor == 3
        await pilot.press("asterisk")
        assert footer(app).startswith("* all 4 stories shown")
        await pilot.press("escape")
        assert footer(app).startswith("j/k Move")


async def test_ctrl_t_tags_every_hit_after_a_preview_and_one_undo_takes_them_back() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        store = app.session.store
        await pilot.press("slash", *"tennis", "ctrl+t")
        assert isinstance(app.screen, TagPicker)
        await pilot.press(*"sport", "enter")
        assert isinstance(app.screen, Confirm)
        question = str(app.screen.query_one("#confirm-box", Static).render())
        assert question.startswith("Tag 3 passages in 3 articles with “sport”?")
        await pilot.press("n")
        assert store.annotations() == []
        await pilot.press("slash", "ctrl+t", *"sport", "enter", "y")
        assert app.screen is app.main
        assert len(store.annotations()) == 3
        assert all(a.tags == ("sport",) for a in store.annotations())
        assert {t.name: t.hotkey for t in store.tags()}["sport"] == "6"  # as `t` would give it
        await until(pilot, lambda: "Tagged 3 passages “sport” · u undoes them all" in app.notes)
        await pilot.press("u")
        assert store.annotations() == []
        await pilot.press("slash", "ctrl+u", *"zzz", "ctrl+t")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("ctrl+u", *"tennis", "ctrl+b")  # in a browser, which keeps ctrl+t
        assert isinstance(app.screen, TagPicker)


async def test_the_filter_offers_has_notes_and_counts_beside_tags_states_and_dumps() -> None:
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        store = app.session.store
        bravo = ARTICLES[2]
        store.add_annotation(bravo.id, bravo.body, 0, 8, ["claim"], note="check")
        await pilot.press("f")
        options = app.screen.query_one("#filter-choices", OptionList)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("notes" in line and "has notes  1" in line for line in lines)
        assert any("claim  1" in line for line in lines)
        assert any("key  0" in line for line in lines)
        assert any("new  4" in line for line in lines)
        assert any("a.txt  4" in line for line in lines)
        await pilot.press(*"has notes", "enter")
        assert titles(app) == ["Bravo"]
        assert "with notes" in header(app)


async def test_a_big_list_is_sorted_in_a_thread_and_a_second_ctrl_o_goes_on_to_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(triage_screen, "SORT_IN_THREAD", 0)
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        release = threading.Event()
        ranked = app.triage.sort_keys.ranked
        breaths: list[None] = []

        def held(order: SortOrder, breathe: Callable[[], None] | None = None) -> tuple[str, ...]:
            def held_breath() -> None:  # the sort's thread stops in its first pause
                breaths.append(None)
                release.wait(5)
                if breathe is not None:
                    breathe()

            return ranked(order, held_breath if breathe is not None else lambda: None)

        monkeypatch.setattr(ordering, "BREATH", 2)
        monkeypatch.setattr(app.triage.sort_keys, "ranked", held)
        await pilot.press("ctrl+o")
        assert app.query_one(ReaderFooter).status == "Sorting 4 articles: newest first…"
        await until(pilot, lambda: bool(breaths))  # mid-way through the sort
        await until(pilot, lambda: "sorting newest first…" in header(app))  # said at once
        assert titles(app) == ["Charlie", "alpha", "Bravo", "delta"]  # not sorted yet
        await pilot.press("j")  # keys answer meanwhile
        assert app.query_one(ArticleList).current.title == "alpha"  # type: ignore[union-attr]
        await pilot.press("ctrl+o")  # on to the next order: oldest first
        release.set()
        await until(pilot, lambda: app.triage.order == "oldest")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(app) == ["delta", "Charlie", "Bravo", "alpha"]
        assert "oldest first" in header(app) and app.triage.order == "oldest"
        assert "sorting" not in header(app)
        assert app.query_one(ArticleList).current.title == "alpha"  # type: ignore[union-attr]


async def test_a_big_list_reads_its_dates_a_step_at_a_time_between_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The order waits (`held`) until the test lets it go, so it counts steps, not time:
    on a loaded machine the steps between two of the test's looks may be one or all."""
    monkeypatch.setattr(triage_screen, "SORT_IN_THREAD", 0)
    monkeypatch.setattr(triage_screen, "SORT_STEP", 0.0)  # 64 articles a step
    app = Noted(make_session(dated(200)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        read: list[bool] = []
        """What each step returned (True: every date read)."""
        steps: list[bool] = []
        """What the screen was told (False while held)."""
        held = [True]
        prepare = app.triage.sort_keys.prepare

        def counted(order: SortOrder, seconds: float) -> bool:
            read.append(prepare(order, seconds))
            steps.append(done := read[-1] and not held[0])
            return done

        monkeypatch.setattr(app.triage.sort_keys, "prepare", counted)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: len(steps) > 1)
        await pilot.press("j")  # the key answers while the order is being worked out
        assert app.query_one(ArticleList).current.title == "T001"  # type: ignore[union-attr]
        assert app.main.sorting == "newest"
        await until(pilot, lambda: any(read))
        # 200 whole dates, then 200 dates, 64 a step: the seventh step read the last
        assert read.index(True) == 6 and app.triage.order == "dump"
        held[0] = False
        await until(pilot, lambda: app.triage.order == "newest")
        assert steps[-1] and not any(steps[:-1])
        assert titles(app)[:2] == ["T027", "T055"]  # 28 January, ties in dump order
        assert app.query_one(ArticleList).current.title == "T001"  # type: ignore[union-attr]


async def test_a_sort_read_between_keys_ends_however_late_its_steps_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each read of Textual's timer clock stalls (`slow_timer_clock`), as on a loaded
    machine: the 1 ms pauses between the sort's steps were `set_timer`s, and one that
    read the clock past its time skipped its only tick, ending the steps: the list said
    "sorting…" for ever (the date-steps test below failed so 2 to 5 runs in 100)."""
    monkeypatch.setattr(triage_screen, "SORT_IN_THREAD", 0)
    monkeypatch.setattr(triage_screen, "SORT_STEP", 0.0)  # 64 articles a step
    app = Noted(make_session(dated(200)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        slow_timer_clock(monkeypatch)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: app.triage.order == "newest")
        assert app.main.sorting is None and titles(app)[:2] == ["T027", "T055"]


async def test_a_sort_that_fails_says_so_and_leaves_the_list_usable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(triage_screen, "SORT_IN_THREAD", 0)
    ranked = SortKeys.ranked

    def broken(keys: SortKeys, order: SortOrder, *args: object) -> tuple[str, ...]:
        raise RuntimeError(f"no {order} today")

    monkeypatch.setattr(SortKeys, "ranked", broken)
    app = Noted(make_session(dated(200)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: "no newest today" in app.notes)
        assert app.main.sorting is None and app.triage.order == "dump"
        assert "sorting" not in header(app)
        await pilot.press("j")  # the list answers, in the order it had
        assert app.query_one(ArticleList).current.title == "T001"  # type: ignore[union-attr]
        monkeypatch.setattr(SortKeys, "ranked", ranked)
        await pilot.press("ctrl+o")  # asked again, it sorts
        await until(pilot, lambda: app.triage.order == "newest")
        assert titles(app)[:2] == ["T027", "T055"] and "sorting" not in header(app)


async def test_a_ctrl_o_pressed_before_a_failed_sort_is_reported_still_sorts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The press goes on to the next order while the first one's thread fails; the
    failure's report cleared the order being worked out, so the press was dropped and
    the list stayed in dump order. Steps of the second order wait (`held`) until the
    failure has been reported, so the report always comes first."""
    monkeypatch.setattr(triage_screen, "SORT_IN_THREAD", 0)
    ranked, prepare = SortKeys.ranked, SortKeys.prepare
    failing, pressed, reported = threading.Event(), threading.Event(), threading.Event()

    def broken(keys: SortKeys, order: SortOrder, *args: object) -> tuple[str, ...]:
        if order != "newest":
            return ranked(keys, order, *args)
        failing.set()
        pressed.wait(30)  # fails once the second press is in
        raise RuntimeError("no newest today")

    def held(keys: SortKeys, order: SortOrder, seconds: float) -> bool:
        return prepare(keys, order, seconds) and (order != "oldest" or reported.is_set())

    monkeypatch.setattr(SortKeys, "ranked", broken)
    monkeypatch.setattr(SortKeys, "prepare", held)
    app = Noted(make_session(dated(200)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")  # newest first: its thread fails
        await until(pilot, lambda: failing.is_set())
        await pilot.press("ctrl+o")  # on to the next order: oldest first
        assert app.main.sorting == "oldest"
        pressed.set()
        await until(pilot, lambda: "no newest today" in app.notes)
        reported.set()
        await until(pilot, lambda: app.triage.order == "oldest")
        assert titles(app)[:2] == ["T000", "T028"] and "sorting" not in header(app)


async def test_a_loaded_big_list_reads_its_dates_and_titles_ahead_so_the_first_sort_only_sorts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(triage_screen, "SORT_IN_THREAD", 0)
    monkeypatch.setattr(triage_screen, "KEYS_AHEAD", 0)
    app = Noted(make_session(dated(200)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # the reading thread is a worker too
        keys = app.triage.sort_keys
        assert keys.prepare("newest", 0) and keys.prepare("title", 0)  # no step left
        assert not keys.ready("newest")  # read, not sorted
        await pilot.press("ctrl+o")
        await until(pilot, lambda: app.triage.order == "newest")
        assert titles(app)[:2] == ["T027", "T055"]


async def test_a_loaded_big_list_works_out_its_order_by_state_ahead_so_its_press_sorts_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(triage_screen, "KEYS_AHEAD", 0)
    sorted_on: list[threading.Thread] = []
    sort_ids = triage_module.sort_ids

    def spied(ids: list[str], order: SortOrder, *args: object) -> list[str]:
        if order == "state":
            sorted_on.append(threading.current_thread())
        return sort_ids(ids, order, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(triage_module, "sort_ids", spied)
    store = fresh_store()
    store.put_setting(ordering.SORT_SETTING, "title")
    session = make_session(dated(200), store=store)
    session.triage.apply("star", session.triage.library.ids()[3:8:4])  # T003 and T007
    app = Noted(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # the thread reading ahead is a worker
        assert sorted_on and threading.main_thread() not in sorted_on
        await pilot.press("ctrl+o")  # by title -> dump order
        await pilot.press("ctrl+o", "ctrl+o")  # newest, oldest (each sorted at once: small)
        await pilot.press("ctrl+o")  # by state
        assert app.triage.order == "state"
        assert threading.main_thread() not in sorted_on  # the order worked out ahead was kept
        assert titles(app)[:3] == ["T000", "T001", "T002"]
        assert titles(app)[-2:] == ["T003", "T007"]  # starred after every new one
    store.close()


async def test_ctrl_o_while_the_keys_are_still_read_ahead_reads_the_rest_between_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(triage_screen, "SORT_IN_THREAD", 0)
    monkeypatch.setattr(triage_screen, "KEYS_AHEAD", 0)
    monkeypatch.setattr(triage_screen, "KEYS_STEP", 0.0)  # 64 articles a step
    prepare = SortKeys.prepare
    ahead_steps: list[bool] = []
    release = threading.Event()

    def held(keys: SortKeys, order: SortOrder, seconds: float) -> bool:
        if threading.current_thread() is not threading.main_thread():  # the reading thread
            if ahead_steps:  # one step read, then held mid-way
                assert release.wait(30)
            ahead_steps.append(True)
        return prepare(keys, order, seconds)

    monkeypatch.setattr(SortKeys, "prepare", held)
    app = Noted(make_session(dated(200)))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: len(ahead_steps) == 1)
        await pilot.press("ctrl+o")  # the UI reads on from where the thread is
        await until(pilot, lambda: app.triage.order == "newest")
        assert titles(app)[:2] == ["T027", "T055"]
        assert app.query_one(ArticleList).current.title == "T000"  # type: ignore[union-attr]
        release.set()
        await settle(pilot)
        assert app.triage.sort_keys.prepare("title", 0)  # the thread went on to the titles


async def test_a_search_lists_its_first_hits_at_once_and_finds_the_rest_between_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_dialog, "STEP_SECONDS", 0.0)  # one batch of hits per step
    monkeypatch.setattr(SearchRun, "BATCH", 1)
    shown: list[str] = []
    update = Static.update

    def spy(static: Static, content: object = "", **kwargs: object) -> None:
        if static.id == "search-status":
            shown.append(str(content))
        update(static, content, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Static, "update", spy)
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"tennis")
        await until(pilot, lambda: shown[-1] == "3 stories match")
        assert "1 story matches so far, searching…" in shown
        results = app.screen.query_one(ResultList)
        assert results.current is not None and results.current.article_id == ARTICLES[0].id
        await pilot.press("ctrl+u", *"nis")  # a new query replaces the one still going
        await until(pilot, lambda: shown[-1] == "4 stories match")


async def test_a_search_between_keys_finds_every_hit_however_late_its_steps_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As the sort's steps (above): each step of a search after the first waited on a
    1 ms `set_timer`, and one skipped left the search "searching…" for ever."""
    monkeypatch.setattr(search_dialog, "STEP_SECONDS", 0.0)  # one batch of hits per step
    monkeypatch.setattr(SearchRun, "BATCH", 1)
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        slow_timer_clock(monkeypatch)
        await pilot.press("slash", *"tennis")
        status = app.screen.query_one("#search-status", Static)
        await until(pilot, lambda: str(status.render()) == "3 stories match")


async def test_by_state_a_starred_row_stays_put_and_a_discarded_one_leaves_under_the_cursor() -> (
    None
):
    store = fresh_store()
    store.put_setting("sort", "state")
    app = Noted(make_session(ARTICLES, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert titles(app) == ["Charlie", "alpha", "Bravo", "delta"]
        await pilot.press("s")  # starred sorts after new, but the row keeps its place
        assert titles(app) == ["Charlie", "alpha", "Bravo", "delta"]
        await pilot.press("j", "x")  # alpha leaves the list; the cursor goes on to Bravo
        assert titles(app) == ["Charlie", "Bravo", "delta"]
        assert app.query_one(ArticleList).current.title == "Bravo"  # type: ignore[union-attr]
        assert "triaged 2 of 4" in header(app)


async def test_every_hit_tagged_shows_in_each_row_even_when_the_save_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Drawn rows are kept across list changes: each article a change touches must be
    drawn again, also on the branch where the save failed and the work waits in memory."""
    from reader.store import _storage as atomic_storage

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = app.query_one(ArticleList)
        assert sum("0 ann" in line for line in screen_lines(rows)) == 4
        monkeypatch.setattr(atomic_storage, "write_atomically", disk_full)
        await pilot.press("slash", *"tennis", "ctrl+t", *"sport", "enter", "y")
        assert app.session.store.unsaved and len(app.session.store.annotations()) == 3
        assert any("No space left on device" in note for note in app.notes)
        assert sum("1 ann" in line for line in screen_lines(rows)) == 3
        monkeypatch.undo()
        await pilot.press("u")  # one step back: every row again
        assert sum("0 ann" in line for line in screen_lines(rows)) == 4


async def test_fields_narrow_a_search_by_title_language_tag_and_state_or_list_alone() -> None:
    """`lang:fr state:starred` found nothing: its words were looked for in the text. An
    analyst asks for the starred French ones; fields now narrow the words, or list alone."""
    english = [replace(a, meta={**a.meta, "language": "en"}) for a in ARTICLES]
    french = replace(article("Grève", "La grève continue à Paris.", 4), meta={"language": "fr"})
    app = Noted(make_session([*english, french]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bravo = english[2]
        app.session.store.add_annotation(bravo.id, bravo.body, 0, 8, ["Claim"])
        await pilot.press("s")  # Charlie starred
        await pilot.press("slash", *"lang:fr")
        assert status(app) == "1 story matches"
        await pilot.press("ctrl+u", *"tennis state:starred")
        assert status(app) == "1 story matches"
        await pilot.press("ctrl+u", *"tennis tag:claim")
        assert status(app) == "1 story matches"
        shown = "\n".join(screen_lines(app.screen.query_one(ResultList)))
        assert "Bravo" in shown and "Charlie" not in shown
        await pilot.press("ctrl+u", *"title:RAV")  # delta's body says Bravo, not its title
        assert status(app) == "1 story matches"
        await pilot.press("ctrl+u", *"state:unread lang:en")
        assert status(app) == "3 stories match"
        await pilot.press("ctrl+u", *"state:starry")
        assert status(app).startswith("Nothing matches: no state “starry”: use new, read,")
        await pilot.press("ctrl+u", *"lang:fr", "enter")
        assert app.screen is app.main and app.query_one(ArticleView).article is not None
        assert app.query_one(ArticleView).article.title == "Grève"


async def test_a_dutch_interview_on_south_african_art_is_listed_and_found_as_dutch() -> None:
    """Its row said `af` and `/ lang:nl` missed it: CLD2 read the Dutch as Afrikaans."""
    text = (
        "Interview met de Zuid-Afrikaanse kunstenaar Siwa Mgoboza\n\n"
        f"{DUTCH_ON_AFRICA}\n\n\n"
        "Council approves the new budget\n\n"
        "The city council said on Monday that it had approved the budget for the year.\n"
    )
    app = Noted(make_session(split_text(text)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = screen_lines(app.query_one(ArticleList))
        assert rows[1].split()[0] == "nl", rows[:2]
        await pilot.press("slash", *"lang:nl")
        assert status(app) == "1 story matches"


async def test_the_filter_offers_entities_checked_and_not_checked_and_keeps_the_choice() -> None:
    """An annotator had no list of the articles whose entities are still to check."""
    store = fresh_store()
    app = Noted(make_session(ARTICLES, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        store.check_entities(ARTICLES[1].id, ARTICLES[1].body, [])
        await pilot.press("f", *"entities")
        options = app.screen.query_one("#filter-choices", OptionList)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("checked  1 article" in line for line in lines)
        assert any("not checked  3 articles" in line for line in lines)
        await pilot.press("ctrl+u", *"not checked", "enter")
        assert titles(app) == ["Charlie", "Bravo", "delta"]
        assert "entities not checked" in header(app)
    app = Noted(make_session(ARTICLES, store=store))  # the next start: as it was left
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await until(pilot, lambda: titles(app) == ["Charlie", "Bravo", "delta"])


async def test_rows_name_their_language_and_date_where_known_and_keep_the_dump_s_name() -> None:
    """An analyst going down a list of dumps in several languages saw neither an article's
    language nor, outside the date orders, its date."""
    french = article("Grève", "La grève continue.", 4)
    french = replace(french, meta={"language": "fr", "updated": "2025-03-07"})
    english = [replace(a, meta={**a.meta, "language": "en"}) for a in ARTICLES]
    app = Noted(make_session([*english, french]))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        rows = screen_lines(app.query_one(ArticleList))
        assert "2025-03-02  en  a.txt" in rows[1] and "  en  a.txt" in rows[3]
        assert "2025-03-07  fr  a.txt" in rows[9]
    narrow = Noted(make_session([*english, french]))
    async with narrow.run_test(size=(90, 40)) as pilot:
        await settle(pilot)
        rows = screen_lines(narrow.query_one(ArticleList))
        assert "en  a.txt" in rows[1] and "2025" not in rows[1]  # no room: the dump's name
    alone = Noted(make_session(ARTICLES))  # one language: no code on every row
    async with alone.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert "  en  " not in "\n".join(screen_lines(alone.query_one(ArticleList)))
