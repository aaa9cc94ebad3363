"""The articles of every open dump as one list: each article once, in a stable order.

Dumps overlap (the same story pasted into two files, a dump re-saved with more
articles at the end), and articles are identified by a content hash, so the list is
keyed by `Article.id`: the first copy seen is the one shown, and every dump it came
from is remembered so the view can list them all.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from reader.article import Article, hold_compressed, share_equal_meta


@dataclass(frozen=True, slots=True)
class Added:
    """What adding a batch of articles changed: the caller's notification is built from it."""

    new: tuple[Article, ...]
    """Articles whose id was not in the library before, in the order they were added."""
    known: tuple[Article, ...]
    """Articles already in the library (possibly under another dump); not listed twice."""
    replaced: tuple[tuple[Article, Article], ...] = ()
    """(old, new): an article of a re-read dump whose text changed, now listed in the old
    one's place (its id, a hash of its text, changed with it)."""
    gone: tuple[Article, ...] = ()
    """Articles no longer listed at all (a corrected dump's articles that were broken,
    joined or retitled away): search must stop finding them."""
    left: tuple[Article, ...] = ()
    """Articles whose text just left their dump, with no edited text in their place: still
    listed until the next start (the user's work on them stays in reach), told once."""

    @property
    def count(self) -> int:
        """How many articles the list grew by: "3 new articles from dump X"."""
        return len(self.new)


