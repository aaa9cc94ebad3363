"""Export the user's work in one of several formats, to a file, a folder or a stream.

The formats live in `reader.interchange.exporters`; this module picks one, trims the export to
what that format can carry (tool formats need the body and trustworthy offsets, so
articles whose dump is absent and orphaned annotations are left out and counted),
and writes the result atomically: a crash leaves no half-written export behind.
"""

from __future__ import annotations

import contextlib
import importlib
import operator
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Protocol

from reader.article import Article
from reader.collector import collector_paused
from reader.errors import ReaderError
from reader.interchange.exporters.records import Export, ExportArticle, ModelInfo
from reader.interchange.exporters.selection import DECIDED, Selection, collect
from reader.interchange.outputs import replaced, streams_into, write_into
from reader.store import (
    STATES,
    ArticleState,
    Store,
    remove_stale_temp_files,
    temp_name,
    write_all,
    write_replacing,
)
from reader.store.runs import DocumentRun
from reader.text.counted import counted
from reader.workspace import Workspace

if TYPE_CHECKING:  # the stories come from the caller; `reader export` without them skips it
    from reader.analysis import Analysis, Entity, PipelineInfo
    from reader.library.stories import Stories

Pieces = list[bytes | memoryview]
"""A file's bytes in pieces, written one after another (see `render`)."""

Rendered = bytes | Pieces | Mapping[str, bytes]
"""A file's bytes (whole or in pieces), or a folder's file names and bytes."""


