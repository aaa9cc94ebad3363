from __future__ import annotations

import queue
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import corpus
from reader.dumps.inbox import Inbox, InboxError, InboxEvent, file_signature
from reader.dumps.load import split_text
from reader.library.articles import Library

WAIT = 60.0
"""How long a test waits for an event before failing: a hang, not a slow machine (the
design target is 2 s)."""


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


def collect(events: queue.Queue[InboxEvent], quiet: float) -> list[InboxEvent]:
    """Every event until none arrives for `quiet` seconds."""
    found: list[InboxEvent] = []
    try:
        while True:
            found.append(events.get(timeout=quiet))
    except queue.Empty:
        return found


@pytest.fixture
def events() -> queue.Queue[InboxEvent]:
    return queue.Queue()


@pytest.fixture
def inbox(seeds: Path, events: queue.Queue[InboxEvent]) -> Iterator[Inbox]:
    with Inbox(seeds, events.put) as watching:
        yield watching


def test_a_new_dump_is_reported_whole(
    seeds: Path, inbox: Inbox, events: queue.Queue[InboxEvent]
) -> None:
    text = corpus.dump(4, seed=1)
    (seeds / "new.txt").write_text(text, encoding="utf-8")
    event = events.get(timeout=WAIT)
    assert event.path == seeds / "new.txt"
    assert event.error is None and not event.grown
    expected = split_text(text, str(seeds / "new.txt"))
    assert [a.id for a in event.articles] == [a.id for a in expected]
    assert {a.source for a in event.articles} == {str(seeds / "new.txt")}


def test_a_file_written_in_two_parts_yields_only_whole_articles(
    seeds: Path, inbox: Inbox, events: queue.Queue[InboxEvent]
) -> None:
    text = corpus.dump(4, seed=2)
    whole = {a.id for a in split_text(text)}
    cut = _mid_article_cut(text, whole)
    path = seeds / "growing.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write(text[:cut])
        out.flush()
        time.sleep(0.2)
        out.write(text[cut:])
    found = [events.get(timeout=WAIT), *collect(events, inbox.settle + 0.5)]
    assert len(found) == 1
    assert {a.id for a in found[0].articles} == whole


