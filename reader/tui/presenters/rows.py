"""What one article-list row says: state marker, title, source, counts.

The list asks a `RowFacts` provider for the state and the annotation count, so
triage (states) and annotations plug in by passing their own provider; until then
(the first screen, before the store is read) neither is known, and the row says so.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import NamedTuple, Protocol

from rich.cells import cell_len

from reader.article import Article
from reader.text.cells import fit
from reader.text.safe import visible_line

STATE_MARKERS = {"new": "●", "read": " ", "starred": "★", "kept": "✓", "discarded": "✗"}
"""One cell per triage state, so a glance down the list shows what is left to read."""
UNKNOWN_MARKER = "?"
PENDING = "…"
"""Shown for a state, an annotation count or an entity count not known yet."""


class RowFacts(Protocol):
    """Per-article facts owned by other features (triage, annotations)."""

    def state(self, article: Article) -> str | None:
        """The triage state: one of `STATE_MARKERS`; None while not known."""
        ...

    def annotation_count(self, article: Article) -> int | None:
        """How many annotations the user made on this article; None while not known."""
        ...


class Untriaged:
    """The facts before the store is read: no state and no count known. Shown as new with
    no annotations, a kept article looked like one to keep, and a `+` typed then (run on
    the real state once the store is open) took its keep off."""

    def state(self, article: Article) -> None:
        """Not known yet."""
        return None

    def annotation_count(self, article: Article) -> None:
        """Not known yet."""
        return None


class StoryMark(NamedTuple):
    """How a row stands in its story: the story's size and dumps, folded or not, lead or not
    (a story of one version: the one article, found in more than one dump).

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    versions: int
    """How many versions the story has."""
    sources: tuple[str, ...]
    """Every dump any version came from, first seen first."""
    folded: bool
    """Whether the story's other versions are hidden (`z` unfolds them)."""
    lead: bool
    """The row that stands for the story; False for a later version listed under it."""


FOLDED, UNFOLDED, VERSION = "▸", "▾", "↳ "
"""Folded story: sources start with ▸; unfolded: with ▾; later versions: titles with ↳."""
NARROW_ROW = 30
"""Cells under which a row leaves out its entity count and writes its story's mark close
(`▸×2`): at 80 columns the list's rows are 25 cells, and the count left the dump's name
and the mark 7 of them ("fr  ▸ …"). The annotation count, the user's own work, stays."""
ENTITY_CELLS = 3
"""Cells an entity count is right-aligned in: the dump's name is cut to what the counts
leave, so at 120 columns "2 ent" then "123 ent" cut the next row's name two cells
shorter, and the source column jagged down the list."""


class Row(NamedTuple):
    """The two lines of one list row, already fitted to the list's width.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    marker: str
    title: str
    source: str
    counts: str


def build_row(
    article: Article,
    facts: RowFacts,
    entities: int | None,
    width: int,
    story: StoryMark | None = None,
    dated: str = "",
    aside: tuple[str, str] = ("", ""),
) -> Row:
    """Fits an article into a row `width` cells wide (title and source are cut with "…").

    A story's lead row says "×3" and every dump of the story where the source goes;
    `dated` (the article's date, when the list is sorted by date) goes before it. `aside`
    is the article's language (where the list holds several) and its date (in the other
    orders): the language goes before the source, and the date too where the row has
    room for it whole beside the source, so a narrow list keeps the dump's name; a row
    under `NARROW_ROW` cells leaves out its entity count for it.
    """
    state, annotations = facts.state(article), facts.annotation_count(article)
    marker = PENDING if state is None else STATE_MARKERS.get(state, UNKNOWN_MARKER)
    narrow = width < NARROW_ROW
    counts = f"{PENDING if annotations is None else annotations} ann"
    if not narrow:
        counts = f"{PENDING if entities is None else entities:>{ENTITY_CELLS}} ent · {counts}"
    title = visible_line(article.title) or "(untitled)"
    if story is not None and not story.lead:
        title = VERSION + title
    title = fit(title, width - 2)
    source_room = width - 2 - cell_len(counts) - 2
    source_text = _source_text(article, story, narrow)
    language, spare = aside
    if language:
        source_text = f"{language}  {source_text}"
    if dated:
        source_text = f"{dated}  {source_text}"
    elif spare and cell_len(spare) + 2 + cell_len(source_text) <= source_room:
        source_text = f"{spare}  {source_text}"
    source = fit(source_text, source_room) if source_room > 3 else ""
    return Row(marker, title, source, counts)


def _source_text(article: Article, story: StoryMark | None, narrow: bool) -> str:
    if story is None or not story.lead:
        return visible_line(PurePath(article.source).name)
    names = ", ".join(visible_line(PurePath(s).name) for s in story.sources)
    if story.versions == 1:  # one article, found in several dumps: no other version to fold
        return names
    mark = FOLDED if story.folded else UNFOLDED
    return f"{mark}{'' if narrow else ' '}×{story.versions} {names}"
