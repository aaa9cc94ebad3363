"""Counts over a workspace's dumps: states, tags and entity labels, for `reader stats`;
and the series the stats screen and `reader stats --plot` draw (`charts`).

Pure: the caller loads the dumps, reads the store and supplies whatever entity
analyses it has; articles without one are counted, not analysed, so the numbers
come fast and say how complete they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import PurePath

from reader.article import Article
from reader.library.articles import Library
from reader.library.dates import meta_date
from reader.library.entity_index import EntityIndex, LabelCount
from reader.library.triage import Progress, count_states
from reader.store import Annotation, ArticleState


@dataclass(frozen=True, slots=True)
class TagCount:
    """How much one tag is used among the counted articles."""

    name: str
    annotations: int
    articles: int


@dataclass(frozen=True, slots=True)
class WorkspaceStats:
    """Everything `reader stats` prints, in one value (also its `--json` form)."""

    dumps: tuple[str, ...]
    articles: int
    shared: int
    """Articles found in more than one dump (each counted once in `articles`)."""
    progress: Progress
    tags: tuple[TagCount, ...]
    labels: tuple[LabelCount, ...]
    analysed: int
    """Articles whose entities were available (cached or analysed, or checked by the user)."""
    model: str
    corrected: int
    """Articles whose entities are counted as the user corrected them (edited or checked)."""
    checked: int
    """Of those, the articles whose entities the user checked (theirs alone are counted)."""
    stories: Progress | None = None
    """The triage as the list's header counts it, each story once in its state (the
    decision set last on any version); None: no article has another version."""

    @property
    def unanalysed(self) -> int:
        """Articles with no entity results: missing from the entity label counts."""
        return self.articles - self.analysed

    def to_dict(self) -> dict[str, object]:
        """The `--json` document."""
        return {
            "dumps": list(self.dumps),
            "articles": self.articles,
            "shared": self.shared,
            "states": dict(self.progress.counts),
            "triaged": self.progress.triaged,
            "stories": self._stories_dict(),
            "tags": {
                t.name: {"annotations": t.annotations, "articles": t.articles} for t in self.tags
            },
            "entities": {
                "model": self.model,
                "analysed": self.analysed,
                "unanalysed": self.unanalysed,
                "corrected": self.corrected,
                "checked": self.checked,
                "labels": {
                    c.label: {"mentions": c.mentions, "articles": c.articles} for c in self.labels
                },
            },
        }

    def _stories_dict(self) -> dict[str, object]:
        """The header's count: each story once (an article with no other version is one)."""
        stories = self.stories or self.progress
        return {
            "total": stories.total,
            "states": dict(stories.counts),
            "triaged": stories.triaged,
        }


def collect(
    library: Library,
    states: Mapping[str, ArticleState],
    annotations: Iterable[Annotation],
    tag_names: Iterable[str],
    entities: EntityIndex,
    model: str,
    corrected: Collection[str],
    checked: Collection[str],
    stories: Progress | None = None,
) -> WorkspaceStats:
    """Counts over the library's articles only: store data about other articles is ignored.
    `entities` holds the corrected entities of the articles in `corrected` (ids of the
    articles the user edited or checked the entities of), and `checked` those checked;
    `stories` the progress counted by story (`Triage.story_progress`), when any article
    has another version."""
    ids = library.ids()
    return WorkspaceStats(
        dumps=library.dumps(),
        articles=len(ids),
        shared=sum(1 for article_id in ids if len(library.sources(article_id)) > 1),
        progress=count_states(ids, states),
        tags=_tag_counts(library, annotations, tag_names),
        labels=tuple(entities.labels()),
        analysed=sum(1 for article_id in ids if article_id in entities),
        model=model,
        corrected=sum(1 for article_id in corrected if article_id in library),
        checked=sum(1 for article_id in checked if article_id in library),
        stories=stories,
    )


def _tag_counts(
    library: Library, annotations: Iterable[Annotation], tag_names: Iterable[str]
) -> tuple[TagCount, ...]:
    """Every tag of the store (unused ones with zeros), most used first, then by name."""
    uses: dict[str, int] = dict.fromkeys(tag_names, 0)
    articles: dict[str, set[str]] = {name: set() for name in uses}
    for annotation in annotations:
        if annotation.article_id not in library:
            continue
        for tag in annotation.tags:
            uses[tag] = uses.get(tag, 0) + 1
            articles.setdefault(tag, set()).add(annotation.article_id)
    counts = [TagCount(name, uses[name], len(articles[name])) for name in uses]
    counts.sort(key=lambda c: (-c.annotations, c.name.casefold()))
    return tuple(counts)


# -- pictures: the series the stats screen and `reader stats --plot` draw -----------------

NUMBER_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
"""Entity labels of values, not names: left out of the top entities."""
KEPT_STATES = frozenset({"kept", "starred"})
"""What "what you kept" means: articles kept or starred."""
TOP_ENTITIES = 10


@dataclass(frozen=True, slots=True)
class Series:
    """Counts under labels, in order (dumps, days, tags, entities): one chart's data."""

    labels: tuple[str, ...]
    values: tuple[int, ...]

    def tail(self, n: int) -> Series:
        """The last `n` points (the latest days)."""
        return Series(self.labels[-n:], self.values[-n:]) if n < len(self.labels) else self

    def to_dict(self) -> dict[str, int]:
        """Label -> count, in order."""
        return dict(zip(self.labels, self.values, strict=True))


