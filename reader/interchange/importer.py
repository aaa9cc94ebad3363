"""`reader import`: merge an export back into a store without ever losing newer work.

It reads reader's json, W3C Web Annotations (`importers.w3c`), and the Prodigy and doccano
JSON Lines (`importers.json_lines`) and brat folders (`importers.brat`) it writes, which
carry no times: an annotation the store holds (by id, or one such a file names by its
place: over the same characters of the same article, or of the article that article
became, its text edited since and the annotation moved there) takes the file's tags it
lacks and the file's note under its own when it lacks it, and keeps everything else (a
file exported from this workspace adds nothing back; a tag renamed since the export comes
back beside its new name, as the file names the old one); states the store holds stay. A
file that names no dump (brat) has its spans placed by the dump the store recorded for
their article.

Annotations merge by id: new ones are added, one the file holds a newer `updated`
for replaces the store's, anything else is left as it is, so importing the same
file twice changes nothing. Triage states merge the same way by their time; the
file's tags are put with their colours and hotkeys. The corrections of the reading
(breaks, welds, retitles) merge by id, the file's new ones placed in the store's order
where the file has them (a weld made after a break applies after it), and apply to
the workspace's dumps before anything is placed: the articles they make are the ones
the annotations, entity edits and checks of the file are on. A correction whose text
is not in this workspace's copy of its dump is kept, as the app keeps any correction
that no longer applies, and reported. Entity edits merge by id (the newer of two
over the same characters stays), checks by article (a check the store holds stays).
Annotations and entity edits whose article is in the workspace are re-anchored
against its current text first (those that cannot be placed are kept, flagged
orphaned); those whose article is not but whose dump is (the file names it) go to
the article of that dump holding their quote. Where each article came from is kept too:
from the workspace's dumps when they hold it, else from the file unless the store
already knows, its dump recorded only when it is one of this workspace's
(`DumpNames.recorded`: a path in a file is never read). Into a store holding no work and only the
default tags, a file's tag set is restored exactly, so an export imported into a
fresh workspace exports again identically.

The whole file is read and checked before the store is touched, and everything is
written in one atomic save (one undo step): a bad file changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import orjson

from reader.annotation.anchoring import anchor
from reader.annotation.corrections import Corrected, apply_corrections
from reader.annotation.reanchor import best_home, heir_of, home_of
from reader.article import Article
from reader.dumps.decoding import DumpError, decode_dump
from reader.dumps.file_bytes import NotAFileError, read_at_most
from reader.errors import ReaderError
from reader.interchange.importers import brat, json_doc, json_lines, w3c
from reader.interchange.importers.batch import ImportBatch
from reader.interchange.importers.corrections import merged_corrections, not_applied
from reader.interchange.importers.dumps import DumpNames
from reader.interchange.importers.entity_work import merged_edits
from reader.interchange.importers.fields import FormatProblem, when
from reader.interchange.importers.json_lines import named_by_place
from reader.store import (
    DEFAULT_TAGS,
    Annotation,
    ArticleRecord,
    StateRecord,
    Store,
    StoreInputError,
    Tag,
    context,
)
from reader.store.records import ArticleCorrection, EntityEdit, ImportedWork
from reader.text.counted import counted

_Span = TypeVar("_Span", Annotation, EntityEdit)

_LABELS_NAMED = 5
"""The most labels the summary names (a file may hold thousands)."""

MAX_IMPORT_BYTES = 512 * 1024 * 1024
"""Bigger files are refused rather than read into memory."""


class ImportFileError(ReaderError):
    """An import file that cannot be read or is not a valid export; the store is untouched."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    format: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    """Annotations already in the store as they are in the file, or newer there, or held
    there under another id (the same span, tags and note: `_Held.holds`)."""
    orphaned: int = 0
    """Added or updated annotations that could not be placed in their article's text."""
    elsewhere: int = 0
    """Added or updated annotations whose article is in none of the workspace's dumps, nor
    its dump (absent, or not named: a W3C file of an earlier reader): kept unplaced, so the
    user is told, not left to find them missing."""
    moved: int = 0
    """Added or updated annotations whose article is not here but whose dump is (the file's
    workspace split or corrected it otherwise, or its text changed): placed on the article
    of the dump that holds their quote."""
    found: int = 0
    """Added or updated annotations whose article is not here and whose dump neither the
    file nor the store names (a brat folder from another workspace, its article edited
    since): placed on the article of the workspace's dumps that holds their quote in most
    of its context. They were kept unplaced, on no article the app shows."""
    states: int = 0
    """Triage states set from the file."""
    tags: int = 0
    """Tags created or changed (colour, hotkey) from the file's tag set."""
    corrections: int = 0
    """Corrections of the reading added from the file."""
    entity_edits: int = 0
    """Entity edits added from the file."""
    checks: int = 0
    """Checks of articles' entities added from the file."""
    checks_away: int = 0
    """Of those, the checks of articles in none of the workspace's dumps as they are (a
    task of an article retitled or edited where it was exported, its dump absent here):
    kept, but no training data until that article is here; the summary says so, since
    the entity edits of such an article may have come in on another (`moved`) unchecked."""
    left_out_entities: int = 0
    """Entity spans of tasks the file does not stand by (`ImportBatch.left_out_entities`)."""
    overlapping_entities: int = 0
    """The file's entity spans left out over others that stay (`merged_edits`): the store's,
    or the file's own (two overlapping spans of one Prodigy task)."""
    unchecked: tuple[int, tuple[str, ...]] = (0, ())
    """Accepted NER tasks that checked nothing, and why (`ImportBatch.unchecked`)."""
    not_applied: tuple[str, ...] = ()
    """The file's corrections that do not apply in this workspace, one line each saying which
    and why (kept in the store all the same, listed by the app as no longer applying)."""
    refused: tuple[str, ...] = ()
    """The dump paths the file names that are none of this workspace's dumps (`DumpNames.
    recorded`): the store records no dump for their articles and corrections, so no command
    reads a file someone else's export names; their work is kept all the same."""

    def message(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"imported {self.format}: {self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.orphaned} orphaned{self._elsewhere()}; "
            f"{counted(self.states, 'state')}, {counted(self.tags, 'tag')} set{self._work()}"
            f"{self._refused()}"
        )

    def _refused(self) -> str:
        if not self.refused:
            return ""
        paths = counted(len(self.refused), "dump path")
        return f"; {paths} not this workspace's dumps, not recorded (listed)"

    def _work(self) -> str:
        if not (
            self.corrections
            or self.entity_edits
            or self.checks
            or self.not_applied
            or self.left_out_entities
            or self.overlapping_entities
            or self.unchecked[0]
        ):
            return ""
        line = (
            f"; {counted(self.corrections, 'correction')}, "
            f"{counted(self.entity_edits, 'entity edit')}, {counted(self.checks, 'check')} added"
        )
        if self.checks_away:
            line += (
                f" ({self.checks_away} of articles not in the workspace's dumps as they are: "
                "check them there again, i then c)"
            )
        if self.left_out_entities:
            line += (
                f", {counted(self.left_out_entities, 'entity span')} of rejected or ignored tasks "
                "left out"
            )
        if self.overlapping_entities:
            line += (
                f", {counted(self.overlapping_entities, 'entity span')} left out over others kept "
                "(the store's, or the file's own)"
            )
        if self.unchecked[0]:
            tasks, labels = self.unchecked
            named = ", ".join(labels[:_LABELS_NAMED]) + (", …" if labels[_LABELS_NAMED:] else "")
            line += (
                f", {counted(tasks, 'accepted task')} not checked: labels not entity labels "
                f"({named}; --entity-labels names them)"
            )
        if self.not_applied:
            line += f", {counted(len(self.not_applied), 'correction')} not applied here (listed)"
        return line

    def _elsewhere(self) -> str:
        line = f", {self.moved} placed in another article of their dump" if self.moved else ""
        if self.found:
            line += f", {self.found} placed by their text (the file names no dump)"
        if not self.elsewhere:
            return line
        return f"{line}, {self.elsewhere} kept on articles in none of the workspace's dumps"


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The records an import writes, decided against the store before anything changes."""

    annotations: tuple[Annotation, ...]
    states: dict[str, StateRecord]
    tags: tuple[Tag, ...]
    replace_tags: bool
    report: ImportReport
    article_records: dict[str, ArticleRecord]
    """Title and dump of the file's articles (the store keeps those that end up with work)."""
    work: ImportedWork
    """The corrections (all, in their merged order), their moves, entity edits and checks."""


