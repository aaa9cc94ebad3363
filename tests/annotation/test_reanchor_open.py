"""Re-anchoring at start-up: only the open dumps' annotations are placed, and a vanished
article's annotations are searched for only in its own dump, and only while it is open."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from reader.annotation import reanchor as reanchor_module
from reader.annotation.anchoring import AnchorReport
from reader.annotation.corrections import apply_corrections, record, retitle
from reader.annotation.reanchor import describe_reanchoring, reanchor_open
from reader.article import Article, article_id
from reader.dumps.load import load_dump
from reader.store import Annotation, Store, context
from tests.conftest import SEED

KCNA = "KCNA said the two sides discussed expanding cooperation"
"""A passage of the seed dump's first article."""
STORY = "The council approved the new bridge on Tuesday after a long debate."


@pytest.fixture
def anchor_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The quote of every call the store makes to `anchor`, in order."""
    calls: list[str] = []
    real = reanchor_module.anchor

    def counting(body: str, quote: str, *args: object, **kwargs: object) -> object:
        calls.append(quote)
        return real(body, quote, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reanchor_module, "anchor", counting)
    return calls


@pytest.fixture
def dump_a(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    path = folder / "a.txt"
    shutil.copy(SEED, path)
    return path


def _jsonl_dump(path: Path, stories: list[tuple[str, str]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps({"title": t, "text": b}) + b"\n" for t, b in stories))
    return path


@pytest.fixture
def dump_b(tmp_path: Path) -> Path:
    return _jsonl_dump(
        tmp_path / "b.jsonl",
        [
            ("Bridge vote", STORY + " Work starts in spring."),
            ("Harbour", "The harbour reopened on Monday. Ferries run every hour."),
        ],
    )


def _annotate(store: Store, article: Article, text: str) -> Annotation:
    start = article.body.index(text)
    return store.add_annotation(article.id, article.body, start, start + len(text), tags=["key"])


def _edited(path: Path, edit: Callable[[str], str]) -> list[Article]:
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return load_dump(path)


def test_opening_one_dump_leaves_the_other_dumps_annotations_alone(
    tmp_path: Path, dump_a: Path, dump_b: Path, anchor_calls: list[str]
) -> None:
    a, b = load_dump(dump_a), load_dump(dump_b)
    path = tmp_path / "reader.json"
    with Store(path) as store:
        in_a = [_annotate(store, a[0], KCNA), _annotate(store, a[1], a[1].body[:30])]
        in_b = [_annotate(store, b[0], "new bridge"), _annotate(store, b[1], "harbour")]
        reanchor_open(store, [*a, *b])  # an earlier session with both dumps open
    before = path.read_bytes()
    anchor_calls.clear()
    with Store(path) as store:
        report = reanchor_open(store, b)
        assert report == AnchorReport(exact=2)
        assert sorted(anchor_calls) == sorted(n.quote for n in in_b)  # no adoption search
        assert [store.annotation(n.id) for n in in_a] == in_a  # not orphaned, not moved
        assert set(store.article_records()) == {a[0].id, a[1].id, b[0].id, b[1].id}
    assert path.read_bytes() == before  # nothing changed, nothing was written


def test_an_edited_article_keeps_its_annotations_under_its_new_id(
    tmp_path: Path, dump_a: Path
) -> None:
    path = tmp_path / "reader.json"
    with Store(path) as store:
        first = load_dump(dump_a)
        note = _annotate(store, first[0], KCNA)
        assert reanchor_open(store, first) == AnchorReport(exact=1)
    edited = _edited(dump_a, lambda text: text.replace("SEOUL: Senior", "SEOUL (AP): Senior", 1))
    assert edited[0].id != first[0].id and edited[1].id == first[1].id
    with Store(path) as store:
        report = reanchor_open(store, edited)
        assert report == AnchorReport(moved=1)
        moved = store.annotation(note.id)
        assert moved is not None and moved.article_id == edited[0].id and not moved.orphaned
        assert edited[0].body[moved.start : moved.end] == KCNA
        assert store.article_records()[edited[0].id].source == str(dump_a)


LEDE = "SEOUL: Senior North Korean and Russian military officials discussed"
"""The opening of the seed dump's first article: no text before it to anchor on."""


