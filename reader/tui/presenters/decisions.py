"""What `r` says when it changes nothing: the article is starred, kept or discarded.

`r` never overrides a decision (`reader.library.triage`), so on a discarded story it did
nothing and said nothing, and the user could not tell a refused key from a lost one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

UNDOING_ACTION = {"starred": "star", "kept": "keep", "discarded": "discard"}
"""The action whose key, pressed again, takes each decision off (the article is then read)."""


def read_refused(states: Collection[str], key_of: Callable[[str], str]) -> tuple[str, str] | None:
    """The title and message of the notice for `r` on articles in `states` that it left as
    they were, when every one is a decision; None otherwise (read already: nothing to say).
    `key_of` names the key of an action as the user's keymap binds it."""
    decided = set(states)
    if not decided or not decided <= UNDOING_ACTION.keys():
        return None
    if len(decided) > 1:
        return "Not marked read", "r leaves a star, a keep or a discard as it is"
    (state,) = decided
    key = key_of(UNDOING_ACTION[state])
    return (
        f"Still {state}",
        f"r leaves a decision as it is: {key} again takes it off (then read), m makes it unread",
    )
