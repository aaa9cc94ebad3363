from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.library import triage as triage_module
from reader.library.filters import Filter
from reader.library.ordering import sort_ids
from reader.library.stories import Stories
from reader.library.triage import ACTIONS, Action, Progress, Triage, target, transition
from reader.store import STATES, ArticleState, Store
from tests.library.triage_helpers import make_article, make_articles

TABLE: dict[Action, tuple[ArticleState, ...]] = {
    # from:     new          read         starred      kept         discarded
    "read": ("read", "read", "starred", "kept", "discarded"),
    "star": ("starred", "starred", "read", "starred", "starred"),
    "keep": ("kept", "kept", "kept", "read", "kept"),
    "discard": ("discarded", "discarded", "discarded", "discarded", "read"),
    "unread": ("new", "new", "new", "new", "new"),
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.json") as opened:
        yield opened


def session(store: Store, count: int = 6) -> Triage:
    return Triage(store, make_articles(count))


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("start", STATES)
def test_one_key_press_follows_the_table(store: Store, start: ArticleState, action: Action) -> None:
    triage = session(store, 1)
    (article_id,) = triage.library.ids()
    if start != "new":
        store.set_state(article_id, start)
        triage.reload()
    expected = TABLE[action][STATES.index(start)]
    assert transition(start, action) == expected
    triage.apply(action, [article_id])
    assert triage.state(article_id) == expected
    assert store.state(article_id) == expected


def test_a_toggle_on_a_set_turns_off_only_when_every_article_has_the_state() -> None:
    assert target("star", ["starred", "new"]) == "starred"
    assert target("star", ["starred", "starred"]) == "read"
    assert target("star", ["starred"], toggle=False) == "starred"


def test_a_count_is_one_undo_step_and_bulk_never_toggles(store: Store) -> None:
    triage = session(store)
    ids = triage.library.ids()
    change = triage.apply("discard", ids[:3])
    assert change is not None and change.state == "discarded" and len(change.article_ids) == 3
    assert triage.apply("discard", ids[:3], toggle=False) is None
    assert triage.progress().counts["discarded"] == 3
    assert triage.undo() is not None
    assert [triage.state(a) for a in ids[:3]] == ["new"] * 3
    assert triage.redo() is not None
    assert triage.state(ids[0]) == "discarded"


def test_bulk_on_a_filtered_view_changes_only_that_view(store: Store) -> None:
    triage = session(store)
    ids = triage.library.ids()
    triage.apply("star", ids[:2])
    starred = triage.view(Filter().toggle_state("starred"))
    change = triage.apply("keep", starred, toggle=False)
    assert change is not None and change.article_ids == tuple(ids[:2])
    assert triage.progress().counts["kept"] == 2
    triage.undo()
    assert [triage.state(a) for a in ids[:2]] == ["starred", "starred"]


def test_read_changes_only_new_articles_and_mark_read_reports_it(store: Store) -> None:
    triage = session(store)
    ids = triage.library.ids()
    triage.apply("star", [ids[0]])
    change = triage.apply("read", ids[:3])
    assert change is not None and change.article_ids == (ids[1], ids[2])
    assert triage.state(ids[0]) == "starred"
    assert not triage.mark_read(ids[1])
    assert triage.mark_read(ids[3])


def test_states_survive_a_restart(tmp_path: Path) -> None:
    articles = make_articles(3)
    with Store(tmp_path / "s.json") as store:
        triage = Triage(store, articles)
        triage.apply("star", [articles[0].id])
        triage.apply("discard", [articles[1].id])
    with Store(tmp_path / "s.json") as store:
        again = Triage(store, articles)
        assert [again.state(a.id) for a in articles] == ["starred", "discarded", "new"]
        assert again.view(Filter()) == [articles[0].id, articles[2].id]


def test_next_unread_goes_forward_from_the_current_article_and_wraps(store: Store) -> None:
    triage = session(store)
    ids = triage.library.ids()
    triage.apply("read", [ids[1]])
    triage.apply("discard", [ids[2]])
    assert triage.next_unread(None) == ids[0]
    assert triage.next_unread(ids[0]) == ids[3]
    assert triage.next_unread(ids[5]) == ids[0]
    assert triage.next_unread(ids[0], count=3) == ids[5]
    assert triage.next_unread(ids[0], count=99) == ids[5]
    assert triage.next_unread(ids[3], backwards=True) == ids[0]
    assert triage.next_unread(ids[0], backwards=True) == ids[5]
    assert triage.next_unread(None, backwards=True) == ids[5]


def test_next_unread_never_returns_the_current_article_and_ends_when_all_are_done(
    store: Store,
) -> None:
    triage = session(store, 3)
    ids = triage.library.ids()
    triage.apply("read", ids[:2])
    assert triage.next_unread(ids[2]) is None
    assert triage.next_unread(ids[0]) == ids[2]
    triage.apply("keep", [ids[2]])
    assert triage.next_unread(ids[0]) is None


def test_next_unread_stays_in_the_view_even_when_the_current_article_left_it(
    store: Store,
) -> None:
    triage = session(store)
    ids = triage.library.ids()
    view = [ids[0], ids[2], ids[4]]
    assert triage.next_unread(ids[0], view) == ids[2]
    assert triage.next_unread(ids[3], view) == ids[4]
    assert triage.next_unread(ids[3], view, backwards=True) == ids[2]
    assert triage.next_unread(ids[5], view) == ids[0]


def test_next_unread_spans_dumps_in_list_order(store: Store) -> None:
    first = make_articles(2, "/d/a.txt")
    second = [make_article(f"B{n}", f"Other body {n}.", "/d/b.txt", n) for n in range(2)]
    triage = Triage(store, first)
    assert triage.add(second).count == 2
    assert triage.next_unread(first[1].id) == second[0].id
    assert triage.next_unread(second[1].id) == first[0].id


def test_progress_counts_every_state_and_what_is_triaged(store: Store) -> None:
    triage = session(store, 5)
    ids = triage.library.ids()
    assert triage.progress().describe() == "triaged 0 of 5 articles"
    triage.apply("read", [ids[0]])
    triage.apply("star", [ids[1]])
    triage.apply("discard", [ids[2]])
    progress = triage.progress()
    assert progress.describe() == "triaged 3 of 5 articles"
    assert Progress(progress.counts, 12_345).describe() == "triaged 12,343 of 12,345 articles"
    assert dict(progress.counts) == {
        "new": 2,
        "read": 1,
        "starred": 1,
        "kept": 0,
        "discarded": 1,
    }
    assert progress.fraction == pytest.approx(0.6)
    assert triage.progress(ids[:2]).describe() == "triaged 2 of 2 articles"
    triage.apply("unread", ids)
    assert triage.progress().triaged == 0


def test_undo_of_an_annotation_keeps_states_in_step(store: Store) -> None:
    triage = session(store, 2)
    article = triage.library.articles[0]
    triage.apply("star", [article.id])
    store.add_annotation(article.id, article.body, 0, 4, tags=["claim"])
    assert triage.undo() is not None
    assert triage.state(article.id) == "starred"
    triage.undo()
    assert triage.state(article.id) == "new"


def test_undo_reads_back_only_the_states_it_moved(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    triage = session(store, 5)
    ids = triage.library.ids()
    triage.apply("discard", ids[:2])
    triage.apply("star", ids[1:4])

    def every_state() -> object:
        raise AssertionError("undo read every state")

    monkeypatch.setattr(store, "states", every_state)
    assert triage.undo() == "star 3 articles"
    assert triage.last_moved == set(ids[1:4])
    assert [triage.state(a) for a in ids] == ["discarded", "discarded", "new", "new", "new"]
    assert triage.progress().counts["discarded"] == 2 and triage.in_state("starred") == set()
    assert triage.redo() == "star 3 articles"
    assert [triage.state(a) for a in ids] == ["discarded", *["starred"] * 3, "new"]
    assert triage.in_state("discarded") == {ids[0]}
    assert triage.undo() and triage.undo() and triage.undo() is None
    assert triage.last_moved == frozenset() and triage.progress().triaged == 0


@settings(max_examples=40, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(ACTIONS), st.sets(st.integers(0, 3), min_size=1)),
        max_size=12,
    )
)
def test_the_cache_always_agrees_with_the_store(steps: list[tuple[Action, set[int]]]) -> None:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.json") as store:
        triage = session(store, 4)
        ids = triage.library.ids()
        for action, picks in steps:
            triage.apply(action, [ids[n] for n in sorted(picks)])
            assert {a: triage.state(a) for a in ids} == {a: store.state(a) for a in ids}
        while triage.undo() is not None:
            assert {a: triage.state(a) for a in ids} == {a: store.state(a) for a in ids}
        assert all(triage.state(a) == "new" for a in ids)


