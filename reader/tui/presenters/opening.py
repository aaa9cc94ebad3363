"""What the first frame needs, from the fewest modules: which dumps, and the small ones split.

`plan_opening` follows the inbox's rules: every dump in `seeds/` is signed before
anything is read (so a file that changes while loading is still reported), and dumps
inside `seeds/` are loaded through the very folder path the inbox reports, so a dump
that grows later is the same source, not a second one. Loading never stops at a bad
dump: its one-line error is kept for the UI to show. Only the splitter and the
workspace are imported here; the store, triage and corrections come a frame later
(`reader.tui.presenters.session.open_session` takes this plan).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.article import LANGUAGE_TO_COME, Article, settle_languages
from reader.dumps.signatures import DEFAULT_SETTLE_SECONDS, FileSignature, file_signature
from reader.errors import ReaderError
from reader.text.safe import visible_line
from reader.tui.presenters.panes import (
    DEFAULT_MEASURE,
    DEFAULT_SHARE,
    measure_setting,
    share_setting,
)
from reader.workspace import Workspace, WorkspaceError, dump_paths, folder_dumps, folder_notes

if TYPE_CHECKING:
    from reader.dumps.packed import Batch, Framed
    from reader.dumps.split_cache import SplitCache
    from reader.tui.ahead import Followed

EAGER_LOAD_BYTES = 64_000
"""Characters split before the first frame at most, across all the dumps asked for (one read
from the split cache costs `CACHED_COST`): the first dumps in order that fit, some 30 ms of a
core; from the first that does not fit on, they load after it as a big dump does, so the
window opens at once and the list fills in. It was 2 MB per opening: a first opening of 20
small dumps (861 KB) waited 0.7 s of a core for all of them (docs/performance.md, speed13)."""
CACHED_COST = 0.05
"""What a dump read from the split cache before the first frame costs of `EAGER_LOAD_BYTES`
for each byte of its entry. Reading it, sending its articles here and listing them took
some 17 ms of CPU per MB of entry, splitting 270-470 ms per million characters; read at no
cost, a cached dump of 10,000 articles was read whole before the first frame, which came
later than at its first opening (docs/performance.md, frame23). Past the budget it is read
after the first frame, its articles streamed in as a big dump's are."""
BYTES_PER_CHARACTER = 4
"""The most bytes a character of a dump's text takes (UTF-32; UTF-8 four at most): a dump
of more bytes than this many for each character left of `EAGER_LOAD_BYTES` cannot fit it,
and is left for after the first frame unread. (A stateful encoding's escapes may take more;
such a dump then loads after the first frame as a big one does, its articles the same.)"""
FOUND_SECONDS = (0.02, 0.2)
"""While a big dump is split ahead (`split_deferred`), its articles are sent on after
the first of these intervals, then twice as long each time up to the second."""
FOUND_MOST = 1_000
"""Articles sent on at most in one batch: the rest of a dump split on two cores comes at
once, and the app unpickles one batch while the next is made, not all of them after."""


class InboxPlan(NamedTuple):
    """The folder the app watches for new dumps, and what it already holds.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    folder: Path
    known: dict[Path, FileSignature | None]
    """Dumps present at start (loaded or not), signed before loading: only changes count."""
    settle: float = DEFAULT_SETTLE_SECONDS
    awaited: bool = False
    """The folder is not made yet: the inbox waits for it (the app opened on no dumps)."""


class Loaded(NamedTuple):
    """The articles of some dumps, and a line for each dump that could not be read.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    articles: list[Article]
    problems: list[str]
    empty: list[str]
    """A line for each dump read that gave no article (empty, or nothing like an article
    in it), so the user does not take an absent dump for a bug."""


