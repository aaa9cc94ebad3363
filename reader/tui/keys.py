"""The key contract: every default binding, its id for the keymap, and where it works.

The defaults are promised to users, scripts and the README; a `[keymap]` table in
`reader.toml` rebinds any of them by id (Textual's keymap). The help screen and the
command palette read this module, so what they list is exactly what is bound.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, cast

from textual.binding import Binding
from textual.keys import KEY_TO_UNICODE_NAME, REPLACED_KEYS, Keys, _character_to_key

from reader.errors import ReaderError

if TYPE_CHECKING:
    from textual.app import App

_MOVE = Binding.Group("Move", compact=True)
_JUMP = Binding.Group("Jump", compact=True)
_STATE = Binding.Group("State", compact=True)
_LISTED_KEYS = 4
"""More keys than this on one binding are shown as a range."""


def _movement(prefix: str, down: str = "Down", up: str = "Up") -> list[Binding]:
    """Up/down/page/top/bottom, mapped onto the actions of the widget they live on."""
    return [
        Binding("j,down", f"{prefix}_down", down, id="down", group=_MOVE),
        Binding("k,up", f"{prefix}_up", up, id="up", group=_MOVE),
        Binding("pagedown", "page_down", "Page down", id="page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="page_up", show=False),
        Binding("g,home", f"{prefix}_top", "Top", id="top", show=False),
        Binding("G,end", f"{prefix}_bottom", "Bottom", id="bottom", show=False),
    ]


APP = [
    Binding("q", "quit", "Quit", id="quit", show=False),
    Binding("question_mark", "help", "Help", id="help", show=False),
]
"""Anywhere, also on top of dialogs' own keys."""

MAIN = [
    Binding("tab", "focus_next_pane", "Next pane", id="next_pane", show=False),
    Binding("shift+tab", "focus_previous_pane", "Previous pane", id="previous_pane", show=False),
    Binding("escape", "back_to_list", "List", id="back_to_list", show=False),
    Binding("right_square_bracket", "next_entity", "Next entity", id="next_entity", group=_JUMP),
    Binding(
        "left_square_bracket", "previous_entity", "Prev entity", id="previous_entity", group=_JUMP
    ),
    Binding("h", "toggle_highlights", "Highlight", id="toggle_highlights"),
    Binding("l", "choose_labels", "Labels", id="choose_labels"),
    Binding("e", "toggle_entities", "Entities", id="toggle_entities"),
    Binding("a", "toggle_annotations", "Annotations", id="toggle_annotations"),
    Binding("ctrl+left", "narrow_list", "Narrower list", id="narrow_list", show=False),
    Binding("ctrl+right", "widen_list", "Wider list", id="widen_list", show=False),
    Binding("number_sign", "manage_tags", "Tags", id="manage_tags", show=False),
    Binding("S", "show_stats", "Stats", id="show_stats", show=False),
]
"""On the main screen, whichever pane has the focus (the list's width: also a drag on
the line between list and article)."""

_ANNOTATE = [
    *(
        Binding(str(n), f"screen.tag_hotkey('{n}')", f"Tag with key {n}", id=f"tag_{n}", show=False)
        for n in range(1, 10)
    ),
    Binding("t", "screen.pick_tag", "Tag…", id="pick_tag", show=False),
    Binding("n", "screen.edit_note", "Note", id="edit_note"),
    Binding("y", "screen.copy_citation", "Copy", id="copy_citation", show=False),
]
"""What annotates: on the view (the selection or cursor sentence) and the annotations panel
(the highlighted annotation). The screen decides the target from the focus."""