@dataclass(frozen=True, slots=True)
class Charts:
    """Where you stand, as series to draw: what came in, what you did, what you kept."""

    per_dump: Series
    """Articles per dump (file name); an article in two dumps counts in both."""
    per_day: Series
    """Articles per day of their own date (`meta.updated`, `published`, `date` …, read as
    the list's date sort reads them)."""
    undated: int
    """Articles whose date is missing or does not read as a whole date."""
    total: int
    triaged_per_day: Series
    """Per day of work: articles first triaged (left `new`) that day."""
    progress: Series
    """Per day of work: articles triaged by the end of that day (of `total`)."""
    annotations_per_day: Series
    """Per day of work: annotations made that day (those still in the store)."""
    tags: Series
    """Annotations per tag, most used first (unused tags left out)."""
    kept_entities: Series
    """The entities (names, not values) in most of the kept or starred articles."""

    def to_dict(self) -> dict[str, object]:
        """The `charts` part of `reader stats --json`."""
        return {
            "articles_per_dump": self.per_dump.to_dict(),
            "articles_per_day": self.per_day.to_dict(),
            "undated": self.undated,
            "triaged_per_day": self.triaged_per_day.to_dict(),
            "progress": self.progress.to_dict(),
            "annotations_per_day": self.annotations_per_day.to_dict(),
            "tags": self.tags.to_dict(),
            "kept_entities": self.kept_entities.to_dict(),
        }


def charts(
    library: Library,
    states: Mapping[str, ArticleState],
    first_triaged: Mapping[str, str],
    annotations: Iterable[Annotation],
    entities: EntityIndex,
    tz: tzinfo | None = None,
    days: Mapping[str, str | None] | None = None,
) -> Charts:
    """The series over the library's articles; times are shown as days in `tz` (default:
    the machine's time zone). `first_triaged` is `Store.first_triaged()`; `days` are
    `article_days` of the library when already read (the TUI reads them in a thread)."""
    ids = library.ids()
    triaged = [
        first_triaged[a] for a in ids if states.get(a, "new") != "new" and a in first_triaged
    ]
    made = [a.created for a in annotations if a.article_id in library]
    triaged_days = Counter(_day(at, tz) for at in triaged)
    made_days = Counter(_day(at, tz) for at in made)
    work_days = sorted(set(triaged_days) | set(made_days))
    running = 0
    progress = []
    for day in work_days:
        running += triaged_days[day]
        progress.append(running)
    days = article_days(library) if days is None else days
    dated = Counter(day for a in ids if (day := days.get(a)) is not None)
    kept = [a for a in ids if states.get(a) in KEPT_STATES]
    top = entities.top(kept, TOP_ENTITIES, NUMBER_LABELS)
    tags = Counter(tag for a in annotations if a.article_id in library for tag in a.tags)
    return Charts(
        per_dump=_series(_dump_counts(library), keep_order=True),
        per_day=_series(sorted(dated.items()), keep_order=True),
        undated=len(ids) - sum(dated.values()),
        total=len(ids),
        triaged_per_day=Series(tuple(work_days), tuple(triaged_days[d] for d in work_days)),
        progress=Series(tuple(work_days), tuple(progress)),
        annotations_per_day=Series(tuple(work_days), tuple(made_days[d] for d in work_days)),
        tags=_series(tags.items()),
        kept_entities=Series(tuple(v.text for v in top), tuple(v.articles for v in top)),
    )


def count_ticks(top: int, most: int = 6) -> list[int]:
    """Whole-number axis ticks from 0 to at least `top` (counts have no halves): at most
    `most` of them, 1, 2 or 5 times a power of ten apart."""
    if top <= 0:
        return [0, 1]
    power = 1
    while True:
        for step in (power, 2 * power, 5 * power):
            if -(-top // step) <= most - 1:
                return list(range(0, -(-top // step) * step + 1, step))
        power *= 10


def article_days(articles: Iterable[Article]) -> dict[str, str | None]:
    """Each article's own date (`article_day`), by id."""
    return {article.id: article_day(article.meta) for article in articles}


def article_day(meta: Mapping[str, str]) -> str | None:
    """The article's own date as `YYYY-MM-DD`, read as the list's date sort reads it
    (`reader.library.dates`), or None when no field names a whole date (a day without a
    year is not placed here: a chart must not guess)."""
    found = meta_date(meta, yearless=False)
    return None if found is None else found.date().isoformat()


def _dump_counts(library: Library) -> list[tuple[str, int]]:
    """Articles per dump in the library's order, each named by its file name (its whole
    path when two dumps share a name)."""
    dumps = library.dumps()
    names = Counter(PurePath(dump).name for dump in dumps)
    return [
        (PurePath(d).name if names[PurePath(d).name] == 1 else d, len(library.from_source(d)))
        for d in dumps
    ]


def _series(items: Iterable[tuple[str, int]], *, keep_order: bool = False) -> Series:
    pairs = list(items)
    if not keep_order:
        pairs.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
    return Series(tuple(label for label, _ in pairs), tuple(value for _, value in pairs))


def _day(iso: str, tz: tzinfo | None) -> str:
    """The calendar day of a stored time (ISO 8601, UTC) in `tz`."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).date().isoformat()


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Months as days are said under a chart, in English as the rest of the app is
(strftime's `%b` would follow the user's locale)."""


def said_days(days: tuple[str, ...]) -> tuple[str, ...]:
    """ISO days as a user says them under a chart, "7 Dec" ("7 Dec 2025" when they span
    more than one year): "12-07" could be the 12th of July. Other text stays as it is."""
    years = len({day[:4] for day in days}) > 1
    return tuple(_said_day(day, years) for day in days)


def _said_day(iso: str, year: bool) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    said = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{said} {day.year}" if year else said
