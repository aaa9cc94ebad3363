"""A big dump split on two cores: a forked process splits the text from a cut on while this
one splits up to it, and the articles come out exactly as one process would give them.

The cut is a line after a blank line where an article is bound to start (a title heading,
or the headline under a separator), near the middle of the text. Nothing the splitter
decides before a start reads past the lines after it, nor after a start before it
(`reader.dumps.boundaries`), so the two parts are split independently. This process
checks, when it reaches the cut, that an article does start there with nothing carried
over (`Cut.met`); the other process, given that part and the dump's layout as soon as this
one has read the dump's head, splits it meanwhile. When the check fails, the other
process fails or `fork` is missing, this process splits on to the end alone: the result
is always what `reader.dumps.load.iter_dump` gives.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import pickle
import queue
import signal
import struct
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, overload

from reader.article import Article
from reader.collector import collector_paused
from reader.dumps import chrome
from reader.dumps.boundaries import PREFIX, Cut, Layout
from reader.dumps.jsonl import looks_like_jsonl
from reader.dumps.lines import lines_before, rest_of
from reader.dumps.load import (
    Dump,
    iter_articles,
    iter_first_part,
    iter_rest,
    read_dump,
    split_text,
)
from reader.dumps.packed import Batch, Framed, packed, renumbered, unpacked
from reader.leaving import die_with_parent

MIN_CHARS = 1_000_000
"""Smaller dumps split in one process: a fork and the hand-over cost more than they save."""
SHARE = 0.5
"""Where the cut is sought for the app's split (`Rest`), as a share of the text: the other
process starts only once this one has read the dump's head (its layout), but this one also
takes over the other's articles and sends them all on."""
SEARCH = 0.2
"""How far past that point (a share of the text) a cut is looked for."""
PIECE = 500
"""Articles of a rest the other process sends at a time, pickled as it splits (on its own
core): once this process is past the cut it takes them as they come, not all at the end."""
_LENGTH = struct.Struct(">Q")


@dataclass(frozen=True, slots=True)
class Split:
    """A cut: the text from `at` (a character offset, the start of a line) is split by
    the other process."""

    at: int


