"""Which of the user's work an export carries, and the join of store and dumps behind it.

By default an export holds every article the user touched: those with annotations,
a triage state (one the format has a place for, see `Selection.chosen_by`) or entity
work (corrections of its entities, a check; only in a format that carries the work or
the spans, see `Selection.entity_work`), whether or not
their dump is present (an absent one is named by the title and dump the store
recorded when it was last open), and the corrections of the reading (breaks, welds,
retitles) of the dumps it covers. `--state` picks by state (so `--state new` can list
untouched articles of the dumps present; with `--stories`, by the state the list shows: a
version's story's, see `Selection.shown`), `--tag` keeps
only annotations carrying one of the tags, and a source filter drops articles whose
dump is not among those given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from reader.annotation.entity_work import EntityWork
from reader.article import Article
from reader.interchange.exporters.records import AnnotationDoc, Export, ExportArticle
from reader.store import STATES, ArticleRecord, ArticleState, StateRecord, Store, source_key
from reader.store.records import ArticleCorrection
from reader.store.runs import DocumentRun

DECIDED: frozenset[ArticleState] = frozenset({"starred", "kept", "discarded"})
"""The states the user sets to say what an article is worth (a tool format's decision);
not `read`, which the app sets when an article is opened (or the user, to mark it seen)
and which says nothing of its worth, nor `new` (an article set back to unread keeps a
record of it, with the day it was first triaged)."""


@dataclass(frozen=True, slots=True)
class Selection:
    """The filters of one export; empty sets mean "no filter"."""

    tags: frozenset[str] = frozenset()
    states: frozenset[ArticleState] = frozenset()
    include_absent: bool = True
    """False when the user named dumps: articles outside them (or without one) are left out."""
    entity_work: bool = True
    """Whether an article whose only work is on its entities (edits, a check: no annotation,
    no triage state) is chosen. The json format carries that work, and jsonl and doccano
    with `--with-entities` the spans it corrected (for one building NER data the article
    is annotated); a format holding neither would write it as an unannotated article,
    noise to one exporting passages (`for_format`)."""

    chosen_by: frozenset[ArticleState] = frozenset(STATES)
    """The triage states whose record chooses an article holding nothing else (no annotation, no
    entity work chosen): those the format has a place for (`for_format`). An article only
    read, in a format without a place for `read`, was a task with nothing marked and no
    decision: Prodigy's `ignore`, a doccano example and a brat document still to annotate,
    none of which the user made. Asked for by `states`, an article is chosen whatever it
    holds."""

    shown: Mapping[str, ArticleState] = field(default_factory=dict)
    """The articles the list shows in another state than their own, and that state: a
    version's story's (`Triage.story_states`, with `--stories`). `states` picks by it, so
    `--state kept --stories` gives every version of a story the list shows kept, where the
    versions' own states gave only the one the user kept."""

    def for_format(self, work: bool, entities: bool, states: frozenset[ArticleState]) -> Selection:
        """This selection for a format that carries the entity work (`work`), or the
        entity spans (`entities`, asked for and held by the format), or neither, and has a
        place for the triage `states`."""
        return replace(self, entity_work=work or entities, chosen_by=states)


def export_time() -> str:
    """The `exported` stamp: ISO 8601 UTC with milliseconds, like the store's own times."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def collect(
    store: Store,
    articles: Iterable[Article],
    selection: Selection | None = None,
    *,
    with_text: bool = False,
    exported: str | None = None,
    root: Path | None = None,
    release: bool = False,
    cache_dir: Path | None = None,
) -> Export:
    """Reads the store once and joins it to the articles present, applying `selection`.

    With the workspace's `root`, sources inside it are written relative to it (an export
    stays valid when the workspace moves or is shared); others stay as they are. With
    `release`, a read-only store opened for this export alone hands its annotations over
    rather than copying them (see `Store.annotation_documents`); it holds none after.
    With the workspace's `cache_dir`, formats keep there what the next export can reuse.
    """
    selection = selection or Selection()
    by_article = _tagged(store.annotation_documents(release=release), selection.tags)
    states = store.states()
    records = store.article_records()
    work = EntityWork.of(store)
    present: dict[str, Article] = {}
    for article in articles:
        present.setdefault(article.id, article)
    candidates = list(present)
    relative = RelativeSources(root) if root is not None else None
    if selection.include_absent:
        known = set(by_article).union(states, work.articles()).difference(present)
        candidates.extend(sorted(known))
    chosen = []
    unopened: set[str] = set()
    on_disk: dict[str, bool] = {}
    for article_id in candidates:
        record = states.get(article_id)
        found = by_article.get(article_id, ())
        article = present.get(article_id)
        if article is None and _left_behind(record, found, work.touched(article_id)):
            continue
        shown = selection.shown.get(article_id)
        if _wanted(selection, record, bool(found), work.touched(article_id), shown):
            remembered = None if article is not None else records.get(article_id)
            joined = _joined(article_id, article, remembered, record, found, relative)
            chosen.append(_with_entity_work(joined, work))
            if remembered is not None and joined.source and _on_disk(remembered, on_disk):
                unopened.add(joined.source)
    return Export(
        exported=exported or export_time(),
        tags=tuple(store.tags()),
        articles=tuple(chosen),
        with_text=with_text,
        cache_dir=cache_dir,
        corrections=_corrections(store, selection, present.values(), relative),
        dumps_read=frozenset(
            relative(article.source) if relative is not None else article.source
            for article in present.values()
        ),
        dumps_unopened=frozenset(unopened),
    )


def _on_disk(record: ArticleRecord, known: dict[str, bool]) -> bool:
    """Whether the dump the store recorded an article not present in is a file where it
    recorded it (not open, not gone); asked once per dump (`known`)."""
    found = known.get(record.source)
    if found is None:
        # os.path.isfile: a name the system refuses (too long) is no file, not an error
        found = known[record.source] = bool(record.source) and os.path.isfile(record.source)  # noqa: PTH113
    return found


def _with_entity_work(article: ExportArticle, work: EntityWork) -> ExportArticle:
    """The exported article with its entity work (itself when it has none)."""
    if not work.touched(article.id):
        return article
    edits = work.edits.get(article.id, ())
    return replace(article, entity_edits=edits, checked=work.checked_at.get(article.id))


def _corrections(
    store: Store,
    selection: Selection,
    articles: Iterable[Article],
    relative: RelativeSources | None,
) -> tuple[ArticleCorrection, ...]:
    """The store's corrections in the order they apply, those of the dumps named only when
    the user named dumps, each dump's path written as the articles' are."""
    found = store.article_corrections()
    if not selection.include_absent:
        named = {source_key(article.source) for article in articles}
        found = [c for c in found if c.source in named]
    if relative is None:
        return tuple(found)
    return tuple(replace(c, source=relative(c.source)) for c in found)


def _relative_to(source: str, resolved_root: Path) -> str:
    """A dump's path relative to the workspace (POSIX slashes) when it is inside it."""
    path = Path(source)
    if not path.is_absolute():
        return source
    try:
        return path.relative_to(resolved_root).as_posix()
    except ValueError:
        return source