TRIAGE = [
    Binding("s", "triage('star')", "Star", id="star", group=_STATE),
    Binding("x", "triage('discard')", "Discard", id="discard", group=_STATE),
    Binding("plus", "triage('keep')", "Keep", id="keep", show=False),
    Binding("r", "triage('read')", "Mark read", id="mark_read", show=False),
    Binding("m", "triage('unread')", "Mark unread", id="mark_unread", show=False),
    Binding("space", "next_unread", "Next unread", id="next_unread", show=False),
    Binding(
        "shift+space,backspace", "previous_unread", "Prev unread", id="previous_unread", show=False
    ),
    Binding("D", "toggle_discarded", "Show/hide discarded", id="toggle_discarded", show=False),
    Binding("f", "choose_filter", "Filter", id="filter"),
    Binding("F", "clear_filters", "Clear filters", id="clear_filters", show=False),
    Binding("slash", "search", "Search", id="search"),
    Binding("greater_than_sign", "next_match", "Next match", id="next_match", show=False),
    Binding("less_than_sign", "previous_match", "Prev match", id="previous_match", show=False),
    Binding("E", "export", "Export", id="export", show=False),
    Binding("ctrl+o", "cycle_sort", "Sort order", id="cycle_sort", show=False),
    Binding("z", "toggle_story", "Versions", id="toggle_story", show=False),
    Binding("o", "open_url", "Open URL", id="open_url", show=False),
    Binding(
        "equals_sign", "compare_version", "Compare with listed", id="compare_version", show=False
    ),
    Binding("V", "evaluate", "Evaluate model", id="evaluate", show=False),
    Binding("u", "undo", "Undo", id="undo", show=False),
    Binding("ctrl+r", "redo", "Redo", id="redo", show=False),
]
"""Triage on the main screen: state keys act on the list cursor (with a count) or the open
article; the search keys jump in the article view."""

ARTICLE_LIST = [
    *_movement("cursor"),
    Binding("enter", "open", "Open", id="open", show=False),
    Binding("0,1,2,3,4,5,6,7,8,9", "count", "Count prefix", id="count", show=False),
    Binding("asterisk", "bulk", "All in filter (then s x + r m)", id="bulk", show=False),
]
"""In the article list: a count prefix repeats movement and state keys."""

EDIT_ENTITIES = [
    Binding("i", "screen.start_entity_editing", "Edit entities", id="edit_entities", show=False),
    Binding(
        "i", "screen.stop_entity_editing", "Editing entities: i ends", id="stop_editing_entities"
    ),
    Binding("t", "screen.label_entity", "Label…", id="label_entity"),
    *(
        Binding(
            str(n),
            f"screen.label_entity_number({n})",
            f"Label {n} of the legend",
            id=f"entity_label_{n}",
            show=False,
        )
        for n in range(1, 10)
    ),
    Binding("v", "screen.select_words", "Select words", id="select_words"),
    Binding("w", "screen.next_word", "Next word (anchored: one more)", id="next_word"),
    Binding("b", "screen.previous_word", "Previous word (anchored: one fewer)", id="previous_word"),
    Binding(
        "asterisk",
        "screen.label_every_match",
        "Label every match (again: in the dump)",
        id="label_every_match",
        show=False,
    ),
    Binding("d", "screen.delete_entity", "Delete entity", id="delete_entity"),
    Binding("c", "screen.check_entities", "Checked, next", id="check_entities"),
    Binding("P", "screen.skip_entities", "Pass: not checked, next", id="skip_entities", show=False),
    Binding(
        "left_curly_bracket",
        "screen.move_entity_edge('start', -1)",
        "Entity start one token left",
        id="entity_start_left",
        show=False,
    ),
    Binding(
        "left_parenthesis",
        "screen.move_entity_edge('start', 1)",
        "Entity start one token right",
        id="entity_start_right",
        show=False,
    ),
    Binding(
        "right_parenthesis",
        "screen.move_entity_edge('end', -1)",
        "Entity end one token left",
        id="entity_end_left",
        show=False,
    ),
    Binding(
        "right_curly_bracket",
        "screen.move_entity_edge('end', 1)",
        "Entity end one token right",
        id="entity_end_right",
        show=False,
    ),
]
"""Entity editing in the article view: `i` turns it on and off; the other keys work only
while it is on (then they take the place of the tag keys); `]` `[` move between entities;
`w` `b` select a word, `v` anchors it and `w` `b` then grow it (`v` selects sentences
outside editing)."""

