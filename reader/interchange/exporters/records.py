"""What every exporter reads: the user's articles, states, tags and annotations, joined.

The store knows annotations and states by article id (and, for articles it saw
open, their title and dump); the dumps know titles, sources and bodies. An
`ExportArticle` holds both, with `None` where neither knows, so an export never
silently drops work whose dump was moved away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.store import ArticleState, Tag
from reader.store.records import ArticleCorrection, EntityEdit

if TYPE_CHECKING:  # an export with entities has made them: one without never loads them
    from reader.analysis import Entity

OFFSETS = "code points: Python str indices into the article body"
"""What `start`/`end` count, written into every format that has room for it."""


AnnotationDoc = dict[str, Any]
"""One annotation as `Store.annotation_documents` gives it: the fields of `Annotation` but
`article_id` (the article holding it says that), in that order. Exporters read these plain
documents rather than records, so 100,000 annotations cost no object building; the json
format writes them as they are. Exporters never change them."""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """The spaCy pipeline that found the entities, so a reader of the export can trust them."""

    name: str
    version: str


@dataclass(frozen=True, slots=True)
class ExportArticle:
    """One article as exported: the dump's view (None when absent) and the store's."""

    id: str
    title: str | None
    """From the dump; for an absent article, as the store recorded it (None if it did not)."""
    source: str | None
    """The dump's path; for an absent article, as the store recorded it (None if it did not)."""
    meta: Mapping[str, str]
    state: ArticleState
    state_changed: str | None
    """When the state was set; None when it never was (the article is `new`)."""
    body: str | None
    """The text the offsets index; None when the article's dump is not present."""
    annotations: Sequence[AnnotationDoc]
    """In text order (start, end, created, id): a tuple, or the store's `DocumentRun` as a
    bulk read hands it out (its JSON parsed only when a format reads the documents)."""
    entities: tuple[Entity, ...] | None = None
    """Entity spans when asked for and the body is present; None otherwise."""
    story: str | None = None
    """The story the article is a version of (its first version's id), when stories were
    asked for and it has another version; None otherwise."""
    story_state: ArticleState | None = None
    """With `story`: the story's state as the list shows it (the decision set last on any
    version), beside the article's own `state`, which the store holds and an import sets."""
    entity_edits: tuple[EntityEdit, ...] = ()
    """The user's entity corrections of the article (added, relabelled, accepted, rejected
    spans), in text order: the gold of a checked article, which no model gives back."""
    checked: str | None = None
    """When the user checked the article's entities (it is then training data); None if not."""

    @property
    def present(self) -> bool:
        """Whether the article's dump is present: title, meta and body then come from it."""
        return self.body is not None


@dataclass(frozen=True, slots=True)
class Export:
    """Everything one export writes, gathered once so every format says the same thing."""

    exported: str
    """ISO 8601 UTC time of the export."""
    tags: tuple[Tag, ...]
    articles: tuple[ExportArticle, ...]
    model: ModelInfo | None = None
    with_text: bool = False
    """Whether formats that may omit the body (json) include it."""
    label: str = "RELEVANT"
    """The label a `prodigy-textcat` task asks to accept or reject (`--label`)."""
    cache_dir: Path | None = None
    """The workspace cache folder, where a format may keep what it worked out for the next
    export (`jsonl` keeps its tokens); None keeps nothing."""
    keep_for_next: Callable[[Callable[[], None]], None] | None = None
    """Takes the writing of what a format keeps for the next export, to be done once this
    one has answered (`reader export` leaves it to a process of its own, `reader.leaving`:
    the first `jsonl` export's 40 MB of tokens kept were written in the user's time); None:
    written at once."""
    corrections: tuple[ArticleCorrection, ...] = ()
    """The breaks, welds and retitles of the exported dumps, in the order they apply, each
    `source` written as the articles' are: without them, another workspace splits its copy
    of a dump into other articles and the work on the corrected ones has nowhere to go."""
    dumps_read: frozenset[str] = frozenset()
    """The dumps whose articles were present, written as the articles' `source` is: an
    article not present whose dump is among them was edited out of it since."""
    dumps_unopened: frozenset[str] = frozenset()
    """The dumps of articles not present that are files where the store saw them, written
    as the articles' `source` is: not read for this export (the app had not opened them),
    which is not the same as gone."""

    @property
    def annotation_count(self) -> int:
        """Annotations in the export, for the summary line the CLI and TUI show."""
        return sum(len(article.annotations) for article in self.articles)
