"""The builders of the lost-shape halves (fresh16 to tune on, fresh17 to check on) stand
alone: run in a fresh interpreter that never imports `reader`, each writes its half's
committed files byte for byte, so the gold owes nothing to the splitter it judges."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import filecmp, sys, tempfile
from importlib import import_module
from pathlib import Path

for module in sys.argv[1:]:
    half = import_module(module).HALF
    with tempfile.TemporaryDirectory() as folder:
        half.main([folder])
        built = sorted(path.name for path in Path(folder).iterdir())
        committed = sorted(p.name for p in half.folder.iterdir() if p.name != "texts.txt")
        assert built == committed, (module, built, committed)
        for name in built:
            same = filecmp.cmp(Path(folder) / name, half.folder / name, shallow=False)
            assert same, (module, name)
print(sorted(name for name in sys.modules if name == "reader" or name.startswith("reader.")))
"""


STANDALONE = (
    "bench.fresh16_dumps",
    "bench.fresh17_dumps",
    "bench.fresh18_dumps",
    "bench.fresh19_dumps",
    "bench.fresh20_dumps",
    "bench.fresh21_dumps",
    "bench.fresh22_dumps",
    "bench.fresh23_dumps",
    "bench.fresh24_dumps",
    "bench.fresh25_dumps",
    "bench.fresh26_dumps",
    "bench.fresh27_dumps",
    "bench.fresh28_dumps",
    "bench.fresh29_dumps",
    "bench.fresh30_dumps",
    "bench.fresh31_dumps",
    "bench.fresh32_dumps",
    "bench.fresh33_dumps",
    "bench.fresh34_dumps",
    "bench.fresh35_dumps",
    "bench.fresh36_dumps",
    "bench.fresh37_dumps",
    "bench.fresh38_dumps",
    "bench.fresh39_dumps",
    "bench.fresh40_dumps",
    "bench.fresh41_dumps",
    "bench.fresh42_dumps",
    "bench.fresh43_dumps",
    "bench.fresh44_dumps",
    "bench.fresh45_dumps",
    "bench.fresh46_dumps",
    "bench.fresh47_dumps",
    "bench.fresh48_dumps",
    "bench.fresh49_dumps",
    "bench.fresh50_dumps",
    "bench.fresh51_dumps",
)
"""The builders checked here, in fresh interpreters (`GROUP` to one);
tests/dumps/test_real_gold.py does not build their halves again in its own."""


GROUP = 5
"""How many builders one fresh interpreter checks in turn: an interpreter's start is most of a
check's cost, and a builder that imported `reader` would leave it imported for the rest."""
GROUPS = [STANDALONE[n : n + GROUP] for n in range(0, len(STANDALONE), GROUP)]


@pytest.mark.parametrize("modules", GROUPS, ids=[group[0] for group in GROUPS])
def test_the_builders_rebuild_their_halves_without_importing_reader(
    modules: tuple[str, ...],
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *modules],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
