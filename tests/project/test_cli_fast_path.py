"""A plain `reader [PATH...]` is read without argparse, exactly as argparse reads it."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from reader.cli import _tui_argv, build_parser, plain_tui_args

WORDS = ("a", "b", "open", "stats", "--db", "X", "--db=Y", "--db=", "--model", "--workspace")
ODD = ("-", "--", "-h", "--wor", "--version", "--db=-z", "-1")


def _parsed(parser: object, tui: list[str]) -> dict[str, object] | None:
    try:
        namespace = parser.parse_args(tui)  # type: ignore[attr-defined]
    except SystemExit:
        return None
    return {key: value for key, value in vars(namespace).items() if key != "func"}


def test_whatever_it_reads_it_reads_as_the_parser_does(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser(with_subcommands=False)
    read = 0
    for length in range(4):
        for argv in itertools.product(WORDS + ODD, repeat=length):
            tui = _tui_argv(list(argv))
            if tui is None or (fast := plain_tui_args(tui)) is None:
                continue
            read += 1
            ours = {key: value for key, value in vars(fast).items() if key != "func"}
            assert ours == _parsed(parser, tui), argv
    capsys.readouterr()  # the parser's own error messages
    assert read > 300


@pytest.mark.parametrize(
    ("argv", "paths", "options"),
    [
        ([], [], {}),
        (["seeds/"], ["seeds/"], {}),
        (["a.txt", "b.txt"], ["a.txt", "b.txt"], {}),
        (["open", "a.txt"], ["a.txt"], {}),
        (["--db", "x.json", "--model=en_core_web_sm", "a.txt"], ["a.txt"], {"db": "x.json"}),
        (["a.txt", "--workspace", "w"], ["a.txt"], {"workspace": "w"}),
    ],
)
def test_the_usual_commands_need_no_parser(
    argv: list[str], paths: list[str], options: dict[str, str]
) -> None:
    tui = _tui_argv(argv)
    assert tui is not None
    fast = plain_tui_args(tui)
    assert fast is not None
    assert fast.paths == [Path(path) for path in paths]
    for name, value in options.items():
        assert getattr(fast, name) == Path(value)


@pytest.mark.parametrize(
    "argv",
    [
        ["-h"],
        ["a", "--db", "X", "b"],
        ["--db"],
        ["--wor", "w"],
        ["--", "-a"],
        ["--db", "X", "open"],
    ],
)
def test_help_and_mistakes_go_to_the_parser(argv: list[str]) -> None:
    tui = _tui_argv(argv)
    assert tui is None or plain_tui_args(tui) is None
