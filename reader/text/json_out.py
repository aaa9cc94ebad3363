"""JSON meant for people's terminals and files: orjson, minus what a terminal would obey.

orjson escapes the C0 controls (ESC is written `\\u001b`), but it writes DEL and the
C1 controls (U+0080–U+009F, CSI U+009B among them) raw, as JSON allows, and some
terminals act on C1 controls when the JSON is printed. It also refuses lone
surrogates, which a dump whose file name is not UTF-8 carries into `Article.source`.
Every JSON document the CLI prints or exports goes through `dumps`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import orjson

from reader.text.safe import without_surrogates

_C1_CONTROL = re.compile(rb"\xc2[\x80-\x9f]")
"""A C1 control in UTF-8: 0xC2 is always a lead byte, so this never matches inside another
character (nor does DEL, 0x7F, which is never part of a longer one)."""


def dumps(value: object, *, indent: bool = False, newline: bool = False) -> bytes:
    """Serialises `value` (dicts, lists, text, numbers) with DEL and C1 controls escaped.

    Lone surrogates become U+FFFD rather than failing the whole document. `newline` ends
    it with one (orjson writes it, sparing a copy of a 50 MB export to add it after).
    """
    option = (orjson.OPT_INDENT_2 if indent else 0) | (orjson.OPT_APPEND_NEWLINE if newline else 0)
    try:
        data = orjson.dumps(value, option=option)
    except orjson.JSONEncodeError:
        data = orjson.dumps(encodable(value), option=option)
    return escape_controls(data)


SPLICE = orjson.Fragment(b"\0")
"""Stands for a value whose JSON `dumps_spliced` is given apart: a NUL byte, which orjson
never writes raw (it escapes every C0 control), so it marks the place exactly."""


Piece = bytes | memoryview
"""Bytes written as they are: made here, or a view of a file's pages."""


def dumps_spliced(
    value: object,
    spliced: Sequence[Piece | list[Piece]],
    *,
    indent: bool = False,
    newline: bool = False,
) -> list[Piece]:
    """`dumps(value)` as pieces to write one after another, the n-th `SPLICE` in `value`
    being the n-th of `spliced`: JSON already laid out for its place and escaped as
    `escape_controls` escapes it, given as it is (a view of a file's pages, say), or as a
    list of such pieces that together make that JSON (a list of many items, each made
    apart). It is not copied into one buffer with the rest: 50 MB of an export's
    annotations cost neither a copy nor a scan, and their pages are touched once."""
    pieces = dumps(value, indent=indent, newline=newline).split(b"\0")
    if len(pieces) != len(spliced) + 1:
        raise ValueError(f"{len(pieces) - 1} places for {len(spliced)} spliced values")
    joined: list[Piece] = [pieces[0]]
    for place, after in zip(spliced, pieces[1:], strict=True):
        if isinstance(place, list):
            joined += place
        else:
            joined.append(place)
        joined.append(after)
    return joined


def escape_controls(data: bytes) -> bytes:
    """UTF-8 JSON with DEL and the C1 controls written as `\\u` escapes.

    Most documents hold neither: two byte searches (memchr, no regex scan, which cost
    more than serialising a 50 MB export) say so and the bytes are returned as they are.
    """
    if b"\x7f" in data:
        data = data.replace(b"\x7f", b"\\u007f")
    if b"\xc2" not in data:
        return data
    return _C1_CONTROL.sub(_escape, data)


def _escape(match: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(match.group().decode())


def encodable(value: object) -> object:
    """A copy of `value` whose strings (keys too) carry no lone surrogates, which UTF-8 (and
    so orjson) cannot represent; each becomes U+FFFD."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {encodable(key): encodable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [encodable(item) for item in value]
    return value
