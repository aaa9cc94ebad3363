"""The list header: what the filter shows, how far triage has got, and a pending prefix.

Two lines over the article list. The first says which articles are listed (the
filter in words and how many stories pass it) or, while a count or `*` is being typed,
what the next key will act on; the second is "triaged X of Y stories" with a progress
bar. Both count stories, as the list shows them (a story's versions are one row), and
say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from reader.text.cells import fit
from reader.text.counted import counted

if TYPE_CHECKING:  # the first frame draws the header empty, without the triage
    from reader.library.triage import Progress

BAR = "━"


@dataclass(frozen=True, slots=True)
class HeaderState:
    """Everything the header shows; replaced whole, so one assignment repaints it."""

    description: str
    """The filter in words (`Filter.describe()`)."""
    shown: int
    """Stories passing the filter (a story's versions listed under it by `z` are still
    one): the rows the list has for them."""
    progress: Progress
    prefix: str = ""
    """A pending count or `*`, in words; replaces the filter line while set."""


class ListHeader(Widget):
    """Filter description and triage progress over the article list."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "list-header--filter",
        "list-header--count",
        "list-header--prefix",
        "list-header--bar",
        "list-header--bar-empty",
    }

    state: reactive[HeaderState | None] = reactive(None, layout=False)
    """What is shown; None before the screen fills it in."""

    def render(self) -> Text:
        """The two lines, fitted to the width."""
        state = self.state
        width = self.content_region.width or self.size.width
        if state is None or width <= 0:
            return Text()
        text = Text(no_wrap=True, overflow="crop", end="")
        self._filter_line(text, state, width)
        text.append("\n")
        self._progress_line(text, state.progress, width)
        return text

    def _filter_line(self, text: Text, state: HeaderState, width: int) -> None:
        if state.prefix:
            text.append(
                fit(state.prefix, width), self.get_component_rich_style("list-header--prefix")
            )
            return
        count = f" {counted(state.shown, 'story')}"
        if cell_len(state.description) + cell_len(count) > width:  # the filter's words
            count = f" {state.shown:,}"  # first: the progress line names the unit too
        room = width - cell_len(count)
        text.append(
            fit(state.description, room), self.get_component_rich_style("list-header--filter")
        )
        text.append(" " * max(room - cell_len(fit(state.description, room)), 0))
        text.append(count, self.get_component_rich_style("list-header--count"))

    def _progress_line(self, text: Text, progress: Progress, width: int) -> None:
        percent = f" {progress.fraction:4.0%}"
        named, bare = progress.describe(), progress.describe(unit=False)
        words = f"{named} "
        if width - cell_len(words) - cell_len(percent) < 4:  # narrow: the bar before the
            words = f"{bare} "  # unit, which the filter line names too
        room = width - cell_len(words) - cell_len(percent)
        if room < 4:
            text.append(fit(named if cell_len(named) <= width else bare, width))
            return
        filled = round(progress.fraction * room)
        if progress.triaged and not filled:
            filled = 1
        text.append(words)
        text.append(BAR * filled, self.get_component_rich_style("list-header--bar"))
        text.append(BAR * (room - filled), self.get_component_rich_style("list-header--bar-empty"))
        text.append(percent)


def prefix_words(count: int | None, bulk: bool, shown: int) -> str:
    """What a pending prefix will do, in words (empty when none is pending); `shown`: the
    stories the filter shows (a bulk key acts on every version of each)."""
    if bulk:
        return f"* all {counted(shown, 'story')} shown: s x + r m"
    if count is not None:
        return f"{count} × s x + r m space j k"
    return ""
