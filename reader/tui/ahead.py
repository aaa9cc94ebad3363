"""Work done in a forked child while this process goes on, e.g. splitting the dumps while
Textual is imported: the first frame needs both, and a second core does one of them.

The child runs one function and sends its pickled result through a pipe. Any failure
(no `fork` on this system, threads already running, an exception in the child, a
result that does not pickle) makes `result()` run the function here instead, so the
caller sees exactly what a plain call would have given, errors included.

With `then`, the child goes on after the result: it sends each item `then(result)`
yields (a big dump's articles as the splitter finds them) and `follow()` gives them
here as they come. A writer thread in the child sends them, so the child never waits
for this process to read. A stream cut short (the child died) is `Broken`; the
caller does that work itself. When `then` gives `Followed` items, their `after` is done
once every item is sent, in a process of its own that outlives this one's `close` (work
this process needs nothing from, such as writing a cache); that process first sends their
`then` items, and ends the stream (what comes after a big dump's list: its languages).
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import queue
import signal
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from reader.errors import ReaderError
from reader.leaving import detached, die_with_parent

T = TypeVar("T")
_CHUNK = 1 << 20
_LENGTH = struct.Struct(">Q")
_END = b""
"""The last frame of a stream that ended as it should (items are never empty pickles)."""
_REAP_POLL = 0.25
"""Seconds between looks at whether the child has ended, where `os.waitid` cannot wait
for it without reaping it."""


class Broken(ReaderError):
    """The child stopped before its stream ended (killed, out of memory, a bug)."""


class Followed:
    """Items for the child to stream, and work done once they are all sent, when nothing
    here waits for it any more (a plain class: a dataclass costs the first frame).

    `then`: items streamed after `items` by the process that does `after`, before it:
    what this process waits for only after the items (a big dump's languages, guessed
    after its list is sent), made where this process's `close` does not stop them, so that
    `after`, which may need them, is done even when this process ends first."""

    __slots__ = ("after", "items", "then")

    def __init__(
        self, items: Iterable[object], after: Callable[[], None], then: Iterable[object] = ()
    ) -> None:
        self.items = items
        self.after = after
        self.then = then


class Go:
    """A word this process gives a child forked after it was made, which the child may
    wait for: a pipe, written once. The split child waits for it before the dumps the
    first frame does not list, so their split takes no core from that frame (a first
    opening of 20 small dumps: docs/performance.md, speed32)."""

    __slots__ = ("_lock", "_read", "_write")

    def __init__(self) -> None:
        self._read, self._write = os.pipe()
        self._lock = threading.Lock()

    def wait(self, timeout: float) -> bool:
        """In the child: until the word is given or this process's parent closes its end
        unsaid, or `timeout` seconds (False then). The child's own copy of the write end
        is closed first: held open, it kept the parent's close unheard to the timeout."""
        import select

        with contextlib.suppress(OSError):
            os.close(self._write)
        self._write = -1
        ready, _, _ = select.select([self._read], [], [], timeout)
        return bool(ready)

    def give(self) -> None:
        """Gives the word (once; a child gone meanwhile is no error) and closes the pipe.
        Any thread may call it, or `close`, any number of times."""
        with self._lock:
            if self._write >= 0:
                with contextlib.suppress(OSError):
                    os.write(self._write, b"\0")
            self._close()

    def close(self) -> None:
        """Closes this process's ends of the pipe; the word can no longer be given."""
        with self._lock:
            self._close()

    def _close(self) -> None:
        for fd in (self._read, self._write):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._read = self._write = -1


