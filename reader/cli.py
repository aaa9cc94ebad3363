"""The `reader` command: the TUI by default, and one thin subcommand per domain task.

`reader [PATH...]` opens the TUI; `reader SUBCOMMAND ...` runs a subcommand. Every
error a user can cause ends as one line on stderr and a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__, subcommands
from reader.errors import ReaderError
from reader.text.safe import visible_line

EXIT_USAGE = 2
EXIT_ERROR = 1


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        type=Path,
        metavar="DIR",
        help="workspace folder holding seeds/ and annotations/ (default: current directory)",
    )
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help="the annotation store to use (TinyDB JSON file)"
    )


def build_parser(with_subcommands: bool = True) -> argparse.ArgumentParser:
    """The full parser: subcommands, plus the TUI's own options on the bare command.

    Without subcommands it only knows `open` (the TUI), and imports none of them.
    """
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read, triage and annotate dumps of news articles in the terminal.",
        epilog="With no subcommand, opens the TUI on PATH... (default: the workspace's seeds/).",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    tui = sub.add_parser("open", help="open the TUI on dumps (the default subcommand)")
    tui.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="dump files or folders")
    tui.add_argument("--model", metavar="NAME", help="spaCy pipeline to use for entities")
    _add_common(tui)
    tui.set_defaults(func=_run_tui)
    for module in subcommands.load() if with_subcommands else ():
        command = module.register(sub)
        _add_common(command)
    return parser


def _run_tui(args: argparse.Namespace) -> int:
    from reader.tui.launch import launch

    return launch(args)


def _tui_argv(argv: list[str]) -> list[str] | None:
    """`reader PATH` means `reader open PATH`: the TUI's arguments, or None for a subcommand."""
    if argv[:1] and argv[0] in ("-h", "--help", "--version"):
        return None
    first = next((a for a in argv if not a.startswith("-")), None)
    if first == "open":
        return argv
    if first is None or first not in subcommands.NAMES:
        return ["open", *argv]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit status."""
    given = list(sys.argv[1:] if argv is None else argv)
    tui = _tui_argv(given)
    args = build_parser(with_subcommands=tui is None).parse_args(given if tui is None else tui)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_ERROR
    except (ReaderError, OSError) as exc:  # OSError: a refusal no domain code foresaw
        print(f"reader: {visible_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
