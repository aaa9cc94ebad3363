"""`bench.split_compiled`'s two copies: the Python one imports every compiled module from its
source, and the constants marked `Final` are the names bound once, nothing else changed."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bench import split_compiled

_MODULE = '''\
"""A module."""

from __future__ import annotations

ONCE = (1, 2)
_TYPED: dict[str, int] = {"a": 1}
TWICE = 1
TWICE = 2
lower = 3
FIRST = SECOND = 4
LATER: int
LATER = 5
'''


def test_the_names_bound_once_are_marked_final_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    path = tmp_path / "pkg" / "constants.py"
    path.write_text(_MODULE, encoding="utf-8")
    assert split_compiled.mark_final(tmp_path, ("pkg.constants",)) == 2
    marked = path.read_text(encoding="utf-8")
    assert marked == _MODULE.replace(
        "annotations\n", "annotations\nfrom typing import Final\n"
    ).replace("ONCE =", "ONCE: Final =").replace(
        "_TYPED: dict[str, int]", "_TYPED: Final[dict[str, int]]"
    )
    values: dict[str, object] = {}
    exec(compile(marked, str(path), "exec"), values)
    assert (values["ONCE"], values["_TYPED"], values["TWICE"]) == ((1, 2), {"a": 1}, 2)


def test_the_python_copy_imports_every_compiled_module_from_its_source(tmp_path: Path) -> None:
    tree = split_compiled.copy_tree(tmp_path)
    loaded = split_compiled.loaded(tree)
    assert sorted(loaded) == sorted(split_compiled.MODULES)
    assert all(Path(file).is_relative_to(tree) for file in loaded.values())
    assert all(file.endswith(".py") for file in loaded.values())
    split_compiled._check(tree, compiled=False)
    with pytest.raises(SystemExit, match="imports from"):
        split_compiled._check(tree, compiled=True)


def test_the_copy_leaves_out_byte_code_and_extension_modules(tmp_path: Path) -> None:
    tree = split_compiled.copy_tree(tmp_path)
    assert not list(tree.rglob("__pycache__"))
    assert not list(tree.rglob("*.so"))
    assert (
        textwrap.dedent((tree / "reader" / "dumps" / "roles.py").read_text())
        == (split_compiled.ROOT / "reader" / "dumps" / "roles.py").read_text()
    )
