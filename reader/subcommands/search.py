"""`reader search [PATH...] QUERY [--json] [--whole-words]`: the TUI's `/` from a shell.

An analyst who greps dumps wants the same answer the app gives, with its fields: the
words and "phrases" of the query are found in titles, bodies, notes and tags (case and
accents ignored), and `title:`, `lang:`, `tag:` and `state:` narrow them
(`reader.library.search_fields`). It is `Triage.search` over the dumps as the store
corrected them (default: the workspace's, as `stats` reads them), so a hit here is a hit
there, in the list's sort order, a reprint's state read from its story as the list does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.dumps.split_cache import SplitCache
from reader.errors import ReaderError
from reader.library.field_hits import fields_only_where, tag_hit
from reader.library.search import Hit, Query, annotation_text, snippet
from reader.library.stories import Stories
from reader.library.triage import Triage
from reader.store import Annotation, Store
from reader.subcommands._corrected import corrected
from reader.subcommands._dumps import add_dump_paths, cached_readable, dumps_asked
from reader.text import json_out
from reader.text.cells import cell_len, column
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.workspace import Workspace

_TITLE_WIDTH = 40
SNIPPET_WIDTH = 60
"""Characters of context around a match, as a row of the `/` dialog shows it."""


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `search` parser."""
    parser = sub.add_parser(
        "search",
        help="find articles, notes and tags as the TUI's / does (title:, lang:, tag:, state:)",
        description="Find the articles whose title or body holds every word and "
        '"phrase" of QUERY (case and accents ignored), and the notes and tags that do. '
        "title:WORD looks in titles only, lang:CODE keeps one language, tag:NAME "
        "articles with that tag, state:STATE (new, unread, read, starred, kept, "
        "discarded) one state; \\<word\\> matches a whole word only. Quote the query "
        "for the shell: reader search seeds/ 'strike lang:fr state:starred'.",
    )
    add_dump_paths(parser)
    parser.add_argument("query", metavar="QUERY", help='words, "phrases" and fields, quoted')
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of hits: field says where the match is (title, body, "
        "note, tag; for fields alone, the field that let the article through: title, tag, "
        "lang, state), start and end index that text",
    )
    parser.add_argument(
        "-w", "--whole-words", action="store_true", help="match every word as a whole word"
    )
    parser.set_defaults(func=run)
    return parser


def _query_text(parsed: str | list[str]) -> str:
    """The QUERY typed. argparse (before Python 3.12) gives an empty list for a positional
    whose value is `--` after a `--` (`reader search -- --`): it drops that value as the
    separator, and the search stopped on a traceback."""
    return parsed if isinstance(parsed, str) else "--"


def run(args: argparse.Namespace) -> int:
    """Loads the dumps, reads the store read-only, searches, prints one hit a line."""
    query = Query.parse(_query_text(args.query), whole_words=args.whole_words)
    if problem := query.fields.describe():
        raise ReaderError(problem)
    if query.blank:
        raise ReaderError("the query is empty: give words, or title:, lang:, tag:, state:")
    workspace = Workspace.open(args.workspace, args.db)
    with Store(workspace.store_path, root=workspace.root, read_only=True) as store:
        paths = dumps_asked(args.paths, workspace, store)
        found = cached_readable(paths, SplitCache(workspace.cache_dir), named=bool(args.paths))
        articles = corrected(workspace, found, store=store)
        triage = Triage(store, articles)
        stories = triage.stories()
        hits = triage.search(query, stories=stories)
        where = fields_only_where(query)
        if where == "tag":  # the tagged passage, not the start of the title
            hits = [_tagged(triage, query, hit) for hit in hits]
        records = [_record(triage, stories, hit, where) for hit in hits]
    if args.json:
        sys.stdout.buffer.write(json_out.dumps(records, indent=True) + b"\n")
        return 0
    places = [_place(record) for record in records]
    width = max((cell_len(place) for place in places), default=0)
    for place, record in zip(places, records, strict=True):
        print(_line(column(place, width), record))
    found = len({record["id"] for record in records})
    print(f"{counted(len(records), 'hit')} in {counted(found, 'article')}" if found else "no hits")
    return 0


def _tagged(triage: Triage, query: Query, hit: Hit) -> Hit:
    """A `tag:` query's hit on the annotation holding the tag (the article's hit when it
    holds the tag on none, as after a store edited elsewhere)."""
    return tag_hit(query, hit.article_id, triage.store.annotations(hit.article_id)) or hit


def _record(
    triage: Triage, stories: Stories, hit: Hit, where: str | None = None
) -> dict[str, object]:
    """One hit as JSON: the article, its state, where the match is and the text around it
    (`where`: what let it through a query of fields alone, see `fields_only_where`)."""
    article = triage.library.get(hit.article_id)
    assert article is not None  # hits come from the library's own articles
    annotation: Annotation | None = None
    text = None
    if hit.annotation_id is not None:
        annotation = triage.store.annotation(hit.annotation_id)
        text = None if annotation is None else annotation_text(annotation, hit.field)
    story = stories.story_of(article.id)
    return {
        "id": article.id,
        "source": article.source,
        "index": article.index,
        "title": article.title,
        "language": article.meta.get("language"),
        "state": triage.story_state(article.id, stories),
        "story": None if story is None else story.id,
        "field": where or hit.field,
        "start": hit.start,
        "end": hit.end,
        "annotation": hit.annotation_id,
        "snippet": snippet(article, hit, SNIPPET_WIDTH, text).text,
    }


def _place(record: dict[str, object]) -> str:
    """`wire.txt #3`: the dump's name and the article's place in it."""
    return f"{visible_line(Path(str(record['source'])).name)} #{record['index']}"


def _line(where: str, record: dict[str, object]) -> str:
    """`wire.txt #3  starred    Iran talks resume…  body  …the talks with Iran…`, `where`
    padded to the widest of the hits' places so the columns line up across dumps."""
    title = visible_line(str(record["title"])) or "(untitled)"
    return (
        f"{where}  {record['state']:<9}  {column(title, _TITLE_WIDTH)}  "
        f"{record['field']:<5}  {record['snippet']}"
    )
