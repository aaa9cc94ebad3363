"""The inbox: dumps dropped into (or growing in) `seeds/` while `reader` runs.

A thread watches the folder with `watchfiles` and reports each new or changed dump
file once it is stable, as an `InboxEvent` holding every article the file now
splits into. "Stable" means its size and modification time stayed the same for
`settle` seconds, so a file still being copied or written never yields a
half-article. Which of the articles are new is for the `Library` to say (the same
article may already be open from another dump); a file whose text did not change
is not reported again, and a deleted file reports nothing, so articles already
shown stay.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reader.article import Article
from reader.dumps.decoding import DumpError
from reader.dumps.signatures import DEFAULT_SETTLE_SECONDS, FileSignature, file_signature
from reader.errors import ReaderError
from reader.workspace import folder_notes, is_dump_name

_TICK_MS = 150
"""How often pending files are re-checked while nothing else happens."""
_BIG_TEXT = 4_000_000
"""Characters of a dump whose split takes a second of a core or more (more under load): the
inbox says it is loading it first (`InboxEvent.splitting`), as the app says of a big dump
it opens."""
_AWAIT_SECONDS = 0.5
"""How often an inbox waiting for its folder (`await_folder`) looks whether it is made."""


class InboxError(ReaderError):
    """The inbox folder cannot be watched (missing, not a folder)."""


@dataclass(frozen=True, slots=True)
class InboxEvent:
    """A stable new or changed dump file, split whole; or why it could not be read."""

    path: Path
    articles: tuple[Article, ...]
    """Every article of the file as it now is (pass them to `Library.add`)."""
    grown: bool
    """True when the file had been read before (it grew or was rewritten)."""
    error: str | None = None
    """A one-line reason when the file could not be read or the inbox stopped."""
    left_out: bool = False
    """True for a folder's note about itself (a README dropped in): not read, left out of
    the dumps, and said so, as a folder opened whole says it of those it holds."""
    splitting: bool = False
    """True for a big dump about to be split (`_BIG_TEXT`): said first, so the user knows it
    is coming; its articles come in the next event."""


@dataclass(slots=True)
class _Pending:
    signature: FileSignature
    since: float


class Inbox:
    """Watches one folder in a thread and calls `on_event` for each stable dump file.

    `on_event` runs in the inbox thread: a TUI hands the event to its own thread
    (e.g. `App.call_from_thread`). Files present at start count as already read
    when they are in `known` with the same signature (paths may be relative);
    with `known=None`, every file present at start counts as read. Event paths,
    and so `Article.source`, are `folder / name`: load the start-up dumps through
    the same folder path, so a grown dump is not listed as a second source.
    """

    def __init__(
        self,
        folder: Path,
        on_event: Callable[[InboxEvent], None],
        *,
        settle: float = DEFAULT_SETTLE_SECONDS,
        known: Mapping[Path, FileSignature | None] | None = None,
        force_polling: bool | None = None,
        await_folder: bool = False,
    ) -> None:
        self.folder = folder
        self.await_folder = await_folder
        """Whether a folder not made yet is waited for (every file in it then new), not
        an `InboxError`: the TUI opened on no dumps watches for the seeds/ it asked for."""
        self.settle = settle
        self._on_event = on_event
        self._known = None if known is None else dict(known)
        self._force_polling = force_polling
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._done: dict[Path, FileSignature] = {}
        self._digests: dict[Path, bytes] = {}
        self._pending: dict[Path, _Pending] = {}
        self._notes: set[Path] = set()
        """The folder's notes about itself (`FOLDER_NOTES`) present at the last look."""

    def start(self) -> None:
        """Takes stock of the folder and starts watching; `InboxError` if it cannot (a
        folder not made yet is waited for instead with `await_folder`)."""
        if not self.folder.is_dir():
            if not self.await_folder:
                raise InboxError(f"{self.folder}: the inbox folder does not exist")
            self._thread = threading.Thread(target=self._await, name="reader-inbox", daemon=True)
            self._thread.start()
            return
        present = self._scan()
        self._notes = set(folder_notes(self.folder))  # there at start: the opening said so, or not
        if self._known is None:
            self._done.update(present)
        else:
            known = {path.resolve(): signature for path, signature in self._known.items()}
            for path, signature in present.items():
                if known.get(path.resolve()) == signature:
                    self._done[path] = signature
        self._note_changes(present, time.monotonic())
        self._thread = threading.Thread(target=self._run, name="reader-inbox", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stops watching and waits for the thread to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> Inbox:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _await(self) -> None:
        """Waits for the folder to be made, then watches it: nothing in it was read."""
        while not self.folder.is_dir():
            if self._stop.wait(_AWAIT_SECONDS):
                return
        self._run()

    def _run(self) -> None:
        from watchfiles import watch  # in the watching thread: start-up never pays for it

        looked = False
        try:
            for changes in watch(
                self.folder,
                debounce=_TICK_MS,
                step=50,
                rust_timeout=_TICK_MS,
                yield_on_timeout=True,
                stop_event=self._stop,
                recursive=False,
                force_polling=self._force_polling,
                watch_filter=None,
            ):
                now = time.monotonic()
                if not self.folder.is_dir():
                    raise FileNotFoundError("the folder was removed")
                if changes or not looked:  # the first look covers files made before watching
                    self._note_changes(self._scan(), now)
                    self._tell_new_notes()
                    looked = True
                for path in self._settled(now):
                    self._process(path)
        except (OSError, RuntimeError) as exc:
            # removed before the watch began, the watcher's own error says only "os error 2"
            why = exc if self.folder.is_dir() else "the folder was removed"
            message = f"{self.folder}: the inbox stopped watching ({why})"
            self._on_event(InboxEvent(self.folder, (), grown=False, error=message))

    def _scan(self) -> dict[Path, FileSignature]:
        found: dict[Path, FileSignature] = {}
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return found
        for path in entries:
            if is_dump_name(path) and path.is_file():
                signature = file_signature(path)
                if signature is not None:
                    found[path] = signature
        return found

    def _tell_new_notes(self) -> None:
        """A README dropped in while reader runs is left out as one there at start is, and
        said so once (again if it is removed and dropped in anew)."""
        notes = set(folder_notes(self.folder))
        for path in sorted(notes - self._notes):
            self._on_event(InboxEvent(path, (), grown=False, left_out=True))
        self._notes = notes

    def _note_changes(self, present: Mapping[Path, FileSignature], now: float) -> None:
        for path, signature in present.items():
            if self._done.get(path) != signature and path not in self._pending:
                self._pending[path] = _Pending(signature, now)

    def _settled(self, now: float) -> Iterable[Path]:
        """Pending files unchanged for `settle` seconds; forgets the ones deleted meanwhile."""
        ready: list[Path] = []
        for path, pending in list(self._pending.items()):
            signature = file_signature(path)
            if signature is None:
                del self._pending[path]
            elif signature != pending.signature:
                self._pending[path] = _Pending(signature, now)
            elif now - pending.since >= self.settle:
                del self._pending[path]
                ready.append(path)
        return ready

    def _process(self, path: Path) -> None:
        """Splits a settled file and reports it, unless its text is what was read before.

        A file that changed while it was read goes back to waiting instead. (The
        splitter is imported here: the first frame signs the dumps without it.)
        """
        from reader.dumps.load import read_dump, split_text

        signature = file_signature(path)
        if signature is None:
            return
        try:
            text, encoding = read_dump(path)
        except DumpError as exc:
            text, encoding, error = "", "", str(exc)
        else:
            error = None
        if file_signature(path) != signature:
            self._pending[path] = _Pending(signature, time.monotonic())
            return
        grown = path in self._done
        self._done[path] = signature
        if error is not None:
            self._on_event(InboxEvent(path, (), grown=grown, error=error))
            return
        from hashlib import blake2b  # not at the top: the first frame imports this module

        digest = blake2b(text.encode("utf-8", "surrogatepass")).digest()
        if self._digests.get(path) == digest or not text.strip():
            self._digests[path] = digest
            return
        self._digests[path] = digest
        if len(text) >= _BIG_TEXT:
            self._on_event(InboxEvent(path, (), grown=grown, splitting=True))
        articles = tuple(split_text(text, str(path), encoding))
        self._on_event(InboxEvent(path, articles, grown=grown))
