"""`reader import PATH [DUMP...]`: merge a json, W3C, Prodigy, doccano or brat export into the
store."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from reader.article import Article
from reader.collector import collector_paused
from reader.dumps.split_cache import SplitCache
from reader.interchange.importer import ImportReport, import_file
from reader.leaving import is_whole_process
from reader.store import Store, StoreWriteError
from reader.subcommands import given_path, tokens_ahead
from reader.subcommands._console import warn
from reader.subcommands._dumps import cached_readable, dumps_asked
from reader.text.safe import visible_line
from reader.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `import` parser."""
    parser = sub.add_parser(
        "import",
        help="merge a json, W3C, Prodigy (jsonl), doccano or brat export into the store",
        description=(
            "Merges annotations by id (the newer `updated` wins; importing twice changes "
            "nothing), restores triage states and tags, the corrections of the reading "
            "(breaks, welds, retitles: those that do not apply here are listed) and the "
            "entity edits and checks, and re-anchors annotations against the workspace's "
            "dumps as corrected. A bad file changes nothing."
        ),
    )
    parser.add_argument(
        "path",
        type=given_path,
        metavar="PATH",
        help="a reader json, w3c, jsonl or doccano export, or a brat export's folder",
    )
    parser.add_argument(
        "dumps",
        nargs="*",
        type=given_path,
        metavar="DUMP",
        help="dump files or folders its work belongs to (default: seeds/ and the dumps the "
        "store holds work in elsewhere)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    parser.add_argument(
        "--entity-labels",
        metavar="LABELS",
        help="the labels of Prodigy and doccano spans read as entity edits, not tags, "
        "comma-separated (default: the model's, PERSON, ORG, GPE ...; '' reads all as tags)",
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline whose labels are read")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Imports the file and prints the counts."""
    workspace = Workspace.open(args.workspace, args.db)
    with collector_paused():
        labels = _entity_labels(args.entity_labels, args.model, workspace)
        try:
            report = _import(workspace, args.path, args.dumps, labels, dry_run=args.dry_run)
        except StoreWriteError as exc:
            raise StoreWriteError(
                f"cannot save store {workspace.store_path}: {exc.reason}; nothing was imported",
                exc.reason,
            ) from None
    for line in report.not_applied:
        warn(f"correction not applied here: {line}")
    for dump in report.refused:
        warn(
            f"dump not recorded: {dump}: none of this workspace's dumps (its work "
            "is kept; to tie it to a dump, name that dump after the file)"
        )
    print(visible_line(("would have " if args.dry_run else "") + report.message()))
    if not args.dry_run and (report.added or report.updated) and is_whole_process():
        tokens_ahead.leave_behind(workspace)  # as the app's close does
    return 0


def _articles(workspace: Workspace, store: Store, dumps: list[Path]) -> Iterator[Article]:
    """The articles of the dumps named, or of the workspace's (`workspace_dumps`: seeds/
    and those the store holds work in elsewhere, where they are), split only once
    `import_file` has read and checked the file: a file that is no export is said at once,
    not after every dump of seeds/ is split (94 s at load 18 with a 4 MB dump there, to say
    `[1, 2, 3]` is not an export)."""
    paths = dumps_asked(dumps, workspace, store)
    yield from cached_readable(paths, SplitCache(workspace.cache_dir), named=bool(dumps))


def _entity_labels(named: str | None, model: str | None, workspace: Workspace) -> frozenset[str]:
    """The labels read as entities: those `--entity-labels` names, else the model's."""
    if named is not None:
        return frozenset(label.strip() for label in named.split(",") if label.strip())
    from reader.nlp.models import entity_labels
    from reader.nlp.service import resolve_model_name

    return frozenset(entity_labels(resolve_model_name(model, workspace)))


def _import(
    workspace: Workspace,
    path: Path,
    dumps: list[Path],
    entity_labels: frozenset[str],
    *,
    dry_run: bool,
) -> ImportReport:
    """One import into the store, which is let go even when the save failed: this process
    ends here, so a change kept in memory for a retry would only be a false promise."""
    store = Store(workspace.store_path, root=workspace.root, read_only=dry_run)
    try:
        articles = _articles(workspace, store, dumps)
        return import_file(store, path, articles, dry_run=dry_run, entity_labels=entity_labels)
    finally:
        store.close(discard_unsaved=True)
