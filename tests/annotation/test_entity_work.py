"""The user's entity work read once for many articles: what `reader stats` and `reader
entities` count is what the app shows (the model's entities with the user's edits, a
checked article's own alone)."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import Analysis, Entity
from reader.annotation.entity_work import NO_ENTITY_WORK, EntityWork
from reader.store import Store

BODY = "Marion Jones ran in Sydney on Monday for the United States."


def _at(text: str, label: str) -> Entity:
    start = BODY.index(text)
    return Entity(start, start + len(text), label)


PREDICTED = Analysis((_at("Marion Jones", "PERSON"), _at("Sydney", "ORG")), ((0, len(BODY)),))


def test_an_articles_edits_correct_its_predictions_and_its_sentences_stay(tmp_path: Path) -> None:
    with Store(tmp_path / "reader.json") as store:
        for text, label in (("Sydney", "GPE"), ("Monday", "DATE")):
            entity = _at(text, label)
            store.set_entity("a1", BODY, entity.start, entity.end, label)
        work = EntityWork.of(store)
    corrected = work.analysis("a1", PREDICTED)
    assert corrected is not None
    assert corrected.entities == (
        _at("Marion Jones", "PERSON"),
        _at("Sydney", "GPE"),
        _at("Monday", "DATE"),
    )
    assert corrected.sentences == PREDICTED.sentences
    assert work.touched("a1") and not work.touched("a2")
    assert work.analysis("a2", PREDICTED) is PREDICTED


def test_a_checked_article_is_its_checked_entities_alone_even_unanalysed(tmp_path: Path) -> None:
    with Store(tmp_path / "reader.json") as store:
        store.check_entities("a1", BODY, [_at("United States", "GPE")])
        work = EntityWork.of(store)
    assert work.checked == {"a1"}
    for predicted in (PREDICTED, None):
        found = work.analysis("a1", predicted)
        assert found is not None and found.entities == (_at("United States", "GPE"),)
    assert work.analysis("a2", None) is None


def test_no_work_leaves_the_models_entities() -> None:
    assert NO_ENTITY_WORK.analysis("a1", PREDICTED) is PREDICTED
    assert NO_ENTITY_WORK.analysis("a1", None) is None
