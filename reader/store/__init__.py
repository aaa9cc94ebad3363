"""The user's work in one TinyDB file: annotations, tags, triage states and an undo journal.

`Store` is the API; the records it hands out are plain frozen dataclasses. Every
change is saved before the call returns, through a crash-safe write that exports
use as well (`write_atomically`). Modules whose names start with `_` are private.
"""

from reader.store._storage import remove_stale_temp_files, temp_name, write_atomically
from reader.store.errors import (
    StoreError,
    StoreInputError,
    StoreLocked,
    StoreReadOnly,
    StoreWriteError,
)
from reader.store.records import (
    STATES,
    Annotation,
    ArticleRecord,
    ArticleState,
    Placement,
    StateRecord,
    Tag,
    context,
    source_key,
)
from reader.store.schema import DEFAULT_TAGS
from reader.store.store import Store

__all__ = [
    "DEFAULT_TAGS",
    "STATES",
    "Annotation",
    "ArticleRecord",
    "ArticleState",
    "Placement",
    "StateRecord",
    "Store",
    "StoreError",
    "StoreInputError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreWriteError",
    "Tag",
    "context",
    "remove_stale_temp_files",
    "source_key",
    "temp_name",
    "write_atomically",
]
