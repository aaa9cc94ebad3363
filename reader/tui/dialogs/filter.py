"""The `f` dialog: type a few letters of a state, tag, dump, entity or "notes", enter toggles it.

Toggling closes the dialog with the new filter (the list narrows at once); press `f`
again to combine another. Active parts of the filter are listed first, marked ✓, so
the same dialog takes them off again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reader.library.filters import Filter
from reader.tui import keys
from reader.tui.presenters.filter_choices import Choice, narrow


class FilterPicker(ModalScreen[Filter | None]):
    """Chooses one part of the filter to toggle; dismisses with the new filter, or None."""

    BINDINGS: ClassVar[list[BindingType]] = keys.FILTER_PICKER

    def __init__(self, current: Filter, choices: Sequence[Choice], note: str = "") -> None:
        super().__init__()
        self._current = current
        self._choices = list(choices)
        self._shown: list[Choice] = []
        self._note = note

    def compose(self) -> ComposeResult:
        """A box with the typed words over the matching choices."""
        with Vertical(id="filter-box") as box:
            box.border_title = "Filter"
            box.border_subtitle = self._subtitle()
            yield Input(
                placeholder="state, notes, checked, tag, dump or entity…", id="filter-input"
            )
            yield OptionList(id="filter-choices")

    def _subtitle(self) -> str:
        return self._note or "type to narrow · enter toggles · esc closes"

    def on_mount(self) -> None:
        """Everything listed, the typing box focused."""
        self._show("")

    def reopen(self, current: Filter, choices: Sequence[Choice], note: str = "") -> None:
        """The same dialog, opened again over another filter: nothing typed, every choice
        listed. The reading screen keeps one dialog installed, since Textual lays the
        screen under a dialog out again when the dialog is removed (a tenth of a filter
        key at 100,000 articles), not when a kept one closes."""
        self._current, self._choices, self._note = current, list(choices), note
        if not self.is_mounted:
            return  # compose and on_mount show them
        self.query_one("#filter-box").border_subtitle = self._subtitle()
        field = self.query_one("#filter-input", Input)
        with field.prevent(Input.Changed):
            field.value = ""
        self._show("")
        field.focus()

    def offer(self, choices: Sequence[Choice], note: str = "") -> None:
        """New choices while it is open, what was typed kept: a big dump's languages come
        after its list, and a picker opened before them offered none (speed36)."""
        self._choices, self._note = list(choices), note
        self.query_one("#filter-box").border_subtitle = self._subtitle()
        self._show(self.query_one("#filter-input", Input).value)

    @property
    def _options(self) -> OptionList:
        return self.query_one("#filter-choices", OptionList)

    @on(Input.Changed, "#filter-input")
    def _typed(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _show(self, typed: str) -> None:
        self._shown = narrow(self._choices, typed)
        options = self._options
        options.set_options(_option(choice) for choice in self._shown)
        if self._shown:
            options.highlighted = 0

    @on(Input.Submitted, "#filter-input")
    def _submitted(self) -> None:
        self.action_choose()

    @on(OptionList.OptionSelected, "#filter-choices")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option_index)

    def action_choose(self) -> None:
        """Toggles the highlighted choice and closes."""
        index = self._options.highlighted
        if index is None:
            self.app.bell()
            return
        self._pick(index)

    def _pick(self, index: int) -> None:
        self.dismiss(self._shown[index].toggle(self._current))

    def action_cursor_down(self) -> None:
        """Next choice."""
        self._options.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous choice."""
        self._options.action_cursor_up()

    def action_close(self) -> None:
        """Back to the list, the filter unchanged."""
        self.dismiss(None)


def _option(choice: Choice) -> Option:
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append("✓ " if choice.active else "  ", "bold")
    prompt.append(f"{choice.kind:<9} ", "dim")
    prompt.append(choice.text)
    if choice.detail:
        prompt.append(f"  {choice.detail}", "dim")
    return Option(prompt)
