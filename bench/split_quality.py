"""Split quality on dumps of real published articles: `python -m bench.split_quality`.

The dumps under tests/fixtures/dumps/real/ paste real Wikinews articles in the shapes
users paste them (database exports, email digests, clipper Markdown, long articles with
intertitles, trailers, foreign web pages, and the classic styles). Each has a gold file
that says, line by line, where every non-blank line belongs, and per article the exact
title and body. This scores the splitter against them, per shape, for the `tune` half
(which the splitter may be tuned on), the `heldout` half (which it must not be), the
`fresh` third (Global Voices and Agência Brasil text in six languages, pasted by
bench/fresh_dumps.py, built and first scored after the held-out half had been spent),
the `fresh2` half (new Wikinews and Global Voices text pasted by bench/fresh2_dumps.py in
the shapes that were weakest, built and first scored before the splitter was changed
for them), the `fresh3` half (Global Voices, Agência Brasil and Dutch government text
in English, Spanish, Dutch and Portuguese, pasted by bench/fresh3_dumps.py in all eight
shapes, built and committed before the splitter was ever run on it; from session 8 on it is
spent and tuned on: `--show` prints its misses too, and its rows say how the splitter does
on text it was fitted to, not on new text), the `fresh4` half
(German and English Wikinews, Global Voices in German, French and Italian, pasted by
bench/fresh4_dumps.py in all eight shapes, likewise committed before any run), the
`fresh5` half (UK government press releases and Global Voices in English, Polish, Russian,
Bulgarian and Spanish, pasted by bench/fresh5_dumps.py in all eight shapes, likewise
committed before any run), the `fresh6` half (whole 18F blog posts with their
intertitles, Norwegian government texts in Bokmål and Nynorsk, Global Voices in Catalan and
Hungarian, pasted by bench/fresh6_dumps.py in all eight shapes, likewise committed before
any run), the `fresh7` half (whole Česko.Digital blog posts and press releases in Czech
with their intertitles, Global Voices stories in Swahili, pasted by bench/fresh7_dumps.py in
all eight shapes, likewise committed before any run, and judging the learned line model
built in session 9) and the `fresh8` half (Kubernetes blog posts in Ukrainian and Japanese,
several whole with their intertitles, interviews among them, pasted by bench/fresh8_dumps.py
in all eight shapes, likewise committed and landed before any run, and judging the rules and
field model reworked in session 10). The `fresh9` half (React blog posts in Simplified
Chinese and Korean, pasted by bench/fresh9_dumps.py in all eight shapes), the `fresh10`
half (Global Voices news in Arabic, Greek and Indonesian, pasted by bench/fresh10_dumps.py),
the `fresh11` half (whole Digital.gov posts and Debian press releases in Swedish and
Danish with their own intertitles, pasted by bench/fresh11_dumps.py), the `fresh12` half
(whole Code for Germany, Developers Italia and Incubateur des Territoires posts in German,
Italian and French, pasted by bench/fresh12_dumps.py) and the `fresh13` half (whole rOpenSci
blog posts in Spanish and Portuguese, pasted by bench/fresh13_dumps.py) are sealed (`SEALED`):
the default run, `make bench` and the ratchet leave them out, and only `--half NAME` or
`--unseal` scores one, which the lead does once per splitter at the end of each session (the
reads are logged in tests/fixtures/dumps/real/README.md). The `fresh14` half (whole posts
of The Carpentries' blog in English, Spanish and German, most of them long with their own
intertitles, pasted by bench/fresh14_dumps.py in the ways long articles are pasted) is a
tuning half, built so that the sealed halves' costliest shape can be seen failing on text
that may be read. The `fresh15` half (the same mix from the Rust blog in English, MetaDocencia
in Spanish and Portuguese and The Programming Historian in French, pasted by
bench/fresh15_dumps.py) is a second-look half: its aggregate rows may be read, never its
articles (`--show` leaves it out), and it is never tuned on. The `fresh16` half (OpenTelemetry
blog posts in English, Spanish and Portuguese, pasted by bench/fresh16_dumps.py as trailers,
pages copied with their chrome, plain-text email digests and foreign web pages, the four
shapes the sealed halves lose most bodies in besides long intertitled articles) is a tuning
half like fresh14; the `fresh17` half (the same shapes from the F-Droid blog in English and
DesignGouv in French, pasted by bench/fresh17_dumps.py) is its second look, like fresh15:
aggregate rows only, never shown, never tuned on. The `fresh18` half (the Open Source Guides,
whole, in German, Spanish, French, Italian, Portuguese and English, pasted by
bench/fresh18_dumps.py in all eight shapes) is a tuning half like fresh14: long texts that
open with an intertitle and hold many short lines (list items, one-line paragraphs).
The `fresh19` half (the OWASP Top 10 2021 pages, whole, in Spanish, French, Italian,
Portuguese, German and English, pasted by bench/fresh19_dumps.py in all eight shapes) is
fresh18's sealed twin: the same mix from another source, built and landed before the splitter
ever met it, read by the lead alone. The `fresh21` half (the Open Knowledge Foundation
Deutschland's news and press releases, short and mid-length, in German and English, pasted by
bench/fresh21_dumps.py in all eight shapes) is a tuning half like fresh14: short news, the
style the sealed news half fresh20 showed the learned models losing. The `fresh22` half (news
posts of the openSUSE project, short, in English, pasted by bench/fresh22_dumps.py in all eight
shapes) is its second look, like fresh15 and fresh17: aggregate rows only, never shown, never
tuned on. The `fresh23` half (Italian Linux Society's news, short and mid-length, in Italian,
pasted by bench/fresh23_dumps.py in all eight shapes) is a tuning half like fresh21: short news
in the language of the sealed news half fresh20. The `fresh24` half (the Canadian Digital
Service's French blog posts, mid-length, pasted by bench/fresh24_dumps.py in all eight shapes) is
its second look, like fresh22: aggregate rows only, never shown, never tuned on. The `fresh25`
half (HealthCare.gov's Spanish pages, short explainers and launch posts, pasted by
bench/fresh25_dumps.py in all eight shapes from the texts bench/fresh25_texts.py takes from a
clone of their repository) is a tuning half: short text in Spanish, which no earlier tuning half
held. The `fresh26` half (USAGov en Español's pages, pasted by bench/fresh26_dumps.py from the
texts bench/fresh26_texts.py takes from a clone of GSA's archive) is its second look, like
fresh24: aggregate rows only, never shown, never tuned on. The `fresh27` half (Agência Brasil's
news of 2016 in Portuguese and Spanish, with the date lines, bylines, captions and credits its
pages printed, pasted by bench/fresh27_dumps.py from the texts bench/fresh27_texts.py takes from
a clone of a public scrape) is a tuning half: news in Portuguese as an agency publishes it. The
`fresh28` half (the same scrape's later pages, pasted by bench/fresh28_dumps.py from the texts
bench/fresh28_texts.py takes) is its second look: aggregate rows only, never shown, never tuned
on. The `fresh29` half (R-Ladies Global's posts in Spanish, French and Portuguese, pasted by
bench/fresh29_dumps.py with the chrome of the site's own theme and strings, and its English news,
from the texts bench/fresh29_texts.py takes from a clone of the site's repository) is a tuning
half: foreign web pages whose chrome no earlier half imitates. The `fresh30` half (Italian
Laravel News' posts, pasted by bench/fresh30_dumps.py with the chrome of that site's own
layouts, from the texts bench/fresh30_texts.py takes from a clone of its repository) is its
second look: aggregate rows only, never shown, never tuned on. The `fresh31` half (the GIMP
project's news, in English, pasted by bench/fresh31_dumps.py in all eight shapes, its web pages
with the chrome of the site's own theme, from the texts bench/fresh31_texts.py takes from a clone
of the site's repository) is a second look too, the one nobody had scored when model24's finding
(the learned models given more say) was to be confirmed: aggregate rows only, never shown, never
tuned on. The `fresh32` half (Italian Linux Society's news that fresh23 does not hold, pasted by
bench/fresh32_dumps.py in all eight shapes, its web pages with the chrome of the site's own
theme, from the texts bench/fresh32_texts.py takes from a clone of the site's repository) is a
tuning half: foreign pages with their site's chrome to tune on. The `fresh33` half (function pages
of the PHP manual in English, French, Spanish, German, Portuguese and Italian, pasted by
bench/fresh33_dumps.py in all eight shapes, its web pages with php.net's own chrome, from the
texts bench/fresh33_texts.py takes from clones of the manual's repositories) is a tuning half of
template documents: every page repeats the same intertitles and short lines. The `fresh34`
half (Python Enhancement Proposals, template documents whose every text repeats the same header
fields, intertitles and closing paragraph, pasted by bench/fresh34_dumps.py in all eight shapes,
its web pages with the chrome of the site's own theme, from the texts bench/fresh34_texts.py
takes from a clone of the PEPs' repository) is a second look, first read before the repeat rules
were mended for template documents (issue 13): aggregate rows only, never shown, never tuned on.
The `fresh35` half (the NixOS project's announcements, short news in English, pasted by
bench/fresh35_dumps.py in all eight shapes, its web pages with the chrome of the site's own
Astro components, from the texts bench/fresh35_texts.py takes from a clone of the site's
repository) is a tuning half: short news with its site's chrome, the kind the sealed fresh20
holds. The `fresh38` half (Gentoo's news items, notices mailed to users as hard-wrapped plain
text, pasted by bench/fresh38_dumps.py in all eight shapes, wrapped at 60 to 80 columns, some
paragraphs re-flowed or re-wrapped or quoted as mail clients leave them, from the texts
bench/fresh38_texts.py takes from a clone of the items' repository) is a tuning half of mailed
text. The `fresh37` half (the Go blog's posts without code, pasted by bench/fresh37_dumps.py in
all eight shapes as flowed mail, an mbox, quoted replies, text browsers' dumps and the blog's own
pages, from the texts bench/fresh37_texts.py takes from a clone of the site's repository) is its
second look: aggregate rows only, never shown, never tuned on. The `fresh36` half (the Elixir
blog's posts, pasted by bench/fresh36_dumps.py in all eight shapes as mail, digests, forwards,
converters' and reader views' copies and the blog's own pages, from the texts
bench/fresh36_texts.py takes from a clone of the site's repository) is sealed like fresh9: the
judge of the work on mailed text. The `fresh40` half (getmonero.org's Moneropedia, entries
translated into German, French, Polish and Russian that open on the same intertitles in their
language, pasted by bench/fresh40_dumps.py in all eight shapes, its web pages with the site's own
chrome in the page's language, from the texts bench/fresh40_texts.py takes from a clone of the
site's repository) is a tuning half of template documents in four languages. The `fresh39` half
(the posts and challenge pages of the French government's Entrepreneurs d'intérêt général
programme, the challenge pages under the same lines the layout prints for every challenge, pasted
by bench/fresh39_dumps.py in all eight shapes, its web pages with the site's own chrome, from the
texts bench/fresh39_texts.py takes from a clone of the site's repository) is its second look:
aggregate rows only, never shown, never tuned on. The `fresh41` half (the Delta Chat blog's
posts, pasted by bench/fresh41_dumps.py in all eight shapes as digests, forwards, feed mails,
newsletters, signed and credited mail and the blog's own pages, from the texts
bench/fresh41_texts.py takes from a clone of the site's repository) is a tuning half of the shapes
the second look loses most bodies in. The `fresh42` half (Designers Italia's news, the Italian
Department for Digital Transformation's, and cloud.gov's news, the US General Services
Administration's, pasted by bench/fresh42_dumps.py in all eight shapes, its web pages with each
site's own chrome, from the texts bench/fresh42_texts.py takes from clones of the two sites'
repositories) is a tuning half of public bodies' short and middling news. The `fresh43` half (the
news items of the Gazette #BlueHats, the French interministerial digital directorate's newsletter,
pasted by bench/fresh43_dumps.py in all eight shapes, its web pages with the gazette's site's own
chrome, from the texts bench/fresh43_texts.py takes from a clone of its repository) is a tuning
half of a French public body's short news. The `fresh44` half (UbuCon Germany's news in German
and Interferencias' posts in Spanish, pasted by bench/fresh44_dumps.py in all eight shapes, its
web pages with each site's own chrome, from the texts bench/fresh44_texts.py takes from clones of
the two sites' repositories) is sealed like fresh36: sealed at birth, the judge of the work on
short association news in German and Spanish. The `fresh45` half (Buteco Open Source's news in
Portuguese, WEEE Open's posts in Italian and Exodus Privacy's in French and English, pasted by
bench/fresh45_dumps.py in all eight shapes, its web pages with each site's own chrome, from the
texts bench/fresh45_texts.py takes from clones of the three sites' repositories) is sealed at
birth too, the judge of the work on news in Portuguese, Italian and French. The `fresh46` half (the
Let's Encrypt blog's posts, the Internet Security Research Group's, pasted by
bench/fresh46_dumps.py in all eight shapes, its first web pages with the blog's own chrome, from
the texts bench/fresh46_texts.py takes from a clone of the site's repository) is a tuning half of
a public service's news in English. The `fresh47` half (OpenTTD's news posts, pasted by
bench/fresh47_dumps.py in all eight shapes, its first web pages with the site's own chrome, from
the texts bench/fresh47_texts.py takes from a clone of the site's repository) is sealed at birth,
the judge of the work on a project's short news in English. The `fresh48` half (the blog of
developer.overheid.nl, the Dutch government's developer portal, pasted by bench/fresh48_dumps.py
in all eight shapes with its lists, tables and code kept as the page prints them, its first web
pages with the site's own chrome, from the texts bench/fresh48_texts.py takes from a clone of the
site's repository) is a tuning half of a public body's news in Dutch. The `fresh49` half (the
Swift.org blog's posts, pasted by bench/fresh49_dumps.py in all eight shapes with their lists,
tables and code kept as the page prints them, its first web pages with the site's own chrome,
from the texts bench/fresh49_texts.py takes from a clone of the site's repository) is sealed at
birth, the judge of the work on news that is not only prose. The `fresh50` half (the XMPP
Newsletter as its volunteers translated it into German, French, Italian, Spanish and Brazilian
Portuguese, pasted by bench/fresh50_dumps.py in all eight shapes with its link lists kept as the
page prints them, its first web pages with the site's own chrome, from the texts
bench/fresh50_texts.py takes from a clone of the site's repository) is a tuning half of a
project's newsletter in five languages. The `fresh51` half (the Nim programming
language's news posts, pasted by bench/fresh51_dumps.py in all eight shapes with their lists, tables
and code kept as the page prints them, its first web pages with the site's own chrome, from the
texts bench/fresh51_texts.py takes from a clone of the site's repository) is sealed at birth, the
judge of the work on a language project's release and community news.

The default splitter is the rules weighed by both learned models, the field model
(bench/train_fields.py) and the start model (bench/train_splitter.py), both trained on the
tuning halves (tune, fresh to fresh5, fresh8, fresh14, fresh16, fresh18, fresh21), so heldout,
fresh6, fresh7 and later halves judge it. `READER_SPLITTER=fields python -m
bench.split_quality` scores the field model alone (the default up to session 18),
`READER_SPLITTER=rules` the rules alone.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.article import Article
from reader.dumps import load_dump, split_text

REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dumps" / "real"
SPLITS = (
    "tune",
    "heldout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
)
SEALED = frozenset(
    {
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh19",
        "fresh20",
        "fresh36",
        "fresh44",
        "fresh45",
        "fresh47",
        "fresh49",
        "fresh51",
    }
)
"""Halves nobody tunes on: built and committed before the splitter ever met them, they are
left out of the default run (`load_cases`, this module's table, `make bench`, the ratchet);
the lead alone scores them (`--half NAME` or `--unseal`), once per splitter at the end of a
session, and logs each read. A sealed half is unsealed, with floors from its last read,
only when a newer one takes its place as the judge."""
OPEN = tuple(split for split in SPLITS if split not in SEALED)
"""The halves a default run scores: every half but the sealed ones."""
SHOWN = (
    "tune",
    "fresh3",
    "fresh14",
    "fresh16",
    "fresh18",
    "fresh21",
    "fresh23",
    "fresh25",
    "fresh27",
    "fresh29",
    "fresh32",
    "fresh33",
    "fresh35",
    "fresh38",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh46",
    "fresh48",
    "fresh50",
)
"""The halves whose misses `--show` prints: the tune half, fresh3 (spent and tuned on),
fresh14, fresh16, fresh18, fresh21, fresh23, fresh25, fresh27, fresh29, fresh32, fresh33,
fresh35, fresh38, fresh40, fresh41, fresh42, fresh43, fresh46, fresh48 and fresh50 (built to be
tuned on)."""
SECOND_LOOK = frozenset(
    {
        "heldout",
        "fresh6",
        "fresh7",
        "fresh15",
        "fresh17",
        "fresh22",
        "fresh24",
        "fresh26",
        "fresh28",
        "fresh30",
        "fresh31",
        "fresh34",
        "fresh37",
        "fresh39",
    }
)
"""The open halves nobody tunes on: a splitter change is scored on them once, by its totals,
before it lands; their rows are never printed where a tuner reads (the ratchet's table and
its failures), and `--show` leaves them out."""
TUNING = tuple(split for split in OPEN if split not in SECOND_LOOK)
"""The halves a default run scores (and `make bench` prints): the ones a splitter may be tuned
on. The second look's rows are printed only when asked (`--second-look` or `--half NAME`), so
that no table a tuner reads, the latest bench log in docs/performance.md among them, holds them."""
USAGE = (
    "usage: python -m bench.split_quality [FOLDER] [--half NAME]... [--second-look] [--unseal]"
    " [--show]\n"
    "With no FOLDER and no --half it scores the tuning halves; --second-look adds the\n"
    "second-look halves (never to tune on), --unseal the sealed ones too."
)
"""What `--help` prints instead of scoring: asking for help must show no half's rows."""

_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*•]\s+(?=\S))")
_WRAP = re.compile(r"^(\*\*|__|\*|_)(.+)\1$", re.S)


