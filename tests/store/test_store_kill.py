"""SIGKILL at random moments while saving: the store is always whole and loses nothing.

A child process adds annotations in a loop and prints each id after `add_annotation`
returned (so after the save). The parent kills it 20 times, reusing the store; once
saving whole files, once appending to the change log (as a big store does).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from reader.store import Store
from reader.store._storage import stray_temp_files

CHILD = Path(__file__).resolve().parents[1] / "store_child.py"
TRIALS = 20


def _run_and_kill(store_path: Path, delay: float, mode: str) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(store_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    first = child.stdout.readline()  # wait until it is saving, so each kill lands mid-loop
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    rest, err = child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")
    lines = (first + rest).decode().split("\n")
    return [line for line in lines[:-1] if line]  # a cut-off last line was never complete


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["add", "add-logged"])
def test_sigkill_while_saving_never_corrupts_or_loses_a_saved_annotation(
    tmp_path: Path, mode: str
) -> None:
    store_path = tmp_path / "reader.json"
    rng = random.Random(20251126)
    saved: set[str] = set()
    for _ in range(TRIALS):
        printed = _run_and_kill(store_path, rng.uniform(0.0, 0.25), mode)
        assert printed, "the child never saved an annotation"
        saved.update(printed)
        orjson.loads(store_path.read_bytes())  # valid JSON, whatever the moment of the kill
        with Store(store_path) as store:
            assert not store.read_only
            ids = {a.id for a in store.annotations()}
        assert saved <= ids
        assert stray_temp_files(store_path) == []  # the next writer cleaned any leftover
