"""Hostile files through every subcommand that reads them: one clear line, never a traceback.

Paths that are no dump (binary data, a folder, a missing or unreadable path, a link
loop) end the command with `reader: …` on stderr and exit 1. Text in any encoding a
user is likely to have is read, and says what it found. Either way the store is left
byte for byte as it was.
"""

from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.workspace import Workspace
from tests.hostile.hostile_support import (
    ERROR_KINDS,
    FALLBACK_MODEL,
    LATIN_TEXT,
    TEXT,
    TEXT_KINDS,
    StoreState,
    deny_listing,
    make,
    workspace_with_work,
)

DUMP_COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "articles": lambda dump: ["articles", str(dump)],
    "entities": lambda dump: ["entities", str(dump), "--model", FALLBACK_MODEL, "--no-cache"],
    "stats": lambda dump: ["stats", str(dump)],
    "export": lambda dump: ["export", "--source", str(dump), "-f", "jsonl"],
}
"""Each subcommand that reads dumps, as the argv that hands it one dump."""


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return workspace_with_work(tmp_path / "ws")


def _run(workspace: Workspace, capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple:
    before = StoreState.of(workspace.store_path)
    code = main([*argv, "--workspace", str(workspace.root)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert StoreState.of(workspace.store_path) == before
    return code, captured.out, captured.err


def _one_line_error(err: str, pattern: str, path: Path) -> None:
    assert err.startswith("reader: ") and err.count("\n") == 1, err
    assert re.search(pattern, err), err
    assert path.name in err or path.parent.name in err


@pytest.mark.parametrize("kind", ERROR_KINDS)
@pytest.mark.parametrize("command", DUMP_COMMANDS)
def test_a_path_that_is_no_dump_is_one_line_and_exit_1(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    kind: str,
) -> None:
    dump = make(kind, tmp_path, monkeypatch)
    code, out, err = _run(workspace, capsys, DUMP_COMMANDS[command](dump))
    assert (code, out) == (1, "")
    _one_line_error(err, ERROR_KINDS[kind], dump)


@pytest.mark.parametrize("kind", TEXT_KINDS)
@pytest.mark.parametrize("command", ["articles", "entities"])
def test_text_in_any_likely_encoding_is_read_with_its_title(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    kind: str,
) -> None:
    dump = make(kind, tmp_path, monkeypatch)
    code, out, err = _run(workspace, capsys, [*DUMP_COMMANDS[command](dump), "--json"])
    assert code == 0
    document = orjson.loads(out)
    articles = document if command == "articles" else document["articles"]
    assert [a["title"] for a in articles] == [TEXT_KINDS[kind][1]]
    assert all(line.startswith("reader: ") for line in err.splitlines())


@pytest.mark.parametrize("kind", TEXT_KINDS)
@pytest.mark.parametrize("command", ["stats", "export"])
def test_text_in_any_likely_encoding_counts_and_exports(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    kind: str,
) -> None:
    dump = make(kind, tmp_path, monkeypatch)
    code, out, err = _run(workspace, capsys, DUMP_COMMANDS[command](dump))
    assert code == 0
    if command == "stats":
        assert out.startswith("1 article in 1 dump\n") and err == ""
    else:
        assert err.startswith("exported 0 annotations of 0 articles as jsonl")


def test_nul_bytes_never_reach_the_terminal(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dump = tmp_path / "nul.txt"
    dump.write_bytes(b"Title with a \x00 NUL inside it\n\nThe body has one \x00 too, she said.\n")
    code, out, _ = _run(workspace, capsys, ["articles", str(dump)])
    assert code == 0 and "\x00" not in out
    assert "Title with a \u2400 NUL inside it" in out  # a visible placeholder


@pytest.mark.parametrize("command", DUMP_COMMANDS)
def test_an_empty_file_says_so_and_gives_no_articles(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    dump = make("empty", tmp_path, monkeypatch)
    code, _, err = _run(workspace, capsys, DUMP_COMMANDS[command](dump))
    assert code == 0
    assert f"reader: {dump}: the file is empty\n" in err


@pytest.mark.parametrize("command", DUMP_COMMANDS)
def test_a_10_mb_line_finishes(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    # The rule fallback takes about 8 s over 10 MB of prose (1.8 million words; about 2 s
    # for 2.5 MB: linear), too long here: entities gets one 10 MB token, which the
    # segmenter must cut into pieces spaCy can take
    dump = make("huge_token" if command == "entities" else "huge_line", tmp_path, monkeypatch)
    code, out, _ = _run(workspace, capsys, DUMP_COMMANDS[command](dump))
    assert code == 0
    if command in ("articles", "entities"):
        assert "1 article(s)" not in out and "1 article" in out
    if command == "stats":
        assert out.startswith("1 article in 1 dump\n")


@pytest.mark.parametrize("argv", [["stats"], ["search", "award"]])
def test_a_pipe_named_as_a_dump_is_read_once(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """`reader stats <(zcat news.gz)`: the split cache hashed the pipe first, reading it
    dry, and the command said "the file is empty" (and hashed /dev/zero for ever)."""
    read, write = os.pipe()
    os.write(write, TEXT.encode())
    os.close(write)  # the text stays in the pipe, its end reached once it is read
    try:
        code, out, err = _run(workspace, capsys, [argv[0], f"/proc/self/fd/{read}", *argv[1:]])
    finally:
        os.close(read)
    assert (code, err) == (0, "")
    assert out.startswith("1 article in 1 dump") or out.endswith("1 hit in 1 article\n")


def test_an_unreadable_seeds_folder_stops_the_commands_that_read_it(
    workspace: Workspace,
    export_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deny_listing(monkeypatch, workspace.seeds_dir)
    for argv in (["open"], ["stats"], ["export"], ["import", str(export_file)]):
        code, out, err = _run(workspace, capsys, argv)
        assert (code, out) == (1, "")
        assert err == f"reader: {workspace.seeds_dir}: cannot read the folder (Permission denied)\n"


def _work_in_a_dump_named_too_long(workspace: Workspace) -> str:
    """Work the store keeps by a dump whose name no file system takes (an export from
    elsewhere, a hand-edited store): the source recorded, 300 characters of file name."""
    source = str(workspace.seeds_dir / ("x" * 300 + ".txt"))
    elsewhere = workspace.root / "latin.txt"
    elsewhere.write_text(LATIN_TEXT)
    [article] = load_dump(elsewhere)
    elsewhere.unlink()
    article = article.moved(source)
    with Store(workspace.store_path, root=workspace.root) as store:
        store.set_state(article.id, "kept")
        store.remember([article])
    return source


@pytest.mark.parametrize(
    "argv",
    [["stats"], ["search", "minister"], ["export", "-f", "prodigy-textcat"], ["export"]],
)
def test_work_kept_by_a_dump_named_too_long_stops_no_command(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """`Path.is_file` raised ENAMETOOLONG on the recorded name: every command reading the
    workspace's dumps ended in "File name too long", the work in it not even exportable."""
    _work_in_a_dump_named_too_long(workspace)
    code, out, err = _run(workspace, capsys, argv)
    assert code == 0 and "too long" not in err, err
    assert out or "exported" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["stats", "--\x1b[2Jgone"],  # unknown to a subcommand
        ["--\x1b]0;title\x07"],  # unknown to the TUI, read by the parser
        ["export", "--tag"],  # a value missing: the message names the option alone
    ],
)
def test_the_parser_echoes_bad_arguments_escaped(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """argparse wrote an argument it could not read back as typed: a pasted escape
    sequence cleared the screen or retitled the terminal instead of being shown."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", err), err
    assert err.splitlines()[-1].startswith(("reader: error: ", "reader export: error: "))
    if "\x1b" in argv[-1]:
        assert "\u241b" in err  # ESC shown as its picture


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--source", ""],  # a shell variable never set
        ["stats", " "],
        ["search", "", "said"],
        ["--workspace", "", "seeds"],
        ["export", "-o", ""],
    ],
)
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """`Path("")` is ".": `export --source ''` read every .txt of the folder the shell was
    in as a dump, and exported its articles."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("Not a dump\n\nJust the user's notes.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert "an empty path names nothing" in capsys.readouterr().err


def test_a_query_of_two_dashes_is_searched_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader search -- --`: argparse gave the query as an empty list (it drops a lone
    `--` value), and the search ended on AttributeError, a traceback."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "news.txt").write_text(TEXT, encoding="utf-8")
    code = main(["--workspace", str(tmp_path), "search", "--", "--"])
    assert (code, *capsys.readouterr()) == (0, "no hits\n", "")


# -- import files --------------------------------------------------------------------------


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    """A valid json export of one annotation whose note needs more than ASCII."""
    source = Workspace.open(tmp_path / "source")
    source.seeds_dir.mkdir(parents=True)
    (source.seeds_dir / "latin.txt").write_text(LATIN_TEXT)
    [article] = load_dump(source.seeds_dir / "latin.txt")
    with Store(source.store_path) as store:
        store.add_annotation(article.id, article.body, 0, 4, tags=["key"], note="señora à tarde")
    path = tmp_path / "export.json"
    assert main(["export", "-o", str(path), "--workspace", str(source.root)]) == 0
    return path


_IMPORT_TEXT: dict[str, Callable[[str], bytes]] = {
    "latin_1": lambda text: text.encode("latin-1"),
    "cp1252": lambda text: text.encode("cp1252"),
    "utf8_bom": lambda text: codecs.BOM_UTF8 + text.encode(),
    "utf16_bom": lambda text: text.encode("utf-16"),
    "utf16le_no_bom": lambda text: text.encode("utf-16-le"),
    "utf16be_no_bom": lambda text: text.encode("utf-16-be"),
    "mixed_line_endings": lambda text: (
        text.replace("\n", "\r\n", 3).replace("\n", "\r", 3).encode()
    ),
}
"""An export re-saved the ways an editor may re-save it; each still imports."""


@pytest.mark.parametrize("kind", _IMPORT_TEXT)
def test_an_export_re_saved_in_another_encoding_imports(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    export_file: Path,
    kind: str,
) -> None:
    capsys.readouterr()
    resaved = tmp_path / f"{kind}.json"
    resaved.write_bytes(_IMPORT_TEXT[kind](export_file.read_text()))
    assert main(["import", str(resaved), "--workspace", str(workspace.root)]) == 0
    assert capsys.readouterr().out.startswith("imported json: 1 added")
    with Store(workspace.store_path, read_only=True) as store:
        assert "señora à tarde" in {a.note for a in store.annotations()}


_IMPORT_ERRORS = {
    **{kind: pattern for kind, pattern in ERROR_KINDS.items() if kind != "unreadable_folder"},
    "nul_bytes": "not valid JSON",
    "huge_line": "not valid JSON",
    "empty": "not valid JSON",
}


@pytest.mark.parametrize("kind", _IMPORT_ERRORS)
def test_an_import_file_that_is_no_export_is_one_line_and_changes_nothing(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    path = make(kind, tmp_path, monkeypatch)
    code, out, err = _run(workspace, capsys, ["import", str(path)])
    assert (code, out) == (1, "")
    _one_line_error(err, _IMPORT_ERRORS[kind], path)


# -- the same, as a real process: real exit codes, real stderr -----------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "kind", "status"),
    [
        ("articles", "binary", 1),
        ("entities", "directory", 1),
        ("stats", "symlink_loop", 1),
        ("export", "parent_is_a_file", 1),
        ("import", "binary", 1),
        ("articles", "cp1252", 0),
    ],
)
def test_as_a_process_the_exit_status_and_stderr_are_the_same(
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    kind: str,
    status: int,
) -> None:
    path = make(kind, tmp_path, monkeypatch)
    argv = ["import", str(path)] if command == "import" else DUMP_COMMANDS[command](path)
    before = StoreState.of(workspace.store_path)
    done = subprocess.run(
        [sys.executable, "-m", "reader", *argv, "--workspace", str(workspace.root)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == status
    assert "Traceback" not in done.stderr
    if status:
        assert done.stdout == ""
        _one_line_error(done.stderr, ERROR_KINDS[kind], path)
    else:
        assert TEXT_KINDS[kind][1] in done.stdout and done.stderr == ""
    assert StoreState.of(workspace.store_path) == before
