"""The user's annotations, tags and triage states: one TinyDB file that never loses work.

`Store(path)` is the whole API (the TUI, the exporters and users' scripts use it):

    with Store(Path("annotations/reader.json")) as store:
        note = store.add_annotation(article.id, article.body, 120, 180, tags=["claim"])
        store.set_state(article.id, "starred")
        store.undo()                      # "star 1 article"
        store.remember(open_articles)     # which dump each annotated article is in

Every mutating call is saved before it returns (one atomic file write) and is one
step of an undo journal kept in the file, so undo works after a restart. One
process writes a store at a time; a second one opens it read-only and says who
holds it. A file that cannot be read is refused and never touched. Offsets are
code-point indices into `Article.body`. Methods may be called from several threads.

Article ids are content hashes, so the store also keeps, for each article it holds
annotations or a state for, the dump it was last seen in and its title
(`remember`): re-anchoring then adopts a vanished article's annotations only while
its own dump is open, and an export can name an article whose dump is gone. Dump
paths inside the workspace (`root`) are kept relative to it in the file, so the
workspace can move as a whole; the API hands out absolute ones (`source_key`).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import operator
import os
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar, cast

import orjson
from tinydb import TinyDB
from tinydb.table import Document as TinyDocument
from tinydb.table import Table

from reader.article import Article
from reader.collector import collector_paused
from reader.store import _changelog, _checked, _snapshot
from reader.store._changelog import Identity
from reader.store._journal import Journal, Op, patch, put
from reader.store._lock import LockHeld, StoreLock, writer_alive
from reader.store._storage import (
    AtomicJSONStorage,
    RecordingTable,
    read_store_state,
    remove_stray_temp_files,
    write_atomically,
)
from reader.store._writer import Writer
from reader.store.errors import (
    StoreError,
    StoreInputError,
    StoreLocked,
    StoreReadOnly,
    StoreWriteError,
)
from reader.store.own_files import backup_path
from reader.store.records import (
    CORRECTION_KINDS,
    ENTITY_EDIT_KINDS,
    STATES,
    Annotation,
    ArticleCorrection,
    ArticleRecord,
    ArticleState,
    Document,
    EntityEdit,
    ImportedWork,
    Placement,
    StateRecord,
    Tag,
    context,
    now_iso,
    opened_source,
    stored_source,
)
from reader.store.runs import FIELDS, DocumentRun, sort_in_text_order
from reader.store.schema import (
    ANNOTATIONS,
    ARTICLES,
    CHECKED,
    CORRECTIONS,
    ENTITY_EDITS,
    META_KEY,
    META_TABLE,
    REDO,
    SCHEMA_VERSION,
    SETTINGS,
    STATE_TABLE,
    TAG_PALETTE,
    TAGS,
    UNDO,
    Data,
    fresh_data,
    is_colour,
    is_hotkey,
    upgrade,
)
from reader.store.step_labels import passage_label, state_label
from reader.text.counted import counted
from reader.text.safe import has_surrogates, visible, without_surrogates

if TYPE_CHECKING:  # the entities' records: not for an export, which checks none
    from reader.analysis import Entity

__all__ = [
    "STATES",
    "Annotation",
    "ArticleRecord",
    "ArticleState",
    "StateRecord",
    "Store",
    "StoreError",
    "StoreInputError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreWriteError",
    "Tag",
]

TAG_NAME_LIMIT = 40
"""Longest tag name: it must fit a picker line and a gutter legend."""

_CORRECTION_LABELS: dict[str, str] = {
    "break": "break article",
    "weld": "join articles",
    "retitle": "retitle article",
}

FIRST_TRIAGED = "first"
"""A state document's extra field: when the article first left `new` (kept by later changes,
so the stats can draw triage progress by day; older readers ignore it)."""

LABEL_NAME_LIMIT = 40
"""Longest entity label: spaCy labels are short upper-case words."""

_P = ParamSpec("_P")
_Sourced = TypeVar("_Sourced", ArticleRecord, ArticleCorrection)
_R = TypeVar("_R")


def _synchronized(
    method: Callable[Concatenate[Store, _P], _R],
) -> Callable[Concatenate[Store, _P], _R]:
    """Serialises a method on the store's lock, so a thread worker and the UI can share it."""

    @functools.wraps(method)
    def locked(self: Store, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._mutex:
            return method(self, *args, **kwargs)

    return locked


class _KeyedTable(Table):
    """A TinyDB table keyed by our own ids (annotation id, article id, tag name).

    TinyDB converts every key to and from `document_id_class` on each write, which
    costs a pass over the table; with string ids that conversion is the identity,
    so the table is updated in place and a save stays O(1) before serialisation. The
    keys each update reaches are handed to the storage, which may save only those.
    """

    document_id_class = str

    def _update_table(self, updater: Callable[[dict], None]) -> None:
        storage = cast(AtomicJSONStorage, self._storage)
        tables = storage.read()
        recording = RecordingTable(tables.setdefault(self.name, {}))
        updater(cast(dict, recording))
        storage.touched(self.name, recording.keys_touched, recording.cleared)
        storage.write(tables)
        self.clear_cache()


class _Database(TinyDB):
    """TinyDB over the atomic storage, with keyed tables."""

    table_class = _KeyedTable


class _Step:
    """The changes of one user action, collected as the operations that reverse them."""

    def __init__(self, apply: Callable[[Op], Op], label: str) -> None:
        self._apply = apply
        self.label = label
        self.inverse: list[Op] = []

    def do(self, op: Op) -> None:
        """Applies one operation now and remembers how to reverse it."""
        self.inverse.append(self._apply(op))


class Store:
    """An open annotation store; see the module docstring for the guarantees."""

    def __init__(
        self,
        path: Path,
        *,
        root: Path | None = None,
        read_only: bool = False,
        wait_lock: bool = False,
        bulk: bool = False,
    ) -> None:
        """Opens `path`, creating a fresh store (and its folders) when there is none.

        Raises StoreError for a file it cannot read; such a file is never written.
        If another process holds the store, opens read-only and sets `lock_owner`
        and `notice`; `wait_lock` waits for that process instead. `root` is the
        workspace folder: dump paths inside it are stored relative to it (default:
        the folder holding `annotations/`, where the store usually is, else the
        store's own folder). A store from before that is migrated on open.

        `bulk` (with `read_only`): the store is opened for one bulk read, an export that
        takes its annotations over (`annotation_documents(release=True)`). A big store
        is then read from its snapshot when that is current, and a snapshot is written
        for the next bulk read when it is not (see `_snapshot`).
        """
        self.path = Path(path).expanduser().resolve()
        self.root = _default_root(self.path) if root is None else root.expanduser().resolve()
        """The workspace the store's dump paths are relative to."""
        self.read_only = read_only
        self.lock_owner: str | None = None
        self.notice: str | None = None
        """Why the store was opened read-only against the caller's wish (shown to the user)."""
        self._brief: str | None = None
        self._mutex = threading.RLock()
        self._closed = False
        self._annotations_revision = 0
        self._moved: dict[str, set[str]] = {}
        self._bulk = bulk and read_only
        self._grouped: dict[str, DocumentRun] | None = None
        """The annotations as a snapshot holds them (by article, in text order), until
        handed over or asked for any other way (then they fill the table)."""
        self._snapshot_base: tuple[Identity, Identity | None] | None = None
        """The identities of the big store file parsed by a bulk read and of the change log
        replayed over it (None: none): the snapshot to write."""
        self._changed_runs: set[str] = set()
        """Articles whose annotations changed since the store file was last written whole:
        the runs a writer's snapshot carry makes again (`_carry_snapshot`)."""
        self._folded_log: Identity | None = None
        """The change log replayed at opening, until the store file is written whole: a
        snapshot of the file with it replayed is carried as one of the file alone is."""
        self._writer: Writer | None = None
        """The thread saving the changes, once `write_behind` made one."""
        self._pending_snapshot: Callable[[], None] | None = None
        """The snapshot a bulk read made ready, until handed over or written at the close."""
        self._snapshot_writing = threading.Lock()
        """Held while the snapshot's files are written from memory (`make_snapshot`, the
        close's): one of them at a time, so a snapshot made from an older file is never
        renamed over the close's."""
        self._lock = None if read_only else self._take_lock(wait_lock)
        try:
            with collector_paused():  # parsing builds ~12 objects per annotation, no cycles
                self._open()
        except BaseException:
            self._release_lock()
            raise

    # -- opening and closing -------------------------------------------------------------

    def _take_lock(self, wait: bool) -> StoreLock | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = StoreLock.acquire(self.path, wait=wait)
        except LockHeld as held:
            self.lock_owner = held.owner
            holder = "another process" if held.pid is None else f"pid {held.pid}"
            self._fall_back_read_only(
                f"it is in use by {held.owner}",
                f"{holder} has it open; quit that reader, then restart",
            )
            return None
        except OSError as exc:
            if not self.path.is_file():
                raise StoreError(f"cannot create store {self.path}: {exc.strerror or exc}") from exc
            self._fall_back_read_only(
                f"it cannot be locked ({exc.strerror or exc})",
                "it cannot be locked; put it in a folder you can write (--db)",
            )
            return None
        if self.path.exists() and not os.access(self.path, os.W_OK):
            lock.release()
            self._fall_back_read_only(
                "the file is not writable",
                "its file is not writable; make it writable, then restart",
            )
            return None
        return lock

    def _fall_back_read_only(self, reason: str, brief: str) -> None:
        self.read_only = True
        self.notice = f"store {self.path} opened read-only: {reason}; changes will not be saved"
        self._brief = brief

    @property
    def read_only_brief(self) -> str:
        """Why nothing is saved and what to do, in a line that fits 80 columns: a toast is
        as narrow as the list, where `notice`, with the store's path and the holder's host
        and start, wrapped into a column of fragments (the stats screen shows it whole)."""
        return f"Nothing is saved: {self._brief or 'the store was opened read-only'}"

    def _open(self) -> None:
        if not self.read_only:
            remove_stray_temp_files(self.path)
        if self._bulk:
            found = _snapshot.load(self.path, SCHEMA_VERSION)
            if found is not None:
                tables, self._grouped = found
                self._attach({**tables, ANNOTATIONS: {}, UNDO: {}, REDO: {}}, None, had_log=False)
                return
        runs_from = _snapshot.MIN_BYTES if self._bulk else None  # as a snapshot would be
        state = read_store_state(self.path, journal=not self._bulk, runs_from=runs_from)
        found = None if state is None else state.data
        had_log = state is not None and state.had_log
        if state is None:
            data, version = fresh_data(), SCHEMA_VERSION
        else:
            vouched = state.runs is not None or (
                not had_log and _checked.vouched(self.path, state.identity, SCHEMA_VERSION)
            )
            data, version = upgrade(state.data, self.path, self.root, vouched=vouched)
            if not (vouched or had_log or self.read_only) and version == SCHEMA_VERSION:
                _checked.vouch(self.path, state.identity, SCHEMA_VERSION)
            if (
                self._bulk
                and version == SCHEMA_VERSION
                and state.identity[1] >= _snapshot.MIN_BYTES
                and _may_snapshot(self.path, state.log)
            ):
                self._snapshot_base = (state.identity, state.log)
        mode = self.path.stat().st_mode & 0o7777 if found is not None else None
        logged = None if state is None else state.logged
        self._changed_runs.update(logged or ())  # a log folded in carries the snapshot with them
        self._folded_log = None if logged is None or state is None else state.log
        self._attach(data, mode, had_log=had_log, log_known=logged is not None)
        if state is not None and state.runs is not None:
            self._grouped = state.runs  # as a snapshot's: the table filled if asked for
        if self.read_only or (found is not None and version == SCHEMA_VERSION):
            return
        if found is not None:
            self._back_up(version)
        self._storage.unsaved = True
        self._storage.flush()

    def _attach(
        self, data: Data, mode: int | None, *, had_log: bool, log_known: bool = False
    ) -> None:
        """Puts TinyDB over the tables read, with the indexes kept beside them; `had_log` and
        `log_known` as `AtomicJSONStorage` takes them."""
        self._db = _Database(
            self.path,
            data,
            storage=AtomicJSONStorage,
            persist=not self.read_only,
            mode=mode,
            had_log=had_log,
            log_known=log_known,
        )
        self._storage = cast(AtomicJSONStorage, self._db.storage)
        self._storage.compacted = self._carry_snapshot
        self._journal = Journal(self._db)
        self._seen: dict[str, Article] = {}
        """Articles `remember` was shown: a change that gives one user data records it."""
        self._annotation_index: dict[str, set[str]] | None = None
        """Article id -> annotation keys, built on first use (`_by_article`): an export that
        takes the documents over needs none, and it was a tenth of opening the store."""
        self._edits_by_article = _article_index(self._raw(ENTITY_EDITS))
        self._storage.settle()  # its compaction carries the snapshot: the indexes are set

    def _back_up(self, version: int) -> None:
        """Keeps the pre-migration file beside the store, so a migration can never lose data."""
        backup = backup_path(self.path, version)
        try:
            write_atomically(backup, self.path.read_bytes())
        except OSError as exc:
            raise StoreWriteError(
                f"cannot back up store {self.path} before upgrading it: {exc.strerror or exc}"
            ) from exc

    def close(self, *, discard_unsaved: bool = False) -> None:
        """Saves anything a failed write left unsaved, then lets another process write.

        Raises StoreWriteError if that save fails; the store then stays open. A one-shot
        command that reports the failure and exits passes `discard_unsaved` to let go
        of the store without that last attempt (the file keeps its last saved state).
        A writer thread (`write_behind`) saves what it holds and ends first.
        """
        self._stop_writer()
        self._close(discard_unsaved=discard_unsaved)

    def _stop_writer(self) -> None:
        """Lets the writer thread save what it holds and end, and only then saves on the
        caller's thread: the store stays the writer's while it may still write (a `flush`
        from another thread waits for it), since a save made beside the writer's own would
        write the file twice at once. A change made while it stopped wakes it again, so it
        is stopped until it is found idle under the lock that every change holds."""
        writer = self._writer
        while writer is not None:
            writer.stop()
            with self._mutex:
                if writer.idle():
                    self._writer = self._storage.saving = None
                    writer = None

    @_synchronized
    def _close(self, *, discard_unsaved: bool) -> None:
        if self._closed:
            return
        if not discard_unsaved:
            self._storage.flush()
        self._storage.close()
        if not discard_unsaved:
            self._leave_snapshot()
        pending = self.pending_snapshot()
        if pending is not None:
            with collector_paused():  # ~10 objects per annotation made, no cycles
                pending()
        self._closed = True
        self._release_lock()

    def _leave_snapshot(self) -> None:
        """A writer closing a big store leaves the next export a current snapshot of the file
        (see `_snapshot`): carried through its saves when there was one, made here when there
        was none (the store's first session, a crash's log folded into a store with none, a
        refused carry). Parsing the store was 2.5 floors of an export; making the snapshot
        from memory moves less than that to the app's quit, once. It is called only once
        every change is saved (`close` without `discard_unsaved`), and makes nothing while
        a change log lies beside the file (a failed compaction's): the file must hold what
        memory does."""
        if self.read_only:
            return
        try:
            stat = self.path.stat()
            if _changelog.log_path(self.path).exists():
                return
        except OSError:
            return
        base = _changelog.identity(stat)
        if stat.st_size < _snapshot.MIN_BYTES or _snapshot.is_current(
            self.path, base, SCHEMA_VERSION
        ):
            return
        with collector_paused(), self._snapshot_writing:  # ~10 objects per annotation copied
            self._save_snapshot(base)

    def make_snapshot(self) -> bool:
        """Makes the export snapshot of a big store that has none current, for the app to
        call from a thread of its own when the user is idle: an export while the app is open,
        or after its first session was killed, otherwise parsed the whole store (3.4 floors
        at 100,000 annotations) where one with a snapshot takes 0.4. The documents are copied
        a few articles at a time, the store's lock let go between (a key that changes the
        store waits for one piece, not the whole copy), and made into the snapshot's runs
        without it. True when nothing is left to do (made, current, small, read-only, or
        closed); False when it cannot be made yet: a change came during the copy, or a
        change log lies beside the file (then a compaction is asked for, which folds it in,
        on the writer's thread): call again at the next idle moment."""
        with self._mutex:
            wanted = self._snapshot_wanted()
            if wanted is not True:
                return wanted is None
            base = _changelog.identity(self.path.stat())
            changes = self._storage.changes
            try:
                tables = orjson.loads(orjson.dumps(self._snapshot_tables()))  # a copy of its own
            except orjson.JSONEncodeError:
                return True  # a lone surrogate: no JSON form, no snapshot (as `_snapshot.save`)
            article_ids = list(self._by_article)
        with collector_paused():  # ~10 objects per annotation copied, no cycles
            return self._copied_into_snapshot(base, changes, tables, article_ids)

    def _copied_into_snapshot(
        self, base: Identity, changes: int, tables: _snapshot.Tables, article_ids: list[str]
    ) -> bool:
        """`make_snapshot`'s copy, a piece at a time, and its writing: False when a change
        came meanwhile, or the file was written whole since."""
        grouped: dict[str, list[Document]] = {}
        for at in range(0, len(article_ids), SNAPSHOT_PIECE):
            with self._mutex:
                if self._closed or self._storage.changes != changes:
                    return False
                grouped.update(self._grouped_documents(article_ids[at : at + SNAPSHOT_PIECE]))
        with self._snapshot_writing:  # the close's, made after, is of the file it wrote
            try:
                if _changelog.identity(self.path.stat()) != base:
                    return False  # written whole since the copy: what it copied is not the file
            except OSError:
                return True
            if not _snapshot.is_current(self.path, base, SCHEMA_VERSION):
                _snapshot.save(self.path, base, SCHEMA_VERSION, tables, grouped)
        return True

    def _snapshot_wanted(self) -> bool | None:
        """Under the lock: True when a snapshot is wanted and the store file holds what
        memory does; None when none is wanted; False when not yet (a compaction asked for
        when a change log is the reason)."""
        if self.read_only or self._closed:
            return None
        try:
            stat = self.path.stat()
        except OSError:
            return None
        if stat.st_size < _snapshot.MIN_BYTES:
            return None
        writer = self._writer
        if (writer is not None and not writer.idle()) or not self._storage.in_file():
            self._storage.compact()
            return False
        return (
            None
            if _snapshot.is_current(self.path, _changelog.identity(stat), SCHEMA_VERSION)
            else True
        )

    def _save_snapshot(self, base: Identity) -> None:
        """Writes the snapshot of the store file `base`, which holds what memory does; the
        copies it makes are freed before it returns (the collector, resumed over them, would
        walk them all)."""
        grouped = self._grouped_documents(self._by_article)
        _snapshot.save(self.path, base, SCHEMA_VERSION, self._snapshot_tables(), grouped)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def annotations_revision(self) -> int:
        """Grows with every change to the annotations made through this object, and only
        then: a cache of them (the list's counts, the notes searched) is fresh while it is
        unchanged, through state changes and their undo; not saved."""
        return self._annotations_revision

    @property
    def unsaved(self) -> bool:
        """True after a failed save, until `flush()` or a later change succeeds; with a
        writer thread (`write_behind`), also while a change waits for it."""
        return self._storage.unsaved

    def flush(self) -> None:
        """Retries a save that failed (disk full, folder read-only), and with a writer thread
        returns once every change made before is on disk; StoreWriteError if it fails."""
        with self._mutex:
            self._check_writable()
            writer = self._writer
            if writer is None:
                self._storage.flush()
                return
        failure = writer.wait()  # without the lock: the writer takes it
        if failure is not None:
            raise failure

    def write_behind(self, failed: Callable[[StoreWriteError], None]) -> None:
        """From now on a change returns once it is made in memory, and a thread of the store
        saves it (with the changes made while it writes the one before): for the app, whose
        thread must draw the keys rather than wait on the disk's fsyncs. `flush()` returns
        once every change made before it is on disk: then, not before, a caller may say it
        is saved. `failed` hears of each other save that fails (on the writer's thread); the
        changes stay in memory for the next save, as a failed save's always do. Nothing
        changes for a read-only store."""
        with self._mutex:
            if self.read_only or self._writer is not None:
                return
            self._writer = Writer(self._storage, self._mutex, failed)
            self._storage.saving = self._writer.wake

    @_synchronized
    def meta(self) -> dict[str, object]:
        """The store's own record: `schema_version`, `created`, `migrated_from` if upgraded."""
        return dict(self._raw(META_TABLE)[META_KEY])

    # -- annotations ---------------------------------------------------------------------

    @_synchronized
    def add_annotation(
        self,
        article_id: str,
        body: str,
        start: int,
        end: int,
        tags: Iterable[str] = (),
        note: str = "",
        *,
        hotkey_new_tags: bool = False,
    ) -> Annotation:
        """Annotates `body[start:end]`; quote and 32 characters of context come from `body`.

        Tags not yet in the tag set are created (same undo step); with `hotkey_new_tags`
        each takes the first free hotkey (1–9), as a tag made in the TUI's picker does.
        """
        _check_article_id(article_id)
        _check_range(body, start, end)
        names = _tag_names(tags)
        _check_note(note)
        quote, prefix, suffix = context(body, start, end)
        now = now_iso()
        annotation = Annotation(
            str(uuid.uuid4()), article_id, start, end, quote, prefix, suffix, names, note, now, now
        )
        with self._step(passage_label("add annotation", names, quote)) as step:
            self._create_missing_tags(step, names, hotkeys=hotkey_new_tags)
            step.do(put(ANNOTATIONS, annotation.id, annotation.to_doc()))
        return annotation

    @_synchronized
    def update_annotation(
        self,
        annotation_id: str,
        *,
        tags: Iterable[str] | None = None,
        note: str | None = None,
    ) -> Annotation:
        """Replaces the tags and/or the note (an empty note removes it); None leaves one as is."""
        current = self._annotation_doc(annotation_id)
        fields: Document = {}
        if tags is not None and list(names := _tag_names(tags)) != current["tags"]:
            fields["tags"] = list(names)
        if note is not None and _check_note(note) != current["note"]:
            fields["note"] = note
        if not fields:
            return Annotation.from_doc(current)
        verb = {"note": "edit note", "tags": "edit tags"}.get(",".join(fields), "edit annotation")
        with self._step(passage_label(verb, (), current["quote"])) as step:
            self._create_missing_tags(step, fields.get("tags", ()))
            step.do(patch(ANNOTATIONS, annotation_id, {**fields, "updated": now_iso()}))
        return Annotation.from_doc(self._raw(ANNOTATIONS)[annotation_id])

    @_synchronized
    def toggle_tag(
        self, annotation_id: str, tag: str, *, hotkey_new_tags: bool = False
    ) -> Annotation:
        """Adds `tag` to the annotation, or removes it if it is there (keys 1–9 do this).

        A tag not yet in the set is created; with `hotkey_new_tags` it takes the first
        free hotkey (same undo step).
        """
        current = self._annotation_doc(annotation_id)
        name = _tag_name(tag)
        had = name in current["tags"]
        tags = [t for t in current["tags"] if t != name] if had else [*current["tags"], name]
        label = passage_label(f"{'remove' if had else 'add'} tag", (name,), current["quote"])
        with self._step(label) as step:
            self._create_missing_tags(step, tags, hotkeys=hotkey_new_tags)
            step.do(patch(ANNOTATIONS, annotation_id, {"tags": tags, "updated": now_iso()}))
        return Annotation.from_doc(self._raw(ANNOTATIONS)[annotation_id])

    @_synchronized
    def tag_many(
        self,
        spans: Iterable[tuple[str, str, int, int]],
        annotation_ids: Iterable[str],
        tag: str,
        *,
        hotkey_new_tags: bool = False,
    ) -> int:
        """Gives `tag` to many passages at once, as one undo step: each span
        `(article_id, body, start, end)` becomes a new annotation with the tag, and each
        annotation of `annotation_ids` gains it. A tag not yet in the set is created; with
        `hotkey_new_tags` it takes the first free hotkey, as `toggle_tag`'s does. Returns how
        many were tagged (0: nothing to do, no step)."""
        name = _tag_name(tag)
        adding = list(spans)
        for article_id, body, start, end in adding:
            _check_article_id(article_id)
            _check_range(body, start, end)
        docs = self._raw(ANNOTATIONS)
        gaining = [
            key
            for key in dict.fromkeys(annotation_ids)
            if name not in self._annotation_doc(key)["tags"]
        ]
        if not adding and not gaining:
            return 0
        now = now_iso()
        label = f"tag {counted(len(adding) + len(gaining), 'passage')} {_named(name)}"
        with self._step(label) as step:
            self._create_missing_tags(step, [name], hotkeys=hotkey_new_tags)
            for article_id, body, start, end in adding:
                quote, prefix, suffix = context(body, start, end)
                annotation = Annotation(
                    str(uuid.uuid4()),
                    article_id,
                    start,
                    end,
                    quote,
                    prefix,
                    suffix,
                    (name,),
                    "",
                    now,
                    now,
                )
                step.do(put(ANNOTATIONS, annotation.id, annotation.to_doc()))
            for key in gaining:
                tags = [*docs[key]["tags"], name]
                step.do(patch(ANNOTATIONS, key, {"tags": tags, "updated": now}))
        return len(adding) + len(gaining)

    @_synchronized
    def delete_annotation(self, annotation_id: str) -> None:
        """Deletes the annotation (undo brings it back)."""
        doc = self._annotation_doc(annotation_id)
        with self._step(passage_label("delete annotation", doc["tags"], doc["quote"])) as step:
            step.do(put(ANNOTATIONS, annotation_id, None))

    @_synchronized
    def annotation(self, annotation_id: str) -> Annotation | None:
        """The annotation with this id, or None."""
        doc = self._raw(ANNOTATIONS).get(annotation_id)
        return None if doc is None else Annotation.from_doc(doc)

    @_synchronized
    def annotations(self, article_id: str | None = None) -> list[Annotation]:
        """One article's annotations (or all), in text order (by article id first for all)."""
        raw = self._raw(ANNOTATIONS)
        if article_id is None:
            docs: Iterable[Document] = raw.values()
        else:
            docs = [raw[key] for key in self._by_article.get(article_id, ())]
        found = [Annotation.from_doc(doc) for doc in docs]
        return sorted(found, key=lambda a: (a.article_id, a.start, a.end, a.created, a.id))

    @_synchronized
    def annotation_documents(self, *, release: bool = False) -> dict[str, Sequence[Document]]:
        """Every annotation as a plain document, by article id, each article's in text order.

        For bulk readers: building 100,000 `Annotation` records and sorting them took
        most of an export's time. Each document is a dict the caller owns, holding
        the fields of `Annotation.to_doc` but `article_id` (the key), in that order,
        so it can be serialised as it is. With `release`, a read-only store hands over
        its own documents instead of copies (copying was a third of a one-shot export)
        and holds no annotations afterwards; a writable store ignores it and copies. A bulk
        read (`bulk`) hands them out as `DocumentRun`s, each article's with their JSON: from
        the snapshot, they are parsed only when read.
        """
        if release and self.read_only:
            if self._grouped is not None:  # read in this shape (a snapshot's, or in runs)
                runs, self._grouped = self._grouped, None
                self._annotation_index = {}
                self._annotations_revision += 1
                if self._snapshot_base is not None:  # the store file's: a snapshot of them
                    self._pending_snapshot_of(self._snapshot_base, runs)
                return dict(runs)
            released = self._release_annotations()
            if self._snapshot_base is not None:
                kept = self._keep_snapshot(self._snapshot_base, released)
                if kept is not None:
                    return dict(kept)
            return dict(released)
        return self._grouped_documents(self._by_article)

    def _release_annotations(self) -> dict[str, list[Document]]:
        """The documents grouped in the table's order, which is memory order (a Python loop
        over 100,000 scattered documents, or sorting them by a 4-field key, was a third of
        opening); `article_id` goes by one C-level `map`."""
        docs = list(self._raw(ANNOTATIONS).values())
        article_ids: list[str] = []
        widths: set[int] = set()
        for first in range(0, len(docs), _CHUNK):  # each chunk's documents read while cached
            chunk = docs[first : first + _CHUNK]
            article_ids += map(dict.pop, chunk, itertools.repeat("article_id"))
            widths.update(map(len, chunk))
        if widths - {len(FIELDS)}:  # a script's extra fields
            docs = [doc if len(doc) == len(FIELDS) else _fields_only(doc) for doc in docs]
        found: dict[str, list[Document]] = {}
        start = 0
        for end in _run_ends(article_ids):
            article_id = article_ids[start]
            held = found.get(article_id)
            if held is None:
                found[article_id] = docs[start:end]
            else:
                held += docs[start:end]
            start = end
        for held in found.values():
            sort_in_text_order(held)
        self._raw(ANNOTATIONS).clear()
        self._annotation_index = {}
        self._annotations_revision += 1
        return found

    def _keep_snapshot(
        self, read: tuple[Identity, Identity | None], grouped: dict[str, list[Document]]
    ) -> dict[str, DocumentRun] | None:
        """The documents as runs (`_snapshot.runs_of`), and the snapshot of the file parsed and
        the log replayed (as `read`) made ready for the next bulk read: written by whoever
        takes it (`pending_snapshot`) or else at the close."""
        self._snapshot_base = None
        runs = _snapshot.runs_of(grouped, complete=False)
        if runs is not None:
            self._pending_snapshot_of(read, runs)
        return runs

    def _pending_snapshot_of(
        self, read: tuple[Identity, Identity | None], runs: dict[str, DocumentRun]
    ) -> None:
        """Makes ready the snapshot of the file parsed and the log replayed (as `read`),
        whose annotations are `runs` (`pending_snapshot`)."""
        self._snapshot_base = None
        tables = self._snapshot_tables()
        self._pending_snapshot = functools.partial(
            _snapshot.write, self.path, read, SCHEMA_VERSION, tables, runs
        )

    def pending_snapshot(self) -> Callable[[], None] | None:
        """The writing of the snapshot a bulk read that parsed the store made ready (None when
        there is none), handed over: the export writes its own file first and then this
        (`reader export` in a process of its own, once the user has the answer: the span
        inputs, the orphans counted and the runs file were 0.4 of the orjson floor of an
        export that parses the store, docs/performance.md, export25). A store closed with it
        still pending writes it then."""
        pending, self._pending_snapshot = self._pending_snapshot, None
        return pending

    def _carry_snapshot(self, before: Identity | None, after: Identity) -> None:
        """After the store file was written whole (as `after`): keeps a snapshot of the file
        it replaced (`before`, None when not every change since is known) current for it,
        so the next export need not parse the store (see `_snapshot.carry`)."""
        changed, self._changed_runs = self._changed_runs, set()
        log, self._folded_log = self._folded_log, None
        if before is None or not _snapshot.snapshot_path(self.path).exists():
            return  # a small store, rewritten at every save, has none: nothing to gather
        grouped = self._grouped_documents(changed)
        tables = self._snapshot_tables()
        _snapshot.carry(self.path, before, after, SCHEMA_VERSION, tables, grouped, log)

    def _snapshot_tables(self) -> dict[str, dict[str, Document]]:
        data: Data = self._storage.read()
        return {name: table for name, table in data.items() if name not in _NOT_SNAPSHOT}

    def _grouped_documents(self, article_ids: Iterable[str]) -> dict[str, list[Document]]:
        """These articles' annotations as `annotation_documents` hands them out (copies)."""
        raw = self._raw(ANNOTATIONS)
        grouped: dict[str, list[Document]] = {}
        for article_id in article_ids:
            docs = [_detached(raw[key]) for key in self._by_article.get(article_id, ())]
            sort_in_text_order(docs)
            grouped[article_id] = docs
        return grouped

    @property
    def _by_article(self) -> dict[str, set[str]]:
        """Article id -> the keys of its annotations, kept in step with every change."""
        if self._annotation_index is None:
            self._annotation_index = _article_index(self._raw(ANNOTATIONS))
        return self._annotation_index

    @_synchronized
    def anchored_article_ids(self) -> set[str]:
        """Ids of the articles holding annotations or entity corrections (what re-anchoring
        looks for when an article's text changes)."""
        return set(self._by_article) | set(self._edits_by_article)

    @_synchronized
    def annotation_counts(self) -> dict[str, int]:
        """Annotations per article id, from an index (for list badges; no scan)."""
        return {article_id: len(ids) for article_id, ids in self._by_article.items()}

    @_synchronized
    def upsert_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Adds or replaces annotations by id (an import): one write, one undo step."""
        docs = [_annotation_doc_for_import(a) for a in annotations]
        raw = self._raw(ANNOTATIONS)
        changed = [doc for doc in docs if raw.get(doc["id"]) != doc]
        if not changed:
            return
        with self._step(f"import {counted(len(changed), 'annotation')}") as step:
            self._create_missing_tags(step, [t for doc in changed for t in doc["tags"]])
            for doc in changed:
                step.do(put(ANNOTATIONS, doc["id"], doc))

    @_synchronized
    def merge(
        self,
        annotations: Iterable[Annotation] = (),
        states: Mapping[str, StateRecord] | None = None,
        tags: Iterable[Tag] = (),
        *,
        replace_tags: bool = False,
        article_records: Mapping[str, ArticleRecord] | None = None,
        work: ImportedWork | None = None,
    ) -> None:
        """Stores an import's records as given, times included: one write, one undo step.

        Annotations replace by id, states by article id (keeping their `changed`
        time), tags by name (a hotkey in use moves to the imported tag); with
        `replace_tags`, tags not given are deleted first. `work` (corrections, their
        moves, entity edits, checks) is written first, so the states follow their
        text before the file's are set. `article_records` (where an article was
        seen, see `remember`) replace by article id, for articles that have
        annotations or a state once merged; they are not part of the undo step.
        Which record wins a conflict is the importer's decision; everything is
        checked before anything changes (`check_merge`), so a bad record leaves the store
        as it was.
        """
        work_docs, docs, state_docs, record_docs, new_tags = self._merge_docs(
            annotations, states, tags, article_records, work
        )
        raw = self._raw(ANNOTATIONS)
        raw_states = self._raw(STATE_TABLE)
        changed = [doc for doc in docs if raw.get(doc["id"]) != doc]
        label = f"import {counted(len(changed), 'annotation')}" if changed else "import"
        with self._step(label) as step:
            self._merge_work(step, work_docs)
            if replace_tags:
                keep = {tag.name for tag in new_tags}
                for name in [name for name in self._raw(TAGS) if name not in keep]:
                    step.do(put(TAGS, name, None))
            for tag in new_tags:
                self._put_tag(step, tag)
            self._create_missing_tags(step, [t for doc in changed for t in doc["tags"]])
            for doc in changed:
                step.do(put(ANNOTATIONS, doc["id"], doc))
            for key, doc in state_docs.items():
                first = raw_states.get(key, {}).get(FIRST_TRIAGED)
                if first is not None:
                    doc = {**doc, FIRST_TRIAGED: first}
                if raw_states.get(key) != doc:
                    step.do(put(STATE_TABLE, key, doc))
            for key, doc in record_docs.items():
                if self._has_user_data(key):
                    self._put_record(key, doc)

    def check_merge(
        self,
        annotations: Iterable[Annotation] = (),
        states: Mapping[str, StateRecord] | None = None,
        tags: Iterable[Tag] = (),
        *,
        article_records: Mapping[str, ArticleRecord] | None = None,
        work: ImportedWork | None = None,
    ) -> None:
        """`StoreInputError` for whatever `merge` would refuse, writing nothing: a dry run
        of an import said "would have imported" a file whose tag names the real import
        then refused."""
        self._merge_docs(annotations, states, tags, article_records, work)

    def _merge_docs(
        self,
        annotations: Iterable[Annotation],
        states: Mapping[str, StateRecord] | None,
        tags: Iterable[Tag],
        article_records: Mapping[str, ArticleRecord] | None,
        work: ImportedWork | None,
    ) -> tuple[_WorkDocs, list[Document], dict[str, Document], dict[str, Document], list[Tag]]:
        """An import's records as `merge` stores them, each checked (`StoreInputError`)."""
        work_docs = _work_docs(work or ImportedWork(), self.root)
        docs = [_annotation_doc_for_import(a) for a in annotations]
        state_docs = {key: _state_doc(key, record) for key, record in (states or {}).items()}
        stored = self._each_dump_once(stored_source)
        record_docs = {
            key: self._record_doc(_article_record(key, record), stored)
            for key, record in (article_records or {}).items()
        }
        new_tags = [Tag(_tag_name(t.name), _colour(t.colour), _hotkey(t.hotkey)) for t in tags]
        return work_docs, docs, state_docs, record_docs, new_tags

    def _merge_work(self, step: _Step, work: _WorkDocs) -> None:
        """Writes an import's corrections (those whose place or content changed), moves the
        states and checks of the articles its new corrections replaced, then its entity
        edits and checks (see `merge`)."""
        for table, docs in ((CORRECTIONS, work.corrections), (ENTITY_EDITS, work.edits)):
            raw = self._raw(table)
            for key, doc in docs.items():
                if raw.get(key) != doc:
                    step.do(put(table, key, doc))
        raw_edits = self._raw(ENTITY_EDITS)
        for key in work.replaced_edits:
            if key in raw_edits:
                step.do(put(ENTITY_EDITS, key, None))
        for moves in work.moves:
            self._move_states_and_checks(step, moves)
        raw_checked = self._raw(CHECKED)
        for key, at in work.checked.items():
            if key not in raw_checked:
                step.do(put(CHECKED, key, {"at": at}))

    # -- triage states -------------------------------------------------------------------

    @_synchronized
    def state(self, article_id: str) -> ArticleState:
        """The article's triage state; `new` if it was never set."""
        doc = self._raw(STATE_TABLE).get(article_id)
        return "new" if doc is None else doc["state"]

    @_synchronized
    def first_triaged(self) -> dict[str, str]:
        """When each article with a state first left `new`, by article id (ISO time).

        Recorded since this version; for a state set earlier, the time it was last set.
        """
        return {
            key: str(doc.get(FIRST_TRIAGED) or doc["changed"])
            for key, doc in self._raw(STATE_TABLE).items()
        }

    @_synchronized
    def states(self) -> dict[str, StateRecord]:
        """Every article whose state was ever set, with when."""
        return {key: StateRecord.from_doc(doc) for key, doc in self._raw(STATE_TABLE).items()}

    @_synchronized
    def state_times(self, article_ids: Iterable[str]) -> dict[str, str]:
        """When each of `article_ids` that has a state was last set (ISO time): which of a
        story's versions the user decided last, without copying every record (`states`)."""
        table = self._raw(STATE_TABLE)
        return {key: str(doc["changed"]) for key in article_ids if (doc := table.get(key))}

    def set_state(self, article_id: str, state: ArticleState) -> None:
        """Sets one article's state (no step if it already has it)."""
        self.set_states([article_id], state)

    @_synchronized
    def set_states(
        self, article_ids: Iterable[str], state: ArticleState, *, journal: bool = True
    ) -> None:
        """Sets many articles' state as one undo step ("discard 12 articles").

        `journal=False` saves the change without an undo step and leaves the redo
        stack alone: for what the app does by itself (marking an article read after
        the dwell), which the user never asked for and would not want to undo.
        """
        if state not in STATES:
            raise StoreInputError(f"unknown state {state!r}; use one of: {', '.join(STATES)}")
        wanted = list(dict.fromkeys(article_ids))
        for article_id in wanted:
            _check_article_id(article_id)
        changing = [a for a in wanted if self.state(a) != state]
        if not changing:
            return
        now = now_iso()
        label = state_label(state, counted(len(changing), "article"))
        with self._step(label, journal=journal) as step:
            for article_id in changing:
                step.do(put(STATE_TABLE, article_id, self._state_doc(article_id, state, now)))

    def _state_doc(self, article_id: str, state: ArticleState, now: str) -> Document:
        """The stored state of an article set to `state` at `now`, keeping the time it
        was first triaged (a first triage is now unless it is back to `new`)."""
        doc = StateRecord(state, now).to_doc()
        first = self._raw(STATE_TABLE).get(article_id, {}).get(FIRST_TRIAGED)
        if first is not None or state != "new":
            doc[FIRST_TRIAGED] = first or now
        return doc

    @_synchronized
    def pass_on_states(self, moves: Mapping[str, str]) -> None:
        """Gives each article that replaced another (`moves`: old id -> new id, its text
        edited in its dump) the old one's state, leaves the old one `new` (its first triage
        kept) so the state moves once, and points the undo and redo steps that set the old
        one's state at the new one: `u` after the dump was edited takes back the star on the
        article the user sees, not on an id no longer listed. Not an undo step (the user did
        nothing). On a read-only store the states move in memory only, as `place` moves
        annotations: a command reading the store counts them where the app will."""
        if not moves:
            return
        self._check_open()
        by_state: dict[ArticleState, list[str]] = {}
        for old, new in moves.items():
            by_state.setdefault(self.state(old), []).append(new)
        with self._storage.batch():
            now = now_iso()
            for state, ids in [*by_state.items(), ("new", list(moves))]:
                for article_id in ids:
                    if self.state(article_id) != state:
                        self._apply(
                            put(STATE_TABLE, article_id, self._state_doc(article_id, state, now))
                        )
            if not self.read_only:
                self._journal.rekey(STATE_TABLE, moves)

    # -- tags ----------------------------------------------------------------------------

    @_synchronized
    def tags(self) -> list[Tag]:
        """The tag set: tags with hotkeys in key order, then the rest by name."""
        found = [Tag.from_doc(name, doc) for name, doc in self._raw(TAGS).items()]
        return sorted(found, key=lambda t: (t.hotkey is None, t.hotkey or "", t.name.casefold()))

    @_synchronized
    def put_tag(self, tag: Tag) -> None:
        """Adds a tag or updates it by name; a hotkey in use moves to it (same undo step)."""
        new = Tag(_tag_name(tag.name), _colour(tag.colour), _hotkey(tag.hotkey))
        old = self._raw(TAGS).get(new.name)
        if old == new.to_doc():
            return
        with self._step(f"{'edit' if old else 'create'} tag {_named(new.name)}") as step:
            self._put_tag(step, new)

    def _put_tag(self, step: _Step, new: Tag) -> None:
        """Sets a checked tag unless it is already so; its hotkey is taken from any other tag."""
        raw = self._raw(TAGS)
        if raw.get(new.name) == new.to_doc():
            return
        for other, doc in list(raw.items()):
            if new.hotkey is not None and other != new.name and doc["hotkey"] == new.hotkey:
                step.do(patch(TAGS, other, {"hotkey": None}))
        step.do(put(TAGS, new.name, new.to_doc()))

    @_synchronized
    def rename_tag(self, old: str, new: str) -> None:
        """Renames a tag everywhere it is used, keeping its colour and hotkey (one undo step)."""
        old, new = _tag_name(old), _tag_name(new)
        raw = self._raw(TAGS)
        if old not in raw:
            raise StoreInputError(f"there is no tag named {old!r}")
        if new in raw:
            raise StoreInputError(f"a tag named {new!r} already exists")
        with self._step(f"rename tag {_named(old)} to {_named(new)}") as step:
            step.do(put(TAGS, new, dict(raw[old])))
            self._retag(step, old, new)
            step.do(put(TAGS, old, None))

    @_synchronized
    def remove_tag(self, name: str) -> None:
        """Deletes a tag and takes it off every annotation carrying it (one undo step)."""
        name = _tag_name(name)
        if name not in self._raw(TAGS):
            raise StoreInputError(f"there is no tag named {name!r}")
        with self._step(f"delete tag {_named(name)}") as step:
            self._retag(step, name, None)
            step.do(put(TAGS, name, None))

    @_synchronized
    def merge_tags(self, source: str, target: str) -> int:
        """Moves every use of tag `source` to `target` and deletes `source` (one undo step).

        `target` keeps its colour and hotkey; an annotation that had both keeps one.
        Returns how many annotations changed.
        """
        source, target = _tag_name(source), _tag_name(target)
        raw = self._raw(TAGS)
        for name in (source, target):
            if name not in raw:
                raise StoreInputError(f"there is no tag named {name!r}")
        if source == target:
            raise StoreInputError(f"cannot merge tag {source!r} into itself")
        with self._step(f"merge tag {_named(source)} into {_named(target)}") as step:
            changed = self._retag(step, source, target)
            step.do(put(TAGS, source, None))
        return changed

    @_synchronized
    def tag_usage(self) -> dict[str, tuple[int, int]]:
        """Per tag name: (annotations carrying it, articles they are in); unused tags too."""
        annotations: Counter[str] = Counter()
        articles: dict[str, set[str]] = {}
        for doc in self._raw(ANNOTATIONS).values():
            for tag in doc["tags"]:
                annotations[tag] += 1
                articles.setdefault(tag, set()).add(doc["article_id"])
        return {name: (annotations[name], len(articles.get(name, ()))) for name in self._raw(TAGS)}

    def _retag(self, step: _Step, old: str, new: str | None) -> int:
        """Replaces (or with None drops) tag `old` on every annotation; how many changed."""
        changed = 0
        for key, doc in list(self._raw(ANNOTATIONS).items()):
            if old in doc["tags"]:
                tags = [new if t == old else t for t in doc["tags"]]
                kept = list(dict.fromkeys(t for t in tags if t is not None))
                step.do(patch(ANNOTATIONS, key, {"tags": kept, "updated": now_iso()}))
                changed += 1
        return changed

    def _create_missing_tags(
        self, step: _Step, names: Iterable[str], *, hotkeys: bool = False
    ) -> None:
        raw = self._raw(TAGS)
        used = Counter(doc["colour"] for doc in raw.values())
        for name in dict.fromkeys(names):
            if name in raw:
                continue
            colour = min(TAG_PALETTE, key=lambda c: (used[c], TAG_PALETTE.index(c)))
            used[colour] += 1
            hotkey = first_free_hotkey(doc["hotkey"] for doc in raw.values()) if hotkeys else None
            step.do(put(TAGS, name, Tag(name, colour, hotkey).to_doc()))

    # -- article corrections -------------------------------------------------------------

    @_synchronized
    def add_article_correction(
        self,
        correction: ArticleCorrection,
        moves: Mapping[str, Sequence[str]] | None = None,
    ) -> ArticleCorrection:
        """Stores a break, weld or retitle (made by `reader.annotation.corrections`): one
        undo step, saved at once. Its id, order and time are given here.

        `moves` maps the ids of the articles it replaces to the ids of the articles it
        makes: their triage states and entity checks go along (the first given state wins
        where two articles become one, which is checked only when both were), so they
        follow their text.
        """
        if correction.kind not in CORRECTION_KINDS:
            raise StoreInputError(f"unknown article correction {correction.kind!r}")
        fields = (correction.source, correction.title, correction.head, correction.before)
        if not all(isinstance(text, str) for text in (*fields, correction.new_title)):
            raise StoreInputError("an article correction has a field that is not text")
        if not correction.head:
            raise StoreInputError("an article correction needs the text it is anchored on")
        seq = max((doc["seq"] for doc in self._raw(CORRECTIONS).values()), default=0) + 1
        record = replace(
            correction,
            id=str(uuid.uuid4()),
            seq=seq,
            source=stored_source(without_surrogates(correction.source), self.root),
            created=now_iso(),
        )
        with self._step(_CORRECTION_LABELS[record.kind]) as step:
            step.do(put(CORRECTIONS, record.id, record.to_doc()))
            self._move_states_and_checks(step, moves or {})
        return self._opened(record)

    def _move_states_and_checks(self, step: _Step, moves: Mapping[str, Sequence[str]]) -> None:
        """The triage states and entity checks of replaced articles, moved to the articles
        that replaced them; a joined article is checked only when all its parts were (one
        part unchecked would be gold with none of that part's entities)."""
        self._move_docs(step, STATE_TABLE, moves)
        self._move_docs(step, CHECKED, moves, every_part=True)

    def _move_docs(
        self,
        step: _Step,
        table: str,
        moves: Mapping[str, Sequence[str]],
        *,
        every_part: bool = False,
    ) -> None:
        """Moves documents keyed by article id to the articles that replaced it (with
        `every_part`, only to those whose every replaced article had one)."""
        raw = self._raw(table)
        parts: dict[str, list[str]] = {}
        for old, new_ids in moves.items():
            for new in new_ids:
                parts.setdefault(new, []).append(old)
        given = {
            new for new, olds in parts.items() if every_part and not all(old in raw for old in olds)
        }
        for old, new_ids in moves.items():
            doc = raw.get(old)
            if doc is None:
                continue
            doc = dict(doc)
            for new in new_ids:
                if new not in given and raw.get(new) != doc:
                    step.do(put(table, new, doc))
                given.add(new)
            if old not in new_ids:
                step.do(put(table, old, None))

    @_synchronized
    def article_corrections(self, source: str | None = None) -> list[ArticleCorrection]:
        """The article corrections (of one dump, by `source_key`), in the order they apply."""
        opened = self._each_dump_once(opened_source)
        found = [
            self._opened(ArticleCorrection.from_doc(key, doc), opened)
            for key, doc in self._raw(CORRECTIONS).items()
        ]
        if source is not None:
            found = [c for c in found if c.source == source]
        return sorted(found, key=lambda c: c.seq)

    @_synchronized
    def delete_article_correction(self, correction_id: str) -> None:
        """Deletes an article correction (one undo step), e.g. one that no longer applies."""
        if correction_id not in self._raw(CORRECTIONS):
            raise StoreInputError(f"there is no article correction with id {correction_id!r}")
        with self._step("drop article correction") as step:
            step.do(put(CORRECTIONS, correction_id, None))

    # -- entity corrections --------------------------------------------------------------

    @_synchronized
    def set_entity(
        self,
        article_id: str,
        body: str,
        start: int,
        end: int,
        label: str | None,
        *,
        step: str | None = None,
    ) -> EntityEdit:
        """Says what `body[start:end]` is: an entity with `label`, or (None) no entity.

        The edit replaces every edit of the article it overlaps, and hides every
        prediction it overlaps (see `reader.annotation.entity_edits`). One undo step,
        named `step` (what `u` says it undid: an edge moved is no new label), else after
        the label.
        """
        name = None if label is None else _label_name(label)
        edit = _entity_edit(article_id, body, start, end, name)
        named = step or ("delete entity" if name is None else f"label entity {name}")
        with self._step(named) as done:
            self._drop_overlapping_edits(done, article_id, start, end)
            done.do(put(ENTITY_EDITS, edit.id, edit.to_doc()))
        return edit

    @_synchronized
    def set_entities(
        self, spans: Iterable[tuple[str, str, int, int]], label: str, *, step: str
    ) -> list[EntityEdit]:
        """Labels every `(article_id, body, start, end)` with `label`, each as `set_entity`
        does, as ONE undo step named `step`: every match of a text labelled at once (as
        brat's search and Prodigy's patterns do) is taken back by one `u`. The spans must
        not overlap one another."""
        name = _label_name(label)
        edits = [
            _entity_edit(article_id, body, start, end, name)
            for article_id, body, start, end in spans
        ]
        with self._step(step) as done:
            for edit in edits:
                self._drop_overlapping_edits(done, edit.article_id, edit.start, edit.end)
                done.do(put(ENTITY_EDITS, edit.id, edit.to_doc()))
        return edits

    def _drop_overlapping_edits(self, step: _Step, article_id: str, start: int, end: int) -> None:
        raw = self._raw(ENTITY_EDITS)
        for key in sorted(self._edits_by_article.get(article_id, ())):
            doc = raw[key]
            if not doc["orphaned"] and doc["start"] < end and start < doc["end"]:
                step.do(put(ENTITY_EDITS, key, None))

    @_synchronized
    def check_entities(self, article_id: str, body: str, shown: Iterable[Entity]) -> None:
        """Marks the article's entities as checked: the `shown` ones that are predictions
        are kept as accepted, so the article's gold no longer depends on the model.

        One undo step. Checking an article with no entity says "no entities here".
        """
        _check_article_id(article_id)
        raw = self._raw(ENTITY_EDITS)
        live = [
            raw[key]
            for key in self._edits_by_article.get(article_id, ())
            if not raw[key]["orphaned"]
        ]
        now = now_iso()
        with self._step("check entities") as step:
            for entity in shown:
                _check_range(body, entity.start, entity.end)
                if any(d["start"] < entity.end and entity.start < d["end"] for d in live):
                    continue
                quote, prefix, suffix = context(body, entity.start, entity.end)
                accepted = EntityEdit(
                    str(uuid.uuid4()),
                    article_id,
                    entity.start,
                    entity.end,
                    quote,
                    prefix,
                    suffix,
                    "accept",
                    _label_name(entity.label),
                    now,
                )
                live.append(accepted.to_doc())
                step.do(put(ENTITY_EDITS, accepted.id, accepted.to_doc()))
            step.do(put(CHECKED, article_id, {"at": now}))

    @_synchronized
    def entity_edits(self, article_id: str | None = None) -> list[EntityEdit]:
        """One article's entity corrections (or all), in text order."""
        raw = self._raw(ENTITY_EDITS)
        keys = raw if article_id is None else self._edits_by_article.get(article_id, ())
        found = [EntityEdit.from_doc(key, raw[key]) for key in keys]
        return sorted(found, key=lambda e: (e.article_id, e.start, e.end, e.created, e.id))

    @_synchronized
    def has_entity_work(self, article_id: str) -> bool:
        """Whether the user corrected or checked the article's entities: what it shows then
        differs from the model's output, and a caller asking per row of a long list need not
        build the corrected entities of every other article to know."""
        return article_id in self._edits_by_article or article_id in self._raw(CHECKED)

    @_synchronized
    def uncheck(self, article_ids: Iterable[str], label: str) -> int:
        """Takes the entity check off these articles, their entity edits kept (a check the
        store should not have held, `reader.annotation.weld_checks`): one undo step named
        `label`, one save; how many were checked."""
        raw = self._raw(CHECKED)
        held = [key for key in dict.fromkeys(article_ids) if key in raw]
        if held:
            with self._step(label) as step:
                for key in held:
                    step.do(put(CHECKED, key, None))
        return len(held)

    @_synchronized
    def checked(self) -> dict[str, str]:
        """The articles whose entities the user checked, by id, with when."""
        return {key: str(doc["at"]) for key, doc in self._raw(CHECKED).items()}

    # -- undo / redo ---------------------------------------------------------------------

    @_synchronized
    def undo(self) -> str | None:
        """Reverses the last change (also one made before a restart); its label, or None."""
        self._check_writable()
        with self._storage.batch():
            return self._journal.undo(self._noting_moves())

    @_synchronized
    def redo(self) -> str | None:
        """Repeats the last undone change; its label, or None."""
        self._check_writable()
        with self._storage.batch():
            return self._journal.redo(self._noting_moves())

    @_synchronized
    def moved_states(self) -> frozenset[str]:
        """Ids of the articles whose state record the last `undo` or `redo` touched: what a
        cache of the states reads again, instead of every state."""
        return frozenset(self._moved.get(STATE_TABLE, ()))

    def _noting_moves(self) -> Callable[[Op], Op]:
        """`_apply` that also notes each key it touches (for `moved_states`)."""
        moved: dict[str, set[str]] = {}
        self._moved = moved

        def apply(op: Op) -> Op:
            moved.setdefault(str(op[1]), set()).add(str(op[2]))
            return self._apply(op)

        return apply

    # -- the app's settings ----------------------------------------------------------------

    @_synchronized
    def setting(self, name: str) -> object:
        """A setting the app saved (`put_setting`), None when never saved."""
        doc = self._raw(SETTINGS).get(name)
        return doc.get("value") if isinstance(doc, dict) else None

    @_synchronized
    def put_setting(self, name: str, value: object) -> None:
        """Saves a choice of the app's (the list's sort order) at once, with every write's
        kill-safety; not an undo step (a view, not the user's work). On a read-only store
        it is kept for this session only, as `remember` does."""
        self._check_open()
        if not name or self.setting(name) == value:
            return
        with self._storage.batch():
            self._apply(put(SETTINGS, name, {"value": value}))

    # -- where articles come from -------------------------------------------------------

    @_synchronized
    def remember(self, articles: Iterable[Article]) -> None:
        """Records which dump each of these open articles is in, and its title.

        Only articles with annotations or a state get a record; one of `articles`
        that gains them later (a key press, an adoption, an undo) is recorded by that
        change. Records of articles left with no annotations and no state are dropped.
        Not an undo step (the user did nothing); one save, none when nothing changed.
        On a read-only store the records are kept in memory only.
        """
        self._check_open()
        given = list(articles)
        for article in given:
            self._seen[article.id] = article
        raw = self._raw(ARTICLES)
        stored = self._each_dump_once(stored_source)
        with self._storage.batch():
            for key in [key for key in raw if not self._has_user_data(key)]:
                self._apply(put(ARTICLES, key, None))
            for article in given:
                if self._has_user_data(article.id):
                    record = ArticleRecord.of(article)
                    self._put_record(article.id, self._record_doc(record, stored))

    @_synchronized
    def article_records(
        self, dumps: Iterable[str] | None = None, *, besides: Collection[str] = ()
    ) -> dict[str, ArticleRecord]:
        """Where each article with annotations or a state was last seen, by article id.

        Given `dumps` (`source_key`s), only the records of those dumps, less those of the
        ids `besides`: a command reading a few dumps looks at the records of the articles
        gone from them, compared in the file's own form, and builds no others (2,000
        records built cost an export 10 ms of CPU). Articles the store never saw open
        (annotated before records were kept, or imported without them) have none.
        """
        opened = self._each_dump_once(opened_source)
        raw = self._raw(ARTICLES)
        if dumps is not None:
            stored = self._each_dump_once(stored_source)
            wanted = {stored(dump) for dump in dumps}
            raw = {
                key: doc
                for key, doc in raw.items()
                if doc["source"] in wanted and key not in besides
            }
        return {key: self._opened(ArticleRecord.from_doc(doc), opened) for key, doc in raw.items()}

    @_synchronized
    def dump_sources(self) -> set[str]:
        """Every dump the store keeps work by (its article records and corrections), as
        `source_key`s: what to look for on disk to tell a dump renamed or moved away from
        one that is merely not open (`reader.annotation.dump_moves`). Each distinct path is
        converted once, so a store of 100,000 records costs a set of its few dumps."""
        stored = {doc["source"] for doc in self._raw(ARTICLES).values()}
        stored.update(doc["source"] for doc in self._raw(CORRECTIONS).values())
        opened = self._each_dump_once(opened_source)
        return {opened(source) for source in stored if source}

    @_synchronized
    def move_dumps(self, moves: Mapping[str, str]) -> None:
        """Points the work kept by a dump's path (its corrections and article records) at
        the path the dump is now at (`moves`: old `source_key` -> new one), for a dump the
        user renamed or moved: its breaks, welds and retitles apply there again, and its
        edited articles' annotations are looked for there. The undo and redo steps that put
        a correction back put it back at the new path. Not an undo step (the user did
        nothing); on a read-only store the move holds in memory for this run only."""
        self._check_open()
        if not moves:
            return
        opened = self._each_dump_once(opened_source)
        stored = self._each_dump_once(stored_source)
        repointed: dict[str, str] = {}
        with self._storage.batch():
            for table in (CORRECTIONS, ARTICLES):
                for key, doc in list(self._raw(table).items()):
                    new = moves.get(opened(doc["source"]))
                    if new is not None:
                        repointed[doc["source"]] = stored(new)
                        self._apply(patch(table, key, {"source": stored(new)}))
            if repointed and not self.read_only:
                self._journal.repoint(CORRECTIONS, "source", repointed)

    def _each_dump_once(self, convert: Callable[[str, Path], str]) -> Callable[[str], str]:
        """`convert` (`stored_source`, `opened_source`) in this store's workspace, each dump's
        path worked out once: the many articles one call is given share a few dumps, and
        20,000 of one dump cost the app's thread 0.4 s of pathlib when each was converted.
        Made anew per call, so a changed working directory is never answered stale."""
        return functools.cache(functools.partial(convert, root=self.root))

    def _opened(self, record: _Sourced, opened: Callable[[str], str] | None = None) -> _Sourced:
        """A stored record as the API hands it out: its dump as a `source_key`."""
        source = opened(record.source) if opened else opened_source(record.source, self.root)
        return replace(record, source=source)

    def _record_doc(
        self, record: ArticleRecord, stored: Callable[[str], str] | None = None
    ) -> Document:
        """The stored form of a record: its dump relative to the workspace when inside it."""
        source = stored(record.source) if stored else stored_source(record.source, self.root)
        return replace(record, source=source).to_doc()

    def _has_user_data(self, article_id: str) -> bool:
        return (
            article_id in self._by_article
            or article_id in self._edits_by_article
            or article_id in self._raw(STATE_TABLE)
            or article_id in self._raw(CHECKED)
        )

    def _put_record(self, article_id: str, doc: Document) -> None:
        """Sets an article's record unless it already says so (never an undo step)."""
        if self._raw(ARTICLES).get(article_id) != doc:
            self._apply(put(ARTICLES, article_id, doc))

    def _record_if_seen(self, article_id: str) -> None:
        """Records an article `remember` was shown, now that it has user data."""
        article = self._seen.get(article_id)
        if article is not None:
            self._put_record(article_id, self._record_doc(ArticleRecord.of(article)))

    # -- placing annotations -------------------------------------------------------------

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Holds the store's lock across several calls, so another thread's change cannot
        land between them (re-anchoring reads annotations, then places them)."""
        with self._mutex:
            yield

    @_synchronized
    def place(self, placements: Iterable[Placement]) -> None:
        """Moves annotations to where re-anchoring found their quote, or flags them orphans.

        Not an undo step (the user did nothing): the text moved, not the annotation.
        One save for the lot. Ids no longer in the store are skipped. On a read-only
        store the new places are kept in memory only.
        """
        self._place(ANNOTATIONS, placements)

    @_synchronized
    def place_entity_edits(self, placements: Iterable[Placement]) -> None:
        """Moves entity corrections as `place` moves annotations (`annotation_id` holds
        the edit's id): their text moved, so they follow it; not an undo step."""
        self._place(ENTITY_EDITS, placements)

    def _place(self, table: str, placements: Iterable[Placement]) -> None:
        self._check_open()
        raw = self._raw(table)
        with self._storage.batch():
            for placement in placements:
                doc = raw.get(placement.annotation_id)
                if doc is None:
                    continue
                changed = {
                    name: value for name, value in placement.fields().items() if doc[name] != value
                }
                if changed:
                    self._apply(patch(table, placement.annotation_id, changed))

    # -- internals -----------------------------------------------------------------------

    def _raw(self, table: str) -> dict[str, Document]:
        data: Data = self._storage.read()
        if self._grouped is not None and table == ANNOTATIONS:
            self._fill_annotations(data.setdefault(table, {}))
        return data.setdefault(table, {})

    def _fill_annotations(self, table: dict[str, Document]) -> None:
        """Fills the annotations table from a snapshot's documents, for a bulk store asked
        for anything but taking them over."""
        grouped, self._grouped = self._grouped or {}, None
        for article_id, docs in grouped.items():
            for doc in docs:
                table[doc["id"]] = {"id": doc["id"], "article_id": article_id, **doc}

    def _annotation_doc(self, annotation_id: str) -> Document:
        doc = self._raw(ANNOTATIONS).get(annotation_id)
        if doc is None:
            raise StoreInputError(f"there is no annotation with id {annotation_id!r}")
        return doc

    def _check_open(self) -> None:
        if self._closed:
            raise StoreReadOnly(f"store {self.path} is closed")

    def _check_writable(self) -> None:
        self._check_open()
        if self.lock_owner is not None:
            raise StoreLocked(
                f"store {self.path} is in use by {self.lock_owner}; this change cannot be saved"
            )
        if self.read_only:
            raise StoreReadOnly(f"store {self.path} is open read-only; this change cannot be saved")

    @contextlib.contextmanager
    def _step(self, label: str, *, journal: bool = True) -> Iterator[_Step]:
        """One user action: applied in memory, journaled, then written to disk once.

        If the block raises, its changes are reversed and nothing is written.
        Without `journal`, the change is saved but is no undo step.
        """
        self._check_writable()
        step = _Step(self._apply, label)
        was_unsaved = self._storage.unsaved
        with self._storage.batch():
            try:
                yield step
            except BaseException:
                for op in reversed(step.inverse):
                    self._apply(op)
                self._storage.unsaved = was_unsaved
                raise
            if step.inverse and journal:
                self._journal.record(step.label, step.inverse)

    def _apply(self, op: Op) -> Op:
        """Performs one journal operation through TinyDB; returns its reversal."""
        kind, table_name, key, value = (op[0], str(op[1]), str(op[2]), op[3])
        table = self._db.table(table_name)
        current = self._raw(table_name).get(key)
        before = None if current is None else dict(current)
        if kind == "patch":
            if before is None or not isinstance(value, dict):
                return patch(table_name, key, {})
            table.update(dict(value), doc_ids=[key])
            reversal = patch(table_name, key, {field: before.get(field) for field in value})
        else:
            if value is None:
                table.remove(doc_ids=[key])
            elif before is None:
                table.insert(TinyDocument(dict(value), doc_id=key))
            else:
                table.update(functools.partial(_replace_doc, dict(value)), doc_ids=[key])
            reversal = put(table_name, key, before)
        after = self._raw(table_name).get(key)
        if table_name in (ANNOTATIONS, ENTITY_EDITS):
            index = self._edits_by_article
            if table_name == ANNOTATIONS:
                self._annotations_revision += 1
                self._changed_runs.update(doc["article_id"] for doc in (before, after) if doc)
                index = self._by_article
            _reindex(index, key, before, after)
            if after is not None:
                self._record_if_seen(after["article_id"])
        elif table_name in (STATE_TABLE, CHECKED) and after is not None:
            self._record_if_seen(key)
        return reversal


def _default_root(path: Path) -> Path:
    """The workspace of a store given without one: the folder holding `annotations/`
    when the store is in it (`workspace.store_path`), else the store's own folder."""
    folder = path.parent
    return folder.parent if folder.name == "annotations" else folder


SNAPSHOT_PIECE = 64
"""Articles whose documents `make_snapshot` copies in one hold of the store's lock (about
3,200 documents, a few milliseconds, at 50 annotations an article)."""
_NOT_SNAPSHOT = frozenset({ANNOTATIONS, UNDO, REDO})
"""Tables a snapshot does not copy: the annotations go in grouped, and a read-only store
never undoes or redoes."""


_CHUNK = 512
"""Documents `_release_annotations` takes their article id and their width from at once: a
pass over 100,000 of them for each missed the processor's cache at every document (the two
passes 23.5 ms, chunked 17.7; load 4)."""


def _run_ends(keys: list[str]) -> list[int]:
    """Where each run of equal keys in a row ends (the index after its last): the documents
    of one article lie in runs of the table's order, taken as slices. Found by passes in C
    (pairing each document with its key, by `groupby`, cost 18 ms of 100,000 in 2,000
    runs against 10, and 65 against 52 for them shuffled, 99,956 runs; load 10)."""
    if not keys:
        return []
    changes = map(operator.ne, keys, itertools.islice(keys, 1, None))
    return [*itertools.compress(itertools.count(1), changes), len(keys)]


def _detached(doc: Document) -> Document:
    """A stored annotation as `annotation_documents` hands it out: a copy without
    `article_id`. Its fields are in order (see `schema.ANNOTATION_FIELDS`); one with a
    script's extra fields is rebuilt without them."""
    copy = dict(doc)
    del copy["article_id"]
    if len(copy) != len(FIELDS):
        copy = _fields_only(doc)
    return copy


def _may_snapshot(path: Path, log: Identity | None) -> bool:
    """Whether a bulk read of `path` may leave a snapshot naming the change log it replayed
    (`log`): always when there was none; when there was, if it could be read and no writer
    runs that would append to it (see `_snapshot`)."""
    return log is None or (log != _changelog.UNREADABLE and not writer_alive(path))


def _fields_only(doc: Document) -> Document:
    """The document's `annotation_documents` fields, in order, without a script's extras."""
    return {name: doc[name] for name in FIELDS}


def _article_index(table: dict[str, Document]) -> dict[str, set[str]]:
    """Article id -> the keys of its documents (opening a store of 100,000 annotations
    builds it, so the loop makes no set it does not keep)."""
    index: dict[str, set[str]] = {}
    for key, doc in table.items():
        keys = index.get(doc["article_id"])
        if keys is None:
            index[doc["article_id"]] = {key}
        else:
            keys.add(key)
    return index


def _reindex(
    index: dict[str, set[str]], key: str, before: Document | None, after: Document | None
) -> None:
    """Keeps an article id -> document keys index in step with one change."""
    if before is not None:
        ids = index.get(before["article_id"], set())
        ids.discard(key)
        if not ids:
            index.pop(before["article_id"], None)
    if after is not None:
        index.setdefault(after["article_id"], set()).add(key)


def _replace_doc(new: Document, doc: dict) -> None:
    doc.clear()
    doc.update(new)


def _named(tag: str) -> str:
    """A tag's name in an undo step's label, quoted as the app's notices quote it: a name
    may hold spaces ("add tag needs source" read as a tag "needs" and a word)."""
    return f"“{tag}”"


def _usable_id(value: object) -> bool:
    """Non-empty text that a UTF-8 file can hold (ids are keys: they cannot be repaired later)."""
    return isinstance(value, str) and bool(value.strip()) and not has_surrogates(value)


def _check_article_id(article_id: object) -> None:
    if not _usable_id(article_id):
        raise StoreInputError(f"an article id must be non-empty text, not {article_id!r}")


def _entity_edit(article_id: str, body: str, start: int, end: int, label: str | None) -> EntityEdit:
    """A new entity edit of `body[start:end]` (checked), anchored by its quote and context:
    `label`, or (None) no entity."""
    _check_article_id(article_id)
    _check_range(body, start, end)
    quote, prefix, suffix = context(body, start, end)
    return EntityEdit(
        id=str(uuid.uuid4()),
        article_id=article_id,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        kind="reject" if label is None else "label",
        label=label or "",
        created=now_iso(),
    )


def _check_range(body: str, start: int, end: int) -> None:
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(body)):
        raise StoreInputError(
            f"cannot annotate {start!r}..{end!r}: select some text inside the article "
            f"(0..{len(body)})"
        )


