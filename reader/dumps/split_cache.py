"""The on-disk cache of split dumps, so a command that reads the same dump again does not
split it again (splitting was a third of `reader export` at 2,000 articles).

One file per dump under the workspace cache folder (`splits/`), beside the entity
cache: a line naming its format and the dump's digest, then the articles in frames of a
few hundred (`reader.dumps.packed`: plain data, read as safely as JSON). It is named by a
hash of the dump's path (which each article records as its source) and of the splitter
itself (the format of an entry, the source of every module
of `reader.dumps` and of `reader.article`, the start model's weights and whether it is
on, the Python and Unicode versions), and holds the digest of the dump's exact bytes
first: a dump that changes, moves or is split by other code never sees a stale entry,
and one never opened before is known to be missing without reading or hashing it (the
app splits at once, and hashes the dump once its articles are sent, `Reusing`). Dumps
whose encoding had to be guessed (by `charset_normalizer`, whose guess may change with
its version) are not cached.

The cache is only ever a speed-up: an entry that cannot be read is deleted and the
dump split again; a folder that cannot be written leaves the caller splitting. Entries
are written to a temp file, a frame at a time as they are split, and renamed once
whole and checked against the dump, so a kill leaves no half entry (a stray temp file
goes at the next pruning). A hit refreshes the entry's time; past the size cap the
entries used longest ago go first.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import os
import stat
import struct
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reader.article import Article
from reader.dumps import pattern_code
from reader.dumps.trials import setting

if TYPE_CHECKING:
    from reader.dumps.packed import Framed

FOLDER = "splits"
"""The cache's folder inside the workspace cache folder."""
FORMAT = 4
"""What an entry holds (2: the dump's digest before the articles, the name from the path
alone; 3: each paragraph as [start, end, kind]; 4: the articles in frames, where a JSON
object for each cost the splitting process 3.6 times what framing them does); bumping it
orphans every entry."""
MAX_CACHE_BYTES = 256 * 1024 * 1024
"""The size cap: about 200 MB of dumps (an entry is about 1.3 times its dump)."""
_PRUNED_TO = 0.8
"""Pruning goes down to this share of the cap, so the next writes do not prune again."""
SUFFIX = ".split"
"""How an entry's file name ends (the bench waits for one)."""
_TEMP_SUFFIX = ".tmp"
_STALE_TEMP_SECONDS = 600
"""A temp file this old belongs to a writer that was killed (a write takes well under this)."""
FRAME_ARTICLES = 500
"""Articles of an entry framed and written at a time while they come."""
_FRAME = struct.Struct(">Q")
"""The size of a frame, before it."""
CACHED_ENCODINGS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}
)
"""Encodings found from the bytes alone (a BOM, valid UTF-8, the NULs of UTF-16)."""


_DIGEST_SIZE = 20


def dump_digest(data: bytes) -> str:
    """The digest of a dump's bytes an entry is checked against."""
    return hashlib.blake2b(data, digest_size=_DIGEST_SIZE).hexdigest()


