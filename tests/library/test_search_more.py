"""Whole-word terms, notes and tags in search, and tagging every hit at once."""

from __future__ import annotations

import re
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.library import search as search_module
from reader.library.search import (
    Query,
    SearchIndex,
    annotation_text,
    matches_in,
    search_annotations,
    snippet,
)
from reader.library.tag_hits import apply_tag_plan, plan_tag_hits
from reader.library.triage import SearchRun, Triage
from reader.store import Store
from tests.library.triage_helpers import make_article

NIS = make_article("Spy agency", "The NIS said so. Tennis fans and the nisga'a; NIS again.")
TENNIS = make_article("Sport", "Tennis is played; tennis courts.")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.json") as opened:
        yield opened


@pytest.mark.parametrize("typed", [r"\<nis\>", r"\bNIS\b", "nis"])
def test_whole_word_terms_by_syntax_or_toggle(typed: str) -> None:
    query = Query.parse(typed, whole_words=typed == "nis")
    assert query.terms == ("nis",)
    assert query.whole == {"nis"}
    index = SearchIndex([NIS, TENNIS])
    assert [hit.article_id for hit in index.search(query)] == [NIS.id]
    starts = [NIS.body[s:e] for s, e in matches_in(NIS, query).body]
    assert starts == ["NIS", "NIS"]


def test_without_marks_a_term_is_found_inside_words() -> None:
    query = Query.parse("nis")
    assert not query.whole
    assert len(matches_in(NIS, query).body) == 4
    assert {hit.article_id for hit in SearchIndex([NIS, TENNIS]).search(query)} == {
        NIS.id,
        TENNIS.id,
    }


def test_a_quoted_phrase_can_be_whole_and_marks_alone_are_no_terms() -> None:
    query = Query.parse(r'\<"nis said"\> \< fans')
    assert query.terms == ("nis said", "fans")
    assert query.whole == {"nis said"}
    assert matches_in(NIS, Query.parse(r'\<"is said"\>')).body == ()


@given(st.text(alphabet="ab _-.", max_size=30), st.sampled_from(["a", "ab", "a_b", "b-a"]))
def test_whole_word_matches_are_exactly_those_a_regex_finds(text: str, term: str) -> None:
    query = Query.parse(f"\\<{term}\\>")
    found = [(s, e) for s, e in matches_in(make_article("t", text), query).body]
    pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")
    assert found == [m.span() for m in pattern.finditer(text)]


def test_notes_and_tags_are_searched_with_their_article(store: Store) -> None:
    triage = Triage(store, [NIS, TENNIS])
    noted = store.add_annotation(TENNIS.id, TENNIS.body, 0, 6, ["claim"], note="Ask the NIS")
    tagged = store.add_annotation(TENNIS.id, TENNIS.body, 18, 24, ["follow-up", "nis-watch"])
    hits = triage.search(Query.parse(r"\<nis\>"))
    assert [(h.article_id, h.field, h.annotation_id) for h in hits] == [
        (NIS.id, "body", None),
        (TENNIS.id, "note", noted.id),
        (TENNIS.id, "tag", tagged.id),
    ]
    note_hit, tag_hit = hits[1], hits[2]
    assert annotation_text(noted, "note")[note_hit.start : note_hit.end] == "NIS"
    assert annotation_text(tagged, "tag")[tag_hit.start : tag_hit.end] == "nis"
    piece = snippet(TENNIS, tag_hit, 40, annotation_text(tagged, "tag"))
    assert piece.text[piece.start : piece.end] == "nis"
    both = search_annotations(store.annotations(), "claim ask")
    assert [(h.field, h.annotation_id) for h in both] == [("note", noted.id)]
    assert search_annotations(store.annotations(), "claim tennis") == []


