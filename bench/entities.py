"""Entity extraction on a generated dump: ours against plain `nlp.pipe`, processes, cache.

Goals (issue 3): ours within 5% of plain spaCy with the same model and components
on one core; at least 1.7x that with two processes; a cached second run under 5%
of the first. Every figure is the median of interleaved repeats (min–max), all in
this process, with the same loaded pipeline. Also: reading 10,000 cached articles.

    .venv/bin/python -m bench.entities [ARTICLES] [REPEATS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import news_corpus
from bench.timing import Figure, ratio
from reader.article import Article
from reader.dump import split_text
from reader.entity_cache import EntityCache, text_key
from reader.nlp import DEFAULT_MODEL, EntityService
from reader.segments import segments


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


def _ours(articles: list[Article], **options: object) -> Callable[[], object]:
    def run() -> object:
        service = EntityService(DEFAULT_MODEL, use_cache=False)
        return list(service.analyse_many(articles, **options))  # type: ignore[arg-type]

    return run


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _figure(name: str, times: list[float]) -> Figure:
    return Figure(name, statistics.median(times), min(times), max(times))


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
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            first = EntityService(DEFAULT_MODEL, Path(folder))
            second = EntityService(DEFAULT_MODEL, Path(folder))
            for name, func in (
                ("plain nlp.pipe, whole bodies", _plain(nlp, bodies)),
                ("plain nlp.pipe, same paragraphs", _plain(nlp, paragraphs)),
                ("ours, 1 process (no cache)", _ours(articles)),
                (
                    "ours, 1 process, first run (writes cache)",
                    lambda first=first: list(first.analyse_many(articles)),
                ),
                (
                    "ours, cached second run",
                    lambda second=second: list(second.analyse_many(articles)),
                ),
                ("ours, 2 processes (no cache)", _ours(articles, n_process=2)),
            ):
                runs.setdefault(name, []).append(_timed(func))
            first.close()
            second.close()
    figures = {name: _figure(name, times) for name, times in runs.items()}
    plain = figures["plain nlp.pipe, whole bodies"]
    ours = figures["ours, 1 process (no cache)"]
    first_run = figures["ours, 1 process, first run (writes cache)"]
    cached = figures["ours, cached second run"]
    rows = [
        f"{len(articles)} articles, {words} words, {len(paragraphs)} paragraphs; "
        f"{info.describe()}; {repeats} repeats",
        *(f.row() for f in figures.values()),
        f"{'plain words/s (one core)':<48} {words / plain.median:>10.0f}",
        f"{'ours words/s (one core)':<48} {words / ours.median:>10.0f}",
        ratio("ours / plain whole bodies (goal <= 1.05)", ours, plain),
        ratio(
            "ours / plain same paragraphs",
            ours,
            figures["plain nlp.pipe, same paragraphs"],
        ),
        ratio("ours first run with cache / plain bodies", first_run, plain),
        f"{'2-process speed-up over ours 1 (goal >= 1.7)':<48} "
        f"{ours.median / figures['ours, 2 processes (no cache)'].median:>10.2f} x",
        f"{'cached run / first run (goal < 5%)':<48} "
        f"{100 * cached.median / first_run.median:>10.2f} %",
        *_cache_at_10k(warm, articles, repeats),
    ]
    return rows


def _cache_at_10k(service: EntityService, analysed: list[Article], repeats: int) -> list[str]:
    """Reading a 10,000-article dump whose results are all cached (the TUI's second open)."""
    articles = split_text(news_corpus.dump(10_000, seed=99, paragraphs=(3, 7)), "bench-10k")
    results = [analysis for _article, analysis in service.analyse_many(analysed)]
    with tempfile.TemporaryDirectory() as folder:
        assert service.info is not None
        EntityCache(Path(folder)).put_many(
            service.info.identity,
            ((text_key(a), results[i % len(results)]) for i, a in enumerate(articles)),
        )
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
        size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1e6
    return [
        _figure(f"all {len(articles)} cached (analyse_many)", many).row(),
        _figure("one cached() lookup at 10,000", single).row(),
        f"{'cache file at 10,000 articles':<48} {size:>10.1f} MB",
    ]


if __name__ == "__main__":
    argv = [int(a) for a in sys.argv[1:]]
    print("\n".join(main(*argv)))
