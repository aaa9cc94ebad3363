"""Segments: what the pipeline sees must map back to the body and stay inside paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.article import Article, Paragraph
from reader.nlp.segments import MAX_SEGMENT_CHARS, Segment, chunks, segments
from tests.conftest import article_from_paragraphs


def test_one_segment_per_paragraph_trimmed() -> None:
    article = article_from_paragraphs(["  First one.  ", "Second.", "   ", "Third\nline."])
    found = segments(article)
    assert [s.text for s in found] == ["First one.", "Second.", "Third\nline."]
    for segment in found:
        assert article.body[segment.start : segment.start + len(segment.text)] == segment.text


def test_without_paragraphs_each_line_is_a_segment() -> None:
    body = "Line one.\n\n  Line two.\nLine three."
    article = Article("x", "t", 0, "T", body)
    assert [s.text for s in segments(article)] == ["Line one.", "Line two.", "Line three."]


def test_paragraph_ranges_outside_the_body_or_overlapping_are_clipped() -> None:
    body = "Alpha beta. Gamma delta."
    paragraphs = (Paragraph(-5, 11), Paragraph(6, 100))
    found = segments(Article("x", "t", 0, "T", body, paragraphs))
    assert [s.text for s in found] == ["Alpha beta.", "Gamma delta."]


def test_a_huge_paragraph_is_cut_at_sentence_ends_below_the_limit() -> None:
    sentence = "Angela Merkel met Emmanuel Macron in Paris on Monday. "
    text = (sentence * (3 * MAX_SEGMENT_CHARS // len(sentence))).strip()
    found = segments(article_from_paragraphs([text]))
    assert len(found) >= 3
    for segment in found:
        assert len(segment.text) <= MAX_SEGMENT_CHARS
        assert segment.text.endswith("Monday.")
        assert segment.text.startswith("Angela")


def test_a_huge_line_without_spaces_is_cut_hard() -> None:
    text = "x" * (MAX_SEGMENT_CHARS * 2 + 10)
    found = segments(article_from_paragraphs([text]))
    assert [len(s.text) for s in found] == [MAX_SEGMENT_CHARS, MAX_SEGMENT_CHARS, 10]


def test_lone_surrogates_are_replaced_one_for_one() -> None:
    body = "Bad \ud800 char."
    article = Article("x", "t", 0, "T", body, (Paragraph(0, len(body)),))
    (segment,) = segments(article)
    assert segment.text == "Bad \ufffd char."
    assert len(segment.text) == len(article.body)


def test_chunks_group_by_words_and_never_split_a_segment() -> None:
    items = [Segment(i * 100, " ".join(["w"] * n)) for i, n in enumerate([3, 3, 3, 10, 1])]
    groups = list(chunks(items, 6))
    assert [[s.words for s in g] for g in groups] == [[3, 3], [3], [10], [1]]
    assert [s for g in groups for s in g] == items


_TEXT = st.text(st.sampled_from("ab .\n\t\u00e9\U0001f600\u200b"), max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, max_size=6))
def test_segments_are_body_slices_inside_one_paragraph(paragraphs: list[str]) -> None:
    article = article_from_paragraphs(paragraphs)
    found = segments(article)
    starts = [s.start for s in found]
    assert starts == sorted(starts)
    for segment in found:
        end = segment.start + len(segment.text)
        assert article.body[segment.start : end] == segment.text
        assert segment.text == segment.text.strip()
        assert any(p.start <= segment.start and end <= p.end for p in article.paragraphs)
    covered = {i for s in found for i in range(s.start, s.start + len(s.text))}
    wanted = {
        i
        for p in article.paragraphs
        for i in range(p.start, p.end)
        if not article.body[i].isspace()
    }
    assert wanted <= covered
