"""A dump renamed or moved keeps its corrections and records (`reader.annotation.dump_moves`).

`tests/fixtures/stores/renamed_dump_6f4e3d3.json` was written by the code of 6f4e3d3 (the
store format before dumps were followed) in a workspace holding the seed dump as
`seeds/old.txt`: a break of its second article at the fourth paragraph, a retitle of the
first ("Retitled by hand"), a star and a tagged passage on the article the break made.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from reader.annotation.corrections import apply_corrections, break_at
from reader.annotation.dump_moves import describe_moves, follow_moved_dumps
from reader.article import Article
from reader.dumps.load import load_dump
from reader.store import Store
from reader.store.records import source_key
from tests.conftest import ROOT, SEED

OLD_STORE = ROOT / "tests" / "fixtures" / "stores" / "renamed_dump_6f4e3d3.json"
BROKEN_OFF = "018c08ffd333a9b3"
"""The id of the article the fixture's break made (starred, with a passage tagged key)."""


def _workspace(tmp_path: Path, dump_name: str) -> tuple[Path, Path]:
    """The fixture's workspace with its dump under `dump_name`: (store path, dump path)."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "annotations").mkdir()
    dump = tmp_path / dump_name
    dump.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, dump)
    store = tmp_path / "annotations" / "reader.json"
    shutil.copy(OLD_STORE, store)
    return store, dump


def _corrected(store: Store, articles: list[Article]) -> list[Article]:
    return apply_corrections(articles, store.article_corrections()).articles


def test_an_old_store_follows_its_dump_renamed(tmp_path: Path) -> None:
    path, dump = _workspace(tmp_path, "seeds/new.txt")
    articles = load_dump(dump)
    with Store(path, root=tmp_path) as store:
        assert len(_corrected(store, articles)) == 2  # keyed by the old path: lost
        moves = follow_moved_dumps(store, articles)
        assert moves == {source_key(str(tmp_path / "seeds/old.txt")): source_key(str(dump))}
        shown = _corrected(store, articles)
        assert shown[0].title == "Retitled by hand"
        assert shown[2].id == BROKEN_OFF and store.state(BROKEN_OFF) == "starred"
        assert store.article_records()[BROKEN_OFF].source == source_key(str(dump))
    saved = orjson.loads(path.read_bytes())
    assert {c["source"] for c in saved["corrections"].values()} == {"seeds/new.txt"}
    assert saved["articles"][BROKEN_OFF]["source"] == "seeds/new.txt"
    (told,) = describe_moves(moves)
    assert told == "old.txt is now new.txt: its corrections and records follow it"


def test_a_dump_moved_on_a_full_disk_is_followed_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.store import _storage

    path, dump = _workspace(tmp_path, "seeds/new.txt")
    articles = load_dump(dump)
    with Store(path, root=tmp_path) as store:

        def disk_full(*args: object, **kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(_storage, "write_atomically", disk_full)
        moves = follow_moved_dumps(store, articles)  # the app opens: no error raised
        assert moves and store.unsaved
        assert _corrected(store, articles)[0].title == "Retitled by hand"
        monkeypatch.undo()
    assert orjson.loads(path.read_bytes())["articles"][BROKEN_OFF]["source"] == "seeds/new.txt"


def test_undo_and_redo_put_a_followed_correction_back_at_the_new_path(tmp_path: Path) -> None:
    path, dump = _workspace(tmp_path, "seeds/new.txt")
    articles = load_dump(dump)
    with Store(path, root=tmp_path) as store:
        follow_moved_dumps(store, articles)
        store.set_state(BROKEN_OFF, "kept")
        store.undo()  # the keep, then the fixture's passage and star
        assert store.undo().startswith("add annotation")
        store.undo()
        assert store.undo() == "retitle article"
        assert _corrected(store, articles)[0].title != "Retitled by hand"
        assert store.redo() == "retitle article"
        assert _corrected(store, articles)[0].title == "Retitled by hand"


def test_a_dump_moved_to_another_folder_and_edited_is_followed(tmp_path: Path) -> None:
    path, dump = _workspace(tmp_path, "elsewhere/old.txt")
    dump.write_text(dump.read_text().replace("Senior North Korean", "Senior North-Korean"))
    articles = load_dump(dump)
    with Store(path, root=tmp_path) as store:
        moves = follow_moved_dumps(store, articles)
        assert list(moves.values()) == [source_key(str(dump))]
        shown = _corrected(store, articles)
        assert shown[2].id == BROKEN_OFF  # the break applies; the retitle's text changed
    assert describe_moves(moves) == [
        f"{tmp_path}/seeds/old.txt is now {dump}: its corrections and records follow it"
    ]


def test_a_dump_still_on_disk_is_not_moved_to_its_copy(tmp_path: Path) -> None:
    path, dump = _workspace(tmp_path, "seeds/old.txt")
    copy = tmp_path / "copy.txt"
    shutil.copy(dump, copy)
    with Store(path, root=tmp_path) as store:
        assert follow_moved_dumps(store, load_dump(copy)) == {}
        assert len(_corrected(store, load_dump(copy))) == 2


def test_a_dump_whose_folder_is_gone_too_keeps_its_work_for_when_it_is_back(
    tmp_path: Path,
) -> None:
    """A drive not mounted takes the dump's folder with it: its work moved to the copy
    opened meanwhile, and plugged back in, the dump had lost its corrections."""
    path, copy = _workspace(tmp_path, "copy/old.txt")
    (tmp_path / "seeds").rmdir()  # the drive seeds/old.txt was on is not mounted
    with Store(path, root=tmp_path) as store:
        assert follow_moved_dumps(store, load_dump(copy)) == {}
    (tmp_path / "seeds").mkdir()  # plugged back in
    back = Path(shutil.copy(SEED, tmp_path / "seeds" / "old.txt"))
    with Store(path, root=tmp_path) as store:
        assert follow_moved_dumps(store, load_dump(back)) == {}
        assert _corrected(store, load_dump(back))[0].title == "Retitled by hand"


def test_a_gone_dump_is_not_moved_to_one_holding_less_than_half_its_work(
    tmp_path: Path,
) -> None:
    (tmp_path / "annotations").mkdir()
    gone = tmp_path / "gone.txt"
    shutil.copy(SEED, gone)
    articles = load_dump(gone)
    with Store(tmp_path / "annotations" / "reader.json", root=tmp_path) as store:
        store.add_article_correction(break_at(articles[1], 3))
        store.set_state(articles[0].id, "starred")
        store.remember(articles)
        gone.unlink()
        other = tmp_path / "other.txt"  # shares one starred article, not the break
        other.write_text(f"{articles[0].title}\n\n{articles[0].body}\n")
        assert follow_moved_dumps(store, load_dump(other)) == {}


def test_two_dumps_holding_the_work_alike_take_none_of_it(tmp_path: Path) -> None:
    path, _dump = _workspace(tmp_path, "seeds/a.txt")
    shutil.copy(SEED, tmp_path / "seeds" / "b.txt")
    articles = [*load_dump(tmp_path / "seeds/a.txt"), *load_dump(tmp_path / "seeds/b.txt")]
    with Store(path, root=tmp_path) as store:
        assert follow_moved_dumps(store, articles) == {}


def test_a_read_only_store_follows_for_the_run_and_writes_nothing(tmp_path: Path) -> None:
    path, dump = _workspace(tmp_path, "seeds/new.txt")
    before = path.read_bytes()
    articles = load_dump(dump)
    with Store(path, root=tmp_path, read_only=True) as store:
        assert follow_moved_dumps(store, articles)
        assert _corrected(store, articles)[0].title == "Retitled by hand"
    assert path.read_bytes() == before


def test_a_dump_not_gone_costs_no_reading_of_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, dump = _workspace(tmp_path, "seeds/new.txt")
    shutil.copy(SEED, tmp_path / "seeds" / "old.txt")
    with Store(path, root=tmp_path) as store:
        monkeypatch.setattr(Store, "article_records", _never)
        assert follow_moved_dumps(store, load_dump(dump)) == {}


def _never(*_args: object) -> object:
    raise AssertionError("records read though no dump is gone")


def test_the_fingerprint_tells_the_renamed_dump_from_one_holding_the_same_story(
    tmp_path: Path,
) -> None:
    """Found using the app: a wire story pasted word for word in two more dumps. The break
    and retitle of the renamed dump held alike in all three, and none was chosen; the
    fingerprint noted when it was last open names the renamed one."""
    path, dump = _workspace(tmp_path, "seeds/old.txt")
    other = tmp_path / "seeds" / "other.txt"
    story = "Another story\n\nIts text, a line of it. And more of it here today.\n"
    other.write_text(f"{dump.read_text()}\n\n-----\n\n{story}")
    with Store(path, root=tmp_path) as store:
        follow_moved_dumps(store, [*load_dump(dump), *load_dump(other)])  # notes both
    new = dump.rename(tmp_path / "seeds" / "new.txt")
    articles = [*load_dump(new), *load_dump(other)]
    with Store(path, root=tmp_path) as store:
        assert follow_moved_dumps(store, articles) == {source_key(str(dump)): source_key(str(new))}
        assert {c.source for c in store.article_corrections()} == {source_key(str(new))}
    shutil.copy(OLD_STORE, path)  # the store as an older reader left it: no fingerprints
    with Store(path, root=tmp_path) as store:
        assert follow_moved_dumps(store, articles) == {}
