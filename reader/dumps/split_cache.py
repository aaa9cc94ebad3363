"""The on-disk cache of split dumps, so a command that reads the same dump again does not
split it again (splitting was a third of `reader export` at 2,000 articles).

One JSON file per dump under the workspace cache folder (`splits/`), beside the entity
cache. It is keyed by a hash of everything the articles depend on: the dump's exact
bytes, its path (which each article records as its source), the format of an entry
and the splitter itself (the source of every module of `reader.dumps` and of
`reader.article`, the start model's weights and whether it is on, the Python and Unicode
versions), so a dump that changes, moves or
is split by other code never sees a stale entry. Dumps whose encoding had to be guessed
(by `charset_normalizer`, whose guess may change with its version) are not cached.

The cache is only ever a speed-up: an entry that cannot be read is deleted and the
dump split again; a folder that cannot be written leaves the caller splitting. Entries
are written to a temp file and renamed, so a kill leaves no half entry (a stray temp
file goes at the next pruning). A hit refreshes the entry's time; past the size cap
the entries used longest ago go first.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import orjson

from reader.article import Article, Paragraph
from reader.dumps import field_model, start_model

FOLDER = "splits"
"""The cache's folder inside the workspace cache folder."""
FORMAT = 1
"""What an entry holds; bumping it orphans every entry."""
MAX_CACHE_BYTES = 256 * 1024 * 1024
"""The size cap: about 200 MB of dumps (an entry is about 1.2 times its dump)."""
_PRUNED_TO = 0.8
"""Pruning goes down to this share of the cap, so the next writes do not prune again."""
_SUFFIX = ".json"
_TEMP_SUFFIX = ".tmp"
_STALE_TEMP_SECONDS = 600
"""A temp file this old belongs to a writer that was killed (a write takes well under this)."""
CACHED_ENCODINGS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}
)
"""Encodings found from the bytes alone (a BOM, valid UTF-8, the NULs of UTF-16)."""


