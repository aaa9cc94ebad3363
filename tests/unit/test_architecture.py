"""Domain modules never import Textual: checked in a fresh interpreter's sys.modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

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
