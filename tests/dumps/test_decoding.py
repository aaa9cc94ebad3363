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
