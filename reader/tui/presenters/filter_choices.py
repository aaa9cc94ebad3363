"""What the filter picker offers: every state, tag, dump, language and entity, and entities
checked or not, narrowed by typed words.

Beside each choice is how many it would show, named: stories for a state (each story
once, as the list's header counts them), articles for the rest (a tag, a note, a dump or
an entity is on an article, not on its story's other versions).

Pure (no Textual), so the picker stays a thin screen. A choice knows how to toggle
itself on a `Filter`; the active ones come first, marked, so the same picker also
removes them. Typed words must all occur (folded) in the choice's kind and text,
so `person heg` finds PERSON "Pete Hegseth" and `gpe` every GPE.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path

from reader.library.articles import Library
from reader.library.entity_index import EntityIndex
from reader.library.filters import EntityMatch, Filter
from reader.library.stories import Story
from reader.library.triage import Progress
from reader.store import STATES
from reader.text.counted import counted
from reader.text.folding import fold_query
from reader.text.safe import visible_line

MAX_SHOWN = 200
"""Choices listed at once; typing narrows the rest (entity names can run to thousands)."""


@dataclass(frozen=True, slots=True)
class Choice:
    """One line of the picker: what it toggles, how it reads, how it is found."""

    kind: str
    """state, discarded, notes, entities (checked or not), tag, dump, language or entity:
    shown before the text."""
    text: str
    detail: str
    """A count shown after the text, with what it counts ("209 stories", "3 articles")."""
    active: bool
    toggle: Callable[[Filter], Filter]
    key: str
    """Folded kind and text, for matching typed words."""


def _choice(
    kind: str, text: str, detail: str, active: bool, toggle: Callable[[Filter], Filter]
) -> Choice:
    return Choice(kind, text, detail, active, toggle, fold_query(f"{kind} {text}"))


def filter_choices(
    current: Filter,
    progress: Progress,
    tags: Iterable[str],
    library: Library,
    entities: EntityIndex,
    *,
    tagged: Mapping[str, int] | None = None,
    noted: int | None = None,
    done: Set[str] | None = None,
    checked: int | None = None,
) -> list[Choice]:
    """Every choice, active ones first, then states, notes, tags, dumps, entity labels and
    names. `progress` counts each state (the header's, in stories); `tagged` counts the
    open articles per tag, `noted` those with notes, and a dump's new articles are those
    not in `done` (`no_work_left`; no count is shown for what is not given); `checked`
    counts the open articles whose entities were checked, offered as work done and work
    left (none when not given)."""
    choices = [
        _choice(
            "state",
            state,
            counted(progress.counts[state], progress.unit),
            state in current.states,
            lambda f, s=state: f.toggle_state(s),
        )
        for state in STATES
    ]
    choices.append(
        _choice(
            "discarded",
            "hide discarded" if current.show_discarded else "show discarded",
            "",
            False,
            Filter.toggle_discarded,
        )
    )
    if noted is not None or current.notes:
        choices.append(
            _choice("notes", "has notes", _count(noted), current.notes, Filter.toggle_notes)
        )
    if checked is not None:
        choices.extend(_checked_choices(current, checked, len(library)))
    counts = tagged or {}
    choices.extend(
        _choice(
            "tag",
            visible_line(tag),
            _count(counts.get(tag, 0) if tagged is not None else None),
            tag in current.tags,
            lambda f, t=tag: f.toggle_tag(t),
        )
        for tag in tags
    )
    choices.extend(
        _choice(
            "dump",
            visible_line(Path(source).name),
            _dump_count(library.from_source(source), done),
            source in current.sources,
            lambda f, s=source: f.toggle_source(s),
        )
        for source in library.dumps()
    )
    choices.extend(_language_choices(current, library))
    choices.extend(_entity_choices(current, entities))
    return [c for c in choices if c.active] + [c for c in choices if not c.active]


def _language_choices(current: Filter, library: Library) -> Iterable[Choice]:
    """A choice per language of the open articles, most articles first, where they are in
    more than one (an analyst's dumps in eight languages; one language needs no filter)."""
    by_language = library.languages()
    if len(by_language) < 2 and not current.languages:
        return
    for code, ids in by_language.items():
        yield _choice(
            "language",
            visible_line(code),
            counted(len(ids), "article"),
            code in current.languages,
            lambda f, c=code: f.toggle_language(c),
        )


def _checked_choices(current: Filter, checked: int, total: int) -> Iterable[Choice]:
    """Entities checked, or not yet: an annotator's work done, and the work left (as
    Prodigy's and doccano's lists of answered and unanswered examples)."""
    for done, text, count in ((True, "checked", checked), (False, "not checked", total - checked)):
        yield _choice(
            "entities",
            text,
            counted(count, "article"),
            current.checked is done,
            lambda f, d=done: f.toggle_checked(d),
        )


def _count(count: int | None) -> str:
    return "" if count is None else counted(count, "article")


def _dump_count(ids: Set[str], done: Set[str] | None) -> str:
    """A dump's articles, and how many are new: "6 articles · 2 new", as newsboat's feed
    list says what is left in each feed, so the picker shows where the work is."""
    total = counted(len(ids), "article")
    return total if done is None else f"{total} · {len(ids) - len(ids & done):,} new"


def no_work_left(triaged: Iterable[Set[str]], stories: Iterable[Story]) -> set[str]:
    """The articles that are no work left: triaged, or a version of a story triaged in
    another of its versions (a reprint of a story starred elsewhere: `space` skips it).
    `triaged` gives the ids of each state but new."""
    done: set[str] = set().union(*triaged)
    for story in stories:
        if not done.isdisjoint(story.versions):
            done.update(story.versions)
    return done


def _entity_choices(current: Filter, entities: EntityIndex) -> Iterable[Choice]:
    for label in entities.labels():
        match = EntityMatch(label.label)
        yield _choice(
            "entity",
            match.describe(),
            counted(label.articles, "article"),
            match in current.entities,
            lambda f, m=match: f.toggle_entity(m),
        )
    for value in entities.values():
        match = EntityMatch(value.label, value.text)
        yield _choice(
            "entity",
            f"{value.label} {visible_line(value.text)}",
            counted(value.articles, "article"),
            _names(match, current.entities),
            lambda f, m=match: f.toggle_entity(_same(m, f.entities)),
        )


def _names(match: EntityMatch, active: Sequence[EntityMatch]) -> bool:
    """Whether the filter already holds this entity (its text compared folded)."""
    return _same(match, active) in active


def _same(match: EntityMatch, active: Sequence[EntityMatch]) -> EntityMatch:
    """The active match naming the same entity (so toggling removes it), else `match`."""
    key = fold_query(match.text or "")
    for other in active:
        if other.label == match.label and fold_query(other.text or "") == key:
            return other
    return match


def narrow(choices: Sequence[Choice], typed: str, limit: int = MAX_SHOWN) -> list[Choice]:
    """The choices holding every typed word, in their order, at most `limit` of them."""
    words = fold_query(typed).split()
    found: list[Choice] = []
    for choice in choices:
        if all(word in choice.key for word in words):
            found.append(choice)
            if len(found) >= limit:
                break
    return found