class Opening(NamedTuple):
    """The dumps asked for, split when small enough to show in the first frame.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    loaded: Loaded
    """The articles of the dumps split before the first frame, as the splitter made them."""
    deferred: list[Path]
    """The dumps after those (`EAGER_LOAD_BYTES`): the app loads them in a worker."""
    problems: list[str]
    """Problems with the workspace's folders (the dumps' own are in `loaded`)."""
    left_out: list[str]
    """The path of each note a folder opened whole keeps about itself (its README), left
    out of the dumps (`reader.workspace.FOLDER_NOTES`), as shown."""
    inbox: InboxPlan | None
    """None: nothing is watched (no seeds/ folder)."""
    list_share: float = DEFAULT_SHARE
    """The list pane's share of the width `reader.toml` asks for (the store may keep
    another, which the reading screen applies)."""
    measure: int = DEFAULT_MEASURE
    """Columns of article text on a line (`reader.toml`)."""


def load_each(paths: Iterable[Path], cache: SplitCache | None = None) -> Loaded:
    """Splits every dump (or reads it from `cache`, which keeps those it split); unreadable
    ones become problems instead of errors."""
    loaded, _later = load_within(list(paths), None, cache)
    return loaded


class _OverBudget(Exception):
    """A dump the budget of `load_within` has no room left for."""


class _Budget:
    """What is left of `load_within`'s budget, in characters split (None: no bound)."""

    def __init__(self, left: int | None) -> None:
        self.left = left

    def spend(self, cost: int) -> None:
        """Takes `cost` off what is left; `_OverBudget` (and nothing taken) past it."""
        self.afford(cost)
        if self.left is not None:
            self.left -= cost

    def afford(self, cost: int) -> None:
        """`_OverBudget` when `cost` is past what is left; nothing is taken."""
        if self.left is not None and cost > self.left:
            raise _OverBudget


def load_within(
    paths: list[Path], budget: int | None, cache: SplitCache | None = None
) -> tuple[Loaded, list[Path]]:
    """`load_each` of the first dumps whose text fits in `budget` characters in all (None:
    every dump; a dump read from `cache` costs `CACHED_COST` of its entry's bytes), and the
    dumps from the first that does not fit on, unsplit and in order (so the list keeps the
    dumps' order)."""
    from reader.dumps import load  # imported here: unpickling a plan needs none of it

    left = _Budget(budget)

    def split(text: str, source: str, encoding: str) -> list[Article]:
        left.spend(len(text))
        return load.split_text(text, source, encoding)

    articles: list[Article] = []
    problems: list[str] = []
    empty: list[str] = []
    for n, path in enumerate(paths):
        try:
            cached = 0 if cache is None else _entry_size(cache, path)
            left.spend(round(cached * CACHED_COST))
            if not cached and left.left is not None:  # not read only to find it cannot fit
                left.afford(_fewest_characters(path, load.MAX_DUMP_BYTES))
            articles.extend(load.load_dumps([path], empty.append, cache, split))
        except ReaderError as exc:
            problems.append(str(exc))
        except _OverBudget:
            return Loaded(articles, problems, empty), paths[n:]
    return Loaded(articles, problems, empty), []


