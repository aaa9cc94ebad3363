"""One module per CLI subcommand, each a thin shell over domain code.

Each module has `register(subparsers) -> ArgumentParser`, which adds its parser and
sets `func` to a handler taking the parsed namespace and returning an exit status.
"""

from reader.subcommands import articles, entities, export, import_, stats

SUBCOMMANDS = (articles, entities, export, import_, stats)
