"""The articles of dumps as the user corrected them, for every subcommand that reads dumps."""

from __future__ import annotations

from collections.abc import Sequence

from reader.annotation.corrections import apply_corrections
from reader.article import Article
from reader.store import Store, StoreError
from reader.subcommands._console import warn
from reader.workspace import Workspace


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
    so a big store is read once.
    """
    if store is not None:
        return _applied(articles, store)
    if not workspace.store_path.is_file():
        return list(articles)
    try:
        with Store(workspace.store_path, root=workspace.root, read_only=True) as opened:
            return _applied(articles, opened)
    except StoreError as exc:
        if not lenient:
            raise
        warn(f"{exc}; the articles are shown as split, without corrections")
        return list(articles)


def _applied(articles: Sequence[Article], store: Store) -> list[Article]:
    result = apply_corrections(articles, store.article_corrections())
    for correction in result.stale:
        warn(f"correction no longer applies (its text changed): {correction.describe()}")
    return result.articles