CORRECT_ARTICLES = [
    Binding("B", "screen.break_article", "Break here", id="break_article", show=False),
    Binding("W", "screen.weld_article", "Join to previous", id="weld_article", show=False),
    Binding("T", "screen.retitle_article", "Retitle", id="retitle_article", show=False),
]
"""Correcting the split, in the article view: a new article at the cursor's paragraph,
this article joined to the one before it in its dump, another title (one undo step each)."""

ARTICLE_VIEW = [
    *EDIT_ENTITIES,
    *CORRECT_ARTICLES,
    *_movement("sentence", "Next sentence", "Previous sentence"),
    Binding("J", "paragraph_down", "Next paragraph", id="paragraph_down", show=False),
    Binding("K", "paragraph_up", "Previous paragraph", id="paragraph_up", show=False),
    Binding("v", "toggle_selection", "Select", id="toggle_selection"),
    Binding("p", "select_paragraph", "Select paragraph", id="select_paragraph", show=False),
    Binding("escape", "clear_selection", "Clear selection", id="clear_selection", show=False),
    *_ANNOTATE,
]
"""In the article view: a sentence cursor, selections, and the annotation keys."""

ANNOTATION_PANEL = [
    *_movement("cursor"),
    Binding("enter", "select", "Jump", id="jump_to_annotation"),
    *_ANNOTATE,
    Binding("d,delete", "screen.delete_annotation", "Delete", id="delete_annotation"),
]
"""In the annotations panel: jump to, tag, note, copy or delete the highlighted annotation."""

ENTITY_PANEL = [
    *_movement("cursor"),
    Binding("enter", "select", "Jump", id="jump_to_mention"),
]
"""In the entity panel: enter jumps to the next mention of the chosen entity."""


HELP = [
    Binding("escape,question_mark,q", "close", "Close", id="close_help"),
    *_movement("scroll"),
]
"""On the help screen (dialogs take no app keys, so q and ? close it here; the list's own
movement keys scroll it, since a reader who moves with j reaches for j here too)."""

LABEL_CHOOSER = [
    Binding("escape,l,q", "close", "Close", id="close_labels"),
    Binding("j,down", "cursor_down", "Down", id="down"),
    Binding("k,up", "cursor_up", "Up", id="up"),
    Binding("space", "toggle", "Show/hide", id="toggle_label"),
    Binding("o", "only", "Only this", id="only_label"),
    Binding("a", "all", "All", id="all_labels"),
    *(
        Binding(str(n), f"digit({n})", f"Label on key {n}", id=f"label_on_{n}", show=False)
        for n in range(1, 10)
    ),
]
"""In the label chooser: which entity labels are highlighted, and the digit that labels
with each while editing entities (the workspace's, kept in the store)."""


def _picked_by_key(what: str, id_prefix: str) -> list[Binding]:
    """1–9 in a picker: the choice with that key, typed first (else the digit is typed:
    `FilteringPicker.action_pick_by_key`)."""
    return [
        Binding(
            str(n),
            f"pick_by_key('{n}')",
            f"{what} {n}",
            id=f"{id_prefix}_{n}",
            show=False,
            priority=True,
        )
        for n in range(1, 10)
    ]


TAG_PICKER = [
    Binding("escape", "close", "Cancel", id="close_tag_picker"),
    Binding("down", "cursor_down", "Down", id="tag_picker_down", show=False, priority=True),
    Binding("up", "cursor_up", "Up", id="tag_picker_up", show=False, priority=True),
    Binding("tab", "complete", "Complete", id="complete_tag", priority=True),
    *_picked_by_key("Tag on key", "picker_key"),
]
"""In the tag picker (typing filters; enter applies the highlighted tag or creates one; a
tag's key typed first picks it)."""

