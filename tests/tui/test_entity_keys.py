"""Pilot tests: entity editing (`i`), its keys, the corrected mark and the check (`c`)."""

from __future__ import annotations

import threading
from dataclasses import replace

from rich.cells import cell_len
from textual import events
from textual.widgets import Input, OptionList

from reader.nlp.glossary import label_style
from reader.store import Store
from reader.tui.dialogs.label_picker import LabelPicker
from reader.tui.dialogs.tag_picker import TagPicker
from reader.tui.presenters.entity_editing import edge_stuck
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.legend import Legend
from tests.conftest import article_from_paragraphs
from tests.tui.fakes import FakeService, LendingService
from tests.tui.helpers import Noted, fresh_store, make_app, make_session, settle, style_of, until

SIZE = (120, 40)


def _current_text(app) -> str:
    view = app.query_one(ArticleView)
    assert view.current is not None and view.article is not None
    start, end = view.current
    return view.article.body[start:end]


async def _editing(pilot) -> ArticleView:
    await settle(pilot)
    await pilot.press("enter", "i")
    await settle(pilot)
    return pilot.app.query_one(ArticleView)


async def test_i_turns_entity_editing_on_and_off_and_the_footer_and_legend_say_so() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        screen = app.screen
        assert screen.entity_editing
        described = {b.binding.description for b in app.active_bindings.values()}
        assert "Editing entities: i ends" in described and "Edit entities" not in described
        assert "editing entities" in str(app.query_one(Legend).render())
        footer = str(app.query_one(ReaderFooter).render())
        assert "1…9 Label" in footer and "d Delete" in footer and "i Done" in footer
        assert "Tag" not in footer
        assert view.current is not None
        await pilot.press("i")
        await settle(pilot)
        assert not screen.entity_editing
        described = {b.binding.description for b in app.active_bindings.values()}
        assert "Edit entities" in described
        footer = str(app.query_one(ReaderFooter).render())
        assert "1…9 Tag" in footer and "Delete" not in footer
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TagPicker)


async def test_t_relabels_the_entity_under_the_cursor_and_marks_it_corrected() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        text = _current_text(app)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, LabelPicker)
        await pilot.press(*"LOC", "enter")
        await settle(pilot)
        (edit,) = store.entity_edits(view.article.id)
        assert (edit.quote, edit.kind, edit.label) == (text, "label", "LOC")
        style = style_of(view, text)
        assert style.bold and style.underline
        assert _current_text(app) == text
        await pilot.press("u")
        await settle(pilot)
        assert store.entity_edits(view.article.id) == []


