"""The `?` screen: every key, grouped by where it works, as currently bound."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import ClassVar

from rich.markup import escape
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui import keys


class HelpScreen(ModalScreen[None]):
    """Lists the key contract, reflecting the user's keymap."""

    BINDINGS: ClassVar[list[BindingType]] = keys.HELP

    def __init__(self, keymap: Mapping[str, str]) -> None:
        super().__init__()
        self._keymap = keymap

    def compose(self) -> ComposeResult:
        """All contexts in one table, so keys and descriptions line up."""
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = escape(
                "esc, ? or q closes · rebind by id in reader.toml [keymap]"
            )
            yield Static(self._table())

    def _table(self) -> Table:
        table = Table(show_header=False, box=None, expand=True, padding=(0, 1))
        table.add_column("keys", style="bold", no_wrap=True, min_width=12)
        table.add_column("action", ratio=1)
        table.add_column("id", style="dim", no_wrap=True)
        for context in keys.CONTEXTS:
            table.add_row(Text(context.title, style="bold underline"), end_section=False)
            for run in _digit_runs(context.bindings, self._keymap):
                first, last = run[0], run[-1]
                shown = keys.shown_keys(self.app, first)
                if len(run) == 1:
                    table.add_row(shown, first.description, first.id or "")
                    continue
                digits = f"{first.key}–{last.key}"
                table.add_row(
                    f"{first.key} … {last.key}",
                    first.description.replace(first.key, digits, 1),
                    f"{first.id}…{last.key}",
                )
            table.add_row()
        return table

    def action_close(self) -> None:
        """Back to where the user was."""
        self.dismiss()

    def action_scroll_down(self) -> None:
        """One line further down the table."""
        self._box.scroll_down(animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        """One line back up the table."""
        self._box.scroll_up(animate=False, immediate=True)

    def action_page_down(self) -> None:
        """A screenful further down the table."""
        self._box.scroll_relative(
            y=self._box.scrollable_content_region.height, animate=False, immediate=True
        )

    def action_page_up(self) -> None:
        """A screenful back up the table."""
        self._box.scroll_relative(
            y=-self._box.scrollable_content_region.height, animate=False, immediate=True
        )

    def action_scroll_top(self) -> None:
        """Back to the first keys."""
        self._box.scroll_home(animate=False, immediate=True)

    def action_scroll_bottom(self) -> None:
        """To the last keys."""
        self._box.scroll_end(animate=False, immediate=True)

    @property
    def _box(self) -> VerticalScroll:
        return self.query_one("#help-box", VerticalScroll)


def _digit_runs(bindings: Sequence[Binding], keymap: Mapping[str, str]) -> Iterator[list[Binding]]:
    """The bindings one by one, but a run of one binding per digit ('Tag with key 1' …
    '9', their keys not rebound) as one: nine rows each for the tag and label keys took
    eighteen of the screen for two keys."""
    run: list[Binding] = []
    for binding in bindings:
        if run and _next_digit(run[-1], binding, keymap):
            run.append(binding)
            continue
        if run:
            yield run
        run = [binding]
    if run:
        yield run


def _next_digit(previous: Binding, binding: Binding, keymap: Mapping[str, str]) -> bool:
    """Whether `binding` is the digit after `previous`, bound to it, saying the same."""
    if not (previous.key.isdigit() and binding.key.isdigit() and previous.id and binding.id):
        return False
    return (
        int(binding.key) == int(previous.key) + 1
        and keys.keys_for(previous, keymap) == previous.key
        and keys.keys_for(binding, keymap) == binding.key
        and previous.description.replace(previous.key, binding.key, 1) == binding.description
        and previous.id.removesuffix(previous.key) == binding.id.removesuffix(binding.key)
    )
