from __future__ import annotations

from reader.analysis import Entity
from reader.library.articles import Library
from reader.library.entity_index import EntityIndex
from tests.library.triage_helpers import analysis, analysis_of, make_article


def test_lookup_by_label_and_text_ignores_case_accents_and_spacing() -> None:
    body = "Pete  Hegseth met Erdoğan in IRAN. Iran said no."
    index = EntityIndex()
    index.add(
        "a1",
        body,
        analysis_of(body, ("Pete  Hegseth", "PERSON"), ("Erdoğan", "PERSON"), ("IRAN", "GPE")),
    )
    assert index.articles("PERSON", "pete hegseth") == {"a1"}
    assert index.articles("PERSON", "Erdogan") == {"a1"}
    assert index.articles("GPE", "iran") == {"a1"}
    assert index.articles("GPE") == {"a1"}
    assert index.articles(None, "Iran") == {"a1"}
    assert index.articles("ORG") == frozenset()
    assert index.articles("PERSON", "Iran") == frozenset()


def test_reindexing_an_article_replaces_its_entities() -> None:
    body = "Iran and Iraq."
    index = EntityIndex()
    index.add("a1", body, analysis_of(body, ("Iran", "GPE")))
    index.add("a1", body, analysis_of(body, ("Iraq", "GPE")))
    assert index.articles("GPE", "Iran") == frozenset()
    assert index.articles("GPE", "Iraq") == {"a1"}
    assert [(v.text, v.articles) for v in index.values()] == [("Iraq", 1)]


def test_holds_says_whether_the_article_is_indexed_with_exactly_these_entities() -> None:
    """The open article, redrawn, is indexed again only when its entities changed (an edit)."""
    body = "Iran and Iraq."
    index = EntityIndex()
    iran = analysis_of(body, ("Iran", "GPE"))
    assert not index.holds("a1", iran.entities)
    index.add("a1", body, iran)
    assert index.holds("a1", iran.entities)
    assert index.holds("a1", list(analysis_of(body, ("Iran", "GPE")).entities))
    assert not index.holds("a1", analysis_of(body, ("Iran", "LOC")).entities)
    assert not index.holds("a1", ())
    index.forget("a1")
    assert not index.holds("a1", iran.entities)


def test_sync_indexes_new_and_replaced_analyses_only() -> None:
    first = make_article("One", "Iran talks.", index=0)
    second = make_article("Two", "Iraq talks.", index=1)
    library = Library([first, second])
    partial = analysis(complete=False)
    analyses = {first.id: analysis_of(first.body, ("Iran", "GPE")), second.id: partial}
    index = EntityIndex()
    assert index.sync(library, analyses) == 2
    assert index.sync(library, analyses) == 0
    analyses[second.id] = analysis_of(second.body, ("Iraq", "GPE"))
    analyses["unknown"] = analysis(Entity(0, 1, "GPE"))
    assert index.sync(library, analyses) == 1
    assert index.articles("GPE") == {first.id, second.id}
    assert len(index) == 2 and second.id in index and "unknown" not in index


def test_values_and_labels_count_articles_and_mentions() -> None:
    index = EntityIndex()
    index.add(
        "a",
        "Iran, Iran, Iraq",
        analysis(Entity(0, 4, "GPE"), Entity(6, 10, "GPE"), Entity(12, 16, "GPE")),
    )
    index.add("b", "iran and Bob", analysis(Entity(0, 4, "GPE"), Entity(9, 12, "PERSON")))
    values = index.values("GPE")
    assert [(v.text, v.articles, v.mentions) for v in values] == [("Iran", 2, 3), ("Iraq", 1, 1)]
    assert [v.text for v in index.values(prefix="ir")] == ["Iran", "Iraq"]
    assert [(c.label, c.mentions, c.articles) for c in index.labels()] == [
        ("GPE", 4, 2),
        ("PERSON", 1, 1),
    ]


def test_empty_entity_text_is_ignored() -> None:
    index = EntityIndex()
    index.add("a", "x   y", analysis(Entity(1, 3, "GPE")))
    assert index.articles("GPE") == frozenset()
    assert index.articles() == frozenset()
    assert "a" in index


def test_a_filter_on_an_entity_matches_every_spelling_of_it() -> None:
    index = EntityIndex()
    body = "Kim Jong Un arrived. Later Kim met South Korea's envoy."
    index.add(
        "a",
        body,
        analysis(Entity(0, 11, "PERSON"), Entity(27, 30, "PERSON"), Entity(35, 48, "GPE")),
    )
    index.add("b", "Kim Jong Un's sister.", analysis(Entity(0, 13, "PERSON")))
    index.add(
        "c",
        "Kim Yo Jong spoke. Kim left.",
        analysis(Entity(0, 11, "PERSON"), Entity(19, 22, "PERSON")),
    )
    assert index.articles("PERSON", "Kim Jong Un") == {"a", "b"}
    assert index.articles("PERSON", "kim jong un's") == {"a", "b"}
    assert index.articles("PERSON", "Kim") == frozenset()
    assert index.articles("GPE", "South Korea") == {"a"}
    values = index.values("PERSON")
    assert [(v.text, v.articles, v.mentions) for v in values] == [
        ("Kim Jong Un", 2, 3),
        ("Kim Yo Jong", 1, 2),
    ]