class SplitCache:
    """The split results of one workspace's dumps, by path, splitter and content."""

    def __init__(self, directory: Path, max_bytes: int = MAX_CACHE_BYTES) -> None:
        """`directory` is the workspace cache folder; the entries go in its `splits/`, and the
        code of the splitter's patterns (`pattern_code`) beside them."""
        self.directory = directory / FOLDER
        self.max_bytes = max_bytes
        pattern_code.keep_in(self.directory)

    def get(self, data: bytes, source: str) -> list[Article] | None:
        """The articles cached for the dump `source` holding `data`; None when there are none
        (or the entry could not be read, which is then deleted). A dump never kept is not
        hashed."""
        if not self.holds(source):
            return None
        return self.read(source, dump_digest(data))

    def holds(self, source: str) -> bool:
        """Whether some version of the dump `source` may be cached (a stat: no hash of it)."""
        return self.entry(source).is_file()

    def read(self, source: str, digest: str) -> list[Article] | None:
        """The articles cached for the dump `source` whose bytes have `digest`; None when
        there are none: no entry, one of another version of the dump (left for the next
        write to replace), or one that cannot be read (deleted)."""
        frames = self.frames(source, digest)
        if frames is None:
            return None
        try:
            return [article for frame in frames for article in frame]
        except Unreadable:
            return None

    def frames(self, source: str, digest: str) -> Iterator[list[Article]] | None:
        """`read`'s articles a frame at a time, each as its bytes are read: a reopened big
        dump's first rows wait for one frame, not for the whole entry (10,000 articles: some
        40 ms of CPU). None when there is no entry for those bytes; a frame that cannot be
        read raises `Unreadable` (the entry deleted)."""
        entry = self.entry(source)
        head = _head(digest)
        try:
            file = entry.open("rb")
        except OSError:
            return None
        try:
            same = file.read(len(head)) == head
        except OSError:
            same = False
        if not same:
            file.close()
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # used now: pruned last
        return _frames(file, entry)

    def get_all(self, paths: Sequence[Path]) -> list[Article] | None:
        """The articles of every dump in `paths`, in order, when each was split before; None
        as soon as one was not (or cannot be read, or is over the cache's cap and so never
        in it), for `load_dumps` to split it and report what is wrong. A command that finds
        them all here never imports the splitter (a fifth of `reader export`'s imports)."""
        articles: list[Article] = []
        for path in paths:
            if not self.fits(path):
                return None
            digest = _file_digest(path)  # a piece at a time: no copy of the dump held
            found = None if digest is None else self.read(str(path), digest)
            if found is None:
                return None
            articles.extend(found)
        return articles

    def fits(self, path: Path) -> bool:
        """Whether the dump at `path` may be looked for here: a regular file not over the
        cap. A pipe (`reader stats <(zcat news.gz)`) or a device is read once, by the
        splitter: its hash read the pipe dry first (the command said "the file is empty"),
        and /dev/zero's never ended."""
        try:
            info = path.stat()
        except OSError:
            return False
        return stat.S_ISREG(info.st_mode) and info.st_size <= self.max_bytes

    def put(self, data: bytes, source: str, encoding: str, articles: Sequence[Article]) -> None:
        """Keeps the articles split from `data` (read from `source` in `encoding`); a dump
        whose encoding was guessed, or a folder that cannot be written, keeps nothing."""
        if encoding not in CACHED_ENCODINGS:
            return
        writer = self.writer(source)
        for article in articles:
            writer.add(article)
        writer.finish(dump_digest(data))
        writer.commit()

    def writer(self, source: str) -> EntryWriter:
        """A writer of the entry for the dump `source`."""
        return EntryWriter(self, self.entry(source))

    def entry(self, source: str) -> Path:
        """The file of the dump `source`'s entry."""
        name = hashlib.blake2b(_splitter_version(), digest_size=20)
        name.update(source.encode("utf-8", "surrogatepass"))
        return self.directory / f"{name.hexdigest()}{SUFFIX}"

    def prune(self) -> None:
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
            else:  # an entry, or one of an older format's (named otherwise)
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


class WrittenLater(SplitCache):
    """A split cache that reads its entries at once and writes new ones when told
    (`write`): the dumps split before the app's first frame (`EAGER_LOAD_BYTES` in all) are
    read from it, and those split then are kept once the plan is on its way, by a process
    of their own (docs/performance.md, fill20)."""

    def __init__(self, directory: Path, max_bytes: int = MAX_CACHE_BYTES) -> None:
        super().__init__(directory, max_bytes)
        self._puts: list[tuple[bytes, str, str, list[Article]]] = []

    @property
    def pending(self) -> bool:
        """Whether some dump was split and waits to be written."""
        return bool(self._puts)

    def put(self, data: bytes, source: str, encoding: str, articles: Sequence[Article]) -> None:
        """Noted, to be kept by `write`."""
        self._puts.append((data, source, encoding, list(articles)))

    def write(self) -> None:
        """Keeps every dump noted so far (as `SplitCache.put` does)."""
        puts, self._puts = self._puts, []
        for data, source, encoding, articles in puts:
            super().put(data, source, encoding, articles)


