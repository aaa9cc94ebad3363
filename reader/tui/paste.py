"""A bracketed paste holding escape characters arrives as text, never as key presses.

Textual (8.2.8) gathers what the terminal sends between ESC[200~ and ESC[201~ into one
`Paste` event, but an ESC inside the pasted text still starts an escape sequence: what
follows it up to the next ESC comes out as key presses, the ESC itself as `escape` or `^`
(`x ESC s y` pasted gave the keys `^ s y` and the text "x"). Text copied from a terminal
or a log holds such ESCs (colour codes), and pasted into reader its letters starred,
discarded, moved the list or quit. No Textual release mends it; its drivers build their
parser by the name `XTermParser` in their own module, so that name is the one place to
put a parser that does.

`PasteGuard` reads the input as the terminal sends it: outside a paste it passes every
character as it comes (a lone ESC is the escape key, and must not wait); inside one it
makes the pasted text's control characters visible before the parser sees them
(ESC as ␛, as `reader.text.safe` shows them in dumps), keeping line ends and tabs. Made
visible, not dropped: a search box or a note then shows what was pasted, and nothing in
it can act on the terminal or the app.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from textual._xterm_parser import XTermParser
from textual.driver import Driver
from textual.message import Message

from reader.text.safe import visible

PASTE_START = "\x1b[200~"
"""What the terminal sends before pasted text (bracketed paste mode)."""
PASTE_END = "\x1b[201~"
"""What it sends after it."""


class PasteGuard:
    """Terminal input in, the same input out with pasted text made safe; one per input
    stream, fed its pieces in order (a marker may be cut between two reads)."""

    def __init__(self) -> None:
        self._pasting = False
        self._tail = ""
        """Outside a paste: the last characters passed, where a start marker cut by a
        read may have begun."""
        self._held = ""
        """Inside a paste: the end of the last piece, which may be an end marker's start."""

    def __call__(self, data: str) -> str:
        """`data` as the parser should read it."""
        out: list[str] = []
        data, self._held = self._held + data, ""
        while data:
            if not self._pasting:
                seen = self._tail + data
                at = seen.find(PASTE_START)
                if at < 0:
                    self._tail = seen[-(len(PASTE_START) - 1) :]
                    out.append(data)
                    break
                cut = at + len(PASTE_START) - len(self._tail)
                out.append(data[:cut])
                data, self._pasting, self._tail = data[cut:], True, ""
                continue
            at = data.find(PASTE_END)
            if at < 0:
                keep = _end_begun(data)
                out.append(pasted_text(data[: len(data) - keep]))
                self._held = data[len(data) - keep :]
                break
            out.append(pasted_text(data[:at]) + PASTE_END)
            data, self._pasting = data[at + len(PASTE_END) :], False
        return "".join(out)

    def flush(self) -> str:
        """What is held back at the end of the input (a paste cut short), made safe."""
        held, self._held = self._held, ""
        return pasted_text(held)


def pasted_text(text: str) -> str:
    """Pasted text with its control characters visible; line ends (also a terminal's
    carriage returns) and tabs kept, as the box or editor it goes to reads them."""
    return "\r".join(visible(part) for part in text.split("\r"))


def _end_begun(data: str) -> int:
    """How many characters at the end of `data` are the start of an end marker."""
    for size in range(min(len(PASTE_END) - 1, len(data)), 0, -1):
        if PASTE_END.startswith(data[-size:]):
            return size
    return 0


class GuardedParser(XTermParser):
    """Textual's terminal parser, fed through a `PasteGuard`."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._guard = PasteGuard()

    def feed(self, data: str) -> Iterable[Message]:
        """Parses `data` (the end of the input when empty), pasted text made safe first."""
        if not data:
            held = self._guard.flush()
            if held:
                yield from super().feed(held)
            yield from super().feed("")
            return
        guarded = self._guard(data)
        if guarded:  # all of it may be held (an end marker's start): no end of input
            yield from super().feed(guarded)


def guard_pastes(driver: type[Driver]) -> None:
    """Makes `driver` read the terminal with `GuardedParser`, where it builds Textual's
    own parser (the terminal's driver, and the browser's for `reader serve`)."""
    module = sys.modules.get(driver.__module__)
    if module is not None and getattr(module, "XTermParser", None) is XTermParser:
        module.XTermParser = GuardedParser  # type: ignore[attr-defined]
