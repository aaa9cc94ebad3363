"""The same story, once: near-duplicate articles across every open dump, grouped.

Wire copy is reprinted everywhere, with a new headline, a trimmed ending or
another byline; exact copies already share an id (`Library`), these do not. Two
articles are versions of one story when

1. their openings share many five-word phrases: MinHash LSH over the
   shingles of the first `LEAD_WORDS` words proposes candidate pairs (so do LSH over
   the first `HEAD_WORDS` alone, which finds a digest's teaser, and the same
   headline), and the share is then counted exactly (shared shingles over the
   smaller set: a trimmed ending keeps the whole opening) and must reach
   `threshold`; and
2. rapidfuzz confirms it on the bodies: the words of the shorter body appear in
   order in the longer one (longest common subsequence over words) for at least
   `BODY_SHARE` of them, or `BODY_SHARE_SAME_TITLE` when the headlines agree
   (token-set ratio of at least `TITLE_AGREES`); a body under `MIN_WORDS` words
   only under the same headline (case and spacing aside: "Story 1" and "Story 12"
   agree by token-set ratio).

Words are what spaces part, and each kana or ideograph (Chinese and Japanese part no
words). Versions are joined transitively, but two groups join only when their first
versions' bodies agree too (2. alone): a newsletter's teaser alike to two issues that
open with the same paragraph does not fold the issues into one story, while a wire story
reprinted a hundred times with a few words changed in each stays one. The story's first
version is the one listed first, and its id names the story.

MinHash and LSH are reader's own, over numpy arrays, and give what datasketch gave
(tests/fixtures/duplicates): its `MinHashLSH` kept a Python set per bucket and importing
it brought scipy, some 50 MB resident for one band choice. numpy is imported on the
first call, never at import time, and the TUI calls it in a worker after its first
frame; rapidfuzz, on the first pair of openings alike.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from reader.article import Article
from reader.library.stories import Stories
from reader.text.words import CJK

if TYPE_CHECKING:
    import numpy as np

DEFAULT_THRESHOLD = 0.5
"""Share of the opening's five-word phrases two versions must have in common."""
SHINGLE_WORDS = 5
"""Words per shingle: long enough that unrelated stories rarely share one."""
LEAD_WORDS = 120
"""Words of the opening that are shingled: reprints agree most there, and it bounds the work."""
MIN_WORDS = 20
"""Bodies shorter than this are grouped only under the same headline (`SHORT_WORDS`):
too little text to tell stories apart alone."""
BODY_WORDS = 3000
"""Words of each body compared in full (LCS); longer bodies are compared on their start."""
BODY_SHARE = 0.8
"""Share of the shorter body's words that must appear, in order, in the longer one."""
BODY_SHARE_SAME_TITLE = 0.6
"""The same, when the two headlines agree."""
TITLE_AGREES = 90.0
"""rapidfuzz token-set ratio (0-100) at which two headlines count as the same."""
NUM_PERM = 64
"""MinHash permutations: enough for a steep LSH curve at 0.5, cheap at 10,000 articles."""
_SEED = 1
"""Seed of the generator the MinHash permutations are drawn from."""
_CANDIDATE_FLOOR = 0.8
"""LSH runs at this fraction of the threshold (Jaccard), so versions whose Jaccard is
below their containment are still proposed; the exact count then decides. Two openings
of 120 words sharing half their phrases have a Jaccard of 1/3: at 0.8 of the threshold
(LSH at 0.4) a third of such pairs was never proposed, and pasted copies of one page, one
of them opening with the site's menu, were listed twice (bench.same_story)."""
HEAD_WORDS = 16
"""Words of each opening indexed a second time, alone: a digest's teaser (the first 20
to 60 words under the headline) shares few of the whole article's opening phrases (a
Jaccard of 1/4 and less, which the openings' LSH seldom proposes), but its first ones."""
HEAD_JACCARD = 0.7
"""The Jaccard the heads' LSH runs at: a teaser's head is the article's, or but a word or
two off; at the openings' 0.4, heads of unrelated articles alike in a few phrases made
ten times the candidates (bench.duplicates)."""
TITLE_GROUP = 50
"""Articles under one headline past which it is taken for a generic one."""
SHORT_WORDS = 8
"""Bodies of `SHORT_WORDS` to `MIN_WORDS` words are grouped only under the same headline:
a digest's one-sentence teaser of an article pasted whole elsewhere."""

