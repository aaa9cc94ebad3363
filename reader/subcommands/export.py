"""`reader export`: the user's annotations, states and tags as JSON or a tool's format."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.article import Article
from reader.collector import collector_paused
from reader.dumps.split_cache import SplitCache, WrittenLater
from reader.errors import no_folder
from reader.interchange import (
    DEFAULT_DEV_SHARE,
    NER_TASKS_FORMAT,
    NER_TASKS_HELP,
    TRAINING_FORMAT,
    TRAINING_HELP,
)
from reader.interchange.export import (
    FORMATS,
    ExportError,
    ExportFormat,
    export_format,
    gather,
    render,
    with_found_entities,
    with_stories,
    write,
)
from reader.interchange.exporters.json_doc import READABLE_VERSIONS, VERSION, schema_file
from reader.interchange.exporters.records import Export
from reader.interchange.exporters.selection import Selection
from reader.leaving import done_here, leave
from reader.store import STATES, ArticleState, Store, is_store_file
from reader.subcommands import given_path
from reader.subcommands._console import warn
from reader.subcommands._corrected import corrected
from reader.subcommands._dumps import cached_readable, workspace_dumps
from reader.text.counted import counted
from reader.text.safe import has_surrogates, visible_line
from reader.workspace import Workspace, WorkspaceError, dump_paths

if TYPE_CHECKING:
    from reader.library.stories import Stories
    from reader.nlp.training import GoldArticle


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `export` parser."""
    formats = "; ".join(f"{f.name}: {f.help}" for f in FORMATS.values())
    parser = sub.add_parser(
        "export",
        help="export annotations, triage states and tags",
        description=f"Writes the store's annotations to stdout or PATH. Formats: {formats}.",
    )
    parser.add_argument(
        "-f",
        "--format",
        default="json",
        choices=[*FORMATS, NER_TASKS_FORMAT, TRAINING_FORMAT],
        help=f"default: json; {NER_TASKS_FORMAT}: {NER_TASKS_HELP}; "
        f"{TRAINING_FORMAT}: {TRAINING_HELP.replace('`', '')}",
    )
    parser.add_argument(
        "-o", "--output", type=given_path, metavar="PATH", help="file (a new folder for brat)"
    )
    parser.add_argument(
        "--tag", action="append", default=[], metavar="T", help="only annotations tagged T"
    )
    parser.add_argument(
        "--state",
        action="append",
        default=[],
        choices=STATES,
        metavar="S",
        help=f"only articles in state S ({', '.join(STATES)})",
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        type=given_path,
        metavar="DUMP",
        help="only articles of this dump (a path, or a name in seeds/)",
    )
    parser.add_argument("--with-text", action="store_true", help="json: include each body")
    parser.add_argument(
        "--with-entities",
        action="store_true",
        help="include named entities, as corrected in the app (json, jsonl, doccano)",
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline for --with-entities")
    parser.add_argument(
        "--dev", type=given_path, metavar="PATH", help="spacy: hold out a share of articles in PATH"
    )
    parser.add_argument(
        "--dev-share",
        type=_share,
        default=DEFAULT_DEV_SHARE,
        metavar="F",
        help=f"spacy: the share held out with --dev (default {DEFAULT_DEV_SHARE})",
    )
    parser.add_argument(
        "--label",
        type=_label,
        metavar="NAME",
        help="prodigy-textcat: the label each article accepts or rejects (default RELEVANT)",
    )
    parser.add_argument(
        "--stories",
        action="store_true",
        help="name the story each article is a version of, and its state as the list shows "
        "it beside the article's own (json: story, story_state; jsonl: meta.story, "
        "meta.story_state); --state then picks by the state the list shows",
    )
    parser.add_argument(
        "--schema",
        nargs="?",
        type=int,
        const=VERSION,
        choices=READABLE_VERSIONS,
        metavar="VERSION",
        help="print the JSON Schema of the json format (default: the version written now; "
        "an older one to check a file an older reader wrote) and exit",
    )
    parser.set_defaults(func=run)
    return parser


def _label(text: str) -> str:
    """A Prodigy label: any name, but not an empty one (a task would judge nothing), nor
    one holding bytes that are not UTF-8 (a shell's `$'\\xff'`): Prodigy's task hash
    cannot read them, and the export ended in a traceback."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a label needs a name")
    if has_surrogates(text):
        raise argparse.ArgumentTypeError("a label must be UTF-8 text: this one holds other bytes")
    return text.strip()


def run(args: argparse.Namespace) -> int:
    """Collects, renders and writes the export; a summary line goes to stderr."""
    if args.schema is not None:
        from importlib.resources import files

        sys.stdout.buffer.write(
            (files("reader.interchange") / "schemas" / schema_file(args.schema)).read_bytes()
        )
        return 0
    workspace = Workspace.open(args.workspace, args.db)
    _refuse_missing_folders(workspace, args.output, args.dev)
    _refuse_own_files(workspace, args.source, args.output, args.dev)
    if args.format == TRAINING_FORMAT:
        return _export_spacy(args)
    if args.dev is not None:
        raise ExportError("--dev belongs to -f spacy")
    if args.format == NER_TASKS_FORMAT:
        return _export_ner_tasks(args)
    fmt = export_format(args.format)
    if fmt.is_folder and args.output is None:
        raise ExportError(f"a {fmt.name} export is a folder: name it with -o PATH")
    if args.with_entities and not fmt.entities:
        raise ExportError(f"--with-entities does not fit the {fmt.name} format")
    if args.label is not None and fmt.passages:
        raise ExportError("--label belongs to -f prodigy-textcat")
    workspace = Workspace.open(args.workspace, args.db)
    if not workspace.store_path.is_file():
        raise ExportError(f"no store at {workspace.store_path}: nothing to export yet")
    selection = Selection(
        tags=frozenset(args.tag), states=frozenset(args.state), include_absent=not args.source
    ).for_format(fmt.work, args.with_entities, fmt.states)
    with collector_paused():
        export, articles, later = _gathered(args, workspace, selection)
        if args.label is not None:
            export = replace(export, label=args.label)
        if not args.with_entities:
            export = replace(export, keep_for_next=later.append)
            try:
                status = _emit(export, fmt, args.output)
            except Exception:
                done_here(later)  # the next export needs them still
                raise
            status = leave(status, later)
            del export, articles  # freed in the pause: resumed, the collector would walk them
            return status
        done_here(later)  # here: the entities' pipeline runs threads, and exits with them
    # the pipeline runs with the collector on, as it always has
    export = _add_entities(export, articles, workspace, args.model)
    with collector_paused():
        return _emit(export, fmt, args.output)


def _stories(articles: list[Article], store: Store) -> tuple[Stories, Mapping[str, ArticleState]]:
    """The articles' stories, and the versions the list shows in their story's state (the
    decision set last on any version, exported or not) with that state: read from the
    `store` the export is gathered from, before it hands its annotations over (opened
    again, the store was parsed twice)."""
    from reader.library.triage import Triage

    triage = Triage(store, articles)
    stories = triage.stories()
    return stories, triage.story_states(stories)


def _refuse_missing_folders(workspace: Workspace, *paths: Path | None) -> None:
    """An export goes into a folder that exists: a mistyped `-o` made a tree of folders
    nobody asked for, and the file landed where nobody would look. curl and pandoc refuse
    too; the error names the folder and how to make it. The workspace's exports folder is
    reader's own, made when needed (as the app's `E` does); a file in the way is the
    writer's to name."""
    own = workspace.exports_dir.resolve()
    for path in paths:
        if path is None or path.parent.resolve() == own:
            continue
        standing = next((p for p in path.parents if p.exists()), None)
        if standing != path.parent and standing is not None and standing.is_dir():
            raise ExportError(no_folder(path.parent))


