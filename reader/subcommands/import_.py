"""`reader import PATH`: merge a json or W3C export into the store (registered as `import`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.bulk import collector_paused
from reader.dump import load_dumps
from reader.importer import import_file
from reader.store import Store
from reader.workspace import Workspace, seed_dumps


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `import` parser."""
    parser = sub.add_parser(
        "import",
        help="merge a json or W3C export into the store",
        description=(
            "Merges annotations by id (the newer `updated` wins; importing twice changes "
            "nothing), restores triage states and tags, and re-anchors annotations against "
            "the workspace's dumps. A bad file changes nothing."
        ),
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="a reader json or W3C export")
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Imports the file and prints the counts."""
    workspace = Workspace.open(args.workspace, args.db)
    with collector_paused():
        articles = load_dumps(seed_dumps(workspace))
        with Store(workspace.store_path, read_only=args.dry_run) as store:
            report = import_file(store, args.path, articles, dry_run=args.dry_run)
    print(("would have " if args.dry_run else "") + report.message())
    return 0
