"""Articles framed for a pipe or the split cache read back as the same articles, held alike;
what has no frame form is sent as before, and bytes that are not a frame are refused."""

from __future__ import annotations

import pickle

import pytest

from bench import corpus
from reader.article import Article, Paragraph, hold_compressed
from reader.dumps.load import split_text
from reader.dumps.packed import (
    FRAMED_FROM,
    Unpackable,
    pack,
    packed,
    renumbered,
    unpack,
    unpacked,
)
from tests.dumps.test_article_records import BODIES


def _articles() -> list[Article]:
    """A generated dump's articles, and one of each held form of a body."""
    found = split_text(corpus.dump(70), "bench.txt")
    for number, body in enumerate(BODIES):
        half = len(body) // 2
        paragraphs = (Paragraph(0, half), Paragraph(half, len(body), "list_item")) if body else ()
        meta = {"language": "ru", "byline": f"Ann \u00c5 {number}"}
        found.append(
            Article(f"id{number}", "other.txt", 40 + number, "T\u00e9", body, paragraphs, meta)
        )
    return found


def test_articles_framed_read_back_the_same_and_held_alike() -> None:
    articles = _articles()
    again = unpack(pack(articles))
    assert again == articles  # `==` compares the held forms
    assert [a.to_dict() for a in again] == [a.to_dict() for a in articles]
    assert [type(a._held_body) for a in again] == [type(a._held_body) for a in articles]  # type: ignore[attr-defined]
    assert [type(a._held_paragraphs) for a in again] == [  # type: ignore[attr-defined]
        type(a._held_paragraphs)  # type: ignore[attr-defined]
        for a in articles
    ]
    assert unpack(pack([])) == []


def test_a_frame_read_with_an_offset_numbers_the_articles_on_from_it() -> None:
    articles = _articles()
    moved = unpack(pack(articles), 7)
    assert [a.index for a in moved] == [a.index + 7 for a in articles]
    assert moved == [a.renumbered(a.index + 7) for a in articles]


def test_bodies_held_in_blocks_frame_as_their_own_form() -> None:
    articles = _articles()
    expected = [a.to_dict() for a in articles]
    hold_compressed(articles)
    assert [a.to_dict() for a in unpack(pack(articles))] == expected


def test_articles_with_no_frame_form_are_sent_one_by_one() -> None:
    odd = Article("x", "d\udcff.txt", 2, "T", "Body.")  # a path that is not UTF-8
    loose = Article("y", "d.txt", 3, "T", "abc", (Paragraph(0, 2**33),))
    for article in (odd, loose):
        with pytest.raises(Unpackable):
            pack([article])
        many = [article] * FRAMED_FROM
        batch = packed(many)
        assert batch == tuple(many)
        assert (
            unpacked(pickle.loads(pickle.dumps(batch)), 5)
            == [article.renumbered(article.index + 5)] * FRAMED_FROM
        )


def test_a_few_articles_are_sent_one_by_one() -> None:
    """A big dump's first batch (its first article) reaches the app without the JSON
    modules a frame's head needs, which the first rows would wait for."""
    articles = _articles()
    assert packed(articles[:3]) == tuple(articles[:3])
    assert isinstance(packed(articles[:FRAMED_FROM]), bytes)


@pytest.mark.parametrize("cut", [0, 3, 4, 20, -1])
def test_bytes_that_are_not_a_whole_frame_are_refused(cut: int) -> None:
    frame = pack(_articles()[:3])
    with pytest.raises(ValueError, match="not a frame of articles"):
        unpack(frame[:cut])


@pytest.mark.parametrize(
    "head",
    [
        b"[1]",
        b'[1,"d",[0],["x"],["T"],[{}],[-1],[true],[1]]',
        b"{",
        b'[2,"d",[0],["x"],["T"],[{}],[0],[true],[0]]',
    ],
)
def test_a_frame_whose_head_does_not_fit_its_blocks_is_refused(head: bytes) -> None:
    with pytest.raises(ValueError, match="not a frame of articles"):
        unpack(len(head).to_bytes(4, "little") + head)


def test_a_frame_renumbered_reads_back_as_read_with_that_offset() -> None:
    """The rest of a dump split elsewhere is passed on as its frame, renumbered: the same
    articles as the frame read with the offset and framed again, none made to renumber."""
    frame = pack(_articles())
    again = unpack(renumbered(frame, 5_000))
    assert again == unpack(frame, 5_000)
    assert [a.to_dict() for a in again] == [a.to_dict() for a in unpack(frame, 5_000)]
    assert renumbered(frame, 0) == frame


def test_bytes_that_are_not_a_frame_are_not_renumbered() -> None:
    frame = pack(_articles()[:3])
    for cut in (0, 3, 9):
        with pytest.raises(ValueError, match="not a frame"):
            renumbered(frame[:cut], 1)