def test_ids_go_from_one_to_many_and_back_as_articles_come_and_go() -> None:
    """An entity in one article is held as that id alone; the answers do not show it."""
    index = EntityIndex()
    bodies = {f"a{n}": "Iran and Iraq." if n < 3 else "Iraq." for n in range(4)}
    for article_id, body in bodies.items():
        found = [("Iran", "GPE"), ("Iraq", "GPE")] if "Iran" in body else [("Iraq", "GPE")]
        index.add(article_id, body, analysis_of(body, *found))
    assert index.articles("GPE", "Iran") == {"a0", "a1", "a2"}
    for gone in ("a0", "a1"):
        index.forget(gone)
    assert index.articles("GPE", "Iran") == {"a2"} == index.articles(None, "iran")
    assert [(v.text, v.articles, v.mentions) for v in index.values()] == [
        ("Iraq", 2, 2),
        ("Iran", 1, 1),
    ]
    assert [(c.label, c.mentions, c.articles) for c in index.labels()] == [("GPE", 3, 2)]
    index.forget("a2")
    assert index.articles("GPE", "Iran") == frozenset()
    assert [v.text for v in index.values()] == ["Iraq"]
    index.add("a2", bodies["a2"], analysis_of(bodies["a2"], ("Iran", "GPE")))
    assert index.articles("GPE", "Iran") == {"a2"} and index.articles("GPE") == {"a2", "a3"}


def test_an_article_analysed_again_counts_once_where_many_articles_share_an_entity() -> None:
    """Articles are held as numbers once an entity is in several: a second analysis of one
    replaces its number, and the answers name the same ids."""
    index = EntityIndex()
    for article_id in ("a", "b", "c"):
        index.add(article_id, "Iran and Iraq.", analysis_of("Iran and Iraq.", ("Iran", "GPE")))
    index.add(
        "b", "Iran and Iraq.", analysis_of("Iran and Iraq.", ("Iran", "GPE"), ("Iraq", "GPE"))
    )
    assert index.articles("GPE") == {"a", "b", "c"} == index.articles(None, "iran")
    assert [(c.label, c.mentions, c.articles) for c in index.labels()] == [("GPE", 4, 3)]
    assert [(v.text, v.articles) for v in index.values()] == [("Iran", 3), ("Iraq", 1)]
    index.forget("a")
    assert index.articles("GPE", "Iran") == {"b", "c"}
    assert [(v.text, v.articles) for v in index.top(["a", "b", "c"], 5)] == [
        ("Iran", 2),
        ("Iraq", 1),
    ]


def test_an_entity_no_article_mentions_any_more_is_gone_until_it_comes_back() -> None:
    index = EntityIndex()
    index.add("a", "Erdogan, Erdogan.", analysis(Entity(0, 7, "PERSON"), Entity(9, 16, "PERSON")))
    index.add("b", "Iran.", analysis(Entity(0, 4, "GPE")))
    index.forget("a")
    assert [(v.label, v.text) for v in index.values()] == [("GPE", "Iran")]
    assert [label.label for label in index.labels()] == ["GPE"]
    assert index.articles("PERSON") == frozenset() and index.top(["a", "b"], 5)[0].text == "Iran"
    index.add("d", "Erdoğan", analysis(Entity(0, 7, "PERSON")))
    (person,) = index.values("PERSON")
    assert (person.text, person.articles, person.mentions) == ("Erdoğan", 1, 1)
    assert index.articles(None, "erdogan") == {"d"}


def test_an_entity_mentioned_more_times_than_a_byte_holds_is_counted_whole() -> None:
    """Counts are held a byte each; an article with a bigger one is held another way."""
    body = "Iran " * 300 + "Iraq"
    index = EntityIndex()
    entities = [Entity(at, at + 4, "GPE") for at in range(0, 1500, 5)]
    index.add("a", body, analysis(*entities, Entity(1500, 1504, "GPE")))
    index.add("b", "Iran", analysis(Entity(0, 4, "GPE")))
    assert [(v.text, v.articles, v.mentions) for v in index.values()] == [
        ("Iran", 2, 301),
        ("Iraq", 1, 1),
    ]
    assert [(v.text, v.mentions) for v in index.top(["a"], 5)] == [("Iran", 300), ("Iraq", 1)]
    index.forget("a")
    assert [(v.text, v.articles, v.mentions) for v in index.values()] == [("Iran", 1, 1)]
    assert [(c.label, c.mentions, c.articles) for c in index.labels()] == [("GPE", 1, 1)]
