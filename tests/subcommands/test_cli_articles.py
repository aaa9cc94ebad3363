"""`reader articles`: the splitter's output for scripts, and one-line errors for people."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SEED
from tests.drawn import drawn_cells


def test_json_gives_the_two_seed_articles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["articles", str(SEED), "--json"]) == 0
    articles = json.loads(capsys.readouterr().out)
    assert [a["index"] for a in articles] == [0, 1]
    for article in articles:
        assert {"id", "source", "index", "title", "body", "meta", "paragraphs"} <= set(article)
    assert articles[0]["body"].startswith("SEOUL: Senior North Korean")
    assert articles[1]["body"].startswith("WASHINGTON: Ahead of the US attack")


def test_plain_output_is_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["articles", str(SEED.parent)]) == 0
    out = capsys.readouterr().out
    assert "North Korean and Russian military officials" in out
    assert out.rstrip().endswith("2 articles")


def test_plain_output_shows_no_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "evil.txt"
    dump.write_text("Evil \x1b]0;pwned\x07 title\n\nBody text \x1b[31mred\x1b[0m here.\n")
    assert main(["articles", str(dump)]) == 0
    assert "\x1b" not in capsys.readouterr().out


def _one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("reader: ") and captured.err.count("\n") == 1
    assert message in captured.err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _one_line_error(capsys, ["articles", str(tmp_path / "missing.txt")], "no such file")


def test_folder_without_dumps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _one_line_error(capsys, ["articles", str(tmp_path)], "no dump files")


def test_a_workspace_named_as_a_dump_folder_is_told_to_go_after_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "dump.txt").write_text("Title\n\nBody.\n")
    _one_line_error(capsys, ["articles", str(tmp_path)], f"--workspace {tmp_path}")


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(bytes(range(256)) * 10)
    _one_line_error(capsys, ["articles", str(path)], "not a text file")


def test_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    _one_line_error(capsys, ["articles", str(path)], "permission denied")


def test_symlink_loop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    _one_line_error(capsys, ["articles", str(loop)], "loop.txt")


def test_version_and_help_work_as_a_process() -> None:
    run = [sys.executable, "-m", "reader"]
    version = subprocess.run([*run, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("reader ")
    help_ = subprocess.run([*run, "--help"], capture_output=True, text=True, check=True)
    assert "articles" in help_.stdout


def test_lines_says_where_every_line_went(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "digest.txt"
    dump.write_text(
        "Morning briefing\n* * *\n"
        "Storm knocks out power to thousands\n\nBy Jane Doe\n\n"
        "Thousands of homes lost power on Tuesday night as the storm crossed the coast.\n\n"
        "-----\n\n"
        "Museum returns looted bronzes\n\n"
        "The museum said on Monday it would return the bronzes to Nigeria next year.\n"
    )
    assert main(["articles", str(dump), "--lines"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["line"] for r in records] == list(range(1, 14))
    fields = {r["line"]: (r["field"], r["article"]) for r in records}
    assert fields[1] == ("matter", None)
    assert fields[2] == ("blank", None)
    assert fields[3] == ("title", 0)
    assert fields[5] == ("meta", 0)
    assert fields[7] == ("body", 0)
    assert fields[9] == ("blank", None)
    assert fields[11] == ("title", 1)
    assert all(r["rule"] for r in records if r["field"] != "blank")
    assert main(["articles", str(dump), "--json"]) == 0
    articles = json.loads(capsys.readouterr().out)
    assert articles[0]["meta"]["dump_front_matter"] == "Morning briefing"


def test_lines_of_an_empty_dump_are_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty file has no line: `--lines` prints no record (it printed one blank line 1)
    and says why on stderr, as the table does."""
    dump = tmp_path / "empty.txt"
    dump.write_bytes(b"")
    assert main(["articles", str(dump), "--lines"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == f"reader: {dump}: the file is empty"
    dump.write_bytes(b"\n")  # one line, blank
    assert main(["articles", str(dump), "--lines"]) == 0
    assert [json.loads(line)["line"] for line in capsys.readouterr().out.splitlines()] == [1]


def _folder_with_a_binary_dump(tmp_path: Path) -> tuple[Path, Path]:
    """A folder holding a binary dump (listed first, by name) and the seed dump."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    binary = folder / "0-photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    return folder, binary


@pytest.mark.parametrize("shown", [[], ["--json"], ["--lines"]], ids=["table", "json", "lines"])
def test_a_binary_dump_in_a_folder_is_warned_of_and_the_rest_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shown: list[str]
) -> None:
    folder, binary = _folder_with_a_binary_dump(tmp_path)
    assert main(["articles", str(folder), *shown]) == 0
    out, err = capsys.readouterr()
    assert err == f"reader: {binary}: not a text file (binary data)\n"
    assert SEED.name in out  # the seed's articles, after the binary dump


def test_a_folder_where_no_dump_can_be_read_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(bytes(range(256)) * 10)
    assert main(["articles", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"reader: {tmp_path / 'a.txt'}: not a text file (binary data)",
        f"reader: {tmp_path / 'b.txt'}: not a text file (binary data)",
        "reader: none of the 2 dumps could be read",
    ]


def test_the_table_keeps_its_columns_under_titles_in_any_script(tmp_path: Path) -> None:
    """The source column starts at the same cell of every row as a terminal draws it, in a
    process of its own (where no test has told Rich how to count spacing marks)."""
    dump = tmp_path / "scripts.txt"
    titles = [
        "தமிழ்நாடு அரசு புதிய கல்விக் கொள்கையை அறிவித்தது இன்று சென்னையில் மாலை",
        "हिन्दी समाचार: सरकार ने नई शिक्षा नीति की घोषणा की, दिल्ली में आज",
        "A plain English headline about the new education policy today",
    ]
    dump.write_text("\n\n\n".join(f"{t}\n\n{t}. The policy was announced." for t in titles))
    table = subprocess.run(
        [sys.executable, "-m", "reader", "articles", str(dump)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    rows = [line for line in table if line.endswith(dump.name)]
    assert len(rows) == 3
    starts = {drawn_cells(row[: row.rindex(dump.name)]) for row in rows}
    assert starts == {table[0].index("source")}


def _folder_with_notes(tmp_path: Path) -> Path:
    """A folder of one dump and the notes it keeps about itself."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    shutil.copy(SEED, folder / "wire.txt")
    (folder / "README.md").write_text("# About these dumps\n\nSaved from the wire.\n")
    (folder / "SOURCES.md").write_text("# Sources\n\nEach dump's pages, with licences.\n")
    return folder


def test_the_commands_leave_a_folders_notes_out_with_a_warning_and_open_one_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder_with_notes(tmp_path)
    assert main(["articles", str(folder), "--json", "--workspace", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert {Path(a["source"]).name for a in json.loads(out)} == {"wire.txt"}
    assert err.splitlines() == [
        f"reader: {folder / name}: the folder's notes, not a dump: left out (name it to open it)"
        for name in ("README.md", "SOURCES.md")
    ]
    readme = folder / "README.md"
    assert main(["articles", str(readme), "--json", "--workspace", str(tmp_path)]) == 0
    assert [a["title"] for a in json.loads(capsys.readouterr().out)] == ["About these dumps"]
