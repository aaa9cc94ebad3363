"""Checked articles as a spaCy DocBin: tokens from the pipeline, every other token outside,
misaligned spans reported; a blank `ner` trains on the export; evaluation figures."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.analysis import Entity
from reader.article import Article, Paragraph, article_id
from reader.interchange.training import split_dev
from reader.nlp.evaluation import evaluate
from reader.nlp.training import GoldArticle, docbin_bytes

spacy = pytest.importorskip("spacy")

STORIES = [
    ("Marion Jones ran in Sydney on Monday.", ["Marion Jones", "Sydney"]),
    (
        "Angela Merkel visited Paris with Emmanuel Macron.",
        ["Angela Merkel", "Paris", "Emmanuel Macron"],
    ),
    ("The mayor of Leeds met Sadiq Khan in London.", ["Leeds", "Sadiq Khan", "London"]),
    ("Rain is expected all week.", []),
]
LABELS = {"Sydney": "GPE", "Paris": "GPE", "Leeds": "GPE", "London": "GPE"}


def _gold(text: str, names: list[str], number: int) -> GoldArticle:
    title = f"Story {number}"
    article = Article(
        article_id(title, text), "/d.txt", number, title, text, (Paragraph(0, len(text)),)
    )
    entities = tuple(
        Entity(text.index(name), text.index(name) + len(name), LABELS.get(name, "PERSON"))
        for name in names
    )
    return GoldArticle(article, entities)


GOLDS = [_gold(text, names, n) for n, (text, names) in enumerate(STORIES)]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def test_the_docbin_holds_every_checked_article_with_its_entities_and_outside_tokens(
    nlp, tmp_path: Path
) -> None:
    data, misaligned = docbin_bytes(nlp, GOLDS)
    path = tmp_path / "train.spacy"
    path.write_bytes(data)
    docs = list(spacy.tokens.DocBin().from_disk(path).get_docs(nlp.vocab))
    assert misaligned == []
    assert [doc.text for doc in docs] == [g.article.body for g in GOLDS]
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Marion Jones", "PERSON"),
        ("Sydney", "GPE"),
    ]
    assert docs[3].ents == () and {t.ent_iob_ for t in docs[3]} == {"O"}


def test_a_span_off_token_boundaries_is_reported_and_left_out_never_moved(nlp) -> None:
    text = "Marion Jones ran in Sydney on Monday."
    cut = GoldArticle(GOLDS[0].article, (Entity(0, 9, "PERSON"), Entity(20, 26, "GPE")))
    data, misaligned = docbin_bytes(nlp, [cut])
    (doc,) = spacy.tokens.DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert [(e.text, e.label_) for e in doc.ents] == [("Sydney", "GPE")]
    (problem,) = misaligned
    assert problem.entity == Entity(0, 9, "PERSON")
    assert "“Marion Jo”" in problem.describe() and text[:9] == "Marion Jo"
    # its tokens are missing, not O: O would teach that the name marked is no entity,
    # and a prediction there is neither right nor wrong
    assert [t.ent_iob_ for t in doc[:3]] == ["", "", "O"]
    guess = {cut.article.id: (Entity(0, 12, "PERSON"), Entity(20, 26, "GPE"))}
    scored = evaluate(nlp, "guess", [cut], guess).overall
    assert (scored.precision, scored.recall) == (1, 1)


def test_the_dev_share_is_stable_as_more_articles_are_checked() -> None:
    many = [_gold(f"Story number {n} is short.", [], n) for n in range(200)]
    train, dev = split_dev(many, 0.2)
    assert len(train) + len(dev) == 200 and 20 < len(dev) < 60
    _train, dev_more = split_dev([*many, _gold("One more story.", [], 999)], 0.2)
    assert {g.article.id for g in dev} <= {g.article.id for g in dev_more}
    with pytest.raises(ValueError):
        split_dev(many, 1.5)


def test_a_blank_ner_trains_on_the_export_and_scores_on_it(nlp, tmp_path: Path) -> None:
    """A few update steps on the exported DocBin, then spaCy's scorer on the same docs:
    the export is data spaCy trains on as it is."""
    from spacy.training import Example

    data, _ = docbin_bytes(nlp, GOLDS)
    student = spacy.blank("en")
    docs = list(spacy.tokens.DocBin().from_bytes(data).get_docs(student.vocab))
    examples = [Example(student.make_doc(doc.text), doc) for doc in docs * 3]
    student.add_pipe("ner")
    spacy.util.fix_random_seed(0)
    optimizer = student.initialize(lambda: examples)
    rng = random.Random(0)
    losses: list[float] = []
    for _ in range(15):
        rng.shuffle(examples)
        step: dict[str, float] = {}
        student.update(examples, sgd=optimizer, losses=step)
        losses.append(step["ner"])
    assert losses[-1] < losses[0] / 2
    scores = student.evaluate(examples)
    print(
        f"few-step training: loss {losses[0]:.1f} -> {losses[-1]:.1f}, "
        f"ents_f {scores['ents_f']:.3f}"
    )
    assert scores["ents_f"] > 0.5
    predicted = {
        gold.article.id: tuple(
            Entity(e.start_char, e.end_char, e.label_) for e in student(gold.article.body).ents
        )
        for gold in GOLDS
    }
    assert evaluate(nlp, "trained", GOLDS, predicted).overall.f == pytest.approx(scores["ents_f"])


def test_evaluation_gives_figures_per_label(nlp) -> None:
    predicted = {g.article.id: g.entities for g in GOLDS}
    perfect = evaluate(nlp, "oracle", GOLDS, predicted)
    assert (perfect.overall.precision, perfect.overall.recall, perfect.overall.f) == (1, 1, 1)
    assert [(s.label, s.gold) for s in perfect.labels] == [("GPE", 4), ("PERSON", 4)]
    wrong = dict(predicted)
    first = GOLDS[0]
    wrong[first.article.id] = (Entity(0, 12, "ORG"), first.entities[1])
    scored = evaluate(nlp, "one wrong", GOLDS, wrong)
    by_label = {s.label: s for s in scored.labels}
    assert by_label["PERSON"].recall == pytest.approx(3 / 4)
    assert by_label["PERSON"].precision == 1
    assert by_label["ORG"].precision == 0 and by_label["ORG"].predicted == 1
    assert scored.overall.precision == pytest.approx(7 / 8)
    assert scored.to_dict()["overall"]["f"] == pytest.approx(7 / 8, abs=1e-4)
    assert scored.table()[-1][0] == "all"


def test_a_lone_surrogate_in_a_checked_article_is_exported_and_scored_as_a_replacement(
    nlp,
) -> None:
    """spaCy's string store cannot hold a lone surrogate (a dump decoded with
    surrogateescape): the Doc gets U+FFFD in its place, one for one, so spans still fit."""
    text = "Marion Jones ran in \udcffSydney\ud800 on Monday."
    gold = _gold(text, ["Marion Jones", "Sydney"], 9)
    data, misaligned = docbin_bytes(nlp, [gold])
    [doc] = spacy.tokens.DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert misaligned == []
    assert doc.text == text.replace("\udcff", "\ufffd").replace("\ud800", "\ufffd")
    assert [e.text for e in doc.ents] == ["Marion Jones", "Sydney"]
    scored = evaluate(nlp, "oracle", [gold], {gold.article.id: gold.entities})
    assert scored.overall.f == 1


def test_a_figure_with_nothing_to_divide_by_is_undefined_not_zero(nlp) -> None:
    """A label the model never predicts has no precision, one the gold never has no
    recall, and checked articles with no entity in them and none predicted have no
    figure at all: a dash in the table and null in JSON, apart from 0 for all wrong."""
    first = GOLDS[0]
    missed = evaluate(nlp, "misses GPE", [first], {first.article.id: first.entities[:1]})
    gpe = {s.label: s for s in missed.labels}["GPE"]
    assert (gpe.precision, gpe.recall, gpe.f, gpe.predicted) == (None, 0, 0, 0)
    assert missed.table()[0] == ("GPE", "–", "0.0", "0.0", "1", "0")
    rain = GOLDS[3]
    wrong = evaluate(nlp, "sees a city", [rain], {rain.article.id: (Entity(0, 4, "GPE"),)})
    assert wrong.table()[-1] == ("all", "0.0", "–", "0.0", "0", "1")
    none = evaluate(nlp, "quiet", [rain], {})
    assert none.table() == [("all", "–", "–", "–", "0", "0")]
    assert none.to_dict()["overall"] == {
        "label": "all",
        "precision": None,
        "recall": None,
        "f": None,
        "gold": 0,
        "predicted": 0,
    }
    assert none.text().splitlines()[-1].split() == ["all", "–", "–", "–", "0", "0"]
