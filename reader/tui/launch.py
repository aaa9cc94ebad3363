"""`reader [PATH...]`: resolves the workspace, opens the store, loads the dumps, runs the app."""

from __future__ import annotations

import argparse
import gc

from reader.nlp import resolve_model_name
from reader.nlp.models import language_models
from reader.nlp.router import ModelRouter
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.keys import parse_keymap
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace


def launch(args: argparse.Namespace) -> int:
    """Runs the TUI until the user quits; the exit status for the CLI.

    Config errors (a bad keymap) and an unreadable store stop here with a one-line
    error; unreadable dumps do not: they become notifications in the app.
    """
    workspace = Workspace.open(args.workspace, args.db)
    keymap = parse_keymap(workspace.config.get("keymap"))
    model = resolve_model_name(args.model, workspace)
    languages = language_models(workspace.config)
    store = Store(workspace.store_path)
    try:
        session = open_session(workspace, list(args.paths), store)
        service = ModelRouter(model, languages, workspace.cache_dir)
        app = ReaderApp(session, service, model, keymap=keymap)
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