def _check_note(note: object) -> str:
    if not isinstance(note, str):
        raise StoreInputError(f"a note must be text, not {type(note).__name__}")
    return note


def _tag_name(name: object) -> str:
    """A tag name as stored: spaces collapsed; no control characters; not empty or too long."""
    if not isinstance(name, str):
        raise StoreInputError(f"a tag name must be text, not {name!r}")
    clean = " ".join(name.split())
    if not clean:
        raise StoreInputError("a tag name cannot be empty")
    if len(clean) > TAG_NAME_LIMIT:
        raise StoreInputError(
            f"tag name {clean[:20]!r}… is longer than {TAG_NAME_LIMIT} characters"
        )
    if visible(clean) != clean:
        raise StoreInputError(f"tag name {clean!r} holds control characters")
    return clean


def _label_name(label: object) -> str:
    """An entity label as stored: one word without control characters, not too long."""
    if not isinstance(label, str) or not label.strip():
        raise StoreInputError(f"an entity label must be non-empty text, not {label!r}")
    clean = label.strip()
    if len(clean) > LABEL_NAME_LIMIT or len(clean.split()) != 1 or visible(clean) != clean:
        raise StoreInputError(f"{clean[:20]!r} is not a usable entity label")
    return clean


def _tag_names(tags: Iterable[str] | str) -> tuple[str, ...]:
    """Clean, de-duplicated names in the given order; one string is one tag, not letters."""
    if isinstance(tags, str):
        tags = (tags,)
    return tuple(dict.fromkeys(_tag_name(tag) for tag in tags))


