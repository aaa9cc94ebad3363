"""The tag picker (`t`): type to find a tag, enter applies it, or creates the one typed.

Matching tags come first (the tag typed, then those starting with it, so enter after
a few letters takes the existing tag); offering to create the typed name comes last.

A tag's key (1–9, shown beside it) typed first picks that tag at once, as the key does in
the article: the picker lists "key 3" beside a tag, and the tools annotators come from
pick a label by its key (Prodigy's manual interfaces by the numbers 1–9, doccano by each
label's shortcut key). Typing "3" made a new tag named "3" instead. A digit after other
characters, or one no tag has, is typed (a space first types a name that opens with a
tag's key: "2024").

Returns the chosen tag name (the screen toggles it on the passage); tags the
passage already has are ticked, since choosing one of those takes it off.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.actions import SkipAction
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


class _NameField(Input):
    """The tag picker's name field, which leaves a tag's key typed first to the picker."""

    def __init__(self, keys: frozenset[str], placeholder: str, field_id: str) -> None:
        super().__init__(placeholder=placeholder, id=field_id)
        self._keys = keys

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Not a tag's key into an empty field: Textual then runs the picker's binding."""
        if not self.value and character in self._keys:
            return False
        return super().check_consume_key(key, character)


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

    def name_field(self) -> Input:
        """A name field that leaves the tags' keys, typed first, to `action_pick_by_key`."""
        keys = frozenset(tag.hotkey for tag in self._tags if tag.hotkey)
        return _NameField(keys, self.PLACEHOLDER, self.INPUT_ID)

    def action_pick_by_key(self, key: str) -> None:
        """The tag whose key `key` is, typed first (see the module's docstring); the field
        takes a digit typed after text as typed (`_NameField`), so this never sees it. A
        digit no tag has does nothing here (with the list focused, after a click)."""
        tag = next((tag for tag in self._tags if tag.hotkey == key), None)
        if tag is None:
            raise SkipAction
        self.dismiss(tag.name)

    def action_complete(self) -> None:
        """Fills the name field with the highlighted tag's name."""
        options = self.options
        if options.highlighted is None:
            return
        name = options.get_option_at_index(options.highlighted).id or ""
        field = self.query_one(Input)
        field.value = name
        field.cursor_position = len(name)
