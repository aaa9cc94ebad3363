"""`reader [PATH...]`: resolves the workspace, loads the dumps, runs the app."""

from __future__ import annotations

import argparse
import gc

from reader.nlp import EntityService, resolve_model_name
from reader.tui.app import ReaderApp
from reader.tui.keys import parse_keymap
from reader.tui.library import Library
from reader.workspace import Workspace, dump_paths


def launch(args: argparse.Namespace) -> int:
    """Runs the TUI until the user quits; the exit status for the CLI.

    Config errors (a bad keymap) stop here with a one-line error; unreadable dumps
    do not: they become notifications in the app.
    """
    workspace = Workspace.open(args.workspace, args.db)
    keymap = parse_keymap(workspace.config.get("keymap"))
    model = resolve_model_name(args.model, workspace)
    service = EntityService(model=model, cache_dir=workspace.cache_dir)
    library = Library.load(dump_paths(list(args.paths) or [workspace.seeds_dir]))
    app = ReaderApp(library, service, model, keymap=keymap)
    # The articles live as long as the app: frozen, the garbage collector stops
    # walking them, which keeps its pauses out of key presses in big dumps.
    gc.freeze()
    try:
        app.run()
    finally:
        service.close()
    return app.return_code or 0
