"""The entity worker's plan, run synchronously with the fake service."""

from __future__ import annotations

from reader.analysis import Analysis
from reader.article import Article
from reader.tui.presenters.analyser import BATCH, BIG_ARTICLE_WORDS, Analyser
from tests.tui.fakes import FakeService, fake_analysis


def _article(n: int, source: str = "a.txt", words: int = 20) -> Article:
    body = " ".join(f"Iran{n}" if i == 0 else "word" for i in range(words))
    return Article(f"id{n}", source, n, f"T{n}", body)


class Recorder:
    def __init__(self) -> None:
        self.delivered: list[tuple[str, bool]] = []
        self.ready: list[object] = []

    def deliver(self, results: list[tuple[Article, Analysis]]) -> None:
        self.delivered.extend((article.id, analysis.complete) for article, analysis in results)

    def pipeline(self, info: object) -> None:
        self.ready.append(info)


def test_cached_results_come_first_and_need_no_pipeline() -> None:
    articles = [_article(i) for i in range(3)]
    service = FakeService(cache={a.id: fake_analysis(a.body) for a in articles})
    recorder = Recorder()
    Analyser(service, articles, recorder.deliver, recorder.pipeline).run(lambda: False)
    assert recorder.delivered == [("id0", True), ("id1", True), ("id2", True)]
    assert not service.loaded and recorder.ready == []


def test_results_cached_under_the_fallback_still_tell_that_the_model_is_missing() -> None:
    articles = [_article(i) for i in range(3)]
    cache = {a.id: fake_analysis(a.body) for a in articles}
    service = FakeService(cache=cache, fallback=True)
    recorder = Recorder()
    Analyser(service, articles, recorder.deliver, recorder.pipeline).run(lambda: False)
    assert len(recorder.delivered) == 3
    assert [info.fallback for info in recorder.ready] == [True]  # type: ignore[attr-defined]


def test_the_wanted_article_then_its_dump_then_the_rest() -> None:
    articles = [_article(0, "b.txt"), _article(1), _article(2, "b.txt"), _article(3)]
    service = FakeService()
    recorder = Recorder()
    analyser = Analyser(service, articles, recorder.deliver, recorder.pipeline)
    analyser.want(articles[2])
    analyser.run(lambda: False)
    assert service.analysed[0] == "id2"
    assert service.analysed[1] == "id0"
    assert sorted(service.analysed) == ["id0", "id1", "id2", "id3"]
    assert len(recorder.ready) == 1


def test_big_articles_arrive_partially_then_complete() -> None:
    big = _article(0, words=BIG_ARTICLE_WORDS + 10)
    recorder = Recorder()
    Analyser(FakeService(), [big, _article(1)], recorder.deliver, recorder.pipeline).run(
        lambda: False
    )
    assert recorder.delivered[:2] == [("id0", False), ("id0", True)]
    assert recorder.delivered[2] == ("id1", True)


def test_duplicates_are_analysed_once() -> None:
    first = _article(0)
    again = Article(first.id, "other.txt", 0, first.title, first.body)
    service = FakeService()
    Analyser(service, [first, again], Recorder().deliver, Recorder().pipeline).run(lambda: False)
    assert service.analysed == ["id0"]


def test_cancelling_stops_between_batches() -> None:
    articles = [_article(i) for i in range(40)]
    service = FakeService()
    recorder = Recorder()
    analyser = Analyser(service, articles, recorder.deliver, recorder.pipeline)
    analyser.run(lambda: len(recorder.delivered) >= 1)
    assert len(service.analysed) == BATCH


class _Forgetful(FakeService):
    """A service that drops one article's analysis, as a pipeline that failed on it might."""

    def analyse_many(self, articles, *, n_process=1, batch_size=16):  # type: ignore[no-untyped-def]
        return (pair for pair in super().analyse_many(articles) if pair[0].id != "id1")


def test_an_article_the_service_leaves_out_is_not_asked_for_forever() -> None:
    articles = [_article(i) for i in range(3)]
    service = _Forgetful()
    recorder = Recorder()
    analyser = Analyser(service, articles, recorder.deliver, recorder.pipeline)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 50

    analyser.run(cancelled)
    assert asked < 50
    assert [article_id for article_id, _ in recorder.delivered] == ["id0", "id2"]
    assert not analyser.pending


class _Chunked(FakeService):
    """Partial results chunk by chunk, telling the test after each, as the service's
    `analyse_progressively` yields one per group of windows."""

    def __init__(self, after_chunk) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.after_chunk = after_chunk

    def analyse_progressively(self, article, *, chunk_words=2000):  # type: ignore[no-untyped-def]
        for chunk in range(3):
            self.after_chunk(article, chunk)
            yield Analysis((), (), complete=False)
        self.analysed.append(article.id)
        yield fake_analysis(article.body)


def test_a_big_article_waits_where_it_got_to_when_another_is_opened() -> None:
    big, small = _article(0, words=BIG_ARTICLE_WORDS + 10), _article(1)
    starts: list[tuple[str, int]] = []
    analyser: Analyser

    def after_chunk(article: Article, chunk: int) -> None:
        starts.append((article.id, chunk))
        if chunk == 1:
            analyser.want(small)  # the user opens another article meanwhile

    service = _Chunked(after_chunk)
    recorder = Recorder()
    analyser = Analyser(service, [big, small], recorder.deliver, recorder.pipeline)
    analyser.run(lambda: False)
    assert service.analysed == ["id1", "id0"]  # the one on screen first, then the rest
    assert starts == [("id0", 0), ("id0", 1), ("id0", 2)]  # resumed, not begun again
    assert recorder.delivered[-1] == ("id0", True)
    assert not analyser.pending
