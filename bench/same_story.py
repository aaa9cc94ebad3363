"""The same story once, on real text: how often the app lists a pasted-again article once.

The tuning halves paste one published text two or three times, in different shapes (a
news page with its chrome, a clipper's Markdown, wire copy hard-wrapped, a digest's
teaser): an analyst who opens the half's dumps should see each text once. This opens a
half's dumps as the app does (each dump split, exact copies one article, near-duplicates
grouped by `find_stories`), finds which published text each listed article is (the gold
says which text each of its articles is, `source`), and counts

- recall: of the copies past a text's first (the pasted-again articles), how many the
  list does not show as a row of their own (an exact copy, or a later version folded
  under the story);
- precision: of the pairs of versions the app folds together, how many are one text.

A text the splitter cut wrongly still counts: the analyst sees what the splitter made.
Only the tuning halves (`bench.train_splitter.TRAIN`) may be run: this reads every
article's split, which a second-look or sealed half must never have read.

    python -m bench.same_story [--half NAME ...] [--show]

`--show` prints each pasted-again copy the list still shows apart and each wrong fold,
with the figures `find_stories` decides on (opening share, in-order body share).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.split_quality import REAL, Case, align, load_cases, split_case
from bench.train_splitter import TRAIN
from reader.article import Article
from reader.library.articles import Library
from reader.library.duplicates import find_stories
from reader.library.stories import Stories


@dataclass(slots=True)
class Tally:
    """A half's counts: copies pasted again and folded, pairs folded and right."""

    half: str
    articles: int = 0
    listed: int = 0
    again: int = 0
    folded: int = 0
    pairs: int = 0
    right: int = 0
    pieces: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Adds another half's counts (the total row)."""
        for name in ("articles", "listed", "again", "folded", "pairs", "right", "pieces"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> str:
        """One line of the table."""
        recall = self.folded / self.again if self.again else 1.0
        precision = self.right / self.pairs if self.pairs else 1.0
        return (
            f"{self.half:<10} {self.articles:>8} {self.listed:>7} {self.again:>7} "
            f"{self.folded:>7} {recall:>7.3f} {self.pairs:>6} {self.pairs - self.right:>6} "
            f"{precision:>9.3f} {self.pieces:>6}"
        )


HEADER = (
    f"{'half':<10} {'articles':>8} {'listed':>7} {'again':>7} {'folded':>7} {'recall':>7} "
    f"{'pairs':>6} {'wrong':>6} {'precision':>9} {'pieces':>6}"
)
"""articles: the gold's; listed: rows after folding; again: copies past a text's first;
folded: of those, not a row of their own; pairs: pairs of versions folded, each holding
a text; wrong: of those, two texts; pieces: pairs folded where one is a piece the
splitter cut that holds no text (a page's footer, half an article): the split's miss,
not the fold's."""


@dataclass(frozen=True, slots=True)
class Opened:
    """A half's dumps as the app lists them, and each gold copy's article."""

    library: Library
    stories: Stories
    copies: dict[str, list[Article | None]]
    """Each text's copies (gold articles, in dump order), as the article the split made."""
    texts: dict[str, set[str]]
    """Each listed article's texts: those whose copies it holds most of (most often one)."""


def open_half(cases: Sequence[Case]) -> Opened:
    """Splits every dump of a half, lists them as the app does and maps copies to articles."""
    library = Library()
    copies: dict[str, list[Article | None]] = {}
    texts: dict[str, set[str]] = {}
    for case in sorted(cases, key=lambda c: c.path.name):
        articles = split_case(case)
        library.add(articles)
        for want, got in zip(case.articles, align(articles, case.articles), strict=True):
            text = str(want["source"])
            copies.setdefault(text, []).append(got)
            if got is not None:
                texts.setdefault(got.id, set()).add(text)
    stories = find_stories(list(library.articles))
    return Opened(library, stories, copies, texts)


def tally(half: str, opened: Opened) -> Tally:
    """Counts what the list shows of the half's texts (see the module docstring)."""
    shown = Tally(half, sum(len(c) for c in opened.copies.values()))
    stories = opened.stories
    shown.listed = len(opened.library) - stories.duplicates
    for text, copies in opened.copies.items():
        rows = {_row(stories, got) if got else f"lost {n}" for n, got in enumerate(copies)}
        shown.again += len(copies) - 1
        shown.folded += len(copies) - len(rows)
        if len(rows) > 1:
            shown.misses += _apart(text, copies, stories)
    for story in stories:
        for a, b in itertools.combinations(story.versions, 2):
            ours, theirs = opened.texts.get(a, set()), opened.texts.get(b, set())
            if not ours or not theirs:
                shown.pieces += 1
                continue
            shown.pairs += 1
            if ours & theirs:
                shown.right += 1
            else:
                shown.misses.append(
                    f"  wrong fold {sorted(ours)} + {sorted(theirs)}: {_pair(opened.library, a, b)}"
                )
    return shown


def _row(stories: Stories, article: Article) -> str:
    """The row an article is listed under: its story's, or its own."""
    story = stories.story_of(article.id)
    return story.id if story else article.id


def _apart(text: str, copies: Sequence[Article | None], stories: Stories) -> list[str]:
    """Why the copies of one text are listed apart: each pair on different rows, with the
    figures `find_stories` reads."""
    out = [f"  {text}: {len(copies)} copies"]
    for a, b in itertools.combinations(range(len(copies)), 2):
        first, second = copies[a], copies[b]
        if first is None or second is None:
            out.append(f"    copy {a if first is None else b} not split out")
            continue
        if _row(stories, first) != _row(stories, second):
            out.append(f"    {_figures(first, second)}")
    return out


def _figures(a: Article, b: Article) -> str:
    """Two articles' opening share, in-order body share and titles, as `find_stories` reads them."""
    from rapidfuzz.distance import LCSseq

    from reader.library.duplicates import BODY_WORDS, TokenHashes, _words, opening_shingles

    hashes = TokenHashes()
    sa, sb = (set(s) for s in opening_shingles([a, b], hashes))
    opening = len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0
    wa, wb = _words(a.body, BODY_WORDS, hashes), _words(b.body, BODY_WORDS, hashes)
    body = LCSseq.similarity(wa, wb) / min(len(wa), len(wb)) if wa and wb else 0.0
    return (
        f"opening {opening:.2f} body {body:.2f} words {len(wa)}/{len(wb)}: "
        f"{Path(a.source).name} {a.title[:40]!r} | {Path(b.source).name} {b.title[:40]!r}"
    )


def _pair(library: Library, a: str, b: str) -> str:
    first, second = library.get(a), library.get(b)
    assert first is not None and second is not None  # stories hold the library's own ids
    return _figures(first, second)


def main(argv: Sequence[str]) -> list[str]:
    """The table for the halves asked (every tuning half by default), and with `--show`
    the misses under each half's row."""
    named = [argv[at + 1] for at, arg in enumerate(argv[:-1]) if arg == "--half"]
    refused = sorted(set(named) - set(TRAIN))
    if refused:
        raise SystemExit(f"same_story: tuning halves only ({', '.join(TRAIN)}), not {refused}")
    halves = named or list(TRAIN)
    total = Tally("total")
    rows = [HEADER]
    for half in halves:
        shown = tally(half, open_half(load_cases(REAL, [half])))
        total.add(shown)
        rows.append(shown.row())
        if "--show" in argv:
            rows += shown.misses
    if len(halves) > 1:
        rows.append(total.row())
    return rows


if __name__ == "__main__":
    print("\n".join(main(sys.argv[1:])))
