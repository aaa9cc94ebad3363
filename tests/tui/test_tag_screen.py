"""Pilot tests of the tag screen (`#`, the palette) and of new tags taking a free hotkey."""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from reader.store import Store
from reader.tui.dialogs.confirm import Confirm
from reader.tui.dialogs.tag_picker import TagPicker
from reader.tui.dialogs.tag_screen import TagScreen
from reader.tui.dialogs.title_editor import TitleEditor
from tests.tui.helpers import (
    fresh_store,
    make_app,
    screen_lines,
    seed_articles,
    settle,
    until,
    until_shown,
)

SIZE = (120, 40)
ARTICLE = seed_articles()[0]


def _tagged(store: Store, *tag_lists: list[str]) -> None:
    """One annotation per list of tags, on successive sentences of the first article."""
    at = 0
    for tags in tag_lists:
        end = ARTICLE.body.index(".", at) + 1
        store.add_annotation(ARTICLE.id, ARTICLE.body, at, end, tags=tags)
        at = end + 1


def _hotkeys(store: Store) -> dict[str, str | None]:
    return {tag.name: tag.hotkey for tag in store.tags()}


async def _open(pilot: Pilot) -> TagScreen:
    await settle(pilot)
    await pilot.press("number_sign")
    return await until_shown(pilot, TagScreen)


async def _highlight(pilot: Pilot, screen: TagScreen, name: str) -> None:
    while screen.current is not None and screen.current.tag.name != name:
        await pilot.press("j")


async def test_hash_lists_the_tags_with_use_and_digits_move_hotkeys_undoably() -> None:
    store = fresh_store()
    _tagged(store, ["claim"], ["claim", "key"])
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert [row.tag.name for row in screen.rows][:3] == ["key", "quote", "claim"]
        claim = next(row for row in screen.rows if row.tag.name == "claim")
        assert claim.usage == "2 annotations in 1 article"
        await _highlight(pilot, screen, "claim")
        await pilot.press("1")
        assert _hotkeys(store)["claim"] == "1"
        assert _hotkeys(store)["key"] is None
        assert screen.current is not None and screen.current.tag.name == "claim"
        await pilot.press("0")
        assert _hotkeys(store)["claim"] is None
        await pilot.press("u")
        assert _hotkeys(store)["claim"] == "1"
        await pilot.press("u")
        assert _hotkeys(store)["claim"] == "3"
        assert _hotkeys(store)["key"] == "1"
        await pilot.press("ctrl+r")
        assert _hotkeys(store)["claim"] == "1"
        await pilot.press("escape")
        assert not isinstance(app.screen, TagScreen)


async def test_c_recolours_and_r_renames_the_highlighted_tag() -> None:
    store = fresh_store()
    _tagged(store, ["quote"])
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await _highlight(pilot, screen, "quote")
        await pilot.press("c")
        assert {t.name: t.colour for t in store.tags()}["quote"] == "#e06c75"
        await pilot.press("C")
        assert {t.name: t.colour for t in store.tags()}["quote"] == "#61afef"
        await pilot.press("r")
        (await until_shown(pilot, TitleEditor)).query_one(Input).value = "citation"
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen)
        assert "citation" in _hotkeys(store) and "quote" not in _hotkeys(store)
        assert store.annotations()[0].tags == ("citation",)
        assert screen.current is not None and screen.current.tag.name == "citation"
        await pilot.press("u")
        assert store.annotations()[0].tags == ("quote",)


async def test_m_merges_into_a_chosen_tag_after_asking() -> None:
    store = fresh_store()
    _tagged(store, ["claim"], ["claim", "key"], ["question"])
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await _highlight(pilot, screen, "claim")
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, TagPicker))
        await pilot.press("k", "e", "y", "enter")
        confirm = await until_shown(pilot, Confirm)
        assert "2 annotations in 1 article" in str(confirm.query_one("#confirm-box").render())
        await pilot.press("y")
        await until(pilot, lambda: app.screen is screen)
        assert "claim" not in _hotkeys(store)
        assert [a.tags for a in store.annotations()].count(("key",)) == 2
        assert screen.current is not None and screen.current.tag.name == "key"


