"""Pilot: the list pane takes a share of the terminal; keys and a drag change it, and it is kept."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.tui.presenters.panes import SHARE_SETTING, STEP, list_columns
from reader.tui.widgets.divider import GRIP, LINE, PaneDivider
from tests.tui.helpers import fresh_store, make_app, make_session, settle


def _list_width(pilot: Pilot) -> int:
    return pilot.app.screen.query_one("#list-pane").size.width


async def test_ctrl_arrows_narrow_and_widen_the_list_and_the_share_is_kept() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert _list_width(pilot) == 40
        await pilot.press("ctrl+left")
        await pilot.pause()
        assert _list_width(pilot) == 40 - STEP
        await pilot.press("ctrl+right", "ctrl+right")
        await pilot.pause()
        assert _list_width(pilot) == 40 + STEP
        saved = store.setting(SHARE_SETTING)
        assert list_columns(120, saved) == 40 + STEP
    again = make_app(store=store)
    async with again.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        assert _list_width(pilot) == list_columns(200, saved) > 40 + STEP


async def test_dragging_the_divider_sets_the_width_and_dropping_keeps_it() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        divider = app.screen.query_one(PaneDivider)
        assert divider.render_line(5).text == LINE
        await pilot.mouse_down(divider, offset=(0, 5))
        await pilot.hover(divider, offset=(15, 5))
        await pilot.pause()
        assert _list_width(pilot) == 55
        assert divider.render_line(5).text == GRIP  # taken: the grip shows
        assert store.setting(SHARE_SETTING) is None
        await pilot.mouse_up(divider, offset=(0, 5))
        await pilot.hover("#view", offset=(10, 5))
        await pilot.pause()
        assert list_columns(120, store.setting(SHARE_SETTING)) == 55
        assert divider.render_line(5).text == LINE  # let go, pointer elsewhere


async def test_reader_toml_share_and_measure_are_used_and_the_list_stops_at_its_bounds() -> None:
    session = make_session()
    session.list_share = 0.5
    session.measure = 40
    app = make_app(session=session)
    rings: list[None] = []
    app.bell = lambda: rings.append(None)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        assert _list_width(pilot) == 60
        view = app.main.view
        assert view.layout is not None and view.layout.width == 40
        body = [line for line in view.layout.lines if line.in_body]
        assert max(line.end - line.start for line in body) <= 40
        await pilot.press(*["ctrl+left"] * 11)
        await pilot.pause()
        assert _list_width(pilot) == 20
        assert len(rings) == 1
