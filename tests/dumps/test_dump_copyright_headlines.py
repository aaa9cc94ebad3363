"""A line opening with the word "Copyright" is a copyright notice only when it reads as one
(a year, ©, "(c)", a colon before the holder, rights reserved): a headline or a sentence about
copyright is text. fresh21 lost two articles to it: "Copyright Censorship: We Got a
Cease-and-Desist by the Government" (a LexisNexis record's headline) and "Copyright law must
not stand in the way of democracy." (a closing paragraph) were both taken out as chrome."""

from __future__ import annotations

import pytest

from reader.dumps.lines import Line
from reader.dumps.load import split_text
from reader.dumps.roles import classify


@pytest.mark.parametrize(
    "text",
    [
        "Copyright Censorship: We Got a Cease-and-Desist by the Government",
        "Copyright law must not stand in the way of democracy. Official data must be free.",
        "Copyright-Streit: Verlage klagen gegen die Suchmaschine",
        "Copyright et démocratie : la loi ne doit pas bloquer l'accès aux documents publics",
    ],
)
def test_a_headline_or_sentence_about_copyright_is_text(text: str) -> None:
    assert classify(Line(text)).role == "text"


@pytest.mark.parametrize(
    "text",
    [
        "Copyright 2021 Open Knowledge Foundation Deutschland e.V.",
        "Copyright © Global Voices. Some rights reserved (CC BY 3.0).",
        "Copyright: picture alliance/dpa",
        "Copyright : AFP",
        "Copyright (c) The Carpentries",
        "Copyright Guardian News & Media Limited 2019",
        "© 2024 OKF DE",
    ],
)
def test_a_copyright_notice_is_no_text(text: str) -> None:
    """The near miss: the notices the rule was written for stay chrome (or a photo's credit,
    read before it)."""
    assert classify(Line(text)).role in ("chrome", "caption")


def test_a_closing_paragraph_about_copyright_stays_in_the_body() -> None:
    text = (
        "Court backs the right to publish a state report\n\n"
        "The court ruled on Tuesday that the report may stay online, ending a dispute that "
        "began when the ministry sent a cease-and-desist letter last spring.\n\n"
        "Copyright law must not stand in the way of democracy. Official documents must be "
        "freely accessible to all.\n"
    )
    (article,) = split_text(text)
    assert article.body.endswith("freely accessible to all.")
