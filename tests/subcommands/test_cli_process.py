"""The command line and the process as a new user meets them (issue 16, bugs 1-4).

Global options go before or after the subcommand; a path that does not exist stops
`reader` before any screen; without a terminal the TUI says so and exits 2; a TUI
whose terminal goes away (SIGHUP, or its input hung up) or that is sent SIGTERM saves and
exits at once; a clean quit leaves no lock file beside the store.
"""

from __future__ import annotations

import fcntl
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from reader.store._lock import lock_path
from tests.conftest import SEED

FIRST_FRAME = b"triaged"
"""Text of the list header: the app is up and drawing."""
LIMIT = 60
"""Seconds after which a test gives up waiting (a hang, not a slow machine)."""
BUSY_UI = Path(__file__).parents[1] / "busy_ui.py"
"""`reader` with its UI thread held by a triage key."""
THREAD_LEFT = Path(__file__).parents[1] / "thread_left.py"
"""`reader` from its entry that leaves a thread nothing ends (the exit would wait for it)."""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds")
    return root


def _starred_store(path: Path) -> Path:
    """A store apart from the workspace's, with the seed's first article starred."""
    with Store(path) as store:
        store.set_state(load_dump(SEED)[0].id, "starred")
    return path


@pytest.mark.parametrize(
    "order",
    [
        ["--db", "DB", "stats", "--json"],
        ["stats", "--json", "--db", "DB"],
        ["--workspace", "WS", "--db", "DB", "stats", "--json"],
        ["--db=DB", "--workspace=WS", "stats", "--json"],
    ],
)
def test_global_options_work_before_or_after_the_subcommand(
    order: list[str],
    workspace: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(workspace)
    db = _starred_store(tmp_path / "other" / "store.json")
    argv = [a.replace("DB", str(db)).replace("WS", str(workspace)) for a in order]
    assert main(argv) == 0
    assert orjson.loads(capsys.readouterr().out)["states"]["starred"] == 1  # the db given


def _run(args: list[str], cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=LIMIT,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_path_that_does_not_exist_is_one_line_and_an_error_before_any_screen(
    workspace: Path,
) -> None:
    missing = workspace / "no-such-dir"
    done = _run([str(missing)], workspace, stdin=subprocess.DEVNULL)
    assert done.returncode != 0
    assert done.stdout == ""  # no screen was drawn
    assert done.stderr == f"reader: {missing}: no such file or folder\n"
    assert not (workspace / "annotations").exists()  # nothing was opened


def test_without_a_terminal_the_tui_says_so_in_one_line_and_exits_2(workspace: Path) -> None:
    done = _run([], workspace, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("reader: the TUI needs a terminal")
    assert done.stderr.count("\n") == 1


@contextmanager
def _tui_in_pty(
    workspace: Path,
    *,
    controlling: bool,
    runner: tuple[str, ...] = ("-m", "reader"),
    stderr: int | None = None,
) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """`reader` on the workspace in an 80x24 pty, once its first frame is drawn: the
    process and the pty's master side (closing it hangs the terminal up).

    `controlling`: the pty is the process's controlling terminal, so the kernel sends
    SIGHUP when it goes; otherwise the process sees only its input hang up. `runner`:
    what Python runs with reader's arguments (`tests/busy_ui.py` and its own first).
    `stderr`: where its stderr goes (default: the pty too).
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def attach() -> None:
        if controlling:
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(
        [sys.executable, *runner, "--workspace", str(workspace)],
        stdin=slave,
        stdout=slave,
        stderr=slave if stderr is None else stderr,
        start_new_session=True,
        preexec_fn=attach,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    os.close(slave)
    try:
        _read_until(master, FIRST_FRAME)
        yield child, master
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(LIMIT)
        with suppress(OSError):  # already closed by the test
            os.close(master)


def _read_until(master: int, marker: bytes) -> None:
    seen = b""
    while marker not in seen:
        ready, _, _ = select.select([master], [], [], LIMIT)
        assert ready, f"{marker!r} never showed"
        seen = seen[-len(marker) :] + os.read(master, 1 << 16)


def _wait_for(condition: Callable[[], bool], master: int) -> None:
    """Reads the pty until `condition` holds (LIMIT seconds at most)."""
    deadline = time.monotonic() + LIMIT
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            os.read(master, 1 << 16)


def _drain_until_exit(child: subprocess.Popen[bytes], master: int) -> int:
    """Keeps reading the pty (so the app never blocks writing) until the child exits."""
    _read_to_the_end(child, master)
    return child.wait(LIMIT)


def _read_to_the_end(child: subprocess.Popen[bytes], master: int) -> bytes:
    """What the child writes to the pty until it exits and the pty has nothing more."""
    deadline = time.monotonic() + LIMIT
    seen = bytearray()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if not ready:
            if child.poll() is not None:
                break
            continue
        try:
            seen += os.read(master, 1 << 16)
        except OSError:  # the child closed its side
            break
    return bytes(seen)


@pytest.mark.slow
def test_with_stderr_in_a_file_the_app_draws_on_the_terminal(
    workspace: Path, tmp_path: Path
) -> None:
    """`reader 2>log` drew the whole app into the log (Textual's driver writes the screen to
    stderr) and left the terminal blank: the first frame never showed."""
    log = tmp_path / "log"
    with (
        log.open("wb") as err,
        _tui_in_pty(workspace, controlling=True, stderr=err.fileno()) as (
            child,
            master,
        ),
    ):
        os.write(master, b"q")
        assert _drain_until_exit(child, master) == 0
    assert b"\x1b" not in log.read_bytes()


@pytest.mark.slow
def test_a_clean_quit_leaves_no_lock_file(workspace: Path) -> None:
    store = workspace / "annotations" / "reader.json"
    with _tui_in_pty(workspace, controlling=True) as (child, master):
        assert lock_path(store).exists()  # held while running
        os.write(master, b"q")
        assert _drain_until_exit(child, master) == 0
    assert store.exists()
    assert not lock_path(store).exists()


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_sighup_or_sigterm_saves_and_exits_at_once(workspace: Path, signum: int) -> None:
    """Also when a thread the interpreter's exit would wait for never ends (`THREAD_LEFT`):
    the app, its store closed, ends there, and no process of its session is left (before,
    it stayed for good in a futex wait, its signal handlers given back)."""
    store = workspace / "annotations" / "reader.json"
    runner = (str(THREAD_LEFT),)
    with _tui_in_pty(workspace, controlling=True, runner=runner) as (child, master):
        os.write(master, b"s")  # star the first article: saved at once
        _wait_for(lambda: b'"starred"' in store.read_bytes(), master)
        child.send_signal(signum)
        assert _drain_until_exit(child, master) == 128 + signum
        assert _session(child.pid) == []
    with Store(store, read_only=True) as saved:
        assert [r.state for r in saved.states().values()] == ["starred"]
    assert not lock_path(store).exists()


def _session(sid: int) -> list[int]:
    """The processes of session `sid` still there (a zombie has ended)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == sid and fields[0] != "Z":
                members.append(int(stat.parent.name))
    return members


@pytest.mark.slow
def test_sigterm_during_a_save_with_the_ui_thread_held_saves_and_exits(
    workspace: Path, tmp_path: Path
) -> None:
    store = workspace / "annotations" / "reader.json"
    saving = tmp_path / "saving"
    runner = (str(BUSY_UI), str(saving))
    with _tui_in_pty(workspace, controlling=True, runner=runner) as (child, master):
        os.write(master, b"s")  # the save starts, then the UI thread is held for good
        _wait_for(saving.exists, master)
        child.send_signal(signal.SIGTERM)  # mid-save
        screen = _read_to_the_end(child, master)
        assert _ended(child, saving.with_suffix(".stacks")) == 128 + signal.SIGTERM
        modes = termios.tcgetattr(master)[3]  # the terminal given back as it was:
        assert modes & termios.ICANON and modes & termios.ECHO  # lines and echo,
    assert screen.rfind(b"\x1b[?1049l") > screen.rfind(b"\x1b[?1049h")  # the main screen
    with Store(store, read_only=True) as saved:
        assert [r.state for r in saved.states().values()] == ["starred"]
    assert not lock_path(store).exists()


def _ended(child: subprocess.Popen[bytes], stacks: Path) -> int | None:
    """The child's exit status, or (still there after `LIMIT` seconds) a failure naming what
    each of its threads was doing: their states, pending and blocked signals, and the Python
    stacks its faulthandler writes on SIGUSR1."""
    with suppress(subprocess.TimeoutExpired):
        return child.wait(LIMIT)
    child.send_signal(signal.SIGUSR1)
    time.sleep(1)  # the handler writes from the signal itself; a hang is being reported
    pytest.fail(f"still running:\n{_threads(child.pid)}\n{stacks.read_text()}")


def _threads(pid: int) -> str:
    """Each thread of `pid`: its name, state, kernel wait and signal masks (from /proc)."""
    lines = []
    for task in sorted(Path(f"/proc/{pid}/task").glob("[0-9]*")):
        with suppress(OSError):
            masks = [
                line
                for line in (task / "status").read_text().splitlines()
                if line.startswith(("State", "SigPnd", "ShdPnd", "SigBlk", "SigCgt"))
            ]
            lines.append(
                f"{task.name} {(task / 'comm').read_text().strip()} "
                f"{(task / 'wchan').read_text()} {'; '.join(masks)}"
            )
    return "\n".join(lines)


@pytest.mark.slow
def test_a_hung_up_input_exits_instead_of_spinning(workspace: Path) -> None:
    with _tui_in_pty(workspace, controlling=False) as (child, master):
        os.close(master)  # the terminal goes away; no SIGHUP (not the controlling tty)
        assert child.wait(LIMIT) == 128 + signal.SIGHUP
    assert not lock_path(workspace / "annotations" / "reader.json").exists()
