"""Pilot tests of the annotation keys: cursor, selections, tags, notes, panel, undo, copy, mouse."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyperclip
import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, TextArea

from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.dialogs.note_editor import NoteEditor
from reader.tui.dialogs.tag_picker import TagPicker
from reader.tui.widgets.annotation_panel import AnnotationPanel
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from tests.tui.fakes import FakeService
from tests.tui.helpers import make_app, screen_lines, seed_articles, settle, style_of, until

SIZE = (120, 40)
ARTICLE = seed_articles()[0]
BODY = ARTICLE.body
FIRST = "SEOUL: Senior North Korean"
SECOND = "The report came days after"
THIRD = "North Korea’s official Korean Central News Agency said"
KCNA_PARAGRAPH = "KCNA said the two sides discussed"


def _sentence(start: str) -> tuple[int, int]:
    """The fake pipeline's sentence beginning with `start`: up to its full stop."""
    at = BODY.index(start)
    return at, BODY.index(".", at) + 1


def _text(span: tuple[int, int] | None) -> str:
    assert span is not None
    return BODY[span[0] : span[1]]


def _notes(app: ReaderApp) -> list[str]:
    """Every notification from now on, in order (the app keeps showing them as usual)."""
    seen: list[str] = []
    show = app.notify

    def record(message: str, **kwargs: Any) -> None:
        seen.append(message)
        show(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    return seen


async def _reading(pilot: Pilot) -> ArticleView:
    """The first article open with the focus in the view."""
    await settle(pilot)
    await pilot.press("enter")
    view = pilot.app.query_one(ArticleView)
    assert pilot.app.focused is view
    return view


def _store(app: ReaderApp) -> Store:
    return app.store


async def test_j_k_move_a_sentence_cursor_drawn_only_while_the_view_has_focus() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _reading(pilot)
        tint = view.get_component_rich_style("article-view--cursor").bgcolor
        assert view.passages.sentence == _sentence(FIRST)
        assert style_of(view, "SEOUL").bgcolor == tint
        await pilot.press("j")
        assert view.passages.sentence == _sentence(SECOND)
        assert style_of(view, SECOND).bgcolor == tint
        assert style_of(view, "SEOUL").bgcolor != tint
        await pilot.press("down", "k")
        assert view.passages.sentence == _sentence(SECOND)
        await pilot.press("up")
        assert view.passages.sentence == _sentence(FIRST)
        await pilot.press("tab")
        assert style_of(view, "SEOUL").bgcolor != tint


async def test_the_cursor_keeps_in_sight_and_comes_back_after_scrolling() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _reading(pilot)
        for _ in range(12):
            await pilot.press("j")
            start, end = view.passages.sentence
            top = round(view.scroll_y)
            assert top <= view.layout.line_of(end - 1) < top + view.size.height
        assert view.scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0 and view.passages.sentence == _sentence(FIRST)
        await pilot.press("pagedown", "pagedown")
        await pilot.press("j")
        start, _ = view.passages.sentence
        assert view.layout.line_of(start) >= view.scroll_y - 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert view.passages.sentence[1] == len(BODY.rstrip())


async def test_before_entities_arrive_the_cursor_walks_rule_sentences() -> None:
    gate = threading.Event()
    app = make_app(service=FakeService(gate=gate))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        app.main.open(ARTICLE)  # its sentences wait for the screen's paint (a big one's: 35 ms)
        assert len(view.passages.sentences) == 0
        await until(pilot, lambda: view.passages.sentence == _sentence(FIRST))
        await pilot.press("enter", "j")
        assert _text(view.passages.sentence).startswith(SECOND)
        shown = view.article
        assert shown is not None
        app.main.open(seed_articles()[1])
        app.main.open(shown)  # two list keys in one turn: back to the first, its cursor reset
        await until(pilot, lambda: view.passages.sentence == _sentence(FIRST))
        await pilot.press("j")
        gate.set()
        await settle(pilot)
        assert view.passages.sentence == _sentence(SECOND)


async def test_J_K_move_by_paragraph() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _reading(pilot)
        await pilot.press("J")
        assert view.passages.sentence == _sentence(SECOND)
        await pilot.press("J", "J")
        assert view.passages.sentence == _sentence(KCNA_PARAGRAPH)
        await pilot.press("j", "K")
        assert view.passages.sentence == _sentence(KCNA_PARAGRAPH)
        await pilot.press("K")
        assert view.passages.sentence == _sentence(THIRD)


async def test_v_selects_j_k_extend_escape_clears_then_goes_back_to_the_list() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _reading(pilot)
        await pilot.press("v")
        assert view.passages.selection == _sentence(FIRST)
        await pilot.press("j", "j")
        assert view.passages.selection == (_sentence(FIRST)[0], _sentence(THIRD)[1])
        selected = view.get_component_rich_style("article-view--selection").bgcolor
        assert style_of(view, SECOND).bgcolor == selected
        assert style_of(view, "Pyongyang").bgcolor == selected
        await pilot.press("k")
        assert view.passages.selection == (_sentence(FIRST)[0], _sentence(SECOND)[1])
        await pilot.press("escape")
        assert view.passages.selection is None and app.focused is view
        assert style_of(view, SECOND).bgcolor != selected
        await pilot.press("escape")
        assert app.focused is app.query_one(ArticleList)


async def test_p_selects_the_whole_paragraph() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _reading(pilot)
        await pilot.press("J", "J", "J", "j", "p")
        paragraph = next(p for p in ARTICLE.paragraphs if BODY[p.start :].startswith("KCNA"))
        assert view.passages.selection == (paragraph.start, paragraph.end)


async def test_digit_keys_tag_the_cursor_sentence_toggle_and_mark_it() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        notes = _notes(app)
        view = await _reading(pilot)
        await pilot.press("j", "1")
        [annotation] = _store(app).annotations(ARTICLE.id)
        assert (annotation.start, annotation.end) == _sentence(SECOND)
        assert annotation.tags == ("key",)
        tagged = "Tagged key: “The report came"
        await until(pilot, lambda: notes[-1:] != [] and notes[-1].startswith(tagged))
        mark = style_of(view, SECOND)
        assert mark.underline and str(mark.color.triplet.hex) == "#e5c07b"
        assert "67 ent · 1 ann" in "\n".join(screen_lines(app.query_one(ArticleList))) or (
            "1 ann" in "\n".join(screen_lines(app.query_one(ArticleList)))
        )
        await pilot.press("3")
        assert _store(app).annotations(ARTICLE.id)[0].tags == ("key", "claim")
        await pilot.press("1", "3")
        assert _store(app).annotations(ARTICLE.id) == []
        assert not style_of(view, SECOND).underline
        await pilot.press("9")  # said at once; "Removed tag claim" waits for its save
        assert "No tag on key 9: press t to pick or create one." in notes
        assert _store(app).annotations() == []


async def test_a_tag_key_right_after_enter_or_a_click_tags_there() -> None:
    """Enter and `1` arriving together (a loaded terminal sends them in one read): the
    `1` goes to the article enter opened, not to the list as a count."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        app.post_message(events.Key("enter", None))
        app.post_message(events.Key("1", "1"))
        await until(pilot, lambda: bool(_store(app).annotations(ARTICLE.id)))
        [annotation] = _store(app).annotations(ARTICLE.id)
        assert (annotation.start, annotation.end) == _sentence(FIRST)
        row = next(y for y, text in enumerate(screen_lines(view)) if THIRD[:30] in text)
        await pilot.click(view, offset=(view.text_left + 3, row))
        await pilot.press("1")
        assert [(a.start, a.end) for a in _store(app).annotations(ARTICLE.id)] == [
            _sentence(FIRST),
            _sentence(THIRD),
        ]


async def test_a_tag_key_on_a_selection_annotates_exactly_the_selection() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _reading(pilot)
        await pilot.press("v", "j", "2")
        [annotation] = _store(app).annotations(ARTICLE.id)
        assert (annotation.start, annotation.end) == (_sentence(FIRST)[0], _sentence(SECOND)[1])
        assert view.passages.selection is None
        await pilot.press("k", "v", "j", "4")
        assert _store(app).annotations(ARTICLE.id)[0].tags == ("quote", "follow-up")


async def test_t_picks_a_tag_with_completion_and_can_create_one() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _reading(pilot)
        await pilot.press("t")
        assert isinstance(app.screen, TagPicker)
        await pilot.press("f", "o", "l", "tab")
        assert app.screen.query_one(Input).value == "follow-up"
        await pilot.press("enter")
        assert app.screen is app.main
        assert _store(app).annotations(ARTICLE.id)[0].tags == ("follow-up",)
        await pilot.press("t", *"cl")
        options = app.screen.query_one("#tag-options", OptionList)
        found = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert found == ["claim", "cl"]
        await pilot.press("escape")
        assert app.screen is app.main
        await pilot.press("t", *"src", "up", "down", "enter")
        assert _store(app).annotations(ARTICLE.id)[0].tags == ("follow-up", "src")
        assert "src" in {tag.name for tag in _store(app).tags()}
        await pilot.press("t", *"src", "enter")
        assert _store(app).annotations(ARTICLE.id)[0].tags == ("follow-up",)


async def test_a_tags_key_typed_first_in_the_picker_picks_that_tag() -> None:
    """The picker shows "key 3" beside claim; typing 3 made a new tag named "3". Typed
    first, a tag's key picks it (as in the article, and as Prodigy's and doccano's label
    keys do); after other characters, or after a space, a digit is typed."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _reading(pilot)
        await pilot.press("t", "3")
        assert app.screen is app.main
        assert _store(app).annotations(ARTICLE.id)[0].tags == ("claim",)
        await pilot.press("t", "c", "3")
        assert app.screen.query_one(Input).value == "c3"
        await pilot.press("escape", "t", "space", "3", "enter")
        assert _store(app).annotations(ARTICLE.id)[0].tags == ("claim", "3")
        assert "3" in {tag.name for tag in _store(app).tags()}
        await pilot.press("t", "9")  # no tag has key 9 yet: typed
        assert app.screen.query_one(Input).value == "9"


