"""The entity panel: this article's entities by label, with counts; choosing one jumps to it.

Each entity is one option under its label's heading, its spellings grouped ("Kim
Jong Un ×3 (Kim)"); enter (or a click) jumps to its next mention in the article,
so repeating it walks through them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui import keys
from reader.tui.presenters.colors import entity_style
from reader.tui.presenters.mentions import Mention


class EntityPanel(OptionList, inherit_bindings=False):
    """Lists mentions grouped by label; posts `MentionChosen`."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ENTITY_PANEL

    @dataclass
    class MentionChosen(Message):
        """The user chose an entity: jump to its next mention."""

        mention: Mention

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._mentions: dict[int, Mention] = {}

    def show(self, mentions: Sequence[Mention], hidden: frozenset[str], dark: bool) -> None:
        """Lists the mentions of the open article (headings are not selectable)."""
        options: list[Option] = []
        self._mentions.clear()
        counts = Counter[str]()
        for mention in mentions:
            counts[mention.label] += len(mention.spans)
        label = None
        for mention in mentions:
            if mention.label != label:
                label = mention.label
                options.append(Option(_heading(label, counts[label], hidden, dark), disabled=True))
            self._mentions[len(options)] = mention
            options.append(Option(_entry(mention)))
        highlighted = self.highlighted
        self.set_options(options)
        if options:
            self.highlighted = highlighted if highlighted in self._mentions else min(self._mentions)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Turns the generic selection into a mention for the screen."""
        event.stop()
        if (mention := self._mentions.get(event.option_index)) is not None:
            self.post_message(self.MentionChosen(mention))

    def action_page_up(self) -> None:
        """Up a page; landing on the first heading means the first entity."""
        super().action_page_up()
        if self.highlighted is None:
            self.action_first()

    def action_cursor_top(self) -> None:
        """Goes to the first entity."""
        self.action_first()

    def action_cursor_bottom(self) -> None:
        """Goes to the last entity."""
        self.action_last()


def _heading(label: str, count: int, hidden: frozenset[str], dark: bool) -> Text:
    """The label chip and its count (the legend and the chooser give the meaning)."""
    heading = Text()
    chip = Style(dim=True, strike=True) if label in hidden else entity_style(label, dark)
    heading.append(f" {label} ", chip)
    heading.append(f" {count}", Style(bold=True))
    return heading


def _entry(mention: Mention) -> Text:
    """One entity, how often it occurs, and its other spellings in the article."""
    entry = Text("  " + mention.text)
    entry.append(f" ×{len(mention.spans)}", Style(dim=True))
    others = [spelling for spelling in mention.spellings if spelling != mention.text]
    if others:
        entry.append(f"  ({', '.join(others)})", Style(dim=True, italic=True))
    return entry
