"""The near-duplicate finder's own MinHash and LSH give what datasketch gave.

`tests/fixtures/duplicates/golden.json` was recorded with datasketch 2 (its `MinHash`
with `hashfunc=int`, its `MinHashLSH` index and its band choice) before reader
dropped the dependency: the bands for every threshold it accepts, the signatures of
the fixture articles, the candidate pairs and the stories on the fixture articles with
the seed dump (three thresholds) and on a generated corpus of 1,500 articles with
known reprints (two), and the candidate pairs on the openings of the 424 articles of 124
real and realistic fixture dumps (their shingle hashes are stored, so a splitter that
splits those dumps differently later leaves this test alone).
"""

from __future__ import annotations

import base64
import itertools
import json
import sys
from array import array
from pathlib import Path

import numpy as np
import pytest

from bench.duplicates import stories as generated_stories
from reader.article import Article
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


def _stored_shingles() -> _Shingles:
    """The fixture dumps' openings, as recorded (little-endian 32-bit hashes)."""
    recorded = GOLDEN["corpora"]["fixture_dumps"]
    values = array("I", base64.b64decode(recorded["shingles"]))
    if sys.byteorder == "big":
        values.byteswap()
    starts, ends, at = array("q"), array("q"), 0
    for length in recorded["lengths"]:
        starts.append(at)
        at += length
        ends.append(at)
    return _Shingles(np.frombuffer(values, dtype=np.uint32), starts, ends)


def _pairs(buckets: list[list[int]]) -> list[list[int]]:
    """Every pair of positions that share a bucket, once, low first, in order."""
    pairs = {pair for bucket in buckets for pair in itertools.combinations(bucket, 2)}
    return sorted(map(list, pairs))


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


def test_pairs_on_real_dumps_are_datasketch_s() -> None:
    shingles = _stored_shingles()
    recorded = GOLDEN["corpora"]["fixture_dumps"]
    assert len(shingles.present()) > 400
    for threshold, expected in recorded["thresholds"].items():
        assert _pairs(_candidates(shingles, float(threshold))) == expected["pairs"], threshold
    assert len(recorded["thresholds"]["0.5"]["pairs"]) > 100


@pytest.fixture(scope="module")
def generated() -> list[Article]:
    return generated_stories(GOLDEN["corpora"]["generated"]["articles"])[0]


@pytest.mark.parametrize("name", ["news", "generated"])
def test_pairs_and_stories_are_datasketch_s(
    news_articles: list[Article], generated: list[Article], name: str
) -> None:
    articles = news_articles if name == "news" else generated
    golden = GOLDEN["corpora"][name]
    assert [a.id for a in articles] == golden["ids"], "the corpus changed: record it again"
    for threshold, expected in golden["thresholds"].items():
        if "pairs" in expected:  # left out where they were many (13,000 at 0.3)
            pairs = _pairs(_candidates(_Shingles.of(articles, TokenHashes()), float(threshold)))
            assert pairs == expected["pairs"], threshold
        stories = find_stories(articles, float(threshold))
        assert [list(s.versions) for s in stories] == expected["stories"], threshold
    if name == "generated":
        assert len(golden["thresholds"]["0.5"]["stories"]) > 300
