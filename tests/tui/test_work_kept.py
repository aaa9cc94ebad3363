"""A user's work while a dump changes under the open app: an article with work that leaves
its dump stays listed and is told once; a dialog open over an article the inbox replaces
saves on the article as it is now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from bench import corpus
from reader.article import Article
from reader.store import Store
from reader.tui.dialogs.label_picker import LabelPicker
from reader.tui.dialogs.note_editor import NoteEditor
from tests.tui.helpers import make_session, settle, until
from tests.tui.test_triage_flows import _app_on_a_break, _watched_dump
from tests.tui.test_triage_keys import SIZE, Noted, app_on, header

LEFT_NOTICE = "1 article with your work left one.txt (kept: listed until you quit)"


async def test_an_article_a_break_made_with_work_stays_listed_when_its_text_leaves(
    tmp_path: Path,
) -> None:
    """The article a break cut out is starred and noted, then its text is cut from the file:
    it stays listed (searchable, counted) until the next start, as a plain article does,
    and the user is told once, not again as the dump grows."""
    dump, text, split, inbox = _watched_dump(tmp_path)
    app, corrected = _app_on_a_break(split, inbox)
    made = corrected[2]
    store = app.session.store
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "s")  # star the article the break made
        await until(pilot, lambda: app.triage.state(made.id) == "starred")
        word = made.body.split()[2]
        at = made.body.index(word)
        store.add_annotation(made.id, made.body, at, at + len(word), note="keep me")
        assert made.body in text
        dump.write_text(text.replace(made.body, ""), encoding="utf-8")
        await until(pilot, lambda: any(n.startswith("No longer applies") for n in app.notes))
        await settle(pilot)
        assert made.id in [a.id for a in app.library]
        assert LEFT_NOTICE in app.notes
        assert any(hit.article_id == made.id for hit in app.triage.search(word))
        assert "triaged 1 of" in header(app)
        grown = text.replace(made.body, "") + "\n\n" + corpus.dump(1, seed=9)
        dump.write_text(grown, encoding="utf-8")
        await until(pilot, lambda: "1 new article from one.txt" in app.notes)
        await settle(pilot)
        assert made.id in [a.id for a in app.library]
        assert app.notes.count(LEFT_NOTICE) == 1


async def test_a_plain_article_with_work_that_leaves_its_dump_is_told_once(
    tmp_path: Path,
) -> None:
    """A plain article (no correction made it) cut from its file stays listed, as before;
    with a star on it the user hears so once. One without work is not told."""
    dump, text, split, inbox = _watched_dump(tmp_path)
    session = make_session(split, inbox=inbox)
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        session.store.set_state(split[2].id, "starred")
        app.triage.reload()
        last = text.index(split[1].title)
        dump.write_text(text[:last], encoding="utf-8")  # the last two go, one starred
        await until(pilot, lambda: LEFT_NOTICE in app.notes)
        assert [a.id for a in app.library] == [a.id for a in split]
        assert not any("2 articles with your work" in n for n in app.notes)


@dataclass(frozen=True)
class _Watched:
    """The app on a watched dump of three articles; its second, `old`, is edited on disk."""

    app: Noted
    store: Store
    dump: Path
    text: str
    old: Article

    @classmethod
    def made(cls, tmp_path: Path) -> _Watched:
        dump, text, split, inbox = _watched_dump(tmp_path)
        session = make_session(split, inbox=inbox)
        return cls(app_on(session), session.store, dump, text, split[1])

    async def edit(self, pilot: Pilot, body: str) -> Article:
        """The dump edited on disk (`old`'s body now `body`): the article that replaced the
        listed one, once the inbox has put it there."""
        listed = self.app.library.articles[1].id
        self.dump.write_text(self.text.replace(self.old.body, body), encoding="utf-8")
        await until(pilot, lambda: self.app.library.articles[1].id != listed)
        return self.app.library.articles[1]

    async def across(self, pilot: Pilot, before: Sequence[str], body: str) -> Article:
        """The keys `before` (the second article opened, a dialog opened), the edit, enter:
        the edited article."""
        await settle(pilot)
        await pilot.press("j", "enter", *before)
        new = await self.edit(pilot, body)
        await pilot.press("enter")
        await settle(pilot)
        return new


def _with_indeed(old: Article) -> str:
    """`old`'s body with words added after its first sentence (the passage chosen)."""
    first = old.body.index(".") + 1
    return old.body[:first] + " Indeed." + old.body[first:]


async def test_a_note_written_while_its_article_is_edited_is_saved_on_the_edited_article(
    tmp_path: Path,
) -> None:
    """review22: the note went to the old article's id ('Note added', 0 annotations on the
    new one, found nowhere until the next start)."""
    watched = _Watched.made(tmp_path)
    app, store, old = watched.app, watched.store, watched.old
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter", "n", *"why")
        assert isinstance(app.screen, NoteEditor)
        new = await watched.edit(pilot, _with_indeed(old))
        await pilot.press("ctrl+s")
        await settle(pilot)
        [note] = store.annotations(new.id)
        assert note.note == "why" and new.body[note.start : note.end] == note.quote
        assert note.quote == old.body[: old.body.index(".") + 1]
        assert store.annotations(old.id) == []
        await pilot.press("j", "n", *"gone")  # a sentence with no annotation yet
        await watched.edit(pilot, "Nothing of the old text.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        [kept] = [a for a in store.annotations() if a.note == "gone"]
        assert kept.orphaned and any("Note kept as an orphan" in n for n in app.notes)


async def test_a_tag_picked_while_its_article_is_edited_goes_on_the_edited_article(
    tmp_path: Path,
) -> None:
    watched = _Watched.made(tmp_path)
    async with watched.app.run_test(size=SIZE) as pilot:
        new = await watched.across(pilot, ["t", *"claim"], _with_indeed(watched.old))
        assert [a.tags for a in watched.store.annotations(new.id)] == [("claim",)]
        assert watched.store.annotations(watched.old.id) == []


async def test_a_tag_picked_on_a_passage_the_edit_took_away_is_refused_and_told(
    tmp_path: Path,
) -> None:
    watched = _Watched.made(tmp_path)
    async with watched.app.run_test(size=SIZE) as pilot:
        await watched.across(pilot, ["t", *"claim"], "Nothing of the old text.")
        assert watched.store.annotations() == []
        told = watched.app.notes
        assert any(n.startswith("Nothing tagged: the passage left") for n in told)


async def test_a_label_picked_while_its_article_is_edited_goes_on_the_edited_article(
    tmp_path: Path,
) -> None:
    watched = _Watched.made(tmp_path)
    app = watched.app
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter", "i")
        await settle(pilot)
        await pilot.press("t")
        assert isinstance(app.screen, LabelPicker)
        app.screen.query_one(Input).value = "event"
        new = await watched.edit(pilot, _with_indeed(watched.old))
        await pilot.press("enter")
        await settle(pilot)
        assert [e.label for e in watched.store.entity_edits(new.id)] == ["EVENT"]
        assert watched.store.entity_edits(watched.old.id) == []


async def test_the_selection_and_the_cursor_stay_on_their_passage_when_the_article_is_edited(
    tmp_path: Path,
) -> None:
    """The inbox opened the edited article at its top, the selection gone: a tag key after
    it tagged the new article's first sentence, not the passage the user had chosen."""
    watched = _Watched.made(tmp_path)
    app, store, old = watched.app, watched.store, watched.old
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter", "j", "v")
        chosen = app.main.view.passages.selection
        assert chosen is not None
        new = await watched.edit(pilot, "Words before. " + old.body)
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        [tagged] = store.annotations(new.id)
        assert tagged.quote == old.body[chosen[0] : chosen[1]]
        await pilot.press("j")
        cursor = app.main.view.passages.target
        assert cursor is not None
        newer = await watched.edit(pilot, "More. " + new.body)
        await pilot.press("2")
        await settle(pilot)
        tag = app.main.annotator.tag_for_hotkey("2")
        assert tag is not None
        [second] = [a for a in store.annotations(newer.id) if a.tags == (tag.name,)]
        assert second.quote == new.body[cursor[0] : cursor[1]]
