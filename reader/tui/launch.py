"""`reader [PATH...]`: resolves the workspace, loads the dumps, runs the app."""

from __future__ import annotations

import argparse
import gc

from reader.nlp import EntityService, resolve_model_name
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.keys import parse_keymap
from reader.tui.library import Library
from reader.workspace import Workspace, dump_paths


def launch(args: argparse.Namespace) -> int:
    """Runs the TUI until the user quits; the exit status for the CLI.

    Config errors (a bad keymap) and a store that cannot be read stop here with a
    one-line error (the store file untouched); unreadable dumps do not: they become
    notifications in the app. A store another reader holds opens read-only.
    """
    workspace = Workspace.open(args.workspace, args.db)
    keymap = parse_keymap(workspace.config.get("keymap"))
    model = resolve_model_name(args.model, workspace)
    store = Store(workspace.store_path)
    try:
        service = EntityService(model=model, cache_dir=workspace.cache_dir)
        library = Library.load(dump_paths(list(args.paths) or [workspace.seeds_dir]))
        app = ReaderApp(library, service, model, store=store, keymap=keymap)
        # The articles live as long as the app: frozen, the garbage collector stops
        # walking them, which keeps its pauses out of key presses in big dumps.
        gc.freeze()
        try:
            app.run()
        finally:
            service.close()
    finally:
        store.close()
    return app.return_code or 0