async def test_the_merge_picker_offers_no_new_tag() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot)
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, TagPicker))
        await pilot.press("z", "z", "z", "enter")
        assert isinstance(app.screen, TagPicker)  # nothing to choose: it stays open
        await pilot.press("escape")
        assert len(app.store.tags()) == 5


async def test_d_deletes_an_unused_tag_at_once_and_asks_for_one_in_use() -> None:
    store = fresh_store()
    _tagged(store, ["key"], ["key", "quote"])
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await _highlight(pilot, screen, "question")
        await pilot.press("d")
        assert "question" not in _hotkeys(store)
        await _highlight(pilot, screen, "key")
        await pilot.press("d")
        confirm = await until_shown(pilot, Confirm)
        assert "2 annotations in 1 article" in str(confirm.query_one("#confirm-box").render())
        await pilot.press("n")
        await until(pilot, lambda: app.screen is screen)
        assert "key" in _hotkeys(store)
        await pilot.press("d", "y")
        await until(pilot, lambda: "key" not in _hotkeys(store))
        assert sorted(a.tags for a in store.annotations()) == [(), ("quote",)]
        await pilot.press("u")
        assert _hotkeys(store)["key"] == "1"


async def test_the_palette_opens_the_tag_screen() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Tags")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TagScreen))


async def test_a_read_only_store_refuses_changes_with_a_notice(tmp_path) -> None:
    path = tmp_path / "reader.json"
    Store(path).close()
    store = Store(path, read_only=True)
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot)
        await pilot.press("2")
        assert _hotkeys(store)["key"] == "1"
        assert any("read-only" in n.message for n in app._notifications)


async def test_a_store_another_reader_holds_refuses_a_tag_change_in_a_line(tmp_path) -> None:
    """Its refusal is the store's brief, as on the reading screen: the sentence with the
    store's path and the holder's host and start filled the toast with fragments."""
    path = tmp_path / "reader.json"
    with Store(path), Store(path) as second:
        app = make_app(store=second)
        async with app.run_test(size=SIZE) as pilot:
            await _open(pilot)
            await pilot.press("2")
            assert _hotkeys(second)["key"] == "1"
            assert [note.message for note in app._notifications][-1] == (
                f"{second.read_only_brief}."
            )


async def test_a_tag_made_in_the_picker_takes_the_first_free_hotkey() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "t")
        await until(pilot, lambda: isinstance(app.screen, TagPicker))
        await pilot.press(*"source", "enter")
        await until(pilot, lambda: "source" in _hotkeys(app.store))
        assert _hotkeys(app.store)["source"] == "6"
        await pilot.press("j", "6")
        assert [a.tags for a in app.store.annotations()] == [("source",), ("source",)]


async def test_enter_renames_delete_deletes_and_q_closes() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TitleEditor))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        await _highlight(pilot, screen, "question")
        await pilot.press("delete")
        assert "question" not in _hotkeys(app.store)
        await pilot.press("q")
        await until(pilot, lambda: not isinstance(app.screen, TagScreen))
        assert app.is_running


async def test_tag_names_in_any_script_keep_the_columns_in_line() -> None:
    """A tag's name is cut and padded by cells: a Chinese or Tamil name (two cells a
    character; marks beside their letter) kept the columns after it out of line."""
    store = fresh_store()
    long_tamil = "தமிழ்நாடு அரசு புதிய கல்விக் கொள்கை"
    _tagged(store, ["主张要点"], [long_tamil], ["claim"])
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        keys = [
            re.search(r" (no key|key \d) ", line)
            for line in screen_lines(screen.query_one(OptionList))
        ]
        assert (
            len([key for key in keys if key is not None]) == 7
        )  # the 5 of a fresh store (claim too), 2 made
        assert len({cell_len(key.string[: key.start()]) for key in keys if key is not None}) == 1


async def test_each_tag_is_one_line_on_a_narrow_terminal() -> None:
    store = fresh_store()
    _tagged(store, ["claim"], ["claim", "key"])
    app = make_app(store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        options = screen.query_one(OptionList)
        assert options.option_count == len(screen.rows)
        lines = [line.rstrip() for line in screen_lines(options) if line.strip()]
        assert len(lines) == len(screen.rows), lines
        assert lines[0].endswith("…")  # "2 annotations in 1 article" cut where it must be
