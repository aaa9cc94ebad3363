"""Without a usable model the app still highlights the obvious kinds, and says why."""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import Analysis
from reader.article import Article
from reader.dumps.load import split_text
from reader.nlp import DEFAULT_MODEL, EntityService
from reader.nlp import pipeline as nlp_pipeline
from tests.conftest import article_from_paragraphs
from tests.dumps.dump_strategies import DUMP_TEXT

_ARTICLE = article_from_paragraphs(
    [
        "WASHINGTON, March 6 - President Joe Biden said on Tuesday that prices rose 2.1% "
        "and the deal was worth $4.2 billion.",
        "About 15,000 people in Berlin heard it at 6 p.m. on the first day.",
    ]
)


_FALLBACK = EntityService("no_such_model_xyz", use_cache=False)


@pytest.fixture
def uninstalled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default model as if it were not installed (nothing loaded in this process yet)."""

    def missing(name: str, *args: object, **kwargs: object) -> None:
        raise OSError(f"[E050] Can't find model '{name}'. It doesn't seem to be a Python package.")

    monkeypatch.setattr(nlp_pipeline, "_loaded", {})
    monkeypatch.setattr(spacy, "load", missing)


def test_a_model_that_does_not_exist_falls_back_and_says_so() -> None:
    service = EntityService("no_such_model_xyz", use_cache=False)
    info = service.load()
    assert info.fallback
    assert info.requested == "no_such_model_xyz"
    assert info.name == "fallback:rules"
    assert info.components == ("sentencizer", "reader_entity_rules")
    assert info.reason == 'spaCy model "no_such_model_xyz" is not installed'


@pytest.mark.usefixtures("uninstalled")
def test_the_default_model_uninstalled_still_gives_entities_and_sentences() -> None:
    service = EntityService(DEFAULT_MODEL, use_cache=False)
    assert service.load().fallback
    analysis = service.analyse(_ARTICLE)
    found = {(_ARTICLE.body[e.start : e.end], e.label) for e in analysis.entities}
    assert {
        ("March 6", "DATE"),
        ("Joe Biden", "PERSON"),
        ("Tuesday", "DATE"),
        ("2.1%", "PERCENT"),
        ("$4.2 billion", "MONEY"),
        ("15,000", "CARDINAL"),
        ("Berlin", "GPE"),
        ("6 p.m.", "TIME"),
        ("first", "ORDINAL"),
    } <= found
    assert len(analysis.sentences) == 2
    for start, end in analysis.sentences:
        assert not _ARTICLE.body[start:end].count("\n")


def test_a_broken_model_gives_a_one_line_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str, *args: object, **kwargs: object) -> None:
        raise ValueError("[E949] Unable to align tokens\n  with a long explanation")

    monkeypatch.setattr(spacy, "load", broken)
    info = EntityService("broken_model", use_cache=False).load()
    assert info.fallback
    assert info.reason == (
        'spaCy model "broken_model" cannot be loaded: [E949] Unable to align tokens'
    )


def test_a_model_without_an_entity_recognizer_falls_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spacy, "load", lambda name, *a, **k: spacy.blank("en"))
    info = EntityService("tagger_only_model", use_cache=False).load()
    assert info.fallback
    assert info.reason == 'spaCy model "tagger_only_model" has no entity recognizer'


def test_fallback_results_are_cached_apart_from_the_model(tmp_path: Path) -> None:
    fallback = EntityService("no_such_model_xyz", tmp_path)
    analysis = fallback.analyse(_ARTICLE)
    assert EntityService("another_missing_model", tmp_path).cached(_ARTICLE) == analysis
    assert EntityService(DEFAULT_MODEL, tmp_path).cached(_ARTICLE) is None


def test_the_fallback_runs_in_two_processes() -> None:
    service = EntityService("no_such_model_xyz", use_cache=False)
    articles = [_ARTICLE, article_from_paragraphs(["On Monday 3 people paid $5."])] * 3
    assert list(service.analyse_many(articles, n_process=2)) == list(service.analyse_many(articles))


def test_two_processes_are_sent_the_models_batches_not_single_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A task per article paid the model's per-batch cost and a round trip each: two
    processes spent a quarter more CPU than one, bounding their speed-up."""
    tasks: list[object] = []

    class Counted(ProcessPoolExecutor):
        def submit(self, *args: Any, **kwargs: Any) -> Future[Any]:
            tasks.append(args)
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(nlp_pipeline, "ProcessPoolExecutor", Counted)
    service = EntityService("no_such_model_xyz", use_cache=False)
    articles = [article_from_paragraphs([f"Paris paid ${n}."]) for n in range(40)]
    two = list(service.analyse_many(articles, n_process=2, batch_size=16))
    assert two == list(service.analyse_many(articles))
    assert len(tasks) == 3


_PIECES = ["Paris", " May 3, 2024", " $5 ", "Angela Merkel", "\n", "\r\n", " ", ". ", "\x1b[31m"]
_WEIRD = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=6), st.characters(codec="utf-8")),
    max_size=16,
).map("".join)


def _check(article: Article, analysis: Analysis) -> None:
    for e in analysis.entities:
        assert 0 <= e.start < e.end <= len(article.body)
        text = article.body[e.start : e.end]
        assert text and not text.isspace()  # the model's span, unchanged, even on junk
        assert any(p.start <= e.start and e.end <= p.end for p in article.paragraphs)
    end = 0
    for start, stop in analysis.sentences:
        assert end <= start < stop
        assert any(p.start <= start and stop <= p.end for p in article.paragraphs)
        end = stop


@settings(max_examples=60, deadline=None)
@given(st.lists(_WEIRD, max_size=5))
def test_any_text_gives_well_formed_results_with_the_fallback(paragraphs: list[str]) -> None:
    article = article_from_paragraphs(paragraphs)
    _check(article, _FALLBACK.analyse(article))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WEIRD, max_size=4))
def test_any_text_gives_well_formed_results_with_the_model(
    model_service: EntityService, paragraphs: list[str]
) -> None:
    article = article_from_paragraphs(paragraphs)
    _check(article, model_service.analyse(article))


@settings(max_examples=60, deadline=None)
@given(DUMP_TEXT)
def test_entities_of_any_split_dump_index_its_bodies_with_the_fallback(text: str) -> None:
    for article in split_text(text, "fuzz"):
        _check(article, _FALLBACK.analyse(article))


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(DUMP_TEXT)
def test_entities_of_any_split_dump_index_its_bodies_with_the_model(
    model_service: EntityService, text: str
) -> None:
    for article in split_text(text, "fuzz"):
        _check(article, model_service.analyse(article))
