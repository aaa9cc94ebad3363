"""The learned field model: for each line of an article, one logistic model per field
(title, meta, subhead, body; one against the rest) over `field_features` names, fitted on
the gold of the real-text dumps (`make train-splitter`, `bench/train_splitter.py`) and
shipped as `field_model.json` beside this module. It overrides the rules' field only
between meta, subhead and body (the title stays the rules'), and only where its
probability passes the rules' field's by the artefact's margin: most lines keep the rules'
field, and so do a lead's summary bullets, which the gold puts in either."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reader.dumps.start_model import StartModel
from reader.dumps.trials import FIELDS, LEARNED, Trials

ARTEFACT = Path(__file__).with_name("field_model.json")
CLASSES = ("title", "meta", "subhead", "body")
MOVABLE = frozenset({"meta", "subhead", "body"})
"""The fields the model may move a line between; a title is one line the rules chose with
the whole lead in view, and a wrong one is not mended by moving lines."""

Scored = tuple[int, list[str], str]
"""What a trial keeps of a scored line: its dump line number, features and rules' field."""


@dataclass(frozen=True, slots=True)
class FieldModel:
    """One logistic model per field (its log-odds against the others'), and how sure the
    model must be to override the rules."""

    fields: dict[str, StartModel]
    threshold: float
    """How much likelier (the fields' odds normalised to sum to one) than the rules' field
    another must be to override it: a margin, so a line the model finds as likely in either
    field keeps the rules' one."""
    decided: dict[tuple[str, ...], tuple[str, float] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Decisions by features: a dump's lines share few sets of them."""

    def probabilities(self, names: Iterable[str]) -> dict[str, float]:
        """How likely each field is for a line with these features."""
        names = tuple(names)
        odds = {
            name: 1.0 / (1.0 + math.exp(-model.score(names))) for name, model in self.fields.items()
        }
        total = sum(odds.values())
        return {name: value / total for name, value in odds.items()}

    def decide(self, names: Iterable[str], ruled: str) -> tuple[str, float] | None:
        """The field the model puts the line in, with its probability, where it overrides
        the rules' `ruled` (one of the features); None where the rules stand."""
        key = tuple(names)
        if key not in self.decided:
            self.decided[key] = self._decide(key, ruled)
        return self.decided[key]

    def _decide(self, names: tuple[str, ...], ruled: str) -> tuple[str, float] | None:
        chances = self.probabilities(names)
        best = max(chances, key=chances.__getitem__)
        if best == ruled or best not in MOVABLE or ruled not in MOVABLE:
            return None
        margin = chances[best] - chances[ruled]
        return (best, chances[best]) if margin >= self.threshold else None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FieldModel:
        """The model an artefact holds (its other keys say how it was made)."""
        fields = {
            name: StartModel.from_json({**data["fields"][name], "threshold": 0.0})
            for name in CLASSES
        }
        return cls(fields, float(data["threshold"]))


def learned_fields() -> FieldModel | None:
    """The model deciding fields now (None: the rules decide): a trial's, else the shipped
    one unless `$READER_SPLITTER` is `rules`."""
    return _TRIALS.model()


def seen(number: int, names: list[str], ruled: str) -> None:
    """Keeps a scored line (its dump line number, features and the rules' field) for the
    trial that asked."""
    _TRIALS.seen((number, names, ruled))


def using(
    model: FieldModel | None, kept: list[Scored] | None = None
) -> AbstractContextManager[None]:
    """Split with `model` deciding fields (None: the rules) while the block runs, keeping
    each scored line in `kept` if given: training reads the lines this way."""
    return _TRIALS.using(model, kept)


@cache
def shipped() -> FieldModel:
    """The model in the package's artefact, read once."""
    return FieldModel.from_json(json.loads(ARTEFACT.read_text(encoding="utf-8")))


_TRIALS: Trials[FieldModel, Scored] = Trials(shipped, frozenset({LEARNED, FIELDS}))
