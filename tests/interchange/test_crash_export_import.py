"""SIGKILL at random moments during `reader export -o FILE` and `reader import FILE`.

The commands run on a slow disk (tests/slow_disk.py: writes in pieces, a slow fsync),
so many kills land mid-write, each in a child forked from the test (tests/forked.py: the
command's modules are imported already, so a run costs the command's work, not an
interpreter's start). After every kill the export file is absent or complete,
never cut short, and the store is untouched; after a killed import the store is valid
and holds either none of the import or all of it (all of it once the command said so).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest

from reader.cli import Terminated, main
from reader.dumps.load import load_dump
from reader.interchange import export as export_module
from reader.interchange.export import write
from reader.store import Annotation, Store, context
from reader.workspace import Workspace
from tests import slow_disk
from tests.forked import Forked
from tests.hostile.hostile_support import StoreState, workspace_with_work

TRIALS = 20
WORK = 2000
"""Annotations in the exported or imported store: a file of about a megabyte."""
T0 = "2025-01-02T03:04:05.000Z"


def _fill(path: Path, workspace: Workspace, count: int) -> set[str]:
    """Saves `count` annotations on the seed articles into the store at `path`; their ids."""
    articles = load_dump(next(workspace.seeds_dir.iterdir()))
    records = []
    for n in range(count):
        article = articles[n % len(articles)]
        start = (n * 37) % (len(article.body) - 40)
        quote, prefix, suffix = context(article.body, start, start + 30)
        records.append(
            Annotation(
                str(uuid.uuid4()), article.id, start, start + 30, quote, prefix, suffix,
                ("claim",), f"note {n}", T0, T0,
            )
        )  # fmt: skip
    with Store(path) as store:
        store.merge(records)
    return {record.id for record in records}


def _reader(workspace: Workspace, *argv: str, hold: Path | None = None) -> Forked:
    """`reader ARGV` on the slow disk, its stdout read here; `hold`: a folder whose files
    it writes only after a long wait (see tests/slow_disk.py)."""

    def run(out: int) -> int:
        os.dup2(out, 1)
        with open(1, "w", encoding="utf-8", closefd=False) as stdout:
            sys.stdout = stdout  # not the test's capture, which the child shares
            slow_disk.slow_down(hold)
            return main([*argv, "--workspace", str(workspace.root)])

    return Forked(run)


def _full_run(workspace: Workspace, *argv: str) -> float:
    """Seconds one uninterrupted run takes here (to spread the kills over), not a check."""
    started = time.perf_counter()
    assert _reader(workspace, *argv).wait() == 0
    return time.perf_counter() - started


def _kill_after(child: Forked, delay: float) -> tuple[bool, bytes]:
    """Kills the child after `delay` s; (whether it had already finished, its stdout)."""
    time.sleep(delay)
    finished = child.finished()
    child.kill()
    return finished, child.output


def _delays(seed: int, full: float) -> list[float]:
    """Half spread over the whole run, half over its end, where the writing happens."""
    rng = random.Random(seed)
    return [rng.uniform(0, full) if n % 2 else rng.uniform(full * 0.6, full) for n in range(TRIALS)]


def _without_time(document: bytes) -> dict:
    parsed = orjson.loads(document)
    parsed.pop("exported")
    return parsed


@pytest.mark.slow
def test_a_killed_export_leaves_no_file_or_a_complete_one_and_the_store_alone(
    tmp_path: Path,
) -> None:
    workspace = workspace_with_work(tmp_path / "ws")
    _fill(workspace.store_path, workspace, WORK)
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    full = _full_run(workspace, "export", "-o", str(out))
    whole = _without_time(out.read_bytes())
    assert len(whole["articles"][0]["annotations"]) > WORK // 3
    before = StoreState.of(workspace.store_path)
    for delay in _delays(20251126, full):
        out.unlink(missing_ok=True)
        _kill_after(_reader(workspace, "export", "-o", str(out)), delay)
        if out.exists():
            assert _without_time(out.read_bytes()) == whole  # complete, never cut short
        leftovers = [p.name for p in out.parent.iterdir() if p != out]
        assert all(name.startswith(".export.json.") for name in leftovers)  # hidden temp files
        assert StoreState.of(workspace.store_path) == before


@pytest.mark.slow
def test_a_killed_import_leaves_the_store_without_the_import_or_with_all_of_it(
    tmp_path: Path,
) -> None:
    workspace = workspace_with_work(tmp_path / "ws")
    with Store(workspace.store_path, read_only=True) as store:
        mine = {a.id for a in store.annotations()}
    other = tmp_path / "other.json"
    theirs = _fill(other, workspace, WORK)
    export = tmp_path / "export.json"
    assert main(["export", "--db", str(other), "-o", str(export)]) == 0
    original = workspace.store_path.read_bytes()
    full = _full_run(workspace, "import", str(export))
    for delay in _delays(20251127, full):
        workspace.store_path.write_bytes(original)
        finished, said = _kill_after(_reader(workspace, "import", str(export)), delay)
        orjson.loads(workspace.store_path.read_bytes())  # valid JSON whatever the moment
        with Store(workspace.store_path) as store:  # opens writable: cleans any temp file
            ids = {a.id for a in store.annotations()}
        assert ids in (mine, mine | theirs)
        if finished or said.startswith(b"imported"):
            assert ids == mine | theirs  # the command said so: it is all there


def _temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_an_export_stopped_by_a_signal_leaves_no_temp_file(tmp_path: Path, signum: int) -> None:
    workspace = workspace_with_work(tmp_path / "ws")
    _fill(workspace.store_path, workspace, WORK)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "export"
    child = _reader(workspace, "export", "-o", str(out), hold=out_dir)
    deadline = time.monotonic() + 60
    while not _temp_files(out_dir):  # writing has begun, and waits (the disk holds it) for
        assert not child.finished(), "the export ended before it wrote anything"  # the signal
        assert time.monotonic() < deadline
        time.sleep(0.005)
    child.signal(signum)
    assert child.wait() == 128 + signum
    assert list(out_dir.iterdir()) == []


def test_the_next_export_removes_what_a_killed_one_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = workspace_with_work(tmp_path / "ws")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(dead.stdout)
    out = tmp_path / "export.json"
    killed_file = tmp_path / f".export.json.{dead_pid}-0a1b2c3d4e5f.tmp"
    killed_file.write_bytes(b'{"half": ')
    killed_folder = tmp_path / f".export.json.{dead_pid}-abcdefabcdef.tmp"
    killed_folder.mkdir()
    (killed_folder / "1.ann").write_text("T1\tclaim 0 4\tThe\n")
    live = tmp_path / f".export.json.{os.getpid()}-111111111111.tmp"  # a writer still at work
    live.write_bytes(b"")
    monkeypatch.chdir(workspace.root)
    assert main(["export", "-o", str(out)]) == 0
    assert _temp_files(tmp_path) == [live.name]
    assert orjson.loads(out.read_bytes())["articles"]


def test_a_brat_folder_stopped_half_way_leaves_no_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signal arrives while the folder fills (in-process: brat's small files are
    written too fast for a kill from outside to land reliably)."""
    written: list[str] = []
    real = export_module._write_new

    def stopped_after_one(name: str, data: bytes, folder: int) -> None:
        if written:
            raise Terminated(signal.SIGTERM)
        real(name, data, folder)
        assert os.stat(name, dir_fd=folder).st_size == len(data)
        written.append(name)

    monkeypatch.setattr(export_module, "_write_new", stopped_after_one)
    out = tmp_path / "out" / "brat"
    with pytest.raises(Terminated):
        write({"1.txt": b"one", "1.ann": b"", "2.txt": b"two"}, out)
    assert written == ["1.txt"]  # written in the temp folder, which is gone with it
    assert list(out.parent.iterdir()) == []


def test_a_signal_the_moment_the_temp_file_exists_still_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The crash test's SIGTERM once landed between the temp file's creation and the
    code that cleans it up: here it lands right after the open that creates it."""
    real = os.open

    def open_then_stopped(path: object, *args: object) -> int:
        fd = real(path, *args)  # type: ignore[arg-type]
        os.close(fd)
        raise Terminated(signal.SIGTERM)

    monkeypatch.setattr(os, "open", open_then_stopped)
    out = tmp_path / "out" / "export.json"
    with pytest.raises(Terminated):
        write(b"{}", out)
    assert list(out.parent.iterdir()) == []


def test_a_signal_the_moment_the_temp_folder_exists_still_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.mkdir

    def mkdir_then_stopped(self: Path, *args: object, **kwargs: object) -> None:
        real(self, *args, **kwargs)  # type: ignore[arg-type]
        if self.name.endswith(".tmp"):
            raise Terminated(signal.SIGTERM)

    monkeypatch.setattr(Path, "mkdir", mkdir_then_stopped)
    out = tmp_path / "out" / "brat"
    with pytest.raises(Terminated):
        write({"1.txt": b"one"}, out)
    assert list(out.parent.iterdir()) == []
