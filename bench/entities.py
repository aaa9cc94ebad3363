"""Entity extraction on a generated dump: ours against plain `nlp.pipe`, processes, cache.

Goals (issue 3): ours within 5% of plain spaCy with the same model and components
on one core; at least 1.7x that with two processes; a cached second run under 5%
of the first. Every figure is the median of interleaved repeats (min–max), all in
this process, with the same loaded pipeline. Also: reading 10,000 cached articles.

    .venv/bin/python -m bench.entities [ARTICLES] [REPEATS]
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import news_corpus
from bench.timing import Figure, ratio
from reader.article import Article
from reader.dumps.load import split_text
from reader.nlp import DEFAULT_MODEL, EntityService
from reader.nlp.cache import CACHE_FILE, EntityCache, text_key
from reader.nlp.segments import segments


def _plain(nlp: object, texts: list[str]) -> Callable[[], object]:
    """What a caller of spaCy writes: pipe the texts, read entities and sentences."""

    def run() -> object:
        out = []
        for doc in nlp.pipe(texts, batch_size=16):  # type: ignore[attr-defined]
            out.append(
                (
                    [(e.start_char, e.end_char, e.label_) for e in doc.ents],
                    [(s.start_char, s.end_char) for s in doc.sents],
                )
            )
        return out

    return run


def _ours(
    service: EntityService, articles: list[Article], **options: object
) -> Callable[[], object]:
    def run() -> object:
        return list(service.analyse_many(articles, **options))  # type: ignore[arg-type]

    return run


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _cpu_seconds() -> float:
    """CPU used by this process and its finished children: a figure other load cannot skew."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _figure(name: str, times: list[float]) -> Figure:
    return Figure(name, statistics.median(times), min(times), max(times))


PLAIN = "plain nlp.pipe, whole bodies"
PLAIN_PARAGRAPHS = "plain nlp.pipe, same paragraphs"
ONE = "ours, 1 process, first run (writes cache)"
CACHED = "ours, cached second run"
TWO = "ours, 2 processes, first run (writes cache)"


def main(articles_wanted: int = 500, repeats: int = 3) -> list[str]:
    """Measures and returns the printed rows."""
    articles = split_text(news_corpus.dump(articles_wanted, paragraphs=(3, 7)), "bench")
    words = sum(a.word_count for a in articles)
    warm = EntityService(DEFAULT_MODEL, use_cache=False)
    info = warm.load()
    nlp = warm.pipeline
    bodies = [a.body for a in articles]
    paragraphs = [s.text for a in articles for s in segments(a)]
    list(warm.analyse_many(articles[:20]))
    _plain(nlp, bodies[:20])()

    runs: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as one_dir, tempfile.TemporaryDirectory() as two_dir:
            first = EntityService(DEFAULT_MODEL, Path(one_dir))
            second = EntityService(DEFAULT_MODEL, Path(one_dir))
            parallel = EntityService(DEFAULT_MODEL, Path(two_dir))
            for name, func in (
                (PLAIN, _plain(nlp, bodies)),
                (PLAIN_PARAGRAPHS, _plain(nlp, paragraphs)),
                (ONE, _ours(first, articles)),
                (CACHED, _ours(second, articles)),
                (TWO, _ours(parallel, articles, n_process=2)),
            ):
                before = _cpu_seconds()
                runs.setdefault(name, []).append(_timed(func))
                cpu.setdefault(name, []).append(_cpu_seconds() - before)
            for service in (first, second, parallel):
                service.close()
    figures = {name: _figure(name, times) for name, times in runs.items()}
    plain, ours, two = figures[PLAIN], figures[ONE], figures[TWO]
    cpu_one, cpu_two = statistics.median(cpu[ONE]), statistics.median(cpu[TWO])
    return [
        f"{len(articles)} articles, {words} words, {len(paragraphs)} paragraphs; "
        f"{info.describe()}; {repeats} repeats; load average {os.getloadavg()[0]:.2f}",
        *(f.row() for f in figures.values()),
        f"{'plain words/s (one core)':<48} {words / plain.median:>10.0f}",
        f"{'ours words/s (one core)':<48} {words / ours.median:>10.0f}",
        ratio("ours / plain whole bodies (goal <= 1.05)", ours, plain),
        ratio("ours / plain same paragraphs", ours, figures[PLAIN_PARAGRAPHS]),
        f"{'2-process speed-up over 1 (goal >= 1.7)':<48} {ours.median / two.median:>10.2f} x",
        f"{'CPU s, 1 process / 2 processes (all workers)':<48} {cpu_one:>10.2f} / {cpu_two:.2f}",
        f"{'2-process speed-up bound on 2 idle cores':<48} {2 * cpu_one / cpu_two:>10.2f} x",
        f"{'cached run / first run (goal < 5%)':<48} "
        f"{100 * figures[CACHED].median / ours.median:>10.2f} %",
        *_cache_at_10k(warm, articles, repeats),
    ]


def _cache_at_10k(service: EntityService, analysed: list[Article], repeats: int) -> list[str]:
    """Reading a 10,000-article dump whose results are all cached (the TUI's second open)."""
    articles = split_text(news_corpus.dump(10_000, seed=99, paragraphs=(3, 7)), "bench-10k")
    results = [analysis for _article, analysis in service.analyse_many(analysed)]
    with tempfile.TemporaryDirectory() as folder:
        assert service.info is not None
        writer = EntityCache(Path(folder))
        writer.put_many(
            service.info.identity,
            ((text_key(a), results[i % len(results)]) for i, a in enumerate(articles)),
        )
        writer.close()
        many, single = [], []
        for _ in range(repeats):
            reader = EntityService(DEFAULT_MODEL, Path(folder))
            many.append(_timed(lambda reader=reader: list(reader.analyse_many(articles))))
            sample = articles[:: len(articles) // 200]
            start = time.perf_counter()
            for article in sample:
                reader.cached(article)
            single.append((time.perf_counter() - start) / len(sample))
            reader.close()
        size = (Path(folder) / CACHE_FILE).stat().st_size / 1e6
    return [
        _figure(f"all {len(articles)} cached (analyse_many)", many).row(),
        _figure("one cached() lookup at 10,000", single).row(),
        f"{'cache file at 10,000 articles':<48} {size:>10.1f} MB",
    ]


if __name__ == "__main__":
    argv = [int(a) for a in sys.argv[1:]]
    print("\n".join(main(*argv)))