def test_an_automatic_read_mark_is_saved_but_is_no_undo_step_and_keeps_redo(
    store: Store,
) -> None:
    triage = session(store)
    ids = triage.library.ids()
    triage.apply("discard", [ids[0]])
    assert triage.mark_read(ids[1])  # the dwell, after the discard
    assert triage.undo() == "discard 1 article"  # not "mark 1 article read"
    assert triage.state(ids[1]) == "read"  # the mark stays, saved
    assert triage.mark_read(ids[2])  # the dwell, between undo and redo
    assert triage.redo() == "discard 1 article"
    assert [triage.state(a) for a in ids[:3]] == ["discarded", "read", "read"]
    assert {a: r.state for a, r in store.states().items()} == {
        ids[0]: "discarded",
        ids[1]: "read",
        ids[2]: "read",
    }


def test_undo_after_the_dump_was_edited_while_open_acts_on_the_article_shown(
    store: Store,
) -> None:
    """A star, then the dump edited while the app runs: the star goes to the edited text,
    and `u` takes it off there (review28: undo set the old id's state, and the article
    shown stayed starred); the old id keeps nothing to hand on again at the next start."""
    alpha = make_article("Alpha", "The zebra walked.", "/d/a.txt", 0)
    beta = make_article("Beta", "The yak ran.", "/d/a.txt", 1)
    triage = Triage(store, [alpha, beta])
    triage.apply("star", [alpha.id])
    edited = make_article("Alpha", "The zebra walked far.", "/d/a.txt", 0)
    triage.refresh("/d/a.txt", [edited, beta])
    assert triage.state(edited.id) == "starred"
    assert triage.undo() == "star 1 article"
    assert triage.state(edited.id) == store.state(edited.id) == "new"
    assert store.state(alpha.id) == "new"
    assert triage.redo() == "star 1 article"
    assert triage.state(edited.id) == store.state(edited.id) == "starred"