def _annotated_lede(path: Path, dump: Path) -> tuple[list[Article], Annotation]:
    """The dump's articles, its first article's lede annotated in the store at `path`."""
    with Store(path) as store:
        first = load_dump(dump)
        note = _annotate(store, first[0], LEDE)
        reanchor_open(store, first)
    return first, note


def test_a_passage_edited_in_its_own_article_is_found_again_approximately(
    tmp_path: Path, dump_a: Path
) -> None:
    """A word changed inside an annotated lede (no text before it to hold on to): the
    article with its title is the edited article, the passage's own, so the passage is
    looked for there approximately, as in an article whose text did not change; it was
    orphaned, approximate matches being taken only where the id stayed."""
    path = tmp_path / "reader.json"
    first, note = _annotated_lede(path, dump_a)
    edited = _edited(
        dump_a,
        lambda text: text.replace("military officials discussed", "army officials discussed", 1),
    )
    assert edited[0].title == first[0].title and edited[0].id != first[0].id
    with Store(path) as store:
        assert reanchor_open(store, edited) == AnchorReport(fuzzy=1)
        placed = store.annotation(note.id)
        assert placed is not None and placed.article_id == edited[0].id and not placed.orphaned
        assert placed.quote == LEDE.replace("military", "army")


def test_a_passage_is_looked_for_approximately_only_in_its_own_article(
    tmp_path: Path, dump_a: Path
) -> None:
    """Retitled as well as edited, the article is no longer told apart from any other of
    its dump: its passage is orphaned, never placed approximately in another article."""
    path = tmp_path / "reader.json"
    first, note = _annotated_lede(path, dump_a)

    def retitled(text: str) -> str:
        text = text.replace("military officials discussed", "army officials discussed", 1)
        return text.replace(first[0].title, "Talks in Pyongyang")

    edited = _edited(dump_a, retitled)
    assert edited[0].title != first[0].title
    with Store(path) as store:
        assert reanchor_open(store, edited) == AnchorReport(orphaned=1)
        orphan = store.annotation(note.id)
        assert orphan is not None and orphan.orphaned


def test_an_article_edited_while_reader_was_closed_keeps_its_state_under_its_new_id(
    tmp_path: Path, dump_a: Path
) -> None:
    """A star set on an article whose dump is then edited (the app closed) is found again
    at the next start, as it is when the app sees the edit, and only once; one the new
    article has of its own wins, and an article whose title changed has no successor here."""
    path = tmp_path / "reader.json"
    with Store(path) as store:
        first = load_dump(dump_a)
        store.remember(first)
        store.set_state(first[0].id, "starred")
        store.set_state(first[1].id, "kept")
    edited = _edited(
        dump_a,
        lambda text: text.replace("SEOUL: Senior", "SEOUL (AP): Senior", 1).replace(
            first[1].title, first[1].title + " (updated)", 1
        ),
    )
    assert edited[0].title == first[0].title and edited[0].id != first[0].id
    assert edited[1].title != first[1].title
    with Store(path) as store:
        report = reanchor_open(store, edited)
        assert report.states == 1
        assert store.state(edited[0].id) == "starred"
        assert store.state(edited[1].id) == "new"  # no title to match: left, not guessed
        assert store.state(first[0].id) == "new"  # moved, so moved once
        store.set_state(edited[0].id, "new")  # the user marks it unread: that holds
        store.set_state(first[1].id, "read")
        store.set_state(edited[1].id, "discarded")
    with Store(path) as store:
        assert reanchor_open(store, edited).states == 0
        assert store.state(edited[0].id) == "new"
        assert store.state(edited[1].id) == "discarded"  # its own state wins over the carry


def test_undo_after_a_dump_was_edited_takes_back_the_star_on_the_article_shown(
    tmp_path: Path, dump_a: Path
) -> None:
    """The last step was a star; the dump is then edited with reader closed and the star
    carried to the article's new id. `u` at the next start says "star 1 article": it
    takes the star off that article, and `ctrl+r` puts it back (review28: both acted on
    the old id, no longer listed, and the article shown stayed starred)."""
    path = tmp_path / "reader.json"
    with Store(path) as store:
        first = load_dump(dump_a)
        store.remember(first)
        store.set_state(first[0].id, "read")
        store.set_state(first[0].id, "starred")
    edited = _edited(dump_a, lambda text: text.replace("SEOUL: Senior", "SEOUL (AP): Senior", 1))
    with Store(path) as store:
        assert reanchor_open(store, edited).states == 1
        assert store.undo() == "star 1 article"
        assert store.state(edited[0].id) == "read"
        assert store.moved_states() == {edited[0].id}
        assert store.redo() == "star 1 article"
        assert store.state(edited[0].id) == "starred"
        assert store.state(first[0].id) == "new"


