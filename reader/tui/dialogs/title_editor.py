"""The title editor (`T`): another title for the open article; enter saves, escape cancels.

Returns the title typed (the screen makes it a retitle correction) or None.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input

from reader.tui import keys


class TitleEditor(ModalScreen[str | None]):
    """Edits one article title, starting from the current one."""

    BINDINGS: ClassVar[list[BindingType]] = keys.TITLE_EDITOR

    def __init__(self, title: str, heading: str = "Title") -> None:
        """`heading` names what is edited (the tag screen renames tags with it)."""
        super().__init__()
        self._title = title
        self._heading = heading

    def compose(self) -> ComposeResult:
        """One line: the title."""
        with Vertical(id="title-box") as box:
            box.border_title = Content(self._heading)  # it names a tag: never markup
            box.border_subtitle = "enter saves · esc cancels"
            yield Input(self._title, id="title-text", select_on_focus=False)

    def on_mount(self) -> None:
        """The cursor at the end of the title, ready to type."""
        field = self.query_one(Input)
        field.focus()
        field.cursor_position = len(field.value)

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Leaves the title as it was."""
        self.dismiss(None)