class Library:
    """Every article of every open dump, deduplicated by id, in the order first seen.

    Order is stable: an article keeps its position for the whole session, and new
    articles are appended, so positions can be used as cursors. Lookups are by id
    through a dict, so it stays fast at tens of thousands of articles.
    """

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: list[Article] = []
        self._position: dict[str, int] = {}
        self._sources: dict[str, Sources] = {}
        self._by_source: dict[str, dict[str, None]] = {}
        """The ids of each dump's articles, as a dictionary's keys: a set of 10,000 took
        524 KB (its table grows fourfold), a dictionary 208 KB."""
        self._ids: list[str] | None = None
        """Every id in list order, made again only after the list changed."""
        self.revision = 0
        """Grows with every change to the list (caches of it are fresh while it holds)."""
        self.turnover = 0
        """Grows when an article leaves the list or one that left comes back, not when
        articles only join: a count kept over the listed ids is stale only then."""
        self._former: dict[str, Article] = {}
        """Articles that left the list (replaced by their edited or corrected text)."""
        self._heirs: dict[str, str] = {}
        """The id of the edited article that replaced each one (`heir`)."""
        self._left: dict[str, None] = {}
        """Ids of listed articles no longer in their dump (`Added.left`): a correction
        applied again (`replace_source`) keeps them listed as a re-read dump does."""
        self._languages: tuple[int, dict[str, frozenset[str]]] | None = None
        """The ids by language and the revision they were read at (`languages`)."""
        self._uncompacted: deque[Article] = deque()
        """Articles listed since the last `compact`."""
        self._compacting = threading.Lock()
        self._codes: set[str] = set()
        """The first two languages (`meta.language`) of the articles listed: whether rows
        name theirs (`several_languages`), known without a pass over the list."""
        self.languages_known = threading.Event()
        """Set while no listed article's language is still to come (a big dump's come after
        its articles: `languages_given`); what writes every article's `meta` waits for it."""
        self.languages_known.set()
        self.add(articles)

    def compact(self) -> None:
        """Holds the bodies of the articles listed since the last call compressed
        (`hold_compressed`) and their equal metas as one (`share_equal_meta`): for a
        worker thread once a dump is listed, before the model loads on top of it. Safe
        beside readers and `add`: values do not change."""
        with self._compacting:  # `add` only appends: the one taker never finds it empty
            chosen: list[Article] = []
            while self._uncompacted:
                chosen.append(self._uncompacted.popleft())
            hold_compressed(chosen)
            share_equal_meta(chosen)

    def add(self, articles: Iterable[Article]) -> Added:
        """Adds the articles of a new or grown dump; returns which were new.

        An article already present gains the new dump as one more source, so a
        duplicate dump changes no positions and adds nothing to the list.
        """
        new: list[Article] = []
        known: list[Article] = []
        for article in articles:
            if article.source:
                self._by_source.setdefault(article.source, {})[article.id] = None
            sources = self._sources.get(article.id)
            if sources is None:
                self._changed()
                self.turnover += article.id in self._former
                self._position[article.id] = _same_int(len(self._articles), article.index)
                self._articles.append(article)
                self._uncompacted.append(article)
                self._sources[article.id] = _held((article.source,))
                new.append(article)
                if len(self._codes) < 2 and (code := article.meta.get("language")):
                    self._codes.add(code)
                continue
            self._also_in(article.id, article.source)
            known.append(article)
        return Added(tuple(new), tuple(known))

    def replace_source(self, source: str, articles: Sequence[Article]) -> Added:
        """Puts `articles` in place of those of dump `source` (after the user broke, joined
        or retitled some of them).

        An article that stays keeps its place; new ones take the place of the first one
        that left the dump: gone, or, when another dump also holds it (it stays listed
        under that dump), right after it; else they go at the end. Broken in one dump, a
        wire story pasted in others too was listed at the end of 200 rows, away from the
        row the user broke it on. Positions after the change move. An article that stays
        listed under another dump is that dump's from now on (its row named the dump it left:
        a dump renamed while the app runs), and a dump left with no article is no longer
        among `dumps` (the filter offered it, empty). Returns the new articles and those no
        longer listed.
        """
        held = self._by_source.get(source, {})
        keep = {article.id for article in articles} | {i for i in held if i in self._left}
        gone: set[str] = set()
        places: list[int] = []
        for article_id in held:
            sources = self.sources(article_id)
            if article_id in keep:
                continue
            if sources == (source,):
                gone.add(article_id)
                places.append(self._position[article_id])
            elif source in sources:
                others = tuple(s for s in sources if s != source)
                self._sources[article_id] = _held(others)
                position = self._position[article_id]
                places.append(position + 1)
                if self._articles[position].source == source and others:
                    self._articles[position] = self._articles[position].moved(others[0])
        at = min(places, default=len(self._articles))
        dropped = tuple(
            self._articles[self._position[i]] for i in sorted(gone, key=self._position.get)
        )
        fresh: dict[str, Article] = {}
        for article in articles:
            if article.id not in self._sources and article.id not in fresh:
                fresh[article.id] = article
        self._articles[:] = [
            *(a for a in self._articles[:at] if a.id not in gone),
            *fresh.values(),
            *(a for a in self._articles[at:] if a.id not in gone),
        ]
        self._position = {article.id: place for place, article in enumerate(self._articles)}
        self._changed()
        self.turnover += bool(dropped) or any(i in self._former for i in fresh)
        self._uncompacted.extend(fresh.values())
        self._former.update((article.id, article) for article in dropped)
        for article_id in gone:
            del self._sources[article_id]
        for article_id in fresh:
            self._sources[article_id] = _held((source,))
        known = [a for a in articles if a.id not in fresh]
        for article in known:
            self._also_in(article.id, source)
        if source and keep:
            self._by_source[source] = dict.fromkeys(keep)
        else:
            self._by_source.pop(source, None)
        return Added(tuple(fresh.values()), tuple(known), gone=dropped)

    def refresh(self, source: str, articles: Sequence[Article]) -> Added:
        """A dump read again (it grew, or was edited): its articles as they now are.

        An article of this dump only that is no longer in it was edited: the new
        article that takes its place (the same title, else the same place in the
        dump) replaces it in the list, at its position. Other new articles are
        added; an article no longer in the dump and with no successor stays listed
        until the next start (`Added.left` names it once), and no later article takes
        its place: a text cut out, not edited.
        """
        incoming = {article.id for article in articles}
        for article_id in [i for i in self._left if i in incoming]:
            del self._left[article_id]  # its text is back
        gone = [
            self._articles[self._position[article_id]]
            for article_id in sorted(self._by_source.get(source, ()), key=self._position.get)
            if article_id not in incoming
            and article_id not in self._left  # cut at an earlier read: no text replaces it
            and self.sources(article_id) == (source,)
        ]
        fresh = [article for article in articles if article.id not in self._position]
        replaced = _successors(gone, fresh)
        for old, new in replaced:
            self._replace(old, new)
        taken = {new.id for _, new in replaced}
        added = self.add(article for article in articles if article.id not in taken)
        paired = {old.id for old, _ in replaced}
        left = tuple(a for a in gone if a.id not in paired)
        self._left.update(dict.fromkeys(article.id for article in left))
        return Added(added.new, added.known, tuple(replaced), left=left)

    def release(self, article_ids: Iterable[str]) -> None:
        """Lets articles that left their dump leave the list at the next `replace_source`:
        a correction's, whose text is back in the article it was cut from."""
        for article_id in article_ids:
            self._left.pop(article_id, None)

    def heir(self, article_id: str) -> Article | None:
        """The listed article that is this one edited (or that one's, ...): None when it
        is listed itself, or left the list with no text in its place. A dialog opened on
        it before its dump was edited saves there."""
        seen = {article_id}
        while article_id not in self._position:
            article_id = self._heirs.get(article_id, article_id)
            if article_id in seen:
                return None
            seen.add(article_id)
        return None if len(seen) == 1 else self._articles[self._position[article_id]]

    def listed_from(self, source: str) -> list[Article]:
        """The listed articles of one dump, in list order."""
        held = self._by_source.get(source, {})
        return [article for article in self._articles if article.id in held]

    def _replace(self, old: Article, new: Article) -> None:
        position = self._position.pop(old.id)
        self._former[old.id] = old
        self._heirs[old.id] = new.id
        self._left.pop(old.id, None)
        self._changed()
        self.turnover += 1
        self._articles[position] = new
        self._uncompacted.append(new)
        self._position[new.id] = position
        del self._sources[old.id]
        self._sources[new.id] = _held((new.source,))
        self._by_source[old.source].pop(old.id, None)
        self._by_source.setdefault(new.source, {})[new.id] = None

    def _changed(self) -> None:
        self._ids = None
        self.revision += 1

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._position

    @property
    def articles(self) -> Sequence[Article]:
        """The articles in list order (a read-only view; do not mutate)."""
        return self._articles

    def ids(self) -> list[str]:
        """Article ids in list order: the unfiltered view (a copy, the caller's to change)."""
        return list(self.id_order())

    def id_order(self) -> Sequence[str]:
        """Article ids in list order, read-only (the list kept between changes; do not
        mutate): for a pass that only reads them, a 100,000-id copy saved per filter key."""
        if self._ids is None:
            self._ids = [article.id for article in self._articles]
        return self._ids

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or None when no open dump has it."""
        position = self._position.get(article_id)
        return None if position is None else self._articles[position]

    def known(self, article_id: str) -> Article | None:
        """The article with this id, open now or earlier in the session (an edited or
        corrected dump replaced it): for a view that lists it until it is refreshed."""
        return self.get(article_id) or self._former.get(article_id)

    def position(self, article_id: str) -> int:
        """Where the article sits in the list; `KeyError` for an unknown id."""
        return self._position[article_id]

    def sources(self, article_id: str) -> tuple[str, ...]:
        """Every dump the article was found in, first seen first."""
        sources = self._sources.get(article_id, ())
        return (sources,) if isinstance(sources, str) else sources

    def _also_in(self, article_id: str, source: str) -> None:
        """Notes one more dump an open article was found in."""
        sources = self.sources(article_id)
        if source and source not in sources:
            self._sources[article_id] = (*sources, source)

    def dumps(self) -> tuple[str, ...]:
        """The dump paths seen so far, in the order they were first added."""
        return tuple(self._by_source)

    def languages(self) -> dict[str, frozenset[str]]:
        """The ids of the listed articles by their language (`meta.language`, an ISO code;
        those without one left out), most articles first: what the language filter shows.
        Read once per change of the list, so a filter applied again costs no pass."""
        if self._languages is None or self._languages[0] != self.revision:
            found: dict[str, set[str]] = {}
            for article in self._articles:
                language = article.meta.get("language")
                if language:
                    found.setdefault(language, set()).add(article.id)
            ranked = sorted(found.items(), key=lambda item: (-len(item[1]), item[0]))
            self._languages = (self.revision, {code: frozenset(ids) for code, ids in ranked})
        return self._languages[1]

    def languages_given(self, articles: Iterable[Article]) -> None:
        """Listed articles were given the language that was still to come when they were
        listed (`reader.article.settle_languages`): the language filter and the rows read
        them from now on."""
        self._languages = None
        for article in articles:
            if len(self._codes) > 1:
                return
            if code := article.meta.get("language"):
                self._codes.add(code)

    def several_languages(self) -> bool:
        """Whether the articles listed this session are in more than one language: only
        then does naming each one's language tell articles apart."""
        return len(self._codes) > 1

    def from_source(self, source: str) -> frozenset[str]:
        """Ids of the articles found in one dump (also those shown under another dump)."""
        return frozenset(self._by_source.get(source, ()))


