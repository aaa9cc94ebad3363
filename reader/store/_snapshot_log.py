"""A change log replayed over the export snapshot of the store file it continues.

While a writer runs (the app open) or after one was killed, its saves lie in the change log
beside an unchanged store file, so the snapshot of that file no longer says what the store
holds, and every export parsed the 44 MB store again (4× the floor at 100,000 annotations).
The log holds only the documents its saves changed, so a bulk read applies them to the
snapshot instead: its tables take them as the store's do (`_changelog.apply`); the runs of
the articles whose annotations they add, change, move or delete are parsed, changed and
made again, and every other run stays a view of the runs file. An annotation the log
changes or deletes is found by its id in the run of the article the log now gives it, else
by one search over the runs (only then, and once for all such ids).

The log's documents are checked as a store file's are (the snapshot's were, when it was
made from a checked file or from a writer's memory): one that does not check sends the read
to the store file, whose parse names it. Nothing is written: the snapshot stays that of the
store file, and a kill at any moment loses nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import orjson

from reader.store import _changelog
from reader.store.errors import StoreError
from reader.store.records import Document
from reader.store.runs import FIELDS, DocumentRun, sort_in_text_order
from reader.store.schema import ANNOTATIONS, REDO, UNDO, Data, validate
from reader.text import json_out

Tables = dict[str, dict[str, Document]]
Runs = dict[str, DocumentRun]

_ELSEWHERE = frozenset({ANNOTATIONS, UNDO, REDO})
"""Tables the snapshot holds no copy of: its runs hold the annotations, and a bulk read never
undoes or redoes (the journal's documents are only checked)."""


def replayed(store: Path, base: _changelog.Identity, tables: Tables, runs: Runs) -> Runs | None:
    """The runs of the snapshot of the store file `base` with the log beside it replayed over
    them, its `tables` changed in place; None when the log cannot be read or one of its
    documents does not check (the store file is parsed then)."""
    found = _changelog.saves(store, base)
    if found is None:
        return runs
    if found[0] == _changelog.UNREADABLE:
        return None
    logged: Data = {}
    touched: set[str] = set()
    cleared = False
    try:
        for changes in found[1]:
            _changelog.apply(logged, changes)
            _changelog.apply(tables, _outside(changes))
            cleared = cleared or ANNOTATIONS in changes.get("clear", ())
            touched.update(changes.get("set", {}).get(ANNOTATIONS, ()))
        validate(logged, store)  # puts each annotation's fields in order, too
    except (StoreError, AttributeError, TypeError, KeyError):
        return None
    if not touched and not cleared:
        return runs
    return _changed_runs({} if cleared else runs, logged[ANNOTATIONS], touched)


MOST_SOUGHT = 1000
"""Past this many ids to look for in the runs, the store is parsed instead: the one search
tries each id at every annotation (about 35 ms for one id over 100,000 annotations, 92 ms
for 256, at load 12), and a parse costs some 600 ms whatever the log holds."""


def _outside(changes: _changelog.Changes) -> _changelog.Changes:
    """One save's changes to the tables the snapshot holds."""
    return {
        "clear": [table for table in changes.get("clear", ()) if table not in _ELSEWHERE],
        "set": {
            table: docs for table, docs in changes.get("set", {}).items() if table not in _ELSEWHERE
        },
    }


def _changed_runs(runs: Runs, logged: dict[str, Document], touched: set[str]) -> Runs | None:
    """`runs` with the annotations `touched` by the log as it left them (`logged`: those it
    did not delete) each in the run of its article, and nowhere else; None when more than
    `MOST_SOUGHT` of them must be looked for."""
    arriving: dict[str, list[Document]] = {}
    for doc in logged.values():
        arriving.setdefault(doc["article_id"], []).append(doc)
    changed = {article_id: runs[article_id] for article_id in arriving if article_id in runs}
    held = {doc["id"] for run in changed.values() for doc in run}
    sought = touched - held
    if len(sought) > MOST_SOUGHT:
        return None
    if sought:
        changed.update(_holding(runs, sought))
    replaced = dict(runs)
    for article_id in changed.keys() | arriving.keys():
        docs = [doc for doc in changed.get(article_id, ()) if doc["id"] not in touched]
        docs += [{name: doc[name] for name in FIELDS} for doc in arriving.get(article_id, ())]
        if docs:
            sort_in_text_order(docs)
            replaced[article_id] = DocumentRun.of(docs)
        else:
            replaced.pop(article_id, None)
    return replaced


def _holding(runs: Runs, ids: set[str]) -> Runs:
    """The runs holding an annotation of `ids`: each id's line is looked for in the runs'
    JSON (a raw quote only ever delimits a string, so `"id": "…",` is that field and nothing
    else), one pattern for all of them."""
    keys = sorted(json_out.escape_controls(orjson.dumps(key)) for key in ids)
    pattern = re.compile(rb'"id": (?:' + b"|".join(map(re.escape, keys)) + rb"),")
    return {article_id: run for article_id, run in runs.items() if pattern.search(run.buffer)}