async def test_the_label_pickers_meanings_start_in_one_column() -> None:
    """After chips of every width ('DATE', 'WORK_OF_ART') the meanings started anywhere."""
    app = make_app(store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        await pilot.press("t")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        labels = [options.get_option_at_index(n).id or "" for n in range(options.option_count)]
        meanings = {
            prompt.index(meaning)
            for prompt, label in zip(prompts, labels, strict=True)
            if (meaning := label_style(label).description)
        }
        assert len(labels) > 3 and len(meanings) == 1


async def test_the_label_picker_takes_the_nearest_label_for_a_prefix() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        await pilot.press("t", *"PER", "enter")
        await settle(pilot)
        (edit,) = store.entity_edits(view.article.id)
        assert edit.label == "PERSON"  # not PERCENT, which sorts first


async def test_a_legend_number_typed_first_in_the_label_picker_labels_with_it() -> None:
    """The legend numbers the labels and 1–9 label with them; in the picker `t` opens,
    typing 2 made a new label "2". Typed first, a number picks the legend's label (shown
    beside it in the list); after a space it is typed."""
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        numbers = app.query_one(Legend).state.numbers
        target = app.screen._entity_target()
        current = target[2].label if target and target[2] else None
        number = next(n for n, label in enumerate(numbers, 1) if label != current)
        await pilot.press("t")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        prompts = {
            options.get_option_at_index(n).id: str(options.get_option_at_index(n).prompt)
            for n in range(options.option_count)
        }
        assert f"{number}  {numbers[number - 1]} " in prompts[numbers[number - 1]]
        await pilot.press(str(number))
        await settle(pilot)
        assert app.screen is app.main
        (edit,) = store.entity_edits(view.article.id)
        assert (edit.kind, edit.label) == ("label", numbers[number - 1])
        await pilot.press("t", "space", "2")
        await settle(pilot)
        assert isinstance(app.screen, LabelPicker)
        assert app.screen.query_one(Input).value == " 2"


async def test_brackets_move_d_deletes_and_digits_label_as_numbered_in_the_legend() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        first = _current_text(app)
        await pilot.press("right_square_bracket")
        second = _current_text(app)
        assert (view.current is not None and second != first) or view.current[0] > 0
        start, end = view.current
        await pilot.press("d")
        await settle(pilot)
        (rejected,) = store.entity_edits(view.article.id)
        assert (rejected.start, rejected.end, rejected.kind) == (start, end, "reject")
        numbers = app.query_one(Legend).state.numbers
        assert numbers and "1" in str(app.query_one(Legend).render())
        await pilot.press("left_square_bracket", "1")
        await settle(pilot)
        labelled = [e for e in store.entity_edits(view.article.id) if e.kind == "label"]
        assert [e.label for e in labelled] == [numbers[0]]


async def test_d_and_a_digit_and_their_undo_name_the_entity_they_changed() -> None:
    """The notices "Deleted the entity" and "Undone: delete entity" said not which one."""
    app = Noted(make_session(store=fresh_store()))
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        view = app.query_one(ArticleView)
        text = _current_text(app)
        (label,) = {
            e.label
            for e in app.screen.shown_entities(view.article)
            if (e.start, e.end) == view.current
        }
        await pilot.press("d")
        await until(pilot, lambda: f"Deleted {label} “{text}” (u undoes)." in app.notes)
        await pilot.press("u")
        await until(pilot, lambda: any(f"delete {label} “{text}”" in n for n in app.notes))
        await pilot.press("1")
        await until(pilot, lambda: any(n.startswith(f"Labelled “{text}” ") for n in app.notes))


async def test_digits_keep_their_labels_when_edits_change_the_counts() -> None:
    """Deleting every entity of the label numbered 1 renumbered the legend under the user's
    fingers (the next `1` picked what had been `2`); now the label keeps its digit."""
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        screen = app.screen
        before = app.query_one(Legend).state.numbers
        assert len(before) >= 2
        first = before[0]
        for _ in range(300):
            if not any(e.label == first for e in screen.shown_entities(view.article)):
                break
            target = screen._entity_target()
            on_first = target is not None and target[2] is not None and target[2].label == first
            await pilot.press("d" if on_first else "right_square_bracket")
            await settle(pilot)
        assert not any(e.label == first for e in screen.shown_entities(view.article))
        legend = app.query_one(Legend)
        assert legend.state.numbers == before
        assert legend.state.counts[first] == 0 and f"1 {first}  0" in str(legend.render())
        await pilot.press("left_square_bracket", "2")
        await settle(pilot)
        labelled = [e for e in store.entity_edits(view.article.id) if e.kind == "label"]
        assert [e.label for e in labelled] == [before[1]]
        first_article = view.article
        await pilot.press("i", "escape", "j", "enter", "i")  # the next article, labelled as
        await settle(pilot)  # it has them (PERSON most): the digits keep their labels
        assert view.article is not first_article and screen.entity_editing
        assert legend.state.numbers[: len(before)] == before


async def test_edge_keys_move_by_a_token_and_say_so_in_the_footer_not_a_toast_each() -> None:
    """Thirty presses of ')' stacked thirty toasts over the whole list (review22): the
    footer says the entity's text now, until a key other than an edge key, and why an edge
    cannot move (it rang the bell and said nothing); then a selection becomes a new entity.
    One app for what two tests opened two for until session 31."""
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        view = await _editing(pilot)
        before = len(app._notifications)
        start, end = view.current
        label = next(
            e.label for e in app.main.shown_entities(view.article) or () if e.start == start
        )
        await pilot.press("right_curly_bracket")
        await settle(pilot)
        assert view.current[0] == start and view.current[1] > end
        await pilot.press("right_curly_bracket", "right_parenthesis")
        await settle(pilot)
        footer = app.screen.query_one(ReaderFooter)
        quote = view.article.body[view.current[0] : view.current[1]]
        assert footer.status == f"{label} “{quote}” (u undoes)"
        assert len(app._notifications) == before
        await pilot.press("right_parenthesis")
        await settle(pilot)
        assert view.current == (start, end)
        await pilot.press(*["left_parenthesis"] * 6)  # down to one token, then it cannot
        await settle(pilot)
        assert footer.status.endswith(
            "is one token: ( and ) take one off an entity of two or more ({ and } add one)"
        )
        await pilot.press("right_square_bracket")
        assert footer.status == ""
        await pilot.press("escape", "enter", "v", "t")
        await settle(pilot)
        assert isinstance(app.screen, LabelPicker)
        app.screen.query_one(Input).value = "event"
        await pilot.press("enter")
        await settle(pilot)
        assert any(e.label == "EVENT" for e in store.entity_edits(view.article.id))
    said = edge_stuck("Kim", "end", 1, str)  # } at a paragraph's end: the bell, and why
    assert said == "“Kim” ends its paragraph: an entity does not reach past a paragraph break"


def _reversed(view: ArticleView) -> str:
    """The text the view draws reversed (the current entity)."""
    lines = (view.render_line(y) for y in range(view.size.height))
    return "".join(seg.text for line in lines for seg in line if seg.style and seg.style.reverse)


async def test_an_edge_key_and_the_next_typed_at_once_leave_no_note() -> None:
    """The note ended as a key reached the screen, before the edge key ahead of it had
    run its action: ')' and ']' typed at once left the note of ')' up (review22)."""
    app = make_app(store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        for key, char in (("right_curly_bracket", "}"), ("right_square_bracket", "]")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert app.screen.query_one(ReaderFooter).status == ""


async def test_i_off_leaves_no_entity_drawn_reversed() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        assert view.current is not None and _reversed(view)
        await pilot.press("i")
        await settle(pilot)
        assert view.current is None and not _reversed(view)


async def test_c_checks_the_article_and_opens_the_next_unchecked_one() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        first = view.article
        await pilot.press("c")
        await settle(pilot)
        assert first.id in store.checked()
        accepted = store.entity_edits(first.id)
        assert accepted and {e.kind for e in accepted} == {"accept"}
        assert view.article is not first and view.article is app.library.articles[1]
        assert view.current == _first_entity(app)  # as `i` puts it: a digit typed at once
        await pilot.press("u")  # the check undone opens its article, to be mended at once
        await settle(pilot)
        assert view.article is first and view.current == _first_entity(app)
        await pilot.press("c", "c")
        await settle(pilot)
        assert set(store.checked()) == {a.id for a in app.library.articles}
        await pilot.press("u", "u")
        assert store.checked() == {}


async def test_p_passes_the_article_unchecked_and_opens_the_next_unchecked_one() -> None:
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        first, second = app.library.articles[:2]
        assert view.article is first
        await pilot.press("P")
        await settle(pilot)
        assert view.article is second and store.checked() == {}
        assert view.current == _first_entity(app)  # as `c` and `i` put it
        await pilot.press("c")  # the one left unchecked is next, round the list
        await settle(pilot)
        assert set(store.checked()) == {second.id} and view.article is first
        await pilot.press("P")  # no other unchecked: it stays
        await settle(pilot)
        assert view.article is first and set(store.checked()) == {second.id}


async def test_the_legend_says_how_many_listed_articles_are_checked_while_editing() -> None:
    app = make_app(store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        legend = app.query_one(Legend)
        assert "editing entities · 0 of 2 listed checked" in str(legend.render())
        await pilot.press("c")
        await settle(pilot)
        assert "1 of 2 listed checked" in str(legend.render())
        await pilot.press("c")
        await settle(pilot)
        assert "editing entities · checked, 2 of 2 listed" in str(legend.render())


def _first_entity(app) -> tuple[int, int]:
    view = app.query_one(ArticleView)
    return min((e.entity.start, e.entity.end) for e in app.screen.shown_entities(view.article))


async def test_i_before_the_entities_arrive_puts_the_cursor_on_the_first_when_they_do() -> None:
    gate = threading.Event()
    app = make_app(service=FakeService(gate=gate))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter", "i")
        view = app.query_one(ArticleView)
        assert app.screen.entity_editing and view.current is None
        gate.set()
        await settle(pilot)
        assert view.current == _first_entity(app)


async def test_v_shows_the_evaluation_table_of_the_checked_articles() -> None:
    from reader.tui.dialogs.evaluation import EvaluationScreen

    store = fresh_store()
    app = make_app(service=LendingService(), store=store)  # a pipeline, as the fallback has
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        await pilot.press("d", "c")
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EvaluationScreen)
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert screen.result is not None
        assert screen.result.articles == 1
        assert screen.result.overall.recall == 1.0 and screen.result.overall.precision < 1.0
        table = str(screen.query_one("#evaluation-table").render())
        assert "label" in table and "all" in table
        await pilot.press("escape")
        assert not isinstance(app.screen, EvaluationScreen)
        assert view.article is not None


async def test_v_scores_on_the_pipeline_the_service_lends() -> None:
    """The app's router lends its model (`with_pipeline`): the figures are on its tokens,
    as `reader evaluate`'s, not on a blank English pipeline's."""
    from reader.tui.dialogs.evaluation import EvaluationScreen

    service = LendingService()
    app = make_app(service=service, store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        await settle(pilot)
        lent = service.loans  # `i` borrows it too, for the words the edge keys move by
        await pilot.press("d", "c", "V")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EvaluationScreen)
        await screen.workers.wait_for_complete()
        await pilot.pause()
        assert screen.result is not None and screen.result.articles == 1
        assert service.loans == lent + 1


class _Routing(FakeService):
    """Names the pipeline of each article, as the app's router does (`model_of`)."""

    def model_of(self, article) -> str:
        return "trained_model"


async def test_the_label_picker_offers_the_models_own_labels(monkeypatch) -> None:
    """A model `spacy train` made with a new label: the picker offers it before any entity
    has it (it read the service's `pipeline`, which the app's router does not have)."""
    import reader.nlp.models as models

    meta = {"lang": "en", "labels": {"ner": ["DRUG", "PERSON"]}}
    monkeypatch.setattr(models, "read_meta", lambda name: meta if name == "trained_model" else None)
    app = make_app(service=_Routing(), store=fresh_store())
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        await pilot.press("t")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        assert "DRUG" in {options.get_option_at_index(n).id for n in range(options.option_count)}


async def test_digits_are_kept_across_a_restart_and_a_hidden_label_keeps_its_own() -> None:
    """The numbering lasted a session (the next started on another article numbered its
    labels by that article's counts) and hiding a label gave its digit to the next one,
    renumbering all the rest under the annotator's fingers."""
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        before = app.query_one(Legend).state.numbers
        assert len(before) >= 2
        app.screen.set_hidden_labels(frozenset({before[0]}))
        await settle(pilot)
        legend = app.query_one(Legend)
        assert legend.state.numbers == before and f"1 {before[0]} " in str(legend.render())
        await pilot.press("1")
        await settle(pilot)
        edits = store.entity_edits(app.screen.view.article.id)
        assert [e.label for e in edits if e.kind == "label"] == [before[0]]
    store.close()
    again = Store(store.path)
    app = make_app(store=again)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter", "i")  # another article first: its own counts differ
        await settle(pilot)
        assert app.query_one(Legend).state.numbers[: len(before)] == before
    again.close()


async def test_an_entity_on_part_of_a_compound_emoji_is_drawn_over_all_of_it() -> None:
    """The model labelled one letter of a flag DATE; an entity ending inside a family
    joined by ZWJ or before a skin tone cut the emoji into two segments, which Rich measured
    at up to twice the cells a terminal draws, so the line's cells went wrong."""
    family, flag, thumb, rainbow = "👨\u200d👩\u200d👧\u200d👦", "🇺🇦", "👍🏽", "🏳️\u200d🌈"
    body = f"Fans posted {family} and {flag} flags with {thumb} and {rainbow} in Kyiv."
    article = article_from_paragraphs([body], "Fans in Kyiv")
    store = fresh_store()
    for emoji, part in ((family, 2), (flag, 1), (thumb, 1), (rainbow, 1)):
        start = body.index(emoji)  # the man and the joiner after him; one letter; no tone
        store.set_entity(article.id, article.body, start, start + part, "PRODUCT")
    app = make_app(articles=[article], store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        view = app.query_one(ArticleView)
        (line,) = (s for s in map(view.render_line, range(view.size.height)) if family in s.text)
        assert sum(segment.cell_length for segment in line) == cell_len(line.text)
        bold = [segment.text for segment in line if segment.style and segment.style.bold]
        assert bold == [family, flag, thumb, rainbow]


async def test_star_labels_every_match_of_the_entity_in_the_article_then_in_the_dump() -> None:
    """One name labelled, the annotator labelled each of its other mentions by hand, as
    brat's search and Prodigy's patterns spare them: `*` does the article, `*` again the
    rest of the dump, one undo step each; a match the user marked otherwise stays."""
    first = article_from_paragraphs(["Kyiv met Seoul. Kyiv and Kyivan food; Kyiv, again."])
    body = first.body
    second = replace(article_from_paragraphs(["Kyiv and Seoul.", "Not kyiv."], "B"), index=1)
    store = fresh_store()
    store.set_entity(first.id, body, 0, 4, "GPE")
    last = body.rindex("Kyiv")
    store.set_entity(first.id, body, last, last + 5, None)  # "Kyiv," is no entity, said the user
    app = Noted(make_session([first, second], store=store))
    async with app.run_test(size=SIZE) as pilot:
        await _editing(pilot)
        assert _current_text(app) == "Kyiv"
        await pilot.press("asterisk")
        await settle(pilot)
        labelled = {(e.start, e.label) for e in store.entity_edits(first.id) if e.kind == "label"}
        assert labelled == {(0, "GPE"), (body.index("Kyiv and"), "GPE")}
        await until(pilot, lambda: any("Labelled 1 more “Kyiv” GPE" in n for n in app.notes))
        said = next(n for n in app.notes if "Labelled 1 more" in n)
        assert "1 GPE already" in said and "1 you marked otherwise" in said
        assert "* again: the rest of the dump" in said
        await pilot.press("asterisk")
        await settle(pilot)
        (other,) = store.entity_edits(second.id)
        assert (other.start, other.end, other.label) == (0, 4, "GPE")
        await pilot.press("u")
        await settle(pilot)
        assert store.entity_edits(second.id) == [] and len(store.entity_edits(first.id)) == 3
        await pilot.press("u")
        await settle(pilot)
        assert len(store.entity_edits(first.id)) == 2
        await pilot.press("asterisk")  # after an undo, the article's matches again
        await settle(pilot)
        assert len(store.entity_edits(first.id)) == 3 and store.entity_edits(second.id) == []


async def test_a_digit_in_the_label_chooser_puts_the_label_on_that_key_for_the_workspace() -> None:
    """The digits were given by the order labels were first seen, with no way to choose:
    doccano sets each label's key in its project. `l`, a label, a digit: that label is on
    the digit (the one there takes its old one) and the store keeps it."""
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        before = app.query_one(Legend).state.numbers
        await pilot.press("l", "j", "j", "1")
        await settle(pilot)
        third = before[2]
        assert f"1  {third} " in str(
            app.screen.query_one("#label-list").get_option_at_index(2).prompt
        )
        await pilot.press("escape")
        await settle(pilot)
        numbers = app.query_one(Legend).state.numbers
        assert numbers[:3] == (third, before[1], before[0])
        assert store.setting("label_digits")[:3] == [third, before[1], before[0]]
        await pilot.press("1")
        await settle(pilot)
        edits = store.entity_edits(view.article.id)
        assert [e.label for e in edits if e.kind == "label"] == [third]


async def _read_down(pilot) -> tuple[ArticleView, tuple[int, int]]:
    """Opens the first article and moves the cursor three paragraphs down, still in sight
    with entities above it on screen; gives the view and the cursor's sentence."""
    await settle(pilot)
    await pilot.press("enter", "J", "J", "J")
    await settle(pilot)
    view = pilot.app.query_one(ArticleView)
    sentence = view.passages.sentence
    assert sentence is not None and view.top_offset < sentence[0]
    return view, sentence


async def test_i_and_brackets_start_from_the_sentence_being_read_not_the_screens_top() -> None:
    """review34: read down to a paragraph, `i` put the entity cursor back on the first entity
    on screen (the article's first lines), so the name the user stopped at took `]` after `]`
    to reach; `i`, `]` and `[` now go from the cursor's sentence while it is in sight."""
    for key in ("i", "right_square_bracket", "left_square_bracket"):
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            view, (start, _) = await _read_down(pilot)
            await pilot.press(key)
            await settle(pilot)
            assert view.current is not None
            if key == "left_square_bracket":
                assert view.current[1] <= start  # the last entity before it
            else:
                assert view.current[0] >= start, key


async def test_a_deleted_span_stays_in_sight_struck_out_and_a_digit_labels_it_again() -> None:
    """`d` took the span out of sight: the annotator could neither see what they had
    deleted nor find it again to undo that after other edits (users40)."""
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        view = await _editing(pilot)
        first = view.current
        text = _current_text(app)
        await pilot.press("d", "right_square_bracket")
        await settle(pilot)
        assert view.current != first and style_of(view, text).strike
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert view.current == first
        assert app.screen.query_one(ReaderFooter).status.startswith(f"deleted “{text}”")
        await pilot.press("1")
        await settle(pilot)
        (edit,) = store.entity_edits(view.article.id)
        assert (edit.quote, edit.kind) == (text, "label") and not style_of(view, text).strike
        await pilot.press("d", "i")  # out of entity editing, a deletion is not drawn
        await settle(pilot)
        assert not style_of(view, text).strike
