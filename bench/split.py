"""Splitter throughput on a generated 10,000-article dump (goal: 10 MB in under 1 s), how
soon the first article streams out, and peak memory (goal: under 4x the dump's size).

Python keeps a text with any character beyond Latin-1 at two bytes a character, so the
dump's text alone takes about twice its UTF-8 size; both figures are printed."""

from __future__ import annotations

import sys
import tracemalloc

from bench import corpus
from bench.timing import Figure, measure
from reader.dumps.load import iter_articles, split_text


def main(articles: int = 10_000) -> list[str]:
    """Measures and returns the printed rows."""
    text = corpus.dump(articles)
    size = len(text.encode("utf-8"))
    megabytes = size / 1e6
    figure = measure(f"split {articles} articles ({megabytes:.1f} MB)", lambda: split_text(text))
    found = len(split_text(text))
    per_10mb = Figure(
        "split time per 10 MB",
        figure.median * 10 / megabytes,
        figure.low * 10 / megabytes,
        figure.high * 10 / megabytes,
    )
    peak, held = _peak(text), sys.getsizeof(text)
    first = measure("first article streamed (iter_articles)", lambda: next(iter_articles(text)))
    return [
        figure.row(),
        per_10mb.row(),
        f"{'throughput':<48} {megabytes / figure.median:>10.2f} MB/s",
        f"{'articles found / generated':<48} {found:>10} / {articles}",
        first.row(),
        f"{'peak allocated by the split, x dump size':<48} {peak / size:>10.2f} x",
        f"{'  with the dump text as Python holds it':<48} {(peak + held) / size:>10.2f} x",
    ]


def _peak(text: str) -> int:
    """Bytes allocated at the peak of a split that keeps every article, as the app does
    (the dump's text, which the caller holds, is not counted)."""
    tracemalloc.start()
    try:
        articles = split_text(text)
        del articles
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


if __name__ == "__main__":
    print("\n".join(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