class EntryWriter:
    """One entry written a frame at a time into a temp file, so whoever splits holds no
    more than a frame's articles for it; `commit` makes it the entry. Any failure (a
    folder that cannot be written, a full disk, text with no frame form) drops it
    quietly: the cache is only a speed-up."""

    def __init__(self, cache: SplitCache, entry: Path) -> None:
        self._cache = cache
        self._entry = entry
        self._temp = entry.with_name(f".{entry.name}.{os.getpid()}{_TEMP_SUFFIX}")
        self._file: BinaryIO | None = None
        self._pending = [_head(_NO_DIGEST)]  # the digest is written in at the end
        self._held: list[Article] = []
        self._count = 0
        self._ended = False

    @property
    def alive(self) -> bool:
        """Whether the entry may still be written (nothing has failed, nor was it dropped)."""
        return not self._ended

    def add(self, article: Article) -> None:
        """The next article of the dump, after the ones added before."""
        if self._ended:
            return
        self._held.append(article)
        if len(self._held) >= FRAME_ARTICLES:
            self._write()

    def add_framed(self, frame: bytes, count: int) -> None:
        """The next `count` articles of the dump as one frame (`reader.dumps.packed`) made
        elsewhere, after the ones added before: written as it is."""
        self._write()  # those before it, in a frame of their own
        if self._ended:
            return
        self._pending += [_FRAME.pack(len(frame)), frame]
        self._count += count
        self._write()

    def settle(self, languages: Sequence[str | None]) -> None:
        """Gives the articles written whose language was left to guess the one guessed for
        each (`languages`, one for each article in order; `reader.article.settle_languages`),
        their frames made again with it, before the digest is written (`finish`). A temp file
        that cannot be read back, or whose articles the languages do not match, is dropped."""
        self._write()
        if self._ended or self._file is None:
            return
        from reader.dumps.packed import with_languages  # see `_frames`

        try:
            self._file.close()
            held = self._temp.read_bytes()
            frames = [held[: len(_head(_NO_DIGEST))]]
            at, given = len(frames[0]), 0
            while at < len(held):
                (size,) = _FRAME.unpack_from(held, at)
                frame, count = with_languages(
                    held[at + _FRAME.size : at + _FRAME.size + size], languages, given
                )
                frames += [_FRAME.pack(len(frame)), frame]
                at, given = at + _FRAME.size + size, given + count
            if given != len(languages):
                raise ValueError("languages for other articles")
            self._file = self._temp.open("wb")
            self._file.write(b"".join(frames))
        except (OSError, ValueError, struct.error):
            self.drop()

    def finish(self, digest: str | None) -> None:
        """Writes the articles held and the `digest` of the dump's bytes in the entry's head,
        and closes its temp file. Nothing is kept without a digest, nor for a dump that gave
        no article (it may still be being written)."""
        if self._ended:
            return
        self._write()
        if digest is None or len(digest) != len(_NO_DIGEST) or not self._count:
            self.drop()
            return
        if self._file is None:
            return
        try:
            self._file.seek(_DIGEST_AT)
            self._file.write(digest.encode("ascii"))
            self._file.close()
        except OSError:
            self.drop()
        self._file = None

    def flush(self) -> None:
        """Writes the articles held and empties the temp file's buffer, the digest still to
        come (`finish`): a process forked after this (the app's cache writer, `keep`) then
        finishes the file with none of this one's bytes buffered twice."""
        if self._ended:
            return
        self._write()
        if self._file is not None:
            try:
                self._file.flush()
            except OSError:
                self.drop()

    def commit(self) -> None:
        """Makes the finished temp file the entry (then prunes the cache)."""
        if self._ended or self._file is not None or not self._count:
            self.drop()
            return
        try:
            self._temp.replace(self._entry)
        except OSError:
            self.drop()
            return
        self._ended = True
        pattern_code.save()  # the patterns compiled for the split, if any were
        self._cache.prune()

    def drop(self) -> None:
        """Gives the entry up: its temp file goes."""
        self._ended = True
        self._pending = []
        self._held = []
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        with contextlib.suppress(OSError):
            self._temp.unlink()

    def _write(self) -> None:
        """The articles held framed, and written with what the entry still waits to write."""
        if self._held:
            from reader.dumps.packed import Unpackable, pack  # see `_frames`

            try:
                frame = pack(self._held)
            except Unpackable:  # lone surrogates (a path that is not UTF-8)
                self.drop()
                return
            self._pending += [_FRAME.pack(len(frame)), frame]
            self._count += len(self._held)
            self._held = []
        try:
            if self._file is None:
                self._entry.parent.mkdir(parents=True, exist_ok=True)
                self._file = self._temp.open("wb")
            self._file.write(b"".join(self._pending))
        except OSError:
            self.drop()
            return
        self._pending = []


_NO_DIGEST = "0" * 2 * _DIGEST_SIZE
"""What stands for a digest (`dump_digest`'s 40 hex digits) until the entry is finished."""