class ExportError(ReaderError):
    """An export that cannot be written where asked; the message says why."""


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One format: how it renders and what it can carry."""

    name: str
    suffix: str
    """File name ending of a file export; empty for a folder."""
    help: str
    render: Callable[[Export], Rendered]
    needs_text: bool
    """Articles whose dump is absent are left out (the format is built on the text)."""
    keeps_orphans: bool
    """Orphaned annotations, whose offsets no longer fit the text, are kept."""
    entities: bool
    """The format has a place for `--with-entities`."""
    work: bool = False
    """The format carries the corrections of the reading and the entity work (json)."""
    passages: bool = True
    """The format writes the annotations (all but `prodigy-textcat`, which writes each
    article's triage: its summary counts no annotation)."""
    states: frozenset[ArticleState] = frozenset()
    """The triage states the format has a place for, so that an article in one of them
    holding nothing else is exported (`Selection.chosen_by`): json every one (an import
    restores them, `new` too: an article set back to unread keeps its record, newer than
    another workspace's `read`), jsonl (`answer`) and doccano (`state`) the decisions;
    brat and w3c none (a brat document or a w3c collection holds the marked passages
    alone)."""

    @property
    def is_folder(self) -> bool:
        """Whether the export is a folder of files rather than one file."""
        return not self.suffix


class _Renderer:
    """A format's render function, imported when it first renders: `reader export` loads
    the exporter it writes with, not the other four (the Prodigy one brings its token
    cache)."""

    def __init__(self, module: str, function: str = "render") -> None:
        self._module = f"reader.interchange.exporters.{module}"
        self._function = function

    def __call__(self, export: Export) -> Rendered:
        render: Callable[[Export], Rendered] = getattr(
            importlib.import_module(self._module), self._function
        )
        return render(export)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "json", ".json",
            "reader's own: annotations, states, tags, corrections, entity work "
            "(`reader import` reads them)",
            _Renderer("json_doc", "pieces"), needs_text=False, keeps_orphans=True,
            entities=True, work=True, states=frozenset(STATES),
        ),
        ExportFormat(
            "jsonl", ".jsonl", "Prodigy tasks, one article per line (prodigy db-in)",
            _Renderer("jsonl", "pieces"), needs_text=True, keeps_orphans=False, entities=True,
            states=DECIDED,
        ),
        ExportFormat(
            "doccano", ".jsonl", "doccano sequence-labelling JSONL",
            _Renderer("doccano", "pieces"), needs_text=True, keeps_orphans=False, entities=True,
            states=DECIDED,
        ),
        ExportFormat(
            "brat", "", "a brat folder of .txt/.ann pairs",
            _Renderer("brat", "render_files"), needs_text=True, keeps_orphans=False,
            entities=False,
        ),
        ExportFormat(
            "w3c", ".jsonld", "a W3C Web Annotation collection (JSON-LD; importable)",
            _Renderer("w3c", "pieces"), needs_text=False, keeps_orphans=False,
            entities=False,
        ),
        ExportFormat(
            "prodigy-textcat", ".jsonl",
            "Prodigy text classification, one article per line: its label (RELEVANT, or "
            "--label) accepted (kept, starred) or rejected (discarded)",
            _Renderer("prodigy_textcat", "pieces"), needs_text=True, keeps_orphans=False,
            entities=False, passages=False, states=DECIDED,
        ),
    )
}  # fmt: skip
"""Every format by name, in the order `--format` lists them."""


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote and what it had to leave out, for the line shown to the user."""

    format: str
    articles: int
    annotations: int | None
    """None for a format that writes no annotation (`ExportFormat.passages`)."""
    absent: int = 0
    """Articles left out because their dump is not present (formats built on the text)."""
    not_found: tuple[int, tuple[str, ...]] = (0, ())
    """Articles whose dump, as the store recorded it, is not where it was, and those dumps'
    file names: the user knows what to put back (`absent` counts those of no record)."""
    kept_not_found: bool = False
    """Whether those were written all the same (formats keeping the store's work without
    the text), or left out."""
    unopened: tuple[int, tuple[str, ...]] = (0, ())
    """Articles left out because their dump, on disk, was not read (the app exports the
    dumps it has open), and those dumps' file names: "not present" said of a file that was
    there sent the user looking for it (users31)."""
    edited: int = 0
    """Articles left out because their dump, present, no longer holds their text: it was
    edited since, and their work could not be placed in the new text (`place_edited`)."""
    orphaned: int = 0
    """Orphaned annotations left out (their offsets no longer fit the text)."""
    path: Path | None = None
    work: tuple[int, int, int] = (0, 0, 0)
    """The corrections, entity edits and checks written (formats that carry them), so the
    user sees that their work travels."""

    def message(self) -> str:
        """One line: counts, where, and anything left out."""
        where = "" if self.path is None else f" to {self.path}"
        what = "the triage" if self.annotations is None else counted(self.annotations, "annotation")
        text = f"exported {what} of {counted(self.articles, 'article')} as {self.format}{where}"
        if any(self.work):
            corrections, edits, checks = self.work
            text += (
                f", with {counted(corrections, 'correction')} of the reading, "
                f"{counted(edits, 'entity edit')} and {counted(checks, 'check')}"
            )
        left_out = []
        if gone := self.not_found[0]:
            told = f"{counted(gone, 'article')} of {', '.join(self.not_found[1])}, not present"
            if self.kept_not_found:
                text += f" ({told}: the work the store keeps, without the text)"
            else:
                left_out.append(f"{told}: put it back to export it")
        if self.absent:
            left_out.append(f"{counted(self.absent, 'article')} whose dump is not present")
        if unopened := self.unopened[0]:
            names = ", ".join(self.unopened[1])
            left_out.append(
                f"{counted(unopened, 'article')} of {names}, not open: open it too to export it"
            )
        if self.edited:
            where = "its dump" if self.edited == 1 else "their dumps"
            left_out.append(f"{counted(self.edited, 'article')} edited in {where} since")
        if self.orphaned:
            left_out.append(f"{counted(self.orphaned, 'orphaned annotation')}")
        return text + (f" (left out: {', '.join(left_out)})" if left_out else "")


def export_format(name: str) -> ExportFormat:
    """The format called `name`; ExportError listing the known ones otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ExportError(
            f"unknown export format {name!r}; use one of: {', '.join(FORMATS)}"
        ) from None


