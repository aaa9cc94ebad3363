"""The store's article records: which dump an article with user data was last seen in."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from reader.article import Article
from reader.store import ArticleRecord, StateRecord, Store, StoreInputError, source_key
from reader.store import _storage as atomic_storage
from reader.store import store as store_module

BODY = "The minister spoke on Monday. She said the budget would be cut by ten percent."
T1 = "2025-02-03T04:05:06.000Z"


def _article(article_id: str, source: str = "/news/seeds/a.txt", title: str = "Budget") -> Article:
    return Article(article_id, source, 0, title, BODY)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "reader.json"


def _on_disk(path: Path) -> dict[str, dict[str, str]]:
    return orjson.loads(path.read_bytes())["articles"]


def test_only_articles_with_annotations_or_a_state_are_recorded(path: Path) -> None:
    with Store(path) as store:
        store.add_annotation("noted", BODY, 0, 12)
        store.set_state("starred", "starred")
        store.remember([_article("noted"), _article("starred", title="Stars"), _article("idle")])
        assert store.article_records() == {
            "noted": ArticleRecord("/news/seeds/a.txt", "Budget"),
            "starred": ArticleRecord("/news/seeds/a.txt", "Stars"),
        }
        assert store.undo() == "star 1 article"  # remembering is not an undo step
    assert set(_on_disk(path)) == {"noted", "starred"}


def test_remembering_again_writes_nothing(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(path) as store:
        store.add_annotation("noted", BODY, 0, 12)
        store.remember([_article("noted")])
        saves: list[Path] = []
        monkeypatch.setattr(atomic_storage, "write_atomically", lambda p, *_: saves.append(p))
        store.remember([_article("noted"), _article("idle")])
        assert saves == []
        store.remember([_article("noted", title="Retitled")])
        assert saves == [path]


def test_a_dump_path_is_worked_out_once_per_call_not_once_per_article(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a dump of 20,000 triaged articles spent 0.4 s of the app's thread making the
    same dump's stored and opened path once per article (pathlib, twice over); a dump's
    path is the same for all its articles, so each call works it out once per dump."""
    made: list[str] = []
    real_stored, real_opened = store_module.stored_source, store_module.opened_source

    def stored(source: str, root: Path) -> str:
        made.append(source)
        return real_stored(source, root)

    def opened(source: str, root: Path) -> str:
        made.append(source)
        return real_opened(source, root)

    monkeypatch.setattr(store_module, "stored_source", stored)
    monkeypatch.setattr(store_module, "opened_source", opened)
    ids = [f"a{n}" for n in range(50)]
    articles = [
        _article(n, source="/news/a.txt" if i % 2 else "/news/b.txt") for i, n in enumerate(ids)
    ]
    with Store(path) as store:
        store.set_states(ids, "read")
        made.clear()
        store.remember(articles)
        assert sorted(made) == ["/news/a.txt", "/news/b.txt"]
        made.clear()
        records = store.article_records()
        assert len(made) == 2
    assert records["a1"] == ArticleRecord("/news/a.txt", "Budget")
    assert records["a0"] == ArticleRecord("/news/b.txt", "Budget")


def test_an_article_seen_open_is_recorded_by_the_change_that_gives_it_user_data(
    path: Path,
) -> None:
    with Store(path) as store:
        store.remember([_article("a1"), _article("a2", source="/news/b.txt")])
        assert store.article_records() == {}
        store.add_annotation("a1", BODY, 0, 12)
        assert _on_disk(path) == {"a1": {"source": "/news/seeds/a.txt", "title": "Budget"}}
        store.set_states(["a2", "never-seen"], "kept")
        assert set(_on_disk(path)) == {"a1", "a2"}
        assert store.undo() == "keep 2 articles"


def test_the_record_follows_the_dump_the_article_was_last_seen_in(path: Path) -> None:
    with Store(path) as store:
        store.add_annotation("a1", BODY, 0, 12)
        store.remember([_article("a1")])
        store.remember([_article("a1", source="/news/copy.txt", title="Budget (copy)")])
        assert store.article_records() == {"a1": ArticleRecord("/news/copy.txt", "Budget (copy)")}


def test_records_of_articles_left_without_user_data_are_dropped(path: Path) -> None:
    with Store(path) as store:
        note = store.add_annotation("a1", BODY, 0, 12)
        store.remember([_article("a1")])
        store.delete_annotation(note.id)
        assert "a1" in store.article_records()  # kept until the next look at the dumps
        store.remember([])
        assert store.article_records() == {}
    assert _on_disk(path) == {}


def test_relative_dump_paths_are_recorded_absolute(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Store(path) as store:
        store.add_annotation("a1", BODY, 0, 12)
        store.remember([_article("a1", source="seeds/../dumps/a.txt")])
        assert store.article_records()["a1"].source == str(tmp_path / "dumps" / "a.txt")
    assert source_key("") == ""


def test_a_file_name_that_is_not_utf_8_is_recorded_with_a_replacement(path: Path) -> None:
    with Store(path) as store:
        store.add_annotation("a1", BODY, 0, 12)
        store.remember([_article("a1", source="/news/caf\udce9.txt", title="T\udcff")])
        store.remember([_article("a1", source="/news/caf\udce9.txt", title="T\udcff")])
        assert not store.unsaved
    with Store(path) as store:
        assert store.article_records() == {"a1": ArticleRecord("/news/caf\ufffd.txt", "T\ufffd")}


def test_a_read_only_store_keeps_its_records_in_memory(path: Path) -> None:
    with Store(path) as store:
        store.add_annotation("a1", BODY, 0, 12)
    before = path.read_bytes()
    with Store(path, read_only=True) as reader:
        reader.remember([_article("a1")])
        assert set(reader.article_records()) == {"a1"}
    assert path.read_bytes() == before


def test_merge_keeps_records_only_for_articles_with_user_data(path: Path) -> None:
    records = {
        "stated": ArticleRecord("d.txt", "Stated"),
        "bare": ArticleRecord("d.txt", "Nothing here"),
    }
    with Store(path) as store:
        store.merge(states={"stated": StateRecord("read", T1)}, article_records=records)
        # a relative dump path (as exports write them) is relative to the workspace
        stated = ArticleRecord(str(store.root / "d.txt"), "Stated")
        assert store.article_records() == {"stated": stated}
        assert store.undo() == "import"
        assert store.states() == {}


@pytest.mark.parametrize(
    "record",
    [("d.txt", "T"), ArticleRecord(3, "T")],  # type: ignore[arg-type]
    ids=["not a record", "source not text"],
)
def test_merge_refuses_a_bad_record_and_changes_nothing(path: Path, record: object) -> None:
    with Store(path) as store:
        before = path.read_bytes()
        with pytest.raises(StoreInputError, match="record of article a1"):
            store.merge(
                states={"a1": StateRecord("read", T1)},
                article_records={"a1": record},  # type: ignore[dict-item]
            )
        assert store.states() == {}
    assert path.read_bytes() == before