def read_import(path: Path, entity_labels: frozenset[str] = frozenset()) -> ImportBatch:
    """Reads and checks an import file (or a brat folder); ImportFileError naming the file
    and the problem. A Prodigy or doccano span labelled with one of `entity_labels` is an
    entity edit (`importers.entity_spans`)."""
    try:
        if brat.is_brat(path):
            return brat.read(path, MAX_IMPORT_BYTES)
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(f"{path}: too large ({size} bytes)")
        raw = read_at_most(path, MAX_IMPORT_BYTES)  # a pipe: up to the limit
        if raw is None:
            raise ImportFileError(f"{path}: too large (more than {MAX_IMPORT_BYTES} bytes)")
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except NotAFileError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    except FormatProblem as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return parse_import(raw, str(path), entity_labels)


def parse_import(raw: bytes, name: str, entity_labels: frozenset[str] = frozenset()) -> ImportBatch:
    """Parses and checks the bytes of an import file; `name` starts every error message
    (`entity_labels`: as `read_import`'s)."""
    doc = _json(raw, name)
    lines = doc.lines if isinstance(doc, _Lines) else [doc]
    kind = json_lines.format_of(lines[0]) if lines else None
    try:
        if json_doc.is_ours(doc):
            return json_doc.read(doc)
        if w3c.is_w3c(doc):
            return w3c.read(doc)
        if kind is not None:
            return json_lines.read(lines, kind, entity_labels)
    except FormatProblem as exc:
        raise ImportFileError(f"{name}: {exc}") from None
    if isinstance(doc, _Lines):
        raise ImportFileError(
            f"{name}: JSON Lines, but not Prodigy tasks or doccano examples (jsonl or doccano "
            "exports: each line's text with its spans or labels)"
        )
    raise ImportFileError(
        f"{name}: not a reader json export, a W3C Web Annotation collection, or Prodigy or "
        "doccano JSON Lines"
    )


