"""The near-duplicate finder's own MinHash and LSH give what datasketch gave.

`tests/fixtures/duplicates/golden.json` was recorded with datasketch 2 (its `MinHash`
with `hashfunc=int`, its `MinHashLSH` index and its band choice) before reader
dropped the dependency: the bands for every threshold it accepts, the signatures of
the fixture articles, and the candidate pairs and the stories at three thresholds on
the fixture articles with the seed dump, on the 124 dumps then under
tests/fixtures/dumps (listed in the file), and on a generated corpus of 1,500
articles with known reprints. Each corpus's article ids are checked first, so a
splitter that changed the inputs says so instead of failing on pairs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.duplicates import stories as generated_stories
from reader.article import Article
from reader.dumps.load import load_dumps
from reader.library.duplicates import (
    NUM_PERM,
    TokenHashes,
    _candidates,
    _Shingles,
    find_stories,
    lsh_bands,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLDEN = json.loads((FIXTURES / "duplicates" / "golden.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpora(news_articles: list[Article]) -> dict[str, list[Article]]:
    """The three corpora the golden outputs were recorded on."""
    dumps = GOLDEN["corpora"]["fixture_dumps"]["dumps"]
    return {
        "news": news_articles,
        "fixture_dumps": load_dumps([FIXTURES / "dumps" / name for name in dumps]),
        "generated": generated_stories(GOLDEN["corpora"]["generated"]["articles"])[0],
    }


def test_bands_are_the_ones_datasketch_chooses() -> None:
    chosen = {
        threshold: [len(bands), bands[0][1]]
        for threshold in GOLDEN["bands"]
        for bands in [lsh_bands(float(threshold), NUM_PERM)]
    }
    assert chosen == GOLDEN["bands"]
    assert len(chosen) > 50


def test_signatures_are_datasketch_minhash_values(news_articles: list[Article]) -> None:
    shingles = _Shingles.of(news_articles, TokenHashes())
    present = shingles.present()
    signatures = shingles.signatures(present)
    found = {str(p): signatures[n].tolist() for n, p in enumerate(present)}
    assert found == GOLDEN["corpora"]["news"]["signatures"]


@pytest.mark.parametrize("name", ["news", "fixture_dumps", "generated"])
def test_pairs_and_stories_are_datasketch_s(corpora: dict[str, list[Article]], name: str) -> None:
    articles, golden = corpora[name], GOLDEN["corpora"][name]
    assert [a.id for a in articles] == golden["ids"], "the corpus changed: record it again"
    for threshold, expected in golden["thresholds"].items():
        if "pairs" in expected:  # left out where they were many (13,000 at 0.3)
            pairs = _candidates(_Shingles.of(articles, TokenHashes()), float(threshold))
            assert sorted(map(list, pairs)) == expected["pairs"], threshold
        stories = find_stories(articles, float(threshold))
        assert [list(s.versions) for s in stories] == expected["stories"], threshold
    if name != "news":
        assert golden["thresholds"]["0.5"]["stories"], "a corpus with no stories tests little"
