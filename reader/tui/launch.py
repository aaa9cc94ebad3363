"""`reader [PATH...]`: resolves the workspace, loads the dumps, runs the app."""

from __future__ import annotations

import argparse

from reader.nlp import EntityService, resolve_model_name
from reader.tui.app import ReaderApp
from reader.tui.keys import parse_keymap
from reader.tui.library import Library
from reader.workspace import Workspace, dump_paths


def build_app(args: argparse.Namespace) -> ReaderApp:
    """The app for the parsed command line (no terminal needed: tests and benchmarks use it)."""
    workspace = Workspace.open(args.workspace, args.db)
    keymap = parse_keymap(workspace.config.get("keymap"))
    paths = dump_paths(list(args.paths) or [workspace.seeds_dir])
    model = resolve_model_name(args.model, workspace)
    service = EntityService(model=model, cache_dir=workspace.cache_dir)
    return ReaderApp(Library.load(paths), service, model, keymap=keymap)


def launch(args: argparse.Namespace) -> int:
    """Runs the TUI until the user quits; the exit status for the CLI."""
    app = build_app(args)
    app.run()
    return app.return_code or 0