@dataclass(frozen=True, slots=True)
class Case:
    """One dump with its gold: the articles a careful reader cuts out, and every line's place."""

    path: Path
    split: str
    shape: str
    articles: tuple[dict[str, object], ...]
    runs: tuple[tuple[int, int, int | None, str], ...]
    text: str | None = None
    """The dump's text, for a dump made in memory (`bench.synth_dumps`); None: read `path`."""

    def labelled_lines(self) -> list[tuple[str, int | None, str]]:
        """(text, article, field) for each non-blank line of the dump."""
        written = self.path.read_bytes().decode("utf-8-sig") if self.text is None else self.text
        lines = written.replace("\r\n", "\n").split("\n")
        out: list[tuple[str, int | None, str]] = []
        for start, end, article, field in self.runs:
            for number in range(start, end + 1):
                text = lines[number - 1]
                if text.strip():
                    out.append((text, article, field))
        return out


def load_cases(root: Path = REAL, halves: Sequence[str] = OPEN) -> list[Case]:
    """Every gold file under each half's folder of root (of `halves`, by default the open
    ones: a sealed half is loaded only when named), in name order."""
    cases = []
    for split in halves:
        for gold_path in sorted((root / split).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            cases.append(
                Case(
                    path=gold_path.parent / gold["source_file"],
                    split=split,
                    shape=gold["shape"],
                    articles=tuple(gold["articles"]),
                    runs=tuple(tuple(run) for run in gold["lines"]),
                )
            )
    return cases


def split_case(case: Case) -> list[Article]:
    """The articles the splitter makes of the case's dump, from its file or its text."""
    return load_dump(case.path) if case.text is None else split_text(case.text, case.path.name)


def normalise(text: str) -> str:
    """Text as compared: Markdown markers off each paragraph and line, whitespace folded.

    Wire copy is hard-wrapped and Markdown carries `#`, `>` and emphasis markers; the
    splitter may keep or drop them, and either is right, so neither side keeps them.
    """
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.replace("\r", "")):
        lines = [_MARKUP.sub("", line.strip()) for line in block.splitlines()]
        joined = " ".join(line for line in lines if line)
        while (match := _WRAP.match(joined)) is not None:
            joined = match.group(2).strip()
        if joined:
            paragraphs.append(" ".join(joined.split()))
    return " ".join(paragraphs)


