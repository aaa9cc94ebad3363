"""Entity extraction on a generated dump: ours against plain `nlp.pipe`, processes, cache.

Goals (issues 3, 15): ours within 5% of plain spaCy with the same model and components
on one core; at least 1.7x that with two processes; a cached second run under 5%
of the first; entities equal to what the model finds on whole bodies in at least
99.9% of spans (after the paragraph rule, whose cuts are counted), on the generated
dump, on the same dump read in small windows, and on the realistic test dumps.
Every figure is the median of interleaved repeats (min–max), all in this process,
with the same loaded pipeline. Also: reading 10,000 cached articles.

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
from reader.nlp import DEFAULT_MODEL, EntityService, pipeline
from reader.nlp.cache import CACHE_FILE, EntityCache, text_key
from reader.nlp.segments import Cuts, Window, confine, paragraph_ranges, windows

FIXTURE_DUMPS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dumps"
SMALL_WINDOW = 1_500
"""Core size for the windowed agreement figure: most bodies then need several windows."""


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
PLAIN_PARAGRAPHS = "plain nlp.pipe, one paragraph per doc"
ONE = "ours, 1 process, first run (writes cache)"
CACHED = "ours, cached second run"
TWO = "ours, 2 processes, first run (writes cache)"


def main(articles_wanted: int = 300, repeats: int = 3) -> list[str]:
    """Measures and returns the printed rows."""
    articles = split_text(news_corpus.dump(articles_wanted, paragraphs=(3, 7)), "bench")
    words = sum(a.word_count for a in articles)
    warm = EntityService(DEFAULT_MODEL, use_cache=False)
    info = warm.load()
    nlp = warm.pipeline
    bodies = [a.body for a in articles]
    paragraphs = [a.body[low:high] for a in articles for low, high in paragraph_ranges(a)]
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
        f"{'2 processes over plain nlp.pipe on 1 core (>=1.7)':<48} "
        f"{plain.median / two.median:>10.2f} x",
        f"{'CPU s, 1 process / 2 processes (all workers)':<48} {cpu_one:>10.2f} / {cpu_two:.2f}",
        f"{'2-process speed-up bound on 2 idle cores':<48} {2 * cpu_one / cpu_two:>10.2f} x",
        f"{'cached run / first run (goal < 5%)':<48} "
        f"{100 * figures[CACHED].median / ours.median:>10.2f} %",
        *_agreement(warm, articles),
        *_cache_at_10k(warm, articles, repeats),
    ]


Spans = set[tuple[int, int, int, str]]


def _reference(nlp: object, articles: list[Article]) -> tuple[Spans, Spans, Cuts]:
    """Whole-body entities as plain spaCy finds them, before and after the paragraph rule."""
    raw: Spans = set()
    kept: Spans = set()
    cuts = Cuts()
    docs = nlp.pipe([a.body for a in articles], batch_size=16)  # type: ignore[attr-defined]
    for number, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        found = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        raw.update((number, *entity) for entity in found)
        confined, _sentences, cut = confine(paragraph_ranges(article), found, [])
        kept.update((number, *entity) for entity in confined)
        cuts.add(cut)
    return raw, kept, cuts


def _windowed(service: EntityService, articles: list[Article], max_chars: int | None) -> Spans:
    """Our entities when bodies are read in windows of `max_chars` (context either side),
    or with None one paragraph per doc without context (the reader before issue 15)."""
    todo = [
        (n, found)
        for n, a in enumerate(articles)
        if (found := windows(a, max_chars) if max_chars else _paragraph_windows(a))
    ]
    found: Spans = set()
    for number, (entities, sentences) in pipeline.run(service.pipeline, todo, 16):
        kept, _sentences, _cuts = confine(paragraph_ranges(articles[number]), entities, sentences)
        found.update((number, *entity) for entity in kept)
    return found


def _paragraph_windows(article: Article) -> list[Window]:
    return [
        Window(low, article.body[low:high], low, high) for low, high in paragraph_ranges(article)
    ]


def _agreement_rows(name: str, service: EntityService, articles: list[Article]) -> list[str]:
    raw, reference, cuts = _reference(service.pipeline, articles)
    ours: Spans = {
        (number, e.start, e.end, e.label)
        for number, (_article, analysis) in enumerate(service.analyse_many(articles))
        for e in analysis.entities
    }
    small = _windowed(service, articles, SMALL_WINDOW)
    paragraph_wise = _windowed(service, articles, None)
    rows = []
    for what, found in (
        ("ours", ours),
        (f"ours in {SMALL_WINDOW}-char windows", small),
        ("one paragraph per doc (before)", paragraph_wise),
    ):
        share = len(found & reference) / max(1, len(found | reference))
        rows.append(f"{f'{name}: {what} = whole body':<48} {100 * share:>10.3f} %")
    rows.append(
        f"{f'{name}: whole-body spans crossing a paragraph':<48} "
        f"{cuts.entities_cut + cuts.entities_dropped:>10} of {len(raw)} "
        f"({cuts.entities_cut} cut, {cuts.entities_dropped} dropped)"
    )
    return rows


def _agreement(service: EntityService, articles: list[Article]) -> list[str]:
    """Entity spans equal to the model's on whole bodies (cut at paragraphs like ours)."""
    realistic = [
        article
        for path in sorted(FIXTURE_DUMPS.glob("*/*.*"))
        if path.suffix in {".txt", ".md"}
        for article in split_text(path.read_bytes().decode("utf-8", "replace"), path.name)
    ]
    before = Cuts()
    before.add(service.cuts)
    rows = _agreement_rows("generated", service, articles)
    rows += _agreement_rows(f"{len(realistic)} realistic", service, realistic)
    sentences_cut = service.cuts.sentences_cut - before.sentences_cut
    rows.append(f"{'sentences cut at a paragraph (both dumps)':<48} {sentences_cut:>10}")
    return rows


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