def _mid_article_cut(text: str, whole: set[str]) -> int:
    """A line end past the middle where the text so far ends inside an article."""
    cut = text.index("\n", len(text) // 2)
    while not {a.id for a in split_text(text[:cut])} - whole:
        cut = text.index("\n", cut + 1)
    return cut


def test_a_duplicate_dump_adds_no_articles_but_lists_its_source(
    seeds: Path, events: queue.Queue[InboxEvent]
) -> None:
    first = seeds / "a.txt"
    first.write_text(corpus.dump(3, seed=3), encoding="utf-8")
    library = Library(split_text(first.read_text(encoding="utf-8"), str(first)))
    with Inbox(seeds, events.put, settle=0.3, known={first: file_signature(first)}):
        shutil.copyfile(first, seeds / "b.txt")
        event = events.get(timeout=WAIT)
    assert event.path == seeds / "b.txt"
    added = library.add(event.articles)
    assert added.count == 0 and len(added.known) == 3
    assert all(library.sources(a.id) == (str(first), str(seeds / "b.txt")) for a in added.known)


def test_a_grown_dump_reports_its_new_articles_only_through_the_library(
    seeds: Path, events: queue.Queue[InboxEvent]
) -> None:
    path = seeds / "a.txt"
    path.write_text(corpus.dump(2, seed=4), encoding="utf-8")
    library = Library(split_text(path.read_text(encoding="utf-8"), str(path)))
    with Inbox(seeds, events.put, settle=0.3):
        with path.open("a", encoding="utf-8") as out:
            out.write(corpus.dump(3, seed=5))
        event = events.get(timeout=WAIT)
    assert event.grown
    assert library.add(event.articles).count == 3


def test_files_present_at_start_count_as_read_unless_changed_since(
    seeds: Path, events: queue.Queue[InboxEvent]
) -> None:
    same, changed = seeds / "same.txt", seeds / "changed.txt"
    same.write_text(corpus.dump(1, seed=6), encoding="utf-8")
    changed.write_text(corpus.dump(1, seed=7), encoding="utf-8")
    known = {same: file_signature(same), changed: file_signature(changed)}
    changed.write_text(corpus.dump(2, seed=7), encoding="utf-8")
    with Inbox(seeds, events.put, settle=0.3, known=known):
        found = [events.get(timeout=WAIT), *collect(events, 0.8)]
    assert [e.path for e in found] == [changed]
    assert len(found[0].articles) == 2


def test_other_files_are_ignored_and_unreadable_dumps_are_reported_once(
    seeds: Path, events: queue.Queue[InboxEvent]
) -> None:
    with Inbox(seeds, events.put, settle=0.3):
        (seeds / "notes.pdf").write_bytes(b"%PDF")
        (seeds / ".draft.txt").write_text("Title\n\nBody text here.\n", encoding="utf-8")
        (seeds / "empty.txt").write_text("", encoding="utf-8")
        (seeds / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
        found = [events.get(timeout=WAIT), *collect(events, 0.8)]
    assert [e.path.name for e in found] == ["binary.txt"]
    assert found[0].articles == ()
    assert found[0].error is not None and "binary.txt" in found[0].error


def test_a_folders_note_dropped_in_is_reported_once_as_left_out_and_never_read(
    seeds: Path, events: queue.Queue[InboxEvent]
) -> None:
    """A README there at start is the opening's to tell; one dropped in later is told once
    (again once removed and dropped in anew); a README.pdf was never a dump to leave out."""
    (seeds / "SOURCES.md").write_text("# Sources\n", encoding="utf-8")
    with Inbox(seeds, events.put, settle=0.3):
        (seeds / "README.md").write_text("# About\n\nSaved in March.\n", encoding="utf-8")
        (seeds / "README.pdf").write_bytes(b"%PDF")
        found = [events.get(timeout=WAIT), *collect(events, 0.8)]
        (seeds / "README.md").unlink()
        collect(events, 0.5)
        (seeds / "README.md").write_text("# About\n", encoding="utf-8")
        found += [events.get(timeout=WAIT), *collect(events, 0.8)]
    assert [(e.path.name, e.left_out, e.articles, e.error) for e in found] == [
        ("README.md", True, (), None),
    ] * 2


def test_a_deleted_dump_reports_nothing(seeds: Path, events: queue.Queue[InboxEvent]) -> None:
    path = seeds / "gone.txt"
    path.write_text(corpus.dump(1, seed=8), encoding="utf-8")
    with Inbox(seeds, events.put, settle=0.3):
        path.unlink()
        assert collect(events, 0.8) == []


def test_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InboxError, match="does not exist"):
        Inbox(tmp_path / "nowhere", print).start()


def test_an_inbox_awaiting_its_folder_reports_every_dump_the_folder_is_made_with(
    tmp_path: Path, events: queue.Queue[InboxEvent]
) -> None:
    folder = tmp_path / "seeds"
    with Inbox(folder, events.put, settle=0.3, await_folder=True):
        assert collect(events, 0.3) == []
        folder.mkdir()
        (folder / "first.txt").write_text(corpus.dump(2, seed=5), encoding="utf-8")
        event = events.get(timeout=WAIT)
    assert event.path == folder / "first.txt" and event.error is None and not event.grown
    assert len(event.articles) == 2


def test_a_big_dump_is_said_to_be_loading_before_its_articles_come(
    seeds: Path, events: queue.Queue[InboxEvent], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = corpus.dump(3, seed=4)
    monkeypatch.setattr("reader.dumps.inbox._BIG_TEXT", len(text), raising=False)
    with Inbox(seeds, events.put, settle=0.3):
        (seeds / "small.txt").write_text(corpus.dump(1, seed=6)[:100], encoding="utf-8")
        (small,) = [events.get(timeout=WAIT)]
        (seeds / "big.txt").write_text(text, encoding="utf-8")
        told, arrived = events.get(timeout=WAIT), events.get(timeout=WAIT)
    assert not small.splitting
    assert told.path == seeds / "big.txt" and told.splitting and told.articles == ()
    assert arrived.path == told.path and not arrived.splitting and len(arrived.articles) == 3


def test_removing_the_folder_stops_the_inbox_with_a_message(
    seeds: Path, events: queue.Queue[InboxEvent]
) -> None:
    inbox = Inbox(seeds, events.put, settle=0.3)
    inbox.start()
    try:
        shutil.rmtree(seeds)
        event = events.get(timeout=WAIT)
    finally:
        inbox.stop()
    assert event.path == seeds and event.error is not None
    assert "removed" in event.error


def test_a_folder_removed_before_the_watch_begins_is_said_to_be_removed(
    seeds: Path, events: queue.Queue[InboxEvent], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watcher, started on a folder already gone, raises its own "os error 2"."""
    import watchfiles

    def gone(folder: Path, **_: object) -> Iterator[set[object]]:
        shutil.rmtree(folder)
        raise FileNotFoundError(f'No such file or directory (os error 2) about ["{folder}"]')

    monkeypatch.setattr(watchfiles, "watch", gone)
    with Inbox(seeds, events.put, settle=0.3):
        event = events.get(timeout=WAIT)
    assert event.error == f"{seeds}: the inbox stopped watching (the folder was removed)"
