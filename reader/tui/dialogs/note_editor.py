"""The note editor (`n`): a multi-line note for a passage; ctrl+s saves, escape cancels.

Returns the text to save (empty removes the note) or None when cancelled; the
screen behind decides what that does to the store.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from reader.annotation.annotator import quote_preview
from reader.tui import keys


class NoteEditor(ModalScreen[str | None]):
    """Edits one note, showing the passage it belongs to."""

    BINDINGS: ClassVar[list[BindingType]] = keys.NOTE_EDITOR

    def __init__(self, quote: str, note: str) -> None:
        super().__init__()
        self._quote = quote
        self._note = note

    def compose(self) -> ComposeResult:
        """The quote, then the note."""
        with Vertical(id="note-box") as box:
            box.border_title = "Note"
            box.border_subtitle = "ctrl+s saves · esc cancels · empty removes the note"
            yield Static(f"“{quote_preview(self._quote, 300)}”", id="note-quote", markup=False)
            yield TextArea(self._note, id="note-text", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        """The cursor at the end of the note, ready to type."""
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        """Saves what was typed."""
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        """Leaves the note as it was."""
        self.dismiss(None)