def _overlap(article: Article, paragraphs: Sequence[str]) -> int:
    body = normalise(article.body)
    return sum(1 for p in paragraphs if p and p in body)


def align(articles: Sequence[Article], wanted: Sequence[dict[str, object]]) -> list[Article | None]:
    """For each gold article, the split article holding most of its paragraphs (or None)."""
    matched: list[Article | None] = []
    for want in wanted:
        paragraphs = [normalise(p) for p in str(want["body"]).split("\n\n")]
        best, best_key = None, (0, False)
        for article in articles:
            key = (_overlap(article, paragraphs), article.title == want["title"])
            if key > best_key:
                best, best_key = article, key
        matched.append(best)
    return matched


def _haystack(articles: Iterable[Article]) -> list[str]:
    texts: list[str] = []
    for article in articles:
        texts.append(normalise(article.title))
        texts.append(normalise(article.body))
        texts.extend(normalise(str(value)) for value in article.meta.values())
    return texts


def _score_article(hits: Counter[str], want: dict[str, object], got: Article | None) -> None:
    hits["total_articles"] += 1
    gold_body = normalise(str(want["body"]))
    paragraphs = str(want["body"]).split("\n\n")
    chrome = [c for c in map(normalise, want.get("not_in_body", [])) if c and c not in gold_body]
    hits["total_chrome"] += len(chrome)
    if got is None:
        hits["chrome"] += len(chrome)
        return
    body = normalise(got.body)
    hits["title"] += got.title == want["title"]
    hits["body_exact"] += body == gold_body
    hits["start"] += body.startswith(normalise(paragraphs[0]))
    hits["end"] += body.endswith(normalise(paragraphs[-1]))
    hits["language"] += got.meta.get("language") == want["language"]
    hits["chrome"] += sum(c not in body for c in chrome)


