"""The filter-as-you-type dialog the tag and label pickers share.

A name field over a list of choices: typing narrows the list and highlights the
best one, enter (or a click) takes the highlighted choice, esc cancels. A subclass
names its widgets and says which choices a typed text offers.

A choice's key (1–9: a tag's hotkey, a label's number in the legend), typed first,
takes that choice at once, as the key does on the screen under the dialog and as the
tools annotators come from pick a label (Prodigy's manual interfaces by the numbers 1–9,
doccano by each label's shortcut key): typing "3" made a new tag or label named "3". A
digit after other characters, or one no choice has, is typed (a space first types a name
that opens with a choice's key: "2024").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option


class _NameField(Input):
    """The name field, which leaves a choice's key typed first to the picker's binding."""

    def __init__(self, keys: frozenset[str], placeholder: str, field_id: str) -> None:
        super().__init__(placeholder=placeholder, id=field_id)
        self._keys = keys

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Not a choice's key into an empty field: Textual then runs the picker's binding."""
        if not self.value and character in self._keys:
            return False
        return super().check_consume_key(key, character)


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

    def __init__(
        self, title: str, hints: str | None = None, keyed: Mapping[str, str] | None = None
    ) -> None:
        """`title` on the box's upper border; `hints` replaces `HINTS` on the lower one;
        `keyed`: the choice (its option id) each key typed first takes."""
        super().__init__()
        self._title = title
        self._hints = self.HINTS if hints is None else hints
        self._keyed = dict(keyed or {})

    def choices(self, typed: str) -> list[Option]:
        """The options offered for what was typed, best first (the first is highlighted)."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        """A name field over the matching choices."""
        with Vertical(id=self.BOX_ID) as box:
            box.border_title = Content(self._title)  # a quote or a tag name: never markup
            box.border_subtitle = self._hints
            yield _NameField(frozenset(self._keyed), self.PLACEHOLDER, self.INPUT_ID)
            yield OptionList(id=self.OPTIONS_ID, markup=False)

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

    def action_pick_by_key(self, key: str) -> None:
        """The choice whose key `key` is, typed first (see the module's docstring); the
        field takes a digit typed after text as typed (`_NameField`), so this never sees
        it. A digit no choice has does nothing here (with the list focused, after a click)."""
        if key not in self._keyed:
            raise SkipAction
        self.dismiss(self._keyed[key])

    def action_cursor_down(self) -> None:
        """Next choice."""
        self.options.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous choice."""
        self.options.action_cursor_up()

    def action_close(self) -> None:
        """Back to the article, nothing changed."""
        self.dismiss(None)
