"""When an opened article counts as read: after it stayed open a short while.

Marking on open would mark everything the cursor passes over; the dwell rule marks
an article read once it has been shown for `seconds` without the reader moving on.
The policy is pure (it is handed the clock), so the TUI drives it from a timer and
tests drive it with numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.workspace import Workspace, WorkspaceError, seconds_or_off

DWELL_SETTING = "read_dwell_seconds"
"""The `reader.toml` key: seconds, `0` to mark on open, `false` to never mark automatically."""

DEFAULT_DWELL_SECONDS = 1.5
"""Long enough to skip past an article with `j`/`k`, short enough not to notice."""


@dataclass(slots=True)
class DwellPolicy:
    """Tracks the one open article and says when it has been open long enough.

    The TUI calls `open(id, now)` when an article is shown and `close()` when it
    is hidden, then `due(now)` from a timer set for `remaining(now)` seconds; a
    non-None answer is the article to mark read (given once per opening).
    """

    seconds: float | None = DEFAULT_DWELL_SECONDS
    """None switches automatic marking off."""
    _article: str | None = None
    _since: float = 0.0
    _reported: bool = False

    @classmethod
    def from_workspace(cls, workspace: Workspace) -> DwellPolicy:
        """The policy the workspace's `reader.toml` asks for (the default when unset)."""
        return cls(parse_dwell(workspace.setting(DWELL_SETTING)))

    @property
    def article(self) -> str | None:
        """The article being timed, if any."""
        return self._article

    def open(self, article_id: str, now: float) -> None:
        """Starts timing an article; showing the same one again keeps its clock."""
        if article_id == self._article:
            return
        self._article, self._since, self._reported = article_id, now, False

    def close(self) -> None:
        """Stops timing: the article was hidden before (or after) it counted as read."""
        self._article, self._reported = None, False

    def remaining(self, now: float) -> float | None:
        """Seconds until the open article is due, 0 when it is; None when nothing will be."""
        if self.seconds is None or self._article is None or self._reported:
            return None
        return max(0.0, self._since + self.seconds - now)

    def due(self, now: float) -> str | None:
        """The open article if it has now been shown long enough (reported only once)."""
        left = self.remaining(now)
        if left is None or left > 0:
            return None
        self._reported = True
        return self._article


def parse_dwell(value: str | None) -> float | None:
    """Reads the setting: a number of seconds >= 0, or false/off/never; None means default."""
    if value is None:
        return DEFAULT_DWELL_SECONDS
    try:
        return seconds_or_off(value)
    except ValueError:
        raise WorkspaceError(
            f"{DWELL_SETTING} must be a number of seconds (0 or more) or false, not {value!r}"
        ) from None
