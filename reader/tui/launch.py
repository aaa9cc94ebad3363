"""`reader [PATH...]`: resolves the workspace, opens the store, loads the dumps, runs the app."""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import os
import sys

from reader.errors import ReaderError
from reader.nlp import resolve_model_name
from reader.nlp.models import language_models
from reader.nlp.router import ModelRouter
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.keys import parse_keymap
from reader.tui.presenters.session import open_session
from reader.tui.terminal import TerminalWatch
from reader.workspace import Workspace, require_existing

DRIVER_ENV = "TEXTUAL_DRIVER"
"""Set when Textual draws through another driver than the terminal's (a browser tab)."""


class NoTerminal(ReaderError):
    """The TUI was started without a terminal (from a script, cron, a pipe)."""

    exit_status = 2


WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
"""What textual-serve (`reader serve`) puts in $TEXTUAL_DRIVER for each browser tab:
the app then speaks Textual's packet protocol over pipes, and needs no terminal."""


def in_terminal() -> bool:
    """Whether the app draws in this process's terminal (not in a browser tab)."""
    return os.environ.get(DRIVER_ENV) != WEB_DRIVER


def require_terminal() -> None:
    """NoTerminal unless stdin and stdout are a terminal (or a browser tab drives the app):
    without one the app could only spin, waiting for keys that never come."""
    if in_terminal() and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise NoTerminal(
            "the TUI needs a terminal (stdin and stdout are not one); "
            "scripts can use the subcommands (reader --help)"
        )


def launch(args: argparse.Namespace) -> int:
    """Runs the TUI until the user quits; the exit status for the CLI.

    Config errors (a bad keymap) and an unreadable store stop here with a one-line
    error; unreadable dumps do not: they become notifications in the app.
    """
    require_existing(list(args.paths))
    workspace = Workspace.open(args.workspace, args.db)
    keymap = parse_keymap(workspace.config.get("keymap"))
    model = resolve_model_name(args.model, workspace)
    languages = language_models(workspace.config)
    store = Store(workspace.store_path, root=workspace.root)
    try:
        session = open_session(workspace, list(args.paths), store)
        require_terminal()
        service = ModelRouter(model, languages, workspace.cache_dir)
        app = ReaderApp(session, service, model, keymap=keymap)
        # The articles live as long as the app: frozen, the garbage collector stops
        # walking them, which keeps its pauses out of key presses in big dumps.
        gc.freeze()
        try:
            if in_terminal():
                terminal = (sys.stdin.fileno(), sys.stdout.fileno())
                with TerminalWatch(terminal, functools.partial(_lost, app)):
                    app.run()
            else:
                app.run()
        finally:
            service.close()
    finally:
        store.close()
    return app.return_code or 0


def _lost(app: ReaderApp, signum: int) -> None:
    """From the watch's thread: the app saves and exits (unless it already stopped)."""
    with contextlib.suppress(RuntimeError):  # the app is not running any more
        app.call_from_thread(app.terminal_lost, signum)