def test_articles_corrected_or_edited_away_are_no_longer_found(store: Store) -> None:
    alpha = make_article("Alpha", "The zebra walked.", "/d/a.txt", 0)
    beta = make_article("Beta", "The yak ran.", "/d/a.txt", 1)
    triage = Triage(store, [alpha, beta])
    edited = make_article("Alpha", "The zebra walked far.", "/d/a.txt", 0)
    triage.refresh("/d/a.txt", [edited, beta])  # the dump edited while the app runs
    assert [hit.article_id for hit in triage.search("zebra")] == [edited.id]
    retitled = make_article("Alpha, retitled", "The zebra walked far.", "/d/a.txt", 0)
    triage.replace_source("/d/a.txt", [retitled, beta])  # a correction of the dump
    assert [hit.article_id for hit in triage.search("zebra")] == [retitled.id]
    triage.replace_source("/d/a.txt", [edited, beta])  # the correction undone
    assert [hit.article_id for hit in triage.search("zebra")] == [edited.id]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["apply", "undo", "redo", "add", "refresh", "replace"]),
            st.sampled_from(ACTIONS),
            st.lists(st.integers(0, 9), max_size=3),
        ),
        max_size=12,
    )
)
def test_the_kept_tally_always_equals_a_count_over_every_open_article(
    steps: list[tuple[str, Action, list[int]]],
) -> None:
    """Progress and the per-state ids are kept by deltas; after any mix of keys, undo,
    redo, new dumps and edited dumps they equal counting every open article again."""
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.json") as store:
        triage = Triage(store, make_articles(6))
        for n, (step, action, picks) in enumerate(steps):
            ids = triage.library.ids()
            if step == "apply":
                triage.apply(action, [ids[p % len(ids)] for p in picks if ids])
            elif step == "undo":
                triage.undo()
            elif step == "redo":
                triage.redo()
            elif step == "add":
                triage.add([make_article(f"New {n}", f"added body {n}", "/dumps/b.txt", n)])
            elif step == "refresh":
                edited = [make_article("Title 0", f"edited body {n}")]
                triage.refresh("/dumps/a.txt", edited)
            else:
                kept = [a for a in triage.library if a.source == "/dumps/a.txt"][1:]
                triage.replace_source("/dumps/a.txt", kept)
            ids = triage.library.ids()
            counted = triage.progress(ids)
            assert triage.progress() == counted
            for state in STATES[1:]:
                assert triage.in_state(state) == {a for a in ids if triage.state(a) == state}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([*ACTIONS, "add", "undo"]), st.integers(0, 9)), max_size=12),
    st.sampled_from(
        [
            Filter(),
            Filter(show_discarded=True),
            Filter(states=frozenset({"new", "starred"})),
            Filter(sources=frozenset({"/dumps/b.txt"}), show_discarded=True),
        ]
    ),
    st.sampled_from([2, triage_module.STATE_MOVES]),
)
def test_the_order_by_state_worked_out_once_follows_every_change(
    steps: list[tuple[str, int]], view_filter: Filter, moves: int
) -> None:
    """Kept in step as states change (a key on up to four articles at once), or worked
    out afresh when more change than `STATE_MOVES`."""
    with (
        tempfile.TemporaryDirectory() as folder,
        Store(Path(folder) / "s.json") as store,
        patch.object(triage_module, "STATE_MOVES", moves),
    ):
        triage = session(store, 6)
        triage.order = "state"
        for step, n in steps:
            assert triage.view(view_filter) == by_state_afresh(triage, view_filter)
            if step == "add":
                triage.add([make_article(f"Added {n}", f"Body {n}.", "/dumps/b.txt", n)])
            elif step == "undo":
                triage.undo()
            else:
                ids = triage.library.ids()
                picked = ids[n % len(ids) :][: n % 4 + 1]
                triage.apply(step, picked)  # type: ignore[arg-type]
        assert triage.view(view_filter) == by_state_afresh(triage, view_filter)
        rank = triage.state_rank()
        ranks = [rank(a) for a in triage.view(view_filter)]
        assert ranks == sorted(set(ranks))


