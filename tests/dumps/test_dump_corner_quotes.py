"""Japanese and Chinese close a quotation with 」 or 』 where other languages use ” or »: a
sentence ending 「…。」 ends as one ending “….” does, a question 「…？」 asks as “…?” does,
and a paragraph wholly in corner brackets is a quotation the field model leaves in the
body, as one wholly in “ ” is."""

from __future__ import annotations

from functools import partial

import pytest

from reader.dumps import measure
from reader.dumps.boundaries import Layout, _shape_score
from reader.dumps.field_features import quoted
from reader.dumps.lines import Line
from reader.dumps.roles import classify


@pytest.mark.parametrize(
    "line",
    ["市長は「橋は博物館ではない。」", "彼女は『もう戻らない。』", "He said: “It is no museum.”"],
)
def test_a_stop_inside_closing_quotes_ends_the_sentence(line: str) -> None:
    assert measure.ends_sentence(line)


@pytest.mark.parametrize("line", ["「何が変わるのか？」", "『誰が払うのか？』", "“Who pays?”"])
def test_a_question_inside_closing_quotes_asks(line: str) -> None:
    assert measure.ends_question(line)


@pytest.mark.parametrize("line", ["東京で地震「速報」", "新刊『街の記憶』", "The “museum”"])
def test_a_headline_ending_in_a_quoted_name_is_no_sentence(line: str) -> None:
    """The near miss: a quoted name closing a headline, no stop inside it."""
    assert not measure.ends_sentence(line)


_LAYOUT = Layout(
    title_shape=None, title_heading=0, paragraph_gap=1, lead_style=False, dated_leads=False
)


@pytest.mark.parametrize("asked", ["「誰が払うのか？」", "『街は変わるのか？』", "“Who pays?”"])
def test_a_quoted_question_scores_as_a_question(asked: str) -> None:
    """A line asking inside closing quotes is scored as a question, less a headline than
    the same line trailing off."""
    said = asked.replace("？", "…").replace("?", "…")
    score = partial(_shape_score, layout=_LAYOUT, two_sentences=False)
    assert score(classify(Line(asked))) < score(classify(Line(said)))


@pytest.mark.parametrize(
    "line",
    [
        "「橋は博物館ではない」",
        "『街は変わる。』",
        "「橋は博物館ではない」。",
        "“A bridge is no museum.”",
    ],
)
def test_a_paragraph_wholly_in_corner_brackets_is_a_quotation(line: str) -> None:
    assert quoted(classify(Line(line)))


@pytest.mark.parametrize(
    "line", ["【速報】東京で地震", "市長は「橋」と言った", "Lizenz: CC BY 3.0 DE"]
)
def test_a_line_that_only_holds_a_quotation_is_none(line: str) -> None:
    """The near miss: brackets around a label, a quoted word inside a sentence."""
    assert not quoted(classify(Line(line)))
