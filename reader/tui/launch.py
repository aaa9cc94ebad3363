"""`reader [PATH...]`: resolves the workspace, splits the dumps, runs the app.

The first frame is drawn from the split dumps alone: they are split in a forked child
(`reader.tui.ahead`) while this process imports Textual, so this module imports
neither at its top. The store, the session and the entity service open in the app's
thread after the first frame (`Rest`), and close here at the end.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from reader.errors import ReaderError
from reader.leaving import detached, end_by, end_now, is_whole_process, reap_when_done
from reader.tui.ahead import Ahead, Followed, Go
from reader.tui.presenters import opening as _opening  # noqa: F401  (see below)
from reader.workspace import Workspace, require_existing

if TYPE_CHECKING:
    import argparse

    from reader.article import Article
    from reader.dumps.split_cache import WrittenLater
    from reader.nlp.router import ModelRouter
    from reader.store import Store
    from reader.tui.app import ReaderApp
    from reader.tui.presenters.opening import Found, Opening
    from reader.tui.presenters.session import Session
    from reader.tui.terminal import TerminalModes

# `reader.tui.presenters.opening` (the plan, the first frame's panes) is imported above,
# before the fork: the child plans with it and this process unpickles the plan with it,
# so importing it once here spares the child its import.

WRITER_NICE = 19
"""The niceness of the process writing the small dumps the plan split to the split cache."""
SPLIT_NICE = 10
"""The niceness of the processes splitting a big dump while the app answers keys: the app's
keys come first, and the split still gets a share of a busy machine (at 19 it got almost
none; docs/performance.md has the figures). When the first frame lists no article, the
first batch is split at the app's own priority first: it is the rows the user waits for
(niced from the start, a loaded machine showed them a second after the first frame, fill24)."""

DRIVER_ENV = "TEXTUAL_DRIVER"
"""Set when Textual draws through another driver than the terminal's (a browser tab)."""


class NoTerminal(ReaderError):
    """The TUI was started without a terminal (from a script, cron, a pipe)."""

    exit_status = 2


WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
"""What textual-serve (`reader serve`) puts in $TEXTUAL_DRIVER for each browser tab:
the app then speaks Textual's packet protocol over pipes, and needs no terminal."""


def in_terminal() -> bool:
    """Whether the app draws in this process's terminal (not in a browser tab)."""
    return os.environ.get(DRIVER_ENV) != WEB_DRIVER


def require_terminal() -> None:
    """NoTerminal unless stdin and stdout are a terminal (or a browser tab drives the app):
    without one the app could only spin, waiting for keys that never come."""
    if in_terminal() and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise NoTerminal(
            "the TUI needs a terminal (stdin and stdout are not one); "
            "scripts can use the subcommands (reader --help)"
        )


class Rest:
    """What the first frame does without: the store, the session over it, the entity service.

    `open` runs in the app's thread after the first frame; `close` (at the end of
    `launch`) waits for an `open` still under way, so a quick `q` never leaves the
    store's lock behind.
    """

    def __init__(
        self, workspace: Workspace, paths: list[Path], opening: Opening, model: str | None
    ):
        self._workspace = workspace
        self._paths = paths
        self._opening = opening
        self._model = model
        self._lock = threading.Lock()
        self._closed = False
        self.store: Store | None = None
        self.service: ModelRouter | None = None
        self.annotated = False
        """Whether annotations changed through the store, once it is closed."""

    def open(self) -> tuple[Session, ModelRouter, str]:
        """Opens the store (ReaderError if it cannot be read), the session and the service."""
        from reader.nlp import resolve_model_name
        from reader.nlp.models import language_models
        from reader.nlp.router import ModelRouter
        from reader.store import Store
        from reader.tui.presenters.session import open_session

        with self._lock:
            if self._closed:
                raise ReaderError("reader is quitting")
            workspace = self._workspace
            model = resolve_model_name(self._model, workspace)
            languages = language_models(workspace.config)
            self.store = Store(workspace.store_path, root=workspace.root)
            session = open_session(workspace, self._paths, self.store, self._opening)
            self.service = ModelRouter(model, languages, workspace.cache_dir)
            return session, self.service, model

    def close(self) -> None:
        """Closes what `open` opened (the service, then the store)."""
        with self._lock:
            self._closed = True
            try:
                if self.service is not None:
                    self.service.close()
            finally:
                if self.store is not None:
                    self.annotated = self.store.annotations_revision > 0
                    _close_saving(self.store)


def _close_saving(store: Store) -> None:
    """Closes the store, saving what a failed save left. When that last save fails too (q
    pressed twice on a full disk, or the terminal gone), the store is let go as last saved,
    and the error says so: it said the changes were "kept in memory and saved at the next
    change or retry", as reader ended with them."""
    from reader.store import StoreWriteError  # open already: `Rest.open` imported it

    try:
        store.close()
    except StoreWriteError as exc:
        store.close(discard_unsaved=True)
        raise StoreWriteError(
            f"cannot save store {store.path}: {exc.reason}; the changes made since its last "
            "save are not in it (the rest of your work is)",
            exc.reason,
        ) from None