Sources = str | tuple[str, ...]
"""The dumps an article was found in: the one path alone (nearly every article: the
article's own string, so a reference, where a list of it took 64 bytes), else a tuple."""


def _held(sources: tuple[str, ...]) -> Sources:
    """`sources` without empty paths, as held (`Sources`)."""
    kept = tuple(source for source in sources if source)
    return kept[0] if len(kept) == 1 else kept


def _successors(gone: Sequence[Article], fresh: Sequence[Article]) -> list[tuple[Article, Article]]:
    """Pairs each vanished article with the new one that took its place: the same title
    first (a body edited), else the same index in the dump (a title edited)."""
    pairs: list[tuple[Article, Article]] = []
    free = list(fresh)
    for match in (lambda a, b: a.title == b.title, lambda a, b: a.index == b.index):
        for old in gone:
            if any(old is done for done, _ in pairs):
                continue
            new = next((candidate for candidate in free if match(old, candidate)), None)
            if new is not None:
                pairs.append((old, new))
                free.remove(new)
    return pairs


def _same_int(position: int, index: int) -> int:
    """`position`, as the article's own `index` object where they are equal (a dump listed
    alone from its start): an int over 256 is an object of 28 bytes, and the library held
    one for each article beside the article's own (0.27 MB at 10,000 articles)."""
    return index if index == position else position
