"""The Textual app: owns the session, the entity worker and the inbox, and routes their messages.

The first frame needs no spaCy: text and cached entities show at once; the worker
starts once the first frame is on screen (`on_ready`) and reports back by message.
The inbox thread reports new dumps by message too (`reader.tui.inbox_bridge`).

`reader` itself starts lighter still (`ReaderApp(Start(...))`): the first frame is
`reader.tui.screens.first.FirstScreen`, the list and the first article drawn from
the split dumps alone; the modules in `AFTER_FIRST_FRAME`, the store and the session
are opened in a thread once it is on screen, and the reading screen takes its place.
So this module imports those modules where they are used, not at the top.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import BindingType
from textual.driver import Driver
from textual.notifications import SeverityLevel
from textual.reactive import Reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

import reader
from reader.article import Article
from reader.errors import ReaderError
from reader.text.cells import count_spacing_marks
from reader.text.safe import visible, visible_line
from reader.tui import keys
from reader.tui.drawn_on import on_the_terminal
from reader.tui.paste import guard_pastes
from reader.tui.screens.first import FirstScreen, empty_text
from reader.tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    import asyncio

    from textual.command import Provider
    from textual.screen import ScreenResultCallbackType
    from textual.widget import AwaitMount

    from reader.analysis import PipelineInfo
    from reader.library import Library, Triage
    from reader.store import Store, StoreWriteError
    from reader.tui.heap import IdleCollector, Settling
    from reader.tui.held_keys import HeldKeys
    from reader.tui.inbox_bridge import InboxArrived, InboxBridge
    from reader.tui.messages import (
        AnalysesArrived,
        ArticlesChanged,
        ArticlesFound,
        PipelineReady,
        SaveFailed,
        StoriesFound,
    )
    from reader.tui.presenters.analyser import Analyser, EntitySource, Results
    from reader.tui.presenters.opening import Opening
    from reader.tui.presenters.placing import Placed
    from reader.tui.presenters.results import Analyses
    from reader.tui.presenters.session import Session
    from reader.tui.presenters.streaming import StreamTally
    from reader.tui.screens.main import MainScreen
    from reader.tui.typed_ahead import Replay

FIRST_STYLE_FILES = ("first.tcss",)
"""The stylesheet of the first frame: its panes only (Textual parses it before drawing)."""
STYLE_FILES = (*FIRST_STYLE_FILES, "reader.tcss", "dialogs.tcss")
"""Every stylesheet, in cascade order; `reader` reads the ones after the first frame's
as the reading screen takes over (`ReaderApp._opened`)."""
FRAME_SECONDS = 1 / 60
"""How often the work behind a big dump's full list looks for the notice that the dump is
in (`ReaderApp._after_notice`): Textual draws at most this often."""
NOTICE_FRAMES = 30
"""Looks for that notice at most (half a second): with notifications off there is none."""
_REPEATED_COMMANDS = frozenset({"Quit", "Keys"})
"""Textual's palette commands that the reader's own (`commands.ReaderCommands`) repeat."""
SETTLE_POLL_SECONDS = 0.1
"""How often the entity worker, waiting to load the model, looks whether it was cancelled
(the user quit: SIGTERM's exit comes within about a second)."""
LONG_LIVED_GROUPS = frozenset({"load", "index", "stories", "entities", "keys", "sort"})
"""Workers whose results (or the messages they posted before ending) live as long as
the app: once one has finished, what it built is frozen when the user next pauses
(`IdleCollector.freeze_when_idle`)."""
_NOT_BESIDE_SNAPSHOT = frozenset(
    {"open", "placing", "load", "index", "stories", "keys", "sort", "export", "snapshot"}
)
"""Workers the store's export snapshot waits for (`ReaderApp._snapshot_if_idle`): a big
dump loading and the work on the list that follows it hold the keys' budget already, and
one snapshot is made at a time (the entities' worker, which runs as long as there are
articles to analyse, is not waited for)."""
_LOADING = frozenset({"load"})
"""The worker of a big dump loading, which the idle collector's passes wait for."""
AFTER_FIRST_FRAME = (
    "reader.tui.screens.main",
    "reader.tui.presenters.analyser",
    "reader.tui.presenters.results",
    "reader.tui.presenters.session",
    "reader.tui.inbox_bridge",
    "reader.tui.messages",
    "reader.annotation.reanchor",
    "reader.tui.dialogs.search",
)
"""What the reading screen needs beyond the first frame: imported in a thread after it
(the `/` dialog too: imported at the first `/`, it held the app's thread some 5-9 ms of
the key's 45-57 ms while a big dump loaded, docs/performance.md, fill18)."""


def styles_dir() -> Path:
    """The CSS folder: inside the installed package, else the checkout's top-level styles/."""
    package = Path(reader.__file__).resolve().parent
    shipped = package / "styles"
    return shipped if shipped.is_dir() else package.parent / "styles"


def _reader_commands() -> type[Provider]:
    """The palette's commands, imported when the palette first opens (Textual accepts a
    callable here), so start-up does not load the palette's widgets."""
    from reader.tui.commands import ReaderCommands

    return ReaderCommands


class Start:
    """How `reader` starts: the first frame from the split dumps, the rest opened after it.

    A plain class, not a dataclass: generating one costs the first frame a millisecond.
    """

    __slots__ = ("languages", "open_rest", "opening", "split", "stop")

    def __init__(
        self,
        opening: Opening,
        open_rest: Callable[[], tuple[Session, EntitySource, str]],
        split: Callable[[Path], Iterator[Article]] | None = None,
        stop: Callable[[], None] | None = None,
        languages: Callable[[], list[Article]] | None = None,
    ) -> None:
        self.opening = opening
        """The dumps asked for, the small ones split (what the first frame lists)."""
        self.open_rest = open_rest
        """Opens the store and the session over `opening`, and the entity service; returns
        them with the model's name. Called in a thread; a `ReaderError` ends the app."""
        self.split = split
        """A deferred dump's articles as found, as `reader.dumps.load.iter_dump` gives them,
        from a process splitting them since the start; None: the app splits them itself."""
        self.stop = stop
        """Ends that process (a quit before the dumps are split)."""
        self.languages = languages
        """Once `split` gave every deferred dump's articles: waits for the languages that
        process guesses after them, gives them to the articles, and returns those given
        one (`reader.tui.presenters.opening.Streamed.languages`)."""


class ReaderApp(App[None]):
    """Reads dumps: list, article, entities; every key in `reader.tui.keys`."""

    CSS_PATH: ClassVar[list[str | Path]] = [styles_dir() / name for name in STYLE_FILES]
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = keys.APP
    COMMANDS = App.COMMANDS | {_reader_commands}
    sub_title: Reactive[str] = Reactive("", compute=False, repaint=False)
    """The status the title line shows (`_update_status`), set without `App.sub_title`'s
    repaint of the whole screen: the title line draws it again itself (`ReaderHeader`).
    Each batch of a big dump counts its articles there, and each repainted every widget
    of the screen (and of a dialog over it), 5-12 ms of the app's thread, where keys
    wait behind them (docs/performance.md, fill16)."""

    session: Session
    triage: Triage
    library: Library
    analyses: Analyses
    store: Store
    main: MainScreen

    def __init__(
        self,
        session: Session | Start,
        service: EntitySource | None = None,
        model: str = "",
        *,
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        """A session and its entity service, or a `Start` that opens them after the first frame."""
        count_spacing_marks()  # before anything is measured: Tamil rows as wide as drawn
        super().__init__()
        self._quit_unsaved = False
        self.model = model
        """The pipeline name asked for (shown until the pipeline reports itself)."""
        self.user_keymap: dict[str, str] = dict(keymap or {})
        """Binding id -> keys, from reader.toml; the help screen and palette show these."""
        self.pipeline: PipelineInfo | None = None
        self.failure: ReaderError | None = None
        """Why the app could not open the store or the session after its first frame."""
        self._start: Start | None = None
        self._split: Callable[[Path], Iterator[Article]] | None = None
        self._stop_split: Callable[[], None] | None = None
        self._first: FirstScreen | None = None
        self._store_news: str | None = None
        self._streamed: StreamTally | None = None
        """What each big dump brought so far, until it is in (made as the first comes)."""
        self._replay: Replay | None = None
        self._held: HeldKeys | None = None
        """What is typed while a dialog opens (made at the first dialog)."""
        self._collector: IdleCollector | None = None
        """Runs the collector's full passes while the user is idle (from `_start_work`)."""
        self._settling: Settling | None = None
        """The work the model's first load waits for (`_settle_before_model`), from `_attach`."""
        self._early: list[ArticlesFound | InboxArrived] | None = None
        """Batches of a big dump that came before the reading screen opened (the first
        screen lists them; the session takes them as it opens); None after."""
        self._loading = False
        self._snapshot_made = False
        """Whether the store needs no more of `_snapshot_if_idle`."""
        self._languages_in = threading.Event()
        """Set once no article's language is still to come (`_languages_came`): the entity
        pipeline chosen by an article's language waits for it."""
        if not (isinstance(session, Start) and session.languages):
            self._languages_in.set()
        if isinstance(session, Start):
            self._start = session
            self._split, self._stop_split = session.split, session.stop
            self._early = []
            self.css_path = [styles_dir() / name for name in FIRST_STYLE_FILES]
            opening = session.opening
            loaded = opening.loaded.articles
            self._first = FirstScreen(
                loaded,
                empty_text(len(loaded), opening.deferred),
                opening.list_share,
                opening.measure,
            )
        elif service is None:
            raise TypeError("a session needs its entity service")
        else:
            self._attach(session, service)

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for where the app runs, reading the terminal with a parser
        that keeps a paste's escape characters its text, never key presses
        (`reader.tui.paste`), and drawing on the terminal when stderr is a file
        (`reader.tui.drawn_on`)."""
        driver = super().get_driver_class()
        guard_pastes(driver)
        return on_the_terminal(driver)

    @property
    def opened(self) -> bool:
        """Whether the session is open (always, except just after `reader` starts)."""
        return self._start is None or self._first is None

    def _attach(
        self, session: Session, service: EntitySource, placed: Placed | None = None
    ) -> None:
        """Takes the session: the store's news, the entity worker, the inbox, the reading screen.
        `placed`: its annotations were placed already (in the thread that opened it)."""
        from reader.tui.heap import Settling
        from reader.tui.inbox_bridge import InboxBridge
        from reader.tui.presenters.analyser import Analyser
        from reader.tui.presenters.results import Analyses
        from reader.tui.screens.main import MainScreen

        self.session = session
        self.triage = session.triage
        """States, filters, search and the undo journal over the open articles."""
        self.library = session.triage.library
        self.library.languages_known = self._languages_in  # an export waits for them
        """The open articles, each once, with every dump it was found in."""
        self.analyses = Analyses()
        """Entities found so far, by article id."""
        self.store = session.store
        """Annotations, tags, states and the undo journal (opened and closed by the caller),
        saved by a thread of its own (`Store.write_behind`): a key waited on its save's two
        fsyncs here, 47 ms of wall while a big dump loaded (docs/performance.md, fill18)."""
        self.store.write_behind(self._save_failed)
        self._store_news = (placed or _placed_in(session)).news
        self._service = service
        self._settling = Settling()
        self._analyser: Analyser = Analyser(
            service,
            self.library.articles,
            self._deliver,
            self._pipeline_ready,
            self._settle_before_model,
        )
        self._inbox: InboxBridge = InboxBridge(self, session.inbox)
        self.main = MainScreen(session, self.analyses, service, self._analyser.want)

    def get_system_commands(self, screen: Screen) -> Iterator[SystemCommand]:
        """Textual's palette commands but those the reader's own entries say again: its
        Quit stood beside the reader's ('Quit' twice, one without its key), its Keys
        panel beside the help screen (?), which lists every key and its id for
        reader.toml."""
        for command in super().get_system_commands(screen):
            if command.title not in _REPEATED_COMMANDS:
                yield command

    def get_default_screen(self) -> Screen:
        """The reading screen is the app's base screen (after the first frame, when starting)."""
        return self._first if self._first is not None else self.main

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Shows a notification as plain text, whatever `markup` says.

        Messages carry file names, model names and error text, any of which may come
        from a hostile dump or folder: `[@click=app.quit]` in a file name must not
        become a button, nor ESC ] 0 ; … a terminal title. Control characters show as
        visible pictures. (`markup` stays in the signature because `Widget.notify`
        passes it.)
        """
        super().notify(
            visible(message),
            title=visible_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def on_key(self, event: events.Key) -> None:
        """A key the focused widget did not take is about to run its binding here: the
        list hands it the count typed before it, the reading screen ends its footer note,
        in the order keys were typed. A key held while a dialog opened may be given back
        as the app ends, with no screen left to take it."""
        if not self.screen_stack:
            return
        if isinstance(self.focused, ArticleList):
            self.focused.key_bound(event)
        if self.opened and self.screen is self.main:
            self.main.key_bound(event)

    async def on_event(self, event: events.Event) -> None:
        """A key pressed while the keys typed ahead of the reading screen still run
        waits its turn behind them (`reader.tui.typed_ahead`), one typed while a dialog
        opens waits for the dialog (`reader.tui.held_keys`); any input puts off the
        collector's next full pass (`IdleCollector`)."""
        if self._collector is not None and isinstance(event, events.InputEvent):
            self._collector.input_seen()
        if self._replay is not None and self._replay.holds(event):
            return
        if self._held is not None and self._held.holds(event):
            return
        await super().on_event(event)

    def push_screen(  # type: ignore[override]
        self,
        screen: Screen[Any] | str,
        callback: ScreenResultCallbackType[Any] | None = None,
        wait_for_dismiss: bool = False,
        *,
        mode: str | None = None,
    ) -> AwaitMount | asyncio.Future[Any]:
        """Textual's, and what is typed until a dialog over the reading screen is up waits
        for it (`reader.tui.held_keys`): the keys behind `f` are the filter's letters."""
        focused = self.focused
        pushed = super().push_screen(screen, callback, wait_for_dismiss, mode=mode)
        if self.opened and self.screen is not self.main and self._replay_done():
            from reader.tui.held_keys import HeldKeys

            under = [] if focused is None else focused.ancestors_with_self[:-1]  # not the app
            self._held = self._held or HeldKeys(self)
            if self._held.hold(under):
                self.run_worker(self._held.run(), group="held-keys", name="held-keys")
        return pushed

    def _replay_done(self) -> bool:
        """Whether the keys typed ahead of the reading screen have all run (they wait
        their turn on their own)."""
        return self._replay is None or self._replay.done

    def on_mount(self) -> None:
        """Applies the keymap and reports dumps that could not be read, or a read-only store."""
        self.set_keymap(self.user_keymap)
        if self.opened:
            self._announce()

    def _announce(self) -> None:
        """Notifications about the session: unreadable dumps and empty ones (one notice),
        folders' notes left out (one), stale corrections (one), the store
        (`presenters.notices`)."""
        from reader.annotation.dumps_gone import TOLD_SETTING, untold
        from reader.tui.presenters import notices

        session = self.session
        root = session.workspace.root if session.workspace is not None else None
        stats_key = keys.shown_key_of(self, "show_stats")
        for notice in (
            notices.not_listed(session.problems, session.empty, root),
            notices.left_out(session.left_out, root),
            notices.stale(session.stale, root),
            notices.followed(session.followed),
            notices.gone(untold(session.gone, self.store.setting(TOLD_SETTING)), root, stats_key),
            notices.unchecked(session.unchecked, functools.partial(keys.shown_key_of, self)),
        ):
            if notice is not None:
                notice.show(self.notify)
        self._told_gone()
        if self.store.read_only:
            self.title = f"{self.TITLE} [read-only]"
            brief = f"{self.store.read_only_brief}."
            self.notify(brief, title="Read-only (S: details)", severity="warning", timeout=30)
        if self._store_news:
            self.notify(self._store_news, title="Annotations", timeout=15)
        self._update_status()

    def _told_gone(self) -> None:
        """Keeps which dumps not found were told of, so the next start tells only of a
        change; a store that cannot save it tells them again next time, no worse."""
        from reader.annotation.dumps_gone import TOLD_SETTING, told_value

        told = told_value(self.session.gone)
        if told or self.store.setting(TOLD_SETTING):  # no write at a start with none
            with contextlib.suppress(ReaderError):
                self.store.put_setting(TOLD_SETTING, told)

    @work(thread=True, group="placing", name="placing", description="placing annotations")
    def _place_annotations(
        self, articles: list[Article], successors: Mapping[str, Article]
    ) -> None:
        """The open articles' annotations placed in their text (`presenters.placing`), in a
        thread: then the triage, the marks and the user hear of it on the app's thread.
        Described in words: Textual's own description is each argument's `repr`, which for
        30,000 articles cost this thread 0.1 s of CPU. The pages it freed in its thread's
        arena go back at the next idle moment: kept, they stood under the model's load
        (3 MB more resident then than with the placing on this thread, fill20)."""
        placed = self.session.placing.place(self.store, articles, successors)
        if self._collector is not None:  # what it let go goes back to the system between keys
            self._collector.give_back_when_idle()
        with contextlib.suppress(RuntimeError):  # the user quit meanwhile
            self.call_from_thread(self._annotations_placed, placed)

    def _annotations_placed(self, placed: Placed) -> None:
        if placed.states_moved:  # edited articles' states went to their new ids in the store
            self.triage.reload()
        self.main.refresh_annotations()
        if placed.news:
            self.notify(placed.news, title="Annotations", timeout=15)

    def _save_failed(self, error: StoreWriteError) -> None:
        """The store's writer thread could not save: the reading screen says so (and
        retries) on this app's thread."""
        from reader.tui.messages import SaveFailed

        self.post_message(SaveFailed(error))

    def on_save_failed(self, message: SaveFailed) -> None:
        """A save the store's writer made failed: told, and retried, as a key's failed save is."""
        self.main.not_saved(message.error)

    async def action_quit(self) -> None:
        """Quits, unless changes a failed save kept in memory still cannot be saved.

        Then it says so, and a second q quits anyway.
        """
        if self.opened and self.store.unsaved and not self._quit_unsaved:
            try:
                self.store.flush()
            except ReaderError as exc:
                self._quit_unsaved = True
                self.notify(
                    f"{exc}. Press q again to quit without saving them.",
                    title="Unsaved changes",
                    severity="error",
                    timeout=30,
                )
                return
        self.exit()

    def terminal_lost(self, signum: int = signal.SIGHUP) -> None:
        """The terminal went away (SIGHUP, a hang-up on its input) or SIGTERM asked the
        app to stop: saves what a failed save kept in memory and exits at once, with the
        status a shell gives a program that signal ended (128 + signum); nobody is left
        to answer a question."""
        if self.opened:
            with contextlib.suppress(ReaderError):  # no one is left to tell; the file keeps
                self.store.flush()  # its last saved state
        self.exit(return_code=128 + signum)

    def on_unmount(self) -> None:
        """Stops watching the inbox, and splitting dumps elsewhere; the collector's own
        full passes come back."""
        if self._stop_split is not None:
            self._stop_split()
        if self._collector is not None:
            self._collector.restore()
        if self.opened:
            self._inbox.stop()

    def on_ready(self) -> None:
        """The first frame is on screen: the rest opens while a big dump's articles are
        read (the first screen lists them as they come), or (open) the work behind the list.
        Strips are lean from here on: the reading screen's first lines are drawn while it
        opens, and kept until they change (some 2 MB of Textual's when made later)."""
        from reader.tui.strips import make_strip_caches_lazy

        make_strip_caches_lazy()
        if self.opened:
            self._start_work()
            return
        assert self._start is not None
        if self._start.opening.deferred:  # first: the first rows need this thread the soonest
            self._load(self._start.opening.deferred)
        self._open_rest()

    @work(thread=True, group="open", name="open")
    def _open_rest(self) -> None:
        """Imports the reading screen's modules and opens the store and the session.

        What it builds lives as long as the app and makes no cycles: the store's tables
        (a dozen objects per annotation) and the session over them. It is built with the
        collector paused and frozen at once, while still young, as `launch` freezes its
        imports: left to the collector, a young pass, a middle one and the first idle
        moment's full pass each walked all of it (that pass: 0.33 s of CPU with 100,000
        annotations, a key pressed meanwhile waiting for it).

        A `ReaderError` ends the app with its line; anything else is a bug and ends it
        with a traceback (the worker's default), never leaving the first screen up.
        """
        from reader.collector import collector_paused

        assert self._start is not None
        try:
            with collector_paused():
                for module in AFTER_FIRST_FRAME:
                    import_module(module)
                session, service, model = self._start.open_rest()
                session.store.write_behind(self._save_failed)
                placed = _placed_in(session)
                gc.freeze()
        except ReaderError as exc:
            outcome = functools.partial(self._fail, exc)
        else:
            outcome = functools.partial(self._opened, session, service, model, placed)
        with contextlib.suppress(RuntimeError):  # the user quit meanwhile
            self.call_from_thread(outcome)

    def _fail(self, error: ReaderError) -> None:
        """The store or the session could not be opened: the app ends, the CLI says why."""
        self.failure = error
        self.exit(return_code=error.exit_status)

    async def _opened(
        self, session: Session, service: EntitySource, model: str, placed: Placed
    ) -> None:
        """The reading screen takes the first frame's place, on the article the cursor is on."""
        assert self._first is not None
        self.model = model
        self._read_rest_of_styles()
        from reader.tui.messages import ArticlesFound

        early, self._early = self._early or [], []
        listed: dict[Path, list[Article]] = {}  # what the first screen listed meanwhile:
        for message in early:  # one batch a dump for the session
            if isinstance(message, ArticlesFound):
                listed.setdefault(message.path, []).extend(message.articles)
        for path, found in listed.items():
            self._tally().add(path, found, session.triage.add(found).new)
        # A key typed on the first frame acted on what it showed: the list unfiltered, its
        # cursor where the keys left it, not where the list was left last time.
        session.restore_place = not (self._first.moved or self._first.typed_ahead)
        self._attach(session, service, placed)
        # The articles live as long as the app: frozen, the garbage collector stops
        # walking them, which keeps its pauses out of key presses in big dumps.
        self._idle_collector().freeze_when_idle()
        if not session.restore_place:
            self.main.start_on(self._first.current_id)
        while self.screen is not self._first:  # a dialog opened meanwhile (help)
            self.pop_screen()
        first, typed_ahead = self._first, self._first.typed_ahead
        self._first = None
        # Over the first screen rather than in its place: Textual's switch_screen lets the
        # new screen's Header update its title before the title is mounted (Textual 8.2).
        await self.push_screen(self.main)
        first.let_go()
        late, self._early = self._early or [], None  # batches that came while it was pushed
        if typed_ahead:
            from reader.tui.typed_ahead import Replay

            self._replay = Replay(self, self.main, typed_ahead)
            self.run_worker(self._replay.run(), group="typed-ahead", name="typed-ahead")
        self._announce()
        self._start_work()
        for message in early:
            if isinstance(message, ArticlesFound) and message.done:
                self._dump_ended(message)
            elif not isinstance(message, ArticlesFound):
                self.on_inbox_arrived(message)
        for message in late:
            if isinstance(message, ArticlesFound):
                self.on_articles_found(message)
            else:
                self.on_inbox_arrived(message)

    def _read_rest_of_styles(self) -> None:
        """The stylesheets the first frame did without join the app's, in cascade order
        (Textual parses only the new ones, and restyles the first screen's few widgets);
        once, before the reading screen or a dialog shows."""
        rest = [styles_dir() / name for name in STYLE_FILES[len(self.css_path) :]]
        if not rest:
            return
        self.css_path = [*self.css_path, *rest]
        if self.css_monitor is not None:  # `textual run --dev` reloads them on change
            self.css_monitor.add_paths(rest)
        self.stylesheet.read_all(rest)
        self.stylesheet.parse()
        self.stylesheet.update(self)

    def _idle_collector(self) -> IdleCollector:
        """The collector of the user's pauses, made at its first use."""
        if self._collector is None:
            from reader.tui.heap import IDLE_SECONDS, IdleCollector

            self._collector = IdleCollector(IDLE_SECONDS)
        return self._collector

    def _start_work(self) -> None:
        """Now big dumps, the inbox, the search index, entities."""
        from reader.tui.heap import IDLE_SECONDS, keep_heap_small

        self.run_worker(keep_heap_small, thread=True, group="heap")
        self._idle_collector().defer()
        self.set_interval(IDLE_SECONDS / 2, self._collect_if_idle)
        self._inbox.start()
        if self.session.deferred:  # the index and entities follow the articles: no GIL contest
            if not self._loading:
                self._load(self.session.deferred)
            self.main.ready_search()  # keys come while it loads: the first `/` costs no more
            return
        self._index_search()
        self.analyse_entities()
        self._before_model(self.find_stories())  # held before any worker's thread starts
        self.main.read_keys_ahead()

    def _collect_if_idle(self) -> None:
        """The idle collector's full pass and freeze, and the export snapshot, once the user
        pauses; none while a big dump loads. A user reading as the 10,000 filled the list
        got a full pass over the half listed so far (7-11 ms of the app's thread), near the
        end of the fill, and another after it, as the collector is paused meanwhile
        (`load_deferred`; docs/performance.md, fill38)."""
        if self._collector is not None and not self._busy_with(_LOADING):
            self._collector.collect_if_idle()
            self._snapshot_if_idle(self._collector)

    def _busy_with(self, groups: frozenset[str]) -> bool:
        """Whether a worker of one of `groups` is waiting to run or running."""
        busy = (WorkerState.PENDING, WorkerState.RUNNING)
        return any(w.group in groups and w.state in busy for w in self.workers)

    def _snapshot_if_idle(self, collector: IdleCollector) -> None:
        """Has the store make its export snapshot (`Store.make_snapshot`) in a thread, once the
        user is idle and no big dump loads, until it is made: an export while the app is
        open, or after it was killed, parsed a big store that had none."""
        if self._snapshot_made or not collector.idle() or self._busy_with(_NOT_BESIDE_SNAPSHOT):
            return
        self.run_worker(self._make_snapshot, thread=True, group="snapshot")

    def _make_snapshot(self) -> None:
        self._snapshot_made = self.store.make_snapshot()

    def _index_search(self) -> None:
        """Compresses new articles' bodies and folds them for search in a thread, so the
        first `/` answers at once and the model loads beside the bodies held small."""
        self._before_model(self.run_worker(self._prepare_articles, thread=True, group="index"))

    def _prepare_articles(self) -> None:
        self.library.compact()
        if self._collector is not None:  # the freed bodies' pages go back between keys
            self._collector.give_back_when_idle()
        self.session.triage.search_index.prepare()

    def _load(self, paths: list[Path]) -> None:
        self._loading = True
        self._tally().expect(paths)
        self.load_deferred(paths)

    @work(thread=True, exit_on_error=False, group="load", name="load")
    def load_deferred(self, paths: list[Path]) -> None:
        """Splits the big dumps asked for, streaming: the first articles join the list at
        once, then more in batches (`presenters.streaming.batched`), so the list fills while the
        splitter works and keys answer meanwhile. Started with the first frame, beside
        the store's opening: until the session is open, the first screen lists them.

        The first rows wait for nothing else: the notice is posted (`notify` is safe from a
        thread), not called on the loop, and the splitter (a tenth of a second of imports,
        which the store's opening contends for) is imported only if this process splits.

        The garbage collector is paused from the first batch to the languages (after the
        list), as the splitter pauses it: its passes over the new articles only cost time,
        and the young pass over all of them that came as the pause ended (some 17 ms of
        this thread's CPU at 10,000 articles) held the interpreter while the last rows and
        the notice waited (docs/performance.md, fill38)."""
        from reader.collector import collector_paused
        from reader.tui.presenters.opening import split_here

        self.notify(f"Loading {len(paths)} dump{'s' if len(paths) > 1 else ''}…", timeout=3)
        split = self._split or split_here
        with collector_paused():
            try:
                for path in paths:
                    try:
                        self._stream(path, split(path))
                    except ReaderError as exc:
                        self._unreadable(path, str(exc))
                    except OSError as exc:  # the file went, or its disk failed, as it was read
                        why = exc.strerror or exc
                        self._unreadable(path, f"{path.name} could not be read: {why}")
                self._languages_came()
            finally:
                self._languages_in.set()

    def _languages_came(self) -> None:
        """In the loading thread, once every big dump's articles came from the process that
        split them: their languages, which it guesses after them (out of the list's fill),
        given to them, and the rows and filters told (waited for, so that the entity work,
        which picks a pipeline by language, starts after: `_languages_in`)."""
        languages = self._start.languages if self._start is not None else None
        if languages is None or self._split is None:
            return
        given = languages()
        if given and not get_current_worker().is_cancelled:
            with contextlib.suppress(RuntimeError):  # the user quit meanwhile
                self.call_from_thread(self._languages_given, given)

    def _languages_given(self, articles: list[Article]) -> None:
        """Articles listed with their language still to come were given it: once the session
        lists them (the first screen names no language), its rows and filters are told."""
        if not self.opened:  # the session lists them as they are by then
            return
        if self.main.is_mounted:
            self.main.languages_given(articles)
        else:
            self.library.languages_given(articles)
        if (searching := sys.modules.get("reader.tui.dialogs.search")) is not None:
            for screen in self.screen_stack:  # none if the module was never imported
                if isinstance(screen, searching.SearchScreen):
                    screen.languages_given()

    def _unreadable(self, path: Path, error: str) -> None:
        """A big dump that cannot be read (or read on) ends with its reason (told as a small
        one's is, once the reading screen is open; it was told as the inbox's, titled
        "Inbox"), so the dumps after it still load and the work behind the list, which
        waits for the last of them, still starts (review22)."""
        from reader.tui.messages import ArticlesFound

        self.post_message(ArticlesFound(path, (), done=True, error=error))

    def _stream(self, path: Path, found: Iterator[Article]) -> None:
        """Posts the articles as they are found (the first at once, then in batches at
        growing intervals); a dump that gave none is a warning, as a small one's is
        (`Session.empty`), not a silent absence."""
        from reader.tui.messages import ArticlesFound
        from reader.tui.presenters.streaming import batched

        listed = False
        for batch, done in batched(found):
            listed = listed or bool(batch)
            self.post_message(ArticlesFound(path, tuple(batch), done=done))
        if not listed and not get_current_worker().is_cancelled:  # as a small dump's is told
            from reader.dumps.load import nothing_listed

            self.notify(
                nothing_listed(path),
                title="Nothing to list",
                severity="warning",
                timeout=15,
            )

    def on_articles_found(self, message: ArticlesFound) -> None:
        """Articles of a big dump join the list as they are found (the first screen's until
        the session opens); the rest of the work (annotations, search, stories, entities)
        waits for the whole dump."""
        if self._early is not None:
            self._early.append(message)
            if self._first is not None:
                self._first.add(message.articles)
            return
        new = self.main.articles_found(message.articles)
        self._tally().add(message.path, message.articles, new)
        self._update_status()  # the title bar's count follows the list as it fills
        if message.done:
            self._dump_ended(message)

    def _dump_ended(self, message: ArticlesFound) -> None:
        """A big dump's last batch: why it could not be read, if so, as `_announce` tells a
        small dump's (`Session.problems`); then what it brought."""
        if message.error is not None:
            self.notify(message.error, title="Dump not loaded", severity="error", timeout=15)
        self._dump_done(message.path)

    def _tally(self) -> StreamTally:
        if self._streamed is None:
            from reader.tui.presenters.streaming import StreamTally

            self._streamed = StreamTally()
        return self._streamed

    def _dump_done(self, path: Path) -> None:
        """A big dump is split; once the last of the dumps loading with it is too: says how
        many articles they brought, and the work behind the list starts on them once the
        full list is drawn (begun after each of twenty small dumps, it contended with the
        next ones' rows)."""
        streamed, told = self._tally().done(path)
        self._update_status()
        for source in dict.fromkeys(article.source for article in streamed):
            self.main.dump_streamed(source)
        took_in = functools.partial(self._took_in, streamed, {})
        if told is None:
            self.call_after_refresh(took_in)
            return
        notice, title = told
        self.notify(notice, title=title)
        self._after_notice(visible(notice), took_in)  # as `notify` shows it

    def _after_notice(self, notice: str, work: Callable[[], None], looks: int = 0) -> None:
        """`work` after the frame that draws `notice` (as its toast shows it, control
        characters as pictures: the raw text of a name holding one was never found, and
        the work waited its whole limit): its toast mounts a few messages after `notify`,
        and work started before that frame (the placing of annotations on this thread,
        then threads that hold the interpreter 5 ms at a time) put the dump's last rows
        and its notice 180-280 ms after the last batch at a load of 5-10, and 0.5-0.8 s at
        14-16 (docs/performance.md, listfill14). A toast with a place on the screen has
        been drawn (the compositor places what it draws)."""
        try:
            toasts = self.screen.query("Toast")
        except ScreenStackError:  # the app is ending: nothing more to do
            return
        shown = any(toast.region and notice in str(toast.render()) for toast in toasts)
        if shown or looks >= NOTICE_FRAMES:
            self.call_after_refresh(work)
            return
        again = functools.partial(self._after_notice, notice, work, looks + 1)
        self.set_timer(FRAME_SECONDS, again)

    def on_inbox_arrived(self, message: InboxArrived) -> None:
        """A new or grown dump: its new articles join the list, and the worker gets them
        (a big dump that cannot be read is told once the reading screen is open)."""
        if self._early is not None:
            self._early.append(message)
            return
        added, successors = self.main.inbox_arrived(message.event)
        self._took_in(added, successors)

    def _took_in(self, added: list[Article], successors: Mapping[str, Article]) -> None:
        """New articles are listed: their annotations are placed, and they are searched,
        grouped into stories and analysed."""
        if added:
            placing = self._place_annotations(list(self.library.articles), dict(successors))
            self._before_model(placing)
            self._index_search()
            self._before_model(self.find_stories())
            self.main.read_keys_ahead()
            self._analyser.add(added)
            self._analyse_unless_running()
            self._update_status()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stories", name="stories")
    def find_stories(self) -> None:
        """Groups near-duplicates in a thread (seconds at 10,000 articles; numpy loads
        here, never before the first frame); a newer run replaces an older one.

        The heap's free pages go back to the system at the next idle moment after: at
        10,000 articles finding them left 10 MB resident that a trim returns 6.5 MB of,
        most often before the model's load, which sets the app's peak, begins."""
        from reader.library.duplicates import find_stories  # loaded on first use
        from reader.tui.messages import StoriesFound

        worker = get_current_worker()
        stories = find_stories(list(self.library.articles))
        if self._collector is not None:  # their arrays' freed pages go back between keys
            self._collector.give_back_when_idle()
        if not worker.is_cancelled:
            self.post_message(StoriesFound(stories))

    def on_stories_found(self, message: StoriesFound) -> None:
        """The list shows each story once from now on."""
        self.main.stories_found(message.stories)

    def on_articles_changed(self, message: ArticlesChanged) -> None:
        """A correction changed the list: the articles it made are searched and analysed,
        and the title line counts the list again (also when it only took articles out)."""
        if message.articles:
            self._index_search()
            self._index_known(message.articles)
            self._analyser.add(list(message.articles))
            self._analyse_unless_running()
        self._update_status()

    def _index_known(self, articles: Sequence[Article]) -> None:
        """Articles listed again (an undone break or weld) are back in the entity filters
        from the analysis they kept: the analyser gives none again for an article it did,
        and the index forgot them as they left the list (`Triage.replace_source`)."""
        from reader.tui.presenters.entity_editing import shown_analysis  # main's, loaded

        known = {
            article.id: shown_analysis(self.store, article.id, analysis)
            for article in articles
            if (analysis := self.analyses.analysis(article)) is not None and analysis.complete
        }
        if known and self.triage.index_entities(known):
            self.main.entities_indexed()

    def _analyse_unless_running(self) -> None:
        """Starts the entity worker unless one runs: two would take the same batches."""
        if not any(
            w.name == "entities" and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
            for w in self.workers
        ):
            self.analyse_entities()

    @work(thread=True, exit_on_error=False, group="entities", name="entities")
    def analyse_entities(self) -> None:
        """Cached results, then spaCy, in a thread so the UI never waits for it."""
        worker = get_current_worker()
        while not self._languages_in.wait(SETTLE_POLL_SECONDS):  # a pipeline per language
            if worker.is_cancelled:
                return
        self._analyser.run(lambda: worker.is_cancelled)

    def _before_model(self, worker: Worker[Any]) -> None:
        """The model's first load waits for `worker` to end (`_settle_before_model`)."""
        assert self._settling is not None  # made with the session, before such work
        self._settling.hold(worker)

    def _settle_before_model(self, cancelled: Callable[[], bool]) -> None:
        """The entity worker, before the model's first load: waits until the work on a new
        dump that allocates the most has ended (`heap.Settling`), then gives its freed pages
        back at once (the idle moment that would may come after the load), so the load's
        own peak stands on what the app keeps, not on that work's arrays. A worker started
        later (a dump dropped in meanwhile) is not waited for once the load has begun."""
        from reader.tui.heap import give_back

        settling = self._settling
        assert settling is not None  # made with the session, before this worker
        while not settling.wait(SETTLE_POLL_SECONDS):
            if cancelled():
                return
        give_back()

    def _deliver(self, results: Results) -> None:
        from reader.tui.messages import AnalysesArrived

        self.post_message(AnalysesArrived(tuple(results)))

    def _pipeline_ready(self, info: PipelineInfo) -> None:
        from reader.tui.messages import PipelineReady

        self.post_message(PipelineReady(info))

    def on_analyses_arrived(self, message: AnalysesArrived) -> None:
        """Records results, indexes their entities for filters (with the user's entity edits,
        so a filter finds what the article shows), repaints what they change.

        A big article's partial results are drawn but not indexed: each holds every entity
        found so far, and indexing each whole on this thread cost up to 55 ms a chunk of a
        2 MB article (review15); its filters count it once it is complete."""
        from reader.tui.presenters.entity_editing import shown_analysis  # main's, loaded

        changed = [
            (a, analysis) for a, analysis in message.results if self.analyses.record(a, analysis)
        ]
        complete = {
            article.id: shown_analysis(self.store, article.id, analysis)
            for article, analysis in changed
            if analysis.complete
        }
        self.triage.index_entities(complete)
        self.main.analyses_arrived(changed)
        self._update_status()

    def on_pipeline_ready(self, message: PipelineReady) -> None:
        """Says which pipeline runs, and warns when it is the fallback."""
        self.pipeline = message.info
        if message.info.fallback:
            self.notify(
                f"{message.info.reason or 'model unavailable'}; entities come from "
                f"the fallback pipeline {message.info.name}",
                title=f"Model {self.model} not used",
                severity="warning",
                timeout=15,
            )
        self._update_status()

    def on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        """A download the browser did not get (under `reader serve`); the file stays written."""
        self.notify(str(event.exception), title="Download failed", severity="error", timeout=15)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """An error in the entity worker becomes a notification; reading goes on.

        A worker that finished while a dump arrived is started again for the newcomers,
        unless one already runs (the dump, handled before this news, started it).
        One that built what lives as long as the app (the articles, the search text, the
        entity index, the stories, the sort keys) has it frozen when the user next pauses.
        """
        if event.state == WorkerState.SUCCESS and event.worker.group in LONG_LIVED_GROUPS:
            self._idle_collector().freeze_when_idle()
        if event.worker.is_finished and self._settling is not None:
            self._settling.release(event.worker)
        if event.worker.name == "stories" and event.state == WorkerState.ERROR:
            title = "Same-story grouping stopped"
            self.notify(f"{event.worker.error}", title=title, severity="error")
            return
        if event.worker.name != "entities":
            return
        if event.state == WorkerState.ERROR:
            self.notify(f"{event.worker.error}", title="Entity analysis stopped", severity="error")
        elif event.state == WorkerState.SUCCESS and self._analyser.pending:
            self._analyse_unless_running()

    def _update_status(self) -> None:
        done, total = self.analyses.complete_among(self.library), len(self.library)
        if self.pipeline is not None:
            pipeline = f"{self.pipeline.name} {self.pipeline.version}"
            if self.pipeline.fallback:
                pipeline += " (fallback)"
        elif total and done == total:
            pipeline = f"{self.model} (cached)"
        else:
            pipeline = f"{self.model} (loading…)"
        loading = self._streamed.loading if self._streamed is not None else None
        dumps = f" · dumps {loading[0]:,} of {loading[1]:,}" if loading else ""
        noun = "article" if total == 1 else "articles"  # analysed one by one; not `counted`:
        entities = f"entities {done:,} of {total:,} {noun}"  # a module more on the first frame
        self.sub_title = visible_line(f"{pipeline} · {entities}{dumps}")

    def action_help(self) -> None:
        """Shows every key as currently bound."""
        from reader.tui.dialogs.help import HelpScreen  # loaded on first use

        self._read_rest_of_styles()  # help can open over the first screen
        self.push_screen(HelpScreen(self.user_keymap))


def _placed_in(session: Session) -> Placed:
    """The session's annotations placed in its open articles (before it is shown)."""
    placed = session.placing.place(session.store, session.triage.library.articles)
    if placed.states_moved:  # edited articles' states went to their new ids in the store
        session.triage.reload()
    return placed