def with_entities(
    export: Export, entities: Mapping[str, Sequence[Entity]], model: ModelInfo
) -> Export:
    """The export with each present article's entity spans and the model that found them,
    corrected as the user sees them in the app (`merge_entities`): their relabelled and
    added spans in place of the predictions they overlap, their rejected ones gone, and a
    checked article's gold alone. The model's raw spans would hand the user's entity work
    back undone to the tool that reads the file."""
    articles = tuple(
        article
        if article.body is None
        else replace(article, entities=_corrected(article, entities.get(article.id, ())))
        for article in export.articles
    )
    return replace(export, articles=articles, model=model)


class EntityFinder(Protocol):
    """What finds the entities of the articles exported: `reader export`'s own service, or
    the app's, whose cache holds what it analysed already."""

    def load(self) -> PipelineInfo:
        """The pipeline, loaded if it was not (slow)."""
        ...

    def analyse_many(
        self, articles: Sequence[Article], n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Analysis]]:
        """Each article's analysis, cached or made now."""
        ...


def with_found_entities(
    export: Export, articles: Iterable[Article], finder: EntityFinder
) -> tuple[Export, PipelineInfo]:
    """The export with the entities `finder` gives each present article (`with_entities`),
    and the pipeline that found them (the caller tells the user when it is a fallback).
    `articles` are those the export was gathered from (an exported article holds no
    `Article`)."""
    wanted = {article.id for article in export.articles if article.body is not None}
    todo = list({a.id: a for a in articles if a.id in wanted}.values())
    info = finder.load()
    found = {article.id: analysis.entities for article, analysis in finder.analyse_many(todo)}
    return with_entities(export, found, ModelInfo(info.name, info.version)), info


def with_stories(
    export: Export, stories: Stories, shown: Mapping[str, ArticleState] | None = None
) -> Export:
    """The export with each article's story named (articles with another version only),
    and with `shown` the story's state beside the article's own. `shown`: the versions
    whose story is in another state than their own, and the story's (`Triage.story_states`)."""
    articles = tuple(
        replace(article, story=story.id, story_state=_story_state(article, shown))
        if (story := stories.story_of(article.id)) is not None
        else article
        for article in export.articles
    )
    return replace(export, articles=articles)


def _story_state(
    article: ExportArticle, shown: Mapping[str, ArticleState] | None
) -> ArticleState | None:
    """A version's story's state: the one `shown` gives, else its own; None when the
    stories' states are not known."""
    return None if shown is None else shown.get(article.id, article.state)


def _corrected(article: ExportArticle, predicted: Iterable[Entity]) -> tuple[Entity, ...]:
    from reader.analysis import Entity  # the entities' modules: only for an export with them
    from reader.annotation.entity_edits import merge_entities

    if not (article.entity_edits or article.checked):
        return tuple(Entity(e.start, e.end, e.label) for e in predicted)
    merged = merge_entities(predicted, article.entity_edits, checked=article.checked is not None)
    return tuple(shown.entity for shown in merged)


def prepare(export: Export, fmt: ExportFormat) -> tuple[Export, ExportSummary]:
    """The export trimmed to what `fmt` carries, and the summary of what remains."""
    articles = export.articles
    absent = edited = 0
    unopened: tuple[int, tuple[str, ...]] = (0, ())
    gone = [article.source for article in articles if article.body is None]
    read, closed = export.dumps_read, export.dumps_unopened
    missing = [s for s in gone if s and s not in read and s not in closed]
    named = (len(missing), tuple(sorted({PurePath(source).name for source in missing})))
    if fmt.needs_text:
        edited = sum(source in read for source in gone)
        shut = [s for s in gone if s in closed and s not in read]
        names = sorted({PurePath(source).name for source in shut if source})
        unopened = (len(shut), tuple(names))
        absent = len(gone) - edited - len(shut) - len(missing)
        articles = tuple(article for article in articles if article.body is not None)
    orphaned = 0
    if not fmt.keeps_orphans:
        counts = list(map(_orphaned_in, articles))
        orphaned = sum(counts)
        if orphaned:  # only the articles holding orphans are rebuilt (their runs parsed)
            articles = tuple(
                _without_orphans(article) if count else article
                for article, count in zip(articles, counts, strict=True)
            )
    trimmed = replace(export, articles=articles)
    summary = ExportSummary(
        fmt.name,
        len(articles),
        trimmed.annotation_count if fmt.passages else None,
        absent=absent,
        not_found=named,
        kept_not_found=not fmt.needs_text,
        unopened=unopened,
        edited=edited,
        orphaned=orphaned,
        work=_work(trimmed) if fmt.work else (0, 0, 0),
    )
    return trimmed, summary


