"""A big dump split on two cores: a forked process splits the text from a cut on while this
one splits up to it, and the articles come out exactly as one process would give them.

The cut is a line after a blank line where an article is bound to start (a title heading,
or the headline under a separator), near the middle of the text. Nothing the splitter
decides before a start reads past the lines after it, nor after a start before it
(`reader.dumps.boundaries`), so the two parts are split independently. This process
checks, when it reaches the cut, that an article does start there with nothing carried
over (`Cut.met`); the other process splits its part with the whole dump's layout. When the
check fails, the other process fails or `fork` is missing, this process simply goes on
to the end: the result is always what `reader.dumps.load.iter_dump` gives.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import itertools
import os
import pickle
import signal
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.article import Article
from reader.dumps import chrome
from reader.dumps.boundaries import Cut
from reader.dumps.decoding import DumpError
from reader.dumps.jsonl import looks_like_jsonl
from reader.dumps.lines import normalize_newlines
from reader.dumps.load import (
    Dump,
    head_layout,
    iter_articles,
    iter_first_part,
    read_dump,
    split_rest,
)

MIN_CHARS = 1_000_000
"""Smaller dumps split in one process: a fork and the hand-over cost more than they save."""
SHARE = 0.55
"""Where the cut is sought, as a share of the text: the rest's process also reads the dump's
head for its layout and sends its articles over, so it takes a little less than half."""
SEARCH = 0.2
"""How far past that point (a share of the text) a cut is looked for."""
_LENGTH = struct.Struct(">Q")


@dataclass(frozen=True, slots=True)
class Split:
    """A cut: the text from `at` (a character offset) is split by the other process; it
    starts on dump line `line`."""

    at: int
    line: int


def find_cut(text: str) -> Split | None:
    """A line where an article surely starts, near `SHARE` of the text; None for small
    dumps, JSON Lines, or when no such line is near."""
    if len(text) < MIN_CHARS or looks_like_jsonl(text):
        return None
    at = int(len(text) * SHARE)
    return next(cuts(text, at, at + int(len(text) * SEARCH)), None)


def cuts(text: str, begin: int = 0, end: int | None = None) -> Iterator[Split]:
    """The lines between `begin` and `end` (character offsets) where an article surely
    starts: a `#` heading or the first line after a separator, with a blank line above."""
    at = begin
    while (at := text.find("\n\n", at, len(text) if end is None else end)) != -1:
        start = at + 2
        while text.startswith(("\n", "\r\n"), start):  # more blank lines
            start = text.index("\n", start) + 1
        if _sure_start(text, start):
            yield Split(start, normalize_newlines(text[:start]).count("\n"))
        at = start


def _sure_start(text: str, start: int) -> bool:
    """The line at `start` begins a block (a blank line above it) that is a title heading or
    comes right after a separator that is not an export's record mark (whose text the next
    article keeps): the splitter starts an article on it in any such dump."""
    line = _line_at(text, start)
    if not line.strip() or "\f" in line or chrome.is_separator(line):
        return False
    above = _nonblank_above(text, start)
    if above is None or "\f" in above or chrome.record_mark(above):
        return False
    return line.startswith("# ") or chrome.is_separator(above)


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : None if end == -1 else end].rstrip("\r")


def _nonblank_above(text: str, start: int) -> str | None:
    """The nearest non-blank line above `start` (None at the top of the text)."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line:
            return line
        end = begin - 1
    return None


def iter_dump_in_parts(path: Path, rest: Rest | None) -> Iterator[Article]:
    """`reader.dumps.load.iter_dump`, the part after the cut split by `rest` (if it runs)."""
    text, encoding = read_dump(path)
    split = find_cut(text)
    if rest is None or not rest.running or split is None:
        if rest is not None:
            rest.skip(path)
        return iter_articles(text, str(path), encoding)
    return join_parts(text, str(path), encoding, split, lambda: rest.result(path))


