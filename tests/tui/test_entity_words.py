"""Pilot tests: selecting words for a new entity while editing entities (`w` `b` `v`), and
labelling them without losing the user's entities around them."""

from __future__ import annotations

from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.dialogs.confirm import Confirm
from reader.tui.dialogs.label_picker import LabelPicker
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.footer import ReaderFooter
from tests.tui.fakes import FakeService
from tests.tui.helpers import fresh_store, make_app, settle

SIZE = (120, 40)


def _selected(view: ArticleView) -> str:
    selection = view.passages.selection
    assert selection is not None and view.article is not None
    return view.article.body[selection[0] : selection[1]]


def _at(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _footer(app) -> str:
    return app.screen.query_one(ReaderFooter).status


def _app() -> tuple[ReaderApp, Store]:
    store = fresh_store()
    return make_app(store=store), store


async def _editing(pilot) -> ArticleView:
    await settle(pilot)
    await pilot.press("enter", "i")
    await settle(pilot)
    view = pilot.app.query_one(ArticleView)
    assert view.article is not None and view.current is not None
    return view


async def test_w_and_b_move_a_one_word_selection_from_the_entity_at_the_cursor() -> None:
    app = make_app(store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        entity = view.article.body[view.current[0] : view.current[1]]
        assert entity == "North Korean"
        await pilot.press("w")
        assert _selected(view) == "North" and view.current is None
        assert _footer(app) == "“North” (1 word): t or 1–9 labels, v anchors, w b move"
        await pilot.press("w", "w")
        assert _selected(view) == "and"
        await pilot.press("b")
        assert _selected(view) == "Korean"
        await pilot.press("escape", "w")
        assert _selected(view) == "Korean"  # dropped, then started again at the cursor
        await pilot.press("b", "b", "b", "b")
        assert _selected(view) == "SEOUL"
        await pilot.press("b")
        assert _selected(view) == "SEOUL"  # nowhere to go: a bell, the same word


async def test_w_and_b_step_over_the_colon_and_v_w_takes_it_between_two_words() -> None:
    """`SEOUL: Senior`: w stopped on the colon, a press for nothing (as on every comma and
    quote mark); the run still ends on token edges and counts its words."""
    app = make_app(store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        await pilot.press("w", "b", "b", "b")
        assert _selected(view) == "SEOUL"
        await pilot.press("w")
        assert _selected(view) == "Senior"
        await pilot.press("b", "v", "w")
        assert _selected(view) == "SEOUL: Senior"
        assert _footer(app).startswith("“SEOUL: Senior” (2 words)")


async def test_v_anchors_w_grows_and_t_labels_exactly_the_words() -> None:
    app, store = _app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        await pilot.press("w", "w", "w", "w", "v", "w", "w")
        assert _selected(view) == "Russian military officials"
        assert _footer(app) == (
            "“Russian military officials” (3 words): t or 1–9 labels, w b grow it"
        )
        await pilot.press("b")
        assert _selected(view) == "Russian military"
        await pilot.press("w", "t")
        await settle(pilot)
        assert isinstance(app.screen, LabelPicker)
        await pilot.press(*"ORG", "enter")
        await settle(pilot)
        (edit,) = store.entity_edits(view.article.id)
        assert (edit.quote, edit.label) == ("Russian military officials", "ORG")
        shown = {(e.start, e.end) for e in app.main.shown_entities(view.article)}
        body = view.article.body
        assert {_at(body, "North Korean"), _at(body, "Russian military officials")} <= shown
        assert _at(body, "Russian") not in shown  # the prediction it covers gives way


async def test_v_on_an_entity_takes_its_words_and_w_lengthens_it() -> None:
    """A name the model cut short: `v` on it takes its words, `w` one more."""
    app, _store = _app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        await pilot.press("v")
        assert _selected(view) == "North Korean"
        await pilot.press("w", "w")
        assert _selected(view) == "North Korean and Russian"
        await pilot.press("v")
        assert view.passages.selection is None  # v again drops it


async def test_labelling_over_the_users_own_entity_asks_first() -> None:
    """A new label over part of an entity the user marked drops it (the store keeps no two
    edits over one character): asked first, `n` keeps it; entities elsewhere stay either
    way."""
    app, store = _app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        view = await _editing(pilot)
        article = view.article
        body = article.body
        russian = body.index("Russian")
        store.set_entity(article.id, body, russian, russian + len("Russian"), "LANGUAGE")
        elsewhere = body.index("Pyongyang")
        store.set_entity(article.id, body, elsewhere, elsewhere + len("Pyongyang"), "LOC")
        app.main.refresh_entities()
        await pilot.press("w", "w", "w", "w", "v", "w", "w")
        assert _selected(view) == "Russian military officials"
        await pilot.press("t", *"ORG", "enter")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        question = str(app.screen.query_one("#confirm-box").render())
        assert "Label “Russian military officials” ORG?" in question
        assert "LANGUAGE “Russian”" in question
        await pilot.press("n")
        await settle(pilot)
        assert sorted(e.label for e in store.entity_edits(article.id)) == ["LANGUAGE", "LOC"]
        await pilot.press("1")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        await pilot.press("y")
        await settle(pilot)
        labels = {e.quote: e.label for e in store.entity_edits(article.id)}
        assert labels["Pyongyang"] == "LOC" and "Russian" not in labels
        assert "Russian military officials" in labels


async def test_relabelling_exactly_the_users_entity_asks_nothing() -> None:
    app, store = _app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        await pilot.press("w", "1")
        await settle(pilot)
        await pilot.press("t", *"LOC", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, Confirm)
        (edit,) = store.entity_edits(view.article.id)
        assert (edit.quote, edit.label) == ("North", "LOC")


async def test_v_outside_entity_editing_still_selects_the_sentence() -> None:
    app = make_app(store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "v")
        view = app.query_one(ArticleView)
        assert view.passages.selection == view.passages.sentence
        await pilot.press("w")
        assert view.passages.selection == view.passages.sentence


class _SpacedService(FakeService):
    """A pipeline whose tokens run from space to space ("SEOUL:" is one)."""

    def tokens(self, body: str) -> tuple[tuple[int, int], ...]:
        import re

        return tuple(m.span() for m in re.finditer(r"\S+", body))


async def test_the_words_snap_to_the_pipelines_tokens_once_it_has_made_them() -> None:
    """And the edge keys move by them: `(` on "l'Agence France-Presse" made "'Agence
    France-Presse", off spaCy's tokens, which the spaCy export left out (review32)."""
    store = fresh_store()
    app = make_app(service=_SpacedService(), store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("b", "b")
        assert _selected(view) == "SEOUL:"  # the pattern's words end at the colon
        article = view.article
        store.set_entity(article.id, article.body, *_at(article.body, "SEOUL: Senior"), "ORG")
        app.main.refresh_entities()
        await pilot.press("escape", "g", "right_square_bracket", "left_parenthesis")
        await settle(pilot)
        assert view.article.body[view.current[0] : view.current[1]] == "Senior"


async def test_an_edge_key_stops_at_the_users_entity_next_to_it() -> None:
    """`}` grew an entity over the user's next one and the store dropped it unasked."""
    app, store = _app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        article = view.article
        store.set_entity(article.id, article.body, *_at(article.body, "and"), "ORG")
        app.main.refresh_entities()
        await pilot.press("left_square_bracket", "right_square_bracket")
        assert view.article.body[view.current[0] : view.current[1]] == "North Korean"
        await pilot.press("right_curly_bracket")
        await settle(pilot)
        assert _footer(app) == "ORG “and” is in the way (d deletes it first)"
        assert [(e.quote, e.label) for e in store.entity_edits(article.id)] == [("and", "ORG")]


async def test_an_edge_move_undone_draws_the_entity_where_it_is_again() -> None:
    """`}` then `u`: the entity was back, but the mark stayed over the range it had grown
    to, and the notice said 'label entity' (review23), then "NORP entity's end moved",
    naming neither the entity's words nor where they were (users40)."""
    app, _store = _app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        view = await _editing(pilot)
        before = view.current
        await pilot.press("right_curly_bracket")
        await settle(pilot)
        assert view.current != before
        await pilot.press("u")
        await settle(pilot)
        assert view.current == before
        said = [n.message for n in app._notifications]
        assert "Undone: move NORP “North Korean” to “North Korean and”" in said  # in words
        await pilot.press("ctrl+r")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert "Redone: move NORP “North Korean” to “North Korean and”" in said


async def test_w_at_a_paragraphs_end_says_why_the_selection_stays_not_only_a_bell() -> None:
    """An anchored selection may not cross a paragraph break: `w` there rang the bell and
    said nothing, and the annotator pressed it again and again."""
    app = make_app(store=fresh_store(), keymap={"select_words": "V"})
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        while view.article.body[view.current[0] : view.current[1]] != "Ukraine":
            await pilot.press("right_square_bracket")  # the first paragraph's last word
        await pilot.press("V", "w")
        assert _selected(view) == "Ukraine"
        assert _footer(app) == (
            "“Ukraine” ends its paragraph: a selection does not cross a paragraph break "
            "(t or a digit labels it, V drops it)"
        )
