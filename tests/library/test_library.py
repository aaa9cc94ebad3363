from __future__ import annotations

from reader.library.articles import Library
from tests.library.triage_helpers import make_article, make_articles


def test_same_article_in_two_dumps_is_listed_once_with_both_sources() -> None:
    first = make_articles(3, "/d/a.txt")
    again = [make_article(a.title, a.body, "/d/b.txt", a.index) for a in first[1:]]
    library = Library(first)
    added = library.add(again)
    assert added.count == 0
    assert [a.id for a in added.known] == [a.id for a in first[1:]]
    assert len(library) == 3
    assert library.sources(first[1].id) == ("/d/a.txt", "/d/b.txt")
    assert library.sources(first[0].id) == ("/d/a.txt",)
    assert library.dumps() == ("/d/a.txt", "/d/b.txt")
    assert library.from_source("/d/b.txt") == {first[1].id, first[2].id}


def test_grown_dump_appends_only_new_articles_and_keeps_positions() -> None:
    library = Library(make_articles(2))
    grown = make_articles(4)
    added = library.add(grown)
    assert [a.title for a in added.new] == ["Title 2", "Title 3"]
    assert library.ids() == [a.id for a in grown]
    assert [library.position(a.id) for a in grown] == [0, 1, 2, 3]


def test_the_first_copy_is_the_one_shown() -> None:
    a = make_article("Same", "Same body.", "/d/a.txt", 5)
    b = make_article("Same", "Same body.", "/d/b.txt", 0)
    library = Library([a, b])
    assert library.get(a.id) is a
    assert a.id in library
    assert library.get("missing") is None
    assert "missing" not in library


def test_repeated_source_is_not_listed_twice() -> None:
    article = make_article("T", "B")
    library = Library([article, article])
    assert library.sources(article.id) == ("/dumps/a.txt",)
    assert len(library) == 1
