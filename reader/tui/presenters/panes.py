"""How the reading screen shares its width: the list pane's share and the text's measure;
and where the list's scrollbar thumb is drawn (`thumb_span`).

The list pane takes a share of the terminal (so a wide terminal gives titles room)
within bounds that always leave the article readable; keys and a drag on the
divider change it in whole columns, and the share is what is kept, so the choice
carries over to a terminal of another width. The article text wraps at a readable
measure (about 90 columns) and the rest of the pane is margin. No Textual here.
"""

from __future__ import annotations

from math import ceil
from typing import NamedTuple

from reader.workspace import LIST_SHARE_RANGE, Workspace, is_list_share, is_measure

SHARE_SETTING = "list_share"
"""The `reader.toml` key of the list's default share, and the store setting that keeps
the share the user chose with the keys or the mouse (that one wins)."""
MEASURE_SETTING = "measure"
"""The `reader.toml` key of the text's measure, in columns."""
DEFAULT_SHARE = 1 / 3
"""A third of the terminal: 40 columns at 120, as the fixed width used to be."""
DEFAULT_MEASURE = 90
"""Columns of article text on a line: a readable measure for news copy."""
MIN_LIST = 20
"""The list pane is never narrower than this (titles need some room)."""
MIN_READING = 30
"""Columns always left to the article pane."""
STEP = 4
"""Columns one key press adds to or takes from the list pane."""
LANES = 2
"""Gutter cells for bars (`presenters.marks`): passages nested deeper share the last cell
(the innermost shows). Here, not with the marks: the first frame draws an empty gutter,
without the marks' module (and its dataclass, some 4 M instructions to generate)."""
BAR = "▌"
"""What a passage draws in its gutter cell on each of its lines."""
GUTTER = LANES + 1
"""Cells left of the text: the annotation bars (see `presenters.marks`), then a space."""


def saved_share(value: object, default: float) -> float:
    """The share the store kept (`SHARE_SETTING`), or `default` when none or not a share."""
    return float(value) if is_list_share(value) else default  # type: ignore[arg-type]


def share_setting(workspace: Workspace) -> float:
    """The list share `reader.toml` asks for (checked when the workspace was opened)."""
    value = workspace.config.get(SHARE_SETTING)
    return float(value) if is_list_share(value) else DEFAULT_SHARE  # type: ignore[arg-type]


def measure_setting(workspace: Workspace) -> int:
    """The measure `reader.toml` asks for (checked when the workspace was opened)."""
    value = workspace.config.get(MEASURE_SETTING)
    return value if is_measure(value) else DEFAULT_MEASURE  # type: ignore[return-value]


def list_columns(terminal_width: int, share: float) -> int:
    """The list pane's width at this terminal width: the share, within the bounds."""
    most = max(terminal_width - MIN_READING, MIN_LIST)
    return max(MIN_LIST, min(round(terminal_width * share), most))


def share_for(terminal_width: int, columns: int) -> float:
    """The share that gives the list `columns` (bounded) at this terminal width."""
    if terminal_width <= 0:
        return DEFAULT_SHARE
    most = max(terminal_width - MIN_READING, MIN_LIST)
    bounded = max(MIN_LIST, min(columns, most))
    low, high = LIST_SHARE_RANGE
    return max(low, min(round(bounded / terminal_width, 4), high))


def stepped(terminal_width: int, share: float, steps: int) -> float:
    """The share after `steps` key presses (negative: narrower)."""
    return share_for(terminal_width, list_columns(terminal_width, share) + steps * STEP)


class TextFrame(NamedTuple):
    """Where the article text sits in the view: margin, then the gutter, then the text.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    margin: int
    width: int
    """Columns of text: the measure, or less when the pane is narrower."""

    @property
    def left(self) -> int:
        """The column the text starts at (margin and gutter)."""
        return self.margin + GUTTER


def text_frame(view_width: int, measure: int) -> TextFrame:
    """Text at most `measure` wide, centred in what the gutter leaves of the view."""
    room = max(view_width - GUTTER, 0)
    width = min(room, measure)
    return TextFrame((room - width) // 2, width)


Thumb = tuple[int, int] | None
"""A scrollbar thumb's first and last part in steps of a cell (None: no thumb drawn)."""


def thumb_span(track: int, rows: int, window: int, position: float, steps: int = 8) -> Thumb:
    """Where the thumb of a scrollbar `track` cells long over `rows` rows is drawn, with
    `window` of them in sight from row `position`, in `steps` parts of a cell: the
    arithmetic of Textual's `ScrollBarRender.render_bar`, so the list knows whether a new
    height moves its thumb. At 100,000 rows a filter or a discard changes the height by
    a little and the thumb stays put; drawing the scrollbar's 36 lines again anyway
    cost a filter key as much as drawing the rows it changed."""
    window = window if window < rows else 0
    if not (window and track and rows and track != rows):
        return None
    size = max(1.0, window / (rows / track))
    start = int((track - size) * (position / (rows - window)) * steps)
    return start, start + ceil(size * steps)