_PUNCTUATION = "".join(
    chr(c)
    for c in (*range(0x2070), *range(0x3000, 0x3040), *range(0xFF00, 0xFF66))
    if unicodedata.category(chr(c)).startswith("P")
)
"""Characters stripped from both ends of a token: every Unicode punctuation mark below
U+2070, and the CJK and full-width ones (`。`, `、`, `「`, `！`)."""
_UNSPACED = re.compile(f"[{CJK}]")
"""A kana (half-width too) or an ideograph: Chinese and Japanese put no spaces between
words, so each of these characters is taken as a word (a sentence was one token, and a
whole article a handful, too few to tell stories apart)."""
_CHARS_PER_WORD = 16
"""Characters read per word wanted: words run about six, so this reads enough, not the rest."""
_MIX = 0x9E3779B97F4A7C15
"""Odd 64-bit multiplier (the golden ratio) that mixes a run of word hashes into one."""
_CHUNK_VALUES = 1 << 16
"""Shingles hashed at a time (their 64-bit sums take 512 KB, not 10 MB at 10,000 articles)."""
_CHUNK_ARTICLES = 250
"""Articles whose signatures are computed at a time (their shingles' permuted hashes
take about 0.3 MB, not 10 MB for all 10,000 at once; at 1,000 a time, 1 MB more traced at
the stories' peak, for the same CPU)."""


class TokenHashes(dict[str, int]):
    """crc32 of each distinct token's word, computed once (tokens repeat across articles).

    A token is what `str.split` gives; its word is the token case-folded, without the
    punctuation around it (`"Paris,"` and `Paris` are one word). Tokens that are only
    punctuation hash to 0 and are dropped.
    """

    def __missing__(self, token: str) -> int:
        word = token.casefold().strip(_PUNCTUATION)
        value = self[token] = zlib.crc32(word.encode("utf-8", "surrogatepass")) | 1 if word else 0
        return value