LABEL_PICKER = [
    Binding("escape", "close", "Cancel", id="close_label_picker"),
    Binding("down", "cursor_down", "Down", id="label_picker_down", show=False, priority=True),
    Binding("up", "cursor_up", "Up", id="label_picker_up", show=False, priority=True),
    *_picked_by_key("Label numbered", "label_picker_key"),
]
"""In the label picker (typing filters; enter labels with the highlighted label)."""

EVALUATION = [
    Binding("escape", "close", "Close", id="close_evaluation"),
]
"""On the evaluation screen."""

TITLE_EDITOR = [
    Binding("escape", "cancel", "Cancel", id="cancel_title"),
]
"""In the title editor (`T`): enter saves the title typed."""

NOTE_EDITOR = [
    Binding("ctrl+s", "save", "Save", id="save_note"),
    Binding("escape", "cancel", "Cancel", id="cancel_note"),
]
"""In the note editor (an empty note removes the note)."""

_CHOOSE = [
    Binding("down", "cursor_down", "Down", id="down", show=False),
    Binding("up", "cursor_up", "Up", id="up", show=False),
]

FILTER_PICKER = [
    Binding("escape", "close", "Close", id="close_filter"),
    *_CHOOSE,
]
"""In the filter picker (typing goes to its box; enter toggles the highlighted choice)."""

SEARCH = [
    Binding("escape", "close", "Close", id="close_search"),
    *_CHOOSE,
    Binding("ctrl+g", "toggle_whole_words", "Whole words on/off", id="search_whole_words"),
    Binding("ctrl+l", "toggle_scope", "In the filter / everywhere", id="search_scope"),
    # ctrl+b too: a browser (`reader serve`) keeps ctrl+t for a new tab, never the page's
    Binding("ctrl+t,ctrl+b", "tag_every_hit", "Tag every hit…", id="tag_every_hit"),
    Binding("pagedown", "page_down", "Page down", id="page_down", show=False),
    Binding("pageup", "page_up", "Page up", id="page_up", show=False),
]
"""In the search dialog (typing goes to its box; enter opens the highlighted result;
`\\<word\\>` is a whole word)."""

EXPORT_DIALOG = [
    Binding("escape,q", "close", "Close", id="close_export"),
    Binding("j", "cursor_down", "Down", id="down", show=False),
    Binding("k", "cursor_up", "Up", id="up", show=False),
    Binding("e", "toggle_entities", "Entity spans", id="export_entities"),
]
"""In the export dialog (enter exports in the highlighted format; `e` adds the entity spans,
as `reader export --with-entities`)."""

TAG_SCREEN = [
    Binding("escape,q", "close", "Close", id="close_tags"),
    Binding("j,down", "cursor_down", "Down", id="tags_down", show=False),
    Binding("k,up", "cursor_up", "Up", id="tags_up", show=False),
    *(
        Binding(str(n), f"hotkey('{n}')", f"Tag on key {n}", id=f"tags_hotkey_{n}", show=False)
        for n in range(1, 10)
    ),
    Binding("0", "hotkey('0')", "No hotkey", id="tags_no_hotkey", show=False),
    Binding("r", "rename", "Rename", id="rename_tag"),
    Binding("c", "recolour(1)", "Next colour", id="recolour_tag"),
    Binding("C", "recolour(-1)", "Previous colour", id="recolour_tag_back", show=False),
    Binding("m", "merge", "Merge into…", id="merge_tag"),
    Binding("d,delete", "delete", "Delete", id="delete_tag"),
    Binding("u", "undo", "Undo", id="tags_undo"),
    Binding("ctrl+r", "redo", "Redo", id="tags_redo", show=False),
]
"""On the tag screen (`#`): the highlighted tag's hotkey, name, colour; merge, delete, undo."""

STATS_SCREEN = [
    Binding("escape,q,S", "close", "Close", id="close_stats"),
    Binding("j,down", "scroll_down", "Scroll down", id="stats_down", show=False),
    Binding("k,up", "scroll_up", "Scroll up", id="stats_up", show=False),
]
"""On the stats screen (`S`)."""

