"""One module per CLI subcommand, each a thin shell over domain code.

Each module has `register(subparsers) -> ArgumentParser`, which adds its parser and
sets `func` to a handler taking the parsed namespace and returning an exit status.

Modules are imported only when a subcommand (or --help) is asked for: `reader`
alone opens the TUI, whose first frame must not wait for every subcommand's imports.
"""

from importlib import import_module
from types import ModuleType

NAMES = {
    "analyse": "analyse",
    "articles": "articles",
    "cache": "cache",
    "entities": "entities",
    "export": "export",
    "import": "import_",
    "duplicates": "duplicates",
    "serve": "serve",
    "stats": "stats",
}
"""Subcommand name -> its module in this package."""


def load() -> tuple[ModuleType, ...]:
    """Every subcommand module, imported now (each pulls in its domain modules)."""
    return tuple(import_module(f"{__name__}.{module}") for module in NAMES.values())
