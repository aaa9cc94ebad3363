"""Re-anchoring: the user's annotations follow their text when a dump changes.

An article's id is a hash of its text, so an edited or re-split article comes back
under a new id and its annotations' offsets may point at other text. Each pass looks
for every annotation's quote (`reader.annotation.anchoring.anchor`) in the open
articles, then hands the store one batch of placements; what cannot be found is
kept as an orphan, never dropped. Only the dumps that are open are touched. The
user's entity corrections (`EntityEdit`) are anchored the same way and follow too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from reader.annotation.anchoring import Anchor, AnchorReport, anchor, context_match
from reader.article import Article
from reader.errors import ReaderError
from reader.store import Annotation, ArticleRecord, Placement, Store, source_key
from reader.store.records import EntityEdit

Anchored = Annotation | EntityEdit
"""What re-anchoring moves: annotations, and the user's entity corrections."""


class Quoted(Protocol):
    """What finding a passage again needs: its text, the text around it, where it was (an
    annotation, an entity correction, a passage a dialog was opened on)."""

    @property
    def quote(self) -> str:
        """The passage's text when it was chosen."""

    @property
    def prefix(self) -> str:
        """The text just before it then."""

    @property
    def suffix(self) -> str:
        """The text just after it then."""

    @property
    def start(self) -> int:
        """Where it began then: of several places holding it, the nearest wins."""


def reanchor(
    store: Store,
    articles: Sequence[Article],
    *,
    adopt_from: Mapping[str, Sequence[Article]] | None = None,
    heirs: Mapping[str, Article] | None = None,
) -> AnchorReport:
    """Moves each open article's annotations to where their quote is in its current text.

    `adopt_from` maps ids that vanished to the articles their annotations may move to
    (the open articles of their dump, see `reanchor_open`), and each moves to whichever
    of those holds its quote (verbatim, or between its own context), counted as moved.
    Every candidate is searched for every such annotation, so keep the candidates few.
    `heirs` maps some of those ids to the article that is the vanished one edited: a
    passage none holds as it was is looked for there approximately too, as in an article
    whose text is unchanged, since there it is no other article's text.
    Not an undo step; one save.
    """
    counts: Counter[str] = Counter()
    placements: list[Placement] = []
    edits: list[Placement] = []
    with store.exclusive():
        for article in articles:
            for note in store.annotations(article.id):
                found = anchor(article.body, note.quote, note.prefix, note.suffix, note.start)
                placements.append(_placement(note, article, found))
                counts[found.method if found else "orphaned"] += 1
        known = {article.id for article in articles}
        for old_id, candidates in (adopt_from or {}).items():
            if old_id in known:
                continue
            for note in store.annotations(old_id):
                placement, outcome = _adopt(note, candidates, (heirs or {}).get(old_id))
                placements.append(placement)
                counts[outcome] += 1
        for article in articles:
            for edit in store.entity_edits(article.id):
                found = anchor(article.body, edit.quote, edit.prefix, edit.suffix, edit.start)
                edits.append(_placement(edit, article, found))
        for old_id, candidates in (adopt_from or {}).items():
            if old_id not in known:
                heir = (heirs or {}).get(old_id)
                edits.extend(
                    _adopt(edit, candidates, heir)[0] for edit in store.entity_edits(old_id)
                )
        store.place(placements)
        store.place_entity_edits(edits)
    return AnchorReport(**counts)


def _adopt(
    note: Anchored, candidates: Sequence[Article], heir: Article | None
) -> tuple[Placement, str]:
    """Where a passage of a vanished article goes (see `home_of`)."""
    best = home_of(note, candidates, heir)
    if best is None:
        return Placement(note.id), "orphaned"
    article, found = best
    return _placement(note, article, found), "fuzzy" if found.method == "fuzzy" else "moved"


def best_home(note: Quoted, candidates: Sequence[Article]) -> tuple[Article, Anchor] | None:
    """The candidate that holds a passage's quote (with the most of its stored context, then
    the first), and where: the home of a passage whose article is gone from its dump, when
    the dump changed or an import brings it from a workspace that split it otherwise."""
    best: tuple[Article, Anchor] | None = None
    best_rank = (-1.0, -1)
    for article in candidates:
        found = anchor(
            article.body, note.quote, note.prefix, note.suffix, note.start, approximate=False
        )
        if found is None:
            continue
        rank = (found.score, context_match(article.body, found, note.prefix, note.suffix))
        if rank > best_rank:
            best, best_rank = (article, found), rank
    return best


