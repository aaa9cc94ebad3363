"""The article records the splitter makes: ids that survive re-splitting."""

from __future__ import annotations

import gc
import pickle
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader import article as article_module
from reader.article import (
    Article,
    Paragraph,
    article_id,
    held_fields,
    hold_compressed,
    normalize_for_id,
    share_equal_meta,
)
from reader.text.blocks import InBlock


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


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("A headline", "One paragraph.\n\nAnother one.", "54c90e36f16d9478"),
        ("", "", "6e340b9cffb37a98"),
        (
            "Caf\u00e9 \u201cquoted\u201d",
            "Un caf\u00e9 \u2014 d\u00e9j\u00e0.\n\nSecond \u00ab paragraphe \u00bb.",
            "a834edf132a8d016",
        ),
        ("Cafe\u0301", "Cafe\u0301 deja\u0300 vu.", "bc12366c6737b4bf"),
        (
            "  Spaced   title ",
            "One\ttwo  three\r\nfour\u00a0five\u2028six\n\n\nseven ",
            "0896bcb86acdb6ce",
        ),
        (
            "\u30bf\u30a4\u30c8\u30eb",
            "\u3053\u308c\u306f\u65e5\u672c\u8a9e\u3002\n\n\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22",
            "f9efbb6e86d1c34e",
        ),
        ("Lone", "a\ud800b", "09ed16c8a36ddf34"),
        ("Emoji \U0001f600", "Text with \U0001f600 and \u200b zero width.", "5a3d51edbd051f75"),
    ],
)
def test_ids_are_what_they_always_were(title: str, body: str, expected: str) -> None:
    """An id keys every annotation, read, star and correction in a user's store: a faster
    id that hashed anything else would orphan their work (values from cb8c657's
    `article_id`, covering ASCII, NFC and NFD text, every spacing it folds, the scripts
    without spaces, a lone surrogate and a code point past the BMP)."""
    assert article_id(title, body) == expected


_PIECES = st.lists(
    st.text(
        alphabet=st.sampled_from(list("ab \t\n\xa0\u2009\u0301e\u00e9\u201c\u2014\ud800")),
        max_size=12,
    ),
    max_size=4,
)


@given(st.text(alphabet=st.sampled_from(list("T \u0301")), max_size=4), _PIECES)
def test_an_id_from_the_paragraphs_is_the_id_from_the_body(title: str, pieces: list[str]) -> None:
    """The splitter hands `article_id` the paragraphs its body is joined from: the same id,
    whatever spacing, marks or normal form they hold."""
    body = "\n\n".join(pieces)
    assert normalize_for_id(body, pieces) == normalize_for_id(body)
    assert article_id(title, body, pieces) == article_id(title, body)


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        ("A headline", ["One paragraph.", "Another one."], "54c90e36f16d9478"),
        ("", [], "6e340b9cffb37a98"),
        (
            "Caf\u00e9 \u201cquoted\u201d",
            ["Un caf\u00e9 \u2014 d\u00e9j\u00e0.", "Second \u00ab paragraphe \u00bb."],
            "a834edf132a8d016",
        ),
        ("Cafe\u0301", ["Cafe\u0301 deja\u0300 vu."], "bc12366c6737b4bf"),
    ],
)
def test_ids_from_paragraphs_are_what_they_always_were(
    title: str, paragraphs: list[str], expected: str
) -> None:
    assert article_id(title, "\n\n".join(paragraphs), paragraphs) == expected


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


BODIES = [
    "",
    "plain ASCII.\n\nTwo.",
    "caf\u00e9 cr\u00e8me",  # Latin-1: one byte a character as a str already
    "He said \u201cno\u201d \u2014 twice.",  # a curly quote: two bytes a character as a str
    "\u041f\u0440\u0438\u0432\u0435\u0442 \u4e16\u754c \U0001f600",
    "a lone surrogate \udcff from a dump decoded with surrogateescape",
    "\u201c" * 20_000 + " big",  # past the size whose unpacked value is kept
]


