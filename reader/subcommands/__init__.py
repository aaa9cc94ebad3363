"""One module per CLI subcommand, each a thin shell over domain code.

Each module has `register(subparsers) -> ArgumentParser`, which adds its parser and
sets `func` to a handler taking the parsed namespace and returning an exit status.

Modules are imported only when a subcommand (or --help) is asked for: `reader`
alone opens the TUI, whose first frame must not wait for every subcommand's imports.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from types import ModuleType

NAMES = {
    "analyse": "analyse",
    "articles": "articles",
    "cache": "cache",
    "entities": "entities",
    "evaluate": "evaluate",
    "export": "export",
    "import": "import_",
    "duplicates": "duplicates",
    "models": "models",
    "search": "search",
    "serve": "serve",
    "stats": "stats",
}
"""Subcommand name -> its module in this package."""


def given_path(text: str) -> Path:
    """A path argument as typed; an empty one refused. `Path("")` is the current folder, so
    `reader export --source ''` (a variable never set, say) read every .txt of the folder
    the shell was in as a dump, and `reader stats ''` counted it."""
    if not text.strip():
        import argparse

        raise argparse.ArgumentTypeError("an empty path names nothing")
    return Path(text)


def load(only: str | None = None) -> tuple[ModuleType, ...]:
    """Every subcommand module, or only the one called `only`, imported now (each pulls in
    its domain modules: all of them were a third of a one-shot `reader export` process)."""
    modules = NAMES.values() if only is None else (NAMES[only],)
    return tuple(import_module(f"{__name__}.{module}") for module in modules)


GLOBAL_OPTIONS = ("--workspace", "--db")
"""Options every command takes, before or after the subcommand (`reader --db X stats`)."""


def add_global_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """The global options, on the bare command (`top`) and again on every subcommand.

    A subcommand's copy defaults to "not given", so a value given before the
    subcommand is not overwritten by the subcommand's default.
    """
    import argparse  # here: a plain `reader PATH` never builds a parser (`reader.cli`)

    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--workspace",
        type=given_path,
        metavar="DIR",
        default=default,
        help="workspace folder holding seeds/ and annotations/ (default: current directory)",
    )
    parser.add_argument(
        "--db",
        type=given_path,
        metavar="PATH",
        default=default,
        help="the annotation store to use (TinyDB JSON file)",
    )
