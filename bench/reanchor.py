"""Re-anchoring at start-up when only some dumps are open, against the policy it replaced.

    .venv/bin/python -m bench.reanchor

A store holds N annotations, one per article of dump A (with the store's records of
where they come from); only dump B (N articles, none annotated) is open. Timed:
`reanchor_open`, which leaves A's annotations alone, and, at the smaller sizes, the
former policy (every annotated article not open is a vanished one, searched for in
every open article: N × N anchor calls, each annotation then flagged orphaned).
Also timed: a start with both dumps open (N anchor calls, nothing vanished).
Articles and annotations are generated from a seed; the store lives in bench/.data/.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from bench.timing import measure, ratio
from reader.annotation.reanchor import reanchor, reanchor_open
from reader.article import Article, article_id
from reader.store import Annotation, Store, context

SIZES = (1_000, 10_000)
FORMER_SIZES = (300, 1_000)
"""The former policy is quadratic: 10,000 × 10,000 would take many minutes."""
REPEATS = 5
DATA = Path(__file__).parent / ".data"
AT = "2025-06-01T09:00:00.000Z"


def _dump(folder: Path, name: str, n: int) -> list[Article]:
    """N articles of one dump; no passage of one dump is in another."""
    articles = []
    for number in range(n):
        title = f"{name} story {number}"
        body = (
            f"Story {number} of dump {name}. The {name} committee met on day {number} and "
            "agreed to review the budget again next month, officials said on Friday."
        )
        articles.append(Article(article_id(title, body), str(folder / name), number, title, body))
    return articles


def _annotated(articles: Sequence[Article]) -> list[Annotation]:
    """One annotation per article, on its committee sentence."""
    notes = []
    for article in articles:
        start = article.body.index("The ")
        end = article.body.index(" and agreed")
        quote, prefix, suffix = context(article.body, start, end)
        notes.append(
            Annotation(
                f"n-{article.id}", article.id, start, end, quote, prefix, suffix, (), "", AT, AT
            )
        )
    return notes


def _former(store: Store, articles: Sequence[Article]) -> None:
    """The policy before article records: every annotated article not open has vanished."""
    open_ids = {article.id for article in articles}
    vanished = [key for key in store.annotation_counts() if key not in open_ids]
    reanchor(store, articles, adopt_from=dict.fromkeys(vanished, articles))


def _store(folder: Path, n: int) -> tuple[Store, list[Article], list[Article]]:
    a, b = _dump(folder, "a.txt", n), _dump(folder, "b.txt", n)
    store = Store(folder / f"reader-{n}.json")
    store.merge(_annotated(a))
    store.remember(a)
    return store, a, b


def _rows(folder: Path, n: int) -> list[str]:
    """The figures at one size; the former policy runs last, as it flags orphans."""
    store, a, b = _store(folder, n)
    with store:
        ours = measure(
            f"only B open, reanchor_open at {n:,}", lambda: reanchor_open(store, b), REPEATS
        )
        both = measure(
            f"A and B open, reanchor_open at {n:,}", lambda: reanchor_open(store, [*a, *b]), REPEATS
        )
        rows = [ours.row(), both.row()]
        if n in FORMER_SIZES:
            former = measure(f"only B open, former policy at {n:,}", lambda: _former(store, b), 3)
            rows += [former.row(), ratio(f"former / reanchor_open at {n:,}", former, ours)]
    return rows


def main() -> list[str]:
    """Measures every size; returns the printed rows."""
    folder = DATA / "reanchor"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rows = [f"median (min–max) of {REPEATS} runs; N annotations in dump A, N articles per dump"]
    try:
        for n in sorted({*SIZES, *FORMER_SIZES}):
            rows += _rows(folder, n)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return rows


if __name__ == "__main__":
    print("\n".join(main()))
