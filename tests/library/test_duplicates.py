"""Near-duplicate stories: reprints with a trimmed ending, a new headline or another
byline are grouped; different stories, even on the same desk, are not."""

from __future__ import annotations

import itertools
import pickle
import random
import subprocess
import sys
from array import array
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.fresh_dumps import read_texts
from bench.split_quality import REAL
from reader.article import Article, article_id
from reader.library import duplicates
from reader.library.duplicates import (
    MIN_WORDS,
    SHORT_WORDS,
    _gauss_legendre,
    _Shingles,
    find_stories,
    opening_shingles,
)
from reader.library.stories import Stories, Story


def _article(title: str, body: str, source: str = "a.txt", index: int = 0) -> Article:
    return Article(article_id(title, body), source, index, title, body)


def _paragraphs(article: Article) -> list[str]:
    return [p for p in article.body.split("\n\n") if p.strip()]


def _reprint(
    article: Article,
    *,
    title: str | None = None,
    keep: float = 1.0,
    byline: str = "",
    source: str = "b.txt",
) -> Article:
    paras = _paragraphs(article)
    paras = paras[: max(1, round(len(paras) * keep))]
    if byline:
        paras = [byline, *paras, "(Reporting by Ann Smith; editing by Tom Lee)"]
    return _article(title or article.title, "\n\n".join(paras), source, index=1)


@pytest.fixture(scope="module")
def originals(news_articles: list[Article]) -> list[Article]:
    """Eight hand-written stories from different desks, and the seed dump's two."""
    assert len(news_articles) >= 8
    return list(news_articles)


def test_distinct_stories_stay_apart(originals: list[Article]) -> None:
    assert len(find_stories(originals)) == 0


@pytest.mark.parametrize(
    "edit",
    [
        {"keep": 0.6},
        {"title": "A completely different headline written by another desk"},
        {"byline": "By Jane Roe, Staff Writer"},
        {"keep": 0.7, "byline": "From our correspondent"},
    ],
    ids=["trimmed ending", "new headline", "another byline", "trimmed with a byline"],
)
def test_a_reprint_joins_its_story(originals: list[Article], edit: dict[str, object]) -> None:
    target = originals[2]
    reprint = _reprint(target, **edit)  # type: ignore[arg-type]
    assert reprint.id != target.id
    stories = find_stories([*originals, reprint])
    assert [s.versions for s in stories] == [(target.id, reprint.id)]
    assert stories.story_of(reprint.id) is stories.story_of(target.id)
    assert stories.story_of(originals[0].id) is None
    assert stories.duplicates == 1


def test_versions_follow_the_order_given_and_the_first_names_the_story(
    originals: list[Article],
) -> None:
    target = originals[4]
    trimmed = _reprint(target, keep=0.7, source="c.txt")
    renamed = _reprint(target, title="Another headline for the same story")
    stories = find_stories([trimmed, originals[0], renamed, target])
    (story,) = stories
    assert story.versions == (trimmed.id, renamed.id, target.id)
    assert story.id == trimmed.id
    assert len(story) == 3


def test_several_stories_at_once(originals: list[Article]) -> None:
    extra = [_reprint(a, byline="By Staff") for a in originals[:5]]
    stories = find_stories([*originals, *extra])
    assert sorted(s.versions for s in stories) == sorted(
        (a.id, e.id) for a, e in zip(originals[:5], extra, strict=True)
    )


def test_a_story_that_shares_only_its_opening_is_not_a_version(
    originals: list[Article],
) -> None:
    """The same first paragraph, then another story: openings agree, bodies do not."""
    first, other = originals[0], originals[1]
    spliced = _article(first.title, _paragraphs(first)[0] + "\n\n" + other.body, "c.txt")
    assert len(find_stories([first, other, spliced])) == 0


def test_short_bodies_are_grouped_only_under_the_same_headline(
    originals: list[Article],
) -> None:
    """A digest's one-sentence teaser joins the article pasted whole elsewhere when the
    headline is the same; a short body under another headline (one a number apart too,
    "Story 1" and "Story 12"), or one under `SHORT_WORDS` words, is too little to tell
    stories apart."""
    target = originals[1]
    words = target.body.split()
    teaser = _article(target.title, " ".join(words[: MIN_WORDS - 4]), "digest.txt")
    other = _article("Markets close higher", " ".join(words[: MIN_WORDS - 4]), "other.txt")
    numbered = _article(target.title + " 2", " ".join(words[: MIN_WORDS - 4]), "two.txt")
    tiny = _article(target.title, " ".join(words[: SHORT_WORDS - 1]), "tiny.txt")
    stories = find_stories([*originals, teaser, other, numbered, tiny])
    assert [s.versions for s in stories] == [(target.id, teaser.id)]
    assert opening_shingles([tiny]) == [[]]


