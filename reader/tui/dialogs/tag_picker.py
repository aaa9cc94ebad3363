"""The tag picker (`t`): type to find a tag, enter applies it, or creates the one typed.

Matching tags come first (so enter after a few letters takes the existing tag);
offering to create the typed name comes last.

Returns the chosen tag name (the screen toggles it on the passage); tags the
passage already has are ticked, since choosing one of those takes it off.
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
from reader.store import Tag
from reader.tui import keys

CREATE_PREFIX = "+ create tag "


def matching(tags: Sequence[Tag], typed: str) -> list[Tag]:
    """Tags whose name starts with what was typed, then those that contain it (case-blind)."""
    wanted = " ".join(typed.split()).casefold()
    if not wanted:
        return list(tags)
    starts = [t for t in tags if t.name.casefold().startswith(wanted)]
    inside = [t for t in tags if wanted in t.name.casefold() and t not in starts]
    return starts + inside


class TagPicker(ModalScreen[str | None]):
    """Chooses one tag by name, with completion; can make a new one."""

    BINDINGS: ClassVar[list[BindingType]] = keys.TAG_PICKER

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
        super().__init__()
        self._tags = list(tags)
        self._applied = frozenset(applied)
        self._quote = quote
        self._heading = heading
        self._create = create

    def compose(self) -> ComposeResult:
        """A name field over the matching tags."""
        with Vertical(id="tag-picker") as box:
            box.border_title = self._heading or f"Tag “{quote_preview(self._quote, 50)}”"
            box.border_subtitle = (
                "enter applies or creates · tab completes · esc cancels"
                if self._create
                else "enter chooses · tab completes · esc cancels"
            )
            yield Input(placeholder="tag name", id="tag-name")
            yield OptionList(id="tag-options", markup=False)

    def on_mount(self) -> None:
        """Every tag listed, the name field focused."""
        self._refill("")
        self.query_one(Input).focus()

    @property
    def _options(self) -> OptionList:
        return self.query_one("#tag-options", OptionList)

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._refill(event.value)

    def _refill(self, typed: str) -> None:
        found = matching(self._tags, typed)
        options = [Option(self._prompt(tag), id=tag.name) for tag in found]
        name = " ".join(typed.split())
        new = all(tag.name.casefold() != name.casefold() for tag in self._tags)
        if name and self._create and new:
            options.append(Option(Text(f"{CREATE_PREFIX}“{name}”", Style(italic=True)), id=name))
        self._options.set_options(options)
        if options:
            self._options.highlighted = 0

    def _prompt(self, tag: Tag) -> Text:
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append("✓ " if tag.name in self._applied else "  ", Style(bold=True))
        prompt.append("  ", Style(bgcolor=tag.colour))
        prompt.append(f" {tag.name}")
        if tag.hotkey:
            prompt.append(f"  key {tag.hotkey}", Style(dim=True))
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
        """Next tag."""
        self._options.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous tag."""
        self._options.action_cursor_up()

    def action_complete(self) -> None:
        """Fills the name field with the highlighted tag's name."""
        options = self._options
        if options.highlighted is None:
            return
        name = options.get_option_at_index(options.highlighted).id or ""
        field = self.query_one(Input)
        field.value = name
        field.cursor_position = len(name)

    def action_close(self) -> None:
        """Back to the article, nothing changed."""
        self.dismiss(None)
