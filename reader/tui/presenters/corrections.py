"""The open dumps as the user corrected them: new breaks, joins and retitles, undo, inbox.

`reader.annotation.corrections` decides what a correction is and does; this keeps,
for the session, each dump's articles as split (so the store's corrections can be
applied again after an undo, a redo or a grown dump) and puts the corrected articles
in the list in place of the ones they replace.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.annotation.carried_work import carry_between
from reader.annotation.corrections import Corrected, apply_corrections, record, text_is_back
from reader.annotation.dump_moves import describe_moves, follow_moved_dumps
from reader.article import Article
from reader.library.triage import Triage
from reader.store.records import ArticleCorrection, source_key


@dataclass(frozen=True, slots=True)
class Resynced:
    """What applying the store's corrections again changed."""

    new: tuple[Article, ...]
    """Articles now listed that were not before."""
    stale: tuple[ArticleCorrection, ...]
    """Corrections of the open dumps that no longer apply (told to the user)."""
    gone: tuple[Article, ...] = ()
    """Articles listed before that are not now."""

    @property
    def changed(self) -> bool:
        """Whether the list changed: a redone weld whose joined article another dump lists
        already takes its parts out and lists none new (the list kept them)."""
        return bool(self.new or self.gone)


@dataclass(frozen=True, slots=True)
class Followed:
    """Dumps found renamed or moved (`follow_moved_dumps`): what to tell, and which paths
    the list still holds articles under."""

    lines: tuple[str, ...]
    """One line per dump for the user."""
    listed: tuple[str, ...]
    """The old paths of those listed in this session: the list drops them once the dump's
    articles are listed under its new path (`Triage.replace_source`)."""


@dataclass(frozen=True, slots=True)
class Arrived:
    """A dump that arrived, grew or was edited, as corrected."""

    articles: tuple[Article, ...]
    undone: tuple[ArticleCorrection, ...]
    """Corrections its text no longer holds that the text before did: an edit on disk undid
    them, which the user is told once, not again each time the dump grows."""
    dropped: tuple[Article, ...]
    """Articles those corrections had made, listed until now, whose text is back in the
    articles they were cut from (`text_is_back`). One whose text the edit took out of the
    dump stays listed until the next start, as the library keeps any such."""
    followed: Followed | None = None
    """The dumps found renamed to this one, whose work now follows it (told)."""


