"""The tag screen (`#`, and the palette): every tag with its colour, hotkey and use.

Keys on the highlighted tag: `1`–`9` give it that hotkey (`0` takes it off), `r`
renames, `c` / `C` the next / previous colour, `m` merges it into another tag, `d`
deletes it (asking first when annotations carry it). Each change is one undo step
of the store's journal; `u` / `ctrl+r` undo and redo here as on the reading screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.annotation.tag_set import (
    TagEditor,
    TagRow,
    deletion_question,
    merge_question,
    tag_rows,
)
from reader.errors import ReaderError
from reader.store import StoreWriteError
from reader.text.cells import column
from reader.text.counted import counted
from reader.tui import keys
from reader.tui.presenters.refusals import refusal

KEYS_HELP = (
    ("tags_hotkey_1", "–", "tags_hotkey_9", " key"),
    ("tags_no_hotkey", " no key"),
    ("rename_tag", " rename"),
    ("recolour_tag", "/", "recolour_tag_back", " colour"),
    ("merge_tag", " merge"),
    ("delete_tag", " delete"),
    ("tags_undo", " undo"),
    ("close_tags", ""),
)
"""The keys under the tag list, as binding ids and the words between them (each binding
named by its first key as the user's keymap binds it: the words were written by hand, so a
rebound key was named wrong)."""
NAME_WIDTH = 24


class TagScreen(ModalScreen[None]):
    """Lists the tag set and changes it through a `TagEditor`."""

    BINDINGS: ClassVar[list[BindingType]] = keys.TAG_SCREEN

    def __init__(
        self,
        editor: TagEditor,
        changed: Callable[[], None],
        undo: Callable[[], None],
        redo: Callable[[], None],
    ) -> None:
        """`changed` runs after every change (the reading screen redraws its marks);
        `undo` and `redo` are the reading screen's own, so they say what they did."""
        super().__init__()
        self._editor = editor
        self._changed = changed
        self._undo = undo
        self._redo = redo
        self.rows: list[TagRow] = []
        """The tags as listed now."""

    def compose(self) -> ComposeResult:
        """The tags in a box, the keys underneath."""
        with Vertical(id="tag-screen") as box:
            box.border_title = "Tags"
            box.border_subtitle = self._keys_help()
            yield OptionList(id="tag-rows", markup=False)
            yield Static("", id="tag-status", markup=False)

    def on_mount(self) -> None:
        """Every tag listed, the first highlighted."""
        self.refill()
        self._list.focus()

    @property
    def _list(self) -> OptionList:
        return self.query_one("#tag-rows", OptionList)

    @property
    def current(self) -> TagRow | None:
        """The highlighted tag."""
        index = self._list.highlighted
        return None if index is None or index >= len(self.rows) else self.rows[index]

    def refill(self, keep: str | None = None) -> None:
        """Lists the store's tags again, keeping the highlight on `keep` (else where it was)."""
        before = self._list.highlighted or 0
        name = keep or (self.current.tag.name if self.current else None)
        self.rows = tag_rows(self._editor.store)
        self._list.set_options([Option(_row_text(row), id=row.tag.name) for row in self.rows])
        names = [row.tag.name for row in self.rows]
        if names:
            self._list.highlighted = (
                names.index(name) if name in names else min(before, len(names) - 1)
            )
        total = sum(1 for row in self.rows if row.annotations)
        tags = counted(len(self.rows), "tag")
        status = f"{tags}, {total} in use" if self.rows else "No tags yet: t makes one"
        self.query_one("#tag-status", Static).update(status)

    def _do(self, change: Callable[[], str], keep: str | None = None) -> None:
        """Runs one change; notifies what it did or why not; redraws."""
        try:
            message = change()
        except StoreWriteError as exc:
            self.notify(str(exc), title="Not saved yet", severity="error", timeout=15)
            message = None
        except ReaderError as exc:
            said = refusal(exc, self._editor.store)
            self.notify(said, title="Nothing changed", severity="error")
            return
        self._changed()
        self.refill(keep)
        if message:
            self.notify(message)

    def _row(self) -> TagRow | None:
        row = self.current
        if row is None:
            self.app.bell()
        return row

    # -- keys ---------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        """Next tag."""
        self._list.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous tag."""
        self._list.action_cursor_up()

    def action_hotkey(self, key: str) -> None:
        """1–9: the highlighted tag answers to that key (0: to none)."""
        row = self._row()
        if row is not None:
            name = row.tag.name
            self._do(lambda: self._editor.set_hotkey(name, None if key == "0" else key), name)

    def action_recolour(self, step: int) -> None:
        """c / C: the next / previous colour of the palette."""
        row = self._row()
        if row is not None:
            name = row.tag.name
            self._do(lambda: self._editor.recolour(name, step), name)

    def action_rename(self) -> None:
        """r: a new name for the highlighted tag, everywhere it is used."""
        row = self._row()
        if row is None:
            return
        old = row.tag.name

        def named(new: str | None) -> None:
            if new is not None and " ".join(new.split()) != old:
                self._do(lambda: self._editor.rename(old, new), " ".join(new.split()))

        from reader.tui.dialogs.title_editor import TitleEditor  # loaded on first use

        self.app.push_screen(TitleEditor(old, heading=f"Rename tag “{old}”"), named)

    def action_merge(self) -> None:
        """m: chooses another tag; the highlighted one's uses move to it, and it goes."""
        row = self._row()
        if row is None:
            return
        others = [r.tag for r in self.rows if r.tag.name != row.tag.name]
        if not others:
            self.notify("There is no other tag to merge it into.", severity="warning")
            return

        def chosen(target: str | None) -> None:
            if target:
                self._confirm(merge_question(row, target), lambda: self._merge(row, target))

        from reader.tui.dialogs.tag_picker import TagPicker  # loaded on first use

        heading = f"Merge “{row.tag.name}” into…"
        self.app.push_screen(TagPicker(others, (), "", heading=heading, create=False), chosen)

    def _merge(self, row: TagRow, target: str) -> None:
        self._do(lambda: self._editor.merge(row.tag.name, target), target)

    def action_delete(self) -> None:
        """d: deletes the highlighted tag (asking first when annotations carry it)."""
        row = self._row()
        if row is None:
            return
        name = row.tag.name
        undo = self._key("tags_undo")
        question = deletion_question(row, undo)

        def delete() -> str:
            return f"{self._editor.delete(name)} ({undo} undoes)"

        if question is None:
            self._do(delete)
        else:
            self._confirm(question, lambda: self._do(delete))

    def _key(self, binding_id: str) -> str:
        """The first key of a binding, as the user's keymap binds it."""
        return keys.shown_key_of(self.app, binding_id).split(" / ")[0]

    def _keys_help(self) -> str:
        """`KEYS_HELP` with the keys bound now."""
        words = (
            "".join(self._key(part) if i % 2 == 0 else part for i, part in enumerate(item))
            for item in KEYS_HELP
        )
        return " · ".join(words)

    def _confirm(self, question: str, then: Callable[[], None]) -> None:
        from reader.tui.dialogs.confirm import Confirm  # loaded on first use

        self.app.push_screen(Confirm(question), lambda yes: then() if yes else None)

    def action_undo(self) -> None:
        """u: undoes the last change (of tags or anything else), as on the reading screen."""
        self._undo()
        self.refill()

    def action_redo(self) -> None:
        """ctrl+r: redoes it."""
        self._redo()
        self.refill()

    def action_close(self) -> None:
        """Back to reading."""
        self.dismiss(None)

    @on(OptionList.OptionSelected)
    def _enter(self) -> None:
        self.action_rename()


def _row_text(row: TagRow) -> Text:
    """`██ claim            key 3   12 annotations in 5 articles`."""
    tag = row.tag
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("  ", Style(bgcolor=tag.colour))
    text.append(f" {column(tag.name, NAME_WIDTH)} ", Style(color=tag.colour, bold=True))
    text.append(f"{'key ' + tag.hotkey if tag.hotkey else 'no key':<7}", Style(dim=not tag.hotkey))
    text.append(f" {tag.colour}  ", Style(dim=True))
    text.append(row.usage, Style(dim=not row.annotations))
    return text
