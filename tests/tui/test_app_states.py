"""Pilot tests of what the user sees while entities load, fail, or the input is hostile."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static
from textual.worker import Worker, WorkerFailed, WorkerState

from reader.annotation import passages
from reader.article import Article, Paragraph, article_id
from reader.dumps.load import load_dump
from reader.errors import ReaderError
from reader.nlp import label_style
from reader.nlp.sentences import rule_sentences
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.presenters.analyser import BIG_ARTICLE_WORDS
from reader.tui.presenters.opening import load_each
from reader.tui.presenters.session import Session, open_session
from reader.tui.screens.first import NO_ARTICLES
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.header import ReaderHeader
from reader.tui.widgets.legend import Legend
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService, fake_analysis
from tests.tui.helpers import make_app, make_session, screen_lines, seed_articles, settle, style_of

SIZE = (120, 40)


class Noted(ReaderApp):
    """Records notifications so tests can read them."""

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes = [*getattr(self, "notes", []), (message, kwargs.get("title"))]
        super().notify(message, **kwargs)


def _noted(session: Session, service: FakeService) -> Noted:
    return Noted(session, service, "fake_model")


async def test_text_shows_at_once_and_entities_arrive_later() -> None:
    gate = threading.Event()
    app = make_app(service=FakeService(gate=gate))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert "SEOUL: Senior North Korean" in "\n".join(screen_lines(view))
        assert app.query_one(Legend).state.status == "analysing…"
        assert "… ent · 0 ann" in "\n".join(screen_lines(app.query_one(ArticleList)))
        assert app.sub_title == "fake_model (loading…) · entities 0 of 2 articles"
        await pilot.press("j", "k")
        gate.set()
        await settle(pilot)
        assert app.query_one(Legend).state.status == "44 entities"
        assert style_of(view, "Pyongyang").bgcolor is not None


async def test_the_legend_counts_one_entity_in_the_singular() -> None:
    """It said "1 entities"."""
    body = "Officials met in Pyongyang on a cold morning."
    app = make_app([Article("one", "d.txt", 0, "One", body, (Paragraph(0, len(body)),))])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.query_one(Legend).state.status == "1 entity"


async def test_cached_results_paint_without_loading_the_pipeline() -> None:
    articles = seed_articles()
    service = FakeService(cache={a.id: fake_analysis(a.body) for a in articles})
    app = make_app(articles, service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not service.loaded
        assert app.sub_title == "fake_model (cached) · entities 2 of 2 articles"


async def test_a_missing_model_is_announced_when_every_result_was_cached() -> None:
    articles = seed_articles()
    cache = {a.id: fake_analysis(a.body) for a in articles}
    app = _noted(make_session(articles), FakeService(cache=cache, fallback=True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [title for _, title in app.notes] == ["Model fake_model not used"]
        assert app.sub_title == "fake_pipeline 1.0 (fallback) · entities 2 of 2 articles"


async def test_a_missing_model_is_announced_and_the_fallback_named() -> None:
    app = _noted(make_session(), FakeService(fallback=True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        (message, title), *_ = app.notes
        assert title == "Model fake_model not used"
        assert "no such model: fake" in message and "fake_pipeline" in message
        assert app.sub_title == "fake_pipeline 1.0 (fallback) · entities 2 of 2 articles"


async def test_an_unreadable_dump_is_a_notification_and_the_others_load(tmp_path: Path) -> None:
    binary = tmp_path / "broken.txt"
    binary.write_bytes(b"\x00\x01\x02" * 1000)
    loaded = load_each([binary, SEED, tmp_path / "missing.txt"])
    app = _noted(make_session(loaded.articles, problems=loaded.problems), FakeService())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.library.articles) == 2
        ((message, title),) = app.notes  # one notice names both, a line each
        assert title == "2 dumps not listed"
        first, second = message.split("\n")
        assert "broken.txt" in first and "missing.txt" in second


async def test_a_dump_with_no_article_is_a_warning_not_silence(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("\n   \n")
    (tmp_path / "stub.txt").write_text("--------\n\n* * *\n\n========\n")
    workspace = Workspace.open(tmp_path)
    paths = [tmp_path / "empty.txt", SEED, tmp_path / "stub.txt"]
    session = open_session(workspace, paths, Store(workspace.store_path))
    app = _noted(session, FakeService())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.library.articles) == 2
        assert app.notes == [  # by their paths inside the workspace
            (
                "empty.txt: the file is empty\nstub.txt: no article found in its text",
                "2 dumps not listed",
            ),
        ]
    session.store.close()


async def test_articles_in_other_languages_than_the_pipeline_are_marked_and_told_once() -> None:
    """Told once for every language the model was not made for: one notice a language
    (15 s each) stacked up the pane as an analyst went down a list in eight languages."""
    english, other = seed_articles()
    french = replace(other, meta={**other.meta, "language": "fr"})
    body = "Die Regierung hat am Freitag in Berlin beschlossen."
    german = Article(article_id("Berlin", body), "b.txt", 0, "Berlin", body, (), {"language": "de"})
    service = FakeService()
    service.pipeline_language = "en"
    app = _noted(make_session([english, french, german]), service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.query_one(Legend).state.status.endswith("text")
        for _ in range(2):
            await pilot.press("j")
            await settle(pilot)
            assert app.query_one(Legend).state.status.endswith(" · en model, fr text")
            await pilot.press("j")
            await settle(pilot)
            assert app.query_one(Legend).state.status.endswith(" · en model, de text")
            await pilot.press("g")
            await settle(pilot)
        ((advice, title),) = app.notes  # a line a toast as narrow as the list shows whole
        assert title == "Entities in fr, de are guesses"
        assert advice == "The model reads en: set a model for fr, de under [models] in reader.toml."
        assert len(advice) <= 80


class _Failing(FakeService):
    """A service whose model cannot analyse."""

    def analyse_many(self, articles: Any, *, n_process: int = 1, batch_size: int = 16) -> Any:
        raise ReaderError("model file is corrupt")


async def test_analysis_errors_become_a_notification() -> None:
    app = _noted(make_session(), _Failing())
    async with app.run_test(size=SIZE) as pilot:
        with pytest.raises(WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()
        assert ("model file is corrupt", "Entity analysis stopped") in app.notes
        await pilot.press("j", "right_square_bracket", "h", "l", "e")
        assert app.is_running


async def test_no_articles_says_what_to_do_and_keys_are_harmless() -> None:
    app = make_app([])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert screen_lines(app.query_one(ArticleView))[0].strip() == NO_ARTICLES
        assert app.query_one(ArticleList).empty_text == ""  # not "Every story here is discarded"
        keys = ["j", "k", "G", "g", "pagedown", "enter", "right_square_bracket", "h", "l", "e"]
        await pilot.press(*keys, "tab", "j", "escape")
        assert app.is_running


async def test_untrusted_text_is_shown_literally() -> None:
    body = "Plain [bold]markup[/] and \x1b[31mescapes\x1b[0m and a bell\x07."
    article = Article(
        "evil", "evil[red].txt", 0, "[b]Title\x1b]0;x\x07", body, (Paragraph(0, len(body)),)
    )
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = "\n".join(
            screen_lines(app.query_one(ArticleList)) + screen_lines(app.query_one(ArticleView))
        )
        assert "[b]Title␛]0;x␇" in shown
        assert "[bold]markup[/]" in shown and "␛[31mescapes" in shown
        assert "evil[red].txt" in shown
        assert not any(ord(c) < 32 and c != "\n" for c in shown)


def _big_article() -> Article:
    paragraph = "Iran spoke to Russia about Pyongyang. " * 50
    body = "\n\n".join([paragraph.strip()] * (BIG_ARTICLE_WORDS // 300 + 2))
    paragraphs, start = [], 0
    for part in body.split("\n\n"):
        paragraphs.append(Paragraph(start, start + len(part)))
        start += len(part) + 2
    return Article("big", "big.txt", 0, "Big", body, tuple(paragraphs))


async def test_big_articles_fill_in_progressively() -> None:
    big = _big_article()
    body = big.body
    app = make_app([big])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.analyses.is_complete(big)
        assert app.query_one(Legend).state.status == f"{len(fake_analysis(body).entities)} entities"


async def test_a_big_articles_partial_results_are_drawn_but_indexed_only_whole() -> None:
    """Each partial result holds every entity found so far: indexing each on the UI thread
    cost up to 55 ms a chunk of a 2 MB article (review15); the filters get the whole."""
    big = _big_article()
    app = make_app([big])
    indexed: list[bool] = []
    async with app.run_test(size=SIZE) as pilot:
        index = app.triage.index_entities

        def recording(analyses):  # type: ignore[no-untyped-def]
            indexed.extend(analysis.complete for analysis in analyses.values())
            return index(analyses)

        app.triage.index_entities = recording  # type: ignore[method-assign]
        await settle(pilot)
        assert app.analyses.is_complete(big)
    assert indexed == [True]


async def test_a_big_articles_rule_sentences_are_made_once_while_its_analysis_arrives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each partial result of the open article made its rule sentences again, which a partial
    result cannot change: 0.9 s of the UI thread for a 7 MB article, each time, so keys
    waited minutes while it was analysed (seen in tmux). They are made once; the cursor
    still walks them."""
    big = _big_article()
    made: list[str] = []

    def counted(article: Article) -> tuple[tuple[int, int], ...]:
        made.append(article.id)
        return rule_sentences(article)

    monkeypatch.setattr(passages, "rule_sentences", counted)
    app = make_app([big])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.analyses.is_complete(big)
        view = app.query_one(ArticleView)
        await pilot.press("enter", "j")
        assert view.passages.sentence == rule_sentences(big)[1]
    assert made == ["big"]


