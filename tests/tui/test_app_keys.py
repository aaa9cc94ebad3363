"""Pilot tests: every key of the contract, and the mouse, on the seed dump."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from rich.console import Console
from rich.segment import Segment
from textual.command import CommandList, CommandPalette
from textual.geometry import Region
from textual.widgets import OptionList, SelectionList, Static

from reader.article import Article
from reader.nlp import label_style
from reader.tui import keys
from reader.tui.app import ReaderApp
from reader.tui.commands import ReaderCommands
from reader.tui.dialogs.help import HelpScreen
from reader.tui.dialogs.labels import LabelChooser
from reader.tui.presenters.colors import entity_style
from reader.tui.presenters.mentions import shown
from reader.tui.screens import main as main_screen
from reader.tui.screens.main import ENTITY_LAYER
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.entity_panel import EntityPanel
from reader.tui.widgets.legend import Legend
from tests.tui.helpers import (
    make_app,
    screen_lines,
    seed_articles,
    settle,
    slow_timer_clock,
    style_of,
    until,
    until_shown,
)
from tests.tui.test_keys import readme_keymap

SIZE = (120, 40)


def _many(count: int) -> list[Article]:
    seed = seed_articles()[0]
    return [
        Article(f"id{i}", "many.txt", i, f"Article {i}", seed.body, seed.paragraphs)
        for i in range(count)
    ]


async def test_both_titles_listed_and_the_first_article_open_with_colours() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = "\n".join(screen_lines(app.query_one(ArticleList)))
        assert "North Korean and Russian military" in rows
        assert "Ahead of strikes, Trump was told" in rows
        assert "44 ent · 0 ann" in rows
        view = app.query_one(ArticleView)
        assert view.article is app.library.articles[0]
        assert "North Korean and Russian military officials" in screen_lines(view)[0]
        pyongyang, putin = style_of(view, "Pyongyang"), style_of(view, "Vladimir Putin")
        assert pyongyang.bgcolor != putin.bgcolor
        assert pyongyang.bgcolor == entity_style("GPE", True).bgcolor
        assert putin.bgcolor == entity_style("PERSON", True).bgcolor
        legend = "\n".join(str(line) for line in [app.query_one(Legend).render()])
        assert "GPE" in legend and "19" in legend and label_style("GPE").description[:10] in legend
        assert app.sub_title == "fake_pipeline 1.0 · entities 2 of 2 articles"


async def test_j_k_and_arrows_move_the_list_and_preview() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.library.articles
        listing = app.query_one(ArticleList)
        view = app.query_one(ArticleView)
        for key, index in (("j", 1), ("k", 0), ("down", 1), ("up", 0)):
            await pilot.press(key)
            await settle(pilot)
            assert listing.cursor == index
            assert view.article is articles[index]
            assert app.focused is listing


class HeldTimer:
    """A timer that fires only when the test says, so a loaded machine cannot fire it early."""

    def __init__(self, delay: float, callback: Callable[[], object]) -> None:
        self.delay = delay
        self.callback = callback
        self.stopped = False

    def cancel(self) -> None:
        self.stopped = True


async def test_the_view_follows_the_cursor_once_it_rests(monkeypatch: pytest.MonkeyPatch) -> None:
    rest = 0.5
    app = make_app(preview_delay=rest)
    timers: list[HeldTimer] = []

    def held(_pump: object, delay: float, callback: Callable[[], object]) -> HeldTimer:
        timers.append(HeldTimer(delay, callback))
        return timers[-1]

    monkeypatch.setattr(main_screen, "call_after", held)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        before = len(timers)
        await pilot.press("j", "k", "j")
        assert view.article is app.library.articles[0]  # each key put off the last one's timer
        assert all(t.stopped for t in timers[:before])
        assert [(t.delay, t.stopped) for t in timers[before:]] == [
            (rest, True),
            (rest, True),
            (rest, False),
        ]
        timers[-1].callback()  # the cursor rested `rest` seconds
        assert view.article is app.library.articles[1]


async def test_the_view_follows_the_cursor_however_late_its_timer_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rest shorter than a read of a loaded machine's clock (`slow_timer_clock`) still
    moves the view: Textual's one-shot `set_timer` skipped it."""
    app = make_app(preview_delay=0.001)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        slow_timer_clock(monkeypatch)
        await pilot.press("j")
        await until(pilot, lambda: app.main.view.article is app.library.articles[1])


