"""The label chooser: which entity labels are highlighted, applied as the user toggles,
and the digit (1–9) that labels with each while editing entities, chosen here as doccano
sets a label's key in its project (the workspace keeps it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import ModalScreen
from textual.widgets import SelectionList
from textual.widgets.selection_list import Selection

from reader.nlp import label_style
from reader.tui import keys
from reader.tui.presenters.colors import entity_style
from reader.tui.presenters.entity_editing import Numbering, digit_of


class LabelChooser(ModalScreen[None]):
    """Toggles labels on and off; every change reaches the article at once."""

    BINDINGS: ClassVar[list[BindingType]] = keys.LABEL_CHOOSER

    def __init__(
        self,
        counts: Sequence[tuple[str, int]],
        hidden: frozenset[str],
        dark: bool,
        apply: Callable[[frozenset[str]], None],
        numbering: Numbering | None = None,
    ) -> None:
        """`numbering`: the label digits, and how to put a label on another."""
        super().__init__()
        self._counts = list(counts)
        self._labels = [label for label, _ in counts]
        self._apply = apply
        self._numbering = numbering or Numbering((), lambda _label, _digit: ())
        self._dark = dark
        self._width = max((cell_len(label) for label in self._labels), default=0)
        self._selections = [
            Selection(self._prompt(label, count), label, label not in hidden)
            for label, count in counts
        ]

    def _prompt(self, label: str, count: int) -> Text:
        digit = digit_of(self._numbering.numbers, label)
        return _prompt(label, count, self._dark, self._width, digit)

    def compose(self) -> ComposeResult:
        """A selection list of the labels in the open article."""
        chooser = SelectionList[str](*self._selections, id="label-list")
        chooser.border_title = "Labels shown"
        chooser.border_subtitle = "space toggles · o only this · a all · 1–9 its key · esc"
        yield chooser

    @property
    def _list(self) -> SelectionList[str]:
        return self.query_one("#label-list", SelectionList)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        """Applies the new choice to the article behind the dialog."""
        shown = set(event.selection_list.selected)
        self._apply(frozenset(label for label in self._labels if label not in shown))

    def action_cursor_down(self) -> None:
        """Next label."""
        self._list.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous label."""
        self._list.action_cursor_up()

    def action_toggle(self) -> None:
        """Shows or hides the highlighted label."""
        self._list.action_select()

    def action_only(self) -> None:
        """Shows only the highlighted label."""
        chooser = self._list
        if chooser.highlighted is None:
            return
        keep = chooser.get_option_at_index(chooser.highlighted)
        chooser.deselect_all()
        chooser.select(keep)

    def action_all(self) -> None:
        """Shows every label."""
        self._list.select_all()

    def action_digit(self, digit: int) -> None:
        """1–9: the highlighted label labels on that digit (the label that had it takes
        this one's, or the first free one)."""
        chooser = self._list
        if chooser.highlighted is None:
            return
        label = self._labels[chooser.highlighted]
        numbers = self._numbering.assign(label, digit)
        self._numbering = self._numbering._replace(numbers=numbers)
        for at, (name, count) in enumerate(self._counts):
            chooser.replace_option_prompt_at_index(at, self._prompt(name, count))
        self.notify(f"{label} is on key {digit} while editing entities")

    def action_close(self) -> None:
        """Back to the article."""
        self.dismiss()


def _prompt(label: str, count: int, dark: bool, width: int, digit: int | None = None) -> Text:
    """The label's digit, its chip padded to `width`, count and meaning."""
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append(f"{digit or ' '} ", Style(bold=True))
    prompt.append(f" {label} ", entity_style(label, dark))
    prompt.append(" " * (width - cell_len(label)))
    prompt.append(f" {count:>3} ", Style(bold=True))
    prompt.append(label_style(label).description, Style(dim=True))
    return prompt