async def test_light_theme_uses_the_light_label_colours() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await pilot.pause()
        view = app.query_one(ArticleView)
        expected = label_style("GPE").light
        assert style_of(view, "Pyongyang").bgcolor.triplet.hex == expected
        assert app.query_one(Legend).state.dark is False


async def test_resizing_rewraps_and_keeps_the_place() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("tab", "pagedown")
        before = view.top_offset
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert view.layout.width < 80
        assert view.top_offset <= before < view.top_offset + 200
        assert app.screen.has_class("-narrow")


def test_loading_keeps_going_past_bad_dumps(tmp_path: Path) -> None:
    loaded = load_each([tmp_path / "nope.txt", SEED])
    assert [a.title for a in loaded.articles] == [a.title for a in load_dump(SEED)]
    assert loaded.problems == [f"{tmp_path / 'nope.txt'}: no such file"]


async def test_the_title_line_shows_the_status_and_a_status_after_it_is_gone_is_harmless() -> None:
    """Exiting takes the header's title line down before the header: a status set in
    between (an analysis arriving) found no title line and ended the app with a traceback."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        header = app.main.query_one(ReaderHeader)
        app.sub_title = "entities 1/2"
        await pilot.pause()
        assert "reader — entities 1/2" in header.query_one("HeaderTitle", Static).render().plain
        await header.query_one("HeaderTitle").remove()
        app.sub_title = "entities 2/2"
        app.title = "reader [read-only]"
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_news_of_a_finished_entity_worker_starts_none_beside_a_running_one() -> None:
    """A dump that arrives between the entity worker's end and the news of it starts a new
    worker (none runs then); the news must not start a second beside it: both would take
    the same batches, and a big article would be analysed again from its start."""
    gate = threading.Event()
    app = make_app(service=FakeService(gate=gate))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        finished = Worker(app, lambda: None, name="entities", group="entities", thread=True)
        app.on_worker_state_changed(Worker.StateChanged(finished, WorkerState.SUCCESS))
        running = [w for w in app.workers if w.name == "entities" and not w.is_finished]
        gate.set()
        await settle(pilot)
    assert len(running) == 1