def launch(args: argparse.Namespace | SimpleNamespace) -> int:
    """Runs the TUI until the user quits; the exit status for the CLI.

    Config errors (a bad keymap) stop here with a one-line error, and so does an
    unreadable store (the app ends as it finds it, then this raises); unreadable
    dumps do not: they become notifications in the app.
    """
    paths = list(args.paths)
    require_existing(paths)
    workspace = Workspace.open(args.workspace, args.db)
    go = Go()
    ahead = functools.partial(split_ahead, cache_dir=workspace.cache_dir, go=go)
    splitting = Ahead(lambda: _plan(workspace, paths), then=ahead)
    with _collector_paused():  # here, not in the child (forked above): it splits on
        from reader.tui.app import ReaderApp, Start  # Textual, while the child splits
        from reader.tui.keys import parse_keymap
        from reader.tui.terminal import TerminalModes, TerminalWatch

        keymap = parse_keymap(workspace.config.get("keymap"))
        opening = splitting.result()
        _reap_writers()
        split, languages = _streamed(splitting, opening, go) or (None, None)
        require_terminal()
        rest = Rest(workspace, paths, opening, args.model)
        start = Start(opening, rest.open, split, splitting.close, languages)
        app = ReaderApp(start, keymap=keymap)
    stopped: list[int] = []
    try:
        if in_terminal():
            terminal = (sys.stdin.fileno(), sys.stdout.fileno())
            modes = TerminalModes(*terminal)
            lost = functools.partial(_lost, app, stopped)
            stuck = functools.partial(_stuck, (splitting.close, rest.close), modes)
            with TerminalWatch(terminal, lost, stuck):
                app.run()
        else:
            app.run()
    finally:
        go.close()
        splitting.close()
        rest.close()
    _tokens_ahead(workspace, rest)
    if stopped:  # saved and closed: nothing left that the exit should wait for
        end_now(128 + stopped[0])
    if app.failure is not None:
        raise app.failure
    return app.return_code or 0


def _tokens_ahead(workspace: Workspace, rest: Rest) -> None:
    """Leaves the `jsonl` export's tokens of a session that changed annotations to be made
    after the app ends (`reader.subcommands.tokens_ahead`); only from a `reader` command run
    from its entry (`is_whole_process`): a test running the app inside its own process
    leaves nothing behind."""
    if rest.annotated and is_whole_process():
        from reader.subcommands import tokens_ahead

        tokens_ahead.leave_behind(workspace)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while Textual and the app are imported and the
    articles unpickled, then everything so far frozen and the collector back on.

    Those imports make hundreds of thousands of objects, none of them garbage, and each
    collection they set off walks all of them again: about 4% of the first frame's CPU.
    Frozen, the articles (which live as long as the app) are never walked again either,
    which keeps the collector's pauses out of key presses in big dumps.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _plan(workspace: Workspace, paths: list[Path]) -> Opening:
    """The dumps asked for, the first split up to `EAGER_LOAD_BYTES` in all (the splitter is
    imported here, its patterns compiled, with the collector paused as in the parent), or
    read from the split cache where they were split before (at a share of the budget,
    `CACHED_COST`): a 2 MB dump was split again at each opening, some 400 ms of CPU the
    first frame waited for (docs/performance.md, fill20). Those split now are written to it
    by a process of their own, so the first frame waits for no write."""
    from reader.dumps.split_cache import WrittenLater
    from reader.tui.presenters.opening import plan_opening

    cache = WrittenLater(workspace.cache_dir)
    with _collector_paused():
        opening = plan_opening(workspace, paths, cache)
    _keep_split(cache)
    return opening


_writers: list[int] = []
"""The processes writing the plan's split to the cache that this process forked, until
`_reap_writers` has a thread wait for them."""


def _keep_split(cache: WrittenLater) -> None:
    """Writes what the plan split to the split cache: in a process of its own where one may
    be forked (no other thread: a fork would copy a lock one held), else here."""
    if not cache.pending:
        return
    if hasattr(os, "fork") and threading.active_count() == 1:
        _writers.append(detached(functools.partial(_write_meekly, cache)))
    else:
        cache.write()


def _reap_writers() -> None:
    """Has each writer `_keep_split` forked reaped as it ends (it stayed a zombie of the
    process that planned, the split child, while that split a big dump). Called once this
    process may hold a thread: in the split child after the rest's process is forked, in
    the app after the plan (which planned here only when no child could)."""
    while _writers:
        reap_when_done(_writers.pop())


def _write_meekly(cache: WrittenLater) -> None:
    """Writes at the lowest priority: the app's import of Textual and its first frame, on
    the same two cores, come first (written at once, the first frame of a first opening
    came 50-110 ms later, docs/performance.md, fill20)."""
    os.nice(WRITER_NICE)
    cache.write()