def test_a_checked_article_edited_in_its_dump_is_told_until_it_is_checked_again(
    tmp_path: Path, dump_a: Path
) -> None:
    """A check says the entities of that text are all there are: an edit may add a name, so
    the check is not carried, but the edited article is told (each start) until checked."""
    path = tmp_path / "reader.json"
    with Store(path) as store:
        first = load_dump(dump_a)
        store.remember(first)
        store.check_entities(first[0].id, first[0].body, [])
        store.check_entities(first[1].id, first[1].body, [])
        assert reanchor_open(store, first).rechecks == 0
    edited = _edited(dump_a, lambda text: text.replace("SEOUL: Senior", "SEOUL (AP): Senior", 1))
    with Store(path) as store:
        report = reanchor_open(store, edited)
        assert report.rechecks == 1 and edited[0].id not in store.checked()
        assert describe_reanchoring(report) == (
            "1 checked article was edited: check its entities again (i, then c)"
        )
        assert reanchor_open(store, edited).rechecks == 1
        store.check_entities(edited[0].id, edited[0].body, [])
        assert reanchor_open(store, edited).rechecks == 0


def test_a_workspace_moved_as_a_whole_keeps_its_annotations_and_corrections(
    tmp_path: Path,
) -> None:
    """The store names dumps relative to the workspace: moved elsewhere (and a dump then
    edited), the annotations still follow their article and the corrections still apply."""
    old, new = tmp_path / "old", tmp_path / "new"
    (old / "seeds").mkdir(parents=True)
    shutil.copy(SEED, old / "seeds" / "a.txt")
    store_path = Path("annotations") / "reader.json"
    with Store(old / store_path) as store:  # the workspace: the folder holding annotations/
        first = load_dump(old / "seeds" / "a.txt")
        note = _annotate(store, first[0], KCNA)
        record(store, first, retitle(first[1], "Renamed by hand"))
        reanchor_open(store, first)
    assert str(old) not in (old / store_path).read_text(encoding="utf-8")
    old.rename(new)
    edited = _edited(
        new / "seeds" / "a.txt", lambda text: text.replace("SEOUL: Senior", "SEOUL (AP): Senior", 1)
    )
    with Store(new / store_path) as store:
        corrected = apply_corrections(edited, store.article_corrections())
        assert corrected.stale == () and len(corrected.applied) == 1
        assert corrected.articles[1].title == "Renamed by hand"
        assert reanchor_open(store, corrected.articles) == AnchorReport(moved=1)
        moved = store.annotation(note.id)
        assert moved is not None and not moved.orphaned
        assert moved.article_id == corrected.articles[0].id != first[0].id
        assert store.article_records()[moved.article_id].source == str(new / "seeds" / "a.txt")


def test_a_vanished_articles_annotations_look_only_in_their_own_dump(
    tmp_path: Path, dump_a: Path, anchor_calls: list[str]
) -> None:
    """Dump C holds the very sentence that was annotated in dump B's article, which
    then lost it: the annotation is an orphan of B, not a stray in C."""
    dump_c = _jsonl_dump(tmp_path / "c.jsonl", [("Digest", "In brief. " + STORY)])
    dump_b = _jsonl_dump(tmp_path / "b.jsonl", [("Bridge vote", STORY)])
    path = tmp_path / "reader.json"
    with Store(path) as store:
        note = _annotate(store, load_dump(dump_b)[0], "approved the new bridge")
        reanchor_open(store, [*load_dump(dump_a), *load_dump(dump_b), *load_dump(dump_c)])
    rewritten = _edited(dump_b, lambda _text: '{"title": "Bridge vote", "text": "Vote put off."}')
    opened = [*load_dump(dump_a), *rewritten, *load_dump(dump_c)]
    anchor_calls.clear()
    with Store(path) as store:
        assert reanchor_open(store, opened) == AnchorReport(orphaned=1)
        # one candidate, B's only article: verbatim, then approximately (it is B's article
        # "Bridge vote" edited)
        assert anchor_calls == [note.quote, note.quote]
        lost = store.annotation(note.id)
        assert lost is not None and lost.orphaned and lost.article_id == note.article_id


