"""A yes/no question before something big (a state applied to many articles)."""

from __future__ import annotations

from typing import ClassVar

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui import keys


class Confirm(ModalScreen[bool]):
    """Asks one question; dismisses with True for yes."""

    BINDINGS: ClassVar[list[BindingType]] = keys.CONFIRM

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        """The question in a box; the keys in its subtitle."""
        box = Static(escape(self._question), id="confirm-box")
        box.border_title = "Confirm"
        box.border_subtitle = "y or enter: yes · n or esc: no"
        yield box

    def action_yes(self) -> None:
        """Goes ahead."""
        self.dismiss(True)

    def action_no(self) -> None:
        """Leaves everything as it is."""
        self.dismiss(False)