class DumpCorrections:
    """Each open dump's articles as split and as corrected, for one session."""

    def __init__(self, triage: Triage, split: Iterable[Article] | None = None) -> None:
        """`split`: the articles as the splitter made them (default: those the library
        holds, when it was built without corrections)."""
        self._triage = triage
        self._shown: dict[str, list[Article]] = {}
        for article in triage.library.articles:
            self._shown.setdefault(article.source, []).append(article)
        self._split = dict(self._shown)
        if split is not None:
            self._split = {}
            for article in split:
                self._split.setdefault(article.source, []).append(article)
        self._moved: dict[str, str] = {}
        """Dumps listed under a path they were renamed from while the app ran -> the path
        they are at now: their listed articles keep the old path, their work the new."""
        self._stale: tuple[ArticleCorrection, ...] = ()
        self._synced: tuple[ArticleCorrection, ...] | None = None
        """The corrections the shown articles were last made from (None: not known), so
        an undo that touched none (a state, an annotation) costs no pass over the dumps."""
        if not self._wanted():  # no correction: the articles shown are the split ones
            self._synced = ()

    def dump_of(self, article: Article) -> list[Article]:
        """The articles of `article`'s dump as now shown, in dump order (for one listed from
        a dump since renamed, those of the dump at its new path)."""
        source = self._moved.get(article.source, article.source)
        return self._shown.get(source, [])

    def make(self, draft: ArticleCorrection, article: Article) -> tuple[tuple[str, ...], Resynced]:
        """Stores a new correction of `article`'s dump (one undo step) and lists its result:
        the ids of the articles it made, and what the list gained.

        `CorrectionError` or a store error when it cannot be made; nothing changes then.
        """
        dump = self.dump_of(article)
        if dump and dump[0].source != article.source:  # its dump was renamed: the new path
            draft = replace(draft, source=source_key(dump[0].source))
        change = record(self._triage.store, dump, draft)
        return change.after, self.resync()

    def add_split(self, articles: Sequence[Article]) -> Arrived:
        """Takes the articles of a dump that arrived, grew or was edited, as split; returns
        them as corrected, with what an edit on disk undid (see `Arrived`)."""
        followed = self.follow(articles)
        sources = {article.source for article in articles}
        before = [a for source in sources for a in self._split.get(source, ())]
        shown = [a for source in sources for a in self._shown.get(source, ())]
        for source in sources:
            self._split[source] = [a for a in articles if a.source == source]
        corrected = self._corrected(articles)
        for source in sources:
            self._shown[source] = [a for a in corrected.articles if a.source == source]
        self._synced = None
        if not corrected.stale:  # the common case: no second pass over the old text
            return Arrived(tuple(corrected.articles), (), (), followed)
        told = {c.id for c in self._corrected(before).stale}
        kept = {a.id for a in before} | {a.id for a in corrected.articles}
        return Arrived(
            tuple(corrected.articles),
            tuple(c for c in corrected.stale if c.id not in told),
            tuple(a for a in shown if a.id not in kept and text_is_back(a, corrected.articles)),
            followed,
        )

    def follow(self, articles: Sequence[Article]) -> Followed:
        """Moves the work of a dump renamed or moved (in `seeds/` while the app runs, or a
        big one streamed in) to the dump of `articles` it now is (`follow_moved_dumps`);
        what to tell the user, and the old paths the list holds. Each dump's path is made
        absolute once, not once an article: a big dump's last batch waited some 5 ms for
        10,000 calls of `source_key` on one path before its notice (docs/performance.md,
        fill38)."""
        moves = follow_moved_dumps(self._triage.store, articles)
        keys = {source: source_key(source) for source in {a.source for a in articles}}
        now = {keys[article.source]: article.source for article in articles}
        listed = tuple(source for source in self._split if source_key(source) in moves)
        for source in listed:
            self._moved[source] = now[moves[source_key(source)]]
            del self._split[source]
            self._shown.pop(source, None)
        return Followed(tuple(describe_moves(moves)), listed)

    def add_streamed(self, source: str, articles: Sequence[Article]) -> None:
        """Takes a big dump's articles as split and as listed, once it has streamed in
        whole (the list shows them as the splitter sent them, batch by batch): `resync` then
        applies the store's corrections of that dump, and B, W and T find its articles."""
        self._split[source] = list(articles)
        self._shown[source] = list(articles)

    def resync(self) -> Resynced:
        """Applies the store's corrections again (after a change, an undo or a redo) and
        replaces the articles of every dump whose corrected articles changed, their marks
        carried at their own text (`carry_between`); nothing to do when the store's
        corrections of the open dumps are those last applied."""
        wanted = self._wanted()
        if wanted == self._synced:
            return Resynced((), self._stale)
        result = apply_corrections([a for dump in self._split.values() for a in dump], wanted)
        self._synced, self._stale = wanted, result.stale
        new: list[Article] = []
        gone: list[Article] = []
        for source in self._split:
            articles = [a for a in result.articles if a.source == source]
            shown = self._shown.get(source, [])
            if [a.id for a in articles] == [a.id for a in shown]:
                continue
            carry_between(self._triage.store, shown, articles)
            self._shown[source] = articles
            added = self._triage.replace_source(source, articles)
            new.extend(added.new)
            gone.extend(added.gone)
        return Resynced(tuple(new), result.stale, tuple(gone))

    def stale(self) -> tuple[ArticleCorrection, ...]:
        """The corrections of the open dumps that no longer apply."""
        return self._corrected([a for dump in self._split.values() for a in dump]).stale

    def _corrected(self, articles: Sequence[Article]) -> Corrected:
        sources = {source_key(source) for source in {article.source for article in articles}}
        wanted = [c for c in self._triage.store.article_corrections() if c.source in sources]
        return apply_corrections(articles, wanted)

    def _wanted(self) -> tuple[ArticleCorrection, ...]:
        """The store's corrections of the open dumps, in the store's order."""
        sources = {source_key(source) for source in self._split}
        return tuple(c for c in self._triage.store.article_corrections() if c.source in sources)
