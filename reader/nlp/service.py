"""Named entities and sentence ranges for article bodies: exact, fast, cached, never fatal.

This is the NLP layer the TUI and CLI code against. Importing it is cheap: spaCy is
imported by `EntityService.load()` (in a worker thread in the TUI), and cache
lookups never import it, so text shows first and highlights follow. Offsets are
Python str indices into `Article.body`: `body[e.start:e.end]` is the entity text.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader.analysis import Analysis, Entity, PipelineInfo, pipeline_identity
from reader.article import Article
from reader.errors import ReaderError
from reader.nlp.cache import EntityCache, text_key
from reader.nlp.glossary import LabelStyle, label_style
from reader.nlp.models import BUNDLED_MODEL, default_model, model_fingerprint, read_meta
from reader.nlp.rules import RULES_VERSION
from reader.nlp.segments import Cuts, Found, Window, chunks, confine, paragraph_ranges, windows

if TYPE_CHECKING:
    from spacy.language import Language

    from reader.workspace import Workspace

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "Analysis",
    "Entity",
    "EntityService",
    "LabelStyle",
    "NlpError",
    "PipelineInfo",
    "label_style",
    "resolve_model_name",
]

DEFAULT_MODEL = BUNDLED_MODEL
"""The pipeline the reader installs itself (en_core_web_sm 3.8.0, no download)."""
MODEL_ENV = "READER_MODEL"
"""Environment variable naming the spaCy pipeline, below `--model` in precedence."""
_FALLBACK_IDENTITY = f"fallback:rules@{RULES_VERSION}"
_CACHE_FLUSH = 32
"""Results written to the cache per transaction while a batch streams."""
_SINGLE_BLAS_THREAD = "OPENBLAS_NUM_THREADS"
_T = TypeVar("_T")


class NlpError(ReaderError):
    """spaCy itself is unusable (a missing model is not an error: it falls back)."""


def resolve_model_name(cli_value: str | None, workspace: Workspace | None) -> str:
    """The model to use: `--model`, then $READER_MODEL, then reader.toml `model`, then
    the official en_core_web_lg/md/sm when installed, then the bundled copy."""
    for candidate in (
        cli_value,
        os.environ.get(MODEL_ENV),
        workspace.setting("model") if workspace is not None else None,
    ):
        if candidate and candidate.strip():
            return candidate.strip()
    return default_model()


class EntityService:
    """Thread-safe. Construct cheaply on the UI thread; load() in a worker thread.

    Services asking for the same model share one loaded pipeline (loaded once per
    process) and the lock that serialises its use. The lock is held per batch, so
    `analyse` of the article on screen slips in between the batches of an
    `analyse_many` running in another thread.
    """

    def __init__(
        self, model: str = DEFAULT_MODEL, cache_dir: Path | None = None, *, use_cache: bool = True
    ) -> None:
        self.model = model
        self._cache = EntityCache(cache_dir) if use_cache and cache_dir is not None else None
        self._load_lock = threading.Lock()
        self._nlp_lock: threading.Lock | None = None
        self._nlp: Language | None = None
        self._info: PipelineInfo | None = None
        self._expected_identity: str | None = None
        self.cuts = Cuts()
        """How often the paragraph rule cut or dropped what the model found, so far."""

    @property
    def info(self) -> PipelineInfo | None:
        """The pipeline in use, or None until `load()` has run."""
        return self._info

    @property
    def expected_fallback(self) -> bool:
        """Whether `load()` gives the fallback pipeline (the model is not installed), known
        from its meta.json without spaCy: results cached under the fallback are served for
        a model the user named, who must still hear it is missing."""
        return self._identity() == _FALLBACK_IDENTITY

    @property
    def pipeline(self) -> Language | None:
        """The loaded spaCy `Language` (None until loaded): for checks against spaCy itself."""
        return self._nlp

    @property
    def cache_problem(self) -> str | None:
        """Why the cache was rebuilt or turned off (one line), if it was."""
        return self._cache.problem if self._cache is not None else None

    def load(self) -> PipelineInfo:
        """Imports spaCy and loads the model (or the fallback); later calls return at once."""
        with self._load_lock:
            if self._info is None:
                if "numpy" not in sys.modules:
                    # The small CNN models run about 25% faster on one BLAS thread (extra
                    # threads only spin), and it leaves the other core to the UI.
                    os.environ.setdefault(_SINGLE_BLAS_THREAD, "1")
                try:
                    from reader.nlp import pipeline as nlp_pipeline
                except ImportError as exc:
                    raise NlpError(f"spaCy cannot be imported ({exc})") from exc
                self._nlp, self._info, self._nlp_lock = nlp_pipeline.shared(self.model)
            return self._info

    def tokens(self, body: str) -> tuple[tuple[int, int], ...]:
        """The pipeline's tokens of `body` (`training.pipeline_tokens`): call from a worker
        thread (`with_pipeline`)."""
        from reader.nlp.training import pipeline_tokens

        return self.with_pipeline(lambda nlp: pipeline_tokens(nlp, body))

    def with_pipeline(self, use: Callable[[Language], _T]) -> _T:
        """`use(pipeline)`, loaded first, under the lock that serialises its use (a spaCy
        pipeline is not safe in two threads at once): from a worker thread, which waits for
        an analysis batch to end; NlpError when there is no pipeline (the fallback)."""
        self.load()
        if self._nlp is None or self._nlp_lock is None:
            raise NlpError("no spaCy pipeline is loaded to tokenize with")
        with self._nlp_lock:
            return use(self._nlp)

    def cached(self, article: Article) -> Analysis | None:
        """The cached analysis of `article`, or None; never imports spaCy."""
        if self._cache is None:
            return None
        return self._cache.get(self._identity(), text_key(article))

    def analyse(self, article: Article) -> Analysis:
        """Entities and sentences of one article (from the cache when it has them)."""
        return next(self.analyse_progressively(article, chunk_words=sys.maxsize))

    def analyse_many(
        self, articles: Sequence[Article], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Analysis]]:
        """Analyses many articles: cached ones first (no NLP), then the rest, as they finish.

        The rest are batched through `nlp.pipe`, one body (or window) per doc; with
        `n_process` > 1 they are spread over that many processes (for big dumps).
        """
        keys = [text_key(article) for article in articles]
        hits = self._cache.get_many(self._identity(), keys) if self._cache is not None else {}
        todo: list[tuple[int, list[Window]]] = []
        for index, (article, key) in enumerate(zip(articles, keys, strict=True)):
            if key in hits:
                yield article, hits[key]
                continue
            article_windows = windows(article)
            if article_windows:
                todo.append((index, article_windows))
            else:
                yield article, Analysis((), ())
        if todo:
            yield from self._analyse_todo(articles, keys, todo, n_process, batch_size)

    def analyse_progressively(
        self, article: Article, *, chunk_words: int = 2000
    ) -> Iterator[Analysis]:
        """For big articles: cumulative partial results per group of windows.

        Windows are grouped to about `chunk_words` words; each partial result has
        `complete=False`; the last one is complete and cached. The results do not
        depend on `chunk_words`: the windows are the same as `analyse_many`'s.
        """
        cached = self.cached(article)
        if cached is not None:
            yield cached
            return
        ranges = paragraph_ranges(article)
        groups = list(chunks(windows(article), chunk_words))
        entities: list[Entity] = []
        sentences: list[tuple[int, int]] = []
        for number, group in enumerate(groups, 1):
            found, bounds = self._run_one(ranges, group)
            entities.extend(found)
            sentences.extend(bounds)
            if number < len(groups):
                yield Analysis(tuple(entities), tuple(sentences), complete=False)
        analysis = Analysis(tuple(entities), tuple(sentences))
        if groups and self._cache is not None:
            self._cache.put(self._identity(), text_key(article), analysis)
        yield analysis

    def close(self) -> None:
        """Releases the cache file."""
        if self._cache is not None:
            self._cache.close()

    def _run_one(
        self, ranges: list[tuple[int, int]], group: list[Window]
    ) -> tuple[list[Entity], list[tuple[int, int]]]:
        from reader.nlp import pipeline as nlp_pipeline

        self.load()
        for _tag, results in nlp_pipeline.run(self._nlp, [(0, group)], 16, self._nlp_lock):
            return self._confined(ranges, results)
        return [], []

    def _confined(
        self, ranges: list[tuple[int, int]], results: Found
    ) -> tuple[list[Entity], list[tuple[int, int]]]:
        """What the model found, cut to paragraphs; the cuts are counted in `self.cuts`."""
        found, bounds, cuts = confine(ranges, *results)
        self.cuts.add(cuts)
        return [Entity(*e) for e in found], bounds

    def _analyse_todo(
        self,
        articles: Sequence[Article],
        keys: list[bytes],
        todo: list[tuple[int, list[Window]]],
        n_process: int,
        batch_size: int,
    ) -> Iterator[tuple[Article, Analysis]]:
        from reader.nlp import pipeline as nlp_pipeline

        info = self.load()
        if n_process > 1 and len(todo) > 1:
            results = nlp_pipeline.run_parallel(self._nlp, info, todo, n_process, batch_size)
        else:
            results = nlp_pipeline.run(self._nlp, todo, batch_size, self._nlp_lock)
        unsaved: list[tuple[bytes, Analysis]] = []
        try:
            for index, raw in results:
                found, bounds = self._confined(paragraph_ranges(articles[index]), raw)
                analysis = Analysis(tuple(found), tuple(bounds))
                unsaved.append((keys[index], analysis))
                if len(unsaved) >= _CACHE_FLUSH:
                    self._save(unsaved)
                yield articles[index], analysis
        finally:
            self._save(unsaved)

    def _save(self, unsaved: list[tuple[bytes, Analysis]]) -> None:
        if self._cache is not None and unsaved:
            self._cache.put_many(self._identity(), unsaved)
        unsaved.clear()

    def _identity(self) -> str:
        """What results are cached under: the loaded pipeline's, else the expected one."""
        if self._info is not None:
            return self._info.identity
        if self._expected_identity is None:
            self._expected_identity = expected_identity(self.model)
        return self._expected_identity


def expected_identity(model: str) -> str:
    """The identity `load()` will report, read from the model's meta.json without spaCy.

    A model that cannot be found this way is expected to fall back; a model that is
    found but then fails to load serves its earlier cached results until loaded.
    """
    meta = read_meta(model)
    if meta is None:
        return _FALLBACK_IDENTITY
    name = f"{meta.get('lang', '')}_{meta.get('name', model)}"
    return pipeline_identity(name, str(meta.get("version", "")), model_fingerprint(model))
