"""Terminal escapes and markup look-alikes in dumps, notes and file names: none reaches the
terminal as a command, in any plain or JSON output of the CLI.

Plain output shows control characters as visible placeholders; JSON escapes them
(C1 controls too, which JSON itself would allow raw); markup is printed as it is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.workspace import Workspace
from tests.hostile.hostile_support import (
    ALL_ESCAPES,
    ESCAPES,
    FALLBACK_MODEL,
    HOSTILE_DUMP,
    HOSTILE_TITLE,
)


def _forbidden(text: str) -> list[str]:
    """Characters a terminal would act on: C0 controls but newline, DEL, the C1 range."""
    return [c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F]


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """Seeds holding the hostile dump; a store whose note and tag carry escapes and markup."""
    space = Workspace.open(tmp_path)
    space.seeds_dir.mkdir()
    dump = space.seeds_dir / "hostile.txt"
    dump.write_text(HOSTILE_DUMP)
    [article] = load_dump(dump)
    assert ESCAPES["osc 0 title"] in article.title and ESCAPES["c1 csi"] in article.body
    with Store(space.store_path) as store:
        store.add_annotation(
            article.id, article.body, 0, 40, tags=["[bold]claim[/]"], note=f"see {ALL_ESCAPES}"
        )
        store.set_state(article.id, "starred")
    return space


_PICTURED_TITLE = "Minister \u241b]0;pwned\u2407resigns [bold]over\u2407 budget[/] row"
_OUTPUTS: dict[str, tuple[list[str], str]] = {
    "articles": (["articles", "seeds"], _PICTURED_TITLE),
    "articles json": (["articles", "seeds", "--json"], HOSTILE_TITLE),
    "entities": (["entities", "seeds", "--model", FALLBACK_MODEL, "--no-cache"], _PICTURED_TITLE),
    "entities json": (
        ["entities", "seeds", "--model", FALLBACK_MODEL, "--no-cache", "--json"],
        HOSTILE_TITLE,
    ),
    "stats": (["stats"], "[bold]claim[/]"),
    "stats json": (["stats", "--json"], "[bold]claim[/]"),
    "export json": (["export", "--with-text"], ALL_ESCAPES),
    "export jsonl": (["export", "-f", "jsonl"], ALL_ESCAPES),
    "export doccano": (["export", "-f", "doccano"], ALL_ESCAPES),
    "export w3c": (["export", "-f", "w3c"], f"see {ALL_ESCAPES}"),
}
"""Each plain and JSON output, and what it must show: plain text with controls as visible
pictures and markup as it is; JSON with the dump's text intact (escaped by JSON)."""


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (key, *_strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.mark.parametrize("output", _OUTPUTS)
def test_no_escape_reaches_stdout_or_stderr_raw(
    workspace: Workspace,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
    output: str,
) -> None:
    argv, shown = _OUTPUTS[output]
    monkeypatch.chdir(workspace.root)
    assert main([*argv, "--workspace", str(workspace.root)]) == 0
    captured = capsysbinary.readouterr()
    out, err = captured.out.decode(), captured.err.decode()
    assert _forbidden(out) == [] and _forbidden(err) == []
    if "json" in output or output.startswith("export"):
        one_per_line = output in ("export jsonl", "export doccano")
        parsed = (
            [orjson.loads(line) for line in out.splitlines()]
            if one_per_line
            else [orjson.loads(out)]
        )
        strings = _strings(parsed)
        assert any(shown in text for text in strings)
    else:
        assert shown in out


def test_json_output_escapes_c1_controls_and_reads_back_the_same(
    workspace: Workspace, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", "--with-text", "--workspace", str(workspace.root)]) == 0
    raw = capsysbinary.readouterr().out
    assert b"\\u009b31m" in raw and b"\xc2\x9b" not in raw
    [article] = orjson.loads(raw)["articles"]
    assert ESCAPES["c1 csi"] in article["text"]
    assert article["annotations"][0]["note"] == f"see {ALL_ESCAPES}"


def test_a_file_name_with_escapes_is_shown_safely_in_tables_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "\x1b]0;pwned\x07.txt"
    dump.write_text("A plain title here\n\nA plain body, said the clerk on Monday.\n")
    assert main(["articles", str(dump)]) == 0
    assert main(["articles", str(tmp_path / "\x1b[2Jgone.txt")]) == 1
    captured = capsys.readouterr()
    assert _forbidden(captured.out) == [] and _forbidden(captured.err) == []
    assert "\u241b]0;pwned\u2407.txt" in captured.out
    assert "\u241b[2Jgone.txt: no such file" in captured.err


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_prints_on_a_strict_utf8_terminal(tmp_path: Path) -> None:
    """A name with a byte that is not UTF-8 becomes a str with a lone surrogate, which a
    UTF-8 terminal's strict encoder (and orjson) refuse: both outputs replace it instead."""
    folder = os.fsencode(tmp_path)
    bad = Path(os.fsdecode(folder + b"/bad\xff.txt"))
    bad.write_bytes(b"A plain title here\n\nA plain body, said the clerk on Monday.\n")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}
    for extra in ([], ["--json"]):
        done = subprocess.run(
            [sys.executable, "-m", "reader", "articles", str(tmp_path), *extra],
            capture_output=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        assert "bad\ufffd.txt" in done.stdout.decode()
    missing = subprocess.run(
        [sys.executable, "-m", "reader", "articles", folder + b"/gone\xfe.txt"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert missing.returncode == 1
    assert missing.stderr.decode().startswith("reader: ")
    assert b"Traceback" not in missing.stderr
