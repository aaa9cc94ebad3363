"""`reader serve`: the options it refuses before it listens (the server itself: tests/serving)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "0.0.0.0"], "listening on 0.0.0.0 needs --token"),
        (["--token", "short"], "--token needs at least 16 characters"),
        (["--port", "70000"], "--port 70000: a port is a number from 1 to 65535"),
        (["no-such-dump.txt"], "no such dump file or folder: no-such-dump.txt"),
    ],
)
def test_serve_refuses_before_listening(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--workspace", str(tmp_path), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reader: {message}") and err.count("\n") == 1
