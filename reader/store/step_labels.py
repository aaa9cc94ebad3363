"""The words of a triage step in the undo journal ("star 3 articles"), written and read back.

The store counts the articles a state change touched, as it knows no stories; the app
counts stories. A label is kept in the store's file, so journals written before the app
reworded it must read the same: `labelled_state` reads the label back (old or new) and
`state_label` words it again with whatever count its reader gives ("star 1 story").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.store.records import ArticleState
from reader.text.safe import visible_line

_STATE_VERBS: dict[ArticleState, str] = {
    "new": "mark {} unread",
    "read": "mark {} read",
    "starred": "star {}",
    "kept": "keep {}",
    "discarded": "discard {}",
}
QUOTE_SHOWN = 32
"""Characters of a passage's start that an annotation step's label keeps (then "…")."""
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


def passage_label(verb: str, tags: Sequence[str], quote: str) -> str:
    """The words of a step on one annotation, naming its tags and its passage's start
    ("add annotation “claim” on “The minister said…”"): "Undone: add annotation" named
    nothing, where undoing a star names the article."""
    tagged = "".join(f" “{tag}”" for tag in tags)
    return f"{verb}{tagged} on “{_passage_start(quote)}”"


def _passage_start(quote: str) -> str:
    """The passage's first words on one line, cut at a word when longer than shown."""
    line = " ".join(visible_line(quote).split())
    if len(line) <= QUOTE_SHOWN:
        return line
    cut = line[: QUOTE_SHOWN + 1].rsplit(" ", 1)[0] or line[:QUOTE_SHOWN]
    return f"{cut}…"
