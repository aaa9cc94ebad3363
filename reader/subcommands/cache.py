"""`reader cache`: what the entity cache holds, emptying it, and moving it between machines.

A group of actions on the workspace's rebuildable entity cache: `reader cache stats`
(also bare `reader cache`, and `reader cache --stats`), `reader cache clear`
(`--clear`), and `reader cache export|import FILE`: a cluster run (`reader analyse
--scheduler ...`) fills the cache of the machine that ran the client; `export` writes
its rows to one file and `import` merges them into another workspace's cache, so a
laptop opens the corpus with every entity already there. Each action is one
`_Action` in `ACTIONS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass

from reader.errors import ReaderError
from reader.nlp.cache import CacheStats, EntityCache
from reader.nlp.cache_transfer import Transfer, export_cache, import_cache
from reader.subcommands import add_global_options, given_path
from reader.text import json_out
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.workspace import Workspace


class CacheUsageError(ReaderError):
    """Two actions asked for at once (`reader cache --clear stats`)."""

    exit_status = 2


@dataclass(frozen=True, slots=True)
class _Action:
    """One `reader cache ACTION`: its help, its extra arguments, what it does."""

    help: str
    run: Callable[[argparse.Namespace], int]
    arguments: Callable[[argparse.ArgumentParser], None] = lambda _parser: None


def _stats(args: argparse.Namespace) -> int:
    """Prints the cache's file, size and rows per pipeline."""
    stats = EntityCache(Workspace.open(args.workspace, args.db).cache_dir).stats()
    if args.json:
        sys.stdout.buffer.write(json_out.dumps(_to_json(stats), indent=True) + b"\n")
    else:
        print("\n".join(_lines(stats)))
    return 0


def _clear(args: argparse.Namespace) -> int:
    """Deletes every cached entity result (they are made again as articles are opened)."""
    cache = EntityCache(Workspace.open(args.workspace, args.db).cache_dir)
    if not cache.path.exists():
        print(f"no entity cache at {visible_line(str(cache.path))}: nothing to clear")
        return 0
    removed = cache.clear()
    cache.close()
    print(f"cleared {counted(removed, 'cached result')} from {visible_line(str(cache.path))}")
    return 0


def _export(args: argparse.Namespace) -> int:
    """Writes every cached row to one SQLite file."""
    workspace = Workspace.open(args.workspace, args.db)
    transfer = export_cache(workspace.cache_dir, args.file)
    rows = counted(transfer.rows, "cached analysis", "cached analyses")
    print(f"exported {rows} to {visible_line(str(args.file))}{_pipelines(transfer)}")
    return 0


def _import(args: argparse.Namespace) -> int:
    """Merges the rows of an export (or another cache file) into this workspace's cache."""
    workspace = Workspace.open(args.workspace, args.db)
    transfer = import_cache(workspace.cache_dir, args.file)
    print(
        f"imported {counted(transfer.added, 'new cached analysis', 'new cached analyses')} "
        f"of {transfer.rows:,} in {visible_line(str(args.file))}"
        f"{_pipelines(transfer)}"
    )
    return 0


def _json_flag(parser: argparse.ArgumentParser) -> None:
    """`--json`, after the action (`stats --json`) or before it (`--json stats`)."""
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object"
    )


def _file(help_text: str) -> Callable[[argparse.ArgumentParser], None]:
    def add(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("file", type=given_path, metavar="FILE", help=help_text)

    return add


ACTIONS: dict[str, _Action] = {
    "stats": _Action("size and rows per pipeline (the default)", _stats, _json_flag),
    "clear": _Action("delete every cached entity result", _clear),
    "export": _Action(
        "write every cached row to FILE (SQLite)", _export, _file("the export file to write")
    ),
    "import": _Action(
        "merge the rows of an export FILE", _import, _file("an export (or a cache file)")
    ),
}
"""`reader cache ACTION`, by name."""
_FLAGS = ("stats", "clear")
"""Actions also spelled as flags: `reader cache --stats`, `reader cache --clear`."""


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `cache` parser and one sub-parser per action."""
    parser = sub.add_parser(
        "cache",
        help="the entity cache: what it holds, clear it, export and import its rows",
        description="The workspace's entity cache (annotations/.cache/): rebuildable, "
        "held under a size cap. With no action: stats.",
    )
    flags = parser.add_mutually_exclusive_group()
    for name in _FLAGS:
        flags.add_argument(
            f"--{name}", dest="flag", action="store_const", const=name, help=ACTIONS[name].help
        )
    parser.add_argument("--json", action="store_true", help="print one JSON object (stats)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    for name, action in ACTIONS.items():
        child = actions.add_parser(name, help=action.help)
        action.arguments(child)
        add_global_options(child)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Runs the action named (or flagged); stats when none is."""
    if args.action and args.flag and args.action != args.flag:
        raise CacheUsageError(f"--{args.flag} and {args.action}: choose one")
    return ACTIONS[args.action or args.flag or "stats"].run(args)


def _pipelines(transfer: Transfer) -> str:
    """The pipelines moved, shown safely: their names come from the file imported, where
    an escape in one reached the terminal raw (a new window title, a cleared screen)."""
    names = sorted({visible_line(pipeline.split("#", 1)[0]) for pipeline in transfer.pipelines})
    return f" ({', '.join(names)})" if names else ""


def _to_json(stats: CacheStats) -> dict[str, object]:
    return {
        "path": str(stats.path),
        "file_bytes": stats.file_bytes,
        "rows": stats.rows,
        "pipelines": [
            {"pipeline": p.pipeline, "rows": p.rows, "data_bytes": p.data_bytes}
            for p in stats.pipelines
        ],
    }


def _lines(stats: CacheStats) -> list[str]:
    if not stats.file_bytes:
        return [f"no entity cache at {visible_line(str(stats.path))}"]
    lines = [
        f"{visible_line(str(stats.path))}: {_mb(stats.file_bytes)} on disk, "
        f"{counted(stats.rows, 'cached result')}"
    ]
    lines += [
        f"  {visible_line(p.pipeline)}  {p.rows:>9,} {'result' if p.rows == 1 else 'results'}  "
        f"{_mb(p.data_bytes)}"
        for p in stats.pipelines
    ]
    return lines


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"