async def test_enter_opens_and_focuses_the_view_escape_goes_back() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        view = app.query_one(ArticleView)
        assert view.article is app.library.articles[1]
        assert app.focused is view
        await pilot.press("escape")
        assert app.focused is app.query_one(ArticleList)


async def test_tab_and_shift_tab_cycle_the_panes() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing, view = app.query_one(ArticleList), app.query_one(ArticleView)
        panel = app.query_one(EntityPanel)
        await pilot.press("tab")
        assert app.focused is view
        await pilot.press("tab")
        assert app.focused is listing
        await pilot.press("shift+tab")
        assert app.focused is view
        await pilot.press("e")
        assert app.focused is panel
        await pilot.press("shift+tab", "tab")
        assert app.focused is panel
        await pilot.press("tab")
        assert app.focused is listing


async def test_keys_come_faster_than_frames_and_each_still_scrolls() -> None:
    """A held key or a burst (a slow frame, a paste of keys) runs several scroll actions
    before the screen refreshes: each must count. Textual defers a scroll to the next
    refresh unless told `immediate`, and three `j` in one frame scrolled the help one line."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("tab")
        page = view.scrollable_content_region.height
        view.action_page_down()
        view.action_page_down()
        await pilot.pause()
        assert view.scroll_y == min(2 * page, view.max_scroll_y) > page
        await pilot.press("question_mark")
        help_screen = await until_shown(pilot, HelpScreen)
        for _ in range(3):
            help_screen.action_scroll_down()
        await pilot.pause()
        assert help_screen.query_one("#help-box").scroll_y == 3


async def test_view_keys_scroll_pages_and_ends() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("tab")
        await pilot.press("pagedown")
        assert view.scroll_y > 10
        await pilot.press("pageup")
        assert view.scroll_y == 0
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0


def _short(count: int) -> list[Article]:
    """Distinct one-line articles: too short to be grouped as versions of one story."""
    return [
        Article(f"id{i}", "many.txt", i, f"Article {i}", f"Report {i} from Seoul.")
        for i in range(count)
    ]


@pytest.mark.parametrize("size", [(81, 25), (200, 61)])
async def test_the_list_scrolls_by_whole_rows_in_a_pane_of_odd_height(
    size: tuple[int, int],
) -> None:
    """At 81x25 `j` past the foot scrolled the list by one line: its top line was a row's
    second line (no title), and `G` left it so. Every scroll now starts at a whole row."""
    app = make_app(_short(60))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        listing = app.query_one(ArticleList)
        assert listing.size.height % 2, "the pane's height is odd"
        for _ in range(listing.size.height // 2 + 2):
            await pilot.press("j")
            assert listing.scroll_y % 2 == 0, f"row {listing.cursor}"
        await pilot.press("G")
        top = round(listing.scroll_y)
        assert top % 2 == 0 and top <= 59 * 2 < 60 * 2 <= top + listing.size.height
        assert listing.render_line(0).text.lstrip().startswith("●")
        await pilot.press(*["k"] * (listing.size.height // 2 + 2))
        assert listing.scroll_y % 2 == 0


async def test_list_keys_page_and_ends() -> None:
    app = make_app(_short(60))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        listing = app.query_one(ArticleList)
        await pilot.press("pagedown")
        page = listing.cursor
        assert page >= 5
        await pilot.press("pagedown", "pageup")
        assert listing.cursor == page
        await pilot.press("G")
        assert listing.cursor == 59
        assert listing.scroll_y == listing.max_scroll_y
        await pilot.press("g")
        assert listing.cursor == 0
        await pilot.press("end")
        assert listing.cursor == 59
        await pilot.press("home")
        assert (listing.cursor, listing.scroll_y) == (0, 0)
        await settle(pilot)
        assert app.query_one(ArticleView).article is app.library.articles[0]


async def test_brackets_jump_through_entities_from_any_pane() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        entities = shown(app.analyses.analysis(view.article).entities, set())
        await pilot.press("right_square_bracket")
        assert view.current == (entities[0].start, entities[0].end)
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.current == (entities[2].start, entities[2].end)
        await pilot.press("left_square_bracket")
        assert view.current == (entities[1].start, entities[1].end)
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert view.current == (entities[-1].start, entities[-1].end)
        line = view.layout.line_of(entities[-1].start)
        assert view.scroll_y <= line < view.scroll_y + view.size.height
        await pilot.press("tab", "right_square_bracket")
        assert view.current == (entities[0].start, entities[0].end)


async def test_h_toggles_highlights() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        assert view.has_layer(ENTITY_LAYER)
        await pilot.press("h")
        assert not view.has_layer(ENTITY_LAYER)
        assert style_of(view, "Pyongyang,").bgcolor != entity_style("GPE", True).bgcolor
        assert "highlights off" in app.query_one(Legend).state.status
        await pilot.press("h")
        assert style_of(view, "Pyongyang").bgcolor == entity_style("GPE", True).bgcolor


async def test_l_chooses_the_labels_shown() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("l")
        assert isinstance(app.screen, LabelChooser)
        await pilot.press("o")
        assert app.main.hidden_labels == {"NORP", "DATE", "PERSON", "ORG"}
        await pilot.press("escape")
        assert app.screen is app.main
        assert style_of(view, "Pyongyang").bgcolor == entity_style("GPE", True).bgcolor
        assert style_of(view, "Vladimir Putin").bgcolor != entity_style("PERSON", True).bgcolor
        await pilot.press("right_square_bracket")
        assert view.article.body[slice(*view.current)] in {"Pyongyang", "Russia", "Ukraine"}
        await pilot.press("l", "j", "space")
        assert app.main.hidden_labels == {"NORP", "DATE", "PERSON", "ORG"} - {"NORP"}
        await pilot.press("a")
        assert app.main.hidden_labels == frozenset()
        await pilot.press("l")
        assert app.screen is app.main


@pytest.mark.parametrize("narrower, shorter", [(40, 0), (0, 8)], ids=["re-wrapped", "shorter"])
async def test_an_entity_jumped_to_stays_mid_screen_when_the_view_changes_size(
    narrower: int, shorter: int
) -> None:
    """Opening the panel or a narrower terminal re-wraps the article, and the legend below
    it grows as entities come in: the mention just jumped to stays in the middle of the
    view, whether the change came before or after the jump."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("e", "enter", "enter")  # the second mention, below the first screen
        size = (view.layout.width, view.scrollable_content_region.height)
        await pilot.resize_terminal(SIZE[0] - narrower, SIZE[1] - shorter)
        await until(
            pilot, lambda: (view.layout.width, view.scrollable_content_region.height) != size
        )
        await pilot.pause()
        assert view.scroll_y > 0
        row = view.layout.line_of(view.current[0]) - round(view.scroll_y)
        assert row == view.scrollable_content_region.height // 2


