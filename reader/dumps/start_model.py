"""The learned start model: weights over `start_features` names, fitted on the gold of
the real-text dumps (`make train-splitter`, `bench/train_splitter.py`) and shipped as
`start_model.json` beside this module. Scoring a line is a sum of the weights of its
features: a few dozen dictionary look-ups, only for lines the rules score as headlines.
It decides by default (`$READER_SPLITTER=fields` or `rules` turns it off): on the halves
it never saw (heldout, fresh6, fresh7, fresh15, fresh17, fresh22, fresh24, fresh26) it gets 465
of 649 article bodies right against the field model's alone 464, on the tuning halves 1,167 of
1,229 against 1,160 (docs/performance.md, "The gap said once, a footer's words, the paragraphs
beside a subheading")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from reader.dumps.start_features import DEFERRED
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
    deferred: tuple[float, float] = field(init=False, repr=False, compare=False)
    """The least and the most the features read last (`start_features.DEFERRED`, one name
    of each group) can add to a line's score."""

    def __post_init__(self) -> None:
        groups = [[w for n, w in self.weights.items() if n.startswith(g)] for g in DEFERRED]
        reach = (
            sum(min([0.0, *group]) for group in groups),
            sum(max([0.0, *group]) for group in groups),
        )
        object.__setattr__(self, "deferred", reach)

    def score(self, names: Iterable[str]) -> float:
        """The log-odds that a line with these features starts an article."""
        return self.bias + sum(map(self.weights.get, names, repeat(0.0)))

    def settled(self, partial: float) -> bool | None:
        """Whether a line whose other features score `partial` starts an article whatever
        the features read last (`DEFERRED`: its words and marks) say: True or False, or None
        when they decide. The words are dear to work out, and most lines are settled
        without them."""
        low, high = self.deferred
        if partial + low >= self.threshold + _ROUNDING:
            return True
        if partial + high < self.threshold - _ROUNDING:
            return False
        return None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StartModel:
        """The model an artefact holds (its other keys say how it was made)."""
        weights = {str(name): float(weight) for name, weight in data["weights"].items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]))


_ROUNDING = 1e-9
"""Room for the sum's rounding: a score summed in another order may differ in its last bits."""


def learned_model() -> StartModel | None:
    """The model deciding starts now (None: the rules decide): a trial's, else the shipped
    one unless `$READER_SPLITTER` turns it off (`fields`, `rules`)."""
    return _TRIALS.model()


def keeping() -> bool:
    """A trial keeps every scored line's features (training reads them all)."""
    return _TRIALS.keeping()


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
