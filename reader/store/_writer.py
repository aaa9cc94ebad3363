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
    """The saving thread of one open store; `wake` after each change, `stop` before closing."""

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
        self._stopping = False
        self._running = True
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """A change was made in memory: the writer saves it soon."""
        with self._state:
            self._asked += 1
            self._state.notify_all()

    def wait(self) -> StoreWriteError | None:
        """Saves every change made before the call (a failed save too, again), and returns
        once it is on disk: None, or why it could not be saved."""
        with self._state:
            self._asked += 1
            wanted = self._awaited = self._asked
            self._state.notify_all()
            while self._done < wanted and self._running:
                self._state.wait()
            return self._error if self._running else StoreWriteError("the store's writer stopped")

    def stop(self) -> None:
        """Saves what is left (a failure stays in memory, as `Store.close` then retries it)
        and ends the thread."""
        self.wait()
        with self._state:
            self._stopping = True
            self._state.notify_all()
        self._thread.join()

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
        finally:
            with self._state:
                self._running = False
                self._state.notify_all()

    def _next(self) -> int | None:
        """Waits for a change; the asks the next save answers, None once stopped."""
        with self._state:
            while self._done == self._asked and not self._stopping:
                self._state.wait()
            return None if self._done == self._asked else self._asked

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