def _work(export: Export) -> tuple[int, int, int]:
    """The corrections, entity edits and checks an export holds."""
    edits = sum(len(article.entity_edits) for article in export.articles)
    checks = sum(article.checked is not None for article in export.articles)
    return len(export.corrections), edits, checks


_ORPHANED = operator.itemgetter("orphaned")


def _orphaned_in(article: ExportArticle) -> int:
    """How many of the article's annotations are orphaned: a store's run is not parsed for
    it (w3c writes from the runs' JSON), a tuple is summed in C (a generator over 100,000
    annotations cost a twentieth of an export)."""
    annotations = article.annotations
    if isinstance(annotations, DocumentRun):
        return annotations.orphaned_count()
    return sum(map(_ORPHANED, annotations))


def _without_orphans(article: ExportArticle) -> ExportArticle:
    """The article without its orphaned annotations."""
    return replace(article, annotations=tuple(a for a in article.annotations if not a["orphaned"]))


def render(
    export: Export, fmt: ExportFormat, *, in_pieces: bool = False
) -> tuple[Rendered, ExportSummary]:
    """The format's bytes (or files) for the export, with the summary. `in_pieces`: a file
    may come as `Pieces` for `write` (the json format's annotations, 50 MB at 100,000, are
    then never copied into one buffer); otherwise its bytes are joined."""
    trimmed, summary = prepare(export, fmt)
    rendered = fmt.render(trimmed)
    if isinstance(rendered, list) and not in_pieces:
        return b"".join(rendered), summary
    return rendered, summary


def write(rendered: Rendered, path: Path) -> None:
    """Writes a file or folder export atomically: a crash leaves the old state, not half a file.

    A file replaces what was there (temp file, rename). A folder must be new or empty, so
    an export never mixes with the files of another; it is filled under a hidden
    temporary name and renamed when complete. Neither is synced (a folder's thousands of
    syncs took seconds; a 50 MB file's sync was the longest wait of a whole `reader
    export`): a power cut may cost the export, which can be made again, never the store.
    """
    if isinstance(rendered, Mapping):
        _write_folder(rendered, path)
        return
    if path.is_dir():
        raise ExportError(f"{path} is a folder; name a file to export to")
    _write_file([rendered] if isinstance(rendered, bytes) else rendered, path)


def gather(
    store: Store,
    articles: Iterable[Article],
    workspace: Workspace | None,
    selection: Selection | None = None,
    *,
    with_text: bool = False,
    release: bool = False,
) -> Export:
    """The export of the store joined to `articles`, made the same way for `reader export`
    and the TUI's export: dump paths inside the `workspace` written relative to it, and its
    cache folder for what a format keeps for the next export (the Prodigy tokens), so
    either reads what the other kept. Without a workspace, paths stay as they are and
    nothing is kept. `release`: see `collect`."""
    return collect(
        store,
        articles,
        selection,
        with_text=with_text,
        root=workspace.root if workspace else None,
        release=release,
        cache_dir=workspace.cache_dir if workspace else None,
    )


