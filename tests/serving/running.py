"""`reader serve` in a child process on a free port, for the websocket and browser tests.

The server runs in its own session, so stopping it also stops every tab process it
started, whatever state a failed test left them in.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 90.0
"""Seconds the server gets to answer its first request (a loaded 2-core machine)."""

STOP_TIMEOUT = 10.0

HARBOUR = "Harbour ferry timetable approved"
LIBRARY = "Library extends winter hours"
DUMP = f"""# {HARBOUR}

The harbour council approved a new ferry timetable on Monday. Boats will run every \
twenty minutes from April. The mayor said the change would help commuters.

Local businesses welcomed the decision. Some residents asked for later evening sailings.

-----

# {LIBRARY}

The city library will stay open until nine in the evening through the winter. The head \
librarian said students had asked for more study space.
"""
"""Two articles with titles short enough to show whole in the list and the header."""


def make_workspace(root: Path) -> Path:
    """A workspace whose seeds/ holds the two-article dump; its store is not made yet."""
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "harbour.md").write_text(DUMP, encoding="utf-8")
    return root


@dataclass
class Served:
    """A running `reader serve`: where it listens and the token it wants."""

    port: int
    token: str | None
    process: subprocess.Popen[bytes]
    log: Path

    def url(self, path: str = "/", *, with_token: bool = True) -> str:
        """`path` on the server, carrying the token unless told not to."""
        query = f"?token={self.token}" if with_token and self.token else ""
        return f"http://127.0.0.1:{self.port}{path}{query}"

    def socket_url(self, width: int = 120, height: int = 36, *, with_token: bool = True) -> str:
        """The websocket a tab opens, sized like a terminal."""
        token = f"&token={self.token}" if with_token and self.token else ""
        return f"http://127.0.0.1:{self.port}/ws?width={width}&height={height}{token}"


def free_port() -> int:
    """A port nothing listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def status(url: str) -> int:
    """The HTTP status of a GET (an error status is an answer too)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


@contextlib.contextmanager
def serving(workspace: Path, *, token: str | None = None) -> Iterator[Served]:
    """Starts `reader serve` on `workspace`, waits until it answers, always stops it."""
    log = workspace / "serve.log"
    port = free_port()
    argv = [sys.executable, "-m", "reader", "serve", "--workspace", str(workspace)]
    argv += ["--port", str(port), *(["--token", token] if token else [])]
    with log.open("wb") as out:
        process = subprocess.Popen(
            argv,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    served = Served(port, token, process, log)
    try:
        _wait_until_up(served)
        yield served
    finally:
        _stop(process)


def group_alive(group: int) -> bool:
    """Whether any process is left in the process group (the server's, with its tabs)."""
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_until_up(served: Served) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if served.process.poll() is not None:
            raise RuntimeError(f"reader serve exited: {served.log.read_text(errors='replace')}")
        try:
            status(served.url())
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"reader serve did not answer in {START_TIMEOUT} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (the server closes its tabs), then SIGKILL for anything left in the group."""
    with contextlib.suppress(ProcessLookupError):
        process.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(STOP_TIMEOUT)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
