"""Start-up applies the store's article corrections; one that no longer applies is told."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.analysis import Entity
from reader.annotation.corrections import (
    Corrected,
    apply_corrections,
    break_at,
    record,
    retitle,
    weld_to_previous,
)
from reader.annotation.reanchor import reanchor_open
from reader.annotation.weld_checks import MENDED_SETTING
from reader.article import Article
from reader.dumps.load import load_dump
from reader.library.triage import Triage
from reader.store import Store, source_key
from reader.store.records import ImportedWork
from reader.tui.presenters import corrections as corrections_module
from reader.tui.presenters.corrections import DumpCorrections, Followed, Resynced
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace
from tests.annotation.test_corrections import _article
from tests.conftest import SEED


def test_the_session_lists_the_corrected_articles_and_tells_of_stale_corrections(
    tmp_path: Path,
) -> None:
    (tmp_path / "seeds").mkdir()
    dump = tmp_path / "seeds" / "a.txt"
    shutil.copy(SEED, dump)
    workspace = Workspace.open(tmp_path)
    first, second = load_dump(dump)
    with Store(workspace.store_path) as store:
        store.add_article_correction(break_at(second, 3))
        store.add_article_correction(retitle(first, "Gone title"))
    dump.write_text(dump.read_text().replace("North Korean and Russian military", "Officials"))
    with Store(workspace.store_path) as store:
        session = open_session(workspace, [], store)
        assert len(session.triage.library) == 3
        assert session.split is not None and len(session.split) == 2
        assert session.problems == []
        (stale,) = session.stale
        assert stale.startswith("retitle “North Korean and Russian military")


def test_a_resync_applies_corrections_again_only_when_they_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = load_dump(SEED)
    applied: list[int] = []

    def counted(*args: Any) -> Corrected:
        applied.append(1)
        return apply_corrections(*args)

    monkeypatch.setattr(corrections_module, "apply_corrections", counted)
    with Store(tmp_path / "reader.json") as store:
        triage = Triage(store, articles)
        corrections = DumpCorrections(triage)
        triage.apply("star", [articles[0].id])
        triage.undo()  # a state: the corrections are those already applied
        assert corrections.resync() == Resynced((), ()) and applied == []
        store.add_article_correction(break_at(articles[1], 3))
        assert len(corrections.resync().new) == 2 and len(applied) == 1
        assert len(triage.library) == 3
        assert corrections.resync() == Resynced((), ()) and len(applied) == 1
        parts = triage.library.articles[1:]
        triage.undo()  # the break: the dump as split again, its parts gone
        assert corrections.resync() == Resynced((articles[1],), (), tuple(parts))
        assert len(applied) == 2
        assert triage.library.ids() == [a.id for a in articles]


def test_a_streamed_dump_has_its_path_made_absolute_once_a_dump_not_once_an_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = load_dump(SEED)
    streamed = articles * 50  # a big dump's articles, all of one path
    keyed: list[str] = []

    def counted(source: str) -> str:
        keyed.append(source)
        return source_key(source)

    with Store(tmp_path / "reader.json") as store:
        corrections = DumpCorrections(Triage(store, articles))
        monkeypatch.setattr(corrections_module, "source_key", counted)
        assert corrections.follow(streamed) == Followed((), ())
    assert keyed == [articles[0].source] * 2  # the path that came, the path listed


def _edit_at(store: Store, articles: list[Article]) -> list[tuple[str, int, str]]:
    """Where each article's entity edits are: its title, the edit's start and label."""
    return [(a.title, e.start, e.label) for a in articles for e in store.entity_edits(a.id)]


def test_an_undone_or_redone_correction_keeps_each_mark_where_its_text_is(
    tmp_path: Path,
) -> None:
    """review36: `W` then `u` on an article broken earlier put the second part's accepted
    names on the first place their words had in the first part (re-anchored by quote, the
    title's part first); a redone break did the same. Undo and redo carry them by offset."""
    talks = _article(
        "Talks in Moscow",
        [
            "Russia said on Monday that the talks had gone well.",
            "The talks went on for a week.",
            "Harbour reopens after storm",
            "Ferries to Russia run every hour again, officials said.",
        ],
    )
    with Store(tmp_path / "reader.json") as store:
        triage = Triage(store, [talks])
        corrections = DumpCorrections(triage)
        at = talks.body.rindex("Russia")
        store.set_state(talks.id, "read")  # recorded, as the app records an article read
        store.set_entity(talks.id, talks.body, at, at + 6, "LOC")

        def placed(step: Callable[[], object]) -> list[tuple[str, int, str]]:
            step()
            corrections.resync()
            articles = list(triage.library.articles)
            reanchor_open(store, articles)  # as the app then places the open articles
            return _edit_at(store, articles)

        parts = [("Harbour reopens after storm", 11, "LOC")]  # the second "Russia"
        whole = [("Talks in Moscow", at, "LOC")]
        assert placed(lambda: corrections.make(break_at(talks, 2), talks)) == parts
        assert placed(triage.undo) == whole
        assert placed(triage.redo) == parts
        first, second = triage.library.articles
        weld = weld_to_previous([first, second], second)
        assert placed(lambda: corrections.make(weld, second)) == whole
        assert placed(triage.undo) == parts
        assert placed(triage.redo) == whole


def test_a_weld_made_after_the_first_start_is_never_taken_for_one_from_before_the_mend(
    tmp_path: Path,
) -> None:
    """review36: the time after which welds move checks rightly was kept only at a start
    with corrections, so on a store's second start every weld made in its first session
    was looked over, and one that joined again the two checked parts of one article (one
    check time) lost its check: "1 joined article no longer checked". The first weld
    records it now (a start writes nothing, its first frame waits on no disk)."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a.txt")
    workspace = Workspace.open(tmp_path)
    with Store(workspace.store_path) as store:
        dump = open_session(workspace, [], store).triage.library.articles
        article = dump[1]
        store.check_entities(article.id, article.body, [Entity(0, 5, "GPE")])
        parts = record(store, dump, break_at(article, 3)).articles
        joined = record(store, parts, weld_to_previous(parts, parts[2])).articles[1]
    with Store(workspace.store_path) as store:
        assert open_session(workspace, [], store).unchecked == 0
        assert joined.id in store.checked()


def test_a_start_on_a_full_disk_unchecks_a_half_checked_weld_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store an older reader left with a half-checked weld is mended at the start (the
    time welds are right from noted, the check taken off): on a full disk those saves raised
    out of the opening, and the app ended before the user could read a dump. They are kept
    in memory, for the app's writer to save and tell of, as any failed save is."""
    from reader.store import _storage

    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a.txt")
    workspace = Workspace.open(tmp_path)
    with Store(workspace.store_path, root=workspace.root) as store:
        first, second = open_session(workspace, [], store).triage.library.articles[:2]
        store.check_entities(first.id, first.body, [Entity(0, 5, "GPE")])
        weld = weld_to_previous([first, second], second)
        store.add_article_correction(weld, {first.id: (), second.id: ()})
        joined = apply_corrections([first, second], store.article_corrections()).articles[0]
        checked = {joined.id: "2026-01-01T00:00:00.000Z"}  # before the weld: as moved by W
        store.merge(work=ImportedWork(checked=checked))  # as a reader before bc0a725 left it
    with Store(workspace.store_path, root=workspace.root) as store:

        def disk_full(*args: object, **kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(_storage, "write_atomically", disk_full)
        assert open_session(workspace, [], store).unchecked == 1  # no error: the app opens
        assert store.unsaved and joined.id not in store.checked()
        monkeypatch.undo()
    with Store(workspace.store_path, root=workspace.root, read_only=True) as store:
        assert joined.id not in store.checked() and store.setting(MENDED_SETTING)
