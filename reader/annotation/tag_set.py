"""What the tag screen does to the tag set, decided without a UI.

Each change is one store call, so one save and one undo step (kept in the store's
journal, so it survives a restart like every other undo); the messages say what
happened for the notification. Store errors (read-only, a failed save, a bad or
taken name) are left to the caller, who shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.store import Store, StoreInputError, Tag
from reader.store.schema import TAG_PALETTE
from reader.text.counted import counted
from reader.text.safe import visible_line


@dataclass(frozen=True, slots=True)
class TagRow:
    """One tag as the tag screen lists it: the tag and how much it is used."""

    tag: Tag
    annotations: int
    articles: int

    @property
    def usage(self) -> str:
        """`12 annotations in 5 articles`, or `unused`."""
        if not self.annotations:
            return "unused"
        return f"{counted(self.annotations, 'annotation')} in {counted(self.articles, 'article')}"


def tag_rows(store: Store) -> list[TagRow]:
    """Every tag in the store's order (hotkeys first), with its use."""
    usage = store.tag_usage()
    return [TagRow(tag, *usage.get(tag.name, (0, 0))) for tag in store.tags()]


def next_colour(colour: str, step: int = 1) -> str:
    """The palette colour `step` places after `colour` (wrapping); the first for a colour
    not in the palette."""
    palette = list(TAG_PALETTE)
    if colour.lower() not in palette:
        return palette[0] if step > 0 else palette[-1]
    return palette[(palette.index(colour.lower()) + step) % len(palette)]


def deletion_question(row: TagRow, undo: str) -> str | None:
    """What to ask before deleting a tag in use (None: unused, delete at once); `undo`
    names the key that undoes, as the user's keymap binds it."""
    if not row.annotations:
        return None
    return f"Delete tag “{_shown(row.tag.name)}”? It comes off {row.usage} ({undo} undoes)."


def merge_question(source: TagRow, target: str) -> str:
    """What to ask before merging one tag into another."""
    moves = "moves" if source.annotations == 1 else "move"
    return (
        f"Merge “{_shown(source.tag.name)}” into “{_shown(target)}”? Its {source.usage} "
        f"{moves} to “{_shown(target)}”, and “{_shown(source.tag.name)}” is deleted."
    )


class TagEditor:
    """The tag screen's changes to one store: hotkey, rename, recolour, merge, delete."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _tag(self, name: str) -> Tag:
        found = next((tag for tag in self.store.tags() if tag.name == name), None)
        if found is None:
            raise StoreInputError(f"there is no tag named {name!r}")
        return found

    def set_hotkey(self, name: str, hotkey: str | None) -> str:
        """Gives the tag this hotkey (taken from whichever tag had it), or none."""
        tag = self._tag(name)
        if tag.hotkey == hotkey:
            return f"“{_shown(name)}” is already on {_key(hotkey)}"
        holder = next((t for t in self.store.tags() if hotkey and t.hotkey == hotkey), None)
        self.store.put_tag(Tag(tag.name, tag.colour, hotkey))
        moved = f" (taken from “{_shown(holder.name)}”)" if holder is not None else ""
        return f"“{_shown(name)}” is on {_key(hotkey)}{moved}"

    def recolour(self, name: str, step: int = 1) -> str:
        """Gives the tag the next (or previous) colour of the palette."""
        tag = self._tag(name)
        colour = next_colour(tag.colour, step)
        self.store.put_tag(Tag(tag.name, colour, tag.hotkey))
        return f"“{_shown(name)}” is now {colour}"

    def rename(self, old: str, new: str) -> str:
        """Renames the tag on every annotation; its colour and hotkey stay."""
        self.store.rename_tag(old, new)
        return f"Renamed “{_shown(old)}” to “{_shown(' '.join(new.split()))}”"

    def merge(self, source: str, target: str) -> str:
        """Moves every use of `source` to `target` and deletes `source`."""
        changed = self.store.merge_tags(source, target)
        return (
            f"Merged “{_shown(source)}” into “{_shown(target)}”: "
            f"{counted(changed, 'annotation')} retagged"
        )

    def delete(self, name: str) -> str:
        """Deletes the tag and takes it off every annotation."""
        self.store.remove_tag(name)
        return f"Deleted tag “{_shown(name)}”"


def _key(hotkey: str | None) -> str:
    return f"key {hotkey}" if hotkey else "no key"


def _shown(name: str) -> str:
    return visible_line(name)
