"""The key contract: defaults as promised, and keymaps checked before the app starts."""

from __future__ import annotations

import tomllib

import pytest

from reader.tui import keys
from tests.conftest import ROOT


def _keys_of(bindings: list, binding_id: str) -> str:
    return next(b.key for b in bindings if b.id == binding_id)


def test_the_documented_defaults() -> None:
    assert _keys_of(keys.APP, "quit") == "q"
    assert _keys_of(keys.APP, "help") == "question_mark"
    assert _keys_of(keys.MAIN, "next_entity") == "right_square_bracket"
    assert _keys_of(keys.MAIN, "previous_entity") == "left_square_bracket"
    assert _keys_of(keys.MAIN, "next_pane") == "tab"
    assert _keys_of(keys.MAIN, "previous_pane") == "shift+tab"
    assert _keys_of(keys.MAIN, "back_to_list") == "escape"
    for bindings in (keys.ARTICLE_LIST, keys.ARTICLE_VIEW, keys.ENTITY_PANEL):
        assert _keys_of(bindings, "down") == "j,down"
        assert _keys_of(bindings, "up") == "k,up"
        assert _keys_of(bindings, "top") == "g,home"
        assert _keys_of(bindings, "bottom") == "G,end"
        assert _keys_of(bindings, "page_down") == "pagedown"
        assert _keys_of(bindings, "page_up") == "pageup"
    assert _keys_of(keys.ARTICLE_LIST, "open") == "enter"


def test_every_binding_has_an_id_and_a_description() -> None:
    defaults: dict[str, str] = {}
    for context in keys.CONTEXTS:
        for binding in context.bindings:
            assert binding.id and binding.description
            defaults.setdefault(binding.id, binding.key)
    assert keys.parse_keymap(defaults) == defaults  # the defaults' names are keys' names


def test_keymap_accepts_known_ids() -> None:
    assert keys.parse_keymap({"next_entity": "N", "quit": "ctrl+q"}) == {
        "next_entity": "N",
        "quit": "ctrl+q",
    }
    assert keys.parse_keymap(None) == {}


def readme_keymap() -> dict[str, str]:
    """The `[keymap]` example of the README, as a user would copy it into reader.toml."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(part for part in readme.split("```toml\n")[1:] if part.startswith("[keymap]"))
    return tomllib.loads(block.split("```")[0])["keymap"]


def test_the_readme_keymap_example_works_as_written() -> None:
    example = readme_keymap()
    assert example
    assert keys.parse_keymap(example) == example


@pytest.mark.parametrize(
    ("table", "key", "ids"),
    [
        ({"next_entity": "n"}, "n", ("next_entity", "edit_note")),  # the README's old example
        ({"star": "x"}, "x", ("star", "discard")),
        ({"star": "s", "keep": "s"}, "s", ("star", "keep")),
        ({"search": "?"}, "question_mark", ("help", "search")),
        ({"next_pane": "escape"}, "escape", ("next_pane", "back_to_list")),
        ({"toggle_label": "o"}, "o", ("toggle_label", "only_label")),
    ],
)
def test_one_key_for_two_actions_at_once_is_an_error_naming_both(
    table: dict[str, str], key: str, ids: tuple[str, str]
) -> None:
    with pytest.raises(keys.KeymapError) as error:
        keys.parse_keymap(table)
    message = str(error.value)
    assert f"{key!r}" in message
    assert all(binding_id in message for binding_id in ids)
    assert "\n" not in message


@pytest.mark.parametrize(
    "table",
    [
        {"star": "x", "discard": "s"},  # swapped
        {"help": "?"},  # a default's own key, spelled as a character
        {"edit_note": "N", "next_entity": "n"},  # n moves on; note takes N
        # o freed from open_url is free in the list; the chooser has its own
        {"open_url": "O", "open": "o", "only_label": "y"},
    ],
)
def test_keymaps_without_a_clash_are_accepted(table: dict[str, str]) -> None:
    assert keys.parse_keymap(table) == table


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"nxt_entity": "n"}, "unknown key binding id 'nxt_entity'"),
        ({"quit": ""}, "quit must be a non-empty string"),
        ({"quit": 3}, "quit must be a non-empty string"),
        ({"quit": "ctrl-q"}, "quit: 'ctrl-q' names no key"),
        ({"quit": "Ctrl+Q"}, "quit: 'Ctrl\\+Q' names no key"),
        ({"next_entity": "N,right_bracket"}, "next_entity: 'right_bracket' names no key"),
        ({"star": "\x1b"}, r"star: '\\x1b' names no key"),  # drawn raw in the footer
        ({"star": "ctrl+\x07"}, r"star: 'ctrl\+\\x07' names no key"),
        (["quit"], "must be a table"),
    ],
)
def test_bad_keymaps_fail_with_one_line(table: object, message: str) -> None:
    with pytest.raises(keys.KeymapError, match=message) as error:
        keys.parse_keymap(table)
    assert "\n" not in str(error.value)


def test_keys_for_applies_the_keymap() -> None:
    binding = keys.MAIN[3]
    assert keys.keys_for(binding, {}) == binding.key
    assert keys.keys_for(binding, {binding.id: "n"}) == "n"


BROWSER_KEEPS = frozenset(
    ["ctrl+n", "ctrl+t", "ctrl+w", "ctrl+tab", "ctrl+shift+n", "ctrl+shift+t", "ctrl+shift+w"]
)
"""Chords Chrome and Firefox keep for a new window or tab, or to close or leave one: a page,
so `reader serve`'s terminal, never receives them."""


def test_every_binding_has_a_key_a_browser_hands_to_the_page() -> None:
    """Under `reader serve` the search's tag-every-hit was ctrl+t alone: a new browser tab."""
    browser_only = [
        f"{context.title}: {binding.action} ({binding.key})"
        for context in keys.CONTEXTS
        for binding in context.bindings
        if set(binding.key.split(",")) <= BROWSER_KEEPS
    ]
    assert browser_only == []