async def test_n_edits_notes_ctrl_s_saves_escape_cancels_empty_removes() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _reading(pilot)
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"q?", "ctrl+s")
        assert app.is_running and app.screen is app.main
        [annotation] = _store(app).annotations(ARTICLE.id)
        assert annotation.note == "q?" and annotation.tags == ()
        assert style_of(view, "SEOUL").underline
        await pilot.press("n")
        assert app.screen.query_one(TextArea).text == "q?"
        await pilot.press("!", "escape")
        assert _store(app).annotations(ARTICLE.id)[0].note == "q?"
        await pilot.press("1", "n", "backspace", "backspace", "ctrl+s")
        [annotation] = _store(app).annotations(ARTICLE.id)
        assert annotation.note == "" and annotation.tags == ("key",)
        await pilot.press("n", *"x", "ctrl+s", "1", "n", "backspace", "ctrl+s")
        assert _store(app).annotations(ARTICLE.id) == []


async def test_the_panel_is_as_tall_as_its_rows_and_gives_the_article_the_rest() -> None:
    """At a fixed nine rows one annotation left five blank ones under it (80x24: the
    article nine lines tall)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _reading(pilot)
        await pilot.press("1", "a")
        await pilot.pause()
        panel = app.query_one(AnnotationPanel)
        assert panel.option_count == 1
        assert panel.content_region.height == 1  # its one row, the quote cut to the width
        assert app.query_one(ArticleView).region.height >= 12


async def test_the_panel_lists_jumps_edits_and_deletes() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        notes = _notes(app)
        view = await _reading(pilot)
        await pilot.press("1", "j", "j", "n", *"why", "ctrl+s", "g")
        panel = app.query_one(AnnotationPanel)
        assert not panel.display
        await pilot.press("a")
        assert panel.display and app.focused is panel
        rows = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert rows[0].startswith("▌ key “SEOUL: Senior North Korean")
        assert rows[1].startswith("▌ “North Korea’s official") and "✎ why" in rows[1]
        await pilot.press("j", "enter")
        assert app.focused is view
        assert view.passages.selection == _sentence(THIRD)
        await pilot.press("tab")
        assert app.focused is panel
        await pilot.press("3")
        assert _store(app).annotations(ARTICLE.id)[1].tags == ("claim",)
        await pilot.press("n", *"!", "ctrl+s")
        assert _store(app).annotations(ARTICLE.id)[1].note == "why!"
        await pilot.press("g", "d")
        assert [a.quote[:5] for a in _store(app).annotations(ARTICLE.id)] == ["North"]
        assert notes[-1].startswith("Deleted annotation “SEOUL")
        assert panel.option_count == 1
        await pilot.press("a")
        assert not panel.display and app.focused is view


async def test_u_undoes_and_ctrl_r_redoes_annotations_and_triage_alike() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        notes = _notes(app)
        view = await _reading(pilot)
        added = "add annotation “key” on “SEOUL: Senior North Korean and…”"
        await pilot.press("1", "u")
        await until(pilot, lambda: notes[-1:] == [f"Undone: {added}"])
        assert _store(app).annotations() == [] and not style_of(view, "SEOUL").underline
        await pilot.press("ctrl+r")
        await until(pilot, lambda: notes[-1:] == [f"Redone: {added}"])
        assert style_of(view, "SEOUL").underline
        assert "1 ann" in "\n".join(screen_lines(app.query_one(ArticleList)))
        await pilot.press("s", "u")
        await until(pilot, lambda: notes[-1:][0].startswith(f"Undone: star “{ARTICLE.title[:20]}"))
        assert app.triage.state(ARTICLE.id) == "new"
        await pilot.press("u", "u")
        await until(pilot, lambda: notes[-2:] == [f"Undone: {added}", "Nothing to undo."])
        assert "0 ann" in "\n".join(screen_lines(app.query_one(ArticleList)))


async def test_y_copies_a_citation_with_pyperclip(monkeypatch: pytest.MonkeyPatch) -> None:
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        notes = _notes(app)
        await _reading(pilot)
        await pilot.press("j", "y")
        assert copied == [
            f"“{_text(_sentence(SECOND))}”\n— {ARTICLE.title}, 000_8217380e2a8b8745.txt, "
            "07 November 2025"
        ]
        assert notes[-1] == "Copied to the clipboard."
        assert app.clipboard == ""


async def test_y_falls_back_to_osc52_without_a_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_clipboard(text: str) -> None:
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        notes = _notes(app)
        await _reading(pilot)
        await pilot.press("v", "j", "y")
        assert app.clipboard.startswith("“SEOUL: Senior") and "The report came" in app.clipboard
        assert notes[-1].startswith("Sent to the terminal's clipboard (OSC 52)")


async def test_a_mouse_drag_selects_whole_words_and_a_click_moves_the_cursor() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _reading(pilot)
        row = next(y for y, text in enumerate(screen_lines(view)) if text.strip().startswith(FIRST))
        gutter = view.text_left
        await pilot.mouse_down(view, offset=(gutter + 9, row))
        await pilot.hover(view, offset=(gutter + 24, row))
        await pilot.mouse_up(view, offset=(gutter + 24, row))
        assert _text(view.passages.selection) == "Senior North Korean"
        await pilot.press("2")
        assert _store(app).annotations(ARTICLE.id)[0].quote == "Senior North Korean"
        await pilot.click(view, offset=(gutter + 3, row + 5))
        assert view.passages.selection is None
        assert view.passages.sentence == _sentence(SECOND)


async def _with_store(store: Store, run: Callable[[ReaderApp, Pilot], Any]) -> None:
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await run(app, pilot)


async def test_a_locked_store_is_read_only_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "reader.json"
    with Store(path) as holder:
        holder.put_tag(holder.tags()[0])
        second = Store(path)
        assert second.read_only

        async def run(app: ReaderApp, pilot: Pilot) -> None:
            notes = _notes(app)
            await _reading(pilot)
            assert "read-only" in app.title
            for key in ("1", "t", "n", "u", "ctrl+r"):
                await pilot.press(key)
                assert app.screen is app.main
                assert notes[-1] == second.read_only_brief + "."
            assert second.annotations() == []

        await _with_store(second, run)
        second.close()


async def test_a_failed_save_keeps_the_work_and_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.store import _storage as atomic_storage
    from reader.tui.screens import annotating

    real_write = atomic_storage.write_atomically

    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(annotating, "SAVE_RETRY_SECONDS", 0.05)
    store = Store(tmp_path / "reader.json")

    async def run(app: ReaderApp, pilot: Pilot) -> None:
        notes = _notes(app)
        view = await _reading(pilot)
        monkeypatch.setattr(atomic_storage, "write_atomically", disk_full)
        await pilot.press("1")  # saved by the store's writer thread, which tells the app
        await until(pilot, lambda: bool(notes) and "No space left on device" in notes[-1])
        assert store.unsaved and style_of(view, "SEOUL").underline
        await pilot.press("q")
        assert app.is_running and "Press q again" in notes[-1]
        monkeypatch.setattr(atomic_storage, "write_atomically", real_write)
        await until(pilot, lambda: not store.unsaved)  # the next retry saves them
        assert notes[-1] == "Your changes are saved now."

    await _with_store(store, run)
    store.close()
    with Store(tmp_path / "reader.json") as again:
        assert again.annotations()[0].tags == ("key",)


async def test_an_annotation_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "reader.json"
    store = Store(path)

    async def annotate(app: ReaderApp, pilot: Pilot) -> None:
        await _reading(pilot)
        await pilot.press("j", "1", "n", *"ok", "ctrl+s", "q")
        assert not app.is_running

    await _with_store(store, annotate)
    store.close()
    reopened = Store(path)

    async def look(app: ReaderApp, pilot: Pilot) -> None:
        view = await _reading(pilot)
        assert style_of(view, SECOND).underline
        await pilot.press("a")
        panel = app.query_one(AnnotationPanel)
        row = str(panel.get_option_at_index(0).prompt)
        assert row.startswith("▌ key “The report came") and "✎ ok" in row
        assert "1 ann" in "\n".join(screen_lines(app.query_one(ArticleList)))

    await _with_store(reopened, look)
    reopened.close()


async def test_annotations_follow_edited_text_and_orphans_are_listed(tmp_path: Path) -> None:
    """Articles of the open dump that vanished: one's text is still there (it follows),
    the other's is not (an orphan). An article of a dump not open is left alone."""
    path = tmp_path / "reader.json"
    gone_text = "Text no dump holds any more."
    with Store(path) as store:
        at = BODY.index(SECOND)
        store.add_annotation("edited-id", BODY, at, at + len(SECOND), tags=["key"])
        store.add_annotation("gone-id", gone_text, 0, 4, note="lost")
        elsewhere = store.add_annotation("other-dump-id", gone_text, 5, 9, note="not open")
        store.remember(
            [
                replace(ARTICLE, id="edited-id"),
                replace(ARTICLE, id="gone-id", body=gone_text),
                replace(ARTICLE, id="other-dump-id", source="other/dump.txt", body=gone_text),
            ]
        )
    store = Store(path)

    async def look(app: ReaderApp, pilot: Pilot) -> None:
        notes = _notes(app)
        view = await _reading(pilot)
        assert style_of(view, SECOND).underline
        await pilot.press("a")
        panel = app.query_one(AnnotationPanel)
        rows = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert rows[0].startswith("▌ key “The report came days after”")
        assert rows[1] == "Orphans: 1 from articles not open (text not found)"
        assert rows[2].startswith("▌ orphaned “Text”") and "✎ lost" in rows[2]
        await pilot.press("j", "enter")
        assert "Orphaned" in notes[-1] and app.focused is panel

    await _with_store(store, look)
    moved = store.annotations(ARTICLE.id)
    assert [a.quote for a in moved] == [SECOND]
    assert store.annotation(elsewhere.id) == elsewhere
    store.close()
