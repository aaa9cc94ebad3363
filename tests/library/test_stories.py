"""Folding the list by story, acting on whole stories, and comparing a version with the first."""

from __future__ import annotations

from reader.article import Article, article_id
from reader.library.stories import Stories, compare, fold, story_ids

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
