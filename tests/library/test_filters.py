from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis import Entity
from reader.article import Article
from reader.library.articles import Library
from reader.library.entity_index import EntityIndex
from reader.library.filters import (
    EntityMatch,
    Filter,
    Ranked,
    annotated_counts,
    apply_filter,
    ids_by_state,
    noted_articles,
)
from reader.library.list_memory import filter_setting, saved_filter
from reader.library.triage import Triage
from reader.store import STATES, ArticleState, Store
from tests.library.triage_helpers import analysis, analysis_of, make_article, make_articles

BODIES = (
    "Pete Hegseth visited Iran on Monday.",
    "Officials in Iran denied it.",
    "Pete Hegseth spoke in Berlin.",
    "Nothing of note happened.",
)


@pytest.fixture
def triage(tmp_path: Path) -> Iterator[Triage]:
    articles = [make_article(f"T{n}", body, "/d/a.txt", n) for n, body in enumerate(BODIES)]
    articles.append(make_article("T1", BODIES[1], "/d/b.txt", 0))
    articles.append(make_article("B", "Only in dump b.", "/d/b.txt", 1))
    with Store(tmp_path / "store.json") as store:
        session = Triage(store, articles)
        analyses = {
            articles[0].id: analysis_of(BODIES[0], ("Pete Hegseth", "PERSON"), ("Iran", "GPE")),
            articles[1].id: analysis_of(BODIES[1], ("Iran", "GPE")),
            articles[2].id: analysis_of(BODIES[2], ("Pete Hegseth", "PERSON"), ("Berlin", "GPE")),
        }
        session.index_entities(analyses)
        yield session


def titles(triage: Triage, view_filter: Filter) -> list[str]:
    return [triage.library.get(a).title for a in triage.view(view_filter)]  # type: ignore[union-attr]


def test_default_filter_hides_discarded_and_a_flag_shows_them(triage: Triage) -> None:
    ids = triage.library.ids()
    triage.apply("discard", [ids[3]])
    assert titles(triage, Filter()) == ["T0", "T1", "T2", "B"]
    assert titles(triage, Filter().toggle_discarded()) == ["T0", "T1", "T2", "T3", "B"]
    assert titles(triage, Filter().toggle_state("discarded")) == ["T3"]


def test_states_combine_with_or(triage: Triage) -> None:
    ids = triage.library.ids()
    triage.apply("star", [ids[0]])
    triage.apply("keep", [ids[2]])
    both = Filter().toggle_state("starred").toggle_state("kept")
    assert titles(triage, both) == ["T0", "T2"]
    assert titles(triage, both.toggle_state("kept")) == ["T0"]
    assert titles(triage, Filter().toggle_state("new")) == ["T1", "T3", "B"]


def test_entity_filters_by_label_and_text_or_label_only_and_combine_with_and(
    triage: Triage,
) -> None:
    hegseth = EntityMatch("PERSON", "pete HEGSETH")
    assert titles(triage, Filter().toggle_entity(hegseth)) == ["T0", "T2"]
    assert titles(triage, Filter().toggle_entity(EntityMatch("GPE"))) == ["T0", "T1", "T2"]
    both = Filter().toggle_entity(hegseth).toggle_entity(EntityMatch("GPE", "Iran"))
    assert titles(triage, both) == ["T0"]
    assert titles(triage, both.toggle_entity(hegseth)) == ["T0", "T1"]
    assert titles(triage, Filter().toggle_entity(EntityMatch(None, "berlin"))) == ["T2"]


def test_tag_filter_needs_every_tag(triage: Triage) -> None:
    ids = triage.library.ids()
    first, second = triage.library.get(ids[0]), triage.library.get(ids[1])
    assert first is not None and second is not None
    triage.store.add_annotation(first.id, first.body, 0, 4, tags=["claim", "evidence"])
    triage.store.add_annotation(second.id, second.body, 0, 4, tags=["claim"])
    assert titles(triage, Filter().toggle_tag("claim")) == ["T0", "T1"]
    assert titles(triage, Filter().toggle_tag("claim").toggle_tag("evidence")) == ["T0"]
    assert titles(triage, Filter().toggle_tag("absent")) == []