def by_state_afresh(triage: Triage, view_filter: Filter) -> list[str]:
    """The order by state sorted from the filtered list in dump order, as it was before
    the order was kept between changes."""
    triage.order = "dump"
    try:
        listed = triage.view(view_filter)
    finally:
        triage.order = "state"
    return sort_ids(listed, "state", triage.states(), triage.sort_keys)


@pytest.mark.parametrize("between", [None, "star", "discard", "add", "undo", "reload"])
def test_an_order_by_state_worked_out_ahead_is_kept_only_while_current(
    between: str | None,
) -> None:
    """Worked out from copies (in a thread, in the app), then kept on the list's thread
    unless a state or the library changed meanwhile: the list is in order either way."""
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.json") as store:
        triage = session(store, 6)
        triage.apply("keep", triage.library.ids()[1:3])
        work = triage.state_order_ahead()
        assert work is not None
        worked = work()
        if between == "add":
            triage.add([make_article("Added", "Body.", "/dumps/b.txt", 9)])
        elif between == "undo":
            triage.undo()
        elif between == "reload":
            triage.reload()
        elif between is not None:
            triage.apply(between, triage.library.ids()[4:5])  # type: ignore[arg-type]
        assert triage.keep_state_order(worked) is (between is None)
        triage.order = "state"
        assert triage.view(Filter()) == by_state_afresh(triage, Filter())
        if between is None:
            assert triage._by_state is not None and triage._by_state[1] is worked.ids
            assert triage.state_order_ahead() is None  # current: nothing to work out


def test_the_articles_with_work_are_those_with_a_state_a_note_an_edit_or_a_check(
    store: Store,
) -> None:
    """What leaving a dump tells of: any of the user's work on an article."""
    articles = make_articles(5)
    triage = Triage(store, articles)
    triage.apply("star", [articles[0].id])
    store.add_annotation(articles[1].id, articles[1].body, 0, 4, note="why")
    store.check_entities(articles[2].id, articles[2].body, [])
    store.set_entity(articles[3].id, articles[3].body, 0, 4, "ORG")
    assert triage.with_work(articles) == articles[:4]


@pytest.fixture
def ticking() -> Iterator[None]:
    """The store's clock a millisecond on at each reading: which decision came last is
    then never a tie of two keys pressed within one millisecond."""
    times = (f"2026-01-01T00:00:{n // 1000:02d}.{n % 1000:03d}Z" for n in itertools.count())
    with patch("reader.store.store.now_iso", side_effect=lambda: next(times)):
        yield


