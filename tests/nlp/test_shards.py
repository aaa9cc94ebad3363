"""Parquet shards: one row per entity, whole files only, one run's rows per folder."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from reader.analysis import Analysis, Entity
from reader.article import Article, Paragraph, article_id
from reader.nlp.shards import COLUMNS, ShardError, ShardWriter


def _article(body: str, source: str = "dump.txt") -> Article:
    return Article(article_id("t", body), source, 0, "t", body, (Paragraph(0, len(body)),))


def test_rows_are_entities_with_their_text(tmp_path: Path) -> None:
    article = _article("Angela Merkel flew to Paris.")
    writer = ShardWriter(tmp_path, "model@1")
    writer.add(article, Analysis((Entity(0, 13, "PERSON"), Entity(22, 27, "GPE")), ()))
    writer.add(_article("Nothing here."), Analysis((), ()))
    writer.flush()
    table = pq.read_table(tmp_path / "part-00000.parquet")
    assert tuple(table.column_names) == COLUMNS
    assert table.to_pylist() == [
        {"article_id": article.id, "source": "dump.txt", "start": 0, "end": 13,
         "label": "PERSON", "text": "Angela Merkel"},
        {"article_id": article.id, "source": "dump.txt", "start": 22, "end": 27,
         "label": "GPE", "text": "Paris"},
    ]  # fmt: skip
    assert table.schema.metadata[b"reader.pipeline"] == b"model@1"
    assert (writer.shards, writer.rows) == (1, 2)


def test_full_buffers_become_numbered_shards_and_old_ones_go(tmp_path: Path) -> None:
    (tmp_path / "part-00007.parquet").write_bytes(b"an old run")
    (tmp_path / "notes.txt").write_text("mine")
    writer = ShardWriter(tmp_path, "model@1", rows_per_shard=2)
    article = _article("A B C D E")
    for start in range(0, 9, 2):
        writer.add(article, Analysis((Entity(start, start + 1, "X"),), ()))
    writer.flush()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["notes.txt", "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    texts = [
        text
        for shard in sorted(tmp_path.glob("part-*.parquet"))
        for text in pq.read_table(shard).column("text").to_pylist()
    ]
    assert texts == ["A", "B", "C", "D", "E"]


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    article = _article("Caf\udce9 Berlin")
    writer = ShardWriter(tmp_path, "model@1")
    writer.add(article, Analysis((Entity(0, 4, "ORG"),), ()))
    writer.flush()
    assert pq.read_table(tmp_path).column("text").to_pylist() == ["Caf\ufffd"]


def test_a_file_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ShardError, match="cannot be used for shards"):
        ShardWriter(blocker, "model@1")
