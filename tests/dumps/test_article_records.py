"""The article records the splitter makes: ids that survive re-splitting."""

from __future__ import annotations

import unicodedata

import pytest

from reader.article import normalize_for_id


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
