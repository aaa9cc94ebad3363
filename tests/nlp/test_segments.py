"""Windows and the paragraph rule: what the pipeline sees maps back to the body exactly."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.article import Article, Paragraph
from reader.nlp.segments import (
    CONTEXT_CHARS,
    MAX_WINDOW_CHARS,
    Window,
    chunks,
    confine,
    paragraph_ranges,
    windows,
)
from tests.conftest import article_from_paragraphs


def test_a_news_body_is_one_window_the_whole_body() -> None:
    article = article_from_paragraphs(["  First one.  ", "Second.", "   ", "Third\nline."])
    (window,) = windows(article)
    assert window == Window(0, article.body, 0, len(article.body))


def test_paragraph_ranges_are_trimmed_and_lines_stand_in_for_missing_paragraphs() -> None:
    article = article_from_paragraphs(["  First one.  ", "Second.", "   ", "Third\nline."])
    texts = [article.body[low:high] for low, high in paragraph_ranges(article)]
    assert texts == ["First one.", "Second.", "Third\nline."]
    body = "Line one.\n\n  Line two.\nLine three."
    bare = Article("x", "t", 0, "T", body)
    assert [body[a:b] for a, b in paragraph_ranges(bare)] == [
        "Line one.",
        "Line two.",
        "Line three.",
    ]


def test_paragraph_ranges_outside_the_body_or_overlapping_are_clipped() -> None:
    body = "Alpha beta. Gamma delta."
    article = Article("x", "t", 0, "T", body, (Paragraph(-5, 11), Paragraph(6, 100)))
    assert [body[a:b] for a, b in paragraph_ranges(article)] == ["Alpha beta.", "Gamma delta."]


def _long_article(paragraphs: int = 30) -> Article:
    sentence = "Angela Merkel met Emmanuel Macron in Paris on Monday. "
    return article_from_paragraphs([(sentence * 12).strip() for _ in range(paragraphs)])


def test_a_long_body_is_read_in_windows_with_context_either_side() -> None:
    article = _long_article()
    found = windows(article)
    assert len(found) >= 2
    assert found[0].keep_start == 0 and found[-1].keep_end == len(article.body)
    for before, after in itertools.pairwise(found):
        assert before.keep_end == after.keep_start  # cores tile the body
        assert article.body[after.keep_start - 2 : after.keep_start] == "\n\n"  # at a paragraph
        assert before.start + len(before.text) > before.keep_end + CONTEXT_CHARS // 2
        assert after.start < after.keep_start - CONTEXT_CHARS // 2
    for window in found:
        assert article.body[window.start : window.start + len(window.text)] == window.text
        assert window.keep_end - window.keep_start <= MAX_WINDOW_CHARS + 2
        assert window.start <= window.keep_start < window.keep_end


def test_a_huge_paragraph_is_cut_at_sentence_ends() -> None:
    sentence = "Angela Merkel met Emmanuel Macron in Paris on Monday. "
    text = (sentence * (3 * MAX_WINDOW_CHARS // len(sentence))).strip()
    article = article_from_paragraphs([text])
    found = windows(article)
    assert len(found) >= 3
    for window in found[1:]:
        assert article.body[window.keep_start :].startswith("Angela")
        assert article.body[: window.keep_start].rstrip().endswith("Monday.")


def test_a_huge_line_without_spaces_is_cut_hard() -> None:
    article = article_from_paragraphs(["x" * (MAX_WINDOW_CHARS * 2 + 10)])
    found = windows(article)
    assert [w.keep_end - w.keep_start for w in found] == [MAX_WINDOW_CHARS, MAX_WINDOW_CHARS, 10]


def test_small_windows_on_request() -> None:
    article = article_from_paragraphs(["One two three.", "Four five six.", "Seven eight."])
    found = windows(article, max_chars=20)
    assert [article.body[w.keep_start : w.keep_end].strip() for w in found] == [
        "One two three.",
        "Four five six.",
        "Seven eight.",
    ]
    assert all(w.text == article.body for w in found)  # context reaches both ends


def test_lone_surrogates_are_replaced_one_for_one() -> None:
    body = "Bad \ud800 char."
    (window,) = windows(Article("x", "t", 0, "T", body, (Paragraph(0, len(body)),)))
    assert window.text == "Bad \ufffd char."


def test_blank_bodies_have_no_windows() -> None:
    assert windows(article_from_paragraphs([])) == []
    assert windows(article_from_paragraphs(["  ", "\n"])) == []


def test_confine_cuts_at_paragraphs_and_counts() -> None:
    ranges = [(0, 11), (13, 30), (40, 50)]
    entities = [(0, 11, "PERSON"), (6, 20, "ORG"), (31, 35, "GPE"), (41, 45, "DATE")]
    sentences = [(0, 25), (25, 48)]
    kept, pieces, cuts = confine(ranges, entities, sentences)
    assert kept == [(0, 11, "PERSON"), (6, 11, "ORG"), (41, 45, "DATE")]
    assert pieces == [(0, 11), (13, 25), (25, 30), (40, 48)]
    assert (cuts.entities_cut, cuts.entities_dropped, cuts.sentences_cut) == (1, 1, 2)


def test_chunks_group_windows_by_words() -> None:
    items = [
        Window(i * 100, " ".join(["w"] * n), i * 100, i * 100 + 2 * n)
        for i, n in enumerate([3, 3, 3, 10, 1])
    ]
    groups = list(chunks(items, 6))
    assert [[w.words for w in g] for g in groups] == [[3, 3], [3], [10], [1]]


_TEXT = st.text(st.sampled_from("ab .\n\t\u00e9\U0001f600\u200b"), max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, max_size=8), st.integers(1, 80))
def test_windows_are_body_slices_whose_cores_tile_the_body(
    paragraphs: list[str], max_chars: int
) -> None:
    article = article_from_paragraphs(paragraphs)
    found = windows(article, max_chars)
    if not found:
        assert not paragraph_ranges(article)
        return
    assert found[0].keep_start == 0 and found[-1].keep_end == len(article.body)
    for before, after in itertools.pairwise(found):
        assert before.keep_end == after.keep_start
    for window in found:
        end = window.start + len(window.text)
        assert article.body[window.start : end] == window.text
        assert window.start <= window.keep_start < window.keep_end
    covered = {i for w in found for i in range(w.keep_start, w.keep_end)}
    assert covered == set(range(len(article.body)))
