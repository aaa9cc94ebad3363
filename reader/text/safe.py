"""Makes untrusted dump text safe to put on a terminal without changing its offsets.

Every replacement is one character for one character, so entity and annotation
offsets computed on the raw body index the displayed text too.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_REPLACEMENT = "\ufffd"
_DEL_PICTURE = "\u2421"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return _DEL_PICTURE if code == 0x7F else _REPLACEMENT


def visible(text: str) -> str:
    """Replaces control characters (ESC, BEL, BS, C1 …) with visible placeholders.

    Newlines and tabs are kept: they are layout, not commands to the terminal.
    Lone surrogates (a file name that is not UTF-8) become U+FFFD, because a
    terminal's encoder would otherwise raise on them. So do the explicit bidi controls
    (embeddings, overrides, isolates: U+202A–U+202E, U+2066–U+2069): in a terminal that
    orders right-to-left text itself, one left open in a title reverses the rest of its
    screen line, the divider and the article beside it, and makes text read otherwise
    than it is written (as "Trojan Source" does). Arabic and Hebrew need none of them;
    the marks they do use (U+200E, U+200F, U+061C) end nothing and are kept.
    """
    return _CONTROL.sub(_picture, text)


def visible_line(text: str) -> str:
    """Like `visible`, but for one-line contexts (tables, titles): newlines become spaces."""
    return visible(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))


def has_surrogates(text: str) -> bool:
    """Whether `text` holds lone surrogates, which no UTF-8 file (and so no store) can hold."""
    return not text.isascii() and _SURROGATE.search(text) is not None


def without_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (one for one, offsets kept)."""
    return _SURROGATE.sub(_REPLACEMENT, text) if has_surrogates(text) else text