@dataclass(frozen=True, slots=True)
class FolderExport:
    """What `export_to_folder` wrote, and the pipeline that found its entity spans (None
    without them), so its caller tells the user of a fallback without asking the finder
    to `load` again."""

    path: Path
    summary: ExportSummary
    """What it wrote and left out, as `reader export` says it on stderr."""
    pipeline: PipelineInfo | None = None


def export_to_folder(
    store: Store,
    articles: Sequence[Article],
    fmt: str,
    exports_dir: Path,
    *,
    selection: Selection | None = None,
    with_text: bool = False,
    workspace: Workspace | None = None,
    stories: Stories | None = None,
    story_states: Mapping[str, ArticleState] | None = None,
    entities: EntityFinder | None = None,
) -> FolderExport:
    """Exports to a new time-stamped file (a folder for brat) in `exports_dir`.

    The TUI's export command calls this with the workspace's exports folder, the workspace
    (see `gather`) and the stories it found, so each article's story is named, with the
    story's state where it is another than the article's own (`story_states`); and with
    its entity service as `entities` when the user asked for the spans, as `reader export
    --with-entities` adds them (ExportError for a format with no place for them). An
    article with entity work alone is in json, and with the spans in jsonl and doccano.
    """
    chosen = export_format(fmt)
    if entities is not None and not chosen.entities:
        raise ExportError(f"entity spans do not fit the {chosen.name} format")
    selection = (selection or Selection()).for_format(
        chosen.work, entities is not None, chosen.states
    )
    with collector_paused():
        export = gather(store, articles, workspace, selection, with_text=with_text)
        export = with_stories(export, stories, story_states) if stories else export
        if entities is None:
            return FolderExport(*_to_folder(export, chosen, exports_dir))
    export, info = with_found_entities(export, articles, entities)  # the collector on
    with collector_paused():
        return FolderExport(*_to_folder(export, chosen, exports_dir), info)


def _to_folder(export: Export, fmt: ExportFormat, exports_dir: Path) -> tuple[Path, ExportSummary]:
    """Writes the export to a new file (folder) in `exports_dir`; where, and what it wrote
    and left out."""
    rendered, summary = render(export, fmt, in_pieces=True)
    path = fresh_path(exports_dir, fmt.name, fmt.suffix, export.exported)
    write(rendered, path)
    return path, replace(summary, path=path)


def fresh_path(folder: Path, name: str, suffix: str, exported: str) -> Path:
    """`reader-<name>-<UTC time>[-n]<suffix>`, a name not yet taken in `folder`: every
    export the app writes (the spaCy training file too) has a new file of its own."""
    stamp = re.sub(r"[-:]|\.\d+", "", exported)
    base = f"reader-{name}-{stamp}"
    candidate = folder / f"{base}{suffix}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}-{number}{suffix}"
    return candidate


def _write_file(payload: Pieces, path: Path) -> None:
    blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise ExportError(f"cannot write {path}: {blocking} is a file, not a folder")
    try:
        if streams_into(path):
            write_into(path, payload)
            return
        target = replaced(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(target)
        write_replacing(target, payload)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_folder(files: Mapping[str, bytes], path: Path) -> None:
    if path.exists() and not (path.is_dir() and not any(path.iterdir())):
        raise ExportError(f"{path} already exists; name a new or empty folder for a brat export")
    staging = temp_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(path)
        staging.mkdir(mode=0o700)  # inside the guard: SIGTERM the moment it exists removes it
        folder = os.open(staging, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            for name, payload in files.items():
                _write_new(name, payload, folder)
        finally:
            os.close(folder)
        staging.chmod(0o777 & ~_umask())
        staging.replace(path)
    except BaseException as exc:  # a refusal, or SIGTERM: the half-filled folder goes
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


def _write_new(name: str, payload: bytes, folder: int) -> None:
    """Writes a new file `name` in the open `folder` with plain system calls (a brat folder
    has thousands: the layers of `Path.write_bytes` cost a quarter of writing them, and a
    `Path` and a lookup of the whole path each another tenth)."""
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666, dir_fd=folder)
    try:
        write_all(fd, payload)
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
