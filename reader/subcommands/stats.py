"""`reader stats [PATH...] [--json] [--plot] [--analyse]`: how far triage has got, and what
is in the dumps.

Counts per state, per tag and per entity label over the articles of the dumps
(default: the workspace's, as `export` reads them: seeds/ and the dumps the store keeps
work by, where they are). Where stories have versions the states are counted as the
list's header counts them, each story once in its state, the articles' own beside.
`--plot` draws the stats screen's charts (articles per dump and per day, triage
progress, annotations per day, tags, the top entities of the kept articles); `--json`
gives both. Entity counts come from the NLP cache, so the
command is quick and never loads spaCy unless `--analyse` asks it to fill the gaps. They
are the entities the app shows and the export writes: the model's, with the user's
corrections where they made any (a checked article's: theirs alone), and the output says
how many articles that is; `--predicted` counts the model's alone.
"""

from __future__ import annotations

import argparse
import sys

from reader.annotation.dumps_gone import GoneDump, gone_dumps
from reader.annotation.entity_work import NO_ENTITY_WORK, EntityWork
from reader.dumps.split_cache import SplitCache
from reader.library.articles import Library
from reader.library.entity_index import EntityIndex
from reader.library.stats import WorkspaceStats, charts, collect
from reader.library.triage import Progress, Triage
from reader.nlp import EntityService, resolve_model_name
from reader.store import Store
from reader.subcommands._corrected import corrected
from reader.subcommands._dumps import add_dump_paths, cached_readable, dumps_asked
from reader.text import json_out
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.workspace import Workspace

_NAME_WIDTH = 24
_COUNT_WIDTH = 7


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `stats` parser."""
    parser = sub.add_parser(
        "stats", help="count stories and articles per state, tag and entity label"
    )
    add_dump_paths(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--plot", action="store_true", help="draw the charts of the stats screen after the counts"
    )
    parser.add_argument(
        "--analyse",
        action="store_true",
        help="run spaCy on articles without cached entities (slow for big dumps)",
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline the entities come from")
    parser.add_argument(
        "--predicted",
        action="store_true",
        help="count the model's entities, without your corrections in the reader",
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Loads the dumps, reads the store read-only, counts, prints."""
    workspace = Workspace.open(args.workspace, args.db)
    with Store(workspace.store_path, root=workspace.root, read_only=True) as store:
        # Naming none: the dumps the work is in, as `export` reads them (after `reader DIR`
        # seeds/ holds none of them, or is not there at all).
        paths = dumps_asked(args.paths, workspace, store)
        articles = cached_readable(paths, SplitCache(workspace.cache_dir), named=bool(args.paths))
        library = Library(corrected(workspace, articles, store=store))
        stories = _story_progress(store, library)
        states = {article_id: record.state for article_id, record in store.states().items()}
        first_triaged = store.first_triaged()
        annotations = store.annotations()
        tag_names = [tag.name for tag in store.tags()]
        work = NO_ENTITY_WORK if args.predicted else EntityWork.of(store)
        gone = gone_dumps(store, list(library))
    service = EntityService(resolve_model_name(args.model, workspace), workspace.cache_dir)
    try:
        entities = _entities(service, library, work, analyse=args.analyse)
    finally:
        service.close()
    touched = [article_id for article_id in library.ids() if work.touched(article_id)]
    stats = collect(
        library,
        states,
        annotations,
        tag_names,
        entities,
        service.model,
        touched,
        work.checked,
        stories,
    )
    pictures = charts(library, states, first_triaged, annotations, entities)
    if args.json:
        document = {
            **stats.to_dict(),
            "dumps_not_found": [dump.to_dict() for dump in gone],
            "charts": pictures.to_dict(),
        }
        sys.stdout.buffer.write(json_out.dumps(document, indent=True) + b"\n")
        return 0
    print("\n".join(_lines(stats) + _gone_lines(gone, str(workspace.root))))
    if args.plot:
        from reader.subcommands._charts import render  # plotext: loaded only to draw

        print()
        print(render(pictures, colour=sys.stdout.isatty()))
    return 0