def home_of(
    note: Quoted, candidates: Sequence[Article], heir: Article | None
) -> tuple[Article, Anchor] | None:
    """Where a passage of an article gone from its dump goes: `heir`, the article's own
    text edited (the article of its dump with its title), when it still holds the passage;
    else the candidate holding it (`best_home`); else where it is approximately in `heir`,
    as in an article whose text did not change; never approximately in another article.

    The heir comes first even where another article holds the quote amid more of its old
    context: an edit beside a short passage (a name) spoils the context in its own article,
    and another article of a wire dump often has the same words around the same name."""
    if heir is not None:
        found = anchor(
            heir.body, note.quote, note.prefix, note.suffix, note.start, approximate=False
        )
        if found is not None:
            return heir, found
    best = best_home(note, [article for article in candidates if article is not heir])
    if best is None and heir is not None:
        found = anchor(heir.body, note.quote, note.prefix, note.suffix, note.start)
        best = None if found is None else (heir, found)
    return best


def heir_of(record: ArticleRecord, candidates: Sequence[Article]) -> Article | None:
    """The article among `candidates` that is the recorded one edited: the one with its
    title (none when several have it)."""
    titled = [article for article in candidates if article.title == record.title]
    return titled[0] if len(titled) == 1 else None


def _placement(note: Anchored, article: Article, found: Anchor | None) -> Placement:
    if found is None:
        return Placement(note.id)
    return Placement(note.id, article, found.start, found.end)


def reanchor_open(
    store: Store, articles: Sequence[Article], successors: Mapping[str, Article] | None = None
) -> AnchorReport:
    """Places the annotations of the articles now open in their current text.

    First the store records which dump each open annotated article is in. An
    annotated article that vanished from its dump while that dump is open was
    edited or re-split (its id is a hash of its text): its annotations move to the
    open article of the same dump that holds their quote, or are flagged as orphans.
    Annotations of articles whose dump is not open, or whose dump the store never
    recorded, are left as they are: nothing happened to their text, and looking for
    them in every open article would cost annotations × articles at each start.
    `successors` (old id -> the article that replaced it, when the app saw a dump
    edited) are looked in first, so a quote found there too stays with its article.
    A vanished article's triage state goes to its successor too (`carry_states`); a
    check of its entities does not, and is told instead (`edited_checks`).
    """
    store.remember(articles)
    by_source = _by_source(articles)
    open_ids = {article.id for article in articles}
    records = store.article_records()
    return _carried_over(store, articles, records, by_source, open_ids, successors or {})


def place_edited(store: Store, articles: Sequence[Article]) -> AnchorReport:
    """What `reanchor_open` does at the app's start, for a command that reads the store
    (`reader export`, `reader stats`): the work of each recorded article gone from its open
    dump (edited on disk) goes to the article that replaced it, states and passages as the
    app moves them. The articles present keep theirs untouched (an id is its text's hash:
    their text is as it was), so a workspace whose dumps did not change costs one look at
    the records. On a read-only store the moves hold in memory only, for this command."""
    by_source = _by_source(articles)
    open_ids = {article.id for article in articles}
    vanished = store.article_records(by_source, besides=open_ids)
    if not vanished:
        return AnchorReport()
    return _carried_over(store, [], vanished, by_source, open_ids, {})


