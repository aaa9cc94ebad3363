"""Fields in a `/` query: `title:`, `lang:`, `tag:` and `state:` narrow what the words find.

An analyst triaging many dumps asks "the starred French ones about the strike", not
only "strike": `strike lang:fr state:starred`. A field is a word of the query written
`name:value` (the value quoted when it has spaces: `tag:"follow up"`); the query's
other words are searched as before. As the list's filter combines them, kinds combine
with AND; a language or a state given twice means either (an article has one), a tag or
a title word given twice means both. `title:word` finds the word in titles only (case
and accents ignored, inside longer words unless written `title:\\<word\\>`); `tag:` names
a tag whole (case ignored); `lang:` (or `language:`) an ISO code as `meta.language` holds
it; `state:` one of new (or unread), read, starred, kept, discarded. A word such as
`10:30` or `http://…` is no field: only these names before the colon make one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.store import STATES, ArticleState
from reader.text.folding import fold_query

STATE_WORDS: dict[str, ArticleState] = {
    **{state: state for state in STATES},
    "unread": "new",
}
"""What `state:` accepts: each state by its name, and `unread` for new (as `space` says it)."""
_FIELD = re.compile(r'(?<!\S)(title|lang|language|tag|state):(?:"([^"]*)"?|(\S*))', re.IGNORECASE)
"""A field word: its name, then a quoted value (an unclosed quote runs to the end), a bare
one, or none (`state:` alone, said rather than searched for as a word)."""
_WANTED = {
    "title": "a word of the title, as title:strike",
    "lang": "a language's code, as lang:fr",
    "language": "a language's code, as language:fr",
    "tag": 'a tag\'s name, as tag:claim or tag:"follow up"',
    "state": f"one of {', '.join(STATE_WORDS)}",
}
"""What each field wants after its colon, said when it is given nothing."""


@dataclass(frozen=True, slots=True)
class Fields:
    """The fields of one query, their values folded as they are compared."""

    titles: tuple[str, ...] = ()
    """Words or phrases each title must hold, as written (`Query` folds and marks them)."""
    languages: frozenset[str] = frozenset()
    tags: tuple[str, ...] = ()
    """Tag names, folded; an article must hold an annotation with each."""
    states: frozenset[ArticleState] = frozenset()
    unknown_states: tuple[str, ...] = ()
    """Values of `state:` that name no state: the query then finds nothing, and says why."""
    empty: tuple[str, ...] = ()
    """Fields written with no value (`state:` alone): a slip to say, not a word to look for;
    the rest of the query finds what it would without them."""

    def __bool__(self) -> bool:
        return bool(
            self.titles or self.languages or self.tags or self.states or self.unknown_states
        )

    def describe(self) -> str:
        """A word on what is wrong with the fields, or "" (a state no article can be in, a
        field with no value)."""
        if not self.unknown_states:
            return "; ".join(f"{name}: needs {_WANTED[name]}" for name in self.empty)
        named = ", ".join(f"“{value}”" for value in self.unknown_states)
        return f"no state {named}: use {', '.join(STATE_WORDS)}"


NO_FIELDS = Fields()
"""A query without fields."""


def split_fields(text: str) -> tuple[str, Fields]:
    """The query's words with its fields taken out, and the fields; a field inside a
    quoted phrase stays part of the phrase."""
    titles: list[str] = []
    languages: set[str] = set()
    tags: list[str] = []
    states: set[ArticleState] = set()
    unknown: list[str] = []
    empty: list[str] = []
    kept: list[str] = []
    done = 0
    for found in _FIELD.finditer(text):
        if text.count('"', 0, found.start()) % 2:  # inside a phrase
            continue
        kept.append(text[done : found.start()])
        done = found.end()
        name = found.group(1).lower()
        value = found.group(2) if found.group(2) is not None else found.group(3)
        if not value.strip():
            empty.append(name)
        elif name == "title":
            titles.append(value)
        elif name in ("lang", "language"):
            languages.add(value.strip().lower())
        elif name == "tag":
            tags.append(fold_query(value))
        elif (state := STATE_WORDS.get(value.strip().lower())) is not None:
            states.add(state)
        else:
            unknown.append(value)
    kept.append(text[done:])
    fields = Fields(
        tuple(titles),
        frozenset(languages),
        tuple(tags),
        frozenset(states),
        tuple(unknown),
        tuple(dict.fromkeys(empty)),
    )
    return " ".join("".join(kept).split()), fields