def join_parts(
    text: str,
    source: str,
    encoding: str,
    split: Split,
    rest: Callable[[], Dump | None],
) -> Iterator[Article]:
    """The articles of the text up to the cut, then those `rest()` gives for the text from
    it (`split_rest`), renumbered: what `iter_articles` gives for the whole text. Where the
    cut does not hold or the rest is missing, the text is split here to its end."""
    cut = Cut(split.line)
    articles, matter = iter_first_part(text, source, encoding, cut)
    held: Article | None = None  # the last one waits: the rest may change it
    count = 0
    for article in articles:
        if held is not None:
            yield held
            count += 1
        held = article
    if not cut.met:  # split here to the end after all
        if held is not None:
            yield held
        return
    later = rest()
    if (
        held is None
        or later is None
        or not later.articles
        or later.front_matter
        or matter.back_matter
    ):
        # no rest, or the dump's matter would move between the parts: split it all here
        yield from itertools.islice(iter_articles(text, source, encoding), count, None)
        return
    yield held
    for article in later.articles:
        yield dataclasses.replace(article, index=article.index + count + 1)


class Rest:
    """A forked process that splits, for each dump in turn, the part after its cut, and
    sends the articles back (`result`); started before any thread, so forking is safe."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._pid: int | None = None
        self._read: int | None = None
        self._results: dict[str, Dump | None] = {}
        self._skipped: set[str] = set()
        if not hasattr(os, "fork") or threading.active_count() > 1:
            return
        read, write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            _serve(paths, write, parent)
        os.close(write)
        self._pid, self._read = pid, read

    @property
    def running(self) -> bool:
        """Whether a process splits the rests (else every dump is split here whole)."""
        return self._read is not None

    def result(self, path: Path) -> Dump | None:
        """The rest of `path` split (articles numbered from 0), or None if it could not be."""
        while str(path) not in self._results:
            frame = self._frame()
            if frame is None:
                self.close()
                return None
            name, dump = pickle.loads(frame)
            if name in self._skipped:
                self._skipped.discard(name)
            else:
                self._results[name] = dump
        return self._results.pop(str(path))

    def skip(self, path: Path) -> None:
        """`path` is split here whole: its rest, when it comes, is dropped."""
        if self._results.pop(str(path), False) is False:
            self._skipped.add(str(path))

    def close(self) -> None:
        """Stops the process and reaps it."""
        read, pid = self._read, self._pid
        self._read = self._pid = None
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        if read is not None:
            os.close(read)

    def _frame(self) -> bytes | None:
        header = self._take(_LENGTH.size)
        if header is None:
            return None
        return self._take(_LENGTH.unpack(header)[0])

    def _take(self, size: int) -> bytes | None:
        chunks: list[bytes] = []
        while size and self._read is not None:
            chunk = os.read(self._read, min(size, 1 << 22))
            if not chunk:
                return None
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks) if not size else None


def _serve(paths: Sequence[Path], write: int, parent: int) -> None:
    """In the child: each dump's rest split and sent as (path, Dump or None)."""
    status = 1
    try:
        _die_with_parent()
        for path in paths:
            if os.getppid() != parent:  # the splitting process has gone
                break
            _send(write, pickle.dumps((str(path), _rest(path)), pickle.HIGHEST_PROTOCOL))
        status = 0
    except BaseException:  # the parent splits whole what it does not get
        pass
    finally:
        os._exit(status)


def _die_with_parent() -> None:
    """Asks Linux to end this process when its parent ends (nothing elsewhere: the
    parent's pipe closing then ends it at its next dump)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


_PR_SET_PDEATHSIG = 1


def _rest(path: Path) -> Dump | None:
    try:
        text, encoding = read_dump(path)
    except DumpError:
        return None
    split = find_cut(text)
    if split is None:
        return None
    return split_rest(text[split.at :], str(path), encoding, head_layout(text))


def _send(write: int, frame: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(frame)) + frame)
    while view:
        view = view[os.write(write, view) :]