class SplitCache:
    """The split results of one workspace's dumps, by content, path and splitter."""

    def __init__(self, directory: Path, max_bytes: int = MAX_CACHE_BYTES) -> None:
        """`directory` is the workspace cache folder; the entries go in its `splits/`."""
        self.directory = directory / FOLDER
        self.max_bytes = max_bytes

    def get(self, data: bytes, source: str) -> list[Article] | None:
        """The articles cached for the dump `source` holding `data`; None when there are none
        (or the entry could not be read, which is then deleted)."""
        entry = self._entry(data, source)
        try:
            raw = entry.read_bytes()
        except OSError:
            return None
        try:
            articles = _articles(orjson.loads(raw))
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            with contextlib.suppress(OSError):
                entry.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # used now: pruned last
        return articles

    def get_all(self, paths: Sequence[Path]) -> list[Article] | None:
        """The articles of every dump in `paths`, in order, when each was split before; None
        as soon as one was not (or cannot be read, or is over the cache's cap and so never
        in it), for `load_dumps` to split it and report what is wrong. A command that finds
        them all here never imports the splitter (a fifth of `reader export`'s imports)."""
        articles: list[Article] = []
        for path in paths:
            try:
                if path.stat().st_size > self.max_bytes:
                    return None
                found = self.get(path.read_bytes(), str(path))
            except OSError:
                return None
            if found is None:
                return None
            articles.extend(found)
        return articles

    def put(self, data: bytes, source: str, encoding: str, articles: Sequence[Article]) -> None:
        """Keeps the articles split from `data` (read from `source` in `encoding`); a dump
        whose encoding was guessed, or a folder that cannot be written, keeps nothing."""
        if encoding not in CACHED_ENCODINGS:
            return
        entry = self._entry(data, source)
        try:
            payload = orjson.dumps({"format": FORMAT, "articles": [a.to_dict() for a in articles]})
        except orjson.JSONEncodeError:
            return  # a path that is not UTF-8 (its lone surrogates have no JSON form)
        temp = entry.with_name(f".{entry.name}.{os.getpid()}{_TEMP_SUFFIX}")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(payload)
            temp.replace(entry)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()
            return
        self._prune()

    def _entry(self, data: bytes, source: str) -> Path:
        digest = hashlib.blake2b(digest_size=20)
        digest.update(_splitter_version())
        digest.update(source.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
        digest.update(data)
        return self.directory / f"{digest.hexdigest()}{_SUFFIX}"

    def _prune(self) -> None:
        """Deletes the entries used longest ago until the cache is under its cap, and any
        temp file a killed writer left."""
        entries: list[tuple[float, int, Path]] = []
        try:
            found = list(os.scandir(self.directory))
        except OSError:
            return
        now = time.time()
        for item in found:
            try:
                stat = item.stat(follow_symlinks=False)
            except OSError:
                continue
            path = Path(item.path)
            if item.name.endswith(_TEMP_SUFFIX):
                if now - stat.st_mtime > _STALE_TEMP_SECONDS:
                    with contextlib.suppress(OSError):
                        path.unlink()
            elif item.name.endswith(_SUFFIX):
                entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        if total <= self.max_bytes:
            return
        for _, size, path in sorted(entries):
            if total <= self.max_bytes * _PRUNED_TO:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size


class Reusing:
    """A split function (`reader.dumps.load.iter_dump`'s kind) that gives a dump's articles
    from the cache when it has them; a dump it splits is put there only by `keep`, which
    its caller runs once the articles are sent on: the write (megabytes) delays none.

    The cache being only a speed-up, a dump it cannot read or hold is simply split."""

    def __init__(self, cache: SplitCache, split: Callable[[Path], Iterator[Article]]) -> None:
        self._cache = cache
        self._split = split
        self._split_now: list[tuple[Path, bytes, list[Article]]] = []

    def __call__(self, path: Path) -> Iterator[Article]:
        """The articles of `path`, as `split` gives them (its `DumpError` too)."""
        data = self._read(path)
        found = None if data is None else self._cache.get(data, str(path))
        if found is not None:
            return iter(found)
        articles = self._split(path)
        return articles if data is None else self._noted(path, data, articles)

    def keep(self) -> None:
        """Puts each dump split so far into the cache, unless its file changed since it was
        read (the articles may then be another version's)."""
        while self._split_now:
            path, data, articles = self._split_now.pop(0)
            if articles and self._read(path) == data:
                encoding = articles[0].meta.get("encoding", "utf-8")  # set unless UTF-8
                self._cache.put(data, str(path), encoding, articles)

    def _read(self, path: Path) -> bytes | None:
        """The dump's bytes; None for one the cache never holds or that cannot be read (the
        splitter says why)."""
        try:
            if path.stat().st_size > self._cache.max_bytes:
                return None
            return path.read_bytes()
        except OSError:
            return None

    def _noted(self, path: Path, data: bytes, articles: Iterator[Article]) -> Iterator[Article]:
        """The articles, passed on as found, and noted for `keep` once they are all found."""
        found: list[Article] = []
        for article in articles:
            found.append(article)
            yield article
        self._split_now.append((path, data, found))


def _articles(document: object) -> list[Article]:
    """The articles of an entry; ValueError (or KeyError, TypeError) for one not of this
    format."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError("not an entry of this format")
    return [
        Article(
            id=item["id"],
            source=item["source"],
            index=item["index"],
            title=item["title"],
            body=item["body"],
            paragraphs=tuple(
                Paragraph(p["start"], p["end"], p["kind"]) for p in item["paragraphs"]
            ),
            meta=item["meta"],
        )
        for item in document["articles"]
    ]


@functools.cache
def _splitter_version() -> bytes:
    """A digest of the code the articles come from: any change to it orphans every entry."""
    here = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT} {sys.version} {unicodedata.unidata_version}".encode())
    digest.update(start_model.setting().encode())
    artefacts = [start_model.ARTEFACT, field_model.ARTEFACT]
    for module in sorted([*here.glob("*.py"), *artefacts, here.parent / "article.py"]):
        digest.update(module.name.encode())
        with contextlib.suppress(OSError):
            digest.update(module.read_bytes())
    return digest.digest()
