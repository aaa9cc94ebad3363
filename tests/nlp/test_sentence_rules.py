"""The rule sentence splitter: what the cursor walks before spaCy's sentences arrive."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.article import Article
from reader.nlp.sentences import rule_sentences, sentence_spans
from tests.conftest import SEED, article_from_paragraphs


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_splits_after_full_stops_questions_and_exclamations() -> None:
    assert _texts("One here. Two there? Three! Four.") == [
        "One here.",
        "Two there?",
        "Three!",
        "Four.",
    ]


def test_keeps_abbreviations_initials_and_decimals_inside_a_sentence() -> None:
    text = "Mr. Smith met Dr. Jones in the U.S. on Friday. J. R. Doe paid 3.5 million. Done."
    assert _texts(text) == [
        "Mr. Smith met Dr. Jones in the U.S. on Friday.",
        "J. R. Doe paid 3.5 million.",
        "Done.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "He said “it is over.” Then he left. “Why?” she asked."
    assert _texts(text) == ["He said “it is over.”", "Then he left.", "“Why?” she asked."]


def test_lower_case_after_a_period_does_not_start_a_sentence() -> None:
    assert _texts("See fig. three for more. Next one.") == [
        "See fig. three for more.",
        "Next one.",
    ]


def test_no_sentence_crosses_a_paragraph() -> None:
    article = article_from_paragraphs(["First one. Second one", "Third one."])
    found = [article.body[s:e] for s, e in rule_sentences(article)]
    assert found == ["First one.", "Second one", "Third one."]


def test_the_seed_splits_into_sentences_of_its_paragraphs() -> None:
    from reader.dumps.load import load_dump

    article = load_dump(SEED)[0]
    found = rule_sentences(article)
    assert article.body[slice(*found[0])].startswith("SEOUL: Senior North Korean")
    assert article.body[slice(*found[0])].endswith("war in Ukraine.")
    assert len(found) > len(article.paragraphs)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="ab .!?\n“”'MrU", max_size=60), max_size=5))
def test_sentences_are_ordered_trimmed_non_empty_and_inside_the_body(parts: list[str]) -> None:
    body = "\n\n".join(parts)
    article = Article("x", "t", 0, "T", body)
    previous_end = 0
    for start, end in rule_sentences(article):
        assert previous_end <= start < end <= len(body)
        assert not body[start].isspace() and not body[end - 1].isspace()
        assert "\n" not in body[start:end]
        previous_end = end
