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

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.article import Article
from reader.dumps.inbox import DEFAULT_SETTLE_SECONDS, FileSignature, file_signature
from reader.errors import ReaderError
from reader.tui.presenters.panes import (
    DEFAULT_MEASURE,
    DEFAULT_SHARE,
    measure_setting,
    share_setting,
)
from reader.workspace import Workspace, WorkspaceError, dump_paths, folder_dumps

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


@dataclass(frozen=True, slots=True)
class Loaded:
    """The articles of some dumps, and a line for each dump that could not be read."""

    articles: list[Article]
    problems: list[str]


@dataclass(frozen=True, slots=True)
class Opening:
    """The dumps asked for, split when small enough to show in the first frame."""

    loaded: Loaded
    """The articles as the splitter made them (none while `deferred` holds the dumps)."""
    deferred: list[Path]
    """Dumps too big to split before the first frame: the app loads them in a worker."""
    problems: list[str]
    """Problems with the workspace's folders (the dumps' own are in `loaded`)."""
    inbox: InboxPlan | None
    """None: nothing is watched (no seeds/ folder)."""
    list_share: float = DEFAULT_SHARE
    """The list pane's share of the width `reader.toml` asks for (the store may keep
    another, which the reading screen applies)."""
    measure: int = DEFAULT_MEASURE
    """Columns of article text on a line (`reader.toml`)."""


def load_each(paths: Iterable[Path]) -> Loaded:
    """Splits every dump; unreadable ones become problems instead of errors."""
    from reader.dumps.load import load_dump  # imported here: unpickling a plan needs none of it

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


def plan_opening(workspace: Workspace, paths: list[Path]) -> Opening:
    """The dumps asked for (default: seeds/), split unless big, and the inbox over seeds/.

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
    return Opening(
        loaded=load_each([] if deferred else wanted),
        deferred=deferred,
        problems=problems,
        inbox=InboxPlan(seeds, known) if watched else None,
        list_share=share_setting(workspace),
        measure=measure_setting(workspace),
    )


def _total_bytes(paths: Iterable[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue  # the loader reports it
    return total
