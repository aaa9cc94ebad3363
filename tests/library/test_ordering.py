from __future__ import annotations

import functools
import gc
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.article import Article
from reader.library import ordering
from reader.library.articles import Library
from reader.library.dates import article_date, meta_date, parse_date
from reader.library.filters import Filter
from reader.library.ordering import (
    SORT_ORDERS,
    SortKeys,
    StateRank,
    as_order,
    describe,
    next_order,
    sort_ids,
)
from reader.library.triage import Triage
from reader.store import STATES, Store
from tests.library.triage_helpers import make_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-03", datetime(2025, 3, 3)),
        ("2015-06-19T02:15:00+02:00", datetime(2015, 6, 19, 0, 15)),
        ('"2012-11-10 08:14"', datetime(2012, 11, 10, 8, 14)),
        ("Published On 3 Mar 2025", datetime(2025, 3, 3)),
        ("Updated 9:14 AM EST, Mon March 3, 2025", datetime(2025, 3, 3, 9, 14)),
        ("Feb. 28, 2025, 9:03 p.m. ET", datetime(2025, 2, 28, 21, 3)),
        ("Updated 20 August 2025", datetime(2025, 8, 20)),
        ("Published January 1, 2015 at 12:28 a.m.", datetime(2015, 1, 1, 0, 28)),
        ("Sept 4 2024", datetime(2024, 9, 4)),
        ("2 hours ago", None),
        ("Updated at 16.52 GMT", None),
        ("03/04/2025", None),
        ("Mayor 3, 2025", None),
        ("2025-02-30", None),
        ("31 June 2025", None),
        ("", None),
    ],
)
def test_dates_are_read_as_written_or_not_at_all(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL, March 1 (Reuters)", datetime(2026, 3, 1)),
        ("LONDON, March 28 (Reuters)", datetime(2025, 3, 28)),
        ("Jan. 5", datetime(2026, 1, 5)),
        ("1 March", datetime(2026, 3, 1)),
        ("Feb 29", datetime(2024, 2, 29)),
        ("Mar 2025", None),
        ("March 2025 edition", None),
    ],
)
def test_a_day_without_a_year_is_the_last_such_day_up_to_today(
    text: str, expected: datetime | None
) -> None:
    assert parse_date(text, date(2026, 3, 10)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 juillet 2012.", datetime(2012, 7, 30)),
        ("Publié le 1er août 2012 à 14:05", datetime(2012, 8, 1, 14, 5)),
        ("3. Okt. 2012", datetime(2012, 10, 3)),
        ("Am 14. März 2013 um 9:30 Uhr", datetime(2013, 3, 14, 9, 30)),
        ("Jänner 2, 2014", datetime(2014, 1, 2)),
        ("giovedì 3 luglio 2014", datetime(2014, 7, 3)),
        ("3 de julho de 2012", datetime(2012, 7, 3)),
        ("15 de septiembre de 2019", datetime(2019, 9, 15)),
        ("3 ago 2012", datetime(2012, 8, 3)),
        ("20 juli 2012 vrijdag", datetime(2012, 7, 20)),
        ("12 dic. 2020", datetime(2020, 12, 12)),
        ("3 jui 2012", None),  # juin or juillet
        ("3 marco 2012", datetime(2012, 3, 3)),  # março, as typed without a cedilla
        ("1º de julho de 2012", datetime(2012, 7, 1)),
        ("12 personnes 2012, 4 mai 2012", datetime(2012, 5, 4)),
    ],
)
def test_dates_are_read_in_the_languages_the_splitter_reads(
    text: str, expected: datetime | None
) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS, 3 juillet (AFP)", datetime(2025, 7, 3)),
        ("ROMA, 5 marzo", datetime(2026, 3, 5)),
        ("updated 2 out of 3 times", None),
        ("3 ago", None),
    ],
)
def test_a_foreign_day_without_a_year_is_read_by_its_whole_month_name(
    text: str, expected: datetime | None
) -> None:
    assert parse_date(text, date(2026, 3, 10)) == expected


def test_the_first_readable_meta_field_wins() -> None:
    assert meta_date({"published": "1 May 2024", "updated": "2 May 2024"}) == datetime(2024, 5, 2)
    assert meta_date({"updated": "an hour ago", "saved": "2024-05-01"}) == datetime(2024, 5, 1)
    assert meta_date({"byline": "1 May 2024"}) is None


def dated(title: str, index: int, when: str | None) -> Article:
    article = make_article(title, f"Body {title}.", index=index)
    return replace(article, meta={"updated": when} if when else {})


