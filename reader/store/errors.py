"""The failures of the annotation store, each one a message the user can act on.

They live apart from `reader.store.store` so the storage, lock and schema modules can raise
them without importing the store itself.
"""

from __future__ import annotations

from reader.errors import ReaderError


class StoreError(ReaderError):
    """The store file cannot be read or understood; the file is left exactly as it was."""


class StoreReadOnly(ReaderError):
    """A change was asked of a store opened read-only, so nothing can be saved."""


class StoreLocked(StoreReadOnly):
    """A change was asked while another process holds the store's lock."""


class StoreWriteError(ReaderError):
    """A save failed (disk full, folder read-only); the change is kept in memory.

    The store stays usable: `Store.flush()` retries, and so does the next change.
    `reason` is the system's word for the failure ("No space left on device"), for
    callers that word the rest of the message themselves.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class StoreInputError(ReaderError):
    """A change the store refuses: a bad range, state, tag, colour or an unknown id."""
