"""The `E` dialog: choose an export format, with the entity spans or not, or the checked
articles' entities as spaCy training data or as Prodigy NER tasks (as `reader export -f
spacy` and `-f prodigy-ner`); the main screen writes it to annotations/exports/."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.interchange import NER_TASKS_FORMAT, NER_TASKS_HELP, TRAINING_FORMAT, TRAINING_HELP
from reader.interchange.export import FORMATS
from reader.tui import keys

_CHECKED = {TRAINING_FORMAT: TRAINING_HELP, NER_TASKS_FORMAT: NER_TASKS_HELP}
"""The lines under the annotation formats: the checked articles' entities, and their help."""


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """The format chosen, and whether the export carries the entity spans."""

    format: str
    entities: bool = False


class ExportDialog(ModalScreen[ExportChoice | None]):
    """Lists the export formats; dismisses with the choice, or None. `e` turns the entity
    spans on (the formats with no place for them are then greyed out) and off."""

    BINDINGS: ClassVar[list[BindingType]] = keys.EXPORT_DIALOG

    def __init__(self, where: str, *, download: bool = False) -> None:
        """`download`: the export is also offered to the browser (under `reader serve`)."""
        super().__init__()
        self._where = where
        self._download = download
        self._names = [*FORMATS, TRAINING_FORMAT, NER_TASKS_FORMAT]
        self._entities = False

    def compose(self) -> ComposeResult:
        """One option per format, with what it is for, and what the keys do under them."""
        width = max(len(name) for name in self._names)
        with Vertical(id="export-box") as box:
            box.border_title = "Export annotations and states"
            yield OptionList(*(_option(name, width) for name in self._names), id="export-formats")
            yield Static(self._hint(), id="export-hint")

    def _hint(self) -> Content:
        """What enter does, and whether the entity spans go with it: a line under the list,
        wrapped as the box needs (on the border, it was cut at 80 columns before `esc`, and
        in a browser before `e`). Content, not a str: a folder name may hold brackets, which
        a str would parse as markup."""
        action = "downloads (and writes to" if self._download else "writes to"
        closing = ")" if self._download else ""
        spans = "with entity spans (e: without)" if self._entities else "e: with entity spans"
        return Content(f"enter {action} {self._where}{closing} · {spans} · esc closes")

    @on(OptionList.OptionSelected, "#export-formats")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(ExportChoice(self._names[event.option_index], self._entities))

    def action_toggle_entities(self) -> None:
        """Adds the entity spans to the export (the model's, corrected as the app shows
        them, as `reader export --with-entities`), or leaves them out again. The training
        data and the NER tasks are the checked entities whatever the toggle says: they stay
        on offer. A highlighted format with no place for the spans hands the highlight to the
        nearest one above that takes them: Textual moved it down, to the training data after
        brat, and enter wrote a spaCy DocBin where the annotator had chosen brat (review37)."""
        self._entities = not self._entities
        options = self.query_one(OptionList)
        was = options.highlighted
        for index in range(len(self._names)):
            if self._no_spans(index):
                if self._entities:
                    options.disable_option_at_index(index)
                else:
                    options.enable_option_at_index(index)
        if self._entities and was is not None and self._no_spans(was):
            options.highlighted = max(i for i in range(was) if not self._no_spans(i))
        self.query_one("#export-hint", Static).update(self._hint())

    def _no_spans(self, index: int) -> bool:
        """Whether the format at `index` has no place for entity spans (disabled with them)."""
        name = self._names[index]
        return name in FORMATS and not FORMATS[name].entities

    def action_cursor_down(self) -> None:
        """Next format."""
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous format."""
        self.query_one(OptionList).action_cursor_up()

    def action_close(self) -> None:
        """Back without exporting."""
        self.dismiss(None)


def _option(name: str, width: int) -> Option:
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append(f"{name:<{width}}  ", "bold")
    prompt.append_text(_help_text(FORMATS[name].help if name in FORMATS else _CHECKED[name]))
    return Option(prompt)


def _help_text(help_text: str) -> Text:
    """A format's help as the dialog shows it: `quoted` words (command names, written for
    the CLI's --help) in italics instead of between literal backticks."""
    text = Text(style="dim")
    for n, part in enumerate(help_text.split("`")):
        text.append(part, "italic" if n % 2 else "")
    return text
