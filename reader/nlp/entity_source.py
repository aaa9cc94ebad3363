"""What the app's screens and entity worker ask of the entity service, named in one place.

The app is handed a `reader.nlp.router.ModelRouter`; the tests hand it fakes. The screens
once looked for the router's abilities by `getattr`, and a key passed its tests with a
fake that had a method the router did not (`tokens`, `with_pipeline`) and did nothing in
the app. Typed by this protocol, a screen calls what every service has, and
`tests/tui/test_entity_source.py` holds the router and every fake to it, member by member
and signature by signature. Importing it imports neither spaCy nor the service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from reader.analysis import Analysis, LanguageGap, PipelineInfo
from reader.article import Article

if TYPE_CHECKING:
    from spacy.language import Language

_T = TypeVar("_T")


class EntitySource(Protocol):
    """The part of `ModelRouter` the UI uses: each member a screen or the entity worker
    calls (tests give a fake one)."""

    @property
    def expected_fallback(self) -> bool:
        """Whether `load` will give the fallback pipeline (cheap: no load), so the user
        hears a model is missing before any analysis."""
        ...

    def cached(self, article: Article) -> Analysis | None:
        """A cached analysis without importing spaCy: the opened article's entities at once."""
        ...

    def load(self) -> PipelineInfo:
        """Loads the pipeline (slow: from a worker thread)."""
        ...

    def language_gap(self, article: Article) -> LanguageGap | None:
        """Whether the article's pipeline was made for another language (cheap: no load),
        which the legend and a notification tell."""
        ...

    def model_of(self, article: Article) -> str:
        """The pipeline that reads `article`, whose meta.json names the labels the label
        picker offers (no pipeline loaded)."""
        ...

    def analyse_many(
        self, articles: Sequence[Article], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Analysis]]:
        """Analyses articles in batches, each as it finishes (the worker, `V`, the export)."""
        ...

    def analyse_progressively(
        self, article: Article, *, chunk_words: int = 2000
    ) -> Iterator[Analysis]:
        """Partial analyses of a big article, the last one complete: it shows as it goes."""
        ...

    def tokens(self, body: str) -> tuple[tuple[int, int], ...]:
        """The pipeline's tokens of `body`, which the entity keys' words snap to (from a
        worker thread); NlpError with no pipeline (the fallback)."""
        ...

    def with_pipeline(self, use: Callable[[Language], _T]) -> _T:
        """`use(pipeline)` under the lock that serialises its use (from a worker thread):
        `V` and the training export tokenize with the model's own tokenizer; NlpError with
        no pipeline (the fallback)."""
        ...
