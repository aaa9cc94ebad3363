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


def test_a_store_no_tab_could_read_stops_serve_before_it_listens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "annotations" / "reader.json"
    store.parent.mkdir()
    store.write_bytes(b"{ not a store")
    assert main(["serve", "--workspace", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reader: cannot read store {store}") and err.count("\n") == 1
    assert store.read_bytes() == b"{ not a store"


def test_the_token_can_come_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_SERVE_TOKEN", "short")
    assert main(["serve", "--workspace", str(tmp_path), "--host", "0.0.0.0"]) == 1
    assert capsys.readouterr().err.startswith("reader: --token needs at least 16 characters")
