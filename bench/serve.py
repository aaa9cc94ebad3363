"""`reader serve`: how long a browser tab waits for the article list, against a terminal.

- First title: from opening a tab's websocket (120x40) until the first article's title
  is in the terminal output it relays, against `reader` started in a real pty of the
  same size until the same title shows (bench.tui's first-frame measure). Each run
  has its own workspace and server; the server's own start is timed apart.

Run with `python -m bench.serve`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp

from bench.timing import Figure, ratio
from bench.tui import READER_MARKER, SEED, SIZE, _figure, _pty_first_frame

RUNS = 7


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _server(workspace: Path, started: list[float]) -> Iterator[int]:
    """`reader serve` on a free port; appends the seconds until it answered HTTP."""
    port = _free_port()
    begin = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reader",
            "serve",
            "--workspace",
            str(workspace),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).close()
                break
            except OSError:
                if process.poll() is not None or time.perf_counter() - begin > 60:
                    raise RuntimeError("reader serve did not start") from None
                time.sleep(0.02)
        started.append(time.perf_counter() - begin)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(10)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


async def _first_title(port: int) -> float:
    """Seconds from opening a tab's websocket until the first title is in its output."""
    url = f"http://127.0.0.1:{port}/ws?width={SIZE[0]}&height={SIZE[1]}"
    async with aiohttp.ClientSession() as http:
        begin = time.perf_counter()
        async with http.ws_connect(url) as tab:
            seen = b""
            async with asyncio.timeout(60):
                while READER_MARKER not in seen:
                    message = await tab.receive()
                    if message.type is not aiohttp.WSMsgType.BINARY:
                        continue
                    seen = seen[-len(READER_MARKER) :] + message.data
            return time.perf_counter() - begin


def main() -> list[str]:
    """A served tab and a terminal, alternating, each in a fresh workspace (pair one warms up)."""
    served, terminal, started = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(RUNS + 1):
            workspace = Path(tmp) / f"ws{run}"
            (workspace / "seeds").mkdir(parents=True)
            shutil.copy(SEED, workspace / "seeds")
            ours = _pty_first_frame([sys.executable, "-m", "reader"], READER_MARKER, workspace)
            (workspace / "annotations" / "reader.json").unlink(missing_ok=True)
            with _server(workspace, started) as port:
                tab = asyncio.run(_first_title(port))
            if run:
                terminal.append(ours)
                served.append(tab)
    terminal_fig = _figure("first title, reader in a pty", terminal)
    served_fig = _figure("first title, a served tab (websocket)", served)
    start_fig: Figure = _figure("reader serve answering HTTP", started[1:])
    return [
        terminal_fig.row(),
        served_fig.row(),
        ratio("served tab / pty", served_fig, terminal_fig),
        start_fig.row(),
    ]


if __name__ == "__main__":
    for row in main():
        print(row)