def find_stories(articles: Sequence[Article], threshold: float = DEFAULT_THRESHOLD) -> Stories:
    """Groups the articles that are versions of one story (see the module docstring).

    `threshold` (0-1] is the share of opening phrases two versions must have in common.
    Articles are taken in the order given, which is the order versions are listed in.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be above 0 and at most 1, not {threshold}")
    shingles = _Shingles.of(articles, hashes := TokenHashes())
    versions = _Versions(articles, shingles, hashes, threshold)
    buckets = itertools.chain(
        _candidates(shingles, threshold),
        _alike(shingles.heads(), HEAD_JACCARD),
        _same_titles(articles, shingles),
    )
    parent = _joined(len(articles), buckets, versions)
    groups: dict[int, list[str]] = {}
    for position, article in enumerate(articles):
        groups.setdefault(_root(parent, position), []).append(article.id)
    return Stories.of(groups.values(), versions.words())


class _Versions:
    """Whether two articles are versions of one story, their shingle sets and words
    read once each however many pairs they are in."""

    def __init__(
        self,
        articles: Sequence[Article],
        shingles: _Shingles,
        hashes: TokenHashes,
        threshold: float,
    ) -> None:
        self._articles = articles
        self._shingles = shingles
        self._hashes = hashes
        self._threshold = threshold
        self._sets: dict[int, np.ndarray] = {}
        self._words: dict[int, list[int]] = {}

    def agree(self, a: int, b: int) -> bool:
        """Openings alike (the share of the smaller's phrases), then bodies and titles."""
        sa, sb = self._set(a), self._set(b)
        if not len(sa) or not len(sb) or _shared(sa, sb) / min(len(sa), len(sb)) < self._threshold:
            return False
        return self.bodies_agree(a, b)

    def bodies_agree(self, a: int, b: int) -> bool:
        """Whether two articles' bodies are alike (the in-order word share of the shorter,
        with the headlines), their openings aside."""
        first, second = self._articles[a], self._articles[b]
        return _bodies_agree(self._body(a), self._body(b), first.title, second.title)

    def words(self) -> dict[str, int]:
        """The words of every article whose body was compared (each version of a story
        was), by id."""
        return {self._articles[p].id: len(words) for p, words in self._words.items()}

    def _set(self, position: int) -> np.ndarray:
        found = self._sets.get(position)
        if found is None:
            found = self._sets[position] = self._shingles.distinct(position)
        return found

    def _body(self, position: int) -> list[int]:
        found = self._words.get(position)
        if found is None:
            body = self._articles[position].body
            found = self._words[position] = _words(body, BODY_WORDS, self._hashes)
        return found


def _words(body: str, limit: int, hashes: TokenHashes) -> list[int]:
    """Hashes of the first `limit` words of a body (fewer when some tokens are only
    punctuation): split once, stopping after `limit` tokens; each kana and ideograph
    is a word of its own (`_UNSPACED`)."""
    text = body[: limit * _CHARS_PER_WORD]
    if not text.isascii() and _UNSPACED.search(text):
        text = _UNSPACED.sub(r" \g<0> ", text)
    tokens = text.split(None, limit)[:limit]
    return [h for h in map(hashes.__getitem__, tokens) if h]


def opening_shingles(
    articles: Sequence[Article], hashes: TokenHashes | None = None
) -> list[list[int]]:
    """Per article, 32-bit hashes of each run of `SHINGLE_WORDS` words of its opening.

    Empty for bodies under `SHORT_WORDS` words. Words are hashed once each (crc32:
    the same on every run and machine) and the runs are hashed for all articles
    at once with numpy.
    """
    shingles = _Shingles.of(articles, TokenHashes() if hashes is None else hashes)
    return [shingles[i] for i in range(len(articles))]


class _Shingles:
    """Every article's opening shingles in one numpy array, each article's as a list only
    when asked for: at 10,000 articles the lists of Python ints took some 60 MB at once."""

    __slots__ = ("_ends", "_starts", "_values")

    def __init__(self, values: np.ndarray, starts: array[int], ends: array[int]) -> None:
        self._values = values
        self._starts = starts
        self._ends = ends

    @classmethod
    def of(cls, articles: Sequence[Article], hashes: TokenHashes) -> _Shingles:
        """Hashes the openings' words into one flat array, then every run of
        `SHINGLE_WORDS` of them, a chunk at a time, into that same array: a run's hash
        goes where its first word's was, which no later chunk reads (a second array of
        them was 4.8 MB more at the stories' peak at 10,000 articles)."""
        import numpy as np

        flat, starts, ends = array("I"), array("q"), array("q")
        for article in articles:
            words = _words(article.body, LEAD_WORDS, hashes)
            start = len(flat)
            if len(words) >= SHORT_WORDS:
                flat.extend(words)
            starts.append(start)
            ends.append(len(flat) - SHINGLE_WORDS + 1 if len(flat) > start else start)
        hashed = np.frombuffer(flat, dtype=np.uint32) if flat else np.zeros(0, dtype=np.uint32)
        runs = max(len(hashed) - SHINGLE_WORDS + 1, 0)
        values = hashed[:runs]
        mixed = np.empty(min(runs, _CHUNK_VALUES), dtype=np.uint64)
        for low in range(0, runs, _CHUNK_VALUES):  # a chunk at a time: 64-bit for all at once
            high = min(low + _CHUNK_VALUES, runs)  # was 10 MB at 10,000 articles
            part = mixed[: high - low]
            part.fill(0)
            with np.errstate(over="ignore"):
                for k in range(SHINGLE_WORDS):
                    np.multiply(part, np.uint64(_MIX), out=part)
                    np.add(part, hashed[low + k : high + k], out=part)
                    np.add(part, np.uint64(1), out=part)
            np.right_shift(part, np.uint64(32), out=part)
            values[low:high] = part
        return cls(values, starts, ends)

    def __getitem__(self, position: int) -> list[int]:
        """The article's shingle hashes, as Python ints (empty for a short body)."""
        values: list[int] = self._values[self._starts[position] : self._ends[position]].tolist()
        return values

    def distinct(self, position: int) -> np.ndarray:
        """The article's distinct shingle hashes, sorted: sets of Python ints for the
        2,000 articles in candidate pairs at 10,000 took some 20 MB, these take 1.

        Sorted and each value kept where it differs from the one before, which is what
        `np.unique` does, without the check for masked arrays through which it imports
        `numpy.ma` (1.3 MB traced, imported for nothing else in the app)."""
        import numpy as np

        values = np.sort(self._values[self._starts[position] : self._ends[position]])
        first = np.ones(len(values), dtype=bool)
        np.not_equal(values[1:], values[:-1], out=first[1:])
        return values[first]

    def heads(self) -> _Shingles:
        """The same openings cut to their first `HEAD_WORDS` words (the same array)."""
        most = HEAD_WORDS - SHINGLE_WORDS + 1
        ends = array("q", (min(e, s + most) for s, e in zip(self._starts, self._ends, strict=True)))
        return _Shingles(self._values, self._starts, ends)

    def present(self) -> list[int]:
        """The positions of the articles that have shingles."""
        return [i for i, (a, b) in enumerate(zip(self._starts, self._ends, strict=True)) if b > a]

    def signatures(self, present: Sequence[int]) -> np.ndarray:
        """The MinHash signatures (`NUM_PERM` 32-bit minima, one row per position in
        `present`) of those articles' shingles: each shingle is mixed (MurmurHash3's
        finalizer), put through `NUM_PERM` affine maps modulo 2**32 and the least kept,
        column by column over every article at once, as datasketch's `MinHash` does."""
        import numpy as np

        multipliers, increments = _permutations(NUM_PERM)
        signatures = np.empty((len(present), NUM_PERM), dtype=np.uint32)
        for first in range(0, len(present), _CHUNK_ARTICLES):  # a few MB less at a time
            chunk = present[first : first + _CHUNK_ARTICLES]
            starts, ends = [self._starts[i] for i in chunk], [self._ends[i] for i in chunk]
            lengths = np.array(ends, dtype=np.int64) - np.array(starts, dtype=np.int64)
            offsets = np.cumsum(lengths) - lengths
            # the chunk's runs of each article, packed end to end (those across articles left out)
            runs = [self._values[start:end] for start, end in zip(starts, ends, strict=True)]
            mixed = _fmix32(np.concatenate(runs))
            hashed = np.empty_like(mixed)
            rows = signatures[first : first + len(chunk)]
            for k in range(NUM_PERM):
                np.multiply(mixed, multipliers[k], out=hashed)
                np.add(hashed, increments[k], out=hashed)
                rows[:, k] = np.minimum.reduceat(hashed, offsets)
        return signatures


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer over an array: spreads crc-like hashes over all bits."""
    import numpy as np

    h = values.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


def _permutations(count: int) -> tuple[np.ndarray, np.ndarray]:
    """`count` affine maps `h -> a * h + b` modulo 2**32 with odd `a`, drawn from numpy's
    legacy generator with seed 1 as datasketch draws them, so signatures match its own."""
    import numpy as np

    generator = np.random.RandomState(_SEED)
    multipliers = generator.randint(0, 1 << 31, count, dtype=np.uint32) * np.uint32(2) + np.uint32(
        1
    )
    increments = generator.randint(0, 1 << 32, count, dtype=np.uint32)
    return multipliers, increments


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of distinct values have in common."""
    import numpy as np

    return len(np.intersect1d(a, b, assume_unique=True))


def _bodies_agree(a: list[int], b: list[int], title_a: str, title_b: str) -> bool:
    """rapidfuzz on bodies (in-order word share of the shorter) and, if needed, titles;
    a body under `MIN_WORDS` words joins only under the same headline.

    rapidfuzz is imported by the first pair to compare: a session whose dumps tell no
    story twice never needs it, and importing it holds 3 MB (its modules, and the pages
    of its libraries) for the rest of the session."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import LCSseq

    shorter = min(len(a), len(b))
    body = LCSseq.similarity(a, b) / shorter
    if shorter < MIN_WORDS:
        return body >= BODY_SHARE and _headline(title_a) == _headline(title_b)
    if body >= BODY_SHARE:
        return True
    return body >= BODY_SHARE_SAME_TITLE and fuzz.token_set_ratio(title_a, title_b) >= TITLE_AGREES


def _candidates(shingles: _Shingles, threshold: float) -> Iterator[tuple[int, ...]]:
    """Buckets of positions whose openings MinHash LSH finds alike (each in order).

    Every signature is one row of an array, banded with the bands `lsh_bands` picks;
    the rows equal in a band share its bucket. Their pairs are the pairs datasketch's
    `MinHashLSH` finds with its `MinHash` (tests/fixtures/duplicates holds its outputs)."""
    return _alike(shingles, threshold * _CANDIDATE_FLOOR)


def _alike(shingles: _Shingles, jaccard: float) -> Iterator[tuple[int, ...]]:
    """Buckets of positions whose shingles MinHash LSH at `jaccard` finds alike (each in
    order), band by band: a bucket's every pair is a candidate, never listed (`_joined`)."""
    import numpy as np

    present = shingles.present()
    if not present:
        return
    signatures = shingles.signatures(present)
    positions = np.array(present)
    for start, end in lsh_bands(jaccard, NUM_PERM):
        for bucket in _buckets(signatures[:, start:end]):
            yield tuple(positions[bucket].tolist())


def _headline(title: str) -> str:
    """A headline as compared for sameness: case and spacing aside."""
    return " ".join(title.casefold().split())


def _same_titles(articles: Sequence[Article], shingles: _Shingles) -> list[tuple[int, ...]]:
    """Buckets of positions under the same headline (case and spacing aside): a digest's
    teaser keeps the headline, and its article may open with a dek or an intertitle the
    teaser leaves out. A headline over more than `TITLE_GROUP` articles names no story
    ("Press release") and proposes nothing."""
    titles: dict[str, list[int]] = {}
    for position in shingles.present():
        titles.setdefault(_headline(articles[position].title), []).append(position)
    return [tuple(group) for group in titles.values() if 1 < len(group) <= TITLE_GROUP]


def _joined(count: int, buckets: Iterable[tuple[int, ...]], versions: _Versions) -> list[int]:
    """The union-find parents of `count` positions once every pair of positions that
    share a bucket, low first, is taken in order and joined as `find_stories` says.

    A bucket of n positions holds n²/2 pairs: 3,000 reprints alike in every band were
    4.5 million pairs in a set (563 MB, 20.9 s of CPU), nearly all of them within one
    group by their turn, which changes nothing. So no pair is listed: each position's
    row asks its buckets for the members after it in another group than its own (the
    pairs a check can join), and takes them in order. The joins are those of the pairs
    sorted: a pair left out was within one group at its turn."""
    parent = list(range(count))
    rows: dict[int, list[_Bucket]] = {}
    for members in set(buckets):  # a bucket is most often the same in several bands
        bucket = _Bucket(members)
        for position in members:
            rows.setdefault(position, []).append(bucket)
    for a in sorted(rows):
        own = _root(parent, a)
        partners: set[int] = set()
        for bucket in rows.pop(a):
            partners.update(bucket.after(a, own, parent))
        for b in sorted(partners):
            ra, rb = _root(parent, a), _root(parent, b)
            if ra == rb or not versions.agree(a, b):
                continue
            if (ra, rb) == (a, b) or versions.bodies_agree(ra, rb):
                _union(parent, ra, rb)
    return parent


class _Bucket:
    """A bucket's members, as the groups they were in when it was last asked: each
    group's root then, and its members in order."""

    __slots__ = ("_asked", "_groups", "_members")

    def __init__(self, members: tuple[int, ...]) -> None:
        self._members: tuple[int, ...] | None = members
        """The members, until they are grouped at the second ask."""
        self._asked = False
        self._groups: dict[int, list[int]] = {}

    def after(self, position: int, own: int, parent: list[int]) -> list[int]:
        """The members after `position` whose group is not `own` (its root's), with the
        groups joined since the last ask merged. Groups with no member after it are
        dropped: rows are asked in order, and no later row pairs with them. Once a single
        group is left, no row ever will, and the bucket is emptied.

        The first ask (the first member's row) groups nothing: the members are then most
        often each alone, and 16 buckets of 20,000 lists of one held 48 MB at once."""
        if self._members is not None and not self._asked:
            self._asked = True
            return [member for member in self._members[1:] if _root(parent, member) != own]
        if self._members is not None:
            groups: dict[int, list[int]] = {}
            for member in self._members[bisect_right(self._members, position) :]:
                groups.setdefault(_root(parent, member), []).append(member)
            self._members = None
        elif not self._groups:
            return []
        else:
            groups = self._merged(position, parent)
        self._groups = groups if len(groups) > 1 else {}
        return [
            member
            for root, members in groups.items()
            if root != own
            for member in members[bisect_right(members, position) :]
        ]

    def _merged(self, position: int, parent: list[int]) -> dict[int, list[int]]:
        """The groups with a member after `position`, those joined since merged."""
        merged: dict[int, list[list[int]]] = {}
        for root, members in self._groups.items():
            if members[-1] > position:
                merged.setdefault(_root(parent, root), []).append(members)
        return {
            root: lists[0] if len(lists) == 1 else sorted(itertools.chain.from_iterable(lists))
            for root, lists in merged.items()
        }


def lsh_bands(threshold: float, num_perm: int) -> list[tuple[int, int]]:
    """The column ranges of the LSH bands for a Jaccard `threshold`: `b` bands of `r` rows,
    chosen as datasketch's `MinHashLSH` chooses them (equal weights), minimising the
    false-positive plus false-negative areas under the S-curve `1 - (1 - s^r)^b`.

    The curve is a polynomial of degree `b * r <= num_perm`, so Gauss-Legendre
    quadrature with more than `num_perm / 2` nodes integrates it exactly. In plain
    Python: numpy's `leggauss` imported `numpy.polynomial` and read LAPACK's pages for
    these few hundred sums, 2.5 MB resident for the rest of the session."""
    nodes = _gauss_legendre(num_perm // 2 + 8)
    shapes = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    errors = [
        _area(nodes, 0.0, threshold, b, r, above=False)
        + _area(nodes, threshold, 1.0, b, r, above=True)
        for b, r in shapes
    ]
    b, r = shapes[errors.index(min(errors))]  # the first of equals, as datasketch's loop keeps
    return [(i * r, (i + 1) * r) for i in range(b)]


def _gauss_legendre(count: int) -> list[tuple[float, float]]:
    """The `count` nodes of Gauss-Legendre quadrature on [-1, 1] with their weights: each
    root of the Legendre polynomial of degree `count` found by Newton's method from the
    usual first guess, the polynomial and its derivative by their recurrence."""
    nodes: list[tuple[float, float]] = []
    for i in range(1, (count + 1) // 2 + 1):
        z, step = math.cos(math.pi * (i - 0.25) / (count + 0.5)), 1.0
        while abs(step) > 1e-15:
            value, derivative = _legendre(count, z)
            step = value / derivative
            z -= step
        _, derivative = _legendre(count, z)
        weight = 2 / ((1 - z * z) * derivative * derivative)
        nodes += [(-z, weight), (z, weight)] if z > 0 else [(z, weight)]
    return sorted(nodes)


def _legendre(degree: int, z: float) -> tuple[float, float]:
    """The Legendre polynomial of `degree` at `z` (|z| < 1), and its derivative there."""
    value, before = 1.0, 0.0
    for j in range(1, degree + 1):
        value, before = ((2 * j - 1) * z * value - (j - 1) * before) / j, value
    return value, degree * (z * value - before) / (z * z - 1)


def _area(
    nodes: Sequence[tuple[float, float]], low: float, high: float, b: int, r: int, *, above: bool
) -> float:
    """The area over [low, high] under the chance of being a candidate with `b` bands of
    `r` rows (`above`: of not being one), by Gauss-Legendre on `nodes`."""
    half, middle = (high - low) / 2, (high + low) / 2
    total = 0.0
    for node, weight in nodes:
        missed = (1 - (half * node + middle) ** r) ** b
        total += weight * (missed if above else 1 - missed)
    return half * total


def _buckets(band: np.ndarray) -> list[np.ndarray]:
    """The groups of two or more rows that are equal in `band`, each in row order.

    The rows are sorted by their columns (two 32-bit columns read as one 64-bit key where
    they pair up), stably, so equal rows stand together in row order. `np.unique` over
    rows sorted them as opaque records, some 3x slower: with the heads' LSH it was a third
    of the stories' CPU at 10,000 articles."""
    import numpy as np

    keys = np.ascontiguousarray(band)
    if keys.shape[1] % 2 == 0:
        keys = keys.view(np.uint64)
    order = np.lexsort(keys.T)
    rows = keys[order]
    starts = np.flatnonzero(np.any(rows[1:] != rows[:-1], axis=1)) + 1
    bounds = np.concatenate(([0], starts, [len(rows)]))
    return [order[bounds[g] : bounds[g + 1]] for g in np.flatnonzero(np.diff(bounds) > 1)]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    """Joins two versions' groups under the earlier root, so roots stay first in order."""
    ra, rb = _root(parent, a), _root(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
