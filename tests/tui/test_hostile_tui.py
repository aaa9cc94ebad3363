"""Hostile dumps in the TUI, loaded from files as `reader PATH...` loads them.

Nothing a dump or its file name carries reaches the terminal as an escape sequence or
is taken as markup: not in the list, the article, the entity panel or a notification.
Dumps that are no text become notifications; the others load and stay usable.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from rich.segment import Segment
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets._toast import Toast

from reader.dumps.load import load_dump
from reader.tui.app import ReaderApp
from reader.tui.dialogs.export import ExportDialog
from reader.tui.dialogs.tag_picker import TagPicker
from reader.tui.dialogs.tag_screen import TagScreen
from reader.tui.dialogs.title_editor import TitleEditor
from reader.tui.presenters.opening import load_each
from reader.tui.presenters.session import Session
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.entity_panel import EntityPanel
from tests.conftest import SEED
from tests.hostile.hostile_support import HOSTILE_DUMP
from tests.tui.fakes import FakeService
from tests.tui.helpers import make_session, settle, until

pytestmark = pytest.mark.frames
"""Every frame drawn (tests/tui/conftest.py): hostile text must draw inert in every frame, not
only the last."""

SIZE = (120, 40)
BAD_NAMES = ("[@click=app.quit]bait.txt", "[bold]loud[red].txt", "\x1b]0;pwned\x1b\\.txt")
"""Files holding binary data whose names are markup or an escape sequence."""


def _terminal_commands(text: str) -> list[str]:
    """Characters a terminal acts on: C0 controls but newline, DEL and the C1 range."""
    return [c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F]


def _segments(widget: Widget) -> Iterable[Segment]:
    for y in range(widget.size.height):
        yield from widget.render_line(y)


def _assert_inert(segments: Iterable[Segment]) -> str:
    """No segment carries a control character, a link or a click action; the text shown."""
    shown = []
    for segment in segments:
        assert _terminal_commands(segment.text) == [], repr(segment.text)
        style = segment.style
        if style is not None:
            assert style.link is None
            assert not any(key.startswith("@") for key in style.meta), style.meta
        shown.append(segment.text)
    return "".join(shown)


def _session(folder: Path) -> Session:
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE_DUMP)
    shutil.copy(SEED, folder / "seed.txt")
    for name in BAD_NAMES:
        (folder / name).write_bytes(bytes(range(256)) * 16)
    loaded = load_each(sorted(folder.iterdir()))
    return make_session(loaded.articles, problems=loaded.problems)


async def test_a_hostile_dump_renders_inert_everywhere(tmp_path: Path) -> None:
    app = ReaderApp(_session(tmp_path / "seeds"), FakeService(), "fake_model")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        titles = [article.title for article in app.library.articles]
        assert len(titles) == 3 and "\x1b]0;pwned\x07" in titles[0]  # the dump's own text
        await pilot.press("enter")
        await settle(pilot)
        listed = _assert_inert(_segments(app.query_one(ArticleList)))
        shown = _assert_inert(_segments(app.query_one(ArticleView)))
        assert "[bold]ov" in listed and "\u241b]0;pwned\u2407" in listed
        for literal in ("[link=https://evil.example]Read more[/link]", "[@click=app.quit]quit[/]"):
            assert literal in " ".join(shown.split())
        assert "\u241b]8;;https://evil.example\u241b\\click" in "".join(shown.split())
        await pilot.press("e")
        await settle(pilot)
        panel = _assert_inert(_segments(app.query_one(EntityPanel)))
        assert "Pyongyang" in panel
        screenshot = app.export_screenshot()
        assert "\x1b" not in screenshot and _terminal_commands(screenshot.replace("\n", "")) == []
        await pilot.press("j", "k", "pagedown", "tab", "right_square_bracket", "escape")
        assert app.is_running


async def test_undecodable_dumps_with_hostile_names_are_plain_notifications(
    tmp_path: Path,
) -> None:
    session = _session(tmp_path / "seeds")
    assert len(session.problems) == len(BAD_NAMES)
    app = ReaderApp(session, FakeService(), "fake_model")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 1  # one notice names every dump not listed, a line each
        messages = []
        for toast in toasts:
            content = toast.render()
            assert _terminal_commands(content.plain) == []
            assert all(not isinstance(span.style, str) for span in content.spans)  # no markup
            messages.extend(content.plain.split("\n"))
        assert any("[@click=app.quit]bait.txt: not a text file" in m for m in messages)
        assert any("[bold]loud[red].txt" in m for m in messages)
        assert any("\u241b]0;pwned\u241b\\.txt" in m for m in messages)
        lines = [line for toast in toasts for line in toast.render_lines(Region(0, 0, *toast.size))]
        assert "bait.txt" in _assert_inert(segment for line in lines for segment in line)
        await pilot.click(Toast)  # a click only dismisses it; it never runs an action
        assert app.is_running and len(app.library.articles) == 3


MARKUP_SENTENCE = "Markup [/] closes nothing and [@click=app.quit]bait[/] clicks nothing."
"""A sentence a dump may hold: `[/]` alone is a markup error, the rest a click action."""


async def _border(pilot: Pilot[None], box: str) -> str:
    """What the screen shows on the box's top and bottom borders, checked inert."""
    return await _shown(pilot, box, lambda region: (region.y, region.bottom - 1))