def test_annotations_of_unknown_provenance_are_untouched_until_their_article_is_seen(
    tmp_path: Path, dump_a: Path, dump_b: Path, anchor_calls: list[str]
) -> None:
    """A store from before records were kept: no dump is known for its annotations."""
    a, b = load_dump(dump_a), load_dump(dump_b)
    with Store(tmp_path / "reader.json") as store:
        old = _annotate(store, a[0], KCNA)
        gone = store.add_annotation("0123456789abcdef", "Text of an edited article.", 0, 4)
        assert store.article_records() == {}
        assert reanchor_open(store, b) == AnchorReport()
        assert anchor_calls == []
        assert store.annotation(old.id) == old and store.annotation(gone.id) == gone
        assert reanchor_open(store, a) == AnchorReport(exact=1)
        assert set(store.article_records()) == {a[0].id}
        assert store.annotation(gone.id) == gone  # still nobody knows its dump


def _synthetic(source: str, count: int) -> list[Article]:
    articles = []
    for number in range(count):
        title = f"{source} story {number}"
        body = f"Story {number} of {source}. The committee met on day {number} to decide."
        articles.append(Article(article_id(title, body), source, number, title, body))
    return articles


def _noted(article: Article) -> Annotation:
    start = article.body.index("The committee")
    quote, prefix, suffix = context(article.body, start, start + 13)
    at = "2025-01-01T00:00:00.000Z"
    return Annotation(
        f"n-{article.id}", article.id, start, start + 13, quote, prefix, suffix, (), "x", at, at
    )


def test_opening_a_big_dump_does_no_work_for_another_dumps_annotations(
    tmp_path: Path, anchor_calls: list[str]
) -> None:
    """2,000 annotations in dump A, dump B with 2,000 articles open alone: before records
    were kept, every one was searched for in every article (4,000,000 anchor calls)."""
    a = _synthetic(str(tmp_path / "a.txt"), 2000)
    b = _synthetic(str(tmp_path / "b.txt"), 2000)
    notes = [_noted(article) for article in a]
    with Store(tmp_path / "reader.json") as store:
        store.merge(notes)
        store.remember(a)
        assert len(store.article_records()) == 2000
        assert reanchor_open(store, b) == AnchorReport()
        assert anchor_calls == []
        assert store.annotations() == sorted(notes, key=lambda n: (n.article_id, n.start))
        assert reanchor_open(store, [*a, *b]) == AnchorReport(exact=2000)
        assert len(anchor_calls) == 2000  # one per annotation: nothing vanished


def test_an_edited_articles_passage_stays_in_it_when_another_article_holds_it_too(
    tmp_path: Path,
) -> None:
    """A name the user labelled and tagged, in an article edited while reader was closed
    ("Toyota" became "Toyota Motor"): the article with its title still holds the name, so
    the label and the tag stay there; another article of the dump where the name stands
    in words more like the old ones ("analysts at Toyota said that") never takes them
    (review28: a PERSON label moved to another article, out of the one the user checked)."""
    dump = _jsonl_dump(
        tmp_path / "wire.jsonl",
        [
            ("Ceasefire", "Analysts at Toyota said that a ceasefire could cost 1463 jobs."),
            ("Trade", "Earlier, analysts at Toyota said that trade talks could cost jobs."),
        ],
    )
    path = tmp_path / "reader.json"
    first = load_dump(dump)
    with Store(path) as store:
        note = _annotate(store, first[0], "Toyota")
        store.set_entity(first[0].id, first[0].body, 12, 18, "PERSON")
        reanchor_open(store, first)
    edited = _edited(
        dump, lambda text: text.replace("at Toyota said that a", "at Toyota Motor said that a")
    )
    assert edited[0].title == first[0].title and edited[0].id != first[0].id
    assert edited[1].id == first[1].id
    with Store(path) as store:
        reanchor_open(store, edited)
        placed = store.annotation(note.id)
        assert placed is not None and placed.article_id == edited[0].id
        assert (placed.start, placed.end) == (12, 18)
        assert [(e.start, e.end, e.label) for e in store.entity_edits(edited[0].id)] == [
            (12, 18, "PERSON")
        ]
        assert store.entity_edits(edited[1].id) == [] and store.annotations(edited[1].id) == []