def _refuse_own_files(workspace: Workspace, sources: Sequence[Path], *paths: Path | None) -> None:
    """An export never replaces what reader reads: `-o annotations/reader.json` (meant for
    `annotations/exports/`) replaced the store with the export, which every command then
    refused to open, and `-o seeds/news.txt` a dump with JSON. Refused: the store and the
    files it keeps beside it (its change log, lock, snapshot, backups: `is_store_file`;
    "reader.json.2026.json" is the user's to write, though it starts so), anything in
    `seeds/` (the inbox: a file written there is opened as a dump), and the dumps and
    folders `--source` names."""
    store = _real(workspace.store_path)
    inbox = _real(workspace.seeds_dir)
    read = [_real(_source_path(workspace, source)) for source in sources]
    for path in paths:
        if path is None:
            continue
        target = _real(path)
        if is_store_file(store, target):
            what = "the store" if target == store else f"a file of the store {store}"
            raise ExportError(
                f"{path} is {what}: name another file (exports go in annotations/exports/)"
            )
        if inbox in target.parents:
            raise ExportError(f"{path} is in {inbox}, whose files reader opens as dumps")
        for dumps in read:
            if target == dumps or dumps in target.parents:
                raise ExportError(f"{path} is among the dumps this export reads: name another file")


def _refuse_unknown_tags(store: Store, wanted: Sequence[str]) -> None:
    """`--tag` names tags of the store: one that is none ("claims" for "claim") exported
    nothing, without a word. Refused in one line naming the closest tag, exit 1, as a dump
    `--source` names that is not there is (a name that selects nothing is a slip)."""
    names = [tag.name for tag in store.tags()]
    for name in wanted:
        if name not in names:
            near = _closest(name, names)
            hint = f" (the closest is {near!r})" if near else ""
            raise ExportError(visible_line(f"--tag {name!r}: the store has no such tag{hint}"))


