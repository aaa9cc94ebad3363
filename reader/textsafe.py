"""Makes untrusted dump text safe to put on a terminal without changing its offsets.

Every replacement is one character for one character, so entity and annotation
offsets computed on the raw body index the displayed text too.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1_PICTURE = "\ufffd"
_DEL_PICTURE = "\u2421"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return _DEL_PICTURE if code == 0x7F else _C1_PICTURE


def visible(text: str) -> str:
    """Replaces control characters (ESC, BEL, BS, C1 …) with visible placeholders.

    Newlines and tabs are kept: they are layout, not commands to the terminal.
    """
    return _CONTROL.sub(_picture, text)


def visible_line(text: str) -> str:
    """Like `visible`, but for one-line contexts (tables, titles): newlines become spaces."""
    return visible(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))