async def test_e_shows_the_entity_panel_and_enter_walks_the_mentions() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view, panel = app.query_one(ArticleView), app.query_one(EntityPanel)
        assert not panel.display
        await pilot.press("e")
        assert panel.display and app.focused is panel
        prompt = str(panel.get_option_at_index(panel.highlighted).prompt)
        assert prompt.strip().startswith("Russia ×6")
        await pilot.press("enter")
        first = view.current
        assert view.article.body[slice(*first)] == "Russia"
        await pilot.press("enter")
        assert view.current[0] > first[0]
        assert view.article.body[slice(*view.current)] == "Russia"
        await pilot.press("j")
        assert panel.highlighted == 2
        await pilot.press("k")
        assert panel.highlighted == 1
        await pilot.press("G")
        assert panel.highlighted == panel.option_count - 1
        await pilot.press("g")
        assert panel.highlighted == 1
        await pilot.press("pagedown")
        assert panel.highlighted > 10
        await pilot.press("pageup")
        assert panel.highlighted == 1
        await pilot.press("e")
        assert not panel.display and app.focused is app.query_one(ArticleList)


async def test_question_mark_shows_help_and_escape_q_or_question_mark_close_it() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for closer in ("escape", "question_mark", "q"):
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press(closer)
            assert app.screen is app.main
        assert app.is_running


async def test_q_quits() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        assert not app.is_running
    assert app.return_code == 0


async def test_mouse_click_selects_double_click_opens() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = app.query_one(ArticleList)
        await pilot.click(ArticleList, offset=(5, 2))
        await settle(pilot)
        assert listing.cursor == 1
        assert app.query_one(ArticleView).article is app.library.articles[1]
        await pilot.click(ArticleList, offset=(5, 0), times=2)
        assert listing.cursor == 0
        assert app.focused is app.query_one(ArticleView)