def _closest(name: str, names: Sequence[str]) -> str | None:
    """The tag `name` was most likely meant to be: the same but for case, else the most
    alike by `difflib` (none alike enough: None), imported only for a tag that is none: an
    export that names none, or a tag of the store, goes without it."""
    from difflib import get_close_matches

    folded = {other.casefold(): other for other in names}
    if name.casefold() in folded:
        return folded[name.casefold()]
    alike = get_close_matches(name.casefold(), list(folded), n=1)
    return folded[alike[0]] if alike else None


def _real(path: Path) -> Path:
    """`path` with its links followed as far as they go (a link loop is left for the loader
    to name; `Path.resolve` raises RuntimeError on one)."""
    return Path(os.path.realpath(path))


def _gathered(
    args: argparse.Namespace, workspace: Workspace, selection: Selection
) -> tuple[Export, list[Article], list[Callable[[], None]]]:
    """The export of the store joined to the split articles, corrected, with their stories
    when asked (`--stories`); those articles; and what serves only the next command, done
    once this one has answered (`leave`): the snapshot of a store parsed for want of one,
    the split cache's new entries."""
    cache = WrittenLater(workspace.cache_dir)
    with Store(workspace.store_path, root=workspace.root, read_only=True, bulk=True) as store:
        _refuse_unknown_tags(store, args.tag)
        split = _articles(workspace, args.source, store, cache)
        export, articles = joined(
            workspace, store, split, selection, stories=args.stories, with_text=args.with_text
        )
        snapshot = store.pending_snapshot()
    later = [] if snapshot is None else [snapshot]
    if cache.pending:
        later.append(cache.write)
    return export, articles, later


def joined(
    workspace: Workspace,
    store: Store,
    split: Sequence[Article],
    selection: Selection,
    *,
    stories: bool = False,
    with_text: bool = False,
) -> tuple[Export, list[Article]]:
    """The export of `store` joined to the `split` articles as corrected, with their
    stories when asked; and those articles. One way for `reader export` and for the tokens
    a `jsonl` export reads made ahead (`tokens_ahead`): the cache serves an export only
    while both gather the same articles."""
    articles = corrected(workspace, split, store=store)
    found = _stories(articles, store) if stories else None
    if found is not None:  # --state picks by the state the list shows
        selection = replace(selection, shown=found[1])
    export = gather(store, articles, workspace, selection, with_text=with_text, release=True)
    if found is not None:
        export = with_stories(export, *found)
    return export, articles


def _emit(export: Export, fmt: ExportFormat, output: Path | None) -> int:
    """Renders the export and writes it to `output` (stdout when None); the summary line to
    stderr. Called in the same pause of the collector as the gathering when nothing runs
    between: resumed there, it walked every object the store's parse had made (the
    documents of a store with no snapshot), a tenth of a second of a whole export."""
    rendered, summary = render(export, fmt, in_pieces=True)
    if output is None and not isinstance(rendered, Mapping):
        sys.stdout.buffer.writelines([rendered] if isinstance(rendered, bytes) else rendered)
        sys.stdout.flush()
    else:
        write(rendered, output)
        summary = replace(summary, path=output)
    print(visible_line(summary.message()), file=sys.stderr)
    return 0


def _share(text: str) -> float:
    try:
        share = float(text)
    except ValueError:
        share = -1.0
    if not 0 < share < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a share between 0 and 1")
    return share


def _export_spacy(args: argparse.Namespace) -> int:
    """Writes the checked articles as DocBin files with the pipeline's tokens."""
    from reader.interchange.training import export_training, split_dev
    from reader.nlp import EntityService, resolve_model_name

    if args.output is None:
        raise ExportError("a spacy export is a binary file: name it with -o PATH.spacy")
    workspace = Workspace.open(args.workspace, args.db)
    golds = _checked(args, workspace)[0]
    if args.dev is not None:
        split_dev(golds, args.dev_share)  # an empty side is said before the model loads
    service = EntityService(resolve_model_name(args.model, workspace), use_cache=False)
    service.load()
    if service.pipeline is None:
        raise ExportError("the spaCy pipeline could not be loaded for its tokenizer")
    done = export_training(service.pipeline, golds, args.output, args.dev, args.dev_share)
    for problem in done.misaligned:
        warn(f"left out, not on token boundaries: {problem.describe()}")
    where = f" to {args.output}"
    if args.dev:  # the entities are of both files: say which articles went where
        where = f": {done.train} to {args.output} and {done.dev} to {args.dev}"
    articles = done.train + done.dev
    print(
        visible_line(
            f"exported {counted(articles, 'checked article')} with "
            f"{counted(done.entities, 'entity')}{where}"
        ),
        file=sys.stderr,
    )
    return 0