ARTICLES = [
    dated("Charlie", 0, "2 March 2025"),
    dated("alpha", 1, None),
    dated("Bravo", 2, "2025-03-05"),
    dated("Élan", 3, "2 March 2025"),
    dated("delta", 4, "1 March 2025"),
    dated("echo", 5, "two days ago"),
]


def titles(ids: list[str], library: Library) -> list[str]:
    return [library.get(a).title for a in ids]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("dump", ["Charlie", "alpha", "Bravo", "Élan", "delta", "echo"]),
        ("newest", ["Bravo", "Charlie", "Élan", "delta", "alpha", "echo"]),
        ("oldest", ["delta", "Charlie", "Élan", "Bravo", "alpha", "echo"]),
        ("title", ["alpha", "Bravo", "Charlie", "delta", "echo", "Élan"]),
    ],
)
def test_orders_are_stable_and_undated_articles_go_last(order: str, expected: list[str]) -> None:
    library = Library(ARTICLES)
    ids = sort_ids(library.ids(), as_order(order), {}, SortKeys(library))
    assert titles(ids, library) == expected


def test_state_order_lists_new_first_then_by_state_keeping_dump_order() -> None:
    library = Library(ARTICLES)
    ids = library.ids()
    states = {ids[0]: "discarded", ids[2]: "starred", ids[3]: "read"}
    ordered = sort_ids(ids, "state", states, SortKeys(library))  # type: ignore[arg-type]
    assert titles(ordered, library) == ["alpha", "delta", "echo", "Élan", "Bravo", "Charlie"]


@given(st.lists(st.sampled_from(STATES), min_size=6, max_size=6))
def test_the_state_rank_grows_along_the_order_by_state_as_it_was_sorted(states: list[str]) -> None:
    library = Library(ARTICLES)
    ids = library.ids()
    held = {a: state for a, state in zip(ids, states, strict=True) if state != "new"}
    ordered = sort_ids(ids, "state", held, SortKeys(library))  # type: ignore[arg-type]
    rank = StateRank(held, library.position)  # type: ignore[arg-type]
    held[ordered[0]] = "discarded"  # a later key: the rank keeps the states it was made with
    ranks = [rank(a) for a in ordered]
    assert ranks == sorted(set(ranks))


def test_dates_are_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    library = Library(ARTICLES)
    dates = SortKeys(library)
    first = library.ids()[0]
    assert dates.date(first) == article_date(ARTICLES[0]) == datetime(2025, 3, 2)
    read: list[str] = []
    monkeypatch.setattr(ordering, "article_date", lambda a, *_, **__: read.append(a.id))
    assert dates.date(first) == datetime(2025, 3, 2) and read == []
    assert dates.date("no such id") is None
    assert dates.title(library.ids()[3]) == (False, "elan")


def test_the_keys_keep_one_object_a_date_and_no_title_lowering_folds() -> None:
    library = Library(ARTICLES)
    keys = SortKeys(library)
    while not (keys.prepare("newest", 1.0) and keys.prepare("title", 1.0)):
        pass
    charlie, elan = library.ids()[0], library.ids()[3]
    assert keys.date(charlie) == keys.date(elan) and keys.date(charlie) is keys.date(elan)
    assert keys._titles == {elan: "elan"}  # the others are lowered when sorted
    assert [keys.title(a) for a in library.ids()[:2]] == [(False, "charlie"), (False, "alpha")]


def test_the_cycle_visits_every_order_and_wraps() -> None:
    seen = ["dump"]
    while (following := next_order(seen[-1])) != "dump":  # type: ignore[arg-type]
        seen.append(following)
    assert tuple(seen) == SORT_ORDERS
    assert [describe(o) for o in SORT_ORDERS][:3] == ["dump order", "newest first", "oldest first"]
    assert as_order("sideways") == as_order(None) == "dump"