@dataclass(frozen=True, slots=True)
class _Lines:
    """A JSON Lines file parsed: one value a line (blank lines left out)."""

    lines: list[object]


def _json(raw: bytes, name: str) -> object:
    """The parsed file, or its lines (`_Lines`) when it opens with a line that is a JSON
    object of its own (a Prodigy or doccano export). An export an editor re-saved with a
    byte order mark or as UTF-16 (Windows Notepad does both) is read too; binary data is
    named as such."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        problem = exc
    try:
        decoded = decode_dump(raw)
    except DumpError as exc:
        raise ImportFileError(f"{name}: {exc}") from None
    if decoded.encoding != "utf-8":
        try:
            return orjson.loads(decoded.text.encode())
        except orjson.JSONDecodeError as exc:
            problem = exc  # the text's own fault, not its bytes' (UTF-16 is no UTF-8)
    lines = decoded.text.strip().split("\n")
    if not _an_object(lines[0]):
        raise ImportFileError(f"{name}: not valid JSON ({problem})") from None
    parsed = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            parsed.append(orjson.loads(line))
        except orjson.JSONDecodeError as exc:
            raise ImportFileError(f"{name}: line {number}: not valid JSON ({exc})") from None
    return _Lines(parsed)


def _an_object(line: str) -> bool:
    """Whether a line is a JSON object of its own: the first line of a JSON Lines file."""
    try:
        return isinstance(orjson.loads(line), dict)
    except orjson.JSONDecodeError:
        return False


def plan_import(store: Store, batch: ImportBatch, articles: Iterable[Article]) -> ImportPlan:
    """Decides, record by record, what the import writes; nothing is changed yet.

    `articles` are the workspace's articles as split: the store's corrections and the
    file's apply to them here."""
    split = list(articles)
    mine = store.article_corrections()
    names = DumpNames(split, store.root)
    refused = _Refused(names)
    theirs = [replace(c, source=refused.recorded(c.source)) for c in batch.corrections]
    corrections = merged_corrections(mine, theirs)
    corrected = apply_corrections(split, corrections)
    places = _places(store, batch, corrected)
    writes: list[Annotation] = []
    outcomes = ("added", "updated", "unchanged", "orphaned", "elsewhere", "moved", "found")
    counts = dict.fromkeys(outcomes, 0)
    held = _Held(store)
    for incoming in batch.annotations:
        existing = store.annotation(incoming.id)
        if not batch.timed:
            named = [existing] if existing is not None else held.named(incoming)
            if named:
                counts[_merge(named, incoming, writes)] += 1
                continue
        if existing is not None and when(existing.updated) >= when(incoming.updated):
            counts["unchanged"] += 1
            continue
        placed, outcome = places.of(incoming)
        moved = outcome in ("moved", "found")
        named = held.named(incoming, placed) if moved and not batch.timed else []
        if named:  # its article edited since the export: the store moved its own there
            counts[_merge(named, incoming, writes)] += 1
            continue
        if existing is None and held.holds(placed):
            counts["unchanged"] += 1
            continue
        writes.append(placed)
        counts["added" if existing is None else "updated"] += 1
        if outcome != "here":
            counts[outcome] += 1
    states = _newer_states(store.states(), batch.states, timed=batch.timed)
    replace_tags = batch.tags is not None and _holds_no_work(store)
    have = set(store.tags())
    changed_tags = tuple(tag for tag in batch.tags or () if tag not in have)
    tags = tuple(batch.tags or ()) if replace_tags else changed_tags
    work, overlapping = _work(store, batch, corrections, {c.id for c in mine}, corrected, places)
    report = ImportReport(
        batch.format,
        **counts,
        states=len(states),
        tags=len(changed_tags),
        corrections=len(corrections) - len(mine),
        entity_edits=len(work.entity_edits),
        checks=len(work.checked),
        checks_away=sum(1 for key in work.checked if key not in places.present),
        left_out_entities=batch.left_out_entities,
        overlapping_entities=overlapping,
        unchecked=batch.unchecked,
        not_applied=not_applied(batch.corrections, theirs, corrected),
    )
    records = _article_records(store, batch, places.present, writes, work, refused)
    report = replace(report, refused=refused.names())
    return ImportPlan(tuple(writes), states, tags, replace_tags, report, records, work)