def _checked(args: argparse.Namespace, workspace: Workspace) -> tuple[list[GoldArticle], int]:
    """The checked articles of the dumps (`checked_for_training`), with the number of
    articles read from them; the warning about checked articles left out said, an
    ExportError saying why when there is none."""
    from reader.interchange.training import checked_for_training

    if not workspace.store_path.is_file():
        raise ExportError(f"no store at {workspace.store_path}: nothing to export yet")
    with Store(workspace.store_path, root=workspace.root, read_only=True) as store:
        articles = corrected(workspace, _articles(workspace, args.source, store), store=store)
        golds, said = checked_for_training(store, articles)
    if not golds:
        raise ExportError(said)
    if said is not None:
        warn(said)
    return golds, len({article.id for article in articles})


_NOT_FOR_NER_TASKS = {
    "tag": "--tag",
    "state": "--state",
    "with_text": "--with-text",
    "with_entities": "--with-entities",
    "model": "--model",
    "stories": "--stories",
}
"""The options the Prodigy NER tasks have no use for (their articles are the checked ones,
their spans the checked entities, their text always there), by their `args` name."""


def _export_ner_tasks(args: argparse.Namespace) -> int:
    """Writes the checked articles as accepted Prodigy NER tasks; the summary line counts
    the dumps' other articles, left out (unchecked, their entities are no one's word)."""
    from reader.interchange.exporters.prodigy_ner import ner_tasks
    from reader.interchange.exporters.selection import RelativeSources

    for name, option in _NOT_FOR_NER_TASKS.items():
        if getattr(args, name):
            raise ExportError(f"{option} does not fit the {NER_TASKS_FORMAT} format")
    workspace = Workspace.open(args.workspace, args.db)
    golds, read = _checked(args, workspace)
    done = ner_tasks(golds, RelativeSources(workspace.root))
    for problem in done.misaligned:
        warn(f"left out, not on token boundaries: {problem.describe()}")
    if args.output is None:
        sys.stdout.buffer.writelines(done.lines)
        sys.stdout.flush()
    else:
        write(done.lines, args.output)
    where = "" if args.output is None else f" to {args.output}"
    line = (
        f"exported {counted(len(golds), 'checked article')} with "
        f"{counted(done.entities, 'entity')} as accepted Prodigy NER tasks{where}; "
        f"{counted(read - len(golds), 'unchecked article')} left out"
    )
    print(visible_line(line), file=sys.stderr)
    return 0


def _articles(
    workspace: Workspace, sources: Sequence[Path], store: Store, cache: SplitCache | None = None
) -> list[Article]:
    """The articles of the dumps named, or of the workspace's (`workspace_dumps`), split
    once (a big one on two cores) and then read from the workspace's split cache (`cache`,
    by default the workspace's, written to at once)."""
    if sources:
        paths = dump_paths([_source_path(workspace, source) for source in sources])
    else:
        paths = workspace_dumps(workspace, store)
    return cached_readable(paths, cache or SplitCache(workspace.cache_dir), named=bool(sources))


def _source_path(workspace: Workspace, source: Path) -> Path:
    if source.exists() or source.is_symlink() or source.is_absolute():
        return source  # a broken link or a loop is reported by the loader, by its real name
    in_seeds = workspace.seeds_dir / source
    if in_seeds.exists():
        return in_seeds
    raise WorkspaceError(
        f"no dump {source} (looked in the current folder and {workspace.seeds_dir})"
    )


def _add_entities(
    export: Export, articles: Sequence[Article], workspace: Workspace, model: str | None
) -> Export:
    """Runs (or reads cached) NER over the exported articles whose dump is present."""
    from reader.nlp import EntityService, resolve_model_name

    service = EntityService(
        model=resolve_model_name(model, workspace), cache_dir=workspace.cache_dir
    )
    try:
        export, info = with_found_entities(export, articles, service)
    finally:
        service.close()
    if info.fallback:
        warn(f"entities from a fallback: {info.reason}")
    return export