def _fewest_characters(path: Path, most_bytes: int) -> int:
    """The fewest characters the dump's bytes decode to, told by its size (a stat): a UTF or
    a code page takes at most `BYTES_PER_CHARACTER` bytes a character. The plan read and
    decoded a 10,000-article dump (11 MB, some 20 ms of the splitting process's CPU before
    its first batch) only to find it past the budget (docs/performance.md, speed29). 0 when
    the file cannot be sized, or is past `most_bytes` (reading it says what is wrong)."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    return max(0, size - _MARK) // BYTES_PER_CHARACTER if size <= most_bytes else 0


_MARK = 4
"""The most bytes of a byte order mark, which decodes to no character of the text."""


def _entry_size(cache: SplitCache, path: Path) -> int:
    """Bytes of the split cache's entry for the dump (0: none): a stat, so what reading it
    costs is known before the dump is read or hashed."""
    try:
        return cache.entry(str(path)).stat().st_size
    except OSError:
        return 0


def as_inbox_path(path: Path, folder: Path) -> Path:
    """`folder / name` for a dump inside the watched folder (as the inbox names it), else `path`."""
    try:
        inside = path.resolve().parent == folder.resolve()
    except OSError:
        return path
    return folder / path.name if inside else path


def plan_opening(
    workspace: Workspace, paths: list[Path], cache: SplitCache | None = None
) -> Opening:
    """The dumps asked for (default: seeds/), the first split (or read from `cache`) up to
    `EAGER_LOAD_BYTES` and the rest left to load after the first frame, and the inbox
    over seeds/.

    `WorkspaceError` for a folder named with no dumps in it, as the CLI has always said;
    with none named, an empty or missing seeds/ opens on no articles, watched (`_awaited`).
    """
    seeds = workspace.seeds_dir
    problems: list[str] = []
    present: list[Path] | None = None
    if seeds.is_dir():
        try:
            present = folder_dumps(seeds)
        except WorkspaceError as exc:
            if not paths:
                raise
            problems.append(f"{exc}; dumps dropped there will not be seen")
    known = {path: file_signature(path) for path in present or ()}
    watched = present is not None
    notes: list[Path] = []
    if paths:
        named = dump_paths(paths, notes)
    else:  # the inbox, empty or not made yet: the app opens on how to add dumps, and waits
        named = list(present or ())
        notes.extend(folder_notes(seeds) if watched else ())
    wanted = [as_inbox_path(path, seeds) if watched else path for path in named]
    loaded, deferred = load_within(wanted, EAGER_LOAD_BYTES, cache)
    return Opening(
        loaded=loaded,
        deferred=deferred,
        problems=problems,
        left_out=[visible_line(str(note)) for note in notes],
        inbox=InboxPlan(seeds, known) if watched else _awaited(seeds, paths),
        list_share=share_setting(workspace),
        measure=measure_setting(workspace),
    )


def _awaited(seeds: Path, paths: list[Path]) -> InboxPlan | None:
    """With no dumps named and no seeds/ yet, the inbox waits for seeds/ to be made (the
    app makes no folder unasked); with dumps named, a missing seeds/ is not watched."""
    if paths or seeds.exists():
        return None
    return InboxPlan(seeds, {}, awaited=True)


class Found(NamedTuple):
    """Some articles of a deferred dump, in the splitter's order, or why it cannot be read.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    path: Path
    articles: tuple[Article, ...] = ()
    error: str | None = None
    """The dump's one-line `ReaderError` (nothing more comes for it)."""
    done: bool = False
    """The last of this dump's articles are in this batch."""

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled with its articles as one frame (`reader.dumps.packed`): the splitting
        process sends every batch to the app this way, and a call to make and to read each
        article was most of pickling one."""
        from reader.dumps.packed import packed

        return _found, (self.path, packed(self.articles), self.error, self.done)


def _found(path: Path, batch: Batch, error: str | None, done: bool) -> Found:
    """A `Found` as `Found.__reduce__` sent it (a few articles as themselves: the first
    rows wait for no import of the frames' modules)."""
    if isinstance(batch, tuple):
        return Found(path, batch, error, done)
    from reader.dumps.packed import unpack

    return Found(path, tuple(unpack(batch)), error, done)


class FoundFramed(NamedTuple):
    """Some articles of a deferred dump that came framed from the process splitting its rest
    (`reader.dumps.packed.Framed`): sent on as that frame, and read as a `Found` (not done)."""

    path: Path
    framed: Framed

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles of the frame (the app reads them from the `Found` it gets)."""
        from reader.dumps.packed import unpack

        return tuple(unpack(self.framed.frame))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled as the `Found` of its frame, with no article made here."""
        return _found, (self.path, self.framed.frame, None, False)


def split_deferred(
    opening: Opening, split: Callable[[Path], Iterator[Article | Framed]] | None = None
) -> Iterator[Found | FoundFramed]:
    """The deferred dumps split (by `split`, as `reader.dumps.load.iter_dump` does), in
    order, in batches as the splitter finds their articles (the first at once), for a
    process that splits them while the app opens; articles that come framed go on so."""
    split = split or split_here
    for path in opening.deferred:
        try:
            found = split(path)
        except ReaderError as exc:
            yield Found(path, error=str(exc))
            continue
        batch: list[Article] = []
        due, interval = 0.0, FOUND_SECONDS[0]
        for article in found:
            if not isinstance(article, Article):  # a frame: after the articles before it
                if batch:
                    yield Found(path, tuple(batch))
                    batch = []
                yield FoundFramed(path, article)
                continue
            batch.append(article)
            if len(batch) >= FOUND_MOST or time.monotonic() >= due:
                yield Found(path, tuple(batch))
                batch = []
                due = time.monotonic() + interval
                interval = min(interval * 2, FOUND_SECONDS[1])
        yield Found(path, tuple(batch), done=True)


def split_kept(
    opening: Opening, split: Callable[[Path], Iterator[Article | Framed]], cache_dir: Path
) -> Followed:
    """`split_deferred`, where a dump split before (the same bytes, path and splitter) comes
    from the workspace's split cache (`reader.dumps.split_cache`), in the same batches, and
    one split now is put there after the last batch is sent (so `reader export`, and the
    next opening, split it no more)."""
    from reader.dumps.split_cache import Reusing, SplitCache
    from reader.tui.ahead import Followed

    reusing = Reusing(SplitCache(cache_dir), split)
    later = LanguagesLater()
    items = later.passed(split_deferred(opening, reusing))
    kept = functools.partial(reusing.keep, later.guessed if later.left else None)
    return Followed(items, kept, later.languages())


class Languages(NamedTuple):
    """The languages of the articles sent for a deferred dump, guessed once every dump's
    articles were sent (`LanguagesLater`): one for each article sent, in the order sent
    (None for one whose language came with it, or that has none)."""

    path: Path
    languages: tuple[str | None, ...]


class LanguagesLater:
    """The languages of the articles a process splitting for the app sends, when it leaves
    them to guess (`reader.dumps.assemble.guess_languages_later`): guessed once the last
    batch is sent (the app's list is full), and sent after it. Out of the fill: the list
    waits for the split, never for a language, and the app never loads the guess's tables
    (CLD2) for them."""

    def __init__(self) -> None:
        from reader.dumps.assemble import languages_left

        self.left = languages_left()
        """Whether this process leaves them to guess (else there is nothing to do)."""
        self.guessed: dict[Path, tuple[str | None, ...]] = {}
        """Each dump's languages as `languages` guessed them (for the split cache's entries:
        every dump sent, even one none of whose articles needed a guess)."""
        self._sent: dict[Path, list[Found | FoundFramed]] = {}

    def passed(self, items: Iterable[Found | FoundFramed]) -> Iterator[Found | FoundFramed]:
        """`items` passed on, and held for `languages` if they are left to guess."""
        for item in items:
            yield item
            if self.left:
                self._sent.setdefault(item.path, []).append(item)

    def languages(self) -> Iterator[Languages]:
        """Once `passed` has passed every item: the languages of each dump whose articles
        left some to guess, a dump at a time."""
        while self._sent:
            path, batches = next(iter(self._sent.items()))
            del self._sent[path]
            articles = [article for batch in batches for article in batch.articles]
            left = any(article.meta.get("language") == LANGUAGE_TO_COME for article in articles)
            self.guessed[path] = languages = tuple(_guessed(articles))
            if left:
                yield Languages(path, languages)


def _guessed(articles: Iterable[Article]) -> Iterator[str | None]:
    from reader.dumps.language import article_language

    for article in articles:
        if article.meta.get("language") == LANGUAGE_TO_COME:
            yield article_language(article.title, article.body, article.ranges())
        else:
            yield None


def split_here(path: Path) -> Iterator[Article]:
    """`reader.dumps.load.iter_dump`, imported when first needed (the splitter is heavy)."""
    from reader.dumps.load import iter_dump

    return iter_dump(path)


class Streamed:
    """The deferred dumps' articles from `split_deferred` running elsewhere (`follow`
    gives its batches, in order); a dump it did not finish is split here instead."""

    def __init__(
        self,
        follow: Iterator[object],
        fallback: Callable[[Path], Iterator[Article]] = split_here,
    ) -> None:
        self._follow = follow
        self._fallback = fallback
        self._broken = False
        self._sent: dict[Path, list[Article]] = {}
        """The articles that came for each dump, until their languages do (`languages`)."""

    def articles(self, path: Path) -> Iterator[Article]:
        """The articles of `path` (the next deferred dump), as `iter_dump` gives them:
        `ReaderError` at once for a dump that cannot be read."""
        first = self._next()
        if first is None and not self._broken:  # closed: the app is ending
            return iter(())
        if first is None or first.path != path:  # cut short, or not this dump: here
            self._broken = True
            return self._fallback(path)
        if first.error is not None:
            raise ReaderError(first.error)
        return self._rest(path, first)

    def _rest(self, path: Path, first: Found) -> Iterator[Article]:
        found: Found | None = first
        sent = self._sent.setdefault(path, [])
        while found is not None:
            sent += found.articles
            yield from found.articles
            if found.done:
                return
            found = self._next()
        if self._broken:  # cut short: again, here (the list skips the repeats)
            yield from self._fallback(path)

    def languages(self) -> list[Article]:
        """Once every deferred dump's articles came: their languages, which the process
        splitting them sends after the last (`languages_after`), given to them as they
        come (`reader.article.settle_languages`); those given one. Waits for them: read
        before, an article's language is none (the rows name it once it comes). From a
        process that stopped short, the languages it did not send are guessed here."""
        given: list[Article] = []
        while self._sent and (item := self._item()) is not None:
            if isinstance(item, Languages) and (sent := self._sent.pop(item.path, None)):
                given += settle_languages(sent, item.languages)
        if self._broken:  # not closed (the app ending): cut short
            for sent in self._sent.values():
                given += settle_languages(sent, list(_guessed(sent)))
        self._sent.clear()
        return given

    def _next(self) -> Found | None:
        """The next batch; None once the stream ended (closed, or `_broken`)."""
        found = self._item()
        return found if isinstance(found, Found) else None

    def _item(self) -> object:
        """The next item of the stream; None once it ended (closed, or `_broken`)."""
        if self._broken:
            return None
        try:
            return next(self._follow, None)
        except ReaderError:
            self._broken = True
            return None