def _places(store: Store, batch: ImportBatch, corrected: Corrected) -> _Places:
    """Where the file's spans go: an article's dump and record as the file gives them, else
    as the store recorded them (a brat folder names no dump: a span on an article edited
    since the export is then looked for in its dump, as the app looks for its own)."""
    known = store.article_records()
    written = {article_id: record.source for article_id, record in known.items()}
    dumps = DumpNames(corrected.articles, store.root)
    by_text = batch.format == brat.BRAT
    return _Places(dumps, written | batch.dumps, known | batch.articles, by_text=by_text)


class _Held:
    """The store's annotations by where they lie, for a file without times that names
    annotations by their place (`named_by_place`): such an annotation over the same
    characters as those the store holds is those (exported from this workspace, its ids
    were not written), where the file places it or, its article edited since, where the
    import places it (the app moved the store's own there)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._places: dict[str, dict[tuple[int, int], list[Annotation]]] = {}

    def named(self, incoming: Annotation, placed: Annotation | None = None) -> list[Annotation]:
        """The store's annotations `incoming` is, over the characters it lies on (`placed`:
        where the import placed it); none for one with an id of its own."""
        if not named_by_place(incoming):
            return []
        where = placed or incoming
        return self._of(where.article_id).get((where.start, where.end), [])

    def holds(self, placed: Annotation) -> bool:
        """Whether the store holds `placed`'s passage under another id: over the same
        characters of the same article, with the same tags and note. A doccano or brat file
        names none, so its passages came in named by their place, and the json export of the
        same work, imported after, doubled every one (users31); counted as unchanged."""
        if placed.orphaned:
            return False
        tags = set(placed.tags)
        return any(
            set(mine.tags) == tags and mine.note == placed.note
            for mine in self._of(placed.article_id).get((placed.start, placed.end), [])
        )

    def _of(self, article_id: str) -> dict[tuple[int, int], list[Annotation]]:
        found = self._places.get(article_id)
        if found is None:
            found = self._places[article_id] = {}
            for annotation in self._store.annotations(article_id):
                found.setdefault((annotation.start, annotation.end), []).append(annotation)
        return found


def _merge(named: list[Annotation], incoming: Annotation, writes: list[Annotation]) -> str:
    """Adds to `writes` what `incoming` adds to the store's annotations it names (`_merged`);
    whether it was `updated` or `unchanged`."""
    merged = _merged(named, incoming)
    if merged is None:
        return "unchanged"
    writes.append(merged)
    return "updated"


def _merged(mine: list[Annotation], incoming: Annotation) -> Annotation | None:
    """What a file without times adds to the store's annotations it names (`mine`, by id or
    by place): the tags none of them carries, after the first's own, and the file's note
    under the first's when none of theirs holds it (no time says which is newer: neither
    note is dropped, review22); None when it adds nothing, so importing twice, or back into
    the workspace that wrote the file, changes nothing."""
    have = {tag for annotation in mine for tag in annotation.tags}
    tags = tuple(dict.fromkeys(tag for tag in incoming.tags if tag not in have))
    noted = bool(incoming.note) and not any(_holds(a.note, incoming.note) for a in mine)
    if not tags and not noted:
        return None
    first = mine[0]
    note = first.note
    if noted:
        note = f"{note}{NOTE_BREAK}{incoming.note}" if note else incoming.note
    return replace(first, tags=first.tags + tags, note=note, updated=incoming.updated)


NOTE_BREAK = "\n\n"
"""Between the store's note and one a file without times adds under it (as doccano's notes
over the same characters are joined)."""


def _holds(note: str, part: str) -> bool:
    """Whether `note` is `part`, or holds it as one of the notes joined by `NOTE_BREAK`."""
    joined = f"{NOTE_BREAK}{note}{NOTE_BREAK}"
    return f"{NOTE_BREAK}{part}{NOTE_BREAK}" in joined


class _Places:
    """Where the file's annotations and entity edits go among the articles as corrected."""

    def __init__(
        self,
        dumps: DumpNames,
        written: dict[str, str],
        records: dict[str, ArticleRecord],
        *,
        by_text: bool = False,
    ) -> None:
        """`by_text`: the file names no dump at all (brat), so a span whose article and dump
        are unknown is looked for in every article here."""
        self._dumps = dumps
        self._by_text = by_text
        self._written = written
        self._records = records
        """The file's title and dump of each article: which one here is it edited."""
        self.present: dict[str, Article] = {}
        """Each article here by id, from the first dump holding it (as the app records it)."""
        for found in dumps.articles.values():
            for article in found:
                self.present.setdefault(article.id, article)

    def of(self, span: _Span) -> tuple[_Span, str]:
        """The span placed, and how: `here` (its article is here: re-anchored in its text,
        else flagged `orphaned`), `moved` (its article is not here but its dump is: on the
        article that is its own edited when that holds its quote, else on the article of the
        dump that does, else approximately in its own edited, as the app moves the passages
        of an article gone from its dump, `reanchor.home_of`), `orphaned` (nor does any),
        `found` (a brat file, which names no dump, nor the store: on the article of any dump
        here holding its quote, `reanchor.best_home`), `elsewhere` (its dump is not here, or
        nothing here holds it: kept as it is)."""
        article = self.present.get(span.article_id)
        if article is not None:
            placed = _placed(span, article.body)
            return placed, "orphaned" if placed.orphaned else "here"
        dump = self._written.get(span.article_id)
        candidates = None if dump is None else self._dumps.articles.get(self._dumps.key(dump))
        if not candidates:
            unnamed = dump is None and self._by_text
            best = best_home(span, list(self.present.values())) if unnamed else None
            if best is None:
                return span, "elsewhere"
            article, found = best
            return _placed_at(span, article.id, article.body, found.start, found.end), "found"
        record = self._records.get(span.article_id)
        home = home_of(span, candidates, heir_of(record, candidates) if record else None)
        if home is None:
            return replace(span, orphaned=True), "orphaned"
        article, found = home
        return _placed_at(span, article.id, article.body, found.start, found.end), "moved"