def _head(digest: str) -> bytes:
    """How an entry of this format for bytes of `digest` begins (its frames follow)."""
    return b"reader split cache %d %s\n" % (FORMAT, digest.encode("ascii"))


_DIGEST_AT = _head("").index(b"\n")
"""Where the digest stands in an entry's bytes."""


class Reusing:
    """A split function (`reader.dumps.load.iter_dump`'s kind) that gives a dump's articles
    from the cache when it has them; a dump it splits is written to a temp entry as its
    articles pass, and made the entry only by `keep`, which its caller runs once the
    articles are sent on: the writes delay no article, and nothing is held for them.

    A dump with no entry at all (a first opening) is split at once: its file is opened
    before the split reads it and hashed by `keep`, from that opening, so no row waits for
    a hash and no copy of the dump is held for it; a file that changed in between is not
    kept. (Hashed in a thread beside the split, an 11 MB dump's digest took some 115 M
    instructions from the split's own two cores before its last rows: docs/performance.md,
    speed31.)
    The cache being only a speed-up, a dump it cannot read or hold is simply split."""

    def __init__(
        self, cache: SplitCache, split: Callable[[Path], Iterator[Article | Framed]]
    ) -> None:
        self._cache = cache
        self._split = split
        self._split_now: list[tuple[Path, _Digest, EntryWriter]] = []

    def __call__(self, path: Path) -> Iterator[Article | Framed]:
        """The articles of `path`, as `split` gives them (its `DumpError` too)."""
        source = str(path)
        if not self._cache.fits(path):
            return self._split(path)
        if self._cache.holds(source):
            digest = _file_digest(path)  # read before the split reads it
            frames = None if digest is None else self._cache.frames(source, digest)
            if frames is not None:
                return self._cached(path, frames)
            made = _Digest(digest)
        else:
            made = _Digest.beside(path)
        try:
            articles = self._split(path)
        except BaseException:
            made.close()
            raise
        return self._written(path, made, articles)

    def keep(self, languages: Mapping[Path, Sequence[str | None]] | None = None) -> None:
        """Makes each dump's entry written so far the entry, with the digest of the bytes the
        split read, unless its file changed since it was read (the articles may then be
        another version's): its digest is made again to compare. `languages`: for a dump
        split with its languages left to guess, those guessed since, one for each of its
        articles in order (`EntryWriter.settle`): an entry holds them as a split does (a
        dump they are not given for is not kept)."""
        while self._split_now:
            path, digest, writer = self._split_now.pop(0)
            if languages is not None:
                if path in languages:
                    writer.settle(languages[path])
                else:
                    writer.drop()
            writer.finish(digest.value())
            if _file_digest(path) == digest.value():
                writer.commit()
            else:
                writer.drop()

    def _cached(self, path: Path, frames: Iterator[list[Article]]) -> Iterator[Article]:
        """The entry's articles as its frames are read; from a frame that cannot be read on,
        the split's articles after those already given (the same splitter on the same bytes
        gives the same articles)."""
        given = 0
        try:
            for frame in frames:
                yield from frame
                given += len(frame)
        except Unreadable:
            yield from itertools.islice(self._split(path), given, None)

    def _written(
        self, path: Path, digest: _Digest, articles: Iterator[Article | Framed]
    ) -> Iterator[Article | Framed]:
        """The articles, passed on as found and added to the dump's temp entry (those that
        come framed as their frame), noted for `keep` once they are all found; the temp
        entry goes if they stop short."""
        writer: EntryWriter | None = None
        try:
            for article in articles:
                if writer is None:
                    writer = self._writer(path, article)
                if isinstance(article, Article):
                    writer.add(article)
                else:
                    writer.add_framed(*article)
                yield article
        except BaseException:
            digest.close()
            if writer is not None:
                writer.drop()
            raise
        if writer is None or not writer.alive:
            digest.close()
            return
        writer.flush()  # its digest is `keep`'s to write
        self._split_now.append((path, digest, writer))

    def _writer(self, path: Path, first: Article | Framed) -> EntryWriter:
        """The writer of the dump's entry, told by its first article whether it may be
        kept (its encoding is said in each article's meta, unless UTF-8; a dump's first
        article is never a frame passed on, which would say nothing of it)."""
        writer = self._cache.writer(str(path))
        if not isinstance(first, Article) or first.meta.get("encoding", "utf-8") not in (
            CACHED_ENCODINGS
        ):
            writer.drop()
        return writer


