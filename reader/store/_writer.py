"""A thread that saves a store's changes, so the thread making them never waits on the disk.

The app's thread draws the keys; a state key saved on it waited on two fsyncs, 47 ms of
wall for 3 ms of CPU while a big dump loaded (docs/performance.md, fill17). With a writer
(`Store.write_behind`) a change returns once it is made in memory and the writer saves it:
it takes the save from memory under the store's lock (`AtomicJSONStorage.take`: the log
line, or the whole store serialised), writes it with the lock let go, so the app reads the
store meanwhile, then notes it written under the lock again. Changes made while it writes
join the next save. `wait` returns once every change made before it is on disk (or its
save failed), which is when a caller may say it is saved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager

from reader.store._storage import AtomicJSONStorage
from reader.store.errors import StoreWriteError


class Writer:
    """Saves one open store's changes on a thread started for them: `wake` after each
    change, `wait` to know them on disk. The thread ends once nothing is left to save, so
    an idle store holds none (a process with one running cannot fork, and `reader` forks
    its splitter at start)."""

    def __init__(
        self,
        storage: AtomicJSONStorage,
        lock: AbstractContextManager[object],
        failed: Callable[[StoreWriteError], None],
    ) -> None:
        self._storage = storage
        self._lock = lock
        self._failed = failed
        self._state = threading.Condition()
        self._asked = 0
        """Saves asked for so far (one save answers every ask made before it began)."""
        self._done = 0
        """The asks the last finished save answered."""
        self._awaited = 0
        """The last ask a caller of `wait` waits for: its failure is told to that caller."""
        self._error: StoreWriteError | None = None
        self._thread: threading.Thread | None = None

    def wake(self) -> None:
        """A change was made in memory: the writer saves it soon."""
        with self._state:
            self._ask()

    def wait(self) -> StoreWriteError | None:
        """Saves every change made before the call (a failed save too, again), and returns
        once it is on disk: None, or why it could not be saved."""
        with self._state:
            wanted = self._awaited = self._ask()
            while self._done < wanted:
                self._state.wait()
            return self._error

    def stop(self) -> None:
        """Saves what is left (a failure stays in memory, as `Store.close` then retries it)
        and lets the thread end."""
        self.wait()
        with self._state:
            thread = self._thread
        if thread is not None:
            thread.join()

    def idle(self) -> bool:
        """Whether no thread runs and no change waits: held under the store's lock, which
        every change takes, it stays so until the lock is let go."""
        with self._state:
            return self._thread is None and self._done == self._asked

    def _ask(self) -> int:
        """One more ask, a thread started for it if none runs; the ask's number."""
        self._asked += 1
        self._state.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
            self._thread.start()
        return self._asked

    def _run(self) -> None:
        try:
            while (asked := self._next()) is not None:
                error = self._save()
                with self._state:
                    self._done, self._error = asked, error
                    told = asked <= self._awaited
                    self._state.notify_all()
                if error is not None and not told:
                    self._failed(error)
        except BaseException as exc:  # a bug: every ask is answered with it, not waited on
            with self._state:
                self._thread = None
                self._done, self._error = self._asked, StoreWriteError(f"cannot save: {exc}")
                self._state.notify_all()
            raise

    def _next(self) -> int | None:
        """The asks the next save answers; None once none is left (the thread then ends)."""
        with self._state:
            if self._done == self._asked:
                self._thread = None
                return None
            return self._asked

    def _save(self) -> StoreWriteError | None:
        """One save: taken under the store's lock, written without it, noted under it."""
        with self._lock:
            save = self._storage.take()
        if save is None:
            return None
        try:
            self._storage.put(save)
        except StoreWriteError as exc:
            with self._lock:
                self._storage.failed()
            return exc
        with self._lock:
            self._storage.saved(save)
        return None