def find_cut(text: str, *, past_head: bool = False) -> Split | None:
    """A line where an article surely starts, near `SHARE` of the text, or with `past_head`
    halfway between the end of the dump's head (at most half the text) and the end of the
    text, else near `SHARE`; None for small dumps, JSON Lines, or when no such line is near.

    `past_head` is for a process that sends nothing on (`TwoCores`): it reads the head
    (`PREFIX` lines, for the layout) before the other process can start, so with the text
    cut in halves the other process ended last while this one waited for it (the bench's
    2,000-article dump, whose head is a seventh of it: 200 ms of CPU here after the fork
    against 253 there). A head of more than half the text counts as half: its articles
    are still to be made after the fork."""
    if len(text) < MIN_CHARS or looks_like_jsonl(text):
        return None
    starts = [int(len(text) * SHARE)]
    if past_head:
        starts.insert(0, (len(text) + min(_head_end(text), len(text) // 2)) // 2)
    near = (next(cuts(text, at, at + int(len(text) * SEARCH)), None) for at in starts)
    return next((split for split in near if split is not None), None)


def _head_end(text: str) -> int:
    """Where the dump's first `PREFIX` lines end (the text's end when it has fewer): the
    head this process splits before the other process can start."""
    at = 0
    for _ in range(PREFIX):
        at = text.find("\n", at) + 1
        if not at:
            return len(text)
    return at


def cuts(text: str, begin: int = 0, end: int | None = None) -> Iterator[Split]:
    """The lines between `begin` and `end` (character offsets) where an article surely
    starts: a `#` heading or the first line after a separator, with a blank line above."""
    at = begin
    while (at := text.find("\n\n", at, len(text) if end is None else end)) != -1:
        start = at + 2
        while text.startswith(("\n", "\r\n"), start):  # more blank lines
            start = text.index("\n", start) + 1
        if _sure_start(text, start):
            yield Split(start)
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


@dataclass(frozen=True, slots=True)
class Piece:
    """Some articles of a rest, in order, numbered from the rest's start, as the other
    process sent them (`reader.dumps.packed`: made here only once their number in the
    whole dump is known), with the dump's matter found so far."""

    articles: Batch
    count: int
    matter: Dump
    """The dump's front matter, and with the last piece its back matter (no articles)."""
    last: bool
    """Whether they are the rest's last."""

    @classmethod
    def of(cls, articles: list[Article], matter: Dump, last: bool) -> Piece:
        """The piece of `articles` (numbered from the rest's start) as it is sent."""
        return cls(packed(articles), len(articles), matter, last)

    def numbered_from(self, offset: int) -> list[Article]:
        """The articles, numbered in the whole dump: the rest starts at `offset`."""
        return unpacked(self.articles, offset)

    def passed_on(self, offset: int) -> list[Article] | list[Framed]:
        """`numbered_from`, or the articles' frame as it came, renumbered (none is made
        here), when they came framed."""
        if isinstance(self.articles, bytes):
            return [Framed(renumbered(self.articles, offset), self.count)]
        return self.numbered_from(offset)


class Later(Protocol):
    """Splits the text from a cut (`iter_rest`) elsewhere: `send` it, then take its
    `pieces`; `drop` when they are not wanted any more."""

    def send(self, source: str, text: str, at: int, encoding: str, layout: Layout) -> bool:
        """Starts splitting `text[at:]`, the dump (`text`) from the cut on, with the dump's
        `layout`; False when nothing elsewhere can (this process then splits on to the end)."""

    def pieces(self, source: str) -> Iterator[Piece]:
        """The articles of the part sent, numbered from 0, in pieces as they are split; they
        stop before the last one if it failed."""

    def drop(self) -> None:
        """The part sent is not wanted."""


def iter_dump_in_parts(path: Path, rest: Rest | None) -> Iterator[Article]:
    """`reader.dumps.load.iter_dump`, the part after the cut split by `rest` (if it runs)."""
    text, encoding = read_dump(path)
    split = find_cut(text)
    if rest is None or split is None:
        return iter_articles(text, str(path), encoding)
    rest.hold(text)
    return join_parts(text, str(path), encoding, split, rest)


def iter_dump_framed(path: Path, rest: Rest | None) -> Iterator[Article | Framed]:
    """`iter_dump_in_parts`, where the articles `rest` sends framed are passed on as their
    frame (`Framed`), renumbered: for a process that sends them on and keeps them framed."""
    text, encoding = read_dump(path)
    split = find_cut(text)
    if rest is None or split is None:
        return iter_articles(text, str(path), encoding)
    rest.hold(text)
    return join_parts(text, str(path), encoding, split, rest, framed=True)


class TwoCores:
    """Splits dumps one after another as `split_text` does, each big one on two cores: a
    process is forked for its rest when this one has read the dump's head (`Forked`), so
    small dumps fork nothing. For a command with no other thread (`reader export`)."""

    def __call__(self, text: str, source: str = "", encoding: str = "utf-8") -> list[Article]:
        """The articles `split_text(text, source, encoding)` gives."""
        split = find_cut(text, past_head=True)
        if split is None or not _may_fork():
            return split_text(text, source, encoding)
        rest = Forked()
        try:
            with collector_paused():
                return list(join_parts(text, source, encoding, split, rest))
        finally:
            rest.drop()


class Forked:
    """A `Later` that forks the process splitting the rest when the rest is sent: the child
    has the text, the dump's layout and the patterns this process compiled meanwhile, and
    sends back only its articles. Only in a process with no other thread (a fork copies no
    thread, but would copy a lock one of them held)."""

    def __init__(self) -> None:
        self._pid: int | None = None
        self._results: int | None = None

    def send(self, source: str, text: str, at: int, encoding: str, layout: Layout) -> bool:
        """Forks the process that splits `text[at:]` (the dump from the cut) with `layout`
        (it has the text: nothing is copied here); False if it may not."""
        if self._pid is not None or not _may_fork():
            return False
        answers, answer = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(answers)
            _split_once(source, text, at, encoding, layout, answer, parent)
        os.close(answer)
        self._pid, self._results = pid, answers
        return True

    def pieces(self, source: str) -> Iterator[Piece]:
        """The articles of the part sent (numbered from 0) as they come; the process then ends."""
        try:
            yield from _pieces_from(self._results, source)
        finally:
            self.drop()

    def drop(self) -> None:
        """Stops the process (if it still runs) and reaps it."""
        _stop(self._pid, (self._results,))
        self._pid = self._results = None


@overload
def join_parts(
    text: str, source: str, encoding: str, split: Split, rest: Later, framed: Literal[False] = ...
) -> Iterator[Article]: ...


@overload
def join_parts(
    text: str, source: str, encoding: str, split: Split, rest: Later, framed: Literal[True]
) -> Iterator[Article | Framed]: ...


def join_parts(
    text: str, source: str, encoding: str, split: Split, rest: Later, framed: bool = False
) -> Iterator[Article | Framed]:
    """The articles of the text up to the cut, then those `rest` splits from it, renumbered:
    what `iter_articles` gives for the whole text. Where the cut does not hold or the rest
    is missing, the text is split here to its end. `framed`: the rest's articles that came
    framed are passed on so (`Framed`), not made here."""
    # The cut's line is counted once the first rows are out and the rest is sent (a pass
    # over half the text, which the other process need not wait for): until then no line
    # is past it, and a cut reached before is merely not met.
    # Where the rest cannot be sent, the cut is never set: this process splits on alone.
    cut = Cut(sys.maxsize)
    articles, matter = iter_first_part(text, source, encoding, cut)
    held: Article | None = None  # the last one waits: the rest may change it
    count = 0
    offered = sent = False
    for article in articles:
        if held is not None:
            yield held  # the first rows go out before the rest is sent
            count += 1
        if not offered and held is not None and cut.layout is not None:
            offered = True  # the head is read
            sent = rest.send(source, text, split.at, encoding, cut.layout)
            if sent:
                cut.line = lines_before(text, split.at)
        held = article
    if not cut.met:  # split here to the end after all
        if sent:
            rest.drop()
        if held is not None:
            yield held
        return
    pieces = rest.pieces(source) if sent else iter(())
    first = next(pieces, None)
    if held is None or first is None or not _joins(matter, first):
        collections.deque(pieces, maxlen=0)  # read to their end: the next dump's come after
        yield from itertools.islice(iter_articles(text, source, encoding), count, None)
        return
    yield held
    count += 1
    offset, ended = count, False
    for piece in itertools.chain([first], pieces):
        yield from piece.passed_on(offset) if framed else piece.numbered_from(offset)
        count += piece.count
        ended = piece.last
    if not ended:  # the other process stopped short: the rest of it here
        yield from itertools.islice(iter_articles(text, source, encoding), count, None)


def _joins(first: Dump, later: Piece) -> bool:
    """Whether the parts join as they are: the rest's first piece has articles and the rest no
    front matter, and the first part no back matter (the dump's matter would otherwise move
    between them)."""
    return bool(later.count) and not later.matter.front_matter and not first.back_matter


class Rest:
    """A forked process that splits the parts it is sent (`send`) and sends the articles
    back (`pieces`), one dump after another. It is forked by `start` (or the first `send`),
    which must come before this process starts any thread: a caller that has threads to
    start later starts it once the first dump's head is split, so that the process
    inherits the patterns compiled and the models read for it, which it otherwise makes
    again before its first article (some 80 ms of CPU, docs/performance.md, fill19).

    The dump being split when it is forked (`hold`) is in the process already: its rest
    is sent as where it starts, not as text (pickled, piped and unpickled, some 20 ms of
    CPU here and 14 there before the other process could start, docs/performance.md,
    fill20)."""

    def __init__(self) -> None:
        self._pid: int | None = None
        self._requests: int | None = None
        self._results: int | None = None
        self._started = False
        self._held: str | None = None
        """The text of the dump being split, until the process is forked (it then has it)."""
        self._inherited: str | None = None
        """The text the process has of its own, until its rest is sent."""

    def hold(self, text: str) -> None:
        """`text` is the dump about to be split: a process forked while it is held has it,
        and is sent only where its rest starts (nothing is held once forked)."""
        if not self._started:
            self._held = text

    def start(self) -> None:
        """Forks the process, unless it was (once only: a process that has gone stays gone),
        or this process has another thread (then every dump is split here whole)."""
        if self._started:
            return
        self._started = True
        held, self._held = self._held, None
        if not _may_fork():
            return
        requests, ask = os.pipe()
        answers, answer = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(ask)
            os.close(answers)
            _serve(requests, answer, parent, held)
        os.close(requests)
        os.close(answer)
        self._pid, self._requests, self._results = pid, ask, answers
        self._inherited = held

    @property
    def running(self) -> bool:
        """Whether a process splits the rests (else every dump is split here whole)."""
        return self._requests is not None

    def send(self, source: str, text: str, at: int, encoding: str, layout: Layout) -> bool:
        """Has the other process split `text[at:]` (the dump from the cut) with `layout`
        (forked now if `start` was not called); False when no process can."""
        self.start()
        if self._requests is None:
            return False
        inherited, self._inherited = self._inherited, None
        part = (None, at) if text is inherited else rest_of(text, at)
        try:
            _send(self._requests, pickle.dumps((source, *part, encoding, layout), _PROTOCOL))
        except OSError:  # it has gone
            self.close()
            return False
        return True

    def pieces(self, source: str) -> Iterator[Piece]:
        """The articles of the part sent for `source` (numbered from 0) as they come; if
        they stop short, the process has gone (later dumps split here whole)."""
        last = False
        for piece in _pieces_from(self._results, source):
            last = piece.last
            yield piece
        if not last:
            self.close()

    def drop(self) -> None:
        """The part sent is not wanted: the process stops (later dumps split here whole)."""
        self.close()

    def close(self) -> None:
        """Stops the process and reaps it."""
        pid, fds = self._pid, (self._requests, self._results)
        self._pid = self._requests = self._results = None
        _stop(pid, fds)


def _may_fork() -> bool:
    """Whether this process may fork a process to split rests: only with no other thread
    (a fork copies no thread, but would copy a lock one of them held)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _answer(answers: int, source: str, text: str, at: int, encoding: str, layout: Layout) -> None:
    """In a child: the rest (`text[at:]`) split and sent back in pieces of `PIECE` articles
    as they are found, each as (source, Dump, last): pickled here and written by a thread
    as the pipe takes them, so the split never waits for the other process to read (it
    does once past its cut)."""
    whole, begin = rest_of(text, at)
    articles, matter = iter_rest(whole, source, encoding, layout, begin)
    outbox = _Outbox(answers)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == PIECE:
            outbox.put((source, Piece.of(batch, Dump(source, [], matter.front_matter), False)))
            batch = []
    outbox.put((source, Piece.of(batch, matter, True)))
    outbox.flush()


def _pieces_from(results: int | None, source: str) -> Iterator[Piece]:
    """The pieces a child sends back for `source`, up to its last; they stop short at the end
    of the pipe or at a piece of another dump's."""
    while results is not None and (frame := _receive(results)) is not None:
        name, piece = pickle.loads(frame)
        if name != source:
            return
        yield piece
        if piece.last:
            return


class _Outbox:
    """Frames for a pipe whose reader takes them later, written by a thread of their own as
    the pipe takes them (the pipe holds 64 KB, a piece some 600 KB): making the next never
    waits for the reader, and a reader that waits gets each as soon as it is made."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._frames: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._failed: list[OSError] = []
        self._thread = threading.Thread(target=self._write, daemon=True)
        self._thread.start()

    def put(self, item: object) -> None:
        """Pickles `item` for the thread to write after those before it."""
        self._frames.put(pickle.dumps(item, _PROTOCOL))

    def flush(self) -> None:
        """Waits until every frame is written; OSError if the reader has gone."""
        self._frames.put(None)
        self._thread.join()
        if self._failed:
            raise self._failed[0]

    def _write(self) -> None:
        while (frame := self._frames.get()) is not None:
            try:
                _send(self._fd, frame)
            except OSError as exc:  # the reader has gone: `flush` says so
                self._failed.append(exc)
                return


def _stop(pid: int | None, fds: tuple[int | None, ...]) -> None:
    """Kills and reaps the child `pid` (if any) and closes its pipes' ends here."""
    if pid is not None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    for fd in fds:
        if fd is not None:
            os.close(fd)


_PROTOCOL = pickle.HIGHEST_PROTOCOL


def _serve(requests: int, answers: int, parent: int, held: str | None) -> None:
    """In the child: each part it is sent split, sent back as (source, Dump); a part sent
    with no text is of `held`, the text this process was forked with (used once)."""
    status = 1
    try:
        die_with_parent()
        while os.getppid() == parent and (frame := _receive(requests)) is not None:
            source, text, at, encoding, layout = pickle.loads(frame)
            if text is None:  # the text it was forked with
                if held is None:
                    raise ValueError("a part sent with no text, and none held")
                text, held = held, None
            _answer(answers, source, text, at, encoding, layout)
        status = 0
    except BaseException:  # the parent splits whole what it does not get
        pass
    finally:
        os._exit(status)


def _split_once(
    source: str, text: str, at: int, encoding: str, layout: Layout, answers: int, parent: int
) -> None:
    """In a `Forked` child: the rest (`text[at:]`) split and sent back as (source, Dump)."""
    status = 1
    try:
        die_with_parent()
        if os.getppid() == parent:
            _answer(answers, source, text, at, encoding, layout)
            status = 0
    except BaseException:  # the parent splits what it does not get
        pass
    finally:
        os._exit(status)


def _send(fd: int, frame: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(frame)) + frame)
    while view:
        view = view[os.write(fd, view) :]


def _receive(fd: int) -> bytes | None:
    """The next frame; None at the end of the pipe."""
    header = _take(fd, _LENGTH.size)
    return None if header is None else _take(fd, _LENGTH.unpack(header)[0])


def _take(fd: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(fd, min(size, 1 << 22))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)
