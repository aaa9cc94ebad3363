"""Copying a passage with its citation, wherever the user's terminal happens to run.

pyperclip reaches the desktop clipboard when there is one. Over SSH or in a
headless session it has none, and the terminal itself can still take the text via
the OSC 52 escape sequence: the TUI sends it with `App.copy_to_clipboard`, the CLI
prints `osc52_sequence`. In a browser tab (`reader serve`) the desktop clipboard is the
server's, not the reader's: the TUI sends OSC 52 alone, which the page's terminal puts on
the browser's clipboard. Nothing here raises: the result says what happened.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Literal

from reader.text.safe import visible

ClipboardMethod = Literal["system", "osc52", "browser"]
"""Where the text went: the desktop clipboard, the terminal's, or the browser tab's (the
caller sends it to either of the last two)."""

_OSC52_START = "\x1b]52;c;"
_BEL = "\x07"


@dataclass(frozen=True, slots=True)
class CopyResult:
    """The outcome of a copy, worded for the notification the user sees."""

    method: ClipboardMethod
    reason: str = ""
    """Why the desktop clipboard was not used (empty when it was)."""

    @property
    def needs_osc52(self) -> bool:
        """True when the caller must still hand the text to the terminal (OSC 52)."""
        return self.method != "system"

    @property
    def message(self) -> str:
        """One line for the notification, saying which clipboard was used."""
        if self.method == "system":
            return "Copied to the clipboard."
        if self.method == "browser":
            return "Copied to the browser's clipboard."
        return f"Sent to the terminal's clipboard (OSC 52): {self.reason}."


def copy_text(text: str, *, in_browser: bool = False) -> CopyResult:
    """Puts `text` on the desktop clipboard, or says to fall back to OSC 52; `in_browser` (a
    `reader serve` tab): says to send OSC 52 alone, since the desktop here is the server's.
    pyperclip is imported at the first copy, not with the reading screen (which imports this
    module for citations): a reading session that copies nothing holds none of its code."""
    if in_browser:
        return CopyResult("browser")
    import pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        return CopyResult("osc52", "no system clipboard here")
    except (OSError, UnicodeError) as exc:  # a clipboard tool that is present but broken
        detail = " ".join(str(getattr(exc, "strerror", None) or exc).split())[:120]
        return CopyResult("osc52", f"the system clipboard failed ({detail})")
    return CopyResult("system")


def osc52_sequence(text: str) -> str:
    """The escape sequence that asks the terminal to put `text` on its clipboard.

    The payload is base64, so nothing in `text` can act as a terminal command.
    """
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return f"{_OSC52_START}{payload}{_BEL}"


def citation(
    quote: str, title: str, source: str | None, date: str | None, url: str | None = None
) -> str:
    """A quotable passage: the quote on one line, then "— title, source, date, url".

    Dump text is untrusted, so control characters become visible placeholders
    (a pasted citation must not carry escape sequences); empty parts are left out.
    """
    text = " ".join(visible(quote).split())
    if len(text) >= 2 and text[0] in '"“' and text[-1] in '"”':
        text = text[1:-1].strip()
    parts = [
        " ".join(visible(part).split()) for part in (title, source or "", date or "", url or "")
    ]
    attribution = ", ".join(part for part in parts if part)
    quoted = f"“{text}”"
    return f"{quoted}\n— {attribution}" if attribution else quoted
