"""Where a user's dumps, store, caches and exports live, resolved in one place.

A workspace is a folder holding `seeds/` (the inbox of dumps) and `annotations/`
(the store, caches and exports). By default it is the current directory, so
`make run` in a checkout opens the checkout's own `seeds/`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from reader.errors import ReaderError
from reader.text.safe import visible_line

WORKSPACE_ENV = "READER_WORKSPACE"
"""Names the workspace folder when the current directory is not it."""

CONFIG_NAME = "reader.toml"
DUMP_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".jsonl", ".ndjson"})
"""File endings taken as dumps when a whole folder is opened."""
FOLDER_NOTES = frozenset(
    {"readme", "sources", "license", "licence", "notice", "changelog", "contributing", "authors"}
)
"""Names (before the first dot, any case) of the notes a folder keeps about itself
(`README.md`, `SOURCES.md`, `LICENSE.txt`): never a dump of articles, so a folder opened
whole leaves them out and says so (listed, a README was an article to triage among the
news); named on their own, they open as any file does."""


class WorkspaceError(ReaderError):
    """A workspace path or config that cannot be used; its message is shown to the user."""


@dataclass(frozen=True)
class Workspace:
    """The resolved folders and config of one workspace; the one place paths are decided."""

    root: Path
    db_override: Path | None = None
    config: dict[str, object] = field(default_factory=dict)

    @classmethod
    def open(cls, root: Path | None = None, db: Path | None = None) -> Workspace:
        """Resolves the workspace: an explicit root, else $READER_WORKSPACE, else the cwd."""
        base = root or Path(os.environ.get(WORKSPACE_ENV) or Path.cwd())
        base = base.expanduser().resolve()
        return cls(root=base, db_override=db, config=_read_config(base / CONFIG_NAME))

    @property
    def seeds_dir(self) -> Path:
        """The inbox: dumps dropped here are opened by default and watched while running."""
        return self.root / "seeds"

    @property
    def annotations_dir(self) -> Path:
        """The user's data folder: the store, the entity cache and exports."""
        return self.root / "annotations"

    @property
    def store_path(self) -> Path:
        """The TinyDB file holding annotations, tags and triage states."""
        return self.db_override or self.annotations_dir / "reader.json"

    @property
    def cache_dir(self) -> Path:
        """Rebuildable caches (entity results), kept apart from the user's own store."""
        return self.annotations_dir / ".cache"

    @property
    def exports_dir(self) -> Path:
        """Where exports started from the TUI are written."""
        return self.annotations_dir / "exports"

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A string setting from `reader.toml` (e.g. `model`), or `default`."""
        value = self.config.get(key, default)
        return None if value is None else str(value)


class Setting(NamedTuple):
    """One `reader.toml` key: what it takes (for the error message) and the check.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    takes: str
    valid: Callable[[object], bool]


OFF_WORDS = frozenset({"false", "off", "never", "no"})
"""Words that switch a seconds setting off (TOML's `false` too)."""


def seconds_or_off(value: object) -> float | None:
    """A seconds setting: a number >= 0 (also written as a string), or off (None).

    ValueError for anything else (a word, a negative, nan, infinity, true)."""
    if value is False or (isinstance(value, str) and value.strip().lower() in OFF_WORDS):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(value)
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(value)
    return seconds


def _is_seconds_or_off(value: object) -> bool:
    try:
        seconds_or_off(value)
    except ValueError:
        return False
    return True


SWITCH_WORDS = frozenset({"true", "false", "yes", "no", "on", "off"})
"""What an on/off setting may say as a string (TOML's own true and false also do)."""


def _is_switch(value: object) -> bool:
    return isinstance(value, bool) or (
        isinstance(value, str) and value.strip().lower() in SWITCH_WORDS
    )


LIST_SHARE_RANGE = (0.1, 0.9)
"""The shares of the terminal the list pane may take (`list_share`)."""
MIN_MEASURE = 20
"""The narrowest measure (`measure`, columns of article text) that still reads as text."""


def is_list_share(value: object) -> bool:
    """Whether a value is a list share: a number within `LIST_SHARE_RANGE`."""
    low, high = LIST_SHARE_RANGE
    return isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high


