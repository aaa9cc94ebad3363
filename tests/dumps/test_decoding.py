"""Dumps arrive in any encoding; each is read sensibly and says how in `meta`."""

from __future__ import annotations

import codecs

import pytest

from reader.dumps.decoding import DumpError, decode_dump
from reader.dumps.load import split_text

TEXT = "Café owner wins “best croissant” prize\n\nJosé Müller, 54, said the award was a surprise.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_each_encoding_decodes_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_dump(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_latin1_without_smart_quotes_reads_as_western_text() -> None:
    text = "Málaga e Niño: a señora João ficou contente.\n"
    assert decode_dump(text.encode("latin-1")).text == text


@pytest.mark.parametrize(
    "data", [bytes(range(256)) * 40, b"\x00" * 1000, b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 500]
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(DumpError, match="not a text file"):
        decode_dump(data)


def test_empty_data_is_empty_text() -> None:
    assert decode_dump(b"").text == ""
    assert split_text("") == []


def test_non_utf8_encoding_is_recorded_in_meta() -> None:
    articles = split_text(TEXT, "x.txt", encoding="cp1252")
    assert articles[0].meta["encoding"] == "cp1252"


PASTED = "Les propriétaires de cafés ont protesté à Genève – « c’est injuste ».\n"
"""A legacy line: cp1252 has its accents, dashes, guillemets and curly quotes."""


def test_utf8_lines_and_cp1252_lines_appended_in_one_dump_each_read_right() -> None:
    """A dump appended from several sources (`cat` of a UTF-8 file and a Windows one) is
    no UTF-8 as a whole: read as cp1252, every UTF-8 letter of it turned to two wrong ones
    (`Café` to `CafÃ©`). What is UTF-8 is read as UTF-8, the rest as cp1252, also in one
    line (a file that did not end its last line), and the five bytes cp1252 leaves
    undefined as Latin-1."""
    data = (
        TEXT.encode()
        + PASTED.encode("cp1252")
        + "Zürich, 3 °C. ".encode()
        + "Genève, 4 °C.\x81\n".encode("latin-1")
    )
    decoded = decode_dump(data)
    assert decoded.text == TEXT + PASTED + "Zürich, 3 °C. Genève, 4 °C.\x81\n"
    assert decoded.encoding == "utf-8 and cp1252"


@pytest.mark.parametrize(
    "line",
    [
        "The owners of the Café Montréal said “no” to the plan, naïvely.\n",
        "Владельцы кафе в Монреале сказали “нет” новому плану мэрии.\n",
    ],
)
def test_utf8_with_a_few_stray_cp1252_bytes_on_its_one_line_beyond_ascii_reads_right(
    line: str,
) -> None:
    """A UTF-8 dump with Word's curly quotes pasted in as cp1252 on the only line that is
    not ASCII (review25): no line was UTF-8 whole, so the dump was read whole as a legacy
    code page, `Montréal` as `Montrรฉal` (the detector said cp874). Its stray bytes are
    few beside its UTF-8 and each alone: read as UTF-8, the stray bytes as cp1252, the
    same at every opening (annotations anchor to offsets into this text)."""
    stray = line.encode().replace("“".encode(), b"\x93").replace("”".encode(), b"\x94")
    data = b"Cafe owners protest\n\n" + stray + b"\nThe plan goes ahead.\n"
    decoded = decode_dump(data)
    assert decoded.text == "Cafe owners protest\n\n" + line + "\nThe plan goes ahead.\n"
    assert decoded.encoding == "utf-8 and cp1252"
    assert decode_dump(data) == decoded
    (article,) = split_text(decoded.text, "x.txt", encoding=decoded.encoding)
    assert article.body.startswith(line)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (PASTED + "Le café’s terrace, Â© 2025.\n", "cp1252"),  # `Â©` pairs as UTF-8 would
        (
            "東京で首脳会議\n縲ｱ\n各国の首脳が火曜日に東京に集まった。\n",
            "shift_jis",
        ),  # `縲ｱ`: valid UTF-8
        (
            "通知\n＝＝＝＝＝＝＝＝＝＝\n各國首腦週二齊聚東京，討論貿易問題。\n",
            "big5",
        ),  # `＝＝` reads as UTF-8 (`ס`) across its characters, the rest of its bytes in runs
        ("Président: « Je dis ÉTÉ… »\n", "cp1252"),  # `É…` is UTF-8 (`Ʌ`), the rest alone
    ],
)
def test_a_legacy_dump_is_read_whole_in_its_encoding_as_before(text: str, encoding: str) -> None:
    """Only a line of UTF-8 beside lines of a Latin code page makes a dump read line by line:
    a line of Shift-JIS can be valid UTF-8 by chance (`縲ｱ` reads `〱`)."""
    assert decode_dump(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Café owners “protest” new rules in Montréal\n\nMONTREAL: Owners of cafés in Montréal"
        " said on Monday the city’s new rules – announced by Mayor Valérie Plante – would cost"
        " them €2,000 a year. « C’est trop », said one.\n",  # the detector says cp775
        "€5 – año naïve crème Müller\n",  # the detector says cp857
    ],
)
def test_a_short_cp1252_dump_the_detector_gives_a_dos_latin_code_page_reads_as_cp1252(
    text: str,
) -> None:
    """On a short text the detector confuses the Latin code pages, also with the DOS ones
    no list of names held (cp775, cp857): `Café “protest”` came out `Cafķ ōprotestö`. A
    guess that reads the text as Latin letters alone is a Latin code page, read as cp1252."""
    decoded = decode_dump(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")