def _story_progress(store: Store, library: Library) -> Progress | None:
    """The triage counted as the list's header and the stats screen count it, each story
    once in its state (a reprint of a story discarded elsewhere is no article left to
    read), found as the app finds stories; None when no article has another version."""
    triage = Triage(store, library.articles)
    stories = triage.stories()
    return triage.story_progress(stories) if len(stories) else None


def _entities(
    service: EntityService, library: Library, work: EntityWork, *, analyse: bool
) -> EntityIndex:
    """The articles' entities as corrected (`work`): cached, or analysed with `analyse`."""
    index = EntityIndex()
    found = (
        service.analyse_many(list(library))
        if analyse
        else ((article, service.cached(article)) for article in library)
    )
    for article, analysis in found:
        corrected = work.analysis(article.id, analysis)
        if corrected is not None:
            index.add(article.id, article.body, corrected)
    return index


def _lines(stats: WorkspaceStats) -> list[str]:
    shared = f", {stats.shared} in more than one" if stats.shared else ""
    lines = [
        f"{counted(stats.articles, 'article')} in {counted(len(stats.dumps), 'dump')}{shared}",
        "",
        *_state_lines(stats.progress, stats.stories),
    ]
    lines += ["", "tags" + ("" if stats.tags else ": none")]
    lines += [
        f"  {_name(t.name)} {_column(t.annotations, 'annotation')} in "
        f"{counted(t.articles, 'article')}"
        for t in stats.tags
    ]
    lines += ["", f"entities ({visible_line(stats.model)}): {_coverage(stats)}"]
    lines += [
        f"  {_name(c.label)} {_column(c.mentions, 'mention')} in {counted(c.articles, 'article')}"
        for c in stats.labels
    ]
    return lines


def _state_lines(progress: Progress, stories: Progress | None) -> list[str]:
    """Counts per state; where stories have versions, of stories as the list shows them
    (a reprint in its story's state) with the articles' own states beside them."""
    if stories is None:
        counts = progress.counts.items()
        return [
            progress.describe(),
            *(f"  {s:<{_NAME_WIDTH}} {n:>{_COUNT_WIDTH},}" for s, n in counts),
        ]
    articles = f"{progress.triaged:,} of {counted(progress.total, 'article')}"
    name, count = _NAME_WIDTH, _COUNT_WIDTH
    return [
        f"{stories.describe()} ({articles})",
        f"  {'':<{name}} {'stories':>{count}} {'articles':>{count + 1}}",
        *(
            f"  {state:<{name}} {n:>{count},} {progress.counts[state]:>{count + 1},}"
            for state, n in stories.counts.items()
        ),
    ]


def _gone_lines(gone: list[GoneDump], root: str) -> list[str]:
    """The dumps not found whose work the store keeps: counted nowhere above, not lost."""
    if not gone:
        return []
    heading = f"work kept for {counted(len(gone), 'dump')} not found (put it back to see it)"
    return ["", heading, *(f"  {dump.describe(root)}" for dump in gone)]


def _coverage(stats: WorkspaceStats) -> str:
    return _analysed(stats) + _corrected(stats)


def _analysed(stats: WorkspaceStats) -> str:
    if not stats.unanalysed:
        return f"all {counted(stats.articles, 'article')} analysed"
    return (
        f"{stats.analysed:,} of {counted(stats.articles, 'article')} analysed; "
        f"{stats.unanalysed:,} {'has' if stats.unanalysed == 1 else 'have'} no cached entities "
        "(run with --analyse)"
    )


def _corrected(stats: WorkspaceStats) -> str:
    """Whose entities are counted, when some are the user's."""
    if not stats.corrected:
        return ""
    return f"; {stats.corrected} counted as you corrected them ({stats.checked} checked)"


def _column(n: int, noun: str) -> str:
    """A count named as the app names counts ("1 annotation", "1,204 annotations"), its
    number right-aligned in the column the state counts above it use."""
    return f"{n:>{_COUNT_WIDTH},} {counted(n, noun).split(' ', 1)[1]}"


def _name(text: str) -> str:
    shown = visible_line(text)
    if len(shown) > _NAME_WIDTH:
        shown = shown[: _NAME_WIDTH - 1] + "…"
    return f"{shown:<{_NAME_WIDTH}}"
