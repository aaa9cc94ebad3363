"""The label picker (`t` while editing entities): type to filter the pipeline's labels,
enter labels the entity (or the selection) with the highlighted one; a label's number in
the legend (shown beside it), typed first, labels with it at once, as the digit does
outside the picker (`_picker`): typing "3" made a new label "3".

Returns the label chosen, or None. A label the pipeline does not have can be typed
and chosen too (a new label to train).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.widgets.option_list import Option

from reader.annotation.annotator import quote_preview
from reader.nlp.glossary import label_style
from reader.tui import keys
from reader.tui.dialogs._picker import FilteringPicker
from reader.tui.presenters.colors import entity_style
from reader.tui.presenters.matching import ranked

NEW_PREFIX = "+ new label "


def matching_labels(labels: Sequence[str], typed: str) -> list[str]:
    """The label typed first, then labels starting with it (shortest first), then those
    containing it or whose meaning does."""
    return ranked(labels, typed, str, lambda label: label_style(label).description)


class LabelPicker(FilteringPicker):
    """Chooses one entity label by name or meaning."""

    BINDINGS: ClassVar[list[BindingType]] = keys.LABEL_PICKER
    BOX_ID = "label-picker"
    INPUT_ID = "label-name"
    OPTIONS_ID = "label-options"
    PLACEHOLDER = "label"
    HINTS = "1–9 or enter labels · esc cancels"

    def __init__(
        self,
        labels: Sequence[str],
        current: str | None,
        quote: str,
        dark: bool,
        numbered: Sequence[str] = (),
    ) -> None:
        """`numbered`: the labels the legend numbers 1–9, in its order."""
        keyed = {str(n): label for n, label in enumerate(numbered[:9], 1) if label}
        super().__init__(f"Label “{quote_preview(quote, 50)}”", keyed=keyed)
        self._numbers = {label: key for key, label in keyed.items()}
        self._labels = list(labels)
        self._column = max(map(cell_len, self._labels), default=0)
        """The widest label: every meaning starts in one column after the chips."""
        self._current = current
        self._dark = dark

    def choices(self, typed: str) -> list[Option]:
        """The matching labels, then a new label of the typed name when it is none of them."""
        options = [
            Option(self._prompt(label), id=label) for label in matching_labels(self._labels, typed)
        ]
        name = typed.strip().upper()
        if name and " " not in name and name not in self._labels:
            options.append(Option(Text(f"{NEW_PREFIX}{name}", Style(italic=True)), id=name))
        return options

    def _prompt(self, label: str) -> Text:
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append("✓ " if label == self._current else "  ", Style(bold=True))
        prompt.append(f"{self._numbers.get(label, ' ')} ", Style(dim=True))  # the legend's
        prompt.append(f" {label} ", entity_style(label, self._dark))
        padding = " " * (self._column - cell_len(label))
        prompt.append(f"{padding}  {label_style(label).description}", Style(dim=True))
        return prompt
