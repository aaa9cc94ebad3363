"""`reader analyse` on Dask: throughput on 1 and 2 workers against plain `nlp.pipe`.

The same generated articles go through plain spaCy in this process (one core, the
same whole bodies, the same trimmed pipeline) and through `reader.nlp.cluster` on a
`LocalCluster` of 1 and then 2 worker processes, each run into a fresh cache.
Every figure is the median of the repeats (min–max). Dask's overhead per article
is the 1-worker time less the plain time, over the articles; its cost per task
comes from the same run with small chunks. Cluster start-up (worker processes
importing spaCy and loading the model) is timed apart: it is paid once per run.

    .venv/bin/python -m bench.analyse [ARTICLES] [REPEATS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import news_corpus
from bench.timing import Figure
from reader.article import Article
from reader.dumps.load import split_text
from reader.nlp import cluster
from reader.nlp.cache import EntityCache
from reader.nlp.service import DEFAULT_MODEL, EntityService

SMALL = 4
CHUNK = cluster.DEFAULT_CHUNK_SIZE
MILLION = 1_000_000


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _cpu(session: cluster.Session | None) -> tuple[float, float]:
    """CPU seconds so far: (this process, with a local cluster's scheduler; all workers)."""
    own = time.process_time()
    if session is None:
        return own, 0.0
    return own, sum(session.client.run(time.process_time).values())


def _figure(name: str, times: list[float]) -> Figure:
    return Figure(name, statistics.median(times), min(times), max(times))


def _plain(nlp: object, texts: list[str]) -> Callable[[], object]:
    def run() -> object:
        return [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(texts, batch_size=16)  # type: ignore[attr-defined]
        ]

    return run


def _on_cluster(
    session: cluster.Session, articles: list[Article], chunk_size: int
) -> Callable[[], object]:
    def run() -> object:
        with tempfile.TemporaryDirectory() as folder:
            cache = EntityCache(Path(folder))
            report = cluster.analyse(
                session, [articles], cache, total=len(articles), chunk_size=chunk_size
            )
            cache.close()
        assert report.analysed == len(articles) and not report.failures, report
        return report

    return run


def main(articles_wanted: int = 240, repeats: int = 3) -> list[str]:
    """Measures and returns the printed rows."""
    articles = split_text(news_corpus.dump(articles_wanted, paragraphs=(3, 7)), "bench")
    words = sum(a.word_count for a in articles)
    service = EntityService(DEFAULT_MODEL, use_cache=False)
    info = service.load()
    plain = _plain(service.pipeline, [a.body for a in articles])
    plain()
    runs: dict[str, list[float]] = {}
    startup: dict[int, float] = {}
    for workers in (1, 2):
        started = time.perf_counter()
        with cluster.open_session(None, DEFAULT_MODEL, workers=workers) as session:
            startup[workers] = time.perf_counter() - started
            _on_cluster(session, articles[:20], 5)()  # warm every worker
            for _ in range(repeats):
                _measure(runs, "plain", plain, None)
                name = f"{workers}w"
                _measure(runs, name, _on_cluster(session, articles, CHUNK), session)
                if workers == 1:
                    _measure(runs, "1w-small", _on_cluster(session, articles, SMALL), session)
    return _rows(articles, words, info.describe(), runs, startup, repeats)


def _measure(
    runs: dict[str, list[float]],
    name: str,
    func: Callable[[], object],
    session: cluster.Session | None,
) -> None:
    """Wall time, and CPU time of this process and of the workers, of one run."""
    own, workers = _cpu(session)
    runs.setdefault(name, []).append(_timed(func))
    own_after, workers_after = _cpu(session)
    runs.setdefault(f"{name} cpu client", []).append(own_after - own)
    runs.setdefault(f"{name} cpu workers", []).append(workers_after - workers)


def _rows(
    articles: list[Article],
    words: int,
    pipeline: str,
    runs: dict[str, list[float]],
    startup: dict[int, float],
    repeats: int,
) -> list[str]:
    count = len(articles)
    median = {name: statistics.median(times) for name, times in runs.items()}
    plain = _figure("plain nlp.pipe, whole bodies (1 core)", runs["plain"])
    one = _figure(f"Dask, 1 worker, chunks of {CHUNK}", runs["1w"])
    two = _figure(f"Dask, 2 workers, chunks of {CHUNK}", runs["2w"])
    small = _figure(f"Dask, 1 worker, chunks of {SMALL}", runs["1w-small"])
    tasks = -(-count // SMALL) - -(-count // CHUNK)

    def per_article(name: str) -> float:
        return 1000 * median[name] / count

    plain_cpu = per_article("plain cpu client")
    worker_cpu = per_article("1w cpu workers")
    client_cpu = per_article("1w cpu client")
    machine = 2 * 1000 / worker_cpu  # articles/s of 2 busy cores, from CPU time
    rows = [
        f"{count} articles, {words} words ({words / count:.0f} an article); {pipeline}; "
        f"{repeats} repeats; load average {os.getloadavg()[0]:.2f}",
        plain.row(),
        one.row(),
        two.row(),
        small.row(),
        f"{'cluster start-up, 1 / 2 workers':<48} {startup[1]:>10.2f} s    / {startup[2]:.2f} s",
        f"{'articles/s wall: plain / 1 worker / 2 workers':<48} {count / plain.median:>10.1f}"
        f"      / {count / one.median:.1f} / {count / two.median:.1f}",
        f"{'2 workers speed-up over 1 (wall)':<48} {one.median / two.median:>10.2f} x",
        f"{'CPU ms an article: plain':<48} {plain_cpu:>10.2f} ms",
        f"{'CPU ms an article: 1 worker (in the worker)':<48} {worker_cpu:>10.2f} ms",
        f"{'CPU ms an article: client + scheduler':<48} {client_cpu:>10.2f} ms",
        f"{'Dask overhead an article, CPU (worker - plain)':<48} "
        f"{worker_cpu - plain_cpu:>10.2f} ms",
        f"{'Dask overhead an article, wall (1 worker - plain)':<48} "
        f"{1000 * (one.median - plain.median) / count:>10.2f} ms",
        f"{'client+scheduler CPU a task (small - default)':<48} "
        f"{1000 * (median['1w-small cpu client'] - median['1w cpu client']) / tasks:>10.2f} ms",
    ]
    for machines in (1, 10, 50):
        hours = MILLION / (machine * machines) / 3600
        rows.append(f"{f'1M such articles, {machines} x 2-core machine(s)':<48} {hours:>10.1f} h")
    return rows


if __name__ == "__main__":
    argv = [int(a) for a in sys.argv[1:]]
    print("\n".join(main(*argv)))
