"""SIGKILL at random moments while saving: the store is always whole and loses nothing.

A forked child adds annotations in a loop and says each id after `add_annotation`
returned (so after the save), or, saving through a writer thread as the app does, once
`flush` returned. The parent kills it 20 times, reusing the store; once
saving whole files, once appending to the change log (as a big store does), and once so
with an export snapshot, which each writer carries when it folds the last one's log in at
opening, or makes while it runs (`make_snapshot` after each save, as the app asks when the
user is idle): every export's read (the log replayed over the snapshot, or the store
parsed) gives what the store and its log hold. Then an export's read after such a crash, making
the snapshot of the store and its log, is killed 20 times: the store and its log are never
written, and every read gives what they hold.

Each kill comes after a random number of the child's saves, at a random share of the time
its last one took: a point inside the save it is making (writing, syncing, renaming),
chosen by the writer's own pace rather than by a sleep that let it run on (and grow the
store) for up to 0.25 s. The child is forked, not started: it has the store's modules
imported already, so a trial costs its saves, not an interpreter's start.
"""

from __future__ import annotations

import os
import random
import signal
import time
from functools import partial
from pathlib import Path

import orjson
import pytest

from reader.store import Store, _snapshot
from reader.store._changelog import log_path
from reader.store._storage import stray_temp_files
from reader.store.schema import SCHEMA_VERSION
from tests import store_child
from tests.conftest import REAL_FSYNC
from tests.forked import Forked

TRIALS = 20
SAVES = (2, 12)
"""How many saves a writer says it made before the kill lands in its next one."""
READS = (1, 3)
"""How many reads an export says it made before the kill lands in its next one."""
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked process")


@pytest.fixture(autouse=True)
def _real_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """The writers save as the app does, syncs and all, wherever the kill lands."""
    monkeypatch.setattr(os, "fsync", REAL_FSYNC)


def _run_and_kill(
    store_path: Path, mode: str, rng: random.Random, steps: tuple[int, int]
) -> list[str]:
    """The words a child running `mode` of tests/store_child.py said before a SIGKILL that
    came after `steps` (a random number in that range) of them, a random share of the
    time the last one took later."""
    child = Forked(lambda out: store_child.MODES[mode](store_path, partial(_say, out)))
    try:
        child.wait_for_lines(rng.randint(*steps))
        time.sleep(rng.uniform(0.0, child.times[-1] - child.times[-2]))
    finally:
        child.kill()
    assert child.wait() == -signal.SIGKILL
    return [word for line in child.lines for word in line.split()]


def _say(out: int, line: str) -> None:
    os.write(out, f"{line}\n".encode())


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["add", "add-logged", "add-behind"])
def test_sigkill_while_saving_never_corrupts_or_loses_a_saved_annotation(
    tmp_path: Path, mode: str
) -> None:
    store_path = tmp_path / "reader.json"
    rng = random.Random(20251126)
    saved: set[str] = set()
    for _ in range(TRIALS):
        saved.update(_run_and_kill(store_path, mode, rng, SAVES))
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
@pytest.mark.parametrize(
    "mode", ["add-logged-snapshot", "add-behind-logged-snapshot", "add-behind-making-snapshot"]
)
def test_sigkill_while_writers_fold_logs_and_carry_the_snapshot_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    store_path = tmp_path / "reader.json"
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    rng = random.Random(20261205)
    saved: set[str] = set()
    for _ in range(TRIALS):  # no writer here: each child folds the last one's log in
        saved.update(_run_and_kill(store_path, mode, rng, SAVES))
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
    rng = random.Random(20261205)
    saved = set(_run_and_kill(store_path, "add-logged", rng, (SAVES[1], SAVES[1])))
    assert log_path(store_path).is_file()  # a writer killed with its log
    crashed = store_path.read_bytes(), log_path(store_path).read_bytes()
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    held = _documents(store_path, bulk=False)
    assert saved <= {doc["id"] for docs in held.values() for doc in docs}
    for _ in range(TRIALS):
        _run_and_kill(store_path, "export", rng, READS)
        assert (store_path.read_bytes(), log_path(store_path).read_bytes()) == crashed
        assert _documents(store_path, bulk=True) == held  # made anew if the kill spoilt it
        assert _snapshot.load(store_path, SCHEMA_VERSION) is not None
        assert _documents(store_path, bulk=True) == held  # read from the snapshot