def test_a_digest_s_teaser_joins_the_whole_article(originals: list[Article]) -> None:
    """The first 40 words share under a third of the article's opening phrases (a Jaccard
    LSH at 0.4 seldom proposes) but its first ones: they are the same story."""
    target = originals[0]
    teaser = _article("Read more", " ".join(target.body.split()[:40]), "digest.txt")
    stories = find_stories([*originals, teaser])
    assert [s.versions for s in stories] == [(target.id, teaser.id)]


def _japanese() -> list[Article]:
    """Three Japanese posts of a tuning half (Japanese puts no spaces between words)."""
    texts = read_texts(REAL / "fresh8" / "texts.txt")
    chosen = ("ja-upstream-training", "ja-ingress-cve", "ja-ten-years")
    return [_article(texts[i].title, "\n\n".join(t for _, t in texts[i].blocks)) for i in chosen]


def test_japanese_versions_join_and_other_japanese_stories_stay_apart() -> None:
    """Each kana and ideograph is a word: a trimmed Japanese reprint was a handful of
    space-separated tokens, under `MIN_WORDS`, and never grouped."""
    posts = _japanese()
    reprint = _reprint(posts[1], keep=0.6, title="CVE-2025-1974について")
    stories = find_stories([*posts, reprint])
    assert [s.versions for s in stories] == [(posts[1].id, reprint.id)]


@pytest.mark.parametrize("reprinted", [100, 300])
def test_a_story_reprinted_hundreds_of_times_with_small_edits_stays_one(
    originals: list[Article], reprinted: int
) -> None:
    """Each reprint changes 15 words of its own: two reprints differ more than either
    differs from the first, and some pairs fall under the opening share. They are one
    story all the same (when every pair across two groups had to agree, they were four)."""
    rng = random.Random(7)
    words = originals[0].body.split()[:400]
    reprints = []
    for n in range(reprinted):
        edited = list(words)
        for _ in range(15):
            edited[rng.randrange(len(edited))] = f"changed{rng.randrange(1000)}"
        reprints.append(_article(originals[0].title, " ".join(edited), f"paper{n}.txt"))
    (story,) = find_stories(reprints)
    assert len(story) == reprinted


@pytest.mark.parametrize("numbered", [False, True])
def test_a_story_pasted_hundreds_of_times_looks_each_copy_s_group_up_a_few_times(
    originals: list[Article], monkeypatch: pytest.MonkeyPatch, numbered: bool
) -> None:
    """400 copies of one text (each opening with its own number, or not) share their LSH
    buckets: 80,000 pairs each, nearly all within one group by their turn. Joining them
    looks groups up a few dozen times a copy, not once a pair: 3,000 such copies were
    4.5 million pairs in a set, 20.9 s of CPU and 563 MB."""
    looked = 0
    root = duplicates._root

    def counted(parent: list[int], position: int) -> int:
        nonlocal looked
        looked += 1
        return root(parent, position)

    monkeypatch.setattr(duplicates, "_root", counted)
    story = originals[0]
    copies = [
        _article(f"{story.title} ({n})", f"Copy {n}. {story.body}" if numbered else story.body)
        for n in range(400)
    ]
    (found,) = find_stories(copies)
    assert found.versions == tuple(copy.id for copy in copies)
    assert looked <= 60 * len(copies)


def test_two_issues_alike_only_through_a_teaser_stay_apart(originals: list[Article]) -> None:
    """Two issues of a newsletter open with the same paragraph, then differ; the
    newsletter's teaser is that paragraph, alike to both issues. It joins the first
    issue, and the second is not folded into that story through it."""
    intro = " ".join(_paragraphs(originals[4])[0].split()[:60])
    first = _article("Issue 16", intro + "\n\n" + originals[5].body, "a.txt")
    second = _article("Issue 14", intro + "\n\n" + originals[6].body, "b.txt")
    teaser = _article("Issue 16", intro, "digest.txt")
    stories = find_stories([first, teaser, second])
    assert [s.versions for s in stories] == [(first.id, teaser.id)]


def test_punctuation_and_case_do_not_tell_versions_apart(
    originals: list[Article],
) -> None:
    target = originals[5]
    shouted = _article(target.title, target.body.upper().replace(",", " ,"), "c.txt")
    assert [s.versions for s in find_stories([target, shouted])] == [(target.id, shouted.id)]


def test_threshold_must_be_a_share(originals: list[Article]) -> None:
    for bad in (0, -0.1, 1.5):
        with pytest.raises(ValueError, match="threshold"):
            find_stories(originals, bad)


def test_a_stricter_threshold_drops_a_rewritten_opening(
    originals: list[Article],
) -> None:
    target = originals[6]
    paras = _paragraphs(target)
    rewritten = _article(
        target.title, "\n\n".join(["A new first paragraph. " * 6, *paras]), "c.txt"
    )
    assert len(find_stories([target, rewritten], 0.5)) == 1
    assert len(find_stories([target, rewritten], 1.0)) == 0