def _carried_over(
    store: Store,
    shown: Sequence[Article],
    records: Mapping[str, ArticleRecord],
    by_source: Mapping[str, list[Article]],
    open_ids: set[str],
    successors: Mapping[str, Article],
) -> AnchorReport:
    """The work of each recorded article gone from its open dump, carried to that dump's
    articles now: its state to its successor (`carry_states`), its annotations to the
    article that holds their quote (`successors` looked in first, then the one with its
    title), its check told as undone (`edited_checks`); `shown`'s own annotations are
    placed in their text. What `reanchor_open` does at the app's start and `place_edited`
    for a command."""
    carried = carry_states(store, records, by_source, open_ids)
    anchored = store.anchored_article_ids()
    adopt_from: dict[str, list[Article]] = {}
    heirs: dict[str, Article] = {}
    for article_id, record in records.items():
        candidates = by_source.get(source_key(record.source))
        if article_id in open_ids or article_id not in anchored or candidates is None:
            continue
        successor = successors.get(article_id)
        if successor is not None:
            candidates = [successor, *(a for a in candidates if a is not successor)]
        adopt_from[article_id] = candidates
        heir = successor or heir_of(record, candidates)
        if heir is not None:
            heirs[article_id] = heir
    report = reanchor(store, shown, adopt_from=adopt_from, heirs=heirs)
    rechecks = edited_checks(store.checked(), records, by_source, open_ids)
    return replace(report, states=carried, rechecks=rechecks)


def carry_states(
    store: Store,
    records: Mapping[str, ArticleRecord],
    by_source: Mapping[str, Sequence[Article]],
    open_ids: set[str],
) -> int:
    """Moves the state of each vanished article of an open dump to the article that
    replaced it (the same title: its body was edited, as the app pairs them while it
    runs), so a star set before a dump was edited with the app closed is found again.

    An heir with a state of its own keeps it; the old id is left `new` (its first
    triage kept), so the state moves once, and the undo steps that set it act on the heir
    (`Store.pass_on_states`). Only recorded articles are looked at, never every state
    (100,000 states cost 0.2 s to read). Not an undo step (the user did nothing); none on
    a read-only store. Returns how many states were carried.
    """
    moves: dict[str, str] = {}
    taken: set[str] = set()
    for article_id, record in records.items():
        state = store.state(article_id) if article_id not in open_ids else "new"
        if state == "new":
            continue
        heir = next(
            (
                article
                for article in _titled(record, by_source)
                if article.id not in taken and store.state(article.id) == "new"
            ),
            None,
        )
        if heir is not None:
            taken.add(heir.id)
            moves[article_id] = heir.id
    try:
        store.pass_on_states(moves)
    except ReaderError:
        return 0
    return len(moves)


def edited_checks(
    checked: Mapping[str, str],
    records: Mapping[str, ArticleRecord],
    by_source: Mapping[str, Sequence[Article]],
    open_ids: set[str],
) -> int:
    """How many vanished articles of open dumps had their entities checked while the
    article that replaced them (the same title) has not: a check says the entities of that
    text are all there are, and an edit may have added a name, so it is never carried; the
    user is told instead, at each start, until the new text is checked."""
    return sum(
        1
        for article_id in checked
        if article_id not in open_ids
        and (record := records.get(article_id)) is not None
        and (heirs := _titled(record, by_source))
        and not any(heir.id in checked for heir in heirs)
    )


def _titled(record: ArticleRecord, by_source: Mapping[str, Sequence[Article]]) -> list[Article]:
    """The open articles of a record's dump with its title: what may have replaced it."""
    return [
        article
        for article in by_source.get(source_key(record.source), ())
        if article.title == record.title
    ]


def _by_source(articles: Sequence[Article]) -> dict[str, list[Article]]:
    """The open articles grouped by dump, keyed as the store's records compare dumps."""
    keys: dict[str, str] = {}
    grouped: dict[str, list[Article]] = {}
    for article in articles:
        key = keys.get(article.source)
        if key is None:
            key = keys[article.source] = source_key(article.source)
        grouped.setdefault(key, []).append(article)
    return grouped


def describe_reanchoring(report: AnchorReport) -> str | None:
    """One line for the user when re-anchoring changed anything worth knowing."""
    parts = []
    if moved := report.moved + report.fuzzy:
        parts.append(f"{moved} annotation{'' if moved == 1 else 's'} followed edited text")
    if report.orphaned:
        count = report.orphaned
        parts.append(
            f"{count} could not be placed and {'is' if count == 1 else 'are'} listed as orphans"
        )
    if report.states:
        noun = "article keeps its" if report.states == 1 else "articles keep their"
        parts.append(f"{report.states} edited {noun} triage state")
    if report.rechecks:
        count = report.rechecks
        told = (
            "article was edited: check its" if count == 1 else "articles were edited: check their"
        )
        parts.append(f"{count} checked {told} entities again (i, then c)")
    return "; ".join(parts) or None
