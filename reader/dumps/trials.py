"""Which learned model decides now, for the splitter's two models (`start_model`,
`field_model`): a trial's, while training or cross-validation splits with a model of its
own, else the shipped one unless `$READER_SPLITTER` turns it off (the field model with
`rules`, the start model with `rules` or `fields`), else none (the rules)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Generic, TypeVar

SETTING = "READER_SPLITTER"
"""The environment variable that turns the learned models on."""
LEARNED = "learned"
"""Both learned models decide: where articles start, and each line's field. The default,
and what any other value of the setting means, from session 18: against the field model
alone it won bodies on the halves nobody trained it on (317 of 430 against 316) and on the
tuning halves (892 of 1,005 against 885), and no ratchet row fell."""
FIELDS = "fields"
"""Only the field model decides; the rules find where articles start: the default up to
session 18."""
RULES = "rules"
"""The rules decide everything: the splitter as it was up to session 12."""

M = TypeVar("M")
K = TypeVar("K")


@cache
def setting() -> str:
    """Who decides, read once per process: `learned` (both models, the default), `fields`
    (the field model alone) or `rules` (no model); anything else is the default."""
    value = os.environ.get(SETTING, "").strip().lower()
    return value if value in (FIELDS, RULES) else LEARNED


class Trials(Generic[M, K]):
    """The model in charge, and where a trial keeps what the model was shown: training
    reads each scored line's features this way, from the very code that splits. The trials
    under way are the running context's (a `ContextVar`), so a trial in one thread never
    changes which model another thread (the app's loading worker) splits with."""

    def __init__(self, shipped: Callable[[], M], on: frozenset[str]) -> None:
        self._shipped = shipped
        self._on = on
        self._chosen: ContextVar[tuple[tuple[M | None, list[K] | None], ...]] = ContextVar(
            "reader.dumps.trials", default=()
        )

    def model(self) -> M | None:
        """A trial's model, else the shipped one if the setting turns it on (None: the
        rules decide)."""
        if chosen := self._chosen.get():
            return chosen[-1][0]
        return self._shipped() if setting() in self._on else None

    def keeping(self) -> bool:
        """The trial under way keeps what each scored line was."""
        chosen = self._chosen.get()
        return bool(chosen) and chosen[-1][1] is not None

    def seen(self, item: K) -> None:
        """Keeps what a scored line was, for the trial that asked."""
        chosen = self._chosen.get()
        kept = chosen[-1][1] if chosen else None
        if kept is not None:
            kept.append(item)

    @contextmanager
    def using(self, model: M | None, kept: list[K] | None = None) -> Iterator[None]:
        """Split with `model` deciding (None: the rules) while the block runs, keeping each
        scored line in `kept` if given."""
        token = self._chosen.set((*self._chosen.get(), (model, kept)))
        try:
            yield
        finally:
            self._chosen.reset(token)
