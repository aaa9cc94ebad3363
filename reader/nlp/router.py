"""One entity service per pipeline, chosen per article by its language.

A dump can mix languages; `[models]` in `reader.toml` (`fr = "fr_core_news_sm"`)
says which pipeline reads which language, as named by an article's
`meta["language"]`. Articles of other or unknown languages use the default
pipeline. The router offers the `EntityService` calls the TUI and CLI use, and
creates (and loads) a language's service only when one of its articles comes up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader.analysis import Analysis, LanguageGap, PipelineInfo
from reader.article import Article
from reader.nlp.models import language_of, model_for, read_meta
from reader.nlp.segments import Cuts
from reader.nlp.service import EntityService

if TYPE_CHECKING:
    from spacy.language import Language

_T = TypeVar("_T")


class ModelRouter:
    """Routes each article to the service of its language's pipeline (thread-safe as they are)."""

    def __init__(
        self,
        default_model: str,
        by_language: Mapping[str, str] | None = None,
        cache_dir: Path | None = None,
        *,
        use_cache: bool = True,
    ) -> None:
        self.model = default_model
        self.by_language = {k.casefold(): v for k, v in (by_language or {}).items()}
        self._cache_dir = cache_dir
        self._use_cache = use_cache
        self._services: dict[str, EntityService] = {}
        self._languages: dict[str, str] = {}
        self._lock = threading.Lock()
        self.default = self._service(default_model)

    @property
    def info(self) -> PipelineInfo | None:
        """The default pipeline, or None until loaded."""
        return self.default.info

    @property
    def expected_fallback(self) -> bool:
        """Whether the default pipeline will be the fallback (see `EntityService`)."""
        return self.default.expected_fallback

    @property
    def cache_problem(self) -> str | None:
        """The first cache problem any service met."""
        return next((s.cache_problem for s in self._services.values() if s.cache_problem), None)

    @property
    def cuts(self) -> Cuts:
        """Paragraph-rule cuts over every service."""
        total = Cuts()
        for service in self._services.values():
            total.add(service.cuts)
        return total

    def model_of(self, article: Article) -> str:
        """The pipeline name that reads `article`."""
        return model_for(language_of(article.meta), self.by_language, self.model)

    def service_for(self, article: Article) -> EntityService:
        """The service of the article's pipeline (created on first use)."""
        return self._service(self.model_of(article))

    def language_gap(self, article: Article) -> LanguageGap | None:
        """The article's language and its pipeline's, when they differ (see `LanguageGap`).

        None for an article of unknown language, a pipeline whose language its meta.json
        does not say (a missing model: the fallback's warning covers it) or one made for
        many (`xx`). Reads each pipeline's meta.json once, never loading it.
        """
        language = language_of(article.meta)
        if not language:
            return None
        model = self.model_of(article)
        pipeline = self._languages.get(model)
        if pipeline is None:
            meta = read_meta(model) or {}
            pipeline = self._languages[model] = str(meta.get("lang", "")).casefold()
        if pipeline in ("", "xx", language):
            return None
        return LanguageGap(language, pipeline, model)

    def loaded(self) -> list[PipelineInfo]:
        """The pipelines loaded so far, default first."""
        with self._lock:
            services = list(self._services.values())
        return [s.info for s in services if s.info is not None]

    def load(self) -> PipelineInfo:
        """Loads the default pipeline (others load when their articles come)."""
        return self.default.load()

    def tokens(self, body: str) -> tuple[tuple[int, int], ...]:
        """The default pipeline's tokens of `body` (`EntityService.tokens`): the entity keys'
        words, cut as `reader export -f spacy` cuts every article, by the default model."""
        return self.default.tokens(body)

    def with_pipeline(self, use: Callable[[Language], _T]) -> _T:
        """`use` of the default pipeline under its lock (`EntityService.with_pipeline`): the
        export dialog's training data, tokenized by the model `reader export -f spacy` takes."""
        return self.default.with_pipeline(use)

    def cached(self, article: Article) -> Analysis | None:
        """The cached analysis of `article` under its pipeline; never imports spaCy."""
        return self.service_for(article).cached(article)

    def analyse(self, article: Article) -> Analysis:
        """Entities and sentences of one article, by its language's pipeline."""
        return self.service_for(article).analyse(article)

    def analyse_many(
        self, articles: Sequence[Article], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Analysis]]:
        """Analyses articles pipeline by pipeline (default first), each as it finishes."""
        by_model: dict[str, list[Article]] = {self.model: []}
        for article in articles:
            by_model.setdefault(self.model_of(article), []).append(article)
        for model, group in by_model.items():
            if group:
                yield from self._service(model).analyse_many(
                    group, n_process=n_process, batch_size=batch_size
                )

    def analyse_progressively(
        self, article: Article, *, chunk_words: int = 2000
    ) -> Iterator[Analysis]:
        """Partial analyses of a big article by its pipeline, the last one complete."""
        return self.service_for(article).analyse_progressively(article, chunk_words=chunk_words)

    def close(self) -> None:
        """Releases every service's cache file."""
        for service in self._services.values():
            service.close()

    def _service(self, model: str) -> EntityService:
        with self._lock:
            service = self._services.get(model)
            if service is None:
                service = EntityService(model, self._cache_dir, use_cache=self._use_cache)
                self._services[model] = service
            return service
