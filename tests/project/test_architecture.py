"""Import boundaries: layers, no circles, no Textual in the domain, no subcommands on TUI paths."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from reader import subcommands
from reader.cli import _first_word, build_parser
from tests.conftest import ROOT

_PROBE = """
import importlib, pkgutil, sys
import reader

def walk(path, prefix):
    for module in pkgutil.iter_modules(path, prefix):
        if module.name in ("reader.tui", "reader.__main__"):
            continue
        yield module.name
        if module.ispkg:
            yield from walk([f"{path[0]}/{module.name.rsplit('.', 1)[1]}"], module.name + ".")

names = sorted(walk(reader.__path__, "reader."))
for name in names:
    importlib.import_module(name)
print(len(names))
print(any(n == "textual" or n.startswith("textual.") for n in sys.modules))
"""


@pytest.mark.slow
def test_domain_modules_do_not_import_textual() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, textual_loaded = done.stdout.split()
    assert int(count) >= 10
    assert textual_loaded == "False"


def test_every_subcommand_is_named_where_the_cli_looks_it_up() -> None:
    parser = build_parser()
    choices = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(choices) == {"open", *subcommands.NAMES}


def test_a_subcommand_named_on_the_command_line_is_the_only_one_built() -> None:
    parser = build_parser(only="stats")
    choices = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(choices) == {"open", "stats"}
    assert _first_word(["--db", "x.json", "export", "-h"], before_help=True) == "export"
    assert _first_word(["-h", "export"], before_help=True) is None  # the help lists them all


@pytest.mark.slow
def test_the_tui_path_imports_no_subcommand() -> None:
    probe = (
        "import sys; from reader.cli import _tui_argv, build_parser;"
        "build_parser(with_subcommands=_tui_argv(['seeds/']) is None);"
        "print(sorted(m for m in sys.modules if m.startswith('reader.subcommands.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_no_import_circle_between_modules_type_only_imports_included() -> None:
    graph = grimp.build_graph("reader")
    circles = {
        tuple(sorted((module, imported)))
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
        if graph.chain_exists(importer=imported, imported=module)
    }
    assert circles == set()


def test_the_layer_contracts_in_pyproject_hold() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports"))],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert "0 broken" in done.stdout


def test_the_top_level_package_keeps_few_modules_of_its_own() -> None:
    own = [p.name for p in (ROOT / "reader").glob("*.py")]
    assert len(own) <= 12, own


RARE_KEYS_ONLY = (
    "webbrowser",
    "pyperclip",
    "reader.nlp.evaluation",
    "reader.interchange",
    "reader.dumps.credits",
)
"""Modules only a rare key uses (`o` opens a browser, `y` copies, `V` scores the model,
whose scoring reads the store through `reader.interchange`, a break reads the new
article's dateline as the splitter does): imported at that key, not with the reading
screen, whose modules' code a reading session holds all along (issue 20)."""


@pytest.mark.slow
def test_the_reading_screen_imports_no_module_only_a_rare_key_uses() -> None:
    probe = (
        "import importlib, sys; from reader.tui.app import AFTER_FIRST_FRAME;"
        "[importlib.import_module(m) for m in AFTER_FIRST_FRAME];"
        f"print(sorted(m for m in {RARE_KEYS_ONLY!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
