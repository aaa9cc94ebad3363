"""What one run of the app works on: the triage over the opened dumps, and the inbox to watch.

The dumps are found and the small ones split by `reader.tui.presenters.opening` (all
the first frame needs); `open_session` adds the store's corrections, the triage and
the workspace's settings over that plan.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.annotation.corrections import apply_corrections
from reader.annotation.dump_moves import describe_moves, follow_moved_dumps
from reader.annotation.dumps_gone import GoneDump, gone_dumps
from reader.annotation.weld_checks import UNCHECK_STEP, half_checked_welds, welds_right_from
from reader.article import Article
from reader.library.dwell import DwellPolicy
from reader.library.stories import whole_story_setting
from reader.library.switches import switch
from reader.library.triage import Triage
from reader.store import Store, StoreWriteError
from reader.store.records import now_iso
from reader.tui.presenters.opening import (
    InboxPlan,
    Opening,
    plan_opening,
)
from reader.tui.presenters.panes import (
    DEFAULT_MEASURE,
    DEFAULT_SHARE,
    measure_setting,
    share_setting,
)
from reader.tui.presenters.placing import Placing
from reader.workspace import Workspace

ADVANCE_SETTING = "advance"
"""The `reader.toml` key: `false` keeps the article open after star, keep or discard."""


@dataclass(slots=True)
class Session:
    """The app's data for one run: triage (articles, states, store), problems, inbox, exports."""

    triage: Triage
    exports_dir: Path
    """Where `E` writes (the workspace's annotations/exports/)."""
    dwell: DwellPolicy = field(default_factory=DwellPolicy)
    problems: list[str] = field(default_factory=list)
    """One line per dump that could not be read; shown as notifications."""
    empty: list[str] = field(default_factory=list)
    """One line per dump that gave no article; shown as notifications, not errors."""
    left_out: list[str] = field(default_factory=list)
    """The path of each note a folder keeps about itself, left out when it was opened
    whole (its README); shown as a notification."""
    inbox: InboxPlan | None = None
    """None: nothing is watched (no seeds/ folder)."""
    deferred: list[Path] = field(default_factory=list)
    """The dumps after those split before the first frame (`EAGER_LOAD_BYTES` in all): the
    app loads them in a worker."""
    stale: list[str] = field(default_factory=list)
    """One line per article correction whose text is no longer in its dump (kept, listed)."""
    followed: list[str] = field(default_factory=list)
    """One line per dump found renamed or moved, whose work now follows it (told)."""
    gone: list[GoneDump] = field(default_factory=list)
    """The dumps not found on disk that the store keeps work by (kept, told)."""
    unchecked: int = 0
    """Joined articles whose entity check came from one part alone, unchecked at this
    start (`reader.annotation.weld_checks`; told once, in one line)."""
    split: list[Article] | None = None
    """The articles as the splitter made them, before the store's corrections (None: the
    library holds them as split)."""
    workspace: Workspace | None = None
    """The workspace: exports write the sources inside it relative to it and keep what
    the next export reuses in its cache folder, as `reader export` does."""
    whole_story: bool = True
    """Triage keys act on every version of a story (`triage_whole_story` in reader.toml)."""
    advance: bool = True
    """Star, keep and discard in the article go on to the next unread (`advance`)."""
    list_share: float = DEFAULT_SHARE
    """The list pane's share of the terminal until the user drags or keys another
    (`list_share`; the store keeps the user's)."""
    measure: int = DEFAULT_MEASURE
    """Columns of article text on a line (`measure`)."""
    restore_place: bool = True
    """Whether the list opens where it was left last time (its filter and cursor, kept in
    the store): not when a key was typed on the first frame, which showed it unfiltered."""
    placing: Placing = field(default_factory=Placing)
    """Places the open articles' annotations in their text, one run at a time, whoever
    asks (the app after a dump comes in, a correction)."""

    @property
    def store(self) -> Store:
        """The user's store: states, annotations, tags and the undo journal."""
        return self.triage.store


def _uncheck_half_checked(store: Store, moves: Mapping[str, Mapping[str, tuple[str, ...]]]) -> int:
    """Takes the check off the joined articles an older reader left half-checked
    (`reader.annotation.weld_checks`); how many. A save that fails here (a full disk) keeps
    the change in memory, where the app's writer retries it and says so, as
    `follow_moved_dumps` does: the app ended on it, before the user could read a dump."""
    with contextlib.suppress(StoreWriteError):  # noted in memory first: then read from it
        welds_right_from(store, now_iso())
    joined = half_checked_welds(store, moves, now_iso())
    try:
        return store.uncheck(joined, UNCHECK_STEP)
    except StoreWriteError:
        return len(joined)


def open_session(
    workspace: Workspace, paths: list[Path], store: Store, opening: Opening | None = None
) -> Session:
    """The session over the dumps asked for (default: seeds/): `opening` when the first
    frame already split them (else they are split now), with the store's corrections.

    `WorkspaceError` for a folder with no dumps in it, as the CLI has always said.
    """
    opening = opening or plan_opening(workspace, paths)
    loaded = opening.loaded
    followed = describe_moves(follow_moved_dumps(store, loaded.articles))
    corrected = apply_corrections(loaded.articles, store.article_corrections())
    stale = [correction.describe() for correction in corrected.stale]
    gone = gone_dumps(store, corrected.articles)
    unchecked = 0
    if not store.read_only and corrected.moves:
        unchecked = _uncheck_half_checked(store, corrected.moves)
    return Session(
        triage=Triage(store, corrected.articles),
        exports_dir=workspace.exports_dir,
        workspace=workspace,
        dwell=DwellPolicy.from_workspace(workspace),
        problems=opening.problems + loaded.problems,
        empty=loaded.empty,
        left_out=opening.left_out,
        stale=stale,
        followed=followed,
        gone=gone,
        unchecked=unchecked,
        inbox=opening.inbox,
        deferred=opening.deferred,
        whole_story=whole_story_setting(workspace),
        advance=switch(workspace, ADVANCE_SETTING, default=True),
        list_share=share_setting(workspace),
        measure=measure_setting(workspace),
        split=loaded.articles,
    )
