"""The articles of dumps as the user corrected them, for every subcommand that reads dumps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from reader.annotation.corrections import apply_corrections
from reader.annotation.dump_moves import follow_moved_dumps
from reader.annotation.entity_work import NO_ENTITY_WORK, EntityWork
from reader.annotation.reanchor import place_edited
from reader.article import Article
from reader.store import Store, StoreError
from reader.store.records import ArticleCorrection
from reader.subcommands._console import warn
from reader.text.counted import counted
from reader.workspace import Workspace

_T = TypeVar("_T")


def corrected(
    workspace: Workspace,
    articles: Sequence[Article],
    *,
    lenient: bool = False,
    store: Store | None = None,
) -> list[Article]:
    """The articles with the store's corrections (breaks, welds, retitles) applied.

    Corrections that no longer apply are listed on stderr, one line each. Without a
    store there is nothing to apply. A store that cannot be read raises StoreError,
    unless `lenient` (a command that only reads dumps): then it is said so on stderr
    and the articles are given as split. A command that has the store open passes it,
    so a big store is read once, and the work on articles edited on disk is placed in
    their new text (`placed`). A dump renamed or moved is followed (as the app does,
    `follow_moved_dumps`): its corrections apply at its new path.
    """
    if store is None:
        found = _read_store(
            workspace, lambda opened: followed(opened, articles), [], lenient=lenient
        )
        return applied(articles, found)
    shown = applied(articles, followed(store, articles))
    placed(store, shown)
    return shown


def followed(store: Store, articles: Sequence[Article]) -> list[ArticleCorrection]:
    """The store's corrections, those of a dump renamed or moved to one of `articles`' at
    its new path (kept so only while the store is open, unless it is open for writing)."""
    follow_moved_dumps(store, articles)
    return store.article_corrections()


def read_corrections(workspace: Workspace, *, lenient: bool = True) -> list[ArticleCorrection]:
    """The store's article corrections, read once, so that a command splitting its dumps one
    after another (`reader analyse`) sees the articles the TUI shows. None without a store;
    a store that cannot be read raises StoreError, unless `lenient` (then none, said so)."""
    return _read_store(workspace, Store.article_corrections, [], lenient=lenient)


def read_with_entity_work(workspace: Workspace) -> tuple[list[ArticleCorrection], EntityWork]:
    """The store's article corrections and the user's entity work, read in one opening: a
    command showing entities (`reader entities`) shows them as the user corrected them.
    Nothing of either without a store, or (said so) from one that cannot be read."""
    return _read_store(
        workspace,
        lambda store: (store.article_corrections(), EntityWork.of(store)),
        ([], NO_ENTITY_WORK),
        lenient=True,
    )


def _read_store(
    workspace: Workspace, read: Callable[[Store], _T], nothing: _T, *, lenient: bool
) -> _T:
    if not workspace.store_path.is_file():
        return nothing
    try:
        with Store(workspace.store_path, root=workspace.root, read_only=True) as opened:
            return read(opened)
    except StoreError as exc:
        if not lenient:
            raise
        warn(f"{exc}; the articles are shown as split, without corrections")
        return nothing


def applied(
    articles: Sequence[Article], corrections: Sequence[ArticleCorrection], *, tell: bool = True
) -> list[Article]:
    """`articles` with `corrections` applied; those that no longer apply are listed on stderr
    (unless not `tell`: a command going over the same dumps again has said so already)."""
    result = apply_corrections(articles, corrections)
    if tell:
        for correction in result.stale:
            warn(f"correction no longer applies (its text changed): {correction.describe()}")
    return result.articles


def placed(store: Store, articles: Sequence[Article]) -> None:
    """The user's work on articles edited on disk since the app last placed it, placed in
    their new text as the app will at its next start (`place_edited`), for this command:
    an export writes passages where they are now, `reader stats` counts a star where the
    article is. What could not be placed is said on stderr, one line, and exported where
    it was (the app lists it as an orphan)."""
    report = place_edited(store, articles)
    if report.orphaned:
        passages = counted(report.orphaned, "passage")
        warn(
            f"{passages} of edited articles could not be found in their dump's new text: "
            "left where they were (the app lists them as orphans)"
        )
    if report.rechecks:
        warn(
            f"{counted(report.rechecks, 'checked article')} edited since the check: "
            "unchecked until checked again in the app (i, then c)"
        )
