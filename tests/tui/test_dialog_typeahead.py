"""Keys typed while a dialog opens go to the dialog, never to the list under it.

A terminal hands over what was typed in one read (a paste, a fast typist, SSH): every
key is queued before the first has been handled, so the keys behind `f` reach the app
while the picker is still being made. `typed_at_once` posts them that way;
`pilot.press` would wait for each key to be handled first and never show it.
"""

from __future__ import annotations

import asyncio

import pytest
from textual import events
from textual.app import ScreenStackError
from textual.binding import ActiveBinding, Binding
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, TextArea

from reader.tui import held_keys
from reader.tui.app import ReaderApp
from reader.tui.dialogs.filter import FilterPicker
from reader.tui.dialogs.search import SearchScreen
from reader.tui.held_keys import HeldKeys
from reader.tui.screens.main import MainScreen
from reader.tui.widgets.article_list import ArticleList
from tests.tui.helpers import make_app, settle
from tests.tui.test_triage_keys import articles

SIZE = (120, 40)
CHARACTERS = {
    "slash": "/",
    "escape": None,
    "enter": "\r",
    "number_sign": "#",
    "ctrl+u": "\x15",
    "backspace": "\x08",
}
"""The character of each key named in these tests that is not its own character."""


def typed_at_once(app: ReaderApp, keys: list[str]) -> None:
    """Queues `keys` as a terminal does when they come in one read."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key)))


async def typed_with_gaps(app: ReaderApp, keys: list[str], gap: int) -> None:
    """Queues `keys` with `gap` turns of the event loop between them: some reach the app
    afresh after the dialog is pushed, while older ones still come back up from the list."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key)))
        for _ in range(gap):
            await asyncio.sleep(0)


def states(app: ReaderApp) -> list[str]:
    return [app.triage.state(article.id) for article in app.library.articles]


def panels(app: ReaderApp) -> tuple[bool, bool]:
    return app.main.entity_panel.display, app.main.annotation_panel.display


async def handled(pilot: Pilot[None]) -> None:
    """Lets the app handle what was typed: the dialog opened, and what it held given."""
    await pilot.pause()
    await settle(pilot)


async def typed_into(pilot: Pilot[None], keys: list[str], gap: int = 0) -> str:
    """What the top dialog's input holds once `keys` were typed at once and handled."""
    await typed_with_gaps(pilot.app, keys, gap)  # type: ignore[arg-type]
    await handled(pilot)
    return pilot.app.screen.query_one(Input).value


@pytest.mark.parametrize("gap", [0, 1, 2, 3])
async def test_letters_typed_with_f_go_to_the_picker_in_order_and_change_nothing(
    gap: int,
) -> None:
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before, shown = states(app), panels(app)
        assert await typed_into(pilot, ["f", *"email"], gap) == "email"
        assert isinstance(app.screen, FilterPicker)
        assert states(app) == before and panels(app) == shown
        assert app.main.query_one(ArticleList).cursor == 0


async def test_letters_typed_with_slash_go_to_the_search_box() -> None:
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before, shown = states(app), panels(app)
        assert await typed_into(pilot, ["slash", *"seoul"]) == "seoul"
        assert isinstance(app.screen, SearchScreen)
        assert states(app) == before and panels(app) == shown


async def test_letters_before_an_esc_close_with_the_picker_and_keys_after_it_reach_the_list() -> (
    None
):
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        typed_at_once(app, ["f", *"sm", "escape", "j", "s"])
        await handled(pilot)
        assert app.main.query_one(ArticleList).cursor == 1
        assert states(app)[:3] == ["new", "starred", "new"]


async def test_a_key_typed_with_f_that_closes_the_picker_opens_the_next_dialog() -> None:
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert await typed_into(pilot, ["f", "escape", "slash", *"iran"]) == "iran"
        assert isinstance(app.screen, SearchScreen)


async def test_the_export_dialog_takes_the_keys_typed_with_e() -> None:
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = states(app)
        typed_at_once(app, ["E", "j", "j"])
        await handled(pilot)
        assert app.screen.query_one(OptionList).highlighted == 2
        assert app.main.query_one(ArticleList).cursor == 0 and states(app) == before


