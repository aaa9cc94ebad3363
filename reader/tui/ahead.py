"""Work done in a forked child while this process goes on, e.g. splitting the dumps while
Textual is imported: the first frame needs both, and a second core does one of them.

The child runs one function and sends its pickled result through a pipe. Any failure
(no `fork` on this system, threads already running, an exception in the child, a
result that does not pickle) makes `result()` run the function here instead, so the
caller sees exactly what a plain call would have given, errors included.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
_CHUNK = 1 << 20


class Ahead(Generic[T]):
    """`function()` started in a child process; `result()` collects it (or runs it here)."""

    def __init__(self, function: Callable[[], T]) -> None:
        self._function = function
        self._pid: int | None = None
        self._read: int | None = None
        # Forking a process with other threads could copy a lock some thread holds.
        if hasattr(os, "fork") and threading.active_count() == 1:
            self._start()

    def _start(self) -> None:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            _child(self._function, write)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        """The function's result from the child, or from a call here if the child failed."""
        data = self._collect()
        if data:
            with contextlib.suppress(Exception):  # anything odd: the plain call below
                return pickle.loads(data)
        return self._function()

    def _collect(self) -> bytes:
        if self._read is None or self._pid is None:
            return b""
        chunks = []
        try:
            while chunk := os.read(self._read, _CHUNK):
                chunks.append(chunk)
        finally:
            os.close(self._read)
            os.waitpid(self._pid, 0)
            self._read = self._pid = None
        return b"".join(chunks)


def _child(function: Callable[[], object], write: int) -> None:
    """Runs `function` and writes its pickled result; writes nothing if anything fails."""
    status = 1
    try:
        data = pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(write, view) :]
        status = 0
    except BaseException:  # the parent runs the function itself and sees the error
        pass
    finally:
        os._exit(status)
