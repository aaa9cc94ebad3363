"""How good a model is on the user's own news: precision, recall and F per entity label.

A model's predictions are scored against the checked articles with spaCy's scorer,
on the same tokens `reader export -f spacy` writes. Predictions come from
`EntityService` (one paragraph per doc), as the reader shows them. spaCy is
imported by `evaluate`, never at import time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.analysis import Entity
from reader.nlp.training import GoldArticle, gold_doc
from reader.text.counted import counted
from reader.text.safe import visible, without_surrogates

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


HEADERS = ("label", "P", "R", "F", "gold", "predicted")
"""The table's columns: figures in percent, counts of spans."""

UNDEFINED = "–"
"""The table's cell for a figure with nothing to divide by (JSON writes `null`), so a
label the model never predicted reads apart from one whose every guess was wrong."""


@dataclass(frozen=True, slots=True)
class LabelScore:
    """One label's figures (0–1); `gold` and `predicted` are span counts.

    A figure is None where it is undefined, as scikit-learn's `zero_division=nan` has
    it: precision with nothing predicted, recall with nothing in the gold, F with
    neither. spaCy's scorer writes 0 there, which a user reads as "all wrong".
    """

    label: str
    precision: float | None
    recall: float | None
    f: float | None
    gold: int
    predicted: int


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A model's figures over the checked articles: overall (micro) and per label."""

    model: str
    articles: int
    overall: LabelScore
    labels: tuple[LabelScore, ...]

    def to_dict(self) -> dict[str, object]:
        """The JSON form of `reader evaluate --json`."""
        return {
            "model": self.model,
            "articles": self.articles,
            "overall": _score_dict(self.overall),
            "labels": [_score_dict(score) for score in self.labels],
        }

    def table(self) -> list[tuple[str, str, str, str, str, str]]:
        """Rows of text (label, P, R, F, gold, predicted), the overall row last."""
        return [_row(score) for score in (*self.labels, self.overall)]

    def text(self) -> str:
        """The figures as a plain-text table (what `reader evaluate` prints)."""
        rows = [HEADERS, *self.table()]
        widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
        lines = [f"{self.model}: {counted(self.articles, 'checked article')}"]
        for row in rows:
            cells = zip(row, widths, strict=True)
            lines.append(
                "  ".join(
                    cell.ljust(width) if i == 0 else cell.rjust(width)
                    for i, (cell, width) in enumerate(cells)
                )
            )
        return visible("\n".join(lines))


def _score_dict(score: LabelScore) -> dict[str, object]:
    return {
        "label": score.label,
        "precision": _rounded(score.precision),
        "recall": _rounded(score.recall),
        "f": _rounded(score.f),
        "gold": score.gold,
        "predicted": score.predicted,
    }


def _rounded(figure: float | None) -> float | None:
    return None if figure is None else round(figure, 4)


def _row(score: LabelScore) -> tuple[str, str, str, str, str, str]:
    return (
        score.label,
        _percent(score.precision),
        _percent(score.recall),
        _percent(score.f),
        str(score.gold),
        str(score.predicted),
    )


def _percent(figure: float | None) -> str:
    return UNDEFINED if figure is None else f"{100 * figure:.1f}"


def evaluate(
    nlp: Language,
    model: str,
    golds: Sequence[GoldArticle],
    predicted: Mapping[str, Sequence[Entity]],
) -> Evaluation:
    """Scores `predicted` (entities by article id) against the checked articles.

    `nlp` only tokenizes. Spans that are not on token boundaries are widened to
    the tokens they touch on the predicted side (the model made them from the same
    tokens, so this only happens at paragraph edges); gold spans off the boundaries
    are left out, as the export leaves them out, their tokens missing, so a prediction
    over them is neither right nor wrong (spaCy's scorer skips it).
    """
    from spacy.scorer import get_ner_prf
    from spacy.training import Example

    examples = []
    gold_counts: Counter[str] = Counter()
    predicted_counts: Counter[str] = Counter()
    for gold in golds:
        reference, _ = gold_doc(nlp, gold)
        guess = _predicted_doc(nlp, gold.article.body, predicted.get(gold.article.id, ()))
        gold_counts.update(span.label_ for span in reference.ents)
        predicted_counts.update(span.label_ for span in guess.ents)
        examples.append(Example(guess, reference))
    scores = get_ner_prf(examples) if examples else {}
    per_type: dict[str, dict[str, float]] = scores.get("ents_per_type") or {}
    labels = sorted(set(gold_counts) | set(predicted_counts) | set(per_type))
    rows = tuple(
        _label_score(label, per_type.get(label), gold_counts[label], predicted_counts[label])
        for label in labels
    )
    overall = _label_score(
        "all",
        {"p": scores.get("ents_p"), "r": scores.get("ents_r"), "f": scores.get("ents_f")},
        sum(gold_counts.values()),
        sum(predicted_counts.values()),
    )
    return Evaluation(model, len(golds), overall, rows)


def _label_score(
    label: str, figures: Mapping[str, float | None] | None, gold: int, predicted: int
) -> LabelScore:
    figures = figures or {}
    return LabelScore(
        label,
        _defined(figures.get("p"), predicted),
        _defined(figures.get("r"), gold),
        _defined(figures.get("f"), gold + predicted),
        gold,
        predicted,
    )


def _defined(figure: float | None, denominator: int) -> float | None:
    """The figure, None where what it divides by is 0 (spaCy gives 0 there)."""
    return None if denominator == 0 else float(figure or 0.0)


def _predicted_doc(nlp: Language, body: str, entities: Sequence[Entity]) -> Doc:
    doc = nlp.make_doc(without_surrogates(body))
    spans = []
    taken: set[int] = set()
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        span = doc.char_span(entity.start, entity.end, label=entity.label, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        spans.append(span)
    doc.set_ents(spans, default="outside")
    return doc
