from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta, timezone
from pathlib import Path

import pytest

from reader.article import Article
from reader.library.articles import Library
from reader.library.entity_index import EntityIndex
from reader.library.stats import Series, article_day, charts, collect, said_days
from reader.store import StateRecord, Store
from tests.library.triage_helpers import analysis_of, make_article


def test_counts_cover_only_the_dumps_given(tmp_path: Path) -> None:
    a = make_article("A", "Iran and Iraq met Bob.", "/d/a.txt", 0)
    b = make_article("B", "Nothing here.", "/d/a.txt", 1)
    a_again = make_article("A", "Iran and Iraq met Bob.", "/d/b.txt", 0)
    outsider = make_article("X", "Not opened.", "/d/x.txt", 0)
    library = Library([a, b, a_again])
    with Store(tmp_path / "s.json") as store:
        store.set_state(a.id, "starred")
        store.set_state(outsider.id, "kept")
        store.add_annotation(a.id, a.body, 0, 4, tags=["claim", "place"])
        store.add_annotation(a.id, a.body, 9, 13, tags=["claim"])
        store.add_annotation(outsider.id, outsider.body, 0, 3, tags=["claim", "other"])
        states = {k: r.state for k, r in store.states().items()}
        annotations, tags = store.annotations(), [t.name for t in store.tags()]
    entities = EntityIndex()
    entities.add(
        a.id, a.body, analysis_of(a.body, ("Iran", "GPE"), ("Iraq", "GPE"), ("Bob", "PERSON"))
    )
    corrected, checked = [a.id, outsider.id], [outsider.id]  # the user's entity work
    stats = collect(library, states, annotations, tags, entities, "model-x", corrected, checked)
    assert (stats.articles, stats.shared, stats.analysed, stats.unanalysed) == (2, 1, 1, 1)
    assert stats.progress.describe() == "triaged 1 of 2 articles"
    counts = [(t.name, t.annotations, t.articles) for t in stats.tags]
    assert counts[:2] == [("claim", 2, 1), ("place", 1, 1)]
    assert ("other", 0, 0) in counts
    assert {t.name for t in stats.tags} == set(tags)
    document = stats.to_dict()
    assert document["states"] == {"new": 1, "read": 0, "starred": 1, "kept": 0, "discarded": 0}
    assert document["entities"] == {
        "model": "model-x",
        "analysed": 1,
        "unanalysed": 1,
        "corrected": 1,
        "checked": 0,
        "labels": {"GPE": {"mentions": 2, "articles": 1}, "PERSON": {"mentions": 1, "articles": 1}},
    }
    assert document["dumps"] == ["/d/a.txt", "/d/b.txt"]


# -- the charts: series over a store with known times ------------------------------------


def _dated(title: str, body: str, source: str, index: int, published: str) -> Article:
    article = make_article(title, body, source, index)
    return replace(article, meta={"published": published})


def _known_store(path: Path, a: Article, b: Article, c: Article) -> Store:
    """States and annotations with the times a user would have made them on two days."""
    store = Store(path)
    store.merge(
        states={
            a.id: StateRecord("kept", "2026-03-01T09:00:00.000Z"),
            b.id: StateRecord("discarded", "2026-03-01T23:30:00.000Z"),
            c.id: StateRecord("new", "2026-03-02T08:00:00.000Z"),
        }
    )
    made = [
        store.add_annotation(a.id, a.body, 0, 4, tags=["claim"]),
        store.add_annotation(a.id, a.body, 9, 13, tags=["claim", "place"]),
        store.add_annotation(b.id, b.body, 0, 4, tags=["place"]),
    ]
    times = ["2026-03-01T10:00:00.000Z", "2026-03-03T10:00:00.000Z", "2026-03-03T11:00:00.000Z"]
    store.merge(annotations=[replace(n, created=t) for n, t in zip(made, times, strict=True)])
    return store


