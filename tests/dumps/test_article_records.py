"""The article records the splitter makes: ids that survive re-splitting."""

from __future__ import annotations

import pickle
import unicodedata

import pytest

from reader.article import Article, Paragraph, normalize_for_id


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "One two.\n\nThree four.",
        "One  two.",
        " One two.",
        "One two. ",
        "One\n\n\ntwo.",
        "One\ntwo.",
        "One\n\n two.",
        "One\ttwo.",
        "One\xa0two.",
        "One\u2009two\u3000three.",
        "\n\nOne",
        "One\n\n",
        "Cafe\u0301 \u201cquoted\u201d",
    ],
)
def test_id_folding_is_splitting_into_words(text: str) -> None:
    """Whatever the spacing, the id's text is the words joined by one space (in NFC)."""
    assert normalize_for_id(text) == " ".join(unicodedata.normalize("NFC", text).split())


def test_articles_pickle_to_equal_articles_with_every_field() -> None:
    article = Article(
        id="x",
        source="d.txt",
        index=3,
        title="T",
        body="One.\n\nTwo",
        paragraphs=(Paragraph(0, 4), Paragraph(6, 9, "subheading")),
        meta={"byline": "A"},
    )
    again = pickle.loads(pickle.dumps([article, article], pickle.HIGHEST_PROTOCOL))
    assert again == [article, article] and again[1].paragraphs[1].kind == "subheading"
