"""`reader serve` on a port another program holds: one line saying so and what to do."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from reader.cli import main
from tests.serving.running import make_workspace


def test_a_port_already_taken_is_one_line_naming_it_and_how_to_choose_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was Python's "[Errno 98] error while attempting to bind on address
    ('127.0.0.1', 8000): address already in use", which says neither what to do nor that
    `reader serve` has a `--port`."""
    workspace = make_workspace(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["--workspace", str(workspace), "serve", "--port", str(port)])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "Errno" not in err
    assert err.startswith(f"reader: port {port} on 127.0.0.1 is taken")
    assert "--port" in err
