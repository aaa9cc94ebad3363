"""What a notification says of a change the store would not take.

A read-only store's refusal is its brief line (why nothing is saved, what to do): the
exception's sentence carries the store's path and the holder's host and start, which a
toast as narrow as the list broke into a column of fragments. The stats screen shows
that sentence whole.
"""

from __future__ import annotations

from reader.errors import ReaderError
from reader.store import Store, StoreReadOnly


def refusal(exc: ReaderError, store: Store) -> str:
    """The line a toast shows for `exc`, raised by a change asked of `store`."""
    if isinstance(exc, StoreReadOnly) and store.read_only:
        return f"{store.read_only_brief}."
    return str(exc)
