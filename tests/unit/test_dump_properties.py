"""No input crashes the splitter, and every body is text that was in the dump."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.dump import split_text
from reader.lines import normalize_newlines

_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\n\n\n",
        "-----\n",
        "* * *\n",
        "\f",
        "# ",
        "## ",
        "  • ",
        "By Jane Doe\n",
        "Updated 3 hours ago\n",
        "Share\n",
        "LONDON (Reuters) - ",
        "SEOUL: ",
        "HIGHLIGHTS\n",
        "Title Of Some Story\n",
        "The minister said on Tuesday that talks would go on.",
        "“We will not stop,” she said.",
        "[bold]x[/]",
        "\x1b[31m",
        "\r\n",
        "\t",
        "   ",
        "OIL PRICES SLIP\n",
        "(Reporting by A; Editing by B)\n",
        '{"title": "t", "text": "b"}\n',
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=40).map("".join)


def _squash(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_no_input_crashes_and_paragraphs_come_from_the_dump(text: str) -> None:
    articles = split_text(text, "fuzz")
    flat = _squash(normalize_newlines(text))
    for index, article in enumerate(articles):
        assert article.index == index
        assert article.body
        for paragraph in article.paragraphs:
            piece = article.paragraph_text(paragraph)
            assert piece == piece.strip() and piece
            assert _squash(piece) in flat or _jsonl(text)
        assert "\n\n".join(article.paragraph_text(p) for p in article.paragraphs) == article.body


def _jsonl(text: str) -> bool:
    """JSON Lines bodies are decoded JSON strings, so they need not occur verbatim."""
    return text.lstrip().startswith("{")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    for article in split_text(text):
        assert article.id and len(article.id) == 16
