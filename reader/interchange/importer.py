"""`reader import`: merge an export back into a store without ever losing newer work.

Annotations merge by id: new ones are added, one the file holds a newer `updated`
for replaces the store's, anything else is left as it is, so importing the same
file twice changes nothing. Triage states merge the same way by their time; the
file's tags are put with their colours and hotkeys. Annotations whose article is in
the workspace are re-anchored against its current text first (those that cannot
be placed are kept, flagged orphaned). Where each article came from is kept too:
from the workspace's dumps when they hold it, else from the file unless the store
already knows. Into a store holding no work and only the
default tags, a file's tag set is restored exactly, so an export imported into a
fresh workspace exports again identically.

The whole file is read and checked before the store is touched, and everything is
written in one atomic save (one undo step): a bad file changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import orjson

from reader.annotation.anchoring import anchor
from reader.article import Article
from reader.dumps.decoding import DumpError, decode_dump
from reader.errors import ReaderError
from reader.interchange.importers import json_doc, w3c
from reader.interchange.importers.batch import ImportBatch
from reader.interchange.importers.fields import FormatProblem, moment
from reader.store import (
    DEFAULT_TAGS,
    Annotation,
    ArticleRecord,
    StateRecord,
    Store,
    StoreInputError,
    Tag,
    context,
)

MAX_IMPORT_BYTES = 512 * 1024 * 1024
"""Bigger files are refused rather than read into memory."""


class ImportFileError(ReaderError):
    """An import file that cannot be read or is not a valid export; the store is untouched."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    format: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    """Annotations already in the store as they are in the file, or newer there."""
    orphaned: int = 0
    """Added or updated annotations that could not be placed in their article's text."""
    elsewhere: int = 0
    """Added or updated annotations whose article is in none of the workspace's dumps (its
    dump is absent, or a correction made it): kept unplaced, so the user is told, not left
    to find them missing."""
    states: int = 0
    """Triage states set from the file."""
    tags: int = 0
    """Tags created or changed (colour, hotkey) from the file's tag set."""

    def message(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"imported {self.format}: {self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.orphaned} orphaned{self._elsewhere()}; "
            f"{self.states} state(s), {self.tags} tag(s) set"
        )

    def _elsewhere(self) -> str:
        if not self.elsewhere:
            return ""
        return f", {self.elsewhere} on articles in none of the workspace's dumps"


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The records an import writes, decided against the store before anything changes."""

    annotations: tuple[Annotation, ...]
    states: dict[str, StateRecord]
    tags: tuple[Tag, ...]
    replace_tags: bool
    report: ImportReport
    article_records: dict[str, ArticleRecord]
    """Title and dump of the file's articles (the store keeps those that end up with work)."""


def read_import(path: Path) -> ImportBatch:
    """Reads and checks an import file; ImportFileError naming the file and the problem."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(f"{path}: too large ({size} bytes)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path}: is a folder; name an exported .json or W3C file") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return parse_import(raw, str(path))


def parse_import(raw: bytes, name: str) -> ImportBatch:
    """Parses and checks the bytes of an import file; `name` starts every error message."""
    doc = _json(raw, name)
    try:
        if json_doc.is_ours(doc):
            return json_doc.read(doc)
        if w3c.is_w3c(doc):
            return w3c.read(doc)
    except FormatProblem as exc:
        raise ImportFileError(f"{name}: {exc}") from None
    raise ImportFileError(f"{name}: not a reader json export or a W3C Web Annotation collection")


def _json(raw: bytes, name: str) -> object:
    """The parsed file. An export an editor re-saved with a byte order mark or as UTF-16
    (Windows Notepad does both) is read too; binary data is named as such."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        problem = exc
    try:
        decoded = decode_dump(raw)
    except DumpError as exc:
        raise ImportFileError(f"{name}: {exc}") from None
    if decoded.encoding != "utf-8":
        try:
            return orjson.loads(decoded.text.encode())
        except orjson.JSONDecodeError:
            pass
    if _json_lines(decoded.text):
        raise ImportFileError(
            f"{name}: JSON Lines, one object a line (a jsonl or doccano export?); "
            "reader import reads the json and w3c formats"
        )
    raise ImportFileError(f"{name}: not valid JSON ({problem})") from None