def _score_lines(
    hits: Counter[str], case: Case, articles: Sequence[Article], matched: Sequence[Article | None]
) -> None:
    bodies = [normalise(a.body) for a in articles]
    haystack = _haystack(articles)
    own = [_haystack([got]) if got is not None else [] for got in matched]
    gold_bodies = " ".join(normalise(str(want["body"])) for want in case.articles)
    for line, article, field in case.labelled_lines():
        wanted = normalise(line)
        if field in ("matter", "separator") and wanted and wanted not in gold_bodies:
            hits["total_chrome"] += 1
            hits["chrome"] += not any(wanted in body for body in bodies)
        if field != "separator" and wanted:
            hits["total_lines"] += 1
            hits["lines_kept"] += any(wanted in text for text in haystack)
        if field == "meta" and article is not None and wanted:
            hits["total_meta"] += 1
            hits["meta_placed"] += any(wanted in text for text in own[article])


def score_case(case: Case, articles: Sequence[Article]) -> Counter[str]:
    """Hits and totals for one dump (keys `total_*` are the denominators)."""
    hits: Counter[str] = Counter()
    hits["dumps"] += 1
    hits["count_ok"] += len(articles) == len(case.articles)
    hits["split_articles"] += len(articles)
    matched = align(articles, case.articles)
    for want, got in zip(case.articles, matched, strict=True):
        _score_article(hits, want, got)
    _score_lines(hits, case, articles, matched)
    return hits