CONFIRM = [
    Binding("y,enter", "yes", "Yes", id="confirm_yes"),
    Binding("n,escape", "no", "No", id="confirm_no"),
]
"""In a yes/no question."""


class KeymapHolder(Protocol):
    """What the palette needs of the app: the user's rebindings, to show the keys they use.

    A protocol, so the palette's commands need not import the app that imports them.
    """

    user_keymap: dict[str, str]


class KeyContext(NamedTuple):
    """A named group of bindings, as the help screen and the palette show them.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    title: str
    bindings: tuple[Binding, ...]
    target: str | None
    """Where the palette runs these actions: "app", "screen", a widget id, or None (dialogs)."""


CONTEXTS = (
    KeyContext("Anywhere", tuple(APP), "app"),
    KeyContext("Reading", tuple(MAIN), "screen"),
    KeyContext("Triage", tuple(TRIAGE), "screen"),
    KeyContext("Article list", tuple(ARTICLE_LIST), "#articles"),
    KeyContext("Article view", tuple(ARTICLE_VIEW), "#view"),
    KeyContext("Entity panel", tuple(ENTITY_PANEL), "#entities"),
    KeyContext("Annotations panel", tuple(ANNOTATION_PANEL), "#annotations"),
    KeyContext("Label chooser", tuple(LABEL_CHOOSER), None),
    KeyContext("Tag picker", tuple(TAG_PICKER), None),
    KeyContext("Note editor", tuple(NOTE_EDITOR), None),
    KeyContext("Title editor", tuple(TITLE_EDITOR), None),
    KeyContext("Label picker", tuple(LABEL_PICKER), None),
    KeyContext("Evaluation", tuple(EVALUATION), None),
    KeyContext("Filter picker", tuple(FILTER_PICKER), None),
    KeyContext("Search", tuple(SEARCH), None),
    KeyContext("Export", tuple(EXPORT_DIALOG), None),
    KeyContext("Tag screen", tuple(TAG_SCREEN), None),
    KeyContext("Stats", tuple(STATS_SCREEN), None),
    KeyContext("Confirm", tuple(CONFIRM), None),
    KeyContext("Help", tuple(HELP), None),
)
"""Every binding of the app, grouped by where it works."""

BINDING_IDS = frozenset(b.id for context in CONTEXTS for b in context.bindings if b.id)
"""The ids a keymap may name."""


class FooterHint(NamedTuple):
    """A footer entry: the bindings whose keys it shows (joined), and its words.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    ids: tuple[str, ...]
    description: str
    joiner: str = "/"


def _hints(*entries: tuple[str, str]) -> tuple[FooterHint, ...]:
    """("down up", "Move") -> FooterHint(("down", "up"), "Move")."""
    return tuple(FooterHint(tuple(ids.split()), words) for ids, words in entries)


_TRIAGE_HINTS = _hints(("star", "Star"), ("discard", "Discard"), ("keep", "Keep"))
_ALWAYS = _hints(("help", "Help"), ("undo", "Undo"), ("quit", "Quit"))
_TAG_KEYS = FooterHint(("tag_1", "tag_9"), "Tag", "…")