def is_measure(value: object) -> bool:
    """Whether a value is a measure: a whole number of columns, `MIN_MEASURE` or more."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= MIN_MEASURE


SETTINGS: dict[str, Setting] = {
    "model": Setting(
        'a spaCy pipeline name, e.g. "en_core_web_sm"',
        lambda value: isinstance(value, str) and bool(value.strip()),
    ),
    "read_dwell_seconds": Setting("a number of seconds (0 or more) or false", _is_seconds_or_off),
    "keymap": Setting('a table of binding id = "keys"', lambda value: isinstance(value, dict)),
    "triage_whole_story": Setting("true or false", _is_switch),
    "advance": Setting("true or false", _is_switch),
    "tokens_ahead": Setting("true or false", _is_switch),
    "list_share": Setting("a share of the terminal from 0.1 to 0.9, e.g. 0.33", is_list_share),
    "measure": Setting("a whole number of columns, 20 or more, e.g. 90", is_measure),
    "models": Setting(
        'a table of language = "pipeline", e.g. fr = "fr_core_news_sm"',
        lambda value: (
            isinstance(value, dict)
            and all(isinstance(v, str) and v.strip() for v in value.values())
        ),
    ),
}
"""Every key `reader.toml` may hold; anything else is a mistake the user should hear of."""


def _read_config(path: Path) -> dict[str, object]:
    if not path.is_file():
        return {}
    import tomllib  # only with a reader.toml: its regexes cost `reader` start-up time

    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WorkspaceError(f"cannot read config {path}: {exc}") from exc
    check_settings(config, path)
    return config


def check_settings(config: Mapping[str, object], path: Path) -> None:
    """WorkspaceError naming the first unknown key or bad value, and what it takes."""
    for key, value in config.items():
        setting = SETTINGS.get(key)
        if setting is None:
            known = ", ".join(sorted(SETTINGS))
            raise WorkspaceError(f"{path}: unknown setting {key!r} (known: {known})")
        if not setting.valid(value):
            shown = visible_line(repr(value))
            raise WorkspaceError(f"{path}: {key} must be {setting.takes}, not {shown}")


def is_dump_name(path: Path) -> bool:
    """Whether a file in a folder is taken as a dump: a dump ending, not hidden (temp
    files) and not the folder's notes (`FOLDER_NOTES`)."""
    return _dump_ending(path) and not is_folder_note(path)


def is_folder_note(path: Path) -> bool:
    """Whether a file with a dump ending is a folder's notes about itself (`FOLDER_NOTES`)."""
    return path.name.split(".", 1)[0].casefold() in FOLDER_NOTES


def left_out_as_note(path: Path) -> bool:
    """Whether a file in a folder opened whole is left out as the folder's notes: a dump's
    ending would have opened it (a README.pdf was never a dump to leave out)."""
    return _dump_ending(path) and is_folder_note(path)


def _dump_ending(path: Path) -> bool:
    return path.suffix.lower() in DUMP_SUFFIXES and not path.name.startswith(".")


def require_existing(paths: list[Path]) -> None:
    """WorkspaceError naming the first path that does not exist (a typo, before any screen)."""
    for path in paths:
        if not (path.exists() or path.is_symlink()):
            raise WorkspaceError(f"{path}: no such file or folder")


def dump_paths(paths: list[Path], left_out: list[Path] | None = None) -> list[Path]:
    """Expands folders into the dump files they hold, in name order; files pass as given.
    The notes a folder keeps about itself (`FOLDER_NOTES`) are left out, and added to
    `left_out` (for the caller to say so).

    A folder with no dumps is an error: the user meant something else."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        dumps = folder_dumps(path)
        notes = folder_notes(path)
        if not dumps:
            raise WorkspaceError(_no_dumps(path, notes))
        found.extend(dumps)
        if left_out is not None:
            left_out.extend(notes)
    return found


def left_out_line(note: Path) -> str:
    """What a user is told of a folder's note left out when its folder was opened."""
    return (
        f"{visible_line(str(note))}: the folder's notes, not a dump: left out (name it to open it)"
    )


def _no_dumps(folder: Path, notes: list[Path]) -> str:
    """Why a folder opens nothing; a workspace given where dumps go (`reader DIR` for
    `reader --workspace DIR`) is a slip the user fixes in one word, so name the word."""
    if (folder / "seeds").is_dir():
        return f"{folder}: a workspace, not a folder of dumps: open it with --workspace {folder}"
    beside = f" beside its notes ({', '.join(n.name for n in notes)})" if notes else ""
    return visible_line(f"{folder}: a folder with no dump files (.txt, .md, .jsonl){beside}")


def folder_notes(folder: Path) -> list[Path]:
    """The notes `folder` keeps about itself (`FOLDER_NOTES`) that a dump's ending would
    have opened, in name order; none when it cannot be listed (`folder_dumps` says why)."""
    try:
        return sorted(p for p in folder.iterdir() if left_out_as_note(p) and p.is_file())
    except OSError:
        return []


def folder_dumps(folder: Path) -> list[Path]:
    """The dump files in `folder`, in name order; WorkspaceError if it cannot be listed."""
    try:
        return sorted(p for p in folder.iterdir() if is_dump_name(p) and p.is_file())
    except OSError as exc:
        raise WorkspaceError(f"{folder}: cannot read the folder ({exc.strerror or exc})") from exc


def seed_dumps(workspace: Workspace) -> list[Path]:
    """The dumps in the workspace's seeds/ folder; none when it is missing or holds none.

    For commands that work on the whole workspace (export, import), where an empty
    inbox is a normal state rather than a mistake; a folder that cannot be read is not."""
    if not workspace.seeds_dir.is_dir():
        return []
    return folder_dumps(workspace.seeds_dir)
