"""`reader serve [PATH...]`: the TUI in a browser, one `reader` process per tab.

textual-serve relays each tab's terminal over a websocket. It has no authentication
of its own, so beyond loopback a `--token` is required and every request must carry it.
"""

from __future__ import annotations

import argparse
import os

from reader.serving.access import TOKEN_ENV, check_listen, page_url
from reader.serving.command import check_store, tab_command
from reader.subcommands import given_path
from reader.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `serve` parser."""
    parser = sub.add_parser(
        "serve",
        help="serve the TUI to web browsers (one reader per tab)",
        description="Serves the TUI on http://HOST:PORT/; each browser tab runs its own "
        "reader on the same workspace and store (the second holds it read-only).",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=given_path,
        metavar="PATH",
        help="dump files or folders (default: seeds/)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="default: 8000")
    parser.add_argument(
        "--token",
        metavar="SECRET",
        default=os.environ.get(TOKEN_ENV),
        help="a secret every request must carry (?token=SECRET); required beyond loopback "
        f"(default: ${TOKEN_ENV}, which `ps` does not show to other users)",
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use for entities")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Checks the options, then serves until interrupted."""
    check_listen(args.host, args.port, args.token)
    workspace = Workspace.open(args.workspace, args.db)
    command = tab_command(workspace, args.paths, model=args.model)
    check_store(workspace)
    from reader.serving.server import GuardedServer  # aiohttp and textual-serve: only here

    server = GuardedServer(
        command,
        host=args.host,
        port=args.port,
        token=args.token,
        title="reader",
        url=page_url(args.host, args.port, args.token),
    )
    server.serve()
    return 0
