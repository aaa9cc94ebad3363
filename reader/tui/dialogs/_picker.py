"""The filter-as-you-type dialog the tag and label pickers share.

A name field over a list of choices: typing narrows the list and highlights the
best one, enter (or a click) takes the highlighted choice, esc cancels. A subclass
names its widgets and says which choices a typed text offers.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option


class FilteringPicker(ModalScreen[str | None]):
    """Chooses one name from a list narrowed as the user types; returns its option id."""

    BOX_ID: ClassVar[str]
    """The id of the bordered box (the stylesheet sizes it)."""
    OPTIONS_ID: ClassVar[str]
    """The id of the option list."""
    INPUT_ID: ClassVar[str]
    """The id of the name field."""
    PLACEHOLDER: ClassVar[str]
    """What the empty name field says."""
    HINTS: ClassVar[str]
    """The keys, on the box's lower border."""

    def __init__(self, title: str, hints: str | None = None) -> None:
        """`title` on the box's upper border; `hints` replaces `HINTS` on the lower one."""
        super().__init__()
        self._title = title
        self._hints = self.HINTS if hints is None else hints

    def choices(self, typed: str) -> list[Option]:
        """The options offered for what was typed, best first (the first is highlighted)."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        """A name field over the matching choices."""
        with Vertical(id=self.BOX_ID) as box:
            box.border_title = Content(self._title)  # a quote or a tag name: never markup
            box.border_subtitle = self._hints
            yield self.name_field()
            yield OptionList(id=self.OPTIONS_ID, markup=False)

    def name_field(self) -> Input:
        """The box the user types into (a subclass may leave it some keys)."""
        return Input(placeholder=self.PLACEHOLDER, id=self.INPUT_ID)

    def on_mount(self) -> None:
        """Every choice listed, the name field focused."""
        self._refill("")
        self.query_one(Input).focus()

    @property
    def options(self) -> OptionList:
        """The list of choices."""
        return self.query_one(f"#{self.OPTIONS_ID}", OptionList)

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._refill(event.value)

    def _refill(self, typed: str) -> None:
        options = self.choices(typed)
        self.options.set_options(options)
        if options:
            self.options.highlighted = 0

    @on(Input.Submitted)
    def _submit(self) -> None:
        options = self.options
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cursor_down(self) -> None:
        """Next choice."""
        self.options.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous choice."""
        self.options.action_cursor_up()

    def action_close(self) -> None:
        """Back to the article, nothing changed."""
        self.dismiss(None)