FOOTER_HINTS: dict[str, tuple[FooterHint, ...]] = {
    "articles": (
        *_hints(("down up", "Move"), ("open", "Open")),
        *_TRIAGE_HINTS,
        *_hints(("filter", "Filter"), ("search", "Search")),
        *_ALWAYS,
        *_hints(("next_unread", "Next unread"), ("cycle_sort", "Sort"), ("export", "Export")),
        *_hints(("narrow_list widen_list", "List width")),
        *_hints(("manage_tags", "Tags"), ("show_stats", "Stats")),
    ),
    "view": (
        *_hints(("down up", "Move"), ("toggle_selection", "Select")),
        _TAG_KEYS,
        *_hints(("edit_note", "Note")),
        *_TRIAGE_HINTS,
        *_hints(("back_to_list", "List")),
        *_ALWAYS,
        *_hints(("next_entity previous_entity", "Entity"), ("copy_citation", "Copy")),
        *_hints(("search", "Search"), ("next_unread", "Next unread")),
    ),
    "view:selecting": (
        *_hints(("down up", "Extend"), ("paragraph_down paragraph_up", "Paragraph")),
        _TAG_KEYS,
        *_hints(("pick_tag", "Tag…"), ("edit_note", "Note"), ("copy_citation", "Copy")),
        *_hints(("clear_selection", "Clear")),
        *_ALWAYS,
    ),
    "view:editing": (
        *_hints(("next_entity previous_entity", "Entity")),
        FooterHint(("entity_label_1", "entity_label_9"), "Label", "…"),
        *_hints(("label_entity", "Label…"), ("delete_entity", "Delete")),
        *_hints(("check_entities", "Checked, next"), ("stop_editing_entities", "Done")),
        *_hints(("next_word previous_word", "Word"), ("select_words", "Select")),
        *_ALWAYS,
        *_hints(("down up", "Move")),
    ),
    "entities": (
        *_hints(("down up", "Move"), ("jump_to_mention", "Jump"), ("back_to_list", "List")),
        *_ALWAYS,
    ),
    "annotations": (
        *_hints(("down up", "Move"), ("jump_to_annotation", "Jump")),
        _TAG_KEYS,
        *_hints(("edit_note", "Note"), ("delete_annotation", "Delete")),
        *_ALWAYS,
    ),
}
"""Per focused pane (by widget id, then `id:mode` while its screen is in a mode such as
entity editing), the keys the footer shows, most used first; as many as fit are shown,
whole. Every key is on the `?` screen."""

_MAIN_SCREEN = (*APP, *MAIN, *TRIAGE)
ACTIVE_TOGETHER: tuple[tuple[str, tuple[Binding, ...]], ...] = (
    ("the article list", (*_MAIN_SCREEN, *ARTICLE_LIST)),
    ("the article view", (*_MAIN_SCREEN, *ARTICLE_VIEW)),
    ("the entity panel", (*_MAIN_SCREEN, *ENTITY_PANEL)),
    ("the annotations panel", (*_MAIN_SCREEN, *ANNOTATION_PANEL)),
    *(
        (f"the {context.title.lower()} dialog", (*APP, *context.bindings))
        for context in CONTEXTS
        if context.target is None
    ),
)
"""Bindings that answer at the same time (the focused widget's, its screen's, the app's):
one key must not mean two of them. The defaults overlap on purpose in places (escape
clears a selection before it leaves the view); a keymap must not add an overlap."""


class KeymapError(ReaderError):
    """A `[keymap]` table in `reader.toml` that cannot be applied."""


def parse_keymap(table: object) -> dict[str, str]:
    """Checks a `[keymap]` table (binding id -> keys) before the app starts.

    Typos fail loudly: an unknown id would otherwise be silently ignored by Textual.
    """
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise KeymapError('[keymap] in reader.toml must be a table of binding id = "keys"')
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if binding_id not in BINDING_IDS:
            known = ", ".join(sorted(BINDING_IDS))
            raise KeymapError(f"unknown key binding id {binding_id!r} in [keymap] (known: {known})")
        if not isinstance(keys, str) or not keys.strip():
            raise KeymapError(f"[keymap] {binding_id} must be a non-empty string of keys")
        for key in _key_names(keys):
            if not _is_key(key):
                raise KeymapError(
                    f"[keymap] {binding_id}: {key!r} names no key (keys are written like "
                    "ctrl+q, shift+tab, f2, escape, right_square_bracket)"
                )
        keymap[str(binding_id)] = keys
    check_conflicts(keymap)
    return keymap


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_KEY_NAMES = (
    frozenset(key.value.rsplit("+", 1)[-1] for key in Keys)
    | frozenset(REPLACED_KEYS)
    | frozenset(REPLACED_KEYS.values())
    | frozenset(KEY_TO_UNICODE_NAME)
)
"""The names Textual gives keys that are not one character (`escape`, `pagedown`, `f2`,
`plus`, `question_mark`), without their modifiers."""


