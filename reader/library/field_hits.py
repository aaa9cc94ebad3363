"""Which open articles a query's fields let through (`reader.library.search_fields`).

The fields narrow the articles the words are then looked for in, as the list's filter
does (`within`): sets of ids for the states, languages and tags, intersected; the
`title:` words are looked for in the title of each hit as the search goes, a time budget
at a time as the words are. A query of fields alone lists every article they let through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Set

from reader.library.articles import Library
from reader.library.filters import in_states
from reader.library.search import TAG_JOINER, Hit, Query, title_hit
from reader.store import Annotation, ArticleState
from reader.text.folding import fold_query


def passing_fields(
    query: Query,
    library: Library,
    in_state: Mapping[ArticleState, Set[str]],
    tagged: Callable[[], Mapping[str, set[str]]],
    within: Set[str] | None = None,
    moved: Mapping[str, ArticleState] | None = None,
) -> Set[str] | None:
    """The ids of the open articles (among `within`, if given) passing the query's state,
    language and tag fields; `within` itself (None: every article) when it has none of
    them. Its `title:` words are looked for as the search goes (`TitleCheck`).

    `in_state` holds the ids in each state but `new` (`StateTally.ids`); `tagged` gives
    each tag's article ids (asked only for a `tag:` field); `moved` the articles whose
    story is in another state than their own, with the story's (`state:` goes by it, as
    the list's filter does)."""
    fields = query.fields
    if fields.unknown_states:
        return set()
    groups: list[Set[str]] = []
    if fields.states:
        groups.append(in_states(fields.states, library, in_state, moved or {}))
    if fields.languages:
        by_language = library.languages()
        groups.append(set().union(*(by_language.get(code, ()) for code in fields.languages)))
    if fields.tags:
        groups.extend(_with_tag(tag, tagged()) for tag in fields.tags)
    if not groups:
        return within
    if within is not None:
        groups.append(within)
    if len(groups) == 1:  # made here: no copy to take (`state:new` at 100,000: 4.7 ms)
        return groups[0]
    groups.sort(key=len)
    passed = set(groups[0])
    for group in groups[1:]:
        passed.intersection_update(group)
    return passed


class TitleCheck:
    """Whether an article's title holds every `title:` word of a query: asked of each
    hit as the search goes, so 100,000 titles are never read between two keys."""

    def __init__(self, query: Query, folded_title: Callable[[str], str]) -> None:
        """`folded_title`: an article's title folded as queries are (`SortKeys.title`)."""
        self._query = query
        self._folded_title = folded_title

    def __call__(self, article_id: str) -> bool:
        """Whether the article's title holds every `title:` word."""
        title = self._folded_title(article_id)
        return all(self._query.find(title, term) >= 0 for term in self._query.title_terms)


LOOK_EVERY = 256
"""Articles gone through between two looks at the clock, by a query of fields alone."""


def field_hits(
    query: Query,
    library: Library,
    passed: Set[str] | None,
    titled: Callable[[str], bool] | None,
) -> Iterator[Hit | None]:
    """One hit per article of `passed` (None: every article) whose title `titled` takes,
    in the list's dump order: what a query of fields alone finds (at the title's first
    `title:` match). None every `LOOK_EVERY` articles, where a search looks at the clock."""
    for number, article in enumerate(library.articles):
        if (passed is None or article.id in passed) and (titled is None or titled(article.id)):
            yield title_hit(article, query)
        if number % LOOK_EVERY == LOOK_EVERY - 1:
            yield None


def _with_tag(tag: str, tagged: Mapping[str, set[str]]) -> set[str]:
    """The articles holding the tag named so (case and accents ignored)."""
    return set().union(*(ids for name, ids in tagged.items() if fold_query(name) == tag))


def fields_only_where(query: Query) -> str | None:
    """What let an article through a query of fields alone, for a hit's "where": `title`
    (its hit is at the `title:` match), `tag`, `lang` or `state`; None when the query has
    words (its hits say where the words are). A `state:` hit labelled "title" read as a
    match in the title, where nothing was matched at all."""
    if not query.empty:
        return None
    fields = query.fields
    named = (
        ("title", fields.titles),
        ("tag", fields.tags),
        ("lang", fields.languages),
        ("state", fields.states),
    )
    return next((label for label, values in named if values), None)


def tag_hit(query: Query, article_id: str, annotations: Iterable[Annotation]) -> Hit | None:
    """The article's first annotation holding a tag the query's `tag:` names, as a `tag`
    hit on that tag's name in the annotation's tags (as a word found in a tag is): where a
    `tag:` query matched. None when no annotation holds one."""
    wanted = set(query.fields.tags)
    for annotation in annotations:
        at = 0
        for name in annotation.tags:
            if fold_query(name) in wanted:
                return Hit(article_id, "tag", at, at + len(name), annotation.id)
            at += len(name) + len(TAG_JOINER)
    return None