def test_source_filter_lists_articles_found_in_any_chosen_dump(triage: Triage) -> None:
    only_b = Filter().toggle_source("/d/b.txt")
    assert titles(triage, only_b) == ["T1", "B"]
    assert titles(triage, only_b.toggle_source("/d/a.txt")) == ["T0", "T1", "T2", "T3", "B"]


def test_kinds_combine_and_the_result_stays_in_list_order(triage: Triage) -> None:
    view_filter = Filter().toggle_source("/d/a.txt").toggle_entity(EntityMatch("GPE"))
    triage.apply("discard", [triage.library.ids()[1]])
    assert titles(triage, view_filter) == ["T0", "T2"]
    assert titles(triage, view_filter.toggle_discarded()) == ["T0", "T1", "T2"]


def test_description_names_every_active_part() -> None:
    assert Filter().describe() == "all · discarded hidden"
    assert not Filter().active and not Filter().toggle_discarded().active
    view_filter = (
        Filter()
        .toggle_state("kept")
        .toggle_state("starred")
        .toggle_tag("claim")
        .toggle_entity(EntityMatch("PERSON", "Pete Hegseth"))
        .toggle_entity(EntityMatch("GPE"))
        .toggle_source("/d/b.txt")
    )
    assert view_filter.active
    assert view_filter.describe() == (
        "starred or kept · tag “claim” · PERSON “Pete Hegseth” · any GPE · dump b.txt"
    )
    assert Filter().toggle_discarded().describe() == "all · with discarded"
    assert Filter(tags=frozenset({"x\x1b[2J"})).describe().startswith("tag “x␛[2J”")
    assert view_filter.cleared() == Filter()


LABELS = ("PERSON", "GPE")
NAMES = ("Ann", "Bo", "Cy")


@given(
    facts=st.lists(
        st.tuples(
            st.sampled_from(STATES),
            st.sets(st.sampled_from(("t1", "t2"))),
            st.sampled_from(("/d/a.txt", "/d/b.txt")),
            st.sets(st.tuples(st.sampled_from(LABELS), st.sampled_from(NAMES))),
        ),
        max_size=12,
    ),
    states=st.sets(st.sampled_from(STATES)),
    show_discarded=st.booleans(),
    tags=st.sets(st.sampled_from(("t1", "t2", "t3"))),
    sources=st.sets(st.sampled_from(("/d/a.txt", "/d/b.txt"))),
    matches=st.lists(
        st.builds(
            EntityMatch,
            st.none() | st.sampled_from(LABELS),
            st.none() | st.sampled_from(NAMES),
        ),
        max_size=2,
        unique=True,
    ),
)
def test_apply_filter_agrees_with_a_plain_check_of_every_article(
    facts: list[tuple[ArticleState, set[str], str, set[tuple[str, str]]]],
    states: set[ArticleState],
    show_discarded: bool,
    tags: set[str],
    sources: set[str],
    matches: list[EntityMatch],
) -> None:
    articles = []
    entities = EntityIndex()
    for n, (_, _, source, mentions) in enumerate(facts):
        names = sorted(mentions)
        body = " ".join(name for _, name in names) + f" article {n}"
        article = make_article(f"T{n}", body, source, n)
        articles.append(article)
        spans, at = [], 0
        for label, name in names:
            spans.append(Entity(at, at + len(name), label))
            at += len(name) + 1
        entities.add(article.id, body, analysis(*spans))
    library = Library(articles)
    state_of = {a.id: f[0] for a, f in zip(articles, facts, strict=True)}
    tagged: dict[str, set[str]] = {}
    for article, fact in zip(articles, facts, strict=True):
        for tag in fact[1]:
            tagged.setdefault(tag, set()).add(article.id)
    view_filter = Filter(
        frozenset(states), show_discarded, frozenset(tags), frozenset(sources), tuple(matches)
    )

    def passes(article: Article, fact: tuple) -> bool:
        state, article_tags, source, mentions = fact
        state_ok = state in states if states else (show_discarded or state != "discarded")
        entity_ok = all(
            any((m.label in (None, lab)) and (m.text in (None, name)) for lab, name in mentions)
            for m in matches
        )
        return (
            state_ok and tags <= article_tags and (not sources or source in sources) and entity_ok
        )

    expected = [a.id for a, f in zip(articles, facts, strict=True) if passes(a, f)]
    in_state = ids_by_state(state_of)
    assert apply_filter(view_filter, library, in_state, tagged, entities) == expected
    backwards = library.ids()[::-1]  # a sort order: the filter keeps it, however few pass
    place = {article_id: n for n, article_id in enumerate(backwards)}
    order = Ranked(backwards, place.__getitem__)
    in_order = apply_filter(view_filter, library, in_state, tagged, entities, order=order)
    assert in_order == expected[::-1]


