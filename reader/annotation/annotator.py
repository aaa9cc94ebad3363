"""What the annotation keys do to the store, decided without a UI.

The TUI knows where the reader is (a passage: a selection, or the cursor's
sentence); this module decides which annotation that means and which single
store call follows, so every key is one save and one undo step, and tests can
check the decisions on a plain `Store`. Store errors (read-only, a failed save,
bad input) are left to the caller, who shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from reader.annotation.clipboard import citation
from reader.article import Article, cited_date
from reader.store import Annotation, Store, Tag
from reader.text.safe import visible_line
from reader.text.web_address import is_web_address, web_address

SOURCE_KEYS = ("publication", "source", "publisher", "site", "newspaper", "source-name")
"""Meta fields naming the publication; without one a citation names the dump file."""


@dataclass(frozen=True, slots=True)
class Passage:
    """The body range a key acts on, and whether the reader chose it exactly."""

    article_id: str
    body: str
    start: int
    end: int
    selected: bool
    """True for a selection (only an annotation of exactly this range is "under" it);
    False for the cursor's sentence (any annotation touching it is)."""


@dataclass(frozen=True, slots=True)
class Target:
    """What a key acts on: an annotation, a passage where a new one would go, or both."""

    passage: Passage | None
    """None when the key names an annotation only (the panel's highlighted row)."""
    annotation: Annotation | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a key did, for the notification, and which annotation it left in place."""

    message: str
    annotation: Annotation | None


def annotation_under(annotations: Sequence[Annotation], passage: Passage) -> Annotation | None:
    """The annotation a key on `passage` changes rather than creating a new one.

    For a selection: the one with exactly its range. For the cursor's sentence: the
    one overlapping it most (the earliest on a tie). Orphans are never under anything:
    their offsets point at text that is gone.
    """
    live = [a for a in annotations if not a.orphaned and a.article_id == passage.article_id]
    if passage.selected:
        return next((a for a in live if (a.start, a.end) == (passage.start, passage.end)), None)
    best: Annotation | None = None
    best_overlap = 0
    for candidate in live:
        overlap = min(candidate.end, passage.end) - max(candidate.start, passage.start)
        if overlap > best_overlap:
            best, best_overlap = candidate, overlap
    return best


def quote_preview(text: str, limit: int = 40) -> str:
    """A quote as one short safe line, for notifications and list rows."""
    line = " ".join(visible_line(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class Annotator:
    """The annotation keys' effects on one store: tags, notes, deletion."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def tag_for_hotkey(self, key: str) -> Tag | None:
        """The tag bound to digit `key`, if any."""
        return next((tag for tag in self.store.tags() if tag.hotkey == key), None)

    def under(self, passage: Passage) -> Annotation | None:
        """The annotation a key on `passage` would change."""
        return annotation_under(self.store.annotations(passage.article_id), passage)

    def target(self, passage: Passage) -> Target:
        """A passage with the annotation under it, if any."""
        return Target(passage, self.under(passage))

    def toggle_tag(self, target: Target, tag: str) -> Outcome:
        """Adds `tag` to the target's annotation (creating it), or takes it off again.

        A tag not yet in the set is made, with the first free hotkey (1–9).

        Taking off the last tag of an annotation without a note deletes it: pressing
        a tag key twice leaves the text as it was.
        """
        found = self._latest(target)
        if found is None:
            if target.passage is None:
                return Outcome("That annotation is gone", None)
            passage = target.passage
            created = self.store.add_annotation(
                passage.article_id,
                passage.body,
                passage.start,
                passage.end,
                tags=[tag],
                hotkey_new_tags=True,
            )
            return Outcome(f"Tagged {tag}: “{quote_preview(created.quote)}”", created)
        if found.tags == (tag,) and not found.note:
            self.store.delete_annotation(found.id)
            return Outcome(f"Removed tag {tag}; the passage is no longer annotated", None)
        changed = self.store.toggle_tag(found.id, tag, hotkey_new_tags=True)
        verb = "Tagged" if tag in changed.tags else "Removed tag"
        return Outcome(f"{verb} {tag}: “{quote_preview(changed.quote)}”", changed)

    def save_note(self, target: Target, note: str) -> Outcome:
        """Sets the note of the target's annotation, or of a new one on its passage.

        Surrounding blank space is dropped; an empty note removes the note, and the
        annotation too when it has no tags left.
        """
        note = note.strip()
        found = self._latest(target)
        if found is None:
            if not note or target.passage is None:
                return Outcome("Empty note: nothing saved", None)
            passage = target.passage
            created = self.store.add_annotation(
                passage.article_id, passage.body, passage.start, passage.end, note=note
            )
            return Outcome(f"Note added: “{quote_preview(created.quote)}”", created)
        if not note and not found.tags:
            self.store.delete_annotation(found.id)
            return Outcome("Note removed; the passage is no longer annotated", None)
        if note == found.note:
            return Outcome("Note unchanged", found)
        changed = self.store.update_annotation(found.id, note=note)
        return Outcome("Note saved" if note else "Note removed", changed)

    def _latest(self, target: Target) -> Annotation | None:
        """The target's annotation as the store has it now (an editor may have been open)."""
        return None if target.annotation is None else self.store.annotation(target.annotation.id)

    def delete(self, annotation_id: str) -> Outcome:
        """Deletes one annotation (undo brings it back)."""
        found = self.store.annotation(annotation_id)
        self.store.delete_annotation(annotation_id)
        quote = quote_preview(found.quote) if found else ""
        return Outcome(f"Deleted annotation “{quote}”", None)


def article_citation(article: Article, start: int, end: int) -> str:
    """`body[start:end]` as a citation: the quote, the title, the publication, the date and
    the web address when the dump gave them (else the dump's file name stands for the source)."""
    meta = article.meta
    source = next(
        (meta[key] for key in SOURCE_KEYS if meta.get(key) and not is_web_address(meta[key])),
        None,
    )  # a clipper's `source:` is the page's address, not the publication
    url = web_address(meta)
    return citation(
        article.body[start:end],
        article.title,
        source or PurePath(article.source).name,
        cited_date(meta),
        url,
    )
