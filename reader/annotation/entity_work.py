"""The user's entity work over many articles at once, read from the store in two calls:
the command-line summaries (`reader stats`, `reader entities`) count the entities the
app shows and the export writes, not the model's raw spans the user has fixed, and the
export (`interchange.exporters.selection`) writes each article's edits and check."""

from __future__ import annotations

from collections.abc import KeysView, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.store.records import EntityEdit

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.store import Store


@dataclass(frozen=True, slots=True)
class EntityWork:
    """Each article's entity edits and when its entities were checked."""

    edits: Mapping[str, tuple[EntityEdit, ...]]
    checked_at: Mapping[str, str]
    """When the user checked each article's entities, by id (`Store.checked`)."""

    @classmethod
    def of(cls, store: Store) -> EntityWork:
        """What `store` holds (its edits grouped by article: one read, not one a row)."""
        grouped: dict[str, list[EntityEdit]] = {}
        for edit in store.entity_edits():
            grouped.setdefault(edit.article_id, []).append(edit)
        return cls({k: tuple(v) for k, v in grouped.items()}, store.checked())

    @property
    def checked(self) -> KeysView[str]:
        """The articles whose entities the user checked."""
        return self.checked_at.keys()

    def articles(self) -> set[str]:
        """The ids of the articles with entity work (an export may name them absent)."""
        return set(self.edits).union(self.checked_at)

    def touched(self, article_id: str) -> bool:
        """Whether the user edited or checked the article's entities (what shows differs
        from the model's, or is the user's alone)."""
        return article_id in self.edits or article_id in self.checked_at

    def analysis(self, article_id: str, predicted: Analysis | None) -> Analysis | None:
        """`predicted` as the user corrected it (`analysis_as_corrected`); None while no
        entities are known."""
        if not self.touched(article_id):
            return predicted
        from reader.annotation.entity_edits import analysis_as_corrected  # not for an export

        edits = self.edits.get(article_id, ())
        return analysis_as_corrected(predicted, edits, checked=article_id in self.checked_at)


NO_ENTITY_WORK = EntityWork({}, {})
"""Where there is no store to read (or it cannot be read)."""
