"""What the list says when a filter leaves nothing to read: the way out, in the user's keys.

Triaging dump by dump (`f` a dump, read it, `*x` the rest), the list went blank with the
last article still open beside it, and `space` at the end of a filtered queue said only
"No unread articles left in this filter" while dozens of new stories waited outside it:
nothing said that `F` brings them back. Newsboat's next-unread goes on to the next feed;
here the filter is the user's, so reader says what lies beyond it and which key lifts it.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.text.counted import counted


def empty_list_text(
    filter_active: bool, discarded_hidden: bool, key_of: Callable[[str], str]
) -> str:
    """What an empty list shows in its pane ("" when nothing hides a row: no dumps at all).
    `key_of` names the key of a binding id as the user's keymap binds it."""
    clear, discarded = key_of("clear_filters"), key_of("toggle_discarded")
    if filter_active:
        text = f"No story passes this filter: {clear} clears it"
        return text + (f", {discarded} shows discarded ones." if discarded_hidden else ".")
    if discarded_hidden:
        return f"Every story here is discarded: {discarded} shows them."
    return ""


def no_unread_text(
    filter_active: bool, unread_outside: int, unit: str, key_of: Callable[[str], str]
) -> str:
    """What `space` says when the list holds nothing unread: with a filter, how many unread
    `unit`s ("story", "article") it hides and the key that clears it."""
    if not filter_active:
        return "No unread articles left."
    if not unread_outside:
        return "No unread articles left in this filter, nor outside it."
    outside = counted(unread_outside, unit)
    verb = "is" if unread_outside == 1 else "are"
    return (
        f"No unread articles left in this filter; {outside} outside it {verb} unread: "
        f"{key_of('clear_filters')} clears it."
    )
