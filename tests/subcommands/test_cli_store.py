"""The store as the CLI meets it: damaged, held by another process, or refusing a save.

Every subcommand that opens the store names the file in one line and exits 1; the
file stays byte for byte as it was; nothing waits forever, and nothing claims a
change was kept that this process cannot keep.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.store._storage import stray_temp_files
from reader.workspace import Workspace
from tests.hostile.hostile_support import StoreState, workspace_with_work

CHILD = Path(__file__).resolve().parents[1] / "store_child.py"

_STORE_COMMANDS = {
    "stats": ["stats"],
    "export": ["export"],
    "export w3c to a file": ["export", "-f", "w3c", "-o", "out.jsonld"],
    "import": ["import", "EXPORT"],
    "import dry run": ["import", "EXPORT", "--dry-run"],
}
"""Every subcommand that opens the store (`articles` and `entities` never do)."""


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return workspace_with_work(tmp_path / "ws")


@pytest.fixture
def export_file(workspace: Workspace, tmp_path: Path) -> Path:
    """A json export of another store's work on the workspace's seed articles."""
    other = tmp_path / "other.json"
    with Store(workspace.store_path, read_only=True) as mine:
        [mark] = mine.annotations()
    with Store(other) as store:
        store.add_annotation(mark.article_id, mark.quote + mark.suffix, 0, 8, note="imported")
    path = tmp_path / "export.json"
    assert main(["export", "--db", str(other), "-o", str(path)]) == 0
    return path


def _argv(command: str, export_file: Path) -> list[str]:
    return [str(export_file) if arg == "EXPORT" else arg for arg in _STORE_COMMANDS[command]]


def _corrupt(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "newer schema":
        doc = orjson.loads(data)
        doc["_meta"]["store"]["schema_version"] = 99
        path.write_bytes(orjson.dumps(doc))
    elif how == "a folder":
        path.unlink()
        path.mkdir()
        (path / "keep").write_text("x")


@pytest.mark.parametrize("how", ["truncated", "garbage", "empty", "newer schema"])
@pytest.mark.parametrize("command", _STORE_COMMANDS)
def test_a_damaged_store_is_named_refused_and_left_as_it_is(
    workspace: Workspace,
    export_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    how: str,
) -> None:
    monkeypatch.chdir(workspace.root)
    _corrupt(workspace.store_path, how)
    before = StoreState.of(workspace.store_path)
    capsys.readouterr()
    assert main([*_argv(command, export_file), "--workspace", str(workspace.root)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("reader: cannot read store ") and captured.err.count("\n") == 1
    assert str(workspace.store_path) in captured.err
    assert StoreState.of(workspace.store_path) == before
    assert not (workspace.root / "out.jsonld").exists()


@pytest.mark.parametrize("command", _STORE_COMMANDS)
def test_a_folder_where_the_store_should_be_is_named(
    workspace: Workspace,
    export_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    monkeypatch.chdir(workspace.root)
    _corrupt(workspace.store_path, "a folder")
    capsys.readouterr()
    assert main([*_argv(command, export_file), "--workspace", str(workspace.root)]) == 1
    err = capsys.readouterr().err
    assert str(workspace.store_path) in err and err.count("\n") == 1
    assert [p.name for p in workspace.store_path.iterdir()] == ["keep"]


# -- a second process holds the store ------------------------------------------------------


@pytest.fixture
def held(workspace: Workspace) -> Iterator[subprocess.Popen[str]]:
    """Another process with the workspace's store open for writing, until the test ends."""
    workspace.store_path.unlink()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(workspace.store_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    child.stdout.readline()
    assert child.stdout.readline().strip() == "ready"
    yield child
    child.stdin.write("\n")
    child.stdin.flush()
    child.wait(timeout=10)


def _reader(workspace: Workspace, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *argv, "--workspace", str(workspace.root)],
        capture_output=True,
        text=True,
        timeout=30,  # refusing must not mean waiting for the other process
    )


@pytest.mark.slow
def test_import_into_a_store_another_process_holds_is_refused_at_once(
    workspace: Workspace, export_file: Path, held: subprocess.Popen[str]
) -> None:
    before = StoreState.of(workspace.store_path)
    done = _reader(workspace, "import", str(export_file))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("reader: ") and done.stderr.count("\n") == 1
    assert f"in use by pid {held.pid}" in done.stderr
    assert StoreState.of(workspace.store_path) == before
    dry = _reader(workspace, "import", str(export_file), "--dry-run")  # reading is fine
    assert dry.returncode == 0 and dry.stdout.startswith("would have imported json: 1 added")
    exported = _reader(workspace, "export")
    assert exported.returncode == 0 and orjson.loads(exported.stdout)["articles"]
    assert StoreState.of(workspace.store_path) == before


# -- a save the disk refuses ---------------------------------------------------------------


