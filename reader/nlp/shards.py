"""Entity results as Parquet shards, one row per entity, for pandas, Spark or DuckDB.

`reader analyse --out DIR` writes `part-00000.parquet`, `part-00001.parquet`, ...
with the columns `article_id`, `source`, `start`, `end`, `label`, `text` (offsets
are code-point indices into the article body). Each shard is written to a
temporary name and renamed, so a reader of DIR never sees half a file; the
pipeline that found the entities is in each file's metadata. pyarrow is imported
only here, and only when shards are asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.analysis import Analysis
from reader.article import Article
from reader.errors import ReaderError

SHARD_GLOB = "part-*.parquet"
ROWS_PER_SHARD = 250_000
"""Rows buffered before a shard is written: about 25 MB of memory, files of a few MB."""
COLUMNS = ("article_id", "source", "start", "end", "label", "text")
OFFSETS_NOTE = "Python str indices (code points) into the article body"
_SURROGATE = re.compile("[\ud800-\udfff]")


class ShardError(ReaderError):
    """The output folder cannot be used (or pyarrow is missing)."""


class ShardWriter:
    """Buffers entity rows and writes them out as numbered Parquet shards.

    Opening it removes the `part-*.parquet` files a previous run left in the
    folder (and nothing else), so the folder always holds one run's rows.
    """

    def __init__(self, folder: Path, pipeline: str, rows_per_shard: int = ROWS_PER_SHARD) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ShardError(
                "--out needs pyarrow: pip install 'reader[analyse]' (or pip install pyarrow)"
            ) from exc
        self._pa, self._pq = pa, pq
        self.folder = folder
        self.rows_per_shard = rows_per_shard
        self.shards = 0
        self.rows = 0
        self._schema = pa.schema(
            [
                ("article_id", pa.string()),
                ("source", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("label", pa.dictionary(pa.int32(), pa.string())),
                ("text", pa.string()),
            ],
            metadata={"reader.pipeline": pipeline, "reader.offsets": OFFSETS_NOTE},
        )
        self._columns: dict[str, list[object]] = {name: [] for name in COLUMNS}
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob(SHARD_GLOB):
                old.unlink()
        except OSError as exc:
            raise ShardError(
                f"{folder}: cannot be used for shards ({exc.strerror or exc})"
            ) from exc

    def add(self, article: Article, analysis: Analysis) -> None:
        """Adds one row per entity of `article`; writes a shard when the buffer is full."""
        columns = self._columns
        for entity in analysis.entities:
            columns["article_id"].append(article.id)
            columns["source"].append(_utf8(article.source))
            columns["start"].append(entity.start)
            columns["end"].append(entity.end)
            columns["label"].append(entity.label)
            columns["text"].append(_utf8(article.body[entity.start : entity.end]))
        if len(columns["start"]) >= self.rows_per_shard:
            self.flush()

    def flush(self) -> None:
        """Writes the buffered rows as the next shard (nothing when the buffer is empty)."""
        count = len(self._columns["start"])
        if not count:
            return
        table = self._pa.table(self._columns, schema=self._schema)
        path = self.folder / f"part-{self.shards:05d}.parquet"
        partial = path.with_name(f".{path.name}.partial")
        try:
            self._pq.write_table(table, partial)
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ShardError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
        self.shards += 1
        self.rows += count
        self._columns = {name: [] for name in COLUMNS}


def _utf8(text: str) -> str:
    """Lone surrogates (from JSON escapes in a dump) cannot be UTF-8: one U+FFFD each."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text
