"""On/off settings in `reader.toml`: `true`/`false` (also yes/no, on/off), with a default.

`Workspace.open` has already refused any other value (naming the key), so here a
setting is only read.
"""

from __future__ import annotations

from reader.workspace import Workspace

_ON = frozenset({"true", "yes", "on"})


def switch(workspace: Workspace, key: str, default: bool) -> bool:
    """The setting `key` as a bool, `default` when unset."""
    value = workspace.setting(key)
    return default if value is None else value.strip().lower() in _ON