def _file_digest(path: Path) -> str | None:
    """`dump_digest` of the file's bytes, read a piece at a time; None if it cannot be read."""
    try:
        with path.open("rb") as file:
            return _read_digest(file)
    except OSError:
        return None


def _read_digest(file: BinaryIO) -> str:
    """`dump_digest` of the rest of `file`, read a piece at a time."""
    return hashlib.file_digest(file, _blake2b).hexdigest()


def _blake2b() -> hashlib.blake2b:
    return hashlib.blake2b(digest_size=_DIGEST_SIZE)


class _Digest:
    """The digest of a dump's bytes: given, or made in a thread once `start`ed from the
    file as it was when opened (`beside`, before the split reads it); `value` waits."""

    def __init__(
        self,
        value: str | None = None,
        file: BinaryIO | None = None,
        opened: tuple[int, ...] = (),
    ) -> None:
        self._value = value
        self._file = file
        self._opened = opened
        self._thread: threading.Thread | None = None

    @classmethod
    def beside(cls, path: Path) -> _Digest:
        """The digest of `path`'s bytes, the file opened now and read only once `start`ed:
        nothing is held meanwhile, and a file changed in between has no digest (None)."""
        try:
            file = path.open("rb")
        except OSError:
            return cls()
        try:
            opened = _version(os.fstat(file.fileno()))
        except OSError:
            file.close()
            return cls()
        return cls(file=file, opened=opened)

    def start(self) -> None:
        """Starts making the digest in a thread (hashing lets go of the GIL)."""
        if self._file is not None and self._thread is None:
            self._thread = threading.Thread(target=self._make, name="split-digest", daemon=True)
            self._thread.start()

    def value(self) -> str | None:
        """The digest (None if it could not be made), once made."""
        self.start()
        if self._thread is not None:
            self._thread.join()
        return self._value

    def close(self) -> None:
        """Lets go of the file when the digest is not wanted after all."""
        if self._thread is None and self._file is not None:
            self._file.close()
            self._file = None

    def _make(self) -> None:
        file = self._file
        if file is None:
            return
        try:
            made = _read_digest(file)
            same = _version(os.fstat(file.fileno())) == self._opened
        except OSError:
            return
        finally:
            file.close()
        if same:  # else the split may have read other bytes than these
            self._value = made


def _version(stat: os.stat_result) -> tuple[int, ...]:
    """What changes with a file's bytes, written in place or replaced."""
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


class Unreadable(Exception):
    """An entry's frame that cannot be read (cut short, or not a frame): the entry is gone."""


def _frames(file: BinaryIO, entry: Path) -> Iterator[list[Article]]:
    """The articles of each of an entry's frames from where `file` stands, as read; the file
    is closed after the last, and the entry deleted at one that cannot be read. The frames'
    module (orjson with it: some 10 ms) is imported when an entry is read or written: a
    first opening of small dumps, whose plan only looks for an entry, does without it."""
    from reader.dumps.packed import unpack

    with file:
        while sized := file.read(_FRAME.size):
            try:
                (size,) = _FRAME.unpack(sized)
                raw = file.read(size)
                if len(raw) < size:
                    raise ValueError("a frame cut short")
                articles = unpack(raw)
            except (OSError, struct.error, ValueError) as exc:
                with contextlib.suppress(OSError):
                    entry.unlink()
                raise Unreadable(f"{entry.name}: {exc}") from exc
            yield articles


LEARNED_ARTEFACTS = ("start_model.json", "field_model.json")
"""The learned models' files beside this module (`start_model.ARTEFACT`,
`field_model.ARTEFACT`), named here so that reading the cache imports neither model's code,
which brings the whole splitter (an export of dumps split before paid some 10 ms of imports
for two file names)."""


@functools.cache
def _splitter_version() -> bytes:
    """A digest of the code the articles come from: any change to it orphans every entry."""
    here = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT} {sys.version} {unicodedata.unidata_version}".encode())
    digest.update(setting().encode())
    artefacts = [Path(__file__).with_name(name) for name in LEARNED_ARTEFACTS]
    for module in sorted([*here.glob("*.py"), *artefacts, here.parent / "article.py"]):
        digest.update(module.name.encode())
        with contextlib.suppress(OSError):
            digest.update(module.read_bytes())
    return digest.digest()
