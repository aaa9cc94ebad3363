"""`reader cache export|import FILE`: the entity cache from one machine to another.

A cluster run (`reader analyse --scheduler ...`) fills the cache of the machine
that ran the client; `reader cache export` writes its rows to one file and
`reader cache import` merges them into another workspace's cache, so a laptop
opens the corpus with every entity already there. Actions are subcommands of
`cache`, so options about the cache as a whole fit beside them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.errors import ReaderError
from reader.nlp.cache_transfer import Transfer, export_cache, import_cache
from reader.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `cache` parser and its actions."""
    parser = sub.add_parser("cache", help="the entity cache: export and import its rows")
    actions = parser.add_subparsers(dest="cache_action", metavar="ACTION")
    export = actions.add_parser("export", help="write every cached row to FILE (SQLite)")
    export.add_argument("file", type=Path, metavar="FILE", help="the export file to write")
    imported = actions.add_parser("import", help="merge the rows of an export FILE")
    imported.add_argument("file", type=Path, metavar="FILE", help="an export (or a cache file)")
    for action in (export, imported):
        _add_workspace(action)
    parser.set_defaults(func=run)
    return parser


def _add_workspace(parser: argparse.ArgumentParser) -> None:
    """`--workspace` after the action too (SUPPRESS: no default to hide the parent's)."""
    parser.add_argument(
        "--workspace", type=Path, metavar="DIR", default=argparse.SUPPRESS, help="workspace folder"
    )
    parser.add_argument(
        "--db", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the store (unused)"
    )


def run(args: argparse.Namespace) -> int:
    """Runs the action asked for on the workspace's entity cache."""
    workspace = Workspace.open(args.workspace, args.db)
    if args.cache_action == "export":
        transfer = export_cache(workspace.cache_dir, args.file)
        print(f"exported {transfer.rows} cached analyses to {args.file}{_pipelines(transfer)}")
    elif args.cache_action == "import":
        transfer = import_cache(workspace.cache_dir, args.file)
        print(
            f"imported {transfer.added} new cached analyses of {transfer.rows} in {args.file}"
            f"{_pipelines(transfer)}"
        )
    else:
        raise ReaderError("cache: say what to do: export FILE or import FILE")
    return 0


def _pipelines(transfer: Transfer) -> str:
    names = sorted({pipeline.split("#", 1)[0] for pipeline in transfer.pipelines})
    return f" ({', '.join(names)})" if names else ""
