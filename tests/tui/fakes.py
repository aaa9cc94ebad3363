"""An instant, deterministic entity service for Pilot and snapshot tests (no spaCy, but
for the blank pipeline `LendingService` lends)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from reader.analysis import Analysis, Entity, LanguageGap, PipelineInfo
from reader.article import Article
from reader.nlp.service import NlpError

_T = TypeVar("_T")

GAZETTEER = {
    "Pyongyang": "GPE",
    "North Korea": "GPE",
    "South Korea": "GPE",
    "Russia": "GPE",
    "Ukraine": "GPE",
    "Seoul": "GPE",
    "Iran": "GPE",
    "Moscow": "GPE",
    "Vladimir Putin": "PERSON",
    "Kim Jong Un": "PERSON",
    "Pete Hegseth": "PERSON",
    "Viktor Goremykin": "PERSON",
    "Donald Trump": "PERSON",
    "Trump": "PERSON",
    "KCNA": "ORG",
    "Korean Central News Agency": "ORG",
    "Pentagon": "ORG",
    "White House": "ORG",
    "Tuesday": "DATE",
    "Friday": "DATE",
    "Thursday": "DATE",
    "Russian": "NORP",
    "North Korean": "NORP",
    "Iranian": "NORP",
}
_PATTERN = re.compile("|".join(sorted((re.escape(k) for k in GAZETTEER), key=len, reverse=True)))


def fake_analysis(body: str, complete: bool = True) -> Analysis:
    """Entities from the gazetteer (longest match first); sentences end at '.' or a line end.

    Like the real pipeline's, sentences are trimmed and never cross a line break.
    """
    entities = tuple(
        Entity(m.start(), m.end(), GAZETTEER[m.group()])
        for m in _PATTERN.finditer(body)
        if (m.start() == 0 or not body[m.start() - 1].isalnum())
        and (m.end() == len(body) or not body[m.end()].isalnum())
    )
    sentences = tuple(m.span() for m in re.finditer(r"[^\s.][^.\n]*\.?", body))
    return Analysis(entities, sentences, complete)


def fake_info(fallback: bool = False) -> PipelineInfo:
    return PipelineInfo(
        requested="fake",
        name="fake_pipeline",
        version="1.0",
        components=("ner",),
        fallback=fallback,
        reason="no such model: fake" if fallback else None,
    )


class FakeService:
    """Analyses with the gazetteer; `gate` (if given) holds analysis back until set."""

    def __init__(
        self,
        cache: dict[str, Analysis] | None = None,
        fallback: bool = False,
        gate: threading.Event | None = None,
    ) -> None:
        self.cache = cache or {}
        self.fallback = fallback
        self.gate = gate
        self.loaded = False
        self.loads = 0
        self.analysed: list[str] = []
        self.info: PipelineInfo | None = None
        self.pipeline_language: str | None = None
        """The fake pipeline's language (None: it reads every article's)."""

    def cached(self, article: Article) -> Analysis | None:
        return self.cache.get(article.id)

    @property
    def expected_fallback(self) -> bool:
        return self.fallback

    def load(self) -> PipelineInfo:
        if self.gate is not None:
            self.gate.wait(10)
        self.loaded = True
        self.loads += 1
        self.info = fake_info(self.fallback)
        return self.info

    def language_gap(self, article: Article) -> LanguageGap | None:
        language = article.meta.get("language", "")
        if self.pipeline_language is None or language in ("", self.pipeline_language):
            return None
        return LanguageGap(language, self.pipeline_language, "fake_model")

    def analyse(self, article: Article) -> Analysis:
        self.analysed.append(article.id)
        return fake_analysis(article.body)

    def model_of(self, article: Article) -> str:
        """The fake's one model, which no meta.json describes (the label picker offers the
        English models' labels, as for a model not installed)."""
        return "fake"

    def analyse_many(
        self, articles: Sequence[Article], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Analysis]]:
        for article in articles:
            yield article, self.analyse(article)

    def analyse_progressively(
        self, article: Article, *, chunk_words: int = 2000
    ) -> Iterator[Analysis]:
        full = fake_analysis(article.body)
        half = len(article.body) // 2
        yield Analysis(tuple(e for e in full.entities if e.end <= half), (), complete=False)
        self.analysed.append(article.id)
        yield full

    def tokens(self, body: str) -> tuple[tuple[int, int], ...]:
        """The pipeline's tokens, as the real service makes them (`with_pipeline`)."""
        from reader.nlp.training import pipeline_tokens

        return self.with_pipeline(lambda nlp: pipeline_tokens(nlp, body))

    def with_pipeline(self, use: Callable[[Any], _T]) -> _T:
        """No pipeline, as the fallback's service has none (`LendingService` lends one)."""
        raise NlpError("no spaCy pipeline is loaded to tokenize with")


class LendingService(FakeService):
    """The fake analyses, lending a blank English pipeline as the app's router lends its
    default one (`ModelRouter.with_pipeline`), and counting the loans."""

    def __init__(self) -> None:
        super().__init__()
        self.loans = 0

    def with_pipeline(self, use: Callable[[Any], _T]) -> _T:
        import spacy

        self.loans += 1
        return use(spacy.blank("en"))