def _is_key(key: str) -> bool:
    """Whether a key as a keymap writes it names a key Textual can report: lowercase
    modifiers joined by `+` to one character or a key's name. A typo (`ctrl-q`, `Ctrl+Q`,
    `right_bracket`) would otherwise bind a key no terminal sends, and the action would be
    silently out of reach. A control character (`"\u001b"` in the toml) is none either:
    Textual names those keys (`escape`, `ctrl+g`), and the footer wrote it to the terminal
    as it was."""
    if len(key) == 1:
        return key.isprintable()
    *modifiers, base = key.split("+")
    if not base or not all(modifier in _MODIFIERS for modifier in modifiers):
        return False
    return (len(base) == 1 and base.isprintable()) or base in _KEY_NAMES or _names_a_character(base)


def _names_a_character(name: str) -> bool:
    """Whether a lowercase name with `_` for spaces is a character's Unicode name
    (`number_sign`, `asterisk`), as Textual names the key that types it."""
    if name != name.lower():
        return False
    try:
        unicodedata.lookup(name.replace("_", " "))
    except KeyError:
        return False
    return True


def check_conflicts(keymap: Mapping[str, str]) -> None:
    """KeymapError naming the key and both ids when the keymap binds one key to two
    bindings that answer at the same time (a default's key taken, or one key given twice).
    """
    for where, bindings in ACTIVE_TOGETHER:
        owners: dict[str, Binding] = {}
        for binding in bindings:
            if not binding.id:
                continue
            for key in _key_names(keys_for(binding, keymap)):
                owner = owners.setdefault(key, binding)
                if owner.id != binding.id and not _both_defaults(key, owner, binding):
                    raise KeymapError(
                        f"[keymap] binds {key!r} to both {owner.id} and {binding.id} in {where}; "
                        "give one of them another key"
                    )


def _both_defaults(key: str, first: Binding, second: Binding) -> bool:
    """Whether both bindings have `key` by default: an overlap by design, not a mistake."""
    return key in _key_names(first.key) and key in _key_names(second.key)


def _key_names(keys: str) -> list[str]:
    """The keys of a binding as Textual names them (`?` and `question_mark` are one key)."""
    return [
        _character_to_key(key) if len(key) == 1 else key
        for key in (part.strip() for part in keys.split(","))
        if key
    ]


def keys_for(binding: Binding, keymap: Mapping[str, str]) -> str:
    """The keys a binding answers to once the user's keymap is applied."""
    return keymap.get(binding.id or "", binding.key)


def shown_keys(app: App[Any], binding: Binding) -> str:
    """The keys `binding` answers to in `app` (the user's keymap applied), as the footer
    shows them: what the help screen, the palette and a notice naming a key all say (each
    looked them up in its own words until session 31)."""
    return key_text(binding, cast(KeymapHolder, app).user_keymap, app.get_key_display)


def shown_key_of(app: App[Any], binding_id: str) -> str:
    """`shown_keys` of the binding with that id (the first, for an id some contexts share:
    they are rebound together): a notice that tells the user which key to press."""
    found = next(b for context in CONTEXTS for b in context.bindings if b.id == binding_id)
    return shown_keys(app, found)


def key_text(binding: Binding, keymap: Mapping[str, str], display: Callable[[Binding], str]) -> str:
    """The keys of a binding after the keymap, as the footer shows them, joined with " / ".

    A long run of keys (the digits of a count) shows as its first and last: `0 … 9`.
    """
    bound = [
        display(Binding(key.strip(), binding.action))
        for key in keys_for(binding, keymap).split(",")
    ]
    if len(bound) > _LISTED_KEYS:
        return f"{bound[0]} … {bound[-1]}"
    return " / ".join(bound)
