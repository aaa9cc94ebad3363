from __future__ import annotations

from reader.library.articles import Library
from tests.library.triage_helpers import make_article, make_articles


def test_a_dumps_articles_are_replaced_in_place_and_the_others_keep_their_order() -> None:
    first = make_articles(3, "/d/a.txt")
    other = [make_article(f"Other {n}", f"Other body {n}.", "/d/b.txt", n) for n in range(2)]
    library = Library([*first, *other])
    split = [
        make_article("Part one", "One.", "/d/a.txt", 0),
        make_article("Part two", "Two.", "/d/a.txt", 1),
    ]
    added = library.replace_source("/d/a.txt", [*split, first[1], first[2]])
    assert [a.title for a in added.new] == ["Part one", "Part two"]
    assert library.ids() == [
        *(a.id for a in split),
        first[1].id,
        first[2].id,
        *(a.id for a in other),
    ]
    assert [library.position(i) for i in library.ids()] == list(range(6))
    assert first[0].id not in library and library.get(first[0].id) is None
    assert library.from_source("/d/a.txt") == {split[0].id, split[1].id, first[1].id, first[2].id}


def test_an_article_gone_from_one_dump_stays_listed_under_another() -> None:
    shared = make_article("Shared", "Same text.", "/d/a.txt", 0)
    again = make_article("Shared", "Same text.", "/d/b.txt", 0)
    library = Library([shared, again])
    library.replace_source("/d/a.txt", [make_article("New", "New text.", "/d/a.txt", 0)])
    assert shared.id in library
    assert library.sources(shared.id) == ("/d/b.txt",)
    assert len(library) == 2


def test_replace_source_names_the_articles_no_longer_listed() -> None:
    first = make_articles(3, "/d/a.txt")
    library = Library(first)
    joined = make_article("Joined", "Body of article number 0. And 1.", "/d/a.txt", 0)
    added = library.replace_source("/d/a.txt", [joined, first[2]])
    assert added.gone == (first[0], first[1])
    assert added.new == (joined,)


def test_an_article_replaced_or_dropped_is_still_known_by_its_id() -> None:
    first, second = make_articles(2)
    library = Library([first, second])
    edited = make_article(first.title, "An edited body.")
    library.refresh(first.source, [edited, second])
    assert library.get(first.id) is None and library.known(first.id) is first
    library.replace_source(first.source, [edited])
    assert library.get(second.id) is None and library.known(second.id) is second
    assert library.known(edited.id) is edited and library.known("never") is None


def test_turnover_grows_when_an_article_leaves_or_comes_back_not_when_one_joins() -> None:
    first = make_articles(2, "/d/a.txt")
    library = Library(first)
    library.add([make_article("Other", "Other text.", "/d/b.txt", 0)])
    assert library.turnover == 0  # only joined
    split = [make_article("Part", "Part text.", "/d/a.txt", 0), first[1]]
    library.replace_source("/d/a.txt", split)
    assert library.turnover == 1  # first[0] left
    library.add([first[0]])
    assert library.turnover == 2  # and came back
