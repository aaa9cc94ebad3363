"""What `c` says it marked checked: the entities by label and how many are the user's
(`check_summary`, no Textual), and the pilot test of the key that says it and of `u`."""

from __future__ import annotations

from reader.annotation.entity_edits import ShownEntity
from reader.store.records import EntityEdit
from reader.tui.presenters.entity_editing import check_summary
from reader.tui.widgets.article_view import ArticleView
from tests.tui.helpers import fresh_store, make_app, settle

SIZE = (120, 40)


def _shown(*labels: str, corrected: int = 0) -> tuple[ShownEntity, ...]:
    return tuple(ShownEntity(n, n + 1, label, n < corrected) for n, label in enumerate(labels))


def _rejected(orphaned: bool = False) -> EntityEdit:
    return EntityEdit("e1", "a1", 0, 3, "Bob", "", "", "reject", "", "t", orphaned)


def test_the_summary_counts_the_labels_most_first_and_the_users_own() -> None:
    shown = _shown("GPE", "ORG", "GPE", "PERSON", "DATE", "NORP", "GPE", corrected=2)
    assert check_summary(shown, [_rejected(), _rejected(orphaned=True)]) == (
        "7 entities (GPE 3, DATE 1, NORP 1, ORG 1, 1 more in 1 label), yours: 2 labelled, 1 deleted"
    )


def test_the_summary_of_one_entity_and_of_none() -> None:
    assert check_summary(_shown("GPE"), []) == "1 entity (GPE 1), none yours"
    assert check_summary((), [_rejected()]) == "no entities (checked as having none)"


async def test_c_says_what_it_checked_and_u_unchecks_it_and_opens_it_again() -> None:
    """The annotator checked blind: "Checked (67 entities)"; and `u`, after `c` had moved
    on, unchecked an article they could no longer see."""
    store = fresh_store()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "i")
        await settle(pilot)
        view = app.query_one(ArticleView)
        first = view.article
        await pilot.press("d", "c")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert said[-1].startswith("Checked ") and "yours: 1 deleted" in said[-1]
        assert said[-1].endswith("; next unchecked article (u undoes).")
        assert view.article is not first and first.id in store.checked()
        await pilot.press("u")
        await settle(pilot)
        assert view.article is first and first.id not in store.checked()
        assert app.main.article_list.current is first