def typed_text(app: ReaderApp) -> str:
    """What the top dialog's box holds: a one-line input, or the note's text area."""
    areas = app.screen.query(TextArea)
    return areas.first().text if areas else app.screen.query_one(Input).value


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (["t"], "urgent"),  # the tag picker, on the sentence under the view's cursor
        (["n"], "urgent"),  # the note editor
        (["T"], "Story 0urgent"),  # the title editor, its cursor after the title
        (["ctrl+p"], "urgent"),  # the command palette
    ],
)
async def test_every_dialog_the_article_view_opens_takes_the_letters_typed_with_its_key(
    opening: list[str], expected: str
) -> None:
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the article view has the focus
        before, shown = states(app), panels(app)
        typed_at_once(app, [*opening, *"urgent"])
        await handled(pilot)
        assert app.screen is not app.main and typed_text(app) == expected
        assert states(app) == before and panels(app) == shown


async def test_a_paste_right_behind_f_goes_to_the_picker() -> None:
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.post_message(events.Key("f", "f"))
        app.post_message(events.Paste("seoul"))
        await handled(pilot)
        assert isinstance(app.screen, FilterPicker)
        assert app.screen.query_one(Input).value == "seoul"


async def test_keys_go_their_own_way_again_when_giving_the_held_ones_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def screen_gone(app: object, also: object = ()) -> None:
        raise ScreenStackError("No screens on stack")

    monkeypatch.setattr(held_keys, "settled", screen_gone)
    held = HeldKeys(make_app())
    held.hold([])
    assert held.holds(events.Key("a", "a"))
    with pytest.raises(ScreenStackError):
        await held.run()
    assert not held.holding and not held.holds(events.Key("b", "b"))


async def test_the_letters_for_the_box_are_given_together_and_waited_for_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given one at a time, each letter waited for its search and its results drawn (rounds
    # of every widget of the dialog and of the app): while a big dump's batches kept the
    # app busy, '/' and five letters filled the box 0.1-0.5 s behind the dialog.
    waits: list[int] = []
    wait = held_keys.settled

    async def counted(app: ReaderApp, also: list[object] = []) -> None:  # noqa: B006
        waits.append(len(also))
        await wait(app, also)  # type: ignore[arg-type]

    monkeypatch.setattr(held_keys, "settled", counted)
    app = make_app(articles(30))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        typed_at_once(app, ["slash", "ctrl+u", *"seoul", "escape", "j"])
        await handled(pilot)
        assert isinstance(app.screen, MainScreen) and app.main.article_list.cursor == 1
        assert await typed_into(pilot, ["slash", *"ir", "backspace", "ran"]) == "iran"
    # The dialog up, ctrl+u, the five letters, the esc, the `j` (typed before the dialog
    # closed, it was held too); then the dialog up, 'ir', the backspace, 'ran'. One at a
    # time: 14.
    assert len(waits) == 9


def test_a_printable_key_bound_with_priority_is_no_text_for_the_box() -> None:
    node = Input()
    taken = {"x": ActiveBinding(node, Binding("x", "cut", priority=True), True)}
    shown = {"x": ActiveBinding(node, Binding("x", "cut"), True)}
    assert not held_keys._as_text(events.Key("x", "x"), taken)
    assert held_keys._as_text(events.Key("x", "x"), shown)
    assert held_keys._as_text(events.Paste("x y"), taken)
    assert not held_keys._as_text(events.Key("escape", None), {})


async def test_a_key_given_back_as_the_app_ends_is_dropped_not_a_traceback() -> None:
    """Held keys are given back in order; given back as the app ends, no screen is left
    to take one (seen under load: ScreenStackError from `on_key` on the way out)."""
    app = make_app(articles(3))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
    assert not app.screen_stack
    app.on_key(events.Key("j", "j"))


async def test_settling_waits_past_a_worker_the_next_key_cancelled() -> None:
    """The palette's search worker is cancelled by the next key typed into it: the
    tests' `settle` must see it as ended, not fail on it (a flake under load)."""
    app = make_app(articles(3))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        worker = app.run_worker(asyncio.sleep(60), name="cancelled by a key")
        await pilot.pause()
        assert worker.is_running
        worker.cancel()
        await settle(pilot)
        assert worker.is_cancelled
