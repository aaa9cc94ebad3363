"""Articles whose text leaves their dump while it is open: listed until the next start."""

from __future__ import annotations

from reader.library.articles import Library
from tests.library.triage_helpers import make_article, make_articles


def test_an_article_cut_from_its_dump_stays_listed_and_is_named_once() -> None:
    first = make_articles(3, "/d/a.txt")
    library = Library(first)
    added = library.refresh("/d/a.txt", first[:2])
    assert added.left == (first[2],)
    assert library.ids() == [a.id for a in first]
    later = make_article("Later", "A later story.", "/d/a.txt", 2)
    grown = library.refresh("/d/a.txt", [*first[:2], later])
    assert (grown.left, grown.replaced, grown.new) == ((), (), (later,))
    assert library.ids() == [*(a.id for a in first), later.id]  # not in the cut one's place


def test_an_edited_article_is_replaced_not_named_as_left() -> None:
    first = make_articles(2, "/d/a.txt")
    library = Library(first)
    edited = make_article(first[1].title, "Its body, edited.", "/d/a.txt", 1)
    added = library.refresh("/d/a.txt", [first[0], edited])
    assert added.left == () and [new for _, new in added.replaced] == [edited]


def test_an_article_whose_text_comes_back_is_named_again_when_it_leaves_again() -> None:
    first = make_articles(2, "/d/a.txt")
    library = Library(first)
    assert library.refresh("/d/a.txt", first[:1]).left == (first[1],)
    assert library.refresh("/d/a.txt", first).left == ()
    assert library.refresh("/d/a.txt", first[:1]).left == (first[1],)


def test_a_correction_applied_again_keeps_an_article_that_left_until_it_is_released() -> None:
    """Corrections re-applied list a dump's articles anew (`replace_source`): one whose text
    left the dump stays listed, under its dump, unless released (its text is back)."""
    first = make_articles(3, "/d/a.txt")
    library = Library(first)
    library.refresh("/d/a.txt", first[:2])
    joined = make_article("Joined", "Body 0. Body 1.", "/d/a.txt", 0)
    added = library.replace_source("/d/a.txt", [joined])
    assert added.gone == (first[0], first[1])
    assert library.ids() == [joined.id, first[2].id]
    assert library.from_source("/d/a.txt") == {joined.id, first[2].id}
    library.release([first[2].id])
    assert library.replace_source("/d/a.txt", [joined]).gone == (first[2],)
    assert library.ids() == [joined.id]


def test_the_heir_of_an_edited_article_is_the_article_that_replaced_it_last() -> None:
    """A dialog opened on an article the dump's edits replaced twice saves on the last."""
    first = make_articles(2, "/d/a.txt")
    library = Library(first)
    once = make_article(first[1].title, "Edited once.", "/d/a.txt", 1)
    twice = make_article(first[1].title, "Edited twice.", "/d/a.txt", 1)
    library.refresh("/d/a.txt", [first[0], once])
    library.refresh("/d/a.txt", [first[0], twice])
    assert library.heir(first[1].id) is twice and library.heir(once.id) is twice
    assert library.heir(twice.id) is None and library.heir("never") is None
    library.refresh("/d/a.txt", [first[0]])
    assert library.heir(first[1].id) is twice  # cut now, but listed until the next start
    assert library.listed_from("/d/a.txt") == [first[0], twice]