def test_tagging_every_hit_previews_then_takes_one_undo(store: Store) -> None:
    triage = Triage(store, [NIS, TENNIS, make_article("NIS chief", "Nothing here.")])
    query = Query.parse(r"\<nis\>")
    first = store.add_annotation(NIS.id, NIS.body, 4, 7, ["claim"])
    store.add_annotation(TENNIS.id, TENNIS.body, 0, 6, [], note="the NIS again")
    hits = triage.search(query)
    plan = plan_tag_hits(store, triage.library, query, hits, "claim")
    assert plan.count == 2  # the second NIS in the body, and the noted annotation
    assert plan.already == 1 and plan.in_titles == 1 and plan.articles == 2
    assert plan.describe().startswith("Tag 2 passages in 2 articles with “claim”?")
    assert "1 title matched" in plan.describe()
    before = len(store.annotations())
    assert apply_tag_plan(store, plan) == 2
    assert len(store.annotations()) == before + 1
    assert all("claim" in a.tags for a in store.annotations())
    assert store.annotation(first.id).tags == ("claim",)  # type: ignore[union-attr]
    assert store.undo() == "tag 2 passages “claim”"
    assert len(store.annotations()) == before
    assert [a.tags for a in store.annotations(TENNIS.id)] == [()]
    again = plan_tag_hits(store, triage.library, query, hits, "claim")
    assert apply_tag_plan(store, again) == 2
    nothing = plan_tag_hits(store, triage.library, query, triage.search(query), "claim")
    assert nothing.count == 0 and apply_tag_plan(store, nothing) == 0
    assert "has “claim” already" in nothing.why_nothing()


def test_a_tag_made_by_tagging_every_hit_takes_a_free_hotkey_as_the_picker_s_does(
    store: Store,
) -> None:
    """`ctrl+t` in the search dialog and `t` in the article offer the same picker; a tag
    typed new in the first came without a hotkey, so its passages could not be tagged with a
    digit like those of a tag made with `t` (review25, using the app)."""
    triage = Triage(store, [NIS])
    query = Query.parse(r"\<nis\>")
    plan = plan_tag_hits(store, triage.library, query, triage.search(query), "agency")
    assert apply_tag_plan(store, plan) == 2
    hotkeys = {tag.name: tag.hotkey for tag in store.tags()}
    assert hotkeys["agency"] == "6"  # a fresh store's tags have 1–5


def test_folded_notes_are_reused_until_the_store_changes(store: Store) -> None:
    triage = Triage(store, [NIS, TENNIS])
    noted = store.add_annotation(TENNIS.id, TENNIS.body, 0, 6, [], note="first thought")
    assert [h.annotation_id for h in triage.search("thought")] == [noted.id]
    revision = store.annotations_revision
    assert triage.search("second") == []
    assert store.annotations_revision == revision  # searching changes nothing
    store.set_states([NIS.id], "starred")
    assert store.annotations_revision == revision  # nor does a state
    store.update_annotation(noted.id, note="second thought")
    assert store.annotations_revision > revision
    assert [h.field for h in triage.search("second")] == ["note"]
    store.undo()
    assert triage.search("second") == []


@given(
    st.lists(
        st.tuples(st.text(alphabet="abÅ ", max_size=12), st.lists(st.sampled_from(["ab", "bå"]))),
        max_size=6,
    ),
    st.sampled_from(["a", "ab", "b a", "å", "ab bå"]),
)
def test_annotation_search_finds_what_a_plain_scan_finds(
    notes: list[tuple[str, list[str]]], typed: str
) -> None:
    from reader.store import Annotation

    annotations = [
        Annotation(f"n{n}", "art", 0, 1, "q", "", "", tuple(tags), note, "t", "t")
        for n, (note, tags) in enumerate(notes)
    ]
    query = Query.parse(typed)
    hits = search_annotations(annotations, query)
    expected = [
        a.id
        for a in annotations
        if (a.note or a.tags)
        and all(
            t in a.note.casefold().replace("å", "a") or t in ", ".join(a.tags).replace("å", "a")
            for t in query.terms
        )
    ]
    assert [h.annotation_id for h in hits] == expected
    for hit, annotation in zip(hits, annotations_by_id(annotations, hits), strict=True):
        shown = annotation_text(annotation, hit.field)[hit.start : hit.end]
        assert shown.casefold().replace("å", "a") in query.terms