def first_free_hotkey(taken: Iterable[str | None]) -> str | None:
    """The lowest hotkey of 1–9 that no tag has, or None when all nine are taken."""
    used = set(taken)
    return next((key for key in "123456789" if key not in used), None)


def _colour(colour: str) -> str:
    if not is_colour(colour):
        raise StoreInputError(f"a tag colour must look like #rrggbb, not {colour!r}")
    return colour.lower()


def _hotkey(hotkey: object) -> str | None:
    if not is_hotkey(hotkey):
        raise StoreInputError(f"a tag hotkey must be 1 to 9 or none, not {hotkey!r}")
    return None if hotkey is None else str(hotkey)


def _state_doc(article_id: str, record: object) -> Document:
    """A checked state document for `merge`: a known state and a time given as text."""
    _check_article_id(article_id)
    if not isinstance(record, StateRecord) or record.state not in STATES:
        raise StoreInputError(f"article {article_id} has an unknown state {record!r}")
    if not isinstance(record.changed, str) or not record.changed:
        raise StoreInputError(f"the state of article {article_id} has no time")
    return record.to_doc()


def _article_record(article_id: str, record: object) -> ArticleRecord:
    """A checked record for `merge`: text fields, no lone surrogates."""
    _check_article_id(article_id)
    if not isinstance(record, ArticleRecord):
        raise StoreInputError(f"the record of article {article_id} is not an ArticleRecord")
    if not (isinstance(record.source, str) and isinstance(record.title, str)):
        raise StoreInputError(f"the record of article {article_id} has a field that is not text")
    return ArticleRecord(without_surrogates(record.source), without_surrogates(record.title))


