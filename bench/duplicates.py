"""The same story once: near-duplicate grouping at 10,000 articles, and how right it is.

Goal: 10,000 articles grouped in under 5 s. The corpus is seeded news text in which
about a third of the articles are reprints of another (a trimmed ending, a new
headline, another byline, or two of these at once), so the true stories are known
and precision and recall are counted over pairs of versions. The baseline, in the
same process, is the obvious exact method: every pair's shingle overlap, on a
slice small enough to finish. The CPU time of one run is printed too: on a machine
shared with other work, wall time alone says more about the neighbours.
"""

from __future__ import annotations

import itertools
import random
import sys
import time
from collections.abc import Callable

from bench import corpus, news_corpus
from bench.timing import Figure, measure, ratio
from reader.article import Article, article_id
from reader.library.duplicates import find_stories, opening_shingles
from reader.library.stories import Stories

GOAL_S = 5.0
REPRINT_SHARE = 1 / 3
BYLINES = (
    "By Jane Roe, Staff Writer",
    "By Ahmed Karim and Lucy Chen",
    "From our correspondent",
)
CREDITS = (
    "(Reporting by Ann Smith; editing by Tom Lee)",
    "Additional reporting by wire services.",
)


def _trim(rng: random.Random, title: str, paras: list[str]) -> tuple[str, list[str]]:
    keep = max(2, round(len(paras) * rng.uniform(0.5, 0.8)))
    return title, paras[:keep]


def _headline(rng: random.Random, title: str, paras: list[str]) -> tuple[str, list[str]]:
    return corpus.headline(rng), paras


def _byline(rng: random.Random, title: str, paras: list[str]) -> tuple[str, list[str]]:
    return title, [rng.choice(BYLINES), *paras, rng.choice(CREDITS)]


EDITS: tuple[Callable[[random.Random, str, list[str]], tuple[str, list[str]]], ...] = (
    _trim,
    _headline,
    _byline,
)


def stories(count: int, seed: int = 2025) -> tuple[list[Article], list[int]]:
    """`count` articles, a third of them edited reprints, and each article's true story."""
    rng = random.Random(seed)
    originals = round(count * (1 - REPRINT_SHARE))
    texts: list[tuple[str, list[str]]] = []
    for _ in range(originals):
        paras = [
            " ".join(news_corpus._sentence(rng) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(3, 8))
        ]
        texts.append((corpus.headline(rng), paras))
    made = [(title, paras, n) for n, (title, paras) in enumerate(texts)]
    seen = {article_id(title, "\n\n".join(paras)) for title, paras in texts}
    while len(made) < count:
        story = rng.randrange(originals)
        title, paras = texts[story]
        for edit in rng.sample(EDITS, rng.choice((1, 1, 2))):
            title, paras = edit(rng, title, paras)
        key = article_id(title, "\n\n".join(paras))
        if key not in seen:  # an edit that changed nothing would be an exact copy
            seen.add(key)
            made.append((title, paras, story))
    rng.shuffle(made)
    articles = []
    for index, (title, paras, _) in enumerate(made):
        body = "\n\n".join(paras)
        articles.append(
            Article(article_id(title, body), f"dump{index % 7}.txt", index, title, body)
        )
    return articles, [story for _, _, story in made]


def pairs_of(groups: list[list[int]]) -> set[tuple[int, int]]:
    """Every pair of positions that share a group."""
    return {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}


def scores(articles: list[Article], truth: list[int], found: Stories) -> tuple[float, float]:
    """Pairwise precision and recall of the stories found against the true ones."""
    position = {a.id: n for n, a in enumerate(articles)}
    true_groups: dict[int, list[int]] = {}
    for n, story in enumerate(truth):
        true_groups.setdefault(story, []).append(n)
    expected = pairs_of(list(true_groups.values()))
    got = pairs_of([[position[i] for i in s.versions] for s in found])
    hits = len(expected & got)
    return hits / max(1, len(got)), hits / max(1, len(expected))


def all_pairs(articles: list[Article], threshold: float) -> int:
    """The baseline: exact opening-shingle overlap for every pair; returns pairs above it."""
    sets = [set(s) for s in opening_shingles(articles)]
    return sum(
        1
        for a, b in itertools.combinations(sets, 2)
        if a and b and len(a & b) / min(len(a), len(b)) >= threshold
    )


def main(count: int = 10_000) -> list[str]:
    """Measures and returns the printed rows."""
    started = time.perf_counter()
    import numpy  # noqa: F401  (imported once, timed apart: the TUI pays it in a worker)

    imported = time.perf_counter() - started
    rows = [Figure("import numpy (once)", imported, imported, imported).row()]
    articles, truth = stories(count)
    found = find_stories(articles)
    precision, recall = scores(articles, truth, found)
    grouped = measure(
        f"group {count} articles -> {len(found)} stories",
        lambda: find_stories(articles),
        repeat=3,
        warmup=0,
    )
    rows.append(grouped.row())
    started = time.process_time()
    find_stories(articles)
    cpu = time.process_time() - started
    rows.append(f"{'  the same, CPU time of this process':<48} {cpu:>10.2f} s")
    rows.append(f"{'precision / recall (pairs of versions)':<48} {precision:>10.3f} / {recall:.3f}")
    sample = articles[:1500]
    ours = measure("ours on 1,500 articles", lambda: find_stories(sample), repeat=3)
    baseline = measure(
        "baseline: all pairs exact, 1,500 articles",
        lambda: all_pairs(sample, 0.5),
        repeat=1,
    )
    rows += [
        ours.row(),
        baseline.row(),
        ratio("ours vs all pairs (1,500)", ours, baseline),
    ]
    verdict = "OK" if grouped.median < GOAL_S else "OVER"
    goal = f"grouping {count:,} articles (goal at 10,000: < 5 s)"
    rows.append(f"{goal:<48} {grouped.median:>10.2f} s    {verdict}")
    return rows


if __name__ == "__main__":
    print("\n".join(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
