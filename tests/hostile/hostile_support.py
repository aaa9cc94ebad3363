"""Hostile inputs for the hardening tests: files a user may hand `reader`, and a workspace
whose store must come out of every failed command byte for byte as it went in."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.dumps import file_bytes
from reader.dumps.load import load_dump
from reader.store import Store
from reader.workspace import Workspace
from tests.conftest import SEED

FALLBACK_MODEL = "no_such_model_xyz"
"""A model that is not installed: `entities` runs the rule fallback (fast, no model load)."""

TITLE = "Café owner wins “best croissant” prize"
TEXT = (
    f"{TITLE}\n\nJosé Müller, 54, said on Tuesday that the award was a complete surprise "
    "to the whole family.\n"
)
LATIN_TITLE = "Málaga e Niño: a señora ganhou o prémio"
LATIN_TEXT = (
    f"{LATIN_TITLE}\n\nJoão ficou contente com o prémio, disse a família na terça-feira "
    "à tarde em Lisboa.\n"
)
HUGE_SENTENCE = "The minister said on Tuesday that the talks would go on. "
HUGE_BYTES = 10 * 1024 * 1024

ESCAPES = {
    "csi colour": "\x1b[31m",
    "cursor moves": "\x1b[2J\x1b[H\x1b[10A",
    "osc 0 title": "\x1b]0;pwned\x07",
    "osc 2 title": "\x1b]2;pwned\x1b\\",
    "osc 8 link": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "osc 52 clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "bell": "\x07",
    "backspaces": "\x08\x08\x08",
    "c1 csi": "\x9b31m",
    "c1 osc": "\x9d0;pwned\x9c",
    "delete": "\x7f",
}
"""What a dump may carry to take over a terminal: colours, cursor moves, a new window
title, a hidden link, a clipboard write, noise; in 7-bit (ESC) and 8-bit (C1) forms."""
ALL_ESCAPES = "".join(ESCAPES.values())

HOSTILE_TITLE = (
    f"Minister {ESCAPES['osc 0 title']}resigns [bold]over{ESCAPES['bell']} budget[/] row"
)
HOSTILE_DUMP = (
    f"{HOSTILE_TITLE}\n\n"
    f"LONDON (Reuters) - The minister {ESCAPES['csi colour']}resigned on Tuesday{ALL_ESCAPES}, "
    "aides said, after a row over the $4.2 billion budget and a trip to Pyongyang.\n\n"
    "[link=https://evil.example]Read more[/link] and [@click=app.quit]quit[/] were "
    f"printed{ESCAPES['backspaces']} in the page, said Maria Gonzalez, 68, on Monday.\n"
)
"""One article whose title and body carry every escape above and markup look-alikes."""

TEXT_KINDS: dict[str, tuple[bytes, str]] = {
    "nul_bytes": (TEXT.replace("José", "Jo\x00sé").encode(), TITLE),
    "latin_1": (LATIN_TEXT.encode("latin-1"), LATIN_TITLE),
    "cp1252": (TEXT.encode("cp1252"), TITLE),
    "utf16_bom": (TEXT.encode("utf-16"), TITLE),
    "utf16le_no_bom": (TEXT.encode("utf-16-le"), TITLE),
    "utf16be_no_bom": (TEXT.encode("utf-16-be"), TITLE),
    "mixed_line_endings": (
        f"{TITLE}\r\n\rJosé Müller, 54, said on Tuesday that the award was a surprise.\n"
        "The whole family was there.\r\n\r\nShe thanked them all.\r".encode(),
        TITLE,
    ),
}
"""Text a user may legitimately have, in the bytes they may have it in, and its title."""

ERROR_KINDS: dict[str, str] = {
    "binary": "not a text file",
    "directory": "no dump files|is a folder",
    "missing": "no such file",
    "parent_is_a_file": "Not a directory",
    "unreadable": "(?i)permission denied",
    "unreadable_folder": "cannot read the folder \\(Permission denied\\)",
    "symlink_loop": "symbolic links",
    "device": "^reader: \\S*device\\.txt: a character device, not a file$",
    "unwritten_pipe": "^reader: \\S*unwritten_pipe\\.txt: a named pipe with nothing writing to it",
}
"""Paths that are no dump at all, and what the one-line error says for each."""


def make(kind: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Creates the hostile path `kind` (a key of TEXT_KINDS or ERROR_KINDS, or `empty`,
    `huge_line`: 10 MB of prose on one line, `huge_token`: 10 MB without a space) in
    `folder` and returns it."""
    path = folder / f"{kind}.txt"
    if kind in TEXT_KINDS:
        path.write_bytes(TEXT_KINDS[kind][0])
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "huge_line":
        path.write_bytes((HUGE_SENTENCE * (HUGE_BYTES // len(HUGE_SENTENCE) + 1)).encode())
    elif kind == "huge_token":
        path.write_bytes(b"x" * HUGE_BYTES)
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 64)
    elif kind == "directory":
        path.mkdir()
    elif kind == "parent_is_a_file":
        (folder / "plain-file").write_text("x")
        path = folder / "plain-file" / "dump.txt"
    elif kind == "unreadable":
        path.write_bytes(TEXT.encode())
        deny_reading(monkeypatch, path)
    elif kind == "unreadable_folder":
        path = folder / "locked"
        path.mkdir()
        (path / "dump.txt").write_bytes(TEXT.encode())
        deny_listing(monkeypatch, path)
    elif kind == "symlink_loop":
        path.symlink_to(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")  # endless: it was read to the 512 MB bound, then refused
    elif kind == "unwritten_pipe":
        os.mkfifo(path)  # opened as a file, it waited for a writer for ever
        monkeypatch.setattr(file_bytes, "WRITER_WAIT", 0.0)  # none will come: no second's wait
    elif kind != "missing":
        raise ValueError(kind)
    return path


def deny_reading(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """`denied` behaves as a file without read permission. Tests run as root, which
    reads anything, so the refusal is simulated at the one call that reads files."""
    read_bytes = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self.absolute() == denied.absolute():
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)


def deny_listing(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """`denied` behaves as a folder without read permission (see `deny_reading`)."""
    iterdir = Path.iterdir

    def guarded(self: Path) -> Iterator[Path]:
        if self.absolute() == denied.absolute():
            raise PermissionError(13, "Permission denied", str(self))
        return iterdir(self)

    monkeypatch.setattr(Path, "iterdir", guarded)


@dataclass(frozen=True)
class StoreState:
    """What "the store untouched" means: same bytes, same modification time, no leftovers."""

    data: bytes
    mtime_ns: int
    neighbours: tuple[str, ...]

    @classmethod
    def of(cls, path: Path) -> StoreState:
        """The state of the store file at `path` now."""
        names = tuple(sorted(p.name for p in path.parent.iterdir() if p.name != ".cache"))
        return cls(path.read_bytes(), path.stat().st_mtime_ns, names)


def workspace_with_work(root: Path) -> Workspace:
    """A workspace holding the seed dump and a store with an annotation, a state and a tag."""
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    space = Workspace.open(root)
    first, _second = load_dump(space.seeds_dir / SEED.name)
    with Store(space.store_path) as store:
        store.add_annotation(first.id, first.body, 0, 5, tags=["key"], note="dateline")
        store.set_state(first.id, "starred")
    return space
