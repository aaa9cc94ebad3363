"""spaCy is not imported before the first frame: the real `reader` in a real pty."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.conftest import SEED

_PROBE = """
import sys
from pathlib import Path
from reader.tui.app import ReaderApp

def on_ready(self):
    loaded = sorted(name for name in ("spacy", "thinc") if name in sys.modules)
    Path(sys.argv[1]).write_text(",".join(loaded) or "none")
    self.exit()

ReaderApp.on_ready = on_ready
from reader.cli import main
raise SystemExit(main(sys.argv[2:]))
"""


def _run_in_pty(args: list[str], timeout: float = 60) -> None:
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execve(args[0], args, {**os.environ, "TERM": "xterm-256color"})
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if ready:
                try:
                    if not os.read(fd, 1 << 16):
                        break
                except OSError:
                    break
    finally:
        if os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)


@pytest.mark.slow
def test_spacy_is_not_imported_at_first_paint(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    (workspace / "seeds").mkdir(parents=True)
    shutil.copy(SEED, workspace / "seeds")
    result = tmp_path / "modules.txt"
    _run_in_pty([sys.executable, "-c", _PROBE, str(result), "--workspace", str(workspace)])
    assert result.read_text() == "none"
