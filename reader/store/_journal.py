"""Undo and redo that survive a restart: two stacks of steps kept in the store itself.

A step is one user action (add an annotation, star ten articles …) stored as the
operations that reverse it. Undoing a step applies them and pushes their own
reversal onto the redo stack, so each stack holds one direction only and the file
stays small. An operation is a JSON list:

- `["put", table, key, doc]` sets a whole document (`doc` null deletes it);
- `["patch", table, key, fields]` sets some fields of an existing document.

Patching only the fields a user changed matters: re-anchoring moves annotations
without a journal step, and undoing a note edit must not move them back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tinydb import TinyDB
from tinydb.table import Document as TinyDocument

from reader.store.records import Document, now_iso
from reader.store.schema import REDO, UNDO

Op = list[object]
"""One journal operation (see the module docstring)."""

ApplyOp = Callable[[Op], Op]
"""Performs one operation on the store and returns the operation that reverses it."""

JOURNAL_LIMIT = 200
"""Undo steps kept; older ones are dropped so the store file stays small."""


def put(table: str, key: str, doc: Document | None) -> Op:
    """The operation that makes `table[key]` exactly `doc` (None: absent)."""
    return ["put", table, key, doc]


def patch(table: str, key: str, fields: Document) -> Op:
    """The operation that sets `fields` on `table[key]`, leaving its other fields alone."""
    return ["patch", table, key, fields]


class Journal:
    """The undo and redo stacks, as two TinyDB tables keyed by step number."""

    def __init__(self, db: TinyDB, limit: int = JOURNAL_LIMIT) -> None:
        self._db = db
        self._limit = limit

    def record(self, label: str, inverse: list[Op]) -> None:
        """Pushes a new user action (its reversing ops in the order they were made).

        A new action makes the redo stack meaningless, so it is cleared.
        """
        self._push(UNDO, label, inverse[::-1])
        redo = self._db.table(REDO)
        if len(redo):
            redo.truncate()
        undo = self._db.table(UNDO)
        excess = len(undo) - self._limit
        if excess > 0:
            undo.remove(doc_ids=sorted(self._keys(UNDO), key=int)[:excess])

    def undo(self, apply: ApplyOp) -> str | None:
        """Reverses the last action; its label, or None when there is nothing to undo."""
        return self._move(UNDO, REDO, apply)

    def redo(self, apply: ApplyOp) -> str | None:
        """Repeats the last undone action; its label, or None when there is nothing to redo."""
        return self._move(REDO, UNDO, apply)

    def _move(self, source: str, target: str, apply: ApplyOp) -> str | None:
        keys = self._keys(source)
        if not keys:
            return None
        key = max(keys, key=int)
        step = self._stack(source)[key]
        self._db.table(source).remove(doc_ids=[key])
        reversal = [apply(op) for op in step["ops"]]
        label = str(step["label"])
        self._push(target, label, reversal[::-1])
        return label

    def rekey(self, table: str, keys: Mapping[str, str]) -> None:
        """Points every step's operations on `table[old]` at `table[new]` (`keys`: old ->
        new), in both stacks: a record the app moved to another key (an article's state,
        its text edited) is still the one a step of the user's changed."""
        for stack in (UNDO, REDO):
            for number, step in self._stack(stack).items():
                ops = step["ops"]
                if not any(op[1] == table and op[2] in keys for op in ops):
                    continue
                moved = [
                    [op[0], op[1], keys[op[2]], *op[3:]] if op[1] == table and op[2] in keys else op
                    for op in ops
                ]
                self._db.table(stack).update({"ops": moved}, doc_ids=[number])

    def repoint(self, table: str, field: str, values: Mapping[str, str]) -> None:
        """Changes `field` from old to new (`values`) in the documents every step puts or
        patches into `table`, in both stacks: a record the app moved to another place (a
        correction's dump, renamed) is put back there by `u` and `ctrl+r`, not at the
        place it was moved from."""
        for stack in (UNDO, REDO):
            for number, step in self._stack(stack).items():
                ops = step["ops"]
                moved = [_repointed(op, table, field, values) for op in ops]
                if moved != ops:
                    self._db.table(stack).update({"ops": moved}, doc_ids=[number])

    def _push(self, stack: str, label: str, ops: list[Op]) -> None:
        keys = self._keys(stack)
        key = str(max(map(int, keys), default=0) + 1)
        step = {"label": label, "ops": ops, "at": now_iso()}
        self._db.table(stack).insert(TinyDocument(step, doc_id=key))

    def _keys(self, stack: str) -> list[str]:
        return list(self._stack(stack))

    def _stack(self, stack: str) -> dict[str, Document]:
        return self._db.storage.read().get(stack, {})


def _repointed(op: Op, table: str, field: str, values: Mapping[str, str]) -> Op:
    """`op` with its document's `field` changed as `values` says (itself otherwise)."""
    doc = op[3]
    if op[1] != table or not isinstance(doc, dict) or doc.get(field) not in values:
        return op
    return [*op[:3], {**doc, field: values[doc[field]]}]
