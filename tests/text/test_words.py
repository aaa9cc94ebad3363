"""An article's words in any script: the listing, reading times and the analyser's chunks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.article import Article
from reader.text.words import spaced_once, text_words, word_count


def test_a_japanese_body_counts_its_kana_and_ideographs_not_its_spaces() -> None:
    body = (
        "新しい年であり、新しいKubernetesのリリースです。\n\nリリースサイクルの半分が終了しました。"
    )
    article = Article(id="a", source="s", index=0, title="t", body=body)
    assert article.word_count > 20
    assert len(body.split()) == 2


def test_a_spaced_body_counts_as_it_always_did() -> None:
    body = "One two three.\n\nFour, five — six «sept»."
    assert text_words(body) == len(body.split()) == 8


@given(st.text(alphabet=st.sampled_from(list("ab é漢字かなไทย \n")), max_size=200))
def test_a_whole_text_counts_as_its_paragraphs_do(text: str) -> None:
    assert text_words(text) == sum(text_words(part) for part in text.split("\n"))


def test_a_long_line_counts_as_the_splitter_counts_it() -> None:
    line = "Kubernetesは" + "新しいリリースです" * 8
    assert text_words(line) == word_count(line) > 30


def test_a_line_is_counted_by_its_spaces_only_without_other_ascii_spacing() -> None:
    """`word_count` counts a short ASCII line's words by its spaces where `spaced_once`
    finds no other spacing: every ASCII character `str.isspace` holds is unprintable, and
    two spaces together are looked for."""
    for space in (chr(code) for code in range(128) if chr(code).isspace() and code != 32):
        assert not spaced_once(f"one{space}two")
    assert not spaced_once("one  two")
    assert spaced_once(" one two ")


@given(st.text(alphabet=st.sampled_from(list("ab. \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f")), max_size=299))
def test_a_short_ascii_line_counts_its_spaced_words(line: str) -> None:
    assert word_count(line) == len(line.split())
