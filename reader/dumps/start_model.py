"""The learned start model: weights over `start_features` names, fitted on the gold of
the real-text dumps (`make train-splitter`, `bench/train_splitter.py`) and shipped as
`start_model.json` beside this module. Scoring a line is a sum of the weights of its
features: a few dozen dictionary look-ups, only for lines the rules score as headlines.
It decides only when asked (`$READER_SPLITTER=learned`): trained on the tuning halves
(fresh14's long posts among them) it gets one article body more than the default on the
halves it never saw (heldout, fresh6, fresh7: 236 of 285 against 235), too few to make it
the default (docs/performance.md, "How far the learned models can go")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from reader.dumps.trials import LEARNED, SETTING, Trials, setting

__all__ = ["ARTEFACT", "LEARNED", "SETTING", "StartModel", "learned_model", "setting", "shipped"]

ARTEFACT = Path(__file__).with_name("start_model.json")


@dataclass(frozen=True, slots=True)
class StartModel:
    """A logistic model's weights: a line starts an article when its score (the log-odds)
    reaches `threshold`."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, names: Iterable[str]) -> float:
        """The log-odds that a line with these features starts an article."""
        return self.bias + sum(map(self.weights.get, names, repeat(0.0)))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StartModel:
        """The model an artefact holds (its other keys say how it was made)."""
        weights = {str(name): float(weight) for name, weight in data["weights"].items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]))


def learned_model() -> StartModel | None:
    """The model deciding starts now (None: the rules decide): a trial's, else the shipped
    one if `$READER_SPLITTER` asks for it (`learned`)."""
    return _TRIALS.model()


def seen(number: int, names: list[str]) -> None:
    """Keeps a scored line's features (with its dump line number) for the trial that asked."""
    _TRIALS.seen((number, names))


def using(
    model: StartModel | None, kept: list[tuple[int, list[str]]] | None = None
) -> AbstractContextManager[None]:
    """Split with `model` deciding starts (None: the rules) while the block runs, keeping
    each scored line's number and features in `kept` if given: training reads the
    candidates this way, and its cross-validation tries each fold's model."""
    return _TRIALS.using(model, kept)


@cache
def shipped() -> StartModel:
    """The model in the package's artefact, read once."""
    return StartModel.from_json(json.loads(ARTEFACT.read_text(encoding="utf-8")))


_TRIALS: Trials[StartModel, tuple[int, list[str]]] = Trials(shipped, frozenset({LEARNED}))