def _annotation_doc_for_import(annotation: object) -> Document:
    """A checked document for `upsert_annotations`: ranges, ids and tags as the store keeps them."""
    if not isinstance(annotation, Annotation):
        raise StoreInputError(f"cannot import {type(annotation).__name__} as an annotation")
    _check_article_id(annotation.article_id)
    if not _usable_id(annotation.id):
        raise StoreInputError(f"annotation id {annotation.id!r} is not usable")
    start, end = annotation.start, annotation.end
    if not (type(start) is int and type(end) is int and 0 <= start < end):
        raise StoreInputError(f"annotation {annotation.id} has a bad range {start!r}..{end!r}")
    fields = (annotation.quote, annotation.prefix, annotation.suffix, annotation.note)
    if not all(isinstance(text, str) for text in (*fields, annotation.created, annotation.updated)):
        raise StoreInputError(f"annotation {annotation.id} has a field that is not text")
    return replace(
        annotation, tags=_tag_names(annotation.tags), orphaned=bool(annotation.orphaned)
    ).to_doc()


@dataclass(frozen=True, slots=True)
class _WorkDocs:
    """An import's corrections and entity work as stored documents, checked (see `merge`)."""

    corrections: dict[str, Document]
    moves: tuple[Mapping[str, Sequence[str]], ...]
    edits: dict[str, Document]
    replaced_edits: tuple[str, ...]
    checked: dict[str, str]


