"""The user's work in one TinyDB file: annotations, tags, triage states and an undo journal.

`Store` is the API; the records it hands out are plain frozen dataclasses. Every
change is saved before the call returns, through a crash-safe write that exports
use as well (`write_atomically`). Modules whose names start with `_` are private.
"""

from typing import TYPE_CHECKING

from reader.lazy import lazy_exports

if TYPE_CHECKING:
    from reader.store._raw_write import write_all
    from reader.store._snapshot import snapshot_files
    from reader.store._storage import (
        remove_stale_temp_files,
        temp_name,
        write_atomically,
        write_replacing,
    )
    from reader.store.errors import (
        StoreError,
        StoreInputError,
        StoreLocked,
        StoreReadOnly,
        StoreWriteError,
    )
    from reader.store.own_files import is_store_file
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
    from reader.store.step_labels import labelled_state, state_label
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
    "is_store_file",
    "labelled_state",
    "remove_stale_temp_files",
    "snapshot_files",
    "source_key",
    "state_label",
    "temp_name",
    "write_all",
    "write_atomically",
    "write_replacing",
]

_EXPORTS = {
    "remove_stale_temp_files": "_storage",
    "temp_name": "_storage",
    "write_all": "_raw_write",
    "snapshot_files": "_snapshot",
    "write_atomically": "_storage",
    "write_replacing": "_storage",
    "StoreError": "errors",
    "StoreInputError": "errors",
    "StoreLocked": "errors",
    "StoreReadOnly": "errors",
    "StoreWriteError": "errors",
    "STATES": "records",
    "Annotation": "records",
    "ArticleRecord": "records",
    "ArticleState": "records",
    "Placement": "records",
    "StateRecord": "records",
    "Tag": "records",
    "context": "records",
    "source_key": "records",
    "DEFAULT_TAGS": "schema",
    "is_store_file": "own_files",
    "labelled_state": "step_labels",
    "state_label": "step_labels",
    "Store": "store",
}
"""Each name -> the module that defines it, imported on first use."""

__getattr__ = lazy_exports(__name__, _EXPORTS)
