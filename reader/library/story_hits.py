"""Search hits with each story once, as the article list shows it.

The list folds a story's versions into one row (`reader.library.stories.fold`); a
search listing every version of it gave a reader three rows of one headline for one
story. A story's hit is the one in the version its row shows (its lead) when that
version matches, else its first version that does; a hit in a note or tags stays
apart, as the note is on one version. The hits come in as a search finds them
(`take`, a batch at a time), and again whole once they are put in the list's order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from reader.library.search import Hit

if TYPE_CHECKING:
    from reader.library.stories import Stories, Story


class StoryHits:
    """The hits of one query folded by story: `hits` grows as `take` is fed, and `whole`
    folds the hits put in the list's order."""

    def __init__(self, stories: Stories, leads: Mapping[str, str]) -> None:
        self.stories = stories
        """The list's stories (a `state:` field goes by each one's state)."""
        self._leads = leads
        """Story id -> the version the list's row shows for it."""
        self.hits: list[Hit] = []
        """The hits to list: each story once."""
        self._at: dict[str, int] = {}
        self._taken = 0

    def take(self, found: Sequence[Hit]) -> bool:
        """Folds in the hits of `found` past those taken before (a search's growing list),
        each story at its first hit; says whether a hit listed gave way to its lead's."""
        replaced = False
        for hit in found[self._taken :]:
            story = self._story(hit)
            at = None if story is None else self._at.get(story.id)
            if story is None or at is None:
                if story is not None:
                    self._at[story.id] = len(self.hits)
                self.hits.append(hit)
            elif self._leads.get(story.id) == hit.article_id:
                self.hits[at] = hit
                replaced = True
        self._taken = len(found)
        return replaced

    def whole(self, hits: Sequence[Hit]) -> list[Hit]:
        """`hits` in their order with each story once, at the place of its lead's hit
        (where the list shows the story) or of its first hit when the lead has none."""
        chosen: dict[str, Hit] = {}
        for hit in hits:
            story = self._story(hit)
            if story is None:
                continue
            if story.id not in chosen or self._leads.get(story.id) == hit.article_id:
                chosen[story.id] = hit
        self.hits = [h for h in hits if (s := self._story(h)) is None or chosen[s.id] is h]
        self._at = {}
        self._taken = len(hits)
        return self.hits

    def versions(self, hit: Hit) -> int:
        """How many versions the story a hit stands for has (1: no story, or a note's)."""
        story = self._story(hit)
        return 1 if story is None else len(story)

    def _story(self, hit: Hit) -> Story | None:
        """The story a hit stands for (None: an article of no story, or a note's hit)."""
        return None if hit.annotation_id is not None else self.stories.story_of(hit.article_id)