def test_the_order_is_kept_in_the_store_across_sessions(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    with Store(path) as store:
        triage = Triage(store, ARTICLES)
        assert triage.order == "dump"
        assert triage.cycle_order() == "newest"
        assert titles(triage.view(Filter()), triage.library)[0] == "Bravo"
        undo_label = store.undo()
    assert undo_label is None  # a view setting is no undo step
    with Store(path) as store:
        triage = Triage(store, ARTICLES)
        assert triage.order == "newest"
        assert titles(triage.view(Filter()), triage.library)[-2:] == ["alpha", "echo"]


def test_a_read_only_store_keeps_the_order_for_the_session_only(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    Store(path).close()
    with Store(path, read_only=True) as store:
        store.put_setting("sort", "title")
        assert store.setting("sort") == "title"
    with Store(path) as store:
        assert store.setting("sort") is None


def test_a_yearless_day_takes_its_year_from_the_dump_then_the_library() -> None:
    def wire(title: str, source: str, meta: dict[str, str]) -> Article:
        return replace(make_article(title, f"Body {title}.", source), meta=meta)

    library = Library(
        [
            wire("a", "/wire.txt", {"published": "20 December 2024"}),
            wire("b", "/wire.txt", {"dateline": "SEOUL, Dec 24 (Reuters)"}),  # a few days on
            wire("c", "/wire.txt", {"dateline": "SEOUL, March 1 (Reuters)"}),
            wire("d", "/web.txt", {"dateline": "PARIS, June 2"}),
            wire("e", "/web.txt", {"updated": "1 June 2023"}),
            wire("f", "/old.txt", {"dateline": "ROME, Jan 3"}),
        ]
    )
    dates = SortKeys(library)
    found = [dates.date(a) for a in library.ids()]
    assert found == [
        datetime(2024, 12, 20),
        datetime(2024, 12, 24),
        datetime(2024, 3, 1),
        datetime(2023, 6, 2),  # a day after the dump's latest: within the slack
        datetime(2023, 6, 1),
        datetime(2024, 1, 3),  # no whole date in its dump: the library's latest
    ]


@pytest.mark.parametrize("order", ["newest", "oldest", "title"])
def test_a_ranked_order_follows_the_library_and_sorts_any_subset_as_a_keyed_sort_would(
    order: str,
) -> None:
    library = Library(ARTICLES[:4])
    keys = SortKeys(library)
    sort_order = as_order(order)
    assert not keys.ready(sort_order)
    first = keys.ranked(sort_order)
    assert keys.ready(sort_order) and keys.ranked(sort_order) is first
    gc.collect()  # kept as long as the library: never walked again by the collector
    assert not gc.is_tracked(first)
    library.add(ARTICLES[4:])
    assert not keys.ready(sort_order)
    every = library.ids()
    whole = sort_ids(every, sort_order, {}, keys)
    assert whole == sort_ids(every, sort_order, {}, SortKeys(library)) and len(whole) == 6
    subset = [*every[1::2], "not open"]
    in_whole = [a for a in whole if a in subset]
    assert sort_ids(subset, sort_order, {}, keys) == [*in_whole, "not open"]


@settings(max_examples=30, deadline=None)
@given(
    days=st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=1, max_size=12),
    seconds=st.integers(0, 2),
)
def test_a_date_order_sorted_in_one_array_is_the_stable_keyed_sort(
    days: list[int | None], seconds: int
) -> None:
    articles = [
        dated(f"T{n}", n, None if day is None else f"2025-03-0{day}T00:00:0{seconds}")
        for n, day in enumerate(days)
    ]
    library = Library(articles)
    keys = SortKeys(library)
    ids = library.ids()
    for order, newest in (("newest", True), ("oldest", False)):
        dated_ids = [a for a in ids if keys.date(a) is not None]
        expected = sorted(dated_ids, key=keys.date, reverse=newest)  # type: ignore[arg-type]
        expected += [a for a in ids if keys.date(a) is None]
        ranked = keys.ranked(as_order(order))
        assert list(ranked) == expected
        assert [keys.place(as_order(order))[a] for a in ranked] == list(range(len(ids)))


def test_prepared_a_step_at_a_time_an_order_is_the_one_sorted_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ordering, "BREATH", 7)  # the title sort's runs, the passes' breaths
    written = ["2024-12-30", "March 3", "no date", "1 March 2025", "Dec 31", None]
    articles = [
        replace(
            make_article(f"{'abc'[n % 3]} {n % 5}", f"Body {n}.", f"/d/{n % 2}.txt", n),
            meta={"updated": when} if (when := written[n % 6]) else {},
        )
        for n in range(150)
    ]
    for order in ("newest", "oldest", "title"):
        keys, steps = SortKeys(Library(articles)), 1
        while not keys.prepare(as_order(order), 0.0):  # 64 articles a step at most
            steps += 1
        assert steps > 2 and not keys.ready(as_order(order))
        breaths: list[None] = []  # a thread sleeps in each, letting the UI's keys in
        ranked = keys.ranked(as_order(order), functools.partial(breaths.append, None))
        assert ranked == SortKeys(Library(articles)).ranked(as_order(order))
        assert len(breaths) >= 3 * (150 // 7)  # each pass over the articles, 7 at a time
        assert keys.place(as_order(order)) == {a: n for n, a in enumerate(ranked)}
        library = Library(articles)
        expected = sorted(library.ids(), key=SortKeys(library).title)
        if order == "title":
            assert list(keys.ranked("title")) == expected