def test_the_notes_part_keeps_articles_with_a_note_and_counts_go_per_article(
    tmp_path: Path,
) -> None:
    first, second, third = make_articles(3)
    library = Library([first, second, third])
    with Store(tmp_path / "store.json") as store:
        store.add_annotation(first.id, first.body, 0, 4, ["claim"], note="check this")
        store.add_annotation(first.id, first.body, 5, 7, ["claim"])
        store.add_annotation(third.id, third.body, 0, 4, ["claim", "key"])
        store.add_annotation("elsewhere", "a closed dump's body", 0, 4, ["key"], note="x")
        annotations = store.annotations()
    noted = noted_articles(annotations)
    only_notes = Filter().toggle_notes()
    assert only_notes.active and "with notes" in only_notes.describe()
    assert apply_filter(only_notes, library, {}, {}, EntityIndex(), noted) == [first.id]
    assert only_notes.cleared() == Filter()
    assert annotated_counts(annotations, library) == ({"claim": 2, "key": 1}, 1)


def test_a_language_filter_shows_the_articles_in_any_language_picked(tmp_path: Path) -> None:
    """An analyst triaging dumps in eight languages had no way to list one of them."""
    made = [
        replace(make_article(f"T{n}", f"Body {n}.", "/d/a.txt", n), meta={"language": code})
        for n, code in enumerate(["de", "fr", "de", "en"])
    ]
    made.append(make_article("None", "No language read.", "/d/a.txt", 4))
    with Store(tmp_path / "store.json") as store:
        triage = Triage(store, made)
        assert list(triage.library.languages()) == ["de", "en", "fr"]  # most articles first
        german = Filter().toggle_language("de")
        assert german.active and titles(triage, german) == ["T0", "T2"]
        either = german.toggle_language("fr").toggle_tag("claim")
        assert either.describe() == "tag “claim” · language de or fr · discarded hidden"
        assert titles(triage, german.toggle_language("fr")) == ["T0", "T1", "T2"]
        assert titles(triage, german.toggle_language("de")) == [
            *(f"T{n}" for n in range(4)),
            "None",
        ]


def test_a_checked_filter_shows_the_work_done_or_the_work_left(triage: Triage) -> None:
    """An annotator building NLP data had no list of the articles still to check (`i`,
    then `c`), as Prodigy and doccano list the examples answered and not."""
    first, second = triage.library.articles[:2]
    triage.store.check_entities(first.id, first.body, [])
    triage.store.check_entities(second.id, second.body, [])
    triage.store.check_entities("not-open", "Gone.", [])
    assert triage.checked_count() == 2
    done = Filter().toggle_checked(True)
    assert done.active and titles(triage, done) == ["T0", "T1"]
    left = done.toggle_checked(False)
    assert titles(triage, left) == ["T2", "T3", "B"]
    assert titles(triage, left.toggle_checked(False)) == ["T0", "T1", "T2", "T3", "B"]
    assert left.toggle_state("new").describe() == "new · entities not checked"
    assert saved_filter(filter_setting(left), ()) == left
    assert saved_filter({"checked": "yes"}, ()) == Filter()
