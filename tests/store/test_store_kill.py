"""SIGKILL at random moments while saving: the store is always whole and loses nothing.

A child process adds annotations in a loop and prints each id after `add_annotation`
returned (so after the save). The parent kills it 20 times, reusing the store; once
saving whole files, once appending to the change log (as a big store does), and once so
with an export snapshot, which each writer carries when it folds the last one's log in at
opening: every export's read (the log replayed over the snapshot, or the store parsed)
gives what the store and its log hold. Then an export's read after such a crash, making
the snapshot of the store and its log, is killed 20 times: the store and its log are never
written, and every read gives what they hold.
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

from reader.store import Store, _snapshot
from reader.store._changelog import log_path
from reader.store._storage import stray_temp_files
from reader.store.schema import SCHEMA_VERSION

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


def _documents(store_path: Path, *, bulk: bool) -> dict[str, list[dict[str, object]]]:
    with Store(store_path, read_only=True, bulk=bulk) as store:
        found = store.annotation_documents(release=True)
        return {article_id: list(docs) for article_id, docs in found.items()}


@pytest.mark.slow
def test_sigkill_while_writers_fold_logs_and_carry_the_snapshot_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "reader.json"
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    rng = random.Random(20261205)
    saved: set[str] = set()
    for _ in range(TRIALS):  # no writer here: each child folds the last one's log in
        printed = _run_and_kill(store_path, rng.uniform(0.0, 0.25), "add-logged-snapshot")
        assert printed, "the child never saved an annotation"
        saved.update(printed)
        orjson.loads(store_path.read_bytes())  # valid JSON, whatever the moment of the kill
        held = _documents(store_path, bulk=False)
        assert saved <= {doc["id"] for docs in held.values() for doc in docs}
        assert _documents(store_path, bulk=True) == held
    Store(store_path).close()
    assert stray_temp_files(store_path) == []


@pytest.mark.slow
def test_sigkill_while_an_export_makes_the_snapshot_of_a_crashed_store_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "reader.json"
    saved = set(_run_and_kill(store_path, 0.2, "add-logged"))
    assert saved and log_path(store_path).is_file()  # a writer killed with its log
    crashed = store_path.read_bytes(), log_path(store_path).read_bytes()
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    held = _documents(store_path, bulk=False)
    assert saved <= {doc["id"] for docs in held.values() for doc in docs}
    rng = random.Random(20261205)
    for _ in range(TRIALS):
        assert _run_and_kill(store_path, rng.uniform(0.0, 0.05), "export")
        assert (store_path.read_bytes(), log_path(store_path).read_bytes()) == crashed
        assert _documents(store_path, bulk=True) == held  # made anew if the kill spoilt it
        assert _snapshot.load(store_path, SCHEMA_VERSION) is not None
        assert _documents(store_path, bulk=True) == held  # read from the snapshot