async def test_mouse_click_on_a_legend_chip_hides_its_label() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        legend = app.query_one(Legend)
        lines = legend.render().plain.split("\n")
        y = next(y for y, line in enumerate(lines) if " PERSON " in line)
        x = lines[y].index(" PERSON ") + 2
        gutter = legend.content_region.x - legend.region.x
        await pilot.click(Legend, offset=(x + gutter, y + 1))
        assert app.main.hidden_labels == {"PERSON"}


async def test_mouse_click_on_an_entity_jumps_to_it() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        panel = app.query_one(EntityPanel)
        await pilot.click(EntityPanel, offset=(4, 2))
        view = app.query_one(ArticleView)
        assert view.current is not None
        option = panel.get_option_at_index(panel.highlighted)
        assert str(option.prompt).strip().startswith(view.article.body[slice(*view.current)])
        assert isinstance(panel, OptionList)


async def test_keymap_rebinds_and_help_shows_it() -> None:
    app = make_app(keymap=keys.parse_keymap(readme_keymap()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "N")  # in the article view, where n writes a note
        assert app.query_one(ArticleView).current is not None
        assert app.screen is app.main
        await pilot.press("q")
        assert app.is_running
        await pilot.press("question_mark")
        console = Console(width=100, file=io.StringIO(), record=True)
        console.print(app.screen.query_one(Static).content)
        rows = console.export_text().splitlines()
        assert any(row.split()[:5] == ["]", "/", "N", "Next", "entity"] for row in rows)
        assert any(row.split()[:2] == ["^q", "Quit"] for row in rows if row.strip())
        await pilot.press("escape", "ctrl+q")
        assert not app.is_running


async def test_command_palette_runs_the_same_actions() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"next en")
        await until(pilot, lambda: _palette_offers(app, "Next entity"))
        await pilot.press("enter")
        await until(pilot, lambda: app.main.view.current is not None)
        await pilot.press("ctrl+p")
        await pilot.press(*"list: bot")
        await until(pilot, lambda: _palette_offers(app, "Bottom"))
        await pilot.press("enter")
        await until(pilot, lambda: app.main.article_list.cursor == 1)


async def test_the_palette_offers_entity_editing_commands_only_while_editing() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        def titles() -> set[str]:
            return {command.title for command in ReaderCommands(app.screen)._commands()}

        assert "Article view: edit entities" in titles()
        assert not {"Article view: delete entity", "Article view: label…"} & titles()
        await pilot.press("enter", "i")
        await settle(pilot)
        assert {"Article view: delete entity", "Article view: label…"} <= titles()
        assert "Article view: edit entities" not in titles()


async def test_the_palette_offers_quit_once_with_its_key_and_no_second_key_help() -> None:
    """Textual's own Quit and Keys stood beside the reader's Quit and Help: 'Quit' twice,
    one of them without its key."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"quit")
        await until(pilot, lambda: _palette_offers(app, "quit"))
        await pilot.pause(0.3)  # every provider's hits in
        hits = app.screen.query_one(CommandList)
        prompts = [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]
        assert [p for p in prompts if p.startswith("Quit")] == ["Quit\nq · Anywhere"]
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert "Theme" in titles and not titles & {"Quit", "Keys"}


def _palette_offers(app: ReaderApp, words: str) -> bool:
    """Whether the command palette is open and its first hit names `words` (the search
    runs in a worker: the list fills a moment after the typing)."""
    if not isinstance(app.screen, CommandPalette) or not app.screen.is_mounted:
        return False  # not open, or not yet composed
    hits = app.screen.query_one(CommandList)
    first = str(hits.get_option_at_index(0).prompt).lower() if hits.option_count else ""
    return words.lower() in first


async def test_narrow_terminals_swap_the_list_for_the_entity_panel() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        listing, panel = app.query_one(ArticleList), app.query_one(EntityPanel)
        pane = app.query_one("#list-pane")
        await pilot.press("e")
        assert panel.display and not pane.display and app.focused is panel
        await pilot.press("tab")
        assert app.focused is app.query_one(ArticleView)
        await pilot.press("tab")
        assert app.focused is panel
        await pilot.press("escape")
        assert pane.display and not panel.display and app.focused is listing


async def test_the_entity_panel_groups_spellings_and_enter_walks_them_all() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        view, panel = app.query_one(ArticleView), app.query_one(EntityPanel)
        body = view.article.body
        await pilot.press("e")
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        (trump,) = [p for p in prompts if "Trump" in p]
        full, short = body.count("Donald Trump"), body.count("Trump") - body.count("Donald Trump")
        assert full and short
        assert trump.strip() == f"Donald Trump ×{full + short}  (Trump)"
        panel.highlighted = prompts.index(trump)
        seen = set()
        for _ in range(full + short):
            await pilot.press("enter")
            seen.add(body[slice(*view.current)])
        assert seen == {"Donald Trump", "Trump"}


def _box_of(chooser: LabelChooser, label: str) -> Segment:
    """The tick box segment drawn left of `label` in the chooser's list."""
    listing = chooser.query_one(SelectionList)
    for y in range(listing.size.height):
        strip = listing.render_line(y)
        if label in strip.text:
            return next(segment for segment in strip if segment.text.strip() == "X")
    raise AssertionError(f"{label} is not listed")


