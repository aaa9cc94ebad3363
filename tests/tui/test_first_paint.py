"""The first frame is drawn from few modules: the real `reader` in a real pty.

spaCy is not imported before it, nor the store, the triage, the annotation
machinery (the sentence cursor included), the entity records, the splitter (which
runs in a forked child), `argparse`, `hashlib` or, without a `reader.toml`, the TOML parser; a
module joining the first frame's import set has to be added to `FIRST_FRAME` below,
on purpose. The split child the first frame waits for (it plans the opening) does
without `SPLIT_CHILD_NEVER` on a workspace's first opening. On a first opening of many
small dumps it splits at most `EAGER_LOAD_BYTES` of them before the first frame.
"""

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

from bench import corpus
from reader.tui.presenters.opening import EAGER_LOAD_BYTES
from tests.conftest import SEED

_PROBE = """
import sys
from pathlib import Path
from reader.tui import ahead, launch

def on_ready(self):
    watched = ("reader", "spacy", "tomllib", "argparse", "hashlib")
    loaded = sorted(name for name in sys.modules if name.split(".")[0] in watched)
    Path(sys.argv[1]).write_text("\\n".join(loaded))
    self.exit()

_require_terminal = launch.require_terminal

def require_terminal():  # the app is imported by now (after the split child was forked)
    sys.modules["reader.tui.app"].ReaderApp.on_ready = on_ready
    _require_terminal()

launch.require_terminal = require_terminal
_send = ahead._send

def send(write, data):  # in the split child, as it sends the plan the first frame waits for
    Path(sys.argv[2]).write_text("\\n".join(sorted(sys.modules)))
    ahead._send = _send
    _send(write, data)

ahead._send = send
from reader.cli import main
raise SystemExit(main(sys.argv[3:]))
"""

_COUNTING_PROBE = """
import os
import sys
from pathlib import Path
from reader.dumps import load
from reader.tui import ahead, launch

forks, split = [], []
_fork, _split_text = os.fork, load.split_text

def fork():
    forks.append(os.getpid())  # copied into a child: each counts those made by its own id
    return _fork()

def split_text(text, *args):
    split.append(len(text.encode()))
    return _split_text(text, *args)

os.fork, load.split_text = fork, split_text

def on_ready(self):
    opening = self._start.opening
    made = forks.count(os.getpid())
    counts = (made, len(opening.loaded.articles), len(opening.deferred))
    Path(sys.argv[1]).write_text(" ".join(map(str, counts)))
    self.exit()

_require_terminal = launch.require_terminal

def require_terminal():
    sys.modules["reader.tui.app"].ReaderApp.on_ready = on_ready
    _require_terminal()

launch.require_terminal = require_terminal
_send = ahead._send

def send(write, data):  # in the split child, as it sends the plan the first frame waits for
    counts = (forks.count(os.getpid()), len(split), sum(split))
    Path(sys.argv[2]).write_text(" ".join(map(str, counts)))
    ahead._send = _send
    _send(write, data)

ahead._send = send
from reader.cli import main
raise SystemExit(main(sys.argv[3:]))
"""

FIRST_FRAME = {
    "reader",
    "reader.article",
    "reader.cli",
    "reader.dumps",
    "reader.dumps.signatures",  # a dump's size and time for the inbox: not the inbox itself
    "reader.errors",
    "reader.lazy",
    "reader.leaving",  # `detached` (once in reader.tui.ahead): the standard library alone
    "reader.subcommands",
    "reader.text",
    "reader.text.cells",
    "reader.text.words",
    "reader.text.safe",
    "reader.tui",
    "reader.tui.ahead",
    "reader.tui.app",
    "reader.tui.drawn_on",  # where the driver draws (stdout when stderr is a file): sys alone
    "reader.tui.keys",
    "reader.tui.launch",
    "reader.tui.paste",
    "reader.tui.presenters",
    "reader.tui.presenters.breaks",
    "reader.tui.presenters.colors",
    "reader.tui.presenters.layout",
    "reader.tui.presenters.opening",
    "reader.tui.presenters.panes",
    "reader.tui.presenters.rows",
    "reader.tui.presenters.spans",
    "reader.tui.screens",
    "reader.tui.screens.first",
    "reader.tui.terminal",
    "reader.tui.widgets",
    "reader.tui.widgets.article_list",
    "reader.tui.widgets.article_view",
    "reader.tui.widgets.divider",
    "reader.tui.widgets.styles",
    "reader.workspace",
}
"""Every reader module the first frame may import (what the list and the article need)."""


SPLIT_CHILD_NEVER = {"orjson", "uuid", "platform", "spacy", "numpy", "textual"}
"""What the split child does without before it sends the plan, on a workspace's first
opening (no split cache yet): orjson and what it imports came with a read of a pattern
code file not there yet (15 M instructions the first frame waited for)."""


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
def test_the_first_frame_imports_only_what_the_list_and_the_article_need(
    tmp_path: Path,
) -> None:
    workspace = tmp_path / "ws"
    (workspace / "seeds").mkdir(parents=True)
    shutil.copy(SEED, workspace / "seeds")
    result, child = tmp_path / "modules.txt", tmp_path / "child.txt"
    probe = [sys.executable, "-c", _PROBE, str(result), str(child)]
    _run_in_pty([*probe, "--workspace", str(workspace)])
    loaded = set(result.read_text().split())
    planned = set(child.read_text().split())  # the split child's, a first opening's
    assert "reader.dumps.load" in planned  # it split seeds/
    assert not planned & SPLIT_CHILD_NEVER, "the plan the first frame waits for imports these"
    assert "reader.tui.screens.first" in loaded  # the probe saw the first frame
    assert "spacy" not in loaded
    assert "tomllib" not in loaded  # no reader.toml here: its patterns are not compiled
    assert "argparse" not in loaded  # a plain `reader PATH` builds no parser
    assert "hashlib" not in loaded  # the articles come with their ids (OpenSSL: 5-15 ms)
    assert loaded - FIRST_FRAME == set(), "new on the first frame's path"


SMALL_DUMPS = 20
"""A folder of a user's small dumps, as `bench.tui many_small` opens: 861 KB in all."""


@pytest.mark.slow
def test_a_first_opening_of_many_small_dumps_splits_a_bounded_part_before_the_first_frame(
    tmp_path: Path,
) -> None:
    seeds = tmp_path / "ws" / "seeds"
    seeds.mkdir(parents=True)
    for n in range(SMALL_DUMPS):
        (seeds / f"small_{n:02d}.txt").write_text(corpus.dump(40, seed=n), encoding="utf-8")
    result, child = tmp_path / "app.txt", tmp_path / "child.txt"
    probe = [sys.executable, "-c", _COUNTING_PROBE, str(result), str(child)]
    _run_in_pty([*probe, "--workspace", str(tmp_path / "ws")])
    forks, listed, deferred = map(int, result.read_text().split())
    child_forks, dumps_split, bytes_split = map(int, child.read_text().split())
    assert bytes_split <= EAGER_LOAD_BYTES  # before: all 20, 861 KB
    assert dumps_split == 1 and listed == 40  # the first dump fits, the second not
    assert deferred == SMALL_DUMPS - 1  # the rest stream in after the first frame
    assert forks == 1  # the split child
    assert child_forks <= 1  # the split cache's writer, at most
