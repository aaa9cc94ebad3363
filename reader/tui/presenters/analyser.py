"""The entity worker's plan: cached results first, then the article on screen, its dump, the rest.

Runs in a Textual thread worker but knows nothing of Textual: it reports through
callbacks and checks a `cancelled` callable between units of work, so quitting
never waits for more than one batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from reader.analysis import Analysis, PipelineInfo
from reader.article import Article
from reader.nlp.entity_source import EntitySource

Results = list[tuple[Article, Analysis]]

BIG_ARTICLE_WORDS = 5000
"""Articles longer than this are analysed alone, in chunks, showing partial results."""
CHUNK_WORDS = 2000
BATCH = 8
"""Articles per `analyse_many` call. The model's working arrays grow with the batch and
come on top of everything the open dump holds: analysing 600 articles of the generated
dump, the most Python held at once above the model was 21.9 MB at 16 articles, 11.9 MB at
8 and at 4, for 4% more CPU at 8 and 8% at 4 (paired runs). Since the model's layers let
go of their arrays as it predicts (`reader.nlp.pipeline`), a batch of 8 peaks at 2.6 MB
traced, where it took 8.9."""
CACHE_BATCH = 64
"""Cached results are reported in groups this big, so the UI repaints a few hundred times,
not 10,000; and small enough that indexing one group's entities (on the UI thread, about
0.2 ms an article) never holds a key up for long."""


class Analyser:
    """Works through every article once, always preferring the one the user looks at."""

    def __init__(
        self,
        service: EntitySource,
        articles: Sequence[Article],
        deliver: Callable[[Results], None],
        ready: Callable[[PipelineInfo], None],
        settle: Callable[[Callable[[], bool]], None] | None = None,
    ) -> None:
        """`settle(cancelled)`, if given, is called once, before the pipeline's first load:
        it returns when the load may begin (the app's other work on a new dump has ended
        and let go of its memory, `ReaderApp._settle_before_model`), or once `cancelled()`."""
        self._service = service
        self._articles = list(articles)
        self._deliver = deliver
        self._ready = ready
        self._settle = settle
        self._wanted: Article | None = None
        self._done: set[str] = set()
        self._paused: dict[str, Iterator[Analysis]] = {}
        self._loaded = False

    def want(self, article: Article) -> None:
        """Puts `article` (and then the rest of its dump) next in line; safe from any thread."""
        self._wanted = article

    def add(self, articles: Sequence[Article]) -> None:
        """More articles to analyse (a dump arrived in the inbox); safe while `run` runs.

        The list is replaced, not changed in place, so a running pass keeps its own.
        """
        self._articles = self._articles + list(articles)

    @property
    def pending(self) -> bool:
        """Whether some article still waits for its analysis (run again if no worker runs)."""
        return any(article.id not in self._done for article in self._articles)

    def run(self, cancelled: Callable[[], bool]) -> None:
        """The worker's body: cache pass, pipeline load, then analysis until all are done.

        Running it again after `add` picks up only the new articles. The pipeline loads
        with every result cached too when it is the fallback (the fallback is cheap), so
        the user hears that the model named is missing and whose entities these are.
        """
        self._cached_pass(cancelled)
        if cancelled() or not (self.pending or self._service.expected_fallback):
            return
        if not self._loaded and self._settle is not None:
            self._settle(cancelled)
            if cancelled():
                return
        info = self._service.load()
        if not self._loaded:
            self._loaded = True
            self._ready(info)
        while not cancelled():
            batch = self._next_batch()
            if not batch:
                return
            if len(batch) == 1 and batch[0].word_count > BIG_ARTICLE_WORDS:
                self._progressive(batch[0], cancelled)
            else:
                results = list(self._service.analyse_many(batch, batch_size=BATCH))
                # The whole batch was asked for once: an article a service leaves out
                # (a pipeline that failed on it) is not asked for again in a loop.
                self._done.update(article.id for article in batch)
                self._deliver(results)

    def _cached_pass(self, cancelled: Callable[[], bool]) -> None:
        found: Results = []
        for article in self._in_order():
            if cancelled():
                return
            if article.id in self._done:
                continue
            analysis = self._service.cached(article)
            if analysis is not None and analysis.complete:
                self._done.add(article.id)
                found.append((article, analysis))
            if len(found) >= CACHE_BATCH:
                self._deliver(found)
                found = []
        if found:
            self._deliver(found)

    def _progressive(self, article: Article, cancelled: Callable[[], bool]) -> None:
        """A big article chunk by chunk; set aside, where it got to, when the user opens
        another that waits: a 2 MB article took minutes, and the one on screen waited."""
        analyses = self._paused.pop(article.id, None)
        if analyses is None:
            analyses = self._service.analyse_progressively(article, chunk_words=CHUNK_WORDS)
        for analysis in analyses:
            self._deliver([(article, analysis)])
            if cancelled():
                return
            if self._waits_behind(article):
                self._paused[article.id] = analyses
                return
        self._done.add(article.id)

    def _waits_behind(self, article: Article) -> bool:
        wanted = self._wanted
        return wanted is not None and wanted.id != article.id and wanted.id not in self._done

    def _next_batch(self) -> list[Article]:
        """The next articles to analyse: small ones together, a big one alone."""
        batch: list[Article] = []
        seen: set[str] = set()
        for article in self._in_order():
            if article.id in self._done or article.id in seen:
                continue
            if article.word_count > BIG_ARTICLE_WORDS:
                return batch or [article]
            batch.append(article)
            seen.add(article.id)
            if len(batch) == BATCH:
                break
        return batch

    def _in_order(self) -> Iterable[Article]:
        """The wanted article, the rest of its dump from there, then every other article."""
        wanted = self._wanted
        if wanted is None:
            yield from self._articles
            return
        yield wanted
        index = next((i for i, a in enumerate(self._articles) if a is wanted), 0)
        rest = self._articles[index:] + self._articles[:index]
        yield from (a for a in rest if a.source == wanted.source)
        yield from (a for a in rest if a.source != wanted.source)
