"""The footer: the focused pane's keys, most used first, whole words only (issue 16, bug 10)."""

from __future__ import annotations

import pytest

from reader.tui.presenters.footer_hints import Hint, fit
from reader.tui.widgets.footer import ReaderFooter
from tests.tui.helpers import make_app, settle
from tests.tui.test_triage_keys import states

LIST_KEYS = ["j/k Move", "⏎ Open", "s Star", "x Discard", "+ Keep", "f Filter", "/ Search"]
VIEW_KEYS = ["j/k Move", "v Select", "1…9 Tag", "n Note", "s Star", "x Discard", "+ Keep"]


def test_fit_keeps_whole_hints_in_order_and_skips_what_does_not_fit() -> None:
    hints = [Hint("a", "Alpha", "a"), Hint("b", "Very long words", "b"), Hint("c", "Cee", "c")]
    assert fit(hints, 7) == [hints[0]]
    assert fit(hints, 14) == [hints[0], hints[2]]  # b does not fit; c still does
    assert fit(hints, 40) == hints
    assert fit(hints, 0) == []


def footer_hints(app: object) -> list[str]:
    """The footer as the user reads it: its hints, split where two spaces part them."""
    footer = app.screen.query_one(ReaderFooter)  # type: ignore[attr-defined]
    line = footer.render_line(0).text.strip()
    assert len(line) <= footer.size.width
    return line.split("  ")


@pytest.mark.parametrize("width", [80, 120])
async def test_the_list_footer_shows_the_triage_keys_whole(width: int) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        shown = footer_hints(app)
        assert shown[: len(LIST_KEYS)] == LIST_KEYS
        assert "? Help" in shown and "u Undo" in shown
        every = {
            hint.keys + " " + hint.description
            for hint in app.screen.query_one(ReaderFooter).hints()
        }
        assert set(shown) <= every  # nothing cut: each shown hint is a whole one


@pytest.mark.parametrize("width", [80, 120])
async def test_the_article_view_footer_shows_its_own_keys_whole(width: int) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        shown = footer_hints(app)
        assert shown[: len(VIEW_KEYS)] == VIEW_KEYS
        assert "⏎ Open" not in shown
        every = {
            hint.keys + " " + hint.description
            for hint in app.screen.query_one(ReaderFooter).hints()
        }
        assert set(shown) <= every


async def test_a_click_on_a_hint_presses_its_key() -> None:
    app = make_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        line = app.screen.query_one(ReaderFooter).render_line(0).text
        await pilot.click(ReaderFooter, offset=(line.index("s Star") + 2, 0))
        await pilot.pause()
        assert states(app)[0] == "starred"


async def test_while_a_passage_is_selected_the_footer_shows_what_acts_on_it() -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "v")
        await pilot.pause()
        shown = footer_hints(app)
        assert shown[:4] == ["j/k Extend", "J/K Paragraph", "1…9 Tag", "t Tag…"]
        assert "esc Clear" in shown and "v Select" not in shown
        await pilot.press("escape")
        await pilot.pause()
        assert footer_hints(app)[: len(VIEW_KEYS)] == VIEW_KEYS
        await pilot.press("p")  # a paragraph selected at once, no `v`
        await pilot.pause()
        assert footer_hints(app)[0] == "j/k Extend"