def test_charts_count_per_dump_per_day_per_day_of_work_and_what_was_kept(tmp_path: Path) -> None:
    a = _dated("A", "Iran and Iraq met Bob in Tehran.", "/d/wire.txt", 0, "3 March 2025, 08:12")
    b = _dated("B", "Bob went home to Iraq.", "/d/wire.txt", 1, "March 3, 2025 Monday")
    c = _dated("C", "Nothing dated here.", "/d/web.txt", 0, "il y a 2 heures")
    a_again = replace(a, source="/d/web.txt")
    library = Library([a, b, c, a_again])
    entities = EntityIndex()
    entities.add(
        a.id,
        a.body,
        analysis_of(a.body, ("Iran", "GPE"), ("Iraq", "GPE"), ("Bob", "PERSON"), ("Tehran", "GPE")),
    )
    entities.add(b.id, b.body, analysis_of(b.body, ("Bob", "PERSON"), ("Iraq", "GPE")))
    with _known_store(tmp_path / "s.json", a, b, c) as store:
        states = {k: r.state for k, r in store.states().items()}
        found = charts(library, states, store.first_triaged(), store.annotations(), entities, UTC)
    assert found.per_dump == Series(("wire.txt", "web.txt"), (2, 2))
    assert found.per_day == Series(("2025-03-03",), (2,))
    assert (found.undated, found.total) == (1, 3)
    assert found.triaged_per_day == Series(("2026-03-01", "2026-03-03"), (2, 0))
    assert found.progress == Series(("2026-03-01", "2026-03-03"), (2, 2))
    assert found.annotations_per_day == Series(("2026-03-01", "2026-03-03"), (1, 2))
    assert found.tags == Series(("claim", "place"), (2, 2))
    assert found.kept_entities.labels == ("Bob", "Iran", "Iraq", "Tehran")
    assert found.to_dict()["progress"] == {"2026-03-01": 2, "2026-03-03": 2}


def test_days_are_counted_in_the_readers_time_zone(tmp_path: Path) -> None:
    a = make_article("A", "Iran and Iraq met Bob.", "/d/a.txt", 0)
    b = make_article("B", "Bob went home.", "/d/a.txt", 1)
    c = make_article("C", "Nothing.", "/d/a.txt", 2)
    library = Library([a, b, c])
    with _known_store(tmp_path / "s.json", a, b, c) as store:
        states = {k: r.state for k, r in store.states().items()}
        tokyo = timezone(timedelta(hours=9))
        found = charts(library, states, store.first_triaged(), [], EntityIndex(), tokyo)
    assert found.triaged_per_day == Series(("2026-03-01", "2026-03-02"), (1, 1))
    assert found.per_day == Series((), ())
    assert found.undated == 3


def test_a_first_triage_recorded_now_beats_the_last_change(tmp_path: Path) -> None:
    a = make_article("A", "Body.", "/d/a.txt", 0)
    with Store(tmp_path / "s.json") as store:
        store.set_state(a.id, "read")
        first = store.first_triaged()[a.id]
        store.merge(states={a.id: StateRecord("kept", "2030-01-01T00:00:00.000Z")})
        assert store.first_triaged()[a.id] == first
        found = charts(Library([a]), {a.id: "kept"}, store.first_triaged(), [], EntityIndex(), UTC)
    assert found.triaged_per_day.labels == (first[:10],)


@pytest.mark.parametrize(
    ("meta", "day"),
    [
        ({"published": "From Wikinews, 10 September 2026"}, "2026-09-10"),
        ({"published": "2015-06-19T23:15:00-02:00"}, "2015-06-20"),
        ({"published": "03/04/2025"}, None),
        ({"updated": "Updated 07 Nov 2025, 10:34 PM IST"}, "2025-11-07"),
        ({"published": "yesterday", "date": "2024-02-29"}, "2024-02-29"),
        ({"published": "March 2025"}, None),
        ({"dateline": "SEOUL, March 1 (Yonhap)"}, None),
        ({}, None),
    ],
)
def test_an_article_day_needs_a_whole_date(meta: dict[str, str], day: str | None) -> None:
    assert article_day(meta) == day


def test_days_are_said_with_their_month_named_and_their_year_when_they_span_years() -> None:
    """users38: "12-07" under a chart could be the 12th of July."""
    assert said_days(("2026-03-01", "2026-12-07")) == ("1 Mar", "7 Dec")
    assert said_days(("2025-12-31", "2026-01-01")) == ("31 Dec 2025", "1 Jan 2026")
    assert said_days(("undated",)) == ("undated",)