async def test_the_label_chooser_ticks_only_the_labels_shown() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l", "o")  # only the first label stays on
        chooser = app.screen
        assert isinstance(chooser, LabelChooser)
        await pilot.pause()
        shown, hidden = "GPE", "PERSON"
        assert app.main.hidden_labels >= {hidden} and shown not in app.main.hidden_labels
        on, off = _box_of(chooser, shown).style, _box_of(chooser, hidden).style
        assert on is not None and off is not None
        assert on.color != on.bgcolor  # a visible tick
        assert off.color == off.bgcolor  # an empty box: no tick to see


def _help_text(app: ReaderApp) -> str:
    console = Console(width=120, record=True, file=io.StringIO())
    console.print(app.screen.query_one("#help-box Static", Static).content)
    return " ".join(console.export_text().split())


async def test_help_says_the_digit_keys_in_a_row_each_unless_one_is_rebound() -> None:
    """Nine rows each for the tag and label digits took eighteen rows for two keys."""
    app = make_app(keymap={"tag_3": "ctrl+t"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        shown = _help_text(app)
        assert "1 … 9 Label 1–9 of the legend entity_label_1…9" in shown
        assert "Label 2 of the legend" not in shown
        assert "1 … 9 Tag on key 1–9 tags_hotkey_1…9" in shown
        assert "1 … 2 Tag with key 1–2 tag_1…2" in shown  # 3 is rebound: its own row
        assert "^t Tag with key 3 tag_3" in shown
        assert "4 … 9 Tag with key 4–9 tag_4…9" in shown


async def test_help_scrolls_with_the_lists_own_movement_keys() -> None:
    app = make_app()
    async with app.run_test(size=(80, 20)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        box = app.screen.query_one("#help-box")
        assert box.max_scroll_y > 10
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert box.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert box.scroll_y > 5
        await pilot.press("q")
        assert app.screen is app.main


async def test_the_view_opens_the_next_article_without_laying_out_the_screen() -> None:
    """Each article the cursor opens gave the view a new scroll height, and setting it as
    Textual's reactive does laid the whole screen out again (7-10 ms of the app's thread
    after each `j`, where the next key waits: docs/performance.md, fill17). The view's
    scrollbar is always shown, so only the view and its scrollbar change: the new height
    is taken without a layout, and the scrollbar and `G` follow it."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        short = view.virtual_size.height
        laid_out: list[str] = []
        for widget in (view, app.main):
            refresh = widget.refresh

            def spy(*regions: Region, _refresh: Any = refresh, **kwargs: Any) -> object:
                if kwargs.get("layout"):
                    laid_out.append(type(_refresh.__self__).__name__)
                return _refresh(*regions, **kwargs)

            widget.refresh = spy  # type: ignore[method-assign]
        await pilot.press("j")
        await settle(pilot)
        assert view.article is app.library.articles[1]
        assert laid_out == []
        assert view.virtual_size.height == view.layout.height > short
        bar = view.vertical_scrollbar
        assert bar.window_virtual_size == view.layout.height
        shown = bar.render_lines(Region(0, 0, bar.size.width, bar.size.height))
        await pilot.press("tab", "G")
        assert view.scroll_y == view.max_scroll_y == view.layout.height - view.size.height
        await pilot.press("g", "shift+tab", "k")
        await settle(pilot)
        assert view.article is app.library.articles[0] and view.max_scroll_y < short
        assert laid_out == []
        assert bar.render_lines(Region(0, 0, bar.size.width, bar.size.height)) != shown
