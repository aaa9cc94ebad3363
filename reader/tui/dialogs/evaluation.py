"""The evaluation screen (`V`): the model's precision, recall and F per label on the
checked articles, the same table `reader evaluate` prints. Scored in a thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.nlp.evaluation import Evaluation
from reader.tui import keys

SCORING = "Scoring the model on the checked articles…"


class EvaluationScreen(ModalScreen[None]):
    """Shows an evaluation once `score` (run in a thread) returns it, or why not."""

    BINDINGS: ClassVar[list[BindingType]] = keys.EVALUATION

    def __init__(self, score: Callable[[], Evaluation]) -> None:
        super().__init__()
        self._score = score
        self.result: Evaluation | None = None
        """The figures once scored (None before, or when scoring failed)."""

    def compose(self) -> ComposeResult:
        """The table, in a scrolling box."""
        with VerticalScroll(id="evaluation-box") as box:
            box.border_title = "Evaluation on the checked articles"
            box.border_subtitle = "esc closes"
            yield Static(SCORING, id="evaluation-table", markup=False)

    def on_mount(self) -> None:
        """Starts scoring."""
        self._run()

    @work(thread=True, exit_on_error=False)
    def _run(self) -> None:
        try:
            result = self._score()
        except Exception as exc:  # a broken model or store: said on screen, never fatal
            self.app.call_from_thread(self._show, f"Cannot score: {exc}", None)
            return
        self.app.call_from_thread(self._show, result.text(), result)

    def _show(self, text: str, result: Evaluation | None) -> None:
        self.result = result
        self.query_one("#evaluation-table", Static).update(text)

    def action_close(self) -> None:
        """Back to reading."""
        self.dismiss(None)
