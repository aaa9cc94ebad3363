"""The words of a triage step in the undo journal ("star 3 articles"), written and read back.

The store counts the articles a state change touched, as it knows no stories; the app
counts stories. A label is kept in the store's file, so journals written before the app
reworded it must read the same: `labelled_state` reads the label back (old or new) and
`state_label` words it again with whatever count its reader gives ("star 1 story").
"""

from __future__ import annotations

import re

from reader.store.records import ArticleState

_STATE_VERBS: dict[ArticleState, str] = {
    "new": "mark {} unread",
    "read": "mark {} read",
    "starred": "star {}",
    "kept": "keep {}",
    "discarded": "discard {}",
}
_COUNTED = r"\d[\d,]* \w+"
"""What `counted` writes: a number (thousands separated) and a noun."""
_LABELS = [
    (re.compile(re.escape(verbs).replace(re.escape("{}"), _COUNTED)), state)
    for state, verbs in _STATE_VERBS.items()
]


def state_label(state: ArticleState, what: str) -> str:
    """The words of a step that moved `what` ("3 articles", "1 story") to `state`."""
    return _STATE_VERBS[state].format(what)


def labelled_state(label: str) -> ArticleState | None:
    """The state a step's label says it set ("keep 12 articles": kept), or None when the
    step was no state change (an annotation's, a tag's, an import)."""
    for pattern, state in _LABELS:
        if pattern.fullmatch(label):
            return state
    return None