@pytest.mark.parametrize("body", BODIES)
def test_a_body_reads_back_as_given_in_every_form(body: str) -> None:
    paragraphs = (Paragraph(0, len(body) // 2), Paragraph(len(body) // 2, len(body), "highlights"))
    article = Article("x", "d.txt", 0, "T", body, paragraphs)
    for copy in (article, pickle.loads(pickle.dumps(article, pickle.HIGHEST_PROTOCOL))):
        assert copy.body == body and type(copy.body) is str
        assert copy.paragraphs == paragraphs and type(copy.paragraphs) is tuple
        assert copy.paragraph_text(paragraphs[1]) == body[len(body) // 2 :]
        assert copy == article
        assert copy.to_dict()["body"] == body


def test_bodies_and_ranges_are_held_smaller_than_as_python_objects() -> None:
    """A curly quote made CPython hold a body at two bytes a character; ranges were three
    objects each. What the article holds costs less than those."""
    body = "A line of news copy. " * 100 + "He said \u201cno\u201d."
    paragraphs = tuple(Paragraph(i * 10, i * 10 + 9) for i in range(100))
    article = Article("x", "d.txt", 0, "T", body, paragraphs)
    held_body, held_ranges = article._held_body, article._held_paragraphs  # type: ignore[attr-defined]
    assert sys.getsizeof(held_body) < 0.6 * sys.getsizeof(body)
    as_objects = sys.getsizeof(paragraphs) + sum(sys.getsizeof(p) for p in paragraphs)
    assert sys.getsizeof(held_ranges) < 0.3 * as_objects


@pytest.mark.parametrize(
    ("body", "has"),
    [("", False), ("News.", True), ("He said \u201cno\u201d. " * 20, True), ("\udc80", True)],
)
def test_an_article_tells_whether_it_has_a_body_in_any_held_form(body: str, has: bool) -> None:
    assert Article("x", "d.txt", 0, "T", body).has_body is has


def test_ranges_that_cannot_be_packed_are_kept_as_given() -> None:
    odd = (Paragraph(0, 2**33), Paragraph(-1, 3))
    for paragraphs in (odd, [Paragraph(0, 3)]):
        assert Article("x", "d", 0, "T", "abc", paragraphs).paragraphs == tuple(paragraphs)  # type: ignore[arg-type]


def test_articles_compare_and_replace_as_dataclasses_do() -> None:
    import dataclasses

    article = Article("x", "d.txt", 0, "T", "\u201cOne\u201d", (Paragraph(0, 5),), {"a": "b"})
    same = Article("x", "d.txt", 0, "T", "\u201cOne\u201d", (Paragraph(0, 5),), {"a": "b"})
    assert article == same and article != dataclasses.replace(article, body="\u201cTwo\u201d")
    assert article != dataclasses.replace(article, paragraphs=(Paragraph(0, 5, "subheading"),))
    moved = dataclasses.replace(article, index=4)
    assert (moved.index, moved.body, moved.paragraphs) == (4, article.body, article.paragraphs)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.body = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("body", BODIES[:4])
def test_a_renumbered_article_is_the_article_at_another_index(body: str) -> None:
    import dataclasses

    article = Article("x", "d.txt", 2, "T", body, (Paragraph(0, len(body)),), {"a": "b"})
    moved = article.renumbered(7)
    assert moved == dataclasses.replace(article, index=7) and moved.body == body
    assert article.index == 2


@pytest.mark.parametrize(
    "body", ["plain ASCII", "\u201cquoted\u201d", "caf\u00e9 \U0001f600", "\ud800 lone"]
)
def test_the_body_as_utf8_is_the_body_encoded_whatever_form_it_is_held_in(body: str) -> None:
    article = Article("x", "d.txt", 0, "T", body)
    assert article.body_utf8 == body.encode("utf-8", "surrogatepass")
    assert pickle.loads(pickle.dumps(article)).body_utf8 == article.body_utf8


def test_bodies_held_compressed_read_compare_and_pickle_as_before() -> None:
    bodies = [*BODIES, *(f"Story {n}: he said \u201cyes\u201d. " * 40 for n in range(60))]
    made = [
        Article(f"x{n}", "d.txt", n, "T", body, (Paragraph(0, 1),)) for n, body in enumerate(bodies)
    ]
    same = [
        Article(f"x{n}", "d.txt", n, "T", body, (Paragraph(0, 1),)) for n, body in enumerate(bodies)
    ]
    held_before = [a._held_body for a in made]  # type: ignore[attr-defined]
    hold_compressed(made)
    in_blocks = [a for a in made if isinstance(article_module._BODY_SLOT.__get__(a), InBlock)]
    assert len(in_blocks) == len(bodies) - 2  # the empty body and the big one stay apart
    assert [a._held_body for a in made] == held_before  # type: ignore[attr-defined]
    for article, body, twin in zip(made, bodies, same, strict=True):
        assert article.body == body and type(article.body) is str
        assert article.body_utf8 == body.encode("utf-8", "surrogatepass")
        assert bytes(article.body_view) == article.body_utf8
        assert article.has_body is bool(body)
        assert article == twin and twin == article
        assert pickle.loads(pickle.dumps(article)) == twin
        assert article.renumbered(9).body == body
    hold_compressed(made)  # again: nothing changes
    assert [a.body for a in made] == bodies


def test_paragraph_ranges_are_held_beside_their_body_in_its_block() -> None:
    """Packed paragraph ranges go into the body's block (a block's in one `bytes`), not a
    `bytes` each: they read, compare, pickle and send as before."""
    bodies = [f"Story {n}: he said \u201cyes\u201d.\n\nThen more. " * 30 for n in range(50)]
    ranges = [(Paragraph(0, 10), Paragraph(12, 20, "subheading"))] * 49 + [()]
    made = [
        Article(f"x{n}", "d.txt", n, "T", body, paragraphs)
        for n, (body, paragraphs) in enumerate(zip(bodies, ranges, strict=True))
    ]
    twins = [Article(a.id, a.source, a.index, a.title, a.body, a.paragraphs) for a in made]
    hold_compressed(made)
    for article in made[:-1]:
        assert article_module._PARAGRAPHS_SLOT.__get__(article) is _held_body_slot(article)
        assert not any(type(held) is bytes for held in gc.get_referents(article))
    assert [a.paragraphs for a in made] == [a.paragraphs for a in twins]
    assert [a.ranges() for a in made] == [a.ranges() for a in twins]
    assert made == twins and pickle.loads(pickle.dumps(made)) == twins
    assert held_fields(made) == held_fields(twins)
    assert [a.renumbered(a.index).paragraphs for a in made] == [a.paragraphs for a in twins]


def _held_body_slot(article: Article) -> object:
    return article_module._BODY_SLOT.__get__(article)


def _held_meta(article: Article) -> object:
    """The `meta` an article holds (a dictionary, or a read-only view of one once listed)."""
    return article_module._META_SLOT.__get__(article)


def test_equal_short_metas_are_one_view_and_values_do_not_change() -> None:
    long = "Updated 07 November 2025, 14:32 GMT, by the news desk"
    metas = [
        {"language": "en"},
        {"language": "".join(["e", "n"])},  # an equal value, another string
        {"language": "en", "encoding": "cp1252"},
        {"encoding": "cp1252", "language": "en"},  # the same items in another order
        {"language": "en", "as_written": long},
        {"language": "en", "as_written": long},
        {},
        {},
        {"language": "en", "a": "b", "c": "d"},
        {"language": "en", "a": "b", "c": "d"},
        {"count": 3},  # not a str: left as it is
        {"count": 3},
    ]
    made = [Article(f"x{n}", "d.txt", n, "T", "Body.", (), meta) for n, meta in enumerate(metas)]
    before = [dict(article.meta) for article in made]
    copies = [Article(f"x{n}", "d.txt", n, "T", "Body.", (), dict(m)) for n, m in enumerate(metas)]
    share_equal_meta(made)
    assert [article.meta for article in made] == before
    assert [list(article.meta) for article in made] == [list(meta) for meta in before]
    assert made == copies and copies == made, "equal to the same articles held as made"
    assert pickle.loads(pickle.dumps(made)) == copies
    held = [id(_held_meta(article)) for article in made]
    assert held[0] == held[1] and held[6] == held[7]
    assert len({held[2], held[3], held[4], held[5], held[8], held[9], held[10], held[11]}) == 8
    assert (
        len({id(article.meta["language"]) for article in made if "language" in article.meta}) == 1
    )
    assert made[4].meta["as_written"] is long
    share_equal_meta(made)  # again: nothing changes
    assert [id(_held_meta(article)) for article in made] == held


def test_listed_metas_of_the_same_keys_share_one_table_of_keys() -> None:
    """A meta too long to share whole is held as a dictionary that shares its keys' table
    with the other metas of the same keys (PEP 412's key-sharing dictionaries): smaller
    than a dictionary of its own, and read, ordered, compared and sent alike."""
    keys = ("chrome", "updated", "as_written", "summary", "dateline", "language")
    metas = [{key: f"{key} of article {n}, too long to share" for key in keys} for n in range(40)]
    made = [Article(f"x{n}", "d.txt", n, "T", "Body.", (), dict(m)) for n, m in enumerate(metas)]
    share_equal_meta(made)
    held = [gc.get_referents(_held_meta(article))[0] for article in made]
    assert all(type(meta) is dict for meta in held)
    assert all(sys.getsizeof(meta) < sys.getsizeof(dict(meta)) for meta in held)
    assert [article.meta for article in made] == metas
    assert [list(article.meta) for article in made] == [list(keys)] * len(metas)
    assert held_fields(made)[-1] == metas and pickle.loads(pickle.dumps(made))[3].meta == metas[3]
    odd = {"__class__": "a class", "__dict__": "a dictionary", "x": "y" * 40}
    article = Article("y", "d.txt", 0, "T", "Body.", (), dict(odd))
    share_equal_meta([article])
    assert article.meta == odd and list(article.meta) == list(odd)


def test_a_listed_meta_is_read_only_and_reads_as_held() -> None:
    """A write into a listed article's `meta` fails instead of going nowhere (or into
    every article sharing it), and each read is the held view, not a copy made for it."""
    article = Article("x", "d.txt", 0, "T", "Body.", (), {"a": "1", "b": "2", "c": "3"})
    article.meta["d"] = "4"  # not listed yet: the splitter still writes into it
    share_equal_meta([article])
    assert article.meta is article.meta
    with pytest.raises(TypeError):
        article.meta["a"] = "changed"
    with pytest.raises(AttributeError):
        article.meta.update(a="changed")  # type: ignore[attr-defined]
    assert article.meta == {"a": "1", "b": "2", "c": "3", "d": "4"}
    assert article.renumbered(4).meta == {"a": "1", "b": "2", "c": "3", "d": "4"}
    assert article.to_dict()["meta"] == {"a": "1", "b": "2", "c": "3", "d": "4"}
    sent = held_fields([article])[-1]
    assert sent == [{"a": "1", "b": "2", "c": "3", "d": "4"}] and type(sent[0]) is dict
    assert pickle.loads(pickle.dumps(article)) == article


@pytest.mark.parametrize(
    "ranges",
    [
        [],
        [(0, 4, "paragraph"), (6, 9, "subheading"), (9, 9, "list_item"), (9, 9, "highlights")],
        [(0, 2**33, "paragraph")],  # past 32 bits: kept as Paragraphs, as Article keeps them
        [(-1, 3, "paragraph")],
        [(0, 3, "aside")],  # no kind of ours
    ],
)
@pytest.mark.parametrize("body", BODIES[:4])
def test_an_article_from_ranges_is_the_article_from_paragraphs(
    body: str, ranges: list[tuple[int, int, str]]
) -> None:
    """What the splitter builds from its ranges is held, compares and pickles as the
    dataclass built from the same ranges as `Paragraph`s."""
    paragraphs = tuple(Paragraph(*r) for r in ranges)  # type: ignore[arg-type]
    built = Article("x", "d.txt", 1, "T", body, paragraphs, {"a": "b"})
    made = Article.from_ranges("x", "d.txt", 1, "T", body, ranges, {"a": "b"})  # type: ignore[arg-type]
    assert made == built and made.paragraphs == paragraphs and made.body == body
    assert made._held_body == built._held_body  # type: ignore[attr-defined]
    assert made._held_paragraphs == built._held_paragraphs  # type: ignore[attr-defined]
    assert pickle.dumps(made) == pickle.dumps(built)
    assert made.ranges() == built.ranges() == [tuple(r) for r in ranges]  # packed or not
    again = Article.from_ranges("x", "d.txt", 1, "T", body, built.ranges(), {"a": "b"})
    assert pickle.dumps(again) == pickle.dumps(built)