def import_file(
    store: Store,
    path: Path,
    articles: Iterable[Article],
    *,
    dry_run: bool = False,
    entity_labels: frozenset[str] = frozenset(),
) -> ImportReport:
    """Reads `path`, merges it into `store` in one save (unless `dry_run`); the counts.
    `entity_labels`: the span labels of a Prodigy or doccano file read as entity edits."""
    batch = read_import(path, entity_labels)
    plan = plan_import(store, batch, articles)
    records = {"article_records": plan.article_records, "work": plan.work}
    try:
        if dry_run:
            store.check_merge(plan.annotations, plan.states, plan.tags, **records)
        else:
            store.merge(
                plan.annotations,
                plan.states,
                plan.tags,
                replace_tags=plan.replace_tags,
                **records,
            )
    except StoreInputError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    return plan.report


def _article_records(
    store: Store,
    batch: ImportBatch,
    present: dict[str, Article],
    writes: Sequence[Annotation],
    work: ImportedWork,
    refused: _Refused,
) -> dict[str, ArticleRecord]:
    """Where the file's articles, and those its work was placed on, come from: the
    workspace's dump when it holds one, else what the file says (its dump as `refused`
    lets the store record it), unless the store already recorded the article itself."""
    known = store.article_records()
    spans = (*batch.annotations, *batch.entity_edits, *writes, *work.entity_edits)
    wanted = {span.article_id for span in spans}.union(batch.states, batch.checked, batch.articles)
    records: dict[str, ArticleRecord] = {}
    for article_id in wanted:
        if article_id in present:
            records[article_id] = ArticleRecord.of(present[article_id])
        elif article_id in batch.articles and article_id not in known:
            record = batch.articles[article_id]
            records[article_id] = replace(record, source=refused.recorded(record.source))
    return records


