"""The command textual-serve runs for each browser tab: the TUI on the same workspace.

Every tab is its own `reader` process, exactly as if the user had opened another
terminal: the first holds the store, later ones open it read-only and say so.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.serving.access import ServeError
from reader.store.store import Store
from reader.workspace import Workspace


def tab_command(workspace: Workspace, paths: Sequence[Path], *, model: str | None = None) -> str:
    """A shell command line (textual-serve runs it through the shell), every part quoted.

    Paths are made absolute: the tab processes must open the same files and store
    whatever their working directory. A path that does not exist is refused now, not
    once per tab.
    """
    missing = [str(path) for path in paths if not path.expanduser().exists()]
    if missing:
        raise ServeError(f"no such dump file or folder: {', '.join(missing)}")
    argv = [sys.executable, "-m", "reader", "open", "--workspace", str(workspace.root)]
    if workspace.db_override is not None:
        argv += ["--db", str(workspace.db_override.expanduser().resolve())]
    if model is not None:
        argv += ["--model", model]
    argv += ["--", *(str(path.expanduser().resolve()) for path in paths)]
    return shlex.join(argv)


def check_store(workspace: Workspace) -> None:
    """Reads the store once, read-only: a store no tab could open stops `reader serve`
    with its error now, instead of ending every tab's session with it in the server log."""
    if workspace.store_path.exists():
        Store(workspace.store_path, root=workspace.root, read_only=True).close()
