"""A bracketed paste holding escape characters is text, never key presses.

The terminal's bytes are read by the parser the app's terminal driver builds (as a real
terminal's input is), and what it makes of them is posted to the app as the driver posts
it. In Textual's own parser, `x ESC s y` pasted came out as the keys `^ s y`: a paste
starred, discarded, moved the list or quit.
"""

from __future__ import annotations

import itertools
import sys

from textual.widgets import Input

from reader.tui.app import ReaderApp
from reader.tui.dialogs.search import SearchScreen
from reader.tui.paste import PasteGuard, pasted_text
from tests.tui.helpers import make_app, settle, until, until_shown

SIZE = (120, 40)
PASTED = "x\x1bsy \x1b\x1bq \x1b[31mred\x1b[0m j\x1bx\x1b+ \x03"
"""Text copied from a terminal: colour codes, stray ESCs before triage keys and `q`."""
SHOWN = "x␛sy ␛␛q ␛[31mred␛[0m j␛x␛+ ␃"
"""The same text with its control characters visible."""


def _typed(app: ReaderApp, data: str) -> None:
    """`data` from the terminal, read as the app's terminal driver reads it."""
    driver = app.get_driver_class()
    parser = sys.modules[driver.__module__].XTermParser()
    for event in parser.feed(data):
        event.set_sender(app)
        app.post_message(event)


def _pasted(text: str) -> str:
    return f"\x1b[200~{text}\x1b[201~"


async def test_a_paste_in_the_list_never_triages_moves_or_quits() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listed = app.main.article_list
        before = listed.cursor, listed.current
        _typed(app, _pasted(PASTED))
        await settle(pilot)
        assert app.is_running and app.screen is app.main
        assert (listed.cursor, listed.current) == before
        assert all(app.triage.state(a.id) == "new" for a in app.library.articles)
        _typed(app, "j")  # keys typed after the paste are keys again
        await until(pilot, lambda: listed.cursor == before[0] + 1)


async def test_a_paste_into_the_search_box_arrives_as_text_with_its_controls_visible() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        box = (await until_shown(pilot, SearchScreen)).query_one("#search-input", Input)
        await until(pilot, lambda: box.has_focus)
        _typed(app, _pasted(PASTED + "\r\nsecond line"))
        await until(pilot, lambda: box.value == SHOWN)
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen) and app.is_running
        assert all(app.triage.state(a.id) == "new" for a in app.library.articles)


def test_a_paste_cut_anywhere_between_two_reads_is_read_the_same() -> None:
    """The terminal's input comes in reads of any length: a marker, or the ESC of one,
    may be cut between two. Outside a paste nothing is held back (a lone ESC is the
    escape key and must not wait for the next read)."""
    stream = "j\x1b[A" + _pasted("a\x1bs\x1b[20b\x1b") + "k\x1b"
    whole = PasteGuard()(stream)
    assert whole == "j\x1b[A\x1b[200~a␛s␛[20b␛\x1b[201~k\x1b"
    for cuts in itertools.combinations(range(1, len(stream)), 2):
        guard = PasteGuard()
        pieces = [stream[i:j] for i, j in zip((0, *cuts), (*cuts, len(stream)), strict=True)]
        assert "".join(guard(piece) for piece in pieces) == whole, cuts
    outside = PasteGuard()
    assert outside("\x1b") == "\x1b"


def test_pasted_text_keeps_line_ends_and_tabs() -> None:
    assert pasted_text("a\tb\r\nc\rd\ne\x1b\x7f\x00") == "a\tb\r\nc\rd\ne␛␡␀"
