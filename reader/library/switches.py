"""On/off settings in `reader.toml`: `true`/`false` (also yes/no, on/off), with a default.

A value that is neither stops the app with a one-line error naming the key, rather
than being read as one or the other.
"""

from __future__ import annotations

from reader.workspace import Workspace, WorkspaceError

_VALUES = {
    "true": True,
    "yes": True,
    "on": True,
    "false": False,
    "no": False,
    "off": False,
}


def switch(workspace: Workspace, key: str, default: bool) -> bool:
    """The setting `key` as a bool, `default` when unset; `WorkspaceError` when not a switch."""
    value = workspace.setting(key)
    if value is None:
        return default
    found = _VALUES.get(value.strip().lower())
    if found is None:
        raise WorkspaceError(f"{key} in reader.toml must be true or false, not {value!r}")
    return found
