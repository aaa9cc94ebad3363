"""A user's work while a dump changes under the open app: an article with work that leaves
its dump stays listed and is told once."""

from __future__ import annotations

from pathlib import Path

from bench import corpus
from tests.tui.helpers import make_session, settle, until
from tests.tui.test_triage_flows import _app_on_a_break, _watched_dump
from tests.tui.test_triage_keys import SIZE, app_on, header

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
