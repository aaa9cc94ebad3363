"""After a writer was killed with saves in its change log, every format exports byte for
byte what it exports from the store parsed, on a real tuning half's dumps (the sealed
halves are never split, the second look's only scored): from the snapshot of the store
file with the log replayed over it, and from the snapshot the first export made of the
store and its log when there was none."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.split_oracle import TUNING
from bench.split_quality import REAL, sealed
from reader.article import Article
from reader.dumps.load import load_dumps
from reader.interchange.export import FORMATS, render
from reader.interchange.exporters.selection import collect
from reader.store import Annotation, Store, _snapshot, _storage, context
from reader.store._changelog import log_path
from reader.store.schema import SCHEMA_VERSION
from tests.interchange.export_support import T0

HALF = "fresh5"


def _articles() -> list[Article]:
    assert HALF in TUNING
    paths = sorted(p for p in (REAL / HALF).glob("*.txt") if not sealed(p))
    return load_dumps(paths, lambda message: None)


def _annotation(number: int, article: Article, start: int) -> Annotation:
    end = min(len(article.body), start + 23)
    quote, prefix, suffix = context(article.body, start, end)
    tags = ("key", "claim")[: 1 + number % 2]
    note = f"note {number}" if number % 3 == 0 else ""
    return Annotation(
        f"a{number}", article.id, start, end, quote, prefix, suffix, tags, note, T0, T0
    )


def _exports(path: Path, articles: list[Article], *, bulk: bool) -> list[object]:
    """Each format's output (brat's files sorted by name), read as `reader export` reads
    the store (`bulk`: its snapshot, made when there is none) or parsed each time."""
    found: list[object] = []
    for fmt in FORMATS.values():
        if not bulk:
            for made in _snapshot.snapshot_files(path):
                made.unlink(missing_ok=True)
        with Store(path, read_only=True, bulk=bulk) as store:
            export = collect(store, articles, exported=T0, with_text=True, release=bulk)
            rendered = render(export, fmt)[0]
        found.append(rendered if isinstance(rendered, bytes) else sorted(rendered.items()))
    return found


def _crashed_store(path: Path, articles: list[Article]) -> None:
    """A store of the half's articles whose close left a snapshot, and a writer killed after
    saving to the change log: annotations added, retagged and deleted."""
    with Store(path) as store:
        store.merge(
            [
                _annotation(number, article, start)
                for number, article in enumerate(articles)
                for start in range(0, len(article.body) - 30, 211)
            ]
        )
    killed = Store(path)
    for number, article in enumerate(articles[::3]):
        killed.add_annotation(article.id, article.body, 3, 17, tags=["key"], note=f"late {number}")
    for article in articles[1::4]:
        first, *rest = killed.annotations(article.id)
        killed.toggle_tag(first.id, "quote")
        if rest:
            killed.delete_annotation(rest[-1].id)
    killed._release_lock()  # as a kill leaves it: the log stays, no writer runs
    assert log_path(path).is_file()


@pytest.fixture
def crashed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Article]]:
    """The store `_crashed_store` leaves (as big stores keep snapshots and logs), and the
    half's articles."""
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    articles = [a for a in _articles() if len(a.body) > 30]
    path = tmp_path / "reader.json"
    _crashed_store(path, articles)
    return path, articles


def test_each_format_exports_the_same_with_the_log_replayed_over_the_snapshot(
    crashed: tuple[Path, list[Article]],
) -> None:
    path, articles = crashed
    made = [file.read_bytes() for file in _snapshot.snapshot_files(path)]
    replayed = _exports(path, articles, bulk=True)
    assert [file.read_bytes() for file in _snapshot.snapshot_files(path)] == made
    assert replayed == _exports(path, articles, bulk=False)


def test_each_format_exports_the_same_from_the_snapshot_of_a_crashed_store(
    crashed: tuple[Path, list[Article]],
) -> None:
    path, articles = crashed
    parsed = _exports(path, articles, bulk=False)
    first = _exports(path, articles, bulk=True)  # the first makes the snapshot
    assert _snapshot.load(path, SCHEMA_VERSION) is not None
    assert _exports(path, articles, bulk=True) == first == parsed