def annotations_by_id(annotations: list, hits: list) -> list:  # type: ignore[type-arg]
    by_id = {a.id: a for a in annotations}
    return [by_id[h.annotation_id] for h in hits]


def test_results_follow_the_list_order(store: Store) -> None:
    triage = Triage(store, [NIS, TENNIS])
    assert [h.article_id for h in triage.search("tennis")] == [NIS.id, TENNIS.id]
    while triage.order != "title":
        triage.cycle_order()
    assert [h.article_id for h in triage.search("tennis")] == [TENNIS.id, NIS.id]  # Sport, Spy


def test_a_search_run_finds_hits_in_steps_and_ends_as_the_whole_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [make_article(f"T{n}", f"said body {n}", index=n) for n in range(7)]
    with Store(tmp_path / "store.json") as store:
        triage = Triage(store, articles)
        store.add_annotation(articles[2].id, articles[2].body, 0, 4, ["said"])
        monkeypatch.setattr(SearchRun, "BATCH", 2)
        run = triage.searching("said")
        assert not run.advance(0) and [h.article_id for h in run.hits] == [
            a.id for a in articles[:2]
        ]
        assert run.advance(None) and run.done
        assert run.hits == triage.search("said")
        assert [h.annotation_id is not None for h in run.hits].count(True) == 1


def test_a_search_run_looks_at_the_clock_between_batches_that_find_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "BATCH_ARTICLES", 2)
    articles = [make_article(f"T{n}", f"body {n}", index=n) for n in range(6)]
    articles.append(make_article("T6", "the rare word", index=6))
    with Store(tmp_path / "store.json") as store:
        run = Triage(store, articles).searching("rare")
        assert not run.advance(0) and run.hits == []  # one batch of two, then the clock
        assert run.advance(None) and [h.article_id for h in run.hits] == [articles[-1].id]
        assert run.advance(None)


def test_text_that_folds_by_case_is_searched_without_a_folded_copy() -> None:
    articles = [
        make_article(f"Title {n}", f"\u201cQuoted\u201d \u2014 body {n} " * 40, index=n)
        for n in range(300)
    ]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    index = SearchIndex(articles)
    index.prepare()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    text = sum(len(a.title) + len(a.body) for a in articles)
    assert held < text / 10
    (hit, *_) = index.search('"\u201cquoted\u201d \u2014 body 7"')
    assert articles[7].body[hit.start : hit.end] == "\u201cQuoted\u201d \u2014 body 7"


def test_a_held_index_finds_what_a_fresh_one_does_and_lets_its_text_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the dialog holds the index, each batch is lowered once, not at every key; the
    hits stay the same, articles added meanwhile are found, and `release` drops the text."""
    monkeypatch.setattr(search_module, "BATCH_ARTICLES", 2)
    court, late = make_article("Court", "The court don’t sit."), make_article("Late", "Tennis.")
    queries = ("tennis", "don't", "court", "nis")
    expected = {query: SearchIndex([NIS, TENNIS, court, late]).search(query) for query in queries}
    lowered: list[int] = []
    real = search_module._lowered_text
    monkeypatch.setattr(
        search_module, "_lowered_text", lambda part: lowered.append(1) or real(part)
    )
    index = SearchIndex([NIS, TENNIS, court])
    index.hold()
    for query in queries:
        assert index.search(query) == [h for h in expected[query] if h.article_id != late.id]
    assert len(lowered) == 2  # two batches, each lowered once over four queries
    index.add([late])
    assert index.search("tennis") == expected["tennis"]
    assert len(lowered) == 3  # the new batch only
    index.release()
    index.search("tennis")
    assert len(lowered) == 6  # nothing kept: every batch lowered again