def score(cases: Iterable[Case]) -> dict[tuple[str, str], Counter[str]]:
    """Hits per (split, shape), and per (split, "all")."""
    table: dict[tuple[str, str], Counter[str]] = {}
    for case in cases:
        hits = score_case(case, load_dump(case.path))
        for key in ((case.split, case.shape), (case.split, "all")):
            table.setdefault(key, Counter()).update(hits)
    return table


def body_f1(hits: Counter[str]) -> float:
    """F1 of body-exact articles: precision over the split's articles, recall over gold."""
    if not hits["body_exact"]:
        return 0.0
    precision = hits["body_exact"] / hits["split_articles"]
    recall = hits["body_exact"] / hits["total_articles"]
    return 2 * precision * recall / (precision + recall)


_COLUMNS = (
    ("count", "count_ok", "dumps"),
    ("title", "title", "total_articles"),
    ("body=", "body_exact", "total_articles"),
    ("start", "start", "total_articles"),
    ("end", "end", "total_articles"),
    ("chrome", "chrome", "total_chrome"),
    ("kept", "lines_kept", "total_lines"),
    ("placed", "meta_placed", "total_meta"),
    ("lang", "language", "total_articles"),
)
"""Printed columns: heading, hits key, denominator key."""

LEGEND = (
    "count: dumps split into the right number of articles; title/body=/start/end/lang: gold "
    "articles whose title, whole body (whitespace and Markdown markers folded), first or last "
    "paragraph, meta.language are right; F1: body-exact F1; chrome: chrome, matter and "
    "separator lines kept out of bodies; kept: non-blank lines found in some title, body or "
    "meta value; placed: an article's meta lines (trailers, credits, bylines) found in that "
    "article's title, body or meta, not the next one's"
)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.1f}" if whole else "     -"


