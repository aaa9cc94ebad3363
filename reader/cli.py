"""The `reader` command: the TUI by default, and one thin subcommand per domain task.

`reader [PATH...]` opens the TUI; `reader SUBCOMMAND ...` runs a subcommand. Every
error a user can cause ends as one line on stderr and a non-zero exit, never a
traceback. A plain `reader [PATH...]` (paths and the TUI's options spelled out) is read
without `argparse`, whose import and parser cost the first frame tens of milliseconds;
everything else, help and mistakes included, goes through the parser.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType, SimpleNamespace
from typing import TYPE_CHECKING, NoReturn

from reader import __version__, leaving, subcommands
from reader.errors import ReaderError
from reader.text.safe import visible_line

EXIT_USAGE = 2
EXIT_ERROR = 1
_UNWIND_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


if TYPE_CHECKING:
    import argparse

_VALUE_OPTIONS = frozenset({*subcommands.GLOBAL_OPTIONS, "--model"})
"""Options whose next word is their value, not a subcommand or a path."""
_HELP = ("-h", "--help", "--version")
_TUI_OPTIONS = {"--workspace": "workspace", "--db": "db", "--model": "model"}
"""The TUI's options (`open`'s), by the attribute the parser gives their value."""


def build_parser(with_subcommands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The full parser: subcommands, plus the TUI's own options on the bare command.

    Without subcommands it only knows `open` (the TUI), and imports none of them; with
    `only`, a subcommand's name, it knows that one alone (the command line names it).
    """
    parser = _parser_class()(
        prog="reader",
        description="Read, triage and annotate dumps of news articles in the terminal.",
        epilog="With no subcommand, opens the TUI on PATH... (default: the workspace's seeds/).",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    subcommands.add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    tui = sub.add_parser("open", help="open the TUI on dumps (the default subcommand)")
    tui.add_argument(
        "paths",
        nargs="*",
        type=subcommands.given_path,
        metavar="PATH",
        help="dump files or folders",
    )
    tui.add_argument("--model", metavar="NAME", help="spaCy pipeline to use for entities")
    subcommands.add_global_options(tui)
    tui.set_defaults(func=_run_tui)
    for module in subcommands.load(only) if with_subcommands else ():
        command = module.register(sub)
        subcommands.add_global_options(command)
    return parser


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse's parser, with its errors escaped: it echoes a word it cannot read as it
    was typed ("unrecognized arguments: ..."), and a pasted escape sequence in one then
    reached the terminal raw. Subcommands' parsers are made of the same class."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.print_usage(sys.stderr)
            self.exit(EXIT_USAGE, f"{self.prog}: error: {visible_line(message)}\n")

    return Parser


def _run_tui(args: argparse.Namespace | SimpleNamespace) -> int:
    from reader.tui.launch import launch

    return launch(args)


def _tui_argv(argv: list[str]) -> list[str] | None:
    """`reader PATH` means `reader open PATH`: the TUI's arguments, or None for a subcommand."""
    if argv[:1] and argv[0] in _HELP:
        return None
    first = _first_word(argv)
    if first == "open":
        return argv
    if first is None or first not in subcommands.NAMES:
        return ["open", *argv]
    return None


def _first_word(argv: list[str], *, before_help: bool = False) -> str | None:
    """The first argument that is neither an option nor an option's value; with
    `before_help`, None when `-h`, `--help` or `--version` comes first (the bare command's
    help lists every subcommand)."""
    words = iter(argv)
    for word in words:
        if word == "--" or (before_help and word in _HELP):
            return None  # paths follow: the TUI's
        if not word.startswith("-"):
            return word
        if word in _VALUE_OPTIONS:
            next(words, None)
    return None


def plain_tui_args(tui: list[str]) -> SimpleNamespace | None:
    """What the parser makes of `tui` (`open` and its arguments), read by hand when it
    is plain; None when the parser has to read it.

    Plain: paths in one run, and `--workspace`, `--db`, `--model` spelled out, each
    with a value (`--db X` or `--db=X`) that does not start with `-`. Help, `--`,
    abbreviations, a missing value and every mistake go to the parser, which answers
    them as it always has (`tests/project/test_cli_fast_path.py` holds the two alike).
    """
    if tui[:1] != ["open"]:
        return None  # options before `open`: the parser's
    values: dict[str, object] = dict.fromkeys(_TUI_OPTIONS.values())
    paths: list[Path] = []
    paths_ended = False
    words = iter(tui[1:])
    for word in words:
        name, equals, value = word.partition("=")
        if name in _TUI_OPTIONS:
            if not equals:
                value = next(words, "-")
            if not value or value.startswith("-"):
                return None
            values[_TUI_OPTIONS[name]] = value if name == "--model" else Path(value)
            paths_ended = bool(paths)
        elif word.startswith("-") or paths_ended:
            return None
        else:
            paths.append(Path(word))
    return SimpleNamespace(**values, command="open", paths=paths, func=_run_tui)


class Terminated(BaseException):
    """SIGTERM or SIGHUP reached a subcommand: unwinding runs its clean-ups (temp files)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def _unwinding_on_signals() -> Iterator[None]:
    """Turns SIGTERM and SIGHUP into an exception for the time of a subcommand (the
    default action kills the process on the spot, leaving a half-written temp file)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _terminate) for signum in _UNWIND_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def console() -> int:
    """The entry of the `reader` script and of `python -m reader`: `main` in a process that
    is the command and nothing else, which a command may end without freeing its memory,
    leaving what serves only the next command to a process of its own (`reader.leaving`)."""
    leaving.whole_process()
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit status."""
    given = list(sys.argv[1:] if argv is None else argv)
    tui = _tui_argv(given)
    args = None if tui is None else plain_tui_args(tui)
    if args is None:
        only = None if tui is not None else _first_word(given, before_help=True)
        parser = build_parser(with_subcommands=tui is None, only=only)
        args = parser.parse_args(given if tui is None else tui)
    try:
        if tui is not None:
            return int(args.func(args) or 0)
        with _unwinding_on_signals():
            return int(args.func(args) or 0)
    except Terminated as exc:
        return 128 + exc.signum
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_ERROR
    except ReaderError as exc:
        print(f"reader: {visible_line(str(exc))}", file=sys.stderr)
        return exc.exit_status
    except OSError as exc:  # a refusal no domain code foresaw
        print(f"reader: {visible_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
