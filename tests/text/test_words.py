"""An article's words in any script: the listing, reading times and the analyser's chunks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.article import Article
from reader.text.words import text_words, word_count


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
