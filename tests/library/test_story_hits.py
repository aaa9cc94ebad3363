"""Search hits folded by story as the list folds its rows: each story once, the version
its row shows standing for it, notes apart."""

from __future__ import annotations

from reader.library.search import Hit
from reader.library.stories import Stories
from reader.library.story_hits import StoryHits

STORIES = Stories.of([["a", "c", "e"], ["b", "f"]])
LEADS = {"a": "c", "b": "b"}
"""The list shows story a at its version c (its fullest), story b at b."""


def _hit(article_id: str, annotation_id: str | None = None) -> Hit:
    return Hit(article_id, "note" if annotation_id else "body", 0, 1, annotation_id)


def test_the_whole_hits_list_each_story_once_at_its_lead_and_notes_apart() -> None:
    hits = [_hit("a"), _hit("b"), _hit("c"), _hit("d"), _hit("e", "n1"), _hit("f")]
    folded = StoryHits(STORIES, LEADS).whole(hits)
    assert folded == [_hit("b"), _hit("c"), _hit("d"), _hit("e", "n1")]


def test_a_story_whose_lead_has_no_hit_is_listed_at_its_first_hit() -> None:
    assert StoryHits(STORIES, LEADS).whole([_hit("e"), _hit("a"), _hit("f")]) == [
        _hit("e"),
        _hit("f"),
    ]


def test_hits_taken_as_found_fold_at_the_first_and_give_way_to_the_lead() -> None:
    folding = StoryHits(STORIES, LEADS)
    found = [_hit("a"), _hit("d")]
    assert not folding.take(found)
    assert folding.hits == [_hit("a"), _hit("d")]
    found += [_hit("e"), _hit("c"), _hit("x", "n2")]
    assert folding.take(found)
    assert folding.hits == [_hit("c"), _hit("d"), _hit("x", "n2")]
    assert [folding.versions(hit) for hit in folding.hits] == [3, 1, 1]