def test_grouping_is_the_same_on_every_run(originals: list[Article]) -> None:
    extra = [_reprint(a, keep=0.7) for a in originals[:4]]
    runs = {tuple(s.versions for s in find_stories([*originals, *extra])) for _ in range(3)}
    assert len(runs) == 1
    assert opening_shingles(originals) == opening_shingles(list(reversed(originals)))[::-1]


def test_no_articles_and_one_article() -> None:
    assert len(find_stories([])) == 0
    lone = _article("T", "word " * 50)
    assert find_stories([lone]).story_of(lone.id) is None


def test_stories_of_groups_and_json() -> None:
    stories = Stories.of([["a", "b", "c"], ["d"], ["e", "f"]])
    assert [s.versions for s in stories] == [("a", "b", "c"), ("e", "f")]
    assert stories.story_of("c") == Story(("a", "b", "c"))
    assert stories.story_of("d") is None
    assert stories.to_dict() == {
        "stories": [
            {"id": "a", "versions": ["a", "b", "c"]},
            {"id": "e", "versions": ["e", "f"]},
        ],
        "duplicates": 3,
    }


def test_exact_copies_in_the_input_join_one_story(originals: list[Article]) -> None:
    """The library merges exact copies; given both anyway, they are one story."""
    copy = replace(originals[3], source="copy.txt")
    (story,) = find_stories([originals[3], copy])
    assert len(story) == 2


def _stories_in_a_process(articles: list[Article]) -> list[bytes]:
    """How many stories a fresh process finds in `articles`, and whether it then holds
    `numpy.ma`, `numpy.polynomial` and rapidfuzz."""
    script = (
        "import pickle, sys\n"
        "from reader.library.duplicates import find_stories\n"
        "stories = find_stories(pickle.loads(sys.stdin.buffer.read()))\n"
        "print(len(stories), *(m in sys.modules for m in ('numpy.ma', 'numpy.polynomial', "
        "'rapidfuzz')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=pickle.dumps(articles),
        capture_output=True,
        check=True,
    )
    return done.stdout.split()


def test_finding_stories_leaves_numpy_ma_and_polynomial_unimported(
    originals: list[Article],
) -> None:
    edited = replace(originals[0], id="reprint", source="other.txt")
    assert _stories_in_a_process([*originals, edited]) == [b"1", b"False", b"False", b"True"]


def test_rapidfuzz_waits_for_a_pair_of_openings_alike(originals: list[Article]) -> None:
    """Dumps that tell no story twice never import it (3 MB held for the session)."""
    assert _stories_in_a_process(originals) == [b"0", b"False", b"False", b"False"]


@pytest.mark.parametrize("count", [1, 2, 3, 8, 40, 64])
def test_gauss_legendre_nodes_are_numpy_s(count: int) -> None:
    """The bands' quadrature, in plain Python, has `leggauss`'s nodes and weights."""
    nodes, weights = np.polynomial.legendre.leggauss(count)
    found = _gauss_legendre(count)
    assert [node for node, _ in found] == pytest.approx(nodes.tolist(), abs=1e-14)
    assert [weight for _, weight in found] == pytest.approx(weights.tolist(), abs=1e-14)


@given(st.lists(st.lists(st.integers(0, 2**32 - 1), max_size=40), min_size=1, max_size=5))
def test_an_article_s_distinct_shingles_are_what_np_unique_finds(hashes: list[list[int]]) -> None:
    """`_Shingles.distinct` sorts and deduplicates by hand, sparing `np.unique` its import of
    `numpy.ma`: it must give `np.unique`'s array, empty and repeated values included."""
    values = np.array([value for article in hashes for value in article], dtype=np.uint32)
    starts = array("q", itertools.accumulate((len(a) for a in hashes[:-1]), initial=0))
    ends = array("q", itertools.accumulate(len(a) for a in hashes))
    shingles = _Shingles(values, starts, ends)
    for position, article in enumerate(hashes):
        expected = np.unique(np.array(article, dtype=np.uint32))
        distinct = shingles.distinct(position)
        assert distinct.dtype == expected.dtype and distinct.tolist() == expected.tolist()


def test_half_width_kana_are_words_as_the_word_count_has_them() -> None:
    """Half-width katakana (old mail and bank systems, some wire feeds) put no spaces
    between words either: each is a word, as `reader.text.words` counts them (one set of
    unspaced letters for both). Taken as one token, a body of them had no opening at all."""
    body = "ﾄｳｷｮｳﾆｶｸｺｸﾉｼｭﾉｳｶﾞｱﾂﾏｯﾀ｡ｶﾚﾗﾊﾎﾞｳｴｷﾆﾂｲﾃﾊﾅｼｱｯﾀ｡" * 2
    (shingles,) = opening_shingles([_article("ﾆｭｰｽ", body)])
    assert len(shingles) > SHORT_WORDS
