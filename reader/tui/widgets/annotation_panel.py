"""The annotations panel: this article's annotations, then orphans no open article holds.

One line each: a chip in the first tag's colour, the tags, the quote and the start of
the note. Enter (or a click) jumps to the passage; the screen's annotation keys act
on the highlighted one. Orphans are listed, marked as such, never hidden: they are
the user's work whose text is gone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.annotation.annotator import quote_preview
from reader.store import Annotation, Tag
from reader.tui import keys

EMPTY = "No annotations here yet: select a passage (v, p or a drag), then 1–9, t or n."
QUOTE_PREVIEW = 100
NOTE_PREVIEW = 100
"""Characters of a quote and of a note shown on a row (the panel's width cuts them too)."""
_DIM = Style(dim=True)


class AnnotationPanel(OptionList, inherit_bindings=False):
    """Lists annotations; posts `Chosen` when one is picked."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ANNOTATION_PANEL

    @dataclass
    class Chosen(Message):
        """The user picked an annotation: show its passage."""

        annotation: Annotation

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._rows: dict[int, Annotation] = {}

    @property
    def current(self) -> Annotation | None:
        """The highlighted annotation."""
        return None if self.highlighted is None else self._rows.get(self.highlighted)

    def show(
        self,
        annotations: Sequence[Annotation],
        orphans: Sequence[Annotation],
        tags: Mapping[str, Tag],
    ) -> None:
        """Lists an article's annotations and the orphans of articles not open.

        The highlight stays on the same annotation when it is still listed.
        """
        keep = self.current.id if self.current is not None else None
        options: list[Option] = []
        self._rows.clear()
        for annotation in annotations:
            self._rows[len(options)] = annotation
            options.append(Option(row_text(annotation, tags)))
        if not annotations:
            options.append(Option(Text(EMPTY, _DIM), disabled=True))
        if orphans:
            heading = f"Orphans: {len(orphans)} from articles not open (text not found)"
            options.append(Option(Text(heading, Style(bold=True)), disabled=True))
            for annotation in orphans:
                self._rows[len(options)] = annotation
                options.append(Option(row_text(annotation, tags)))
        self.set_options(options)
        self.border_title = f"Annotations ({len(annotations)})"
        if self._rows:
            found = [row for row, a in self._rows.items() if a.id == keep]
            self.highlighted = found[0] if found else min(self._rows)

    def highlight_annotation(self, annotation_id: str) -> None:
        """Moves the highlight to an annotation (the one just made or edited)."""
        for row, annotation in self._rows.items():
            if annotation.id == annotation_id:
                self.highlighted = row
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Turns the generic selection into an annotation for the screen."""
        event.stop()
        if (annotation := self._rows.get(event.option_index)) is not None:
            self.post_message(self.Chosen(annotation))

    def action_cursor_top(self) -> None:
        """Goes to the first annotation."""
        self.action_first()

    def action_cursor_bottom(self) -> None:
        """Goes to the last annotation."""
        self.action_last()


def row_text(annotation: Annotation, tags: Mapping[str, Tag]) -> Text:
    """One annotation: chip, tags and quote; the note's start below (all of it safe to show)."""
    first = tags.get(annotation.tags[0]) if annotation.tags else None
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("▌", Style(color=first.colour) if first else _DIM)
    if annotation.orphaned:
        text.append(" orphaned", Style(bold=True, italic=True))
    for name in annotation.tags:
        tag = tags.get(name)
        text.append(f" {quote_preview(name)}", Style(color=tag.colour, bold=True) if tag else _DIM)
    text.append(f" “{quote_preview(annotation.quote, QUOTE_PREVIEW)}”")
    if annotation.note:
        text.append(f"\n  ✎ {quote_preview(annotation.note, NOTE_PREVIEW)}", _DIM)
    return text