class _Refused:
    """The file's dump paths as the store records them (`DumpNames.recorded`), and those it
    records none for: the article's record keeps its title and names no dump, and its
    work stays in the store, where the app shows it once its dump is opened (an article
    is known by its text)."""

    def __init__(self, names: DumpNames) -> None:
        self._names = names
        self._refused: set[str] = set()

    def recorded(self, written: str) -> str:
        """The dump path recorded for `written`; "" when refused (and noted)."""
        found = self._names.recorded(written)
        if found is None:
            self._refused.add(written)
            return ""
        return found

    def names(self) -> tuple[str, ...]:
        """The refused paths, as the file wrote them, sorted."""
        return tuple(sorted(self._refused))


def _work(
    store: Store,
    batch: ImportBatch,
    corrections: list[ArticleCorrection],
    known: set[str],
    corrected: Corrected,
    places: _Places,
) -> tuple[ImportedWork, int]:
    """The corrections to write (all, numbered, when the file adds any; none otherwise), the
    moves of the new ones that apply, the file's entity edits placed as annotations are and
    merged with the store's (`merged_edits`), and the checks the store lacks; and how many
    of the file's entity edits overlap others that stay (left out)."""
    new = [c for c in corrections if c.id not in known]
    mine = store.entity_edits()
    held = {edit.id for edit in mine}
    edits, replaced, left_out = merged_edits(
        mine,
        [places.of(edit)[0] for edit in batch.entity_edits if edit.id not in held],
        timed=batch.timed,
    )
    checked = store.checked()
    work = ImportedWork(
        corrections=corrections if new else (),
        moves=[corrected.moves[c.id] for c in new if c.id in corrected.moves],
        entity_edits=edits,
        replaced_edits=replaced,
        checked={key: at for key, at in batch.checked.items() if key not in checked},
    )
    return work, len(left_out)


def _placed(span: _Span, body: str) -> _Span:
    """The annotation or entity edit re-anchored in its article's current text, or flagged
    orphaned."""
    found = anchor(body, span.quote, span.prefix, span.suffix, span.start)
    if found is None:
        return replace(span, orphaned=True)
    return _placed_at(span, span.article_id, body, found.start, found.end)


def _placed_at(span: _Span, article_id: str, body: str, start: int, end: int) -> _Span:
    """The span at `start`..`end` of an article, its quote and context taken from there."""
    quote, prefix, suffix = context(body, start, end)
    return replace(
        span,
        article_id=article_id,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        orphaned=False,
    )


def _newer_states(
    current: dict[str, StateRecord], incoming: dict[str, StateRecord], *, timed: bool
) -> dict[str, StateRecord]:
    """The file's states the store lacks, or holds older ones of (`timed`: else it keeps its
    own)."""
    return {
        article_id: record
        for article_id, record in incoming.items()
        if (mine := current.get(article_id)) is None
        or (timed and mine != record and when(mine.changed) < when(record.changed))
    }


def _holds_no_work(store: Store) -> bool:
    """A store nothing was done in yet: no annotations, no states, the default tags."""
    return (
        not store.annotation_counts()
        and not store.states()
        and set(store.tags()) == set(DEFAULT_TAGS)
    )