class RelativeSources:
    """Dump paths made relative to the workspace for one export: the root resolved once (a
    resolve per article was a tenth of exporting 2,000 articles), each path worked out once."""

    def __init__(self, root: Path) -> None:
        self._root = root.resolve()
        self._done: dict[str, str] = {}

    def __call__(self, source: str) -> str:
        """The dump's path as an export writes it (see `collect`)."""
        found = self._done.get(source)
        if found is None:
            found = self._done[source] = _relative_to(source, self._root)
        return found


def _tagged(
    by_article: dict[str, Sequence[AnnotationDoc]], tags: frozenset[str]
) -> dict[str, Sequence[AnnotationDoc]]:
    """The annotations carrying one of `tags` (all when there are none), by article."""
    if not tags:
        return by_article
    kept = {
        article_id: [doc for doc in docs if tags.intersection(doc["tags"])]
        for article_id, docs in by_article.items()
    }
    return {article_id: docs for article_id, docs in kept.items() if docs}


def _wanted(
    selection: Selection,
    record: StateRecord | None,
    annotated: bool,
    entity_work: bool,
    shown: ArticleState | None = None,
) -> bool:
    """Whether the export carries an article: `shown` is the state the list shows it in
    when that is not its own (its story's), which `--state` picks by."""
    state = record.state if record is not None else "new"
    if selection.states and (shown or state) not in selection.states:
        return False
    if selection.tags:
        return annotated
    touched = entity_work and selection.entity_work
    chosen = record is not None and state in selection.chosen_by
    return annotated or chosen or touched or bool(selection.states)


def _left_behind(record: StateRecord | None, annotated: Sequence[object], touched: bool) -> bool:
    """Whether an article not in the dumps read holds nothing worth exporting: a state of
    `new` and no other work is what an article edited on disk leaves behind when its star
    goes to the article that replaced it (`Store.pass_on_states` keeps the day it was first
    triaged there); exported, it was a row of an absent article nobody touched."""
    return record is not None and record.state == "new" and not annotated and not touched


def _joined(
    article_id: str,
    article: Article | None,
    remembered: ArticleRecord | None,
    record: StateRecord | None,
    annotations: Sequence[AnnotationDoc],
    relative: RelativeSources | None,
) -> ExportArticle:
    named = article or remembered
    source = None if named is None else named.source
    if relative is not None and source is not None:
        source = relative(source)
    return ExportArticle(
        id=article_id,
        title=None if named is None else named.title,
        source=source,
        meta={} if article is None else dict(article.meta),
        state=record.state if record is not None else "new",
        state_changed=None if record is None else record.changed,
        body=None if article is None else article.body,
        annotations=annotations if isinstance(annotations, DocumentRun) else tuple(annotations),
    )