def _work_docs(work: ImportedWork, root: Path) -> _WorkDocs:
    """The documents `merge` writes for `work`: every field checked as the store keeps it."""
    corrections: dict[str, Document] = {}
    for correction in work.corrections:
        if correction.kind not in CORRECTION_KINDS or not _usable_id(correction.id):
            raise StoreInputError(f"cannot import article correction {correction.id!r}")
        fields = (correction.title, correction.head, correction.before, correction.new_title)
        if not all(isinstance(text, str) for text in (*fields, correction.created)):
            raise StoreInputError(
                f"article correction {correction.id} has a field that is not text"
            )
        source = stored_source(without_surrogates(correction.source), root)
        corrections[correction.id] = replace(correction, source=source).to_doc()
    edits: dict[str, Document] = {}
    for edit in work.entity_edits:
        _check_article_id(edit.article_id)
        if not _usable_id(edit.id) or edit.kind not in ENTITY_EDIT_KINDS:
            raise StoreInputError(f"cannot import entity correction {edit.id!r}")
        if not (type(edit.start) is int and type(edit.end) is int and 0 <= edit.start < edit.end):
            raise StoreInputError(f"entity correction {edit.id} has a bad range")
        label = "" if edit.kind == "reject" else _label_name(edit.label)
        edits[edit.id] = replace(edit, label=label, orphaned=bool(edit.orphaned)).to_doc()
    for article_id in work.checked:
        _check_article_id(article_id)
    return _WorkDocs(
        corrections,
        tuple(work.moves),
        edits,
        tuple(map(str, work.replaced_edits)),
        dict(work.checked),
    )