def _row(split: str, shape: str, hits: Counter[str]) -> str:
    cells = [f"{split:<8} {shape:<18} {hits['dumps']:>5} {hits['total_articles']:>5}"]
    cells += [_percent(hits[key], hits[whole]) for _, key, whole in _COLUMNS]
    cells.insert(4, f"{body_f1(hits):5.2f}")
    return " ".join(cells)


def rows(table: dict[tuple[str, str], Counter[str]]) -> list[str]:
    """The printed table: one row per half and shape, percentages, then the legend."""
    headings = [f"{h:>6}" for h, _, _ in _COLUMNS]
    headings.insert(3, f"{'F1':>5}")
    head = f"{'half':<8} {'shape':<18} {'dumps':>5} {'arts':>5} " + " ".join(headings)
    out = [head, "-" * len(head)]
    for split in SPLITS:
        shapes = [*sorted(s for sp, s in table if sp == split and s != "all"), "all"]
        out += [
            _row(split, shape, table[split, shape]) for shape in shapes if (split, shape) in table
        ]
        out.append("")
    out.append(LEGEND)
    return out


def _first_difference(got: str, want: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), None)
    if at is None:
        at = min(len(got), len(want))
    return (
        f"at {at}: got {got[max(0, at - 30) : at + 50]!r}, want {want[max(0, at - 30) : at + 50]!r}"
    )


