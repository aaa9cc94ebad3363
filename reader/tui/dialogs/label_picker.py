"""The label picker (`t` while editing entities): type to filter the pipeline's labels,
enter labels the entity (or the selection) with the highlighted one.

Returns the label chosen, or None. A label the pipeline does not have can be typed
and chosen too (a new label to train).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reader.annotation.annotator import quote_preview
from reader.nlp.glossary import label_style
from reader.tui import keys
from reader.tui.presenters.colors import entity_style

NEW_PREFIX = "+ new label "


def matching_labels(labels: Sequence[str], typed: str) -> list[str]:
    """Labels starting with what was typed, then those containing it or whose meaning does."""
    wanted = typed.strip().casefold()
    if not wanted:
        return list(labels)
    starts = [label for label in labels if label.casefold().startswith(wanted)]
    inside = [
        label
        for label in labels
        if label not in starts
        and (wanted in label.casefold() or wanted in label_style(label).description.casefold())
    ]
    return starts + inside


class LabelPicker(ModalScreen[str | None]):
    """Chooses one entity label by name or meaning."""

    BINDINGS: ClassVar[list[BindingType]] = keys.LABEL_PICKER

    def __init__(self, labels: Sequence[str], current: str | None, quote: str, dark: bool) -> None:
        super().__init__()
        self._labels = list(labels)
        self._current = current
        self._quote = quote
        self._dark = dark

    def compose(self) -> ComposeResult:
        """A name field over the matching labels."""
        with Vertical(id="label-picker") as box:
            box.border_title = f"Label “{quote_preview(self._quote, 50)}”"
            box.border_subtitle = "enter labels · esc cancels"
            yield Input(placeholder="label", id="label-name")
            yield OptionList(id="label-options", markup=False)

    def on_mount(self) -> None:
        """Every label listed, the name field focused."""
        self._refill("")
        self.query_one(Input).focus()

    @property
    def _options(self) -> OptionList:
        return self.query_one("#label-options", OptionList)

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._refill(event.value)

    def _refill(self, typed: str) -> None:
        options = [
            Option(self._prompt(label), id=label) for label in matching_labels(self._labels, typed)
        ]
        name = typed.strip().upper()
        if name and " " not in name and name not in self._labels:
            options.append(Option(Text(f"{NEW_PREFIX}{name}", Style(italic=True)), id=name))
        self._options.set_options(options)
        if options:
            self._options.highlighted = 0

    def _prompt(self, label: str) -> Text:
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append("✓ " if label == self._current else "  ", Style(bold=True))
        prompt.append(f" {label} ", entity_style(label, self._dark))
        prompt.append(f"  {label_style(label).description}", Style(dim=True))
        return prompt

    @on(Input.Submitted)
    def _submit(self) -> None:
        options = self._options
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cursor_down(self) -> None:
        """Next label."""
        self._options.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous label."""
        self._options.action_cursor_up()

    def action_close(self) -> None:
        """Back to the article, nothing changed."""
        self.dismiss(None)
