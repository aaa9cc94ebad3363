from __future__ import annotations

import pytest

from reader import article as article_module
from reader.article import Article
from reader.library.articles import Library
from reader.library.search import SearchIndex
from reader.text.blocks import InBlock
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


def test_an_edited_article_replaces_the_old_one_in_place() -> None:
    first = make_articles(3)
    library = Library(first)
    body_edited = make_article("Title 1", "Body of article number 1, edited.", index=1)
    title_edited = make_article("A new title", first[2].body, index=2)
    added = library.refresh("/dumps/a.txt", [first[0], body_edited, title_edited])
    assert [(old.id, new.id) for old, new in added.replaced] == [
        (first[1].id, body_edited.id),
        (first[2].id, title_edited.id),
    ]
    assert added.new == ()
    assert library.ids() == [first[0].id, body_edited.id, title_edited.id]
    assert first[1].id not in library
    assert library.position(body_edited.id) == 1
    assert library.from_source("/dumps/a.txt") == {first[0].id, body_edited.id, title_edited.id}


def test_a_refreshed_dump_adds_new_articles_and_keeps_ones_found_in_another_dump() -> None:
    shared = make_article("Shared", "Also in b.txt.", index=0)
    library = Library([shared, make_article("Shared", "Also in b.txt.", "/dumps/b.txt")])
    extra = make_article("Extra", "A new one.", index=1)
    added = library.refresh("/dumps/a.txt", [extra])
    assert added.replaced == ()  # the shared article is still in b.txt
    assert added.new == (extra,)
    assert library.ids() == [shared.id, extra.id]


def test_search_forgets_a_replaced_article() -> None:
    index = SearchIndex(make_articles(2))
    assert [h.article_id for h in index.search("number")] == [a.id for a in make_articles(2)]
    index.remove([make_articles(2)[0].id])
    assert [h.article_id for h in index.search("number")] == [make_articles(2)[1].id]
    index.add(make_articles(1))  # the same text back: found again, once
    assert len(index.search("number 0")) == 1


def test_the_id_order_is_kept_between_changes_and_follows_them() -> None:
    library = Library()
    library.add(make_articles(3))
    order = library.id_order()
    assert list(order) == library.ids() == [a.id for a in library.articles]
    assert library.id_order() is order, "read again without a copy"
    library.ids().append("not listed")
    assert list(library.id_order()) == [a.id for a in library.articles], "ids() is a copy"
    library.add([make_article("late", "a fourth article")])
    assert library.id_order()[-1] == library.articles[-1].id


def test_an_article_leaves_one_dump_and_keeps_the_others() -> None:
    first = make_articles(2, "/d/a.txt")
    library = Library(first)
    library.add([make_article(a.title, a.body, "/d/b.txt", a.index) for a in first])
    library.add([make_article(first[0].title, first[0].body, "/d/c.txt", 0)])
    library.replace_source("/d/b.txt", [first[1]])
    assert library.sources(first[0].id) == ("/d/a.txt", "/d/c.txt")
    assert library.sources(first[1].id) == ("/d/a.txt", "/d/b.txt")
    library.replace_source("/d/a.txt", [])
    assert library.sources(first[0].id) == ("/d/c.txt",)
    assert library.sources(first[1].id) == ("/d/b.txt",)
    assert [(a.source, a.index) for a in library.articles] == [("/d/c.txt", 0), ("/d/b.txt", 1)]
    assert (library.articles[0].id, library.articles[0].body) == (first[0].id, first[0].body)
    assert library.dumps() == ("/d/b.txt", "/d/c.txt"), "a.txt holds no article any more"
    assert Library([make_article("T", "B", source="")]).sources(make_article("T", "B").id) == ()


def test_a_position_is_held_as_the_article_s_own_index_where_they_are_equal() -> None:
    """A dump listed alone from its start: each article's place in the list is its index in
    the dump, held as that one int object (over 256, each int is an object of its own)."""
    articles = make_articles(300)
    library = Library(articles)
    assert all(library.position(a.id) is a.index for a in articles)
    later = make_article("Another title", "Another body.", "/dumps/b.txt", 0)
    library.add([later])
    assert library.position(later.id) == 300 and later.index == 0


def test_compact_holds_the_bodies_listed_since_the_last_call_in_blocks() -> None:
    first = make_articles(3)
    library = Library(first)
    library.compact()
    assert all(isinstance(_held(article), InBlock) for article in first)
    assert first[0].meta is first[2].meta == {}  # equal metas: one dictionary
    edited = make_article("Title 1", "A body edited, he said.", first[1].source, 1)
    edited.meta["note"] = "the splitter writes until it is listed"
    library.refresh(first[1].source, [first[0], edited, first[2]])
    assert not isinstance(_held(edited), InBlock)
    library.compact()
    assert isinstance(_held(edited), InBlock)
    for article in library:  # listed: a write fails instead of going nowhere
        with pytest.raises(TypeError):
            article.meta["note"] = "lost"
    assert edited.meta == {"note": "the splitter writes until it is listed"}
    assert [a.body for a in library] == [first[0].body, edited.body, first[2].body]
    assert SearchIndex(library.articles).search("edited")[0].article_id == edited.id


def _held(article: Article) -> object:
    return article_module._BODY_SLOT.__get__(article)


def test_articles_made_from_one_another_dumps_also_hold_are_listed_after_it() -> None:
    """Found using the app: `B` on a wire story pasted in three dumps listed its two parts
    at the end of 200 rows (nothing was gone, the story stayed listed for the other
    dumps); they follow the row the user broke it on."""
    first = make_articles(3, "/d/a.txt")
    library = Library(first)
    library.add([make_article(first[1].title, first[1].body, "/d/b.txt", 0)])
    library.add([make_article(f"Other {n}", f"Other body {n}.", "/d/c.txt", n) for n in (0, 1)])
    parts = [make_article(f"Part {n}", f"Part {n}'s body.", "/d/a.txt", n) for n in (1, 2)]
    library.replace_source("/d/a.txt", [first[0], *parts, first[2]])
    assert [a.title for a in library.articles][:5] == [
        "Title 0",
        "Title 1",
        "Part 1",
        "Part 2",
        "Title 2",
    ]