def _refuse(code: int) -> Callable[..., int]:
    """`os.open` that refuses to create the temp files every save and export goes through."""
    real_open = os.open

    def refusing(path: str | Path, flags: int, *args: int, **kwargs: int) -> int:
        if str(path).endswith(".tmp"):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    return refusing


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS], ids=["disk full", "read-only"])
def test_import_that_cannot_be_saved_says_nothing_was_imported_and_a_retry_works(
    workspace: Workspace,
    export_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
) -> None:
    argv = ["import", str(export_file), "--workspace", str(workspace.root)]
    before = StoreState.of(workspace.store_path)
    capsys.readouterr()
    with monkeypatch.context() as patched:
        patched.setattr(os, "open", _refuse(code))
        assert main(argv) == 1
    err = capsys.readouterr().err
    assert err == (
        f"reader: cannot save store {workspace.store_path}: {os.strerror(code)}; "
        "nothing was imported\n"
    )
    assert StoreState.of(workspace.store_path) == before
    assert stray_temp_files(workspace.store_path) == []
    assert main(argv) == 0  # the store was let go: the retry (same process) can write
    assert capsys.readouterr().out.startswith("imported json: 1 added")
    with Store(workspace.store_path) as store:
        assert "imported" in {a.note for a in store.annotations()}


def test_export_to_a_full_disk_leaves_no_file_and_the_store_alone(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    before = StoreState.of(workspace.store_path)
    monkeypatch.setattr(os, "open", _refuse(errno.ENOSPC))
    assert main(["export", "-o", str(target), "--workspace", str(workspace.root)]) == 1
    err = capsys.readouterr().err
    assert err == f"reader: cannot write {target}: No space left on device\n"
    assert list(target.parent.iterdir()) == []
    assert StoreState.of(workspace.store_path) == before


def test_export_under_a_file_names_the_file_in_the_way(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plain").write_text("x")
    target = tmp_path / "plain" / "sub" / "export.json"
    assert main(["export", "-o", str(target), "--workspace", str(workspace.root)]) == 1
    err = capsys.readouterr().err
    assert err == f"reader: cannot write {target}: {tmp_path / 'plain'} is a file, not a folder\n"


def test_export_source_that_is_a_link_loop_says_so(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workspace.root)
    Path("loop.txt").symlink_to("loop.txt")
    assert main(["export", "--source", "loop.txt", "--workspace", str(workspace.root)]) == 1
    assert "loop.txt: cannot read (Too many levels of symbolic links)" in capsys.readouterr().err


_OWN_FILES = {
    "the store, as json": (["-o", "STORE"], "STORE"),
    "the store, as a DocBin": (["-f", "spacy", "-o", "STORE"], "STORE"),
    "the store, as the held-out DocBin": (
        ["-f", "spacy", "-o", "TRAIN", "--dev", "STORE"],
        "STORE",
    ),
    "the store's change log": (["-f", "jsonl", "-o", "STORE.changes"], "STORE"),
    "the store's lock": (["-o", "STORE.lock"], "STORE"),
    "a backup of the store": (["-o", "STORE.v3.20261206T181500123Z.bak"], "STORE"),
    "a dump in seeds/": (["-f", "w3c", "-o", "DUMP"], "DUMP"),
    "a dump --source reads": (
        ["-f", "prodigy-ner", "--source", "OUTSIDE", "-o", "OUTSIDE"],
        "OUTSIDE",
    ),
}


@pytest.mark.parametrize("case", _OWN_FILES)
def test_an_export_onto_the_store_or_a_dump_it_reads_is_refused_and_replaces_nothing(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    """`-o annotations/reader.json` (for `annotations/exports/…`) replaced the store with
    the export, which every command then refused to open ("table 'tags' is not a TinyDB
    table"); `-o seeds/news.txt` replaced a dump with JSON."""
    [dump] = workspace.seeds_dir.iterdir()
    first = load_dump(dump)[0]
    with Store(workspace.store_path) as store:  # so the training formats have one to write
        store.check_entities(first.id, first.body, ())
    outside = tmp_path / "outside.txt"
    outside.write_bytes(dump.read_bytes())
    train = tmp_path / "train.spacy"
    names = {"STORE": str(workspace.store_path), "DUMP": str(dump), "OUTSIDE": str(outside)}
    names["TRAIN"] = str(train)
    argv, guarded = _OWN_FILES[case]
    argv = [arg.replace(name, path) for arg in argv for name, path in [_named(arg, names)]]
    kept = {path: Path(path).read_bytes() for path in (names["DUMP"], names["OUTSIDE"])}
    before = StoreState.of(workspace.store_path)
    assert main(["export", *argv, "--workspace", str(workspace.root)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1
    assert names[guarded] in err
    assert StoreState.of(workspace.store_path) == before
    assert {path: Path(path).read_bytes() for path in kept} == kept
    assert not train.exists()


@pytest.mark.parametrize("name", ["reader.json.2026.json", "reader.json-notes.jsonl"])
def test_an_export_named_after_the_store_but_none_of_its_files_is_written(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """The guard refused every name beside the store that starts with the store's name
    ("reader.json.2026.json", a user's dated copy): only the store's own files are."""
    target = workspace.store_path.with_name(name)
    before = workspace.store_path.read_bytes()
    assert main(["export", "-o", str(target), "--workspace", str(workspace.root)]) == 0
    assert f"to {target}" in capsys.readouterr().err
    assert orjson.loads(target.read_bytes())["format"] == "reader-annotations"
    assert workspace.store_path.read_bytes() == before


def _named(arg: str, names: dict[str, str]) -> tuple[str, str]:
    """The placeholder `arg` starts with, and the path it stands for (none: itself)."""
    return next(((name, path) for name, path in names.items() if arg.startswith(name)), ("", ""))
