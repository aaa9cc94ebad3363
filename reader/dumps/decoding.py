"""Bytes of an untrusted dump to text: any encoding a user is likely to paste or save.

The encoding found is reported, so `meta` can say how a file was read.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from reader.errors import ReaderError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 65536
_BINARY_CONTROL_SHARE = 0.05
"""More than this share of C0 control bytes (NUL, etc.) in the sniffed head means binary."""
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_UTF8_PAIR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
"""A lead byte and a continuation byte: without one, no line holds UTF-8 beyond ASCII."""
_WESTERN = ("cp1252", "latin-1")
_LATIN_FAMILY = frozenset(
    "ascii cp1250 cp1252 cp1254 cp1257 cp1258 latin_1 iso8859_1 iso8859_2 iso8859_3 "
    "iso8859_4 iso8859_9 iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_roman "
    "mac_latin2 mac_iceland mac_turkish cp850 cp437".split()
)


class DumpError(ReaderError):
    """A dump that cannot be read as text; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text of a dump with the encoding it was read in (`utf-8` for the common case)."""

    text: str
    encoding: str


def decode_dump(data: bytes) -> Decoded:
    """Decodes by BOM, then strict UTF-8, then BOM-less UTF-16, then UTF-8 and cp1252 line
    by line, then a detected charset.

    Raises `DumpError` for data that is not text (binary, NUL-filled).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_decode(data[len(bom) :], encoding.removesuffix("-sig")), encoding)
    utf16 = _bomless_utf16(data)
    if utf16:
        return Decoded(_decode(data, utf16), utf16)
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _appended(data) or _detect(data)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DumpError(f"not valid {encoding} text (byte {exc.start})") from exc


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of mostly-ASCII text."""
    head = data[:_SNIFF]
    if len(head) < 4 or len(head) % 2:
        return None
    even_nuls = head[0::2].count(0) / (len(head) // 2)
    odd_nuls = head[1::2].count(0) / (len(head) // 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes) -> None:
    head = data[:_SNIFF]
    if not head:
        return
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    share = controls / len(head)
    if (b"\x00" in head and share > _BINARY_CONTROL_SHARE) or share > 0.3:
        raise DumpError("not a text file (binary data)")


def _appended(data: bytes) -> Decoded | None:
    """A dump appended from several sources (`cat` of a UTF-8 file and a Windows one), or
    UTF-8 with a few stray cp1252 bytes (a quote pasted from Word), is no UTF-8 as a
    whole, and read whole as cp1252 every UTF-8 letter in it became two wrong ones (`Café`
    to `CafÃ©`): it is read as UTF-8, each byte that is no UTF-8 as cp1252. A decision on
    the bytes alone, so the offsets annotations anchor to come back the same.

    None unless some line is UTF-8 beyond ASCII and the other lines are in a Latin code
    page (a line of Shift-JIS can be valid UTF-8 by chance), or the lines that are no
    UTF-8 are UTF-8 with a few stray bytes (`_mostly_utf8`)."""
    if _UTF8_PAIR.search(data) is None:
        return None
    raws = data.split(b"\n")
    lines = [_utf8(raw) for raw in raws]
    legacy = b"\n".join(raw for raw, line in zip(raws, lines, strict=True) if line is None)
    if all(line is None or line.isascii() for line in lines):
        if not _mostly_utf8(legacy[: _SNIFF * 4]):
            return None
    elif _detect(legacy).encoding not in _WESTERN:
        return None
    return Decoded(data.decode("utf-8", errors=_AS_CP1252), "utf-8 and cp1252")


_UTF8_CHAR = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
"""One character of UTF-8 beyond ASCII, as a strict decoder reads it."""
_WESTERN_UTF8 = re.compile(rb"[\xc2-\xc5][\x80-\xbf]|\xe2[\x80-\x82][\x80-\xbf]")
"""A UTF-8 letter of the Latin-1 or Latin Extended-A blocks (`é`, `ł`) or a general
punctuation or currency sign (`’`, `–`, `€`). Read as cp1252 these are `Â`, `Ã`, `Ä` or `Å`
before a sign, or `â€` before another: text in a Latin code page next to never holds one
(0 in the tuning halves' 15,636 lines beyond ASCII as cp1252), where a capital before a
sign (`ÉTÉ…`, whose `É…` is UTF-8) it may."""
_STRAYS_PER_WESTERN = 4
"""UTF-8 with stray bytes has at most this many for each of its `_WESTERN_UTF8`
characters (a line's four curly quotes from Word beside its one `é`)."""
_CHARS_PER_STRAY = 8
"""...or at least this many UTF-8 characters of any script for each stray byte (a
paragraph of Russian or Chinese with Word's curly quotes in it). No dump of the tuning
halves written in any of twenty 8-bit or double-byte code pages passes either with most
of its stray bytes alone."""

_HIGH = re.compile(rb"[\x80-\xff]")
"""A byte beyond ASCII: left outside the UTF-8 characters, a stray one."""
_HIGH_ALONE = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")
"""Such a byte with none beside it (a quote, a letter), not one of a double-byte run."""


def _mostly_utf8(data: bytes) -> bool:
    """Whether `data` is UTF-8 with a few stray bytes: few bytes beyond ASCII outside its
    UTF-8 characters for those characters, most of them alone (a quote, a letter). A
    double-byte code page (Big5, GBK, Shift-JIS) may hold many characters that read as
    UTF-8, cut out of runs of its bytes, which leave the bytes around them in runs (at
    most a third alone in the tuning halves written in each). Given the head of a dump's
    lines that are no UTF-8, as much as the detector reads: read whole, a 10 MB dump took
    0.5 s more."""
    rest, chars = _UTF8_CHAR.subn(b"u", data)
    stray = len(_HIGH.findall(rest))
    if not chars or not stray or 2 * len(_HIGH_ALONE.findall(rest)) <= stray:
        return False
    western = len(_WESTERN_UTF8.findall(data))
    return stray <= _STRAYS_PER_WESTERN * western or _CHARS_PER_STRAY * stray <= chars


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


_CP1252 = tuple(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256))
"""Each byte as cp1252 reads it; as Latin-1 the five cp1252 leaves undefined."""


def _bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """The decoding error handler that reads the bytes UTF-8 could not as cp1252."""
    assert isinstance(error, UnicodeDecodeError)
    return "".join(_CP1252[byte] for byte in error.object[error.start : error.end]), error.end


_AS_CP1252 = "reader_bytes_as_cp1252"
codecs.register_error(_AS_CP1252, _bytes_as_cp1252)


def _detect(data: bytes) -> Decoded:
    """Legacy 8-bit text: cp1252 when it decodes (it is what Windows and the web use)."""
    from charset_normalizer import from_bytes  # imported here: only legacy files pay for it

    best = from_bytes(data[: _SNIFF * 4]).best()
    guess = best.encoding if best is not None else None
    for encoding in _candidates(guess, data[: _SNIFF * 4]):
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return Decoded(data.decode("latin-1"), "latin-1")


def _candidates(guess: str | None, data: bytes) -> list[str]:
    """cp1252 first for Latin-script guesses (the detector confuses the Latin code pages on
    short texts); the detector's guess first for other scripts; Latin-1 always decodes."""
    if guess is None or _latin(guess, data):
        return list(_WESTERN)
    return [guess, *_WESTERN]


def _latin(guess: str, data: bytes) -> bool:
    """Whether the detector's guess is a Latin code page: one of those named, or one that
    reads the text as Latin letters alone (the DOS pages, cp775, cp857..., are guessed for
    short cp1252 text too, and no list of names holds them all)."""
    if guess.replace("-", "_").lower() in _LATIN_FAMILY:
        return True
    try:
        letters = {char for char in data.decode(guess) if char.isalpha()}
    except (UnicodeDecodeError, LookupError):
        return False
    return all(unicodedata.name(char, "").startswith("LATIN ") for char in letters)
