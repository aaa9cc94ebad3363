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
    they were, when some are decisions and the rest read; None otherwise (all read already:
    nothing to say). A starred story whose reprint was read (it came in another dump after
    the star) said nothing either: read beside a decision changes nothing, so the decision
    is what to tell, and its key takes it off at the second press (the first gives every
    one the decision). `key_of` names the key of an action as the user's keymap binds it."""
    decided = set(states) - {"read"}
    if not decided or not decided <= UNDOING_ACTION.keys():
        return None
    if len(decided) > 1:
        return "Not marked read", "r leaves a star, a keep or a discard as it is"
    (state,) = decided
    action = UNDOING_ACTION[state]
    key = key_of(action)
    if "read" in states:
        how = f"{key} twice takes it off (the first {action}s them all)"
    else:
        how = f"{key} again takes it off (then read)"
    return f"Still {state}", f"r leaves a decision as it is: {how}, m makes it unread"
