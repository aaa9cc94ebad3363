"""No input crashes the splitter, and every body is text that was in the dump.

From text, and from raw bytes in any encoding (or none) through `decode_dump`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.article import Article
from reader.dumps.decoding import DumpError, decode_dump
from reader.dumps.lines import normalize_newlines
from reader.dumps.load import split_text
from tests.dumps.dump_strategies import DUMP_TEXT, dump_bytes


def _squash(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(DUMP_TEXT)
def test_no_input_crashes_and_paragraphs_come_from_the_dump(text: str) -> None:
    _check_articles(text, split_text(text, "fuzz"))


def _check_articles(text: str, articles: list[Article]) -> None:
    """Articles in order, each paragraph non-blank text of the dump, tiling its body."""
    flat = _squash(normalize_newlines(text))
    # Wrapped copy's "exam-" over "ple" is rejoined as "exam-ple" (`lines._unwrap`).
    joined = flat.replace("- ", "-")
    for index, article in enumerate(articles):
        assert article.index == index
        assert article.body
        for paragraph in article.paragraphs:
            piece = article.paragraph_text(paragraph)
            assert piece == piece.strip() and piece
            assert _squash(piece) in flat or _squash(piece) in joined or _jsonl(text)
        assert "\n\n".join(article.paragraph_text(p) for p in article.paragraphs) == article.body


def _jsonl(text: str) -> bool:
    """JSON Lines bodies are decoded JSON strings, so they need not occur verbatim."""
    return text.removeprefix("\ufeff").lstrip().startswith("{")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    for article in split_text(text):
        assert article.id and len(article.id) == 16


@settings(max_examples=300, deadline=None)
@given(dump_bytes())
def test_any_bytes_decode_or_are_refused_in_one_line_and_split_into_dump_text(
    data: bytes,
) -> None:
    try:
        decoded = decode_dump(data)
    except DumpError as refused:
        assert "\n" not in str(refused) and str(refused)
        return
    _check_articles(decoded.text, split_text(decoded.text, "fuzz", decoded.encoding))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode_dump(data).text
    except DumpError:
        return
    _check_articles(text, split_text(text, "fuzz"))
