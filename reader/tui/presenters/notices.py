"""The notices a session opens with, one per kind of trouble rather than one per dump.

Toasts sit over the list's pane, as narrow as it: at 80 columns three start-up notices
(a binary dump, two empty ones) each took five lines of full paths broken mid-word,
stood taller than the list and hid every row but the first for their 15 s. One notice
names every dump of a kind in a line each, by its path inside the workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Literal

from reader.annotation.dumps_gone import GoneDump, gone_message
from reader.text.counted import counted

Severity = Literal["information", "warning", "error"]
"""Textual's severity levels (its type is not imported: this module has no Textual)."""
LISTED_LINES = 4
"""Lines a grouped notice names one by one; the rest are counted (`reader articles`
names every one)."""


@dataclass(frozen=True, slots=True)
class Notice:
    """What one toast says, and how loudly."""

    title: str
    message: str
    severity: Severity
    timeout: float = 15

    def show(self, notify: Callable[..., object]) -> None:
        """Raises the toast with `notify` (a Textual app's or screen's), so every notice is
        shown with its title, severity and timeout alike."""
        notify(self.message, title=self.title, severity=self.severity, timeout=self.timeout)


def not_listed(problems: Sequence[str], empty: Sequence[str], root: Path | None) -> Notice | None:
    """One notice for the dumps that could not be read and those that gave no article; a
    single dump keeps the title it always had. None when every dump listed articles."""
    lines = [*problems, *empty]
    if not lines:
        return None
    severity: Severity = "error" if problems else "warning"
    if len(lines) == 1:
        title = "Dump not loaded" if problems else "Nothing to list"
    else:
        title = f"{len(lines)} dumps not listed"
    return Notice(title, _listed(lines, root), severity)


def left_out(paths: Sequence[str], root: Path | None) -> Notice | None:
    """One notice for the notes of the folders opened (a README), left out of the dumps:
    the list would otherwise miss them without a word. Their paths, then what to do."""
    if not paths:
        return None
    title = "Left out: a folder's notes" if len(paths) == 1 else "Left out: folders' notes"
    why = "notes, not dumps: name one to open it"
    return Notice(title, f"{_listed(paths, root)}\n({why})", "information")


def stale(corrections: Sequence[str], root: Path | None) -> Notice | None:
    """One notice for the corrections whose text is no longer in their dump (kept, listed)."""
    if not corrections:
        return None
    count = len(corrections)
    title = "Correction no longer applies" if count == 1 else f"{count} corrections no longer apply"
    return Notice(title, _listed(corrections, root), "warning")


def followed(lines: Sequence[str]) -> Notice | None:
    """One notice for the dumps found renamed or moved, whose corrections and records now
    follow them (`reader.annotation.dump_moves`): work that seemed lost is there."""
    if not lines:
        return None
    title = "Dump renamed" if len(lines) == 1 else f"{len(lines)} dumps renamed"
    return Notice(title, _listed(lines, None), "information")


def gone(dumps: Sequence[GoneDump], root: Path | None, stats_key: str) -> Notice | None:
    """One notice for the dumps not found where the store saw them, whose work it keeps
    (`reader.annotation.dumps_gone`): the list no longer shows that work, and silence
    would read as work lost. Given only the dumps not told of yet (`untold`), it says so
    once, and where it is said again: the stats screen (`stats_key`) and `reader stats`."""
    if not dumps:
        return None
    title = "Dump not found" if len(dumps) == 1 else f"{len(dumps)} dumps not found"
    where = None if root is None else str(root)
    again = f"Said once; {stats_key} (stats) says it again, as reader stats does."
    message = f"{gone_message(dumps, where, LISTED_LINES)}\n{again}"
    return Notice(title, message, "warning", timeout=30)


def unchecked(count: int, key_of: Callable[[str], str]) -> Notice | None:
    """One line for the joined articles found checked though one part alone was, whose
    check the app took off at start (`reader.annotation.weld_checks`): their entities
    would have trained as gold with the other part's names as none. `key_of`: a binding's
    keys as the user has them bound (`keys.shown_key_of`), for the keys that check an
    article again ("i, then c")."""
    if not count:
        return None
    recheck = ", then ".join(key_of(binding) for binding in ("edit_entities", "check_entities"))
    it = "it" if count == 1 else "each"
    message = (
        f"{counted(count, 'joined article')} no longer checked: one part of {it} was "
        f"never checked ({recheck} checks it again; {key_of('undo')} undoes)"
    )
    return Notice("Entity checks", message, "warning", timeout=30)


def inbox_trouble(error: str, path: Path, root: Path | None) -> str:
    """The inbox's one line about a dump it could not read (or about itself), with the
    path as the user knows it: from the workspace's folder ("seeds/x.txt"), else the
    folder's name and the file's. It began with the whole path from /, which in a notice
    as narrow as the list took more lines than the reason."""
    told = str(path)
    if not error.startswith(told):
        return error
    shown = _inside(told, root)
    if shown == told:
        shown = str(PurePath(path.parent.name, path.name))
    return shown + error[len(told) :]


def _listed(lines: Sequence[str], root: Path | None) -> str:
    shown = [_inside(line, root) for line in lines[:LISTED_LINES]]
    if rest := len(lines) - len(shown):
        shown.append(f"and {rest} more")
    return "\n".join(shown)


def _inside(line: str, root: Path | None) -> str:
    """A line that opens with a path inside the workspace, with the path from there on:
    the workspace's own folder says nothing the user does not know."""
    if root is None:
        return line
    prefix = f"{root}/"
    return line[len(prefix) :] if line.startswith(prefix) else line
