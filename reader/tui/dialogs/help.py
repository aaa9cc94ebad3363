"""The `?` screen: every key, grouped by where it works, as currently bound."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.markup import escape
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
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
            for binding in context.bindings:
                table.add_row(
                    keys.key_text(binding, self._keymap, self.app.get_key_display),
                    binding.description,
                    binding.id or "",
                )
            table.add_row()
        return table

    def action_close(self) -> None:
        """Back to where the user was."""
        self.dismiss()

    def action_scroll_down(self) -> None:
        """One line further down the table."""
        self._box.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        """One line back up the table."""
        self._box.scroll_up(animate=False)

    def action_page_down(self) -> None:
        """A screenful further down the table."""
        self._box.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        """A screenful back up the table."""
        self._box.scroll_page_up(animate=False)

    def action_scroll_top(self) -> None:
        """Back to the first keys."""
        self._box.scroll_home(animate=False)

    def action_scroll_bottom(self) -> None:
        """To the last keys."""
        self._box.scroll_end(animate=False)

    @property
    def _box(self) -> VerticalScroll:
        return self.query_one("#help-box", VerticalScroll)
