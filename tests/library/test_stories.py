"""Folding the list by story, acting on whole stories, and comparing a version with the first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.article import Article, article_id
from reader.library.stories import Stories, compare, fold, fold_leads, story_ids

STORIES = Stories.of([["a", "c", "e"], ["b", "f"]])


def test_fold_lists_each_story_once_at_its_first_listed_version() -> None:
    assert fold(["a", "b", "c", "d", "e", "f"], STORIES) == ["a", "b", "d"]
    assert fold(["c", "d", "e", "f"], STORIES) == ["c", "d", "f"]


def test_an_unfolded_story_lists_its_other_versions_under_the_first() -> None:
    ids = ["a", "b", "c", "d", "e", "f"]
    assert fold(ids, STORIES, {"a"}) == ["a", "c", "e", "b", "d"]
    assert fold(ids, STORIES, {"a", "b"}) == ["a", "c", "e", "b", "f", "d"]


def test_an_unfolded_story_shows_only_versions_the_filter_passes() -> None:
    assert fold(["e", "d", "a"], STORIES, {"a"}) == ["e", "a", "d"]


def test_a_story_is_listed_at_its_fullest_version() -> None:
    """A digest's teaser listed first stood for the article pasted whole later: the row
    is the version with the most words, at its own place (the list keeps its order)."""
    stories = Stories.of(
        [["a", "c", "e"], ["b", "f"]], {"a": 40, "c": 900, "e": 900, "b": 5, "f": 5}
    )
    ids = ["a", "b", "d", "c", "e", "f"]
    assert fold_leads(ids, stories) == (["b", "d", "c"], {"a": "c", "b": "b"}, 0)
    assert fold(ids, stories, {"a"}) == ["b", "d", "c", "a", "e"]
    assert fold(["a", "d", "e"], stories) == ["d", "e"]
    assert fold(["a", "d"], stories, {"a"}) == ["a", "d"]


def test_fold_without_stories_is_the_list() -> None:
    assert fold(["x", "y"], Stories()) == ["x", "y"]


def test_story_ids_add_every_version_once() -> None:
    assert story_ids(["d", "c"], STORIES) == ["d", "a", "c", "e"]
    assert story_ids(["a", "e"], STORIES) == ["a", "c", "e"]
    assert story_ids([], STORIES) == []


def _article(body: str) -> Article:
    return Article(article_id("T", body), "x.txt", 0, "T", body)


def test_compare_marks_added_and_removed_sentences() -> None:
    first = _article(
        "The storm hit the coast on Monday. Thousands lost power.\n\n"
        "Officials said repairs would take a week. Schools stayed closed."
    )
    version = _article(
        "By Jane Roe\n\nThe storm hit the coast on Monday. Thousands lost power.\n\n"
        "Officials said repairs would take a week."
    )
    changes = compare(first, version)
    assert [version.body[s:e] for s, e in changes.added] == ["By Jane Roe"]
    assert changes.removed == ("Schools stayed closed.",)
    assert changes.kept == 3
    assert changes.describe() == "1 sentence added, 1 removed, 3 the same"


def test_compare_ignores_case_and_spacing_and_same_text_has_no_changes() -> None:
    first = _article("One sentence here. Another one there.")
    shouted = _article("ONE  SENTENCE HERE. Another one there.")
    assert compare(first, shouted).added == ()
    assert compare(first, first).describe() == "0 sentences added, 0 removed, 2 the same"


def test_a_long_comparison_writes_its_counts_with_thousands_separated() -> None:
    """As every other count the app writes for a person (`reader.text.counted`)."""
    first = _article(" ".join(f"Sentence number {n} is here." for n in range(2200)))
    version = _article(
        " ".join(
            [f"Sentence number {n} is here." for n in range(1100)]
            + [f"A new sentence {n} was added." for n in range(1050)]
        )
    )
    assert compare(first, version).describe() == (
        "1,050 sentences added, 1,100 removed, 1,100 the same"
    )


def _fold_one_by_one(ids: list[str], stories: Stories, unfolded: set[str]) -> list[str]:
    """The plain walk `fold` once was: each id in turn, each story once."""
    present, seen, listed = set(ids), set(), []
    for one in ids:
        story = stories.story_of(one)
        if story is None:
            listed.append(one)
        elif story.id not in seen:
            seen.add(story.id)
            listed.append(one)
            if story.id in unfolded:
                listed += [v for v in story.versions if v != one and v in present]
    return listed


@given(
    st.permutations(list("abcdefghij")).map(lambda ids: ids[:7]),
    st.sets(st.sampled_from("abdg")),
)
def test_fold_lists_what_walking_the_list_one_by_one_would(
    ids: list[str], unfolded: set[str]
) -> None:
    stories = Stories.of([["a", "c", "e"], ["b", "f"], ["d", "h", "i"], ["g", "j"]])
    listed, leads, under = fold_leads(ids, stories, unfolded)
    assert listed == _fold_one_by_one(ids, stories, unfolded)
    rows = {story.id if (story := stories.story_of(a)) else a for a in ids}
    assert len(listed) - under == len(rows)  # the rows less those under an unfolded story
    for story in stories:
        shown = [a for a in ids if a in story.versions]
        assert leads.get(story.id) == (shown[0] if shown else None)
