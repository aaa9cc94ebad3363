"""The tag picker (`t`): type to find a tag, enter applies it, or creates the one typed.

Matching tags come first (the tag typed, then those starting with it, so enter after
a few letters takes the existing tag); offering to create the typed name comes last.

A tag's hotkey (shown beside it), typed first, picks that tag (`_picker`).

Returns the chosen tag name (the screen toggles it on the passage); tags the
passage already has are ticked, since choosing one of those takes it off.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.widgets import Input
from textual.widgets.option_list import Option

from reader.annotation.annotator import quote_preview
from reader.store import Tag
from reader.tui import keys
from reader.tui.dialogs._picker import FilteringPicker
from reader.tui.presenters.matching import ranked

CREATE_PREFIX = "+ create tag "


def matching(tags: Sequence[Tag], typed: str) -> list[Tag]:
    """The tag typed first, then tags starting with it (shortest first), then those that
    contain it (case-blind)."""
    return ranked(tags, typed, lambda tag: tag.name)


class TagPicker(FilteringPicker):
    """Chooses one tag by name, with completion; can make a new one."""

    BINDINGS: ClassVar[list[BindingType]] = keys.TAG_PICKER
    BOX_ID = "tag-picker"
    INPUT_ID = "tag-name"
    OPTIONS_ID = "tag-options"
    PLACEHOLDER = "tag name"
    HINTS = "1–9 picks · enter applies or creates · tab completes"

    def __init__(
        self,
        tags: Sequence[Tag],
        applied: Sequence[str],
        quote: str,
        *,
        heading: str | None = None,
        create: bool = True,
    ) -> None:
        """`heading` replaces the title naming the quote; without `create` only an
        existing tag can be chosen (the tag screen's merge asks so)."""
        super().__init__(
            heading or f"Tag “{quote_preview(quote, 50)}”",
            None if create else "1–9 or enter chooses · tab completes",
            {tag.hotkey: tag.name for tag in tags if tag.hotkey},
        )
        self._tags = list(tags)
        self._applied = frozenset(applied)
        self._create = create

    def choices(self, typed: str) -> list[Option]:
        """The matching tags, then creating the typed name when no tag has it (if allowed)."""
        options = [Option(self._prompt(tag), id=tag.name) for tag in matching(self._tags, typed)]
        name = " ".join(typed.split())
        new = all(tag.name.casefold() != name.casefold() for tag in self._tags)
        if name and self._create and new:
            options.append(Option(Text(f"{CREATE_PREFIX}“{name}”", Style(italic=True)), id=name))
        return options

    def _prompt(self, tag: Tag) -> Text:
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append("✓ " if tag.name in self._applied else "  ", Style(bold=True))
        prompt.append("  ", Style(bgcolor=tag.colour))
        prompt.append(f" {tag.name}")
        if tag.hotkey:
            prompt.append(f"  key {tag.hotkey}", Style(dim=True))
        return prompt

    def action_complete(self) -> None:
        """Fills the name field with the highlighted tag's name."""
        options = self.options
        if options.highlighted is None:
            return
        name = options.get_option_at_index(options.highlighted).id or ""
        field = self.query_one(Input)
        field.value = name
        field.cursor_position = len(name)
