"""The one exception family the CLI and TUI turn into a message instead of a traceback."""

from __future__ import annotations

from pathlib import PurePath


class ReaderError(Exception):
    """A failure the user can act on (bad path, unreadable store, missing model).

    Its message is one line, shown as `reader: MESSAGE` by the CLI and as a
    notification by the TUI.
    """

    exit_status = 1
    """The CLI's exit status for it (2: the command was used wrongly)."""


def no_folder(folder: PurePath) -> str:
    """The one line for a file to be written in a folder that does not exist (reader makes
    none unasked: a mistyped path made a tree nobody wanted): which folder, and the command
    that makes it, quoted for a shell (copied unquoted, a path with a space made two)."""
    import shlex  # only on this error

    return f"no folder {folder}: make it first (mkdir -p {shlex.quote(str(folder))})"
