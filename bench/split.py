"""Splitter throughput on a generated 10,000-article dump (goal: 10 MB in under 1 s)."""

from __future__ import annotations

import sys

from bench import corpus
from bench.timing import Figure, measure
from reader.dumps.load import split_text


def main(articles: int = 10_000) -> list[str]:
    """Measures and returns the printed rows."""
    text = corpus.dump(articles)
    megabytes = len(text.encode("utf-8")) / 1e6
    figure = measure(f"split {articles} articles ({megabytes:.1f} MB)", lambda: split_text(text))
    found = len(split_text(text))
    per_10mb = Figure(
        "split time per 10 MB",
        figure.median * 10 / megabytes,
        figure.low * 10 / megabytes,
        figure.high * 10 / megabytes,
    )
    rows = [
        figure.row(),
        per_10mb.row(),
        f"{'throughput':<48} {megabytes / figure.median:>10.2f} MB/s",
        f"{'articles found / generated':<48} {found:>10} / {articles}",
    ]
    return rows


if __name__ == "__main__":
    print("\n".join(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