class Ahead(Generic[T]):
    """`function()` started in a child process; `result()` collects it (or runs it here)."""

    def __init__(
        self,
        function: Callable[[], T],
        then: Callable[[T], Iterable[object] | Followed] | None = None,
    ) -> None:
        self._function = function
        self._then = then
        self._pid: int | None = None
        self._read: int | None = None
        self._buffer = bytearray()
        self._streaming = False
        self._closed = False
        self._lock = threading.Lock()
        # Forking a process with other threads could copy a lock some thread holds.
        if hasattr(os, "fork") and threading.active_count() == 1:
            self._start()

    def _start(self) -> None:
        read, write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            _child(self._function, self._then, write, parent)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        """The function's result from the child, or from a call here if the child failed."""
        frame = self._frame()
        if frame:
            with contextlib.suppress(Exception):  # anything odd: the plain call below
                value: T = pickle.loads(frame)
                self._streaming = self._then is not None
                if not self._streaming:
                    self.close()
                elif self._pid is not None:
                    self._reap_when_done(self._pid)
                return value
        self.close()
        return self._function()

    def _reap_when_done(self, pid: int) -> None:
        """Reaps the child as soon as it ends, from a thread: the app reads its stream up
        to the last dump's last batch, never its end, so `close` came only at quit and the
        child stayed a zombie of the app all session. The thread only waits for the child
        to end; it reaps it unless `close` did (the child's pid stays its own until one
        of them reaps it, so `close` never signals another process)."""

        def reap() -> None:
            if hasattr(os, "waitid"):  # none on macOS before Python 3.13: polled alone
                with contextlib.suppress(ChildProcessError):
                    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
            while not self._reaped(pid):
                time.sleep(_REAP_POLL)

        threading.Thread(target=reap, name="reader-ahead-reaper", daemon=True).start()

    def _reaped(self, pid: int) -> bool:
        """Whether the child `pid` is reaped: by `close`, or here now that it has ended
        (under the lock, so `close` never waits for or signals a pid reaped here)."""
        with self._lock:
            if self._pid != pid:
                return True
            with contextlib.suppress(ChildProcessError):
                if os.waitpid(pid, os.WNOHANG)[0] == 0:
                    return False
            self._pid = None
            return True

    @property
    def streaming(self) -> bool:
        """Whether `follow()` gives the child's items (else the caller does that work)."""
        return self._streaming

    def follow(self) -> Iterator[object]:
        """The items the child sends after the result, as they come (blocking); `Broken`
        if the stream stops short. Call it once, from one thread, after `result()`."""
        if not self._streaming:
            raise Broken("nothing is streamed")
        try:
            while held := self._next_item():
                # Popped, so this generator, left suspended once the caller has what it
                # wanted, keeps no item (the last batch of a big dump: megabytes).
                yield held.pop()
        finally:
            self.close()

    def _next_item(self) -> list[object]:
        """[the child's next item]; [] once the stream has ended or was closed; `Broken`
        if it stopped short."""
        frame = self._frame()
        if frame is None and not self._closed:
            raise Broken("the splitting process stopped before the end")
        if frame is None or frame == _END:
            return []
        return [pickle.loads(frame)]

    def close(self) -> None:
        """Stops the child (if still at work) and reaps it; `follow()` then ends. Any
        thread may call it, any number of times."""
        with self._lock:
            self._closed = True
            self._streaming = False
            read, pid = self._read, self._pid
            self._read = self._pid = None
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        if read is not None:
            os.close(read)

    def _frame(self) -> bytes | None:
        """The next frame from the child; None at the end of the pipe (or without one)."""
        header = self._take(_LENGTH.size)
        if header is None:
            return None
        (length,) = _LENGTH.unpack(header)
        return self._take(length)

    def _take(self, size: int) -> bytes | None:
        while len(self._buffer) < size:
            read = self._read
            if read is None:
                return None
            try:
                chunk = os.read(read, max(_CHUNK, size - len(self._buffer)))
            except OSError:  # closed by `close()` from another thread meanwhile
                return None
            if not chunk:
                return None
            self._buffer += chunk
        taken = bytes(self._buffer[:size])
        del self._buffer[:size]
        return taken


def _child(
    function: Callable[[], object],
    then: Callable[[object], Iterable[object] | Followed] | None,
    write: int,
    parent: int,
) -> None:
    """Runs `function` and sends its pickled result, then what `then` yields (and does its
    `after`); sends nothing more once anything fails (the parent sees a short stream). It
    ends with `parent`, however that ends: killed (SIGKILL, the OOM killer) it could not
    kill this one, which split on for tens of seconds, or for good while nothing read."""
    status = 1
    try:
        die_with_parent()
        if os.getppid() != parent:  # gone before it could be asked to
            return
        result = function()
        _send(write, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        if then is not None:
            items = then(result)
            if isinstance(items, Followed):
                _stream(write, items.items, end=False)
                detached(functools.partial(_then_after, write, items))
                os.close(write)  # the process detached ends the stream
            else:
                _stream(write, items)
        status = 0
    except BaseException:  # the parent runs the function itself and sees the error
        pass
    finally:
        os._exit(status)


def _then_after(write: int, followed: Followed) -> None:
    """In a process of its own, once `followed`'s items are sent: its `then` items sent,
    and the end of the stream; then its `after`. The items are all made even when the
    parent has gone (`after` may need what making them kept)."""
    try:
        _stream(write, followed.then)
    except (Broken, OSError):  # nobody reads any more
        for _ in followed.then:
            pass
    os.close(write)  # the stream has ended: its reader waits for nothing more
    followed.after()


def _stream(write: int, items: Iterable[object], *, end: bool = True) -> None:
    """Sends each item from a writer thread, so making the next never waits for the
    parent to read; stops when the parent has gone. Returns once each is written, and
    the stream's end unless not `end` (another process sends more)."""
    frames: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    gone = threading.Event()

    def writer() -> None:
        while (frame := frames.get()) is not None:
            try:
                _send(write, frame)
            except OSError:  # the parent closed its end: nobody reads any more
                gone.set()
                return

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    for item in items:
        if gone.is_set():
            raise Broken("the parent has gone")
        frames.put(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
    if end:
        frames.put(_END)
    frames.put(None)
    thread.join()
    if gone.is_set():
        raise Broken("the parent has gone")


def _send(write: int, frame: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(frame)) + frame)
    while view:
        view = view[os.write(write, view) :]
