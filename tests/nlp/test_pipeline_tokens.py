"""The words the entity keys select are the pipeline's tokens: a span made of them is one
the spaCy export keeps (on token boundaries), and the service makes them under its lock."""

from __future__ import annotations

from reader.analysis import Entity
from reader.article import Article, Paragraph, article_id
from reader.nlp import EntityService
from reader.nlp.training import GoldArticle, docbin_bytes

BODY = "The U.S. Federal Reserve's chair spoke\n\nin New York-based talks on Monday."


def test_the_services_tokens_are_the_pipelines_without_white_space(
    model_service: EntityService,
) -> None:
    tokens = model_service.tokens(BODY)
    assert model_service.pipeline is not None
    doc = model_service.pipeline.make_doc(BODY)
    assert [BODY[s:e] for s, e in tokens] == [t.text for t in doc if not t.is_space]
    assert "U.S." in [BODY[s:e] for s, e in tokens]  # where the pattern splits U . S .


def test_a_span_of_its_tokens_is_kept_by_the_spacy_export(model_service: EntityService) -> None:
    tokens = model_service.tokens(BODY)
    texts = [BODY[s:e] for s, e in tokens]
    first, last = texts.index("U.S."), texts.index("Reserve")
    entity = Entity(tokens[first][0], tokens[last][1], "ORG")
    article = Article(article_id("t", BODY), "/d.txt", 0, "t", BODY, (Paragraph(0, len(BODY)),))
    assert model_service.pipeline is not None
    _data, misaligned = docbin_bytes(model_service.pipeline, [GoldArticle(article, (entity,))])
    assert misaligned == []


def test_the_app_router_names_each_articles_model_for_the_label_picker(tmp_path) -> None:
    """The label picker reads the labels of `model_of(article)` from its meta.json: the
    router the app runs on must have it, not only the TUI tests' fake."""
    from reader.nlp.router import ModelRouter

    router = ModelRouter("default_model", {"fr": "fr_model"}, tmp_path, use_cache=False)
    article = Article(article_id("t", BODY), "/d.txt", 0, "t", BODY, (), {"language": "fr"})
    try:
        assert router.model_of(article) == "fr_model"
    finally:
        router.close()
