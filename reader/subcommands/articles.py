"""`reader articles PATH... [--json | --lines] [--raw]`: the articles of dumps, for people
and scripts.

In a workspace whose store holds article corrections (breaks, welds, retitles), they
are applied, and any that no longer apply are listed on stderr; `--raw` shows the
splitter's own output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.dumps.load import read_dump
from reader.dumps.trace import line_records
from reader.subcommands import given_path
from reader.subcommands._console import warn
from reader.subcommands._corrected import corrected
from reader.subcommands._dumps import each_readable, load_readable, named_dumps
from reader.text import json_out
from reader.text.cells import column, count_spacing_marks
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.workspace import Workspace

_TITLE_WIDTH = 60


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `articles` parser."""
    parser = sub.add_parser("articles", help="list the articles a dump splits into")
    parser.add_argument(
        "paths", nargs="+", type=given_path, metavar="PATH", help="dump files or folders"
    )
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print a JSON array of articles")
    shown.add_argument(
        "--lines",
        action="store_true",
        help="print JSON Lines: where each input line went (article, field) and the rule why",
    )
    parser.add_argument(
        "--raw", action="store_true", help="the splitter's output, without the store's corrections"
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Splits every dump named and prints the articles (or where each line went)."""
    if args.lines:
        return _print_lines(named_dumps(args.paths))
    articles = load_readable(named_dumps(args.paths), named=True)
    if not args.raw:
        articles = corrected(Workspace.open(args.workspace, args.db), articles, lenient=True)
    if args.json:
        sys.stdout.buffer.write(
            json_out.dumps([a.to_dict() for a in articles], indent=True) + b"\n"
        )
        return 0
    count_spacing_marks()
    print(f"{'#':>4}  {'id':16}  {'words':>6}  {'title':{_TITLE_WIDTH}}  source")
    for article in articles:
        title = visible_line(article.title)
        print(
            f"{article.index:>4}  {article.id:16}  {article.word_count:>6}  "
            f"{column(title, _TITLE_WIDTH)}  {visible_line(Path(article.source).name)}"
        )
    print(counted(len(articles), "article"))
    return 0


def _print_lines(paths: list[Path]) -> int:
    """One JSON object per input line of each dump, with the dump's path in `source`."""
    out = sys.stdout.buffer
    for path, (text, _) in each_readable(paths, read_dump, named=True):
        if not text:  # no line to tell of, as `reader articles` says
            warn(f"{path}: the file is empty")
        for record in line_records(text, str(path)):
            out.write(json_out.dumps({**record, "source": str(path)}) + b"\n")
    return 0
