"""The `jsonl` export's tokens made after the app closes, so a workspace's first
`reader export -f jsonl` reads them from the token cache instead of making them.

A first `jsonl` export of 100,000 annotations spent two of its three floors (the orjson
floor: docs/performance.md) making each article's Prodigy tokens and spans, which every
later export reads back. The app, closed after its annotations changed, leaves that work
to a process of its own (`leave_behind`): it gathers what `reader export -f jsonl` with no
filter gathers (the store's snapshot joined to the dumps' split, as the app left them) and
makes only the entries the cache lacks, at `DETACHED_NICE`. A workspace whose dumps are not
all in the split cache is left alone: splitting them is no work to do for a format the user
may never ask for. Losing this process (killed, a full disk) costs one slower export; it
writes nothing but the cache, atomically. So does not starting it: `tokens_ahead = false` in
`reader.toml` (a machine shared, a laptop on battery), and a system where it could not be
started meek and bounded in time (no `os.nice` or `signal.alarm`: Windows).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from reader.collector import collector_paused
from reader.dumps.split_cache import SplitCache
from reader.interchange.export import FORMATS
from reader.interchange.exporters.jsonl import keep_tokens
from reader.interchange.exporters.selection import Selection
from reader.leaving import DETACHED_LIFE_S, DETACHED_NICE
from reader.library.switches import switch
from reader.store import Store
from reader.subcommands._dumps import workspace_dumps
from reader.subcommands.export import joined
from reader.workspace import Workspace

SETTING = "tokens_ahead"
"""The `reader.toml` switch (default on) that lets the app and `reader import` leave it."""


def leave_behind(workspace: Workspace) -> None:
    """Starts `make` for `workspace` in a new process of its own session and returns: the
    user's shell waits for it no more than for the app's snapshot. A new program, not a
    fork: the app ends with threads that may hold locks a fork would copy. Nothing when
    `reader.toml` switches it off or it could not run meekly (see the module's notes)."""
    meek = hasattr(os, "nice") and hasattr(signal, "alarm")  # neither is there on Windows
    if not (meek and switch(workspace, SETTING, default=True)):
        return
    with contextlib.suppress(OSError):  # no process to spare: the export makes them
        subprocess.Popen(
            command(workspace),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )


def command(workspace: Workspace) -> list[str]:
    """The program `leave_behind` starts for `workspace`."""
    argv = [sys.executable, "-m", __name__, str(workspace.root)]
    if workspace.db_override is not None:
        argv.append(str(workspace.db_override.absolute()))
    return argv


def make(workspace: Workspace) -> bool:
    """Keeps in the workspace's token cache the tokens and spans a `jsonl` export with no
    filter would make now; whether it made any. Nothing when the store is gone or a dump
    of the workspace was never split."""
    if not workspace.store_path.is_file():
        return False
    fmt = FORMATS["jsonl"]
    selection = Selection(include_absent=True).for_format(fmt.work, False, fmt.states)
    with Store(workspace.store_path, root=workspace.root, read_only=True, bulk=True) as store:
        split = SplitCache(workspace.cache_dir).get_all(workspace_dumps(workspace, store))
        if split is None:
            return False
        export, _articles = joined(workspace, store, split, selection)
    return keep_tokens(export)


def _main(argv: list[str]) -> None:
    """`python -m` this module ROOT [DB]: `make`, meekly, never for longer than a detached
    process of `reader.leaving` lives, with the collector paused as `reader export` runs
    (what it makes holds no cycles; walking it was a quarter of this process's CPU)."""
    signal.alarm(DETACHED_LIFE_S)
    os.nice(DETACHED_NICE)
    with collector_paused():
        make(Workspace.open(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else None))


if __name__ == "__main__":
    _main(sys.argv[1:])
