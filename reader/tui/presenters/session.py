"""What one run of the app works on: the triage over the opened dumps, and the inbox to watch.

Start-up follows the inbox's rules: every dump in `seeds/` is signed before anything
is read (so a file that changes while loading is still reported), and dumps inside
`seeds/` are loaded through the very folder path the inbox reports, so a dump that
grows later is the same source, not a second one. Loading never stops at a bad dump:
its one-line error is kept for the UI to show, and the other dumps load as usual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader.annotation.corrections import apply_corrections
from reader.article import Article
from reader.dumps.inbox import DEFAULT_SETTLE_SECONDS, FileSignature, file_signature
from reader.dumps.load import load_dump
from reader.errors import ReaderError
from reader.library.dwell import DwellPolicy
from reader.library.stories import whole_story_setting
from reader.library.switches import switch
from reader.library.triage import Triage
from reader.store import Store
from reader.tui.presenters.panes import (
    DEFAULT_MEASURE,
    DEFAULT_SHARE,
    measure_setting,
    share_setting,
)
from reader.workspace import Workspace, WorkspaceError, dump_paths, folder_dumps

ADVANCE_SETTING = "advance"
"""The `reader.toml` key: `false` keeps the article open after star, keep or discard."""
EAGER_LOAD_BYTES = 2_000_000
"""Dumps up to this size in all are split before the first frame (tens of milliseconds);
bigger ones load after it, so the window opens at once and the list fills in."""


@dataclass(frozen=True, slots=True)
class InboxPlan:
    """The folder the app watches for new dumps, and what it already holds."""

    folder: Path
    known: dict[Path, FileSignature | None]
    """Dumps present at start (loaded or not), signed before loading: only changes count."""
    settle: float = DEFAULT_SETTLE_SECONDS


@dataclass(slots=True)
class Session:
    """The app's data for one run: triage (articles, states, store), problems, inbox, exports."""

    triage: Triage
    exports_dir: Path
    """Where `E` writes (the workspace's annotations/exports/)."""
    dwell: DwellPolicy = field(default_factory=DwellPolicy)
    problems: list[str] = field(default_factory=list)
    """One line per dump that could not be read; shown as notifications."""
    inbox: InboxPlan | None = None
    """None: nothing is watched (no seeds/ folder)."""
    deferred: list[Path] = field(default_factory=list)
    """Dumps too big to split before the first frame: the app loads them in a worker."""
    stale: list[str] = field(default_factory=list)
    """One line per article correction whose text is no longer in its dump (kept, listed)."""
    split: list[Article] | None = None
    """The articles as the splitter made them, before the store's corrections (None: the
    library holds them as split)."""
    workspace_root: Path | None = None
    """The workspace folder: exports write the sources inside it relative to it."""
    whole_story: bool = True
    """Triage keys act on every version of a story (`triage_whole_story` in reader.toml)."""
    advance: bool = True
    """Star, keep and discard in the article go on to the next unread (`advance`)."""
    list_share: float = DEFAULT_SHARE
    """The list pane's share of the terminal until the user drags or keys another
    (`list_share`; the store keeps the user's)."""
    measure: int = DEFAULT_MEASURE
    """Columns of article text on a line (`measure`)."""

    @property
    def store(self) -> Store:
        """The user's store: states, annotations, tags and the undo journal."""
        return self.triage.store


@dataclass(frozen=True, slots=True)
class Loaded:
    """The articles of some dumps, and a line for each dump that could not be read."""

    articles: list[Article]
    problems: list[str]


def load_each(paths: Iterable[Path]) -> Loaded:
    """Splits every dump; unreadable ones become problems instead of errors."""
    articles: list[Article] = []
    problems: list[str] = []
    for path in paths:
        try:
            articles.extend(load_dump(path))
        except ReaderError as exc:
            problems.append(str(exc))
    return Loaded(articles, problems)


def as_inbox_path(path: Path, folder: Path) -> Path:
    """`folder / name` for a dump inside the watched folder (as the inbox names it), else `path`."""
    try:
        inside = path.resolve().parent == folder.resolve()
    except OSError:
        return path
    return folder / path.name if inside else path


def open_session(workspace: Workspace, paths: list[Path], store: Store) -> Session:
    """Loads the dumps asked for (default: seeds/) and plans the inbox over seeds/.

    `WorkspaceError` for a folder with no dumps in it, as the CLI has always said.
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
    wanted = [
        as_inbox_path(path, seeds) if watched else path for path in dump_paths(paths or [seeds])
    ]
    deferred = wanted if _total_bytes(wanted) > EAGER_LOAD_BYTES else []
    loaded = load_each([] if deferred else wanted)
    corrected = apply_corrections(loaded.articles, store.article_corrections())
    stale = [correction.describe() for correction in corrected.stale]
    return Session(
        triage=Triage(store, corrected.articles),
        exports_dir=workspace.exports_dir,
        workspace_root=workspace.root,
        dwell=DwellPolicy.from_workspace(workspace),
        problems=problems + loaded.problems,
        stale=stale,
        inbox=InboxPlan(seeds, known) if watched else None,
        deferred=deferred,
        whole_story=whole_story_setting(workspace),
        advance=switch(workspace, ADVANCE_SETTING, default=True),
        list_share=share_setting(workspace),
        measure=measure_setting(workspace),
        split=loaded.articles,
    )


def _total_bytes(paths: Iterable[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue  # the loader reports it
    return total