def misses(case: Case, articles: Sequence[Article]) -> list[str]:
    """What went wrong in one dump, a line per gold article whose title or body is off."""
    out = []
    if len(articles) != len(case.articles):
        out.append(f"{len(articles)} articles, want {len(case.articles)}")
    for index, (want, got) in enumerate(
        zip(case.articles, align(articles, case.articles), strict=True)
    ):
        if got is None:
            out.append(f"[{index}] not found: {want['title']!r}")
            continue
        if got.title != want["title"]:
            out.append(f"[{index}] title {got.title!r}, want {want['title']!r}")
        body, gold = normalise(got.body), normalise(str(want["body"]))
        if body != gold:
            out.append(f"[{index}] body {_first_difference(body, gold)}")
    return out


def show(cases: Iterable[Case]) -> list[str]:
    """Every miss in the halves that may be tuned on (`SHOWN`: tune, fresh3 once it was spent,
    and the tuning halves built for it); the held-out and other fresh halves are scored only,
    never shown."""
    out = []
    for case in cases:
        if case.split not in SHOWN:
            continue
        found = misses(case, load_dump(case.path))
        out += [f"{case.split}/{case.path.name}: {line}" for line in found]
    return out


def sealed(path: Path) -> bool:
    """Whether a file lies in a sealed half's folder: tests and benchmarks that split every
    fixture leave these out, so that nobody runs the splitter on a sealed half. Read from the
    path's parts below the real halves' folder: asking each half's folder whether it is among
    the path's parents took 0.35 s of CPU over the 1,254 fixture files, paid by each test
    worker at every sweep's collection."""
    resolved = path.resolve()
    if not resolved.is_relative_to(REAL):
        return False
    parts = resolved.relative_to(REAL).parts
    return len(parts) > 1 and parts[0] in SEALED


def halves_asked(argv: Sequence[str]) -> tuple[str, ...]:
    """The halves a run scores: those named by `--half NAME` (sealed or not), every half
    with `--unseal`, the open ones with `--second-look`, and otherwise the tuning ones."""
    named = [argv[at + 1] for at, arg in enumerate(argv[:-1]) if arg == "--half"]
    unknown = sorted(set(named) - set(SPLITS))
    if unknown:
        raise SystemExit(f"split_quality: no half named {', '.join(unknown)}")
    if named:
        return tuple(split for split in SPLITS if split in named)
    if "--unseal" in argv:
        return SPLITS
    return OPEN if "--second-look" in argv else TUNING


def main(argv: Sequence[str] = ()) -> int:
    """Prints the table for every real dump of the tuning halves (or of the halves asked,
    `halves_asked`), or for the dumps under a folder given; `--show` prints what went wrong
    in each dump of the tune and fresh3 halves instead."""
    if "--help" in argv or "-h" in argv:
        print(USAGE)
        return 0
    folders = [
        arg
        for at, arg in enumerate(argv)
        if not arg.startswith("--") and (at == 0 or argv[at - 1] != "--half")
    ]
    cases = load_cases(Path(folders[0]) if folders else REAL, halves_asked(argv))
    print("\n".join(show(cases) if "--show" in argv else rows(score(cases))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
