"""`reader duplicates PATH... [--json] [--threshold 0.5]`: the stories told more than once.

Loads the dumps as corrected in the workspace's store (exact copies already count
once), groups near-duplicate articles
with `reader.library.duplicates` and prints each story with its versions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.errors import ReaderError
from reader.library.articles import Library
from reader.library.duplicates import DEFAULT_THRESHOLD, find_stories
from reader.library.stories import Stories
from reader.subcommands import given_path
from reader.subcommands._corrected import corrected
from reader.subcommands._dumps import load_readable, named_dumps
from reader.text import json_out
from reader.text.cells import column
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.workspace import Workspace

_TITLE_WIDTH = 60


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `duplicates` parser."""
    parser = sub.add_parser(
        "duplicates",
        help="group near-duplicate articles (the same story in several dumps)",
    )
    parser.add_argument(
        "paths", nargs="+", type=given_path, metavar="PATH", help="dump files or folders"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--threshold",
        type=_share,
        default=DEFAULT_THRESHOLD,
        metavar="SHARE",
        help="share of the opening's five-word phrases versions must have in common "
        f"(above 0, at most 1; default {DEFAULT_THRESHOLD})",
    )
    parser.set_defaults(func=run)
    return parser


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 1, not {text}")
    return value


def run(args: argparse.Namespace) -> int:
    """Groups the articles of every dump named and prints the stories."""
    workspace = Workspace.open(args.workspace, args.db)
    library = Library(
        corrected(workspace, load_readable(named_dumps(args.paths), named=True), lenient=True)
    )
    if not len(library):
        raise ReaderError("no articles in the dumps given")
    stories = find_stories(library.articles, args.threshold)
    if args.json:
        sys.stdout.buffer.write(json_out.dumps(_document(library, stories), indent=True) + b"\n")
        return 0
    print("\n".join(_lines(library, stories)))
    return 0


def _document(library: Library, stories: Stories) -> dict[str, object]:
    return {
        "articles": len(library),
        "stories": [
            {
                "id": story.id,
                "versions": [_version(library, article_id) for article_id in story.versions],
            }
            for story in stories
        ],
        "duplicates": stories.duplicates,
    }


def _version(library: Library, article_id: str) -> dict[str, object]:
    article = library.get(article_id)
    assert article is not None  # stories are built from the library's own articles
    return {
        "id": article.id,
        "title": article.title,
        "sources": list(library.sources(article_id)),
        "index": article.index,
        "words": article.word_count,
    }


def _lines(library: Library, stories: Stories) -> list[str]:
    lines: list[str] = []
    for story in stories:
        lines.append(f"story {story.id} ×{len(story)}")
        for article_id in story.versions:
            article = library.get(article_id)
            assert article is not None
            title = visible_line(article.title) or "(untitled)"
            sources = ", ".join(visible_line(Path(s).name) for s in library.sources(article_id))
            lines.append(
                f"  {article.id}  {article.word_count:>6}  {column(title, _TITLE_WIDTH)}  {sources}"
            )
    lines.append(
        f"{counted(len(stories), 'story')} told more than once; "
        f"{stories.duplicates:,} of {counted(len(library), 'article')} "
        f"{'is a later version' if stories.duplicates == 1 else 'are later versions'}"
    )
    return lines