GO_SECONDS = 3.0
"""The most seconds the split child waits for the app's first frame (`split_ahead`) before
it splits the dumps that frame does not list: an app that never draws one (it failed) or
never says so holds their articles back no longer."""


def split_ahead(
    opening: Opening, cache_dir: Path, go: Go | None = None
) -> Iterator[Found] | Followed:
    """In the child, after the plan: the big dumps split, their articles sent as found
    (at a lower priority, `SPLIT_NICE`: the keys here come first; from the first batch on
    when the first frame has no article to list, where the user waits for that batch).
    When the first frame lists articles, the split waits for `go` (given once the app
    starts reading the split, after that frame; `GO_SECONDS` at most): a first opening of
    20 small dumps split the other 19 (and forked a second splitter) while the app drew its
    first frame on the same two cores.
    A second child splits the second part of each at once
    (`reader.dumps.parts`), so a second core shares the work; the collector is paused
    meanwhile, as `reader.dumps.load.split_text` pauses it (this process ends after).
    A dump split before comes from the split cache in `cache_dir`; one split now is put
    there once everything is sent (`split_kept`). The articles' languages are guessed
    after the last is sent, and sent after it (`languages_after`): the list waits for none.

    The second child is forked once the first batch is found, before the thread that
    sends the batches starts: it inherits the patterns and models the head's split made
    ready, where forked before it made them all again (docs/performance.md, fill19)."""
    from reader.tui.presenters.opening import split_deferred, split_kept

    if not opening.deferred:
        return split_deferred(opening)
    listed = bool(opening.loaded.articles)
    if listed:  # the deferred dumps' first batch only adds rows: the first frame comes first
        os.nice(SPLIT_NICE)
        if go is not None:
            go.wait(GO_SECONDS)
    gc.disable()
    from reader.dumps.assemble import guess_languages_later
    from reader.dumps.parts import Rest, iter_dump_framed

    guess_languages_later()  # sent after the list (`split_kept`): here and in `rest`'s process
    rest = Rest()
    kept = split_kept(opening, functools.partial(iter_dump_framed, rest=rest), cache_dir)
    batches = iter(kept.items)
    first = next(batches)  # one at least for each dump
    if not listed:  # before the fork: the rest's process is niced too
        os.nice(SPLIT_NICE)
    rest.start()
    _reap_writers()
    return Followed(itertools.chain([first], batches), kept.after, kept.then)


def _streamed(
    splitting: Ahead[Opening], opening: Opening, go: Go
) -> tuple[Callable[[Path], Iterator[Article]], Callable[[], list[Article]]] | None:
    """The deferred dumps' articles from the child splitting them, if it does, and their
    languages after them (`Streamed.languages`); the app asks for the first once its first
    frame is on screen, which gives the child its `go`."""
    if not (splitting.streaming and opening.deferred):
        go.close()
        splitting.close()
        return None
    from reader.tui.presenters.opening import Streamed

    streamed = Streamed(splitting.follow())

    def after_go(path: Path) -> Iterator[Article]:
        go.give()
        return streamed.articles(path)

    return after_go, streamed.languages


STOP_DEADLINE_S = 10.0
"""How long a `reader` told to stop may take to end, its store closed included, before it
ends without waiting any more (`end_by`): closing takes well under a second, even folding
a 100,000-annotation store's log (a kill then leaves the store as it was or as it is, the
log replayed by the next writer); nothing should hold it, but a process left waiting on a
lock or a thread for good stayed for hours after its terminal had gone (review31)."""


def _lost(app: ReaderApp, stopped: list[int], signum: int) -> None:
    """From a thread of the watch's: the app saves and exits (unless it already stopped),
    once its UI thread is free to; the process ends by `STOP_DEADLINE_S` whatever holds it,
    and as soon as its store is closed (`launch`)."""
    stopped.append(signum)
    end_by(STOP_DEADLINE_S, 128 + signum)
    with contextlib.suppress(RuntimeError):  # the app is not running any more
        app.call_from_thread(app.terminal_lost, signum)


def _stuck(closers: tuple[Callable[[], None], ...], modes: TerminalModes, signum: int) -> None:
    """From the watch's thread, when the app did not exit in time (its UI thread busy, or
    its shutdown hung on the dead terminal): gives the terminal back its modes, stops the
    split, closes the store (after a save under way; what a failed save kept is tried once
    more, and its lock file goes) and ends the process. The terminal first: it takes half a
    second at most, and should closing wait until the deadline (`end_by`) ends the process,
    the shell is not left in the app's screen without echo."""
    with contextlib.ExitStack() as closing:  # each runs, whichever raises; the last first
        closing.callback(os._exit, 128 + signum)
        for close in reversed(closers):  # so they run in their order
            closing.callback(close)
        closing.callback(modes.give_back)