def _json_lines(text: str) -> bool:
    """Whether the file opens with a line that is a JSON object of its own: a Prodigy or
    doccano export given to `reader import`, which a parse error would not make plain."""
    first = text.lstrip().partition("\n")[0]
    try:
        return isinstance(orjson.loads(first), dict)
    except orjson.JSONDecodeError:
        return False


def plan_import(store: Store, batch: ImportBatch, articles: Iterable[Article]) -> ImportPlan:
    """Decides, record by record, what the import writes; nothing is changed yet."""
    present = {article.id: article for article in articles}
    bodies = {key: article.body for key, article in present.items()}
    writes: list[Annotation] = []
    counts = {"added": 0, "updated": 0, "unchanged": 0, "orphaned": 0, "elsewhere": 0}
    for incoming in batch.annotations:
        existing = store.annotation(incoming.id)
        if existing is not None and _when(existing.updated) >= _when(incoming.updated):
            counts["unchanged"] += 1
            continue
        placed = _placed(incoming, bodies.get(incoming.article_id))
        writes.append(placed)
        counts["added" if existing is None else "updated"] += 1
        counts["orphaned"] += placed.orphaned
        counts["elsewhere"] += incoming.article_id not in bodies
    states = _newer_states(store.states(), batch.states)
    replace_tags = batch.tags is not None and _holds_no_work(store)
    have = set(store.tags())
    changed_tags = tuple(tag for tag in batch.tags or () if tag not in have)
    tags = tuple(batch.tags or ()) if replace_tags else changed_tags
    report = ImportReport(batch.format, **counts, states=len(states), tags=len(changed_tags))
    records = _article_records(store, batch, present)
    return ImportPlan(tuple(writes), states, tags, replace_tags, report, records)


def import_file(
    store: Store, path: Path, articles: Iterable[Article], *, dry_run: bool = False
) -> ImportReport:
    """Reads `path`, merges it into `store` in one save (unless `dry_run`); the counts."""
    batch = read_import(path)
    plan = plan_import(store, batch, articles)
    if not dry_run:
        try:
            store.merge(
                plan.annotations,
                plan.states,
                plan.tags,
                replace_tags=plan.replace_tags,
                article_records=plan.article_records,
            )
        except StoreInputError as exc:
            raise ImportFileError(f"{path}: {exc}") from None
    return plan.report


def _article_records(
    store: Store, batch: ImportBatch, present: dict[str, Article]
) -> dict[str, ArticleRecord]:
    """Where the file's articles come from: the workspace's dump when it holds one, else
    what the file says, unless the store already recorded the article itself."""
    known = store.article_records()
    wanted = {a.article_id for a in batch.annotations}.union(batch.states, batch.articles)
    records: dict[str, ArticleRecord] = {}
    for article_id in wanted:
        if article_id in present:
            records[article_id] = ArticleRecord.of(present[article_id])
        elif article_id in batch.articles and article_id not in known:
            records[article_id] = batch.articles[article_id]
    return records


def _when(value: str) -> datetime:
    """A record's time for comparison; an unreadable one counts as oldest."""
    try:
        return moment(value)
    except FormatProblem:
        return datetime.min.replace(tzinfo=UTC)


def _placed(annotation: Annotation, body: str | None) -> Annotation:
    """The annotation re-anchored in its article's current text, or flagged orphaned."""
    if body is None:
        return annotation
    found = anchor(body, annotation.quote, annotation.prefix, annotation.suffix, annotation.start)
    if found is None:
        return replace(annotation, orphaned=True)
    quote, prefix, suffix = context(body, found.start, found.end)
    return replace(
        annotation,
        start=found.start,
        end=found.end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        orphaned=False,
    )


def _newer_states(
    current: dict[str, StateRecord], incoming: dict[str, StateRecord]
) -> dict[str, StateRecord]:
    return {
        article_id: record
        for article_id, record in incoming.items()
        if (mine := current.get(article_id)) is None
        or (mine != record and _when(mine.changed) < _when(record.changed))
    }


def _holds_no_work(store: Store) -> bool:
    """A store nothing was done in yet: no annotations, no states, the default tags."""
    return (
        not store.annotation_counts()
        and not store.states()
        and set(store.tags()) == set(DEFAULT_TAGS)
    )
