"""List rows' annotation counts, read from the store once and refreshed after each change.

Wraps whichever `RowFacts` supplies triage states, so the list asks one provider
for both and neither feature needs to know about the other.
"""

from __future__ import annotations

from reader.article import Article
from reader.store import Store
from reader.tui.rows import RowFacts


class AnnotatedFacts:
    """Row facts: states from `states`, annotation counts from the store."""

    def __init__(self, states: RowFacts, store: Store) -> None:
        self._states = states
        self._store = store
        self._counts = store.annotation_counts()

    def state(self, article: Article) -> str:
        """The triage state, as the wrapped provider says."""
        return self._states.state(article)

    def annotation_count(self, article: Article) -> int:
        """Annotations on the article (orphans included: they are still the user's)."""
        return self._counts.get(article.id, 0)

    def reload(self) -> set[str]:
        """Re-reads the counts; returns the article ids whose count changed."""
        old, self._counts = self._counts, self._store.annotation_counts()
        return {
            key for key in old.keys() | self._counts.keys() if old.get(key) != self._counts.get(key)
        }