async def _shown(
    pilot: Pilot[None], box: str, rows: Callable[[Region], Iterable[int]] = lambda r: r.line_range
) -> str:
    """What the screen shows on the box's `rows` (all by default), checked inert."""
    await until(pilot, lambda: pilot.app.screen.is_mounted)  # the dialog composed
    await pilot.pause()
    region = pilot.app.screen.query_one(box).region
    strips = pilot.app.screen._compositor.render_strips()  # the screen as the terminal gets it
    lines = [strips[row] for row in rows(region)]
    return _assert_inert(s for line in lines for s in line.crop(region.x, region.right))


async def test_dialog_borders_show_a_quote_a_tag_name_and_a_folder_literally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tag picker's title quotes the dump, the tag screen's rename and merge name the
    tag, the export dialog names its folder: all as typed, never parsed as markup (a
    stray `[/]` in a sentence closed the app when `t` was pressed on it)."""
    dump = tmp_path / "dump.txt"
    dump.write_text(f"Markup in a sentence\n\n{MARKUP_SENTENCE} Another sentence here.\n")
    monkeypatch.chdir(tmp_path)  # the export dialog names its folder from here: "[bold]out"
    session = make_session(load_dump(dump), exports_dir=tmp_path / "[bold]out")
    app = ReaderApp(session, FakeService(), "fake_model")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "t")
        assert isinstance(app.screen, TagPicker)
        assert "Markup [/] closes nothing and [@click=app." in await _border(pilot, "#tag-picker")
        await pilot.press(*"[/]", "enter", "number_sign")
        assert "[/]" in {tag.name for tag in app.store.tags()}
        await until(pilot, lambda: isinstance(app.screen, TagScreen))
        await pilot.press("end", "r")
        assert isinstance(app.screen, TitleEditor)
        assert "Rename tag “[/]”" in await _border(pilot, "#title-box")
        await pilot.press("escape", "m")
        assert "Merge “[/]” into…" in await _border(pilot, "#tag-picker")
        await pilot.press("escape", "escape", "escape", "E")
        assert isinstance(app.screen, ExportDialog)
        assert "enter writes to [bold]out · e: with entity spans · esc closes" in await _shown(
            pilot, "#export-hint"
        )
        await pilot.press("escape")
        assert app.is_running


async def test_a_search_within_a_filter_by_a_tag_that_looks_like_markup_opens(
    tmp_path: Path,
) -> None:
    """The search dialog's border names the list's filter, a tag's name in it, and read
    it as markup: with the list filtered by the tag `[bold]x[/`, `/` ended the app."""
    dump = tmp_path / "dump.txt"
    dump.write_text(HOSTILE_DUMP)
    [article] = load_dump(dump)
    app = ReaderApp(make_session([article]), FakeService(), "fake_model")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.store.add_annotation(article.id, article.body, 0, 6, ["[bold]x[/"])
        await pilot.press("f", *"[bold]x", "enter", "slash")
        assert "· in tag “[bold]x[/”" in await _border(pilot, "#search-box")
        assert app.is_running