def test_a_story_is_in_the_state_of_its_last_decision_for_every_filter(
    store: Store, ticking: None
) -> None:
    """A story's reprint new beside its read first version: the header counted the story
    triaged, but the new filter listed the reprint (filters went article by article).
    Every state filter, the unread queue and `story_state` go by the story's state."""
    triage = session(store, 5)
    ids = [a.id for a in triage.library.articles]
    stories = Stories.of([[ids[1], ids[3]], [ids[2], ids[4]]])
    triage.apply("read", [ids[3]])
    triage.apply("star", [ids[2]])
    triage.apply("discard", [ids[4]])
    assert triage.story_progress(stories).counts["new"] == 1
    assert triage.view(Filter(states=frozenset({"new"})), stories) == [ids[0]]
    assert triage.view(Filter(states=frozenset({"read"})), stories) == [ids[1], ids[3]]
    assert triage.view(Filter(states=frozenset({"starred"})), stories) == []
    assert triage.view(Filter(), stories) == [ids[0], ids[1], ids[3]]
    assert triage.view(Filter(show_discarded=True), stories) == ids
    assert triage.story_state(ids[1], stories) == "read"
    assert triage.story_state(ids[2], stories) == "discarded"
    assert triage.next_unread(ids[0], stories=stories) is None
    assert triage.next_unread(ids[0]) == ids[1], "article by article without stories"


def test_a_read_version_never_hides_a_decision_on_another(store: Store, ticking: None) -> None:
    """The first version read, the reprint discarded (an import, or keys on one article):
    the story counted, filtered and searched as read, its discard hidden by a mere read.
    Of versions decided differently, the decision set last is the story's."""
    triage = session(store, 3)
    ids = [a.id for a in triage.library.articles]
    stories = Stories.of([[ids[0], ids[2]]])
    triage.apply("read", [ids[0]])
    triage.apply("discard", [ids[2]])
    assert triage.story_state(ids[0], stories) == "discarded"
    assert triage.story_progress(stories).counts == {
        "new": 1,
        "read": 0,
        "starred": 0,
        "kept": 0,
        "discarded": 1,
    }
    assert triage.view(Filter(), stories) == [ids[1]]
    assert triage.view(Filter(states=frozenset({"read"})), stories) == []
    assert {h.article_id for h in triage.search("state:discarded", stories=stories)} == {
        ids[0],
        ids[2],
    }
    triage.apply("keep", [ids[0]])
    assert triage.story_state(ids[2], stories) == "kept", "kept after the discard"
    triage.apply("star", [ids[2]])
    assert triage.story_state(ids[0], stories) == "starred"
    assert triage.story_progress(stories).counts["starred"] == 1
    triage.reload()
    assert triage.story_state(ids[0], stories) == "starred", "the times are the store's"


def test_a_toggle_on_a_whole_story_goes_by_the_state_its_row_shows(
    store: Store, ticking: None
) -> None:
    """`x` on a story shown discarded (its first version only read) discarded the read
    version too, so the row stayed discarded: the toggle never took the discard off."""
    triage = session(store, 2)
    ids = [a.id for a in triage.library.articles]
    stories = Stories.of([ids])
    triage.apply("read", [ids[0]])
    triage.apply("discard", [ids[1]])
    change = triage.apply("discard", ids, stories=stories)
    assert change is not None and change.state == "read"
    assert [triage.state(a) for a in ids] == ["read", "read"]
    assert triage.apply("discard", ids, stories=stories) is not None
    assert [triage.state(a) for a in ids] == ["discarded", "discarded"]


def test_a_state_field_in_a_search_goes_by_the_story_as_the_filter_does(store: Store) -> None:
    """`/ state:new` found a reprint whose story was read in its other version, which the
    list's new filter no longer lists."""
    triage = session(store, 4)
    ids = [a.id for a in triage.library.articles]
    stories = Stories.of([[ids[1], ids[3]]])
    triage.apply("read", [ids[1]])
    assert {h.article_id for h in triage.search("state:new", stories=stories)} == {ids[0], ids[2]}
    assert {h.article_id for h in triage.search("state:read", stories=stories)} == {ids[1], ids[3]}
    assert {h.article_id for h in triage.search("state:new")} == {ids[0], ids[2], ids[3]}
