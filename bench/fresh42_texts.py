"""The texts of the forty-second fresh half, taken by code from clones of two public bodies'
sites: `python -m bench.fresh42_texts DESIGNERS CLOUDGOV` writes
tests/fixtures/dumps/real/fresh42/texts.txt.

Short and middling news of public bodies, which the sealed halves the splitter reads worst
hold (an Italian ministry's short news, PA news), from sources no earlier half used:

- Designers Italia (designers.italia.it), the Italian Presidency of the Council of Ministers'
  Department for Digital Transformation's site for public-service design, whose news
  ("Notizie") the site keeps as one YAML file a page under
  `src/data/content/community/notizie/`: the headline, the subtitle and the reading time and
  day the page prints over the text (`components.hero`), the text as Markdown blocks
  (`text: |`) of its editorial sections. Its legal notes put its content under CC BY 4.0.
- cloud.gov, the US General Services Administration's platform, whose news the site keeps as
  Jekyll posts under `_posts/` (a work of the US government, public domain, and CC0 1.0 in its
  repository's LICENSE.md): the headline and the day the post layout prints under it.

The Markdown is read as fresh29's posts are (links and emphasis as their words, headings as
intertitles, list items as paragraphs; code, media and HTML left out, a paragraph's lines
joined). Kept here, not done by hand, so anyone with the two clones can write the texts again
and see every choice; bench/fresh42_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.clone_texts import ClonesTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh31_texts import printed, words
from bench.fresh36_texts import prose
from bench.fresh39_texts import closed
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh42" / "texts.txt"
DESIGNERS = "https://github.com/Fupete/designers.italia.it"
"""A public fork of github.com/italia/designers.italia.it at its commit a4d6fcd (February 2025):
the upstream repository's history is larger than a clone here may be; the pages are the
upstream's."""
DESIGNERS_SITE = "https://designers.italia.it/community/notizie"
NEWS = "src/data/content/community/notizie"
CLOUDGOV = "https://github.com/cloud-gov/cg-site"
CLOUDGOV_SITE = "https://cloud.gov"
POSTS = "_posts"
MOST_WORDS = 900
"""The longest text taken: short and middling news, not the yearly round-ups."""
FEWEST_WORDS = 60
"""The shortest text taken: a notice with a paragraph or two, not a line with a link."""

_NEWS_FILE = re.compile(r"^(\d{4})(\d\d)(\d\d)-(.+)\.yaml$")
_POST_FILE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-(.+)\.md$")
_MINUTES = re.compile(r"^\d+ minut[oi]$")
"""A reading time as the news page prints it (`2 minuti`): the label a news page's hero carries,
which a project's page in the same folder (a university's, its year) does not."""
_SCALAR = re.compile(r"^(\s*)(?:- )?(\w+): ?(.*)$")
_LEFT_OUT = (
    "test",
    "hello-world",
    "second-post",
    "third-post",
    "an-extra",
    "release-notes",
    "sprint",
)
"""Words in the names of the posts the half leaves out: those a site keeps to try its layout,
and its release notes and sprint reports, lists of changes rather than news."""


def scalar(value: str) -> str:
    """A YAML scalar's text: unquoted, its doubled quotes single."""
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _indent(line: str) -> int:
    """How far a line is set in."""
    return len(line) - len(line.lstrip())


def yaml_fields(source: str) -> list[tuple[int, str, str]]:
    """The page's fields in order, as (indent, key, value), a block scalar's (`text: |`)
    lines joined into its value. Only what these pages use of YAML is read: mappings, list
    items and literal blocks."""
    fields: list[tuple[int, str, str]] = []
    lines = source.split("\n")
    number = 0
    while number < len(lines):
        found = _SCALAR.match(lines[number])
        number += 1
        if not found:
            continue
        indent = len(found[1]) + (2 if lines[number - 1].lstrip().startswith("- ") else 0)
        value = found[3]
        if value.strip() in ("|", "|-", "|+", ">"):
            block: list[str] = []
            while number < len(lines) and (
                not lines[number].strip()
                or len(lines[number]) - len(lines[number].lstrip()) > indent
            ):
                block.append(lines[number])
                number += 1
            margin = min((_indent(line) for line in block if line.strip()), default=0)
            value = "\n".join(line[margin:] for line in block).strip("\n")
        fields.append((indent, found[2], value))
    return fields


def after(fields: Sequence[tuple[int, str, str]], key: str) -> list[tuple[int, str, str]]:
    """The fields nested under the first field named `key`, in order (none where it is
    missing)."""
    start = next((n for n, (_, name, _) in enumerate(fields) if name == key), None)
    if start is None:
        return []
    indent = fields[start][0]
    nested = []
    for field in fields[start + 1 :]:
        if field[0] <= indent:
            break
        nested.append(field)
    return nested


def tags_of(source: str) -> list[str]:
    """The topics the hero lists under `Parliamo di` (its `tags:` items)."""
    lines = source.split("\n")
    start = next((n for n, line in enumerate(lines) if line.strip() == "tags:"), None)
    found: list[str] = []
    for line in lines[start + 1 :] if start is not None else []:
        if not line.strip().startswith("- "):
            break
        found.append(scalar(line.strip()[2:]))
    return found


def news_entry(name: str, source: str) -> str | None:
    """A Designers Italia news page's block in texts.txt, or None where the page is not news
    (no reading time over it) or is shorter or longer than the half takes."""
    found = _NEWS_FILE.match(name)
    assert found is not None, name
    fields = yaml_fields(source)
    hero = after(fields, "hero")
    headline = {key: scalar(value) for indent, key, value in hero if indent == hero[0][0]}
    printed_over = [scalar(v) for _, k, v in after(hero, "personalInfo") if k == "label"]
    if len(printed_over) < 2 or not _MINUTES.match(printed_over[0]):
        return None
    sections = after(fields, "sectionsEditorial")
    markdown = "\n\n".join(value for _, key, value in sections if key == "text")
    markdown = printed(prose(markdown))
    if not FEWEST_WORDS <= words(markdown) <= MOST_WORDS:
        return None
    slug = f"{found[1]}{found[2]}{found[3]}-{found[4]}"
    head = f"it-{slug} | it | CC BY 4.0 | {DESIGNERS_SITE}/{slug}/"
    above = (headline.get("subtitle", ""), *printed_over[:2], *tags_of(source))
    return closed(page_entry(head, headline["title"], above, markdown))


def post_entry(name: str, source: str) -> str | None:
    """A cloud.gov post's block in texts.txt, or None where the post tries the layout or is
    shorter or longer than the half takes."""
    found = _POST_FILE.match(name)
    assert found is not None, name
    fields, body = front_matter(source)
    markdown = printed(prose(body))
    if any(word in found[4] for word in _LEFT_OUT) or not fields.get("title"):
        return None
    if not FEWEST_WORDS <= words(markdown) <= MOST_WORDS:
        return None
    year, month, day = found[1], found[2], found[3]
    slug = found[4].lower().replace("_", "-")
    url = f"{CLOUDGOV_SITE}/{year}/{month}/{day}/{found[4]}/"
    head = f"en-{year}{month}{day}-{slug} | en | CC0 1.0 | {url}"
    return closed(page_entry(head, fields["title"], (), markdown))


HEAD = """\
The forty-second fresh half, tuning, of public bodies' short and middling news: real
published news, verbatim, one per `@ id | language | licence | URL` block (`= ` the headline;
`^ ` the lines the page printed over the text; `## ` an intertitle; then the body paragraphs,
blank-line separated). Written by `python -m bench.fresh42_texts` from clones of
{designers}
at {designers_commit} (a fork of italia/designers.italia.it at that commit: Designers Italia's
news, the Italian Department for Digital Transformation; its content under CC BY 4.0, its legal
notes) and
{cloudgov}
at {cloudgov_commit} (cloud.gov's news, the US General Services Administration; public domain,
CC0 1.0 in its LICENSE.md). An id is the language, the page's day and its name.
bench/fresh42_dumps.py pastes them into dumps.
"""


def texts_file(designers: Path, cloudgov: Path) -> str:
    """texts.txt from the two clones: its head, then every Designers Italia news page, then
    every cloud.gov post the half takes, each by file name (its day)."""
    entries = []
    for name in git(designers, "ls-tree", "--name-only", f"HEAD:{NEWS}").split("\n"):
        if _NEWS_FILE.match(name):
            made = news_entry(name, git(designers, "show", f"HEAD:{NEWS}/{name}") + "\n")
            entries += [made] if made else []
    for name in git(cloudgov, "ls-tree", "--name-only", f"HEAD:{POSTS}").split("\n"):
        if _POST_FILE.match(name):
            made = post_entry(name, git(cloudgov, "show", f"HEAD:{POSTS}/{name}") + "\n")
            entries += [made] if made else []
    head = HEAD.format(
        designers=DESIGNERS,
        designers_commit=git(designers, "rev-parse", "--short", "HEAD"),
        cloudgov=CLOUDGOV,
        cloudgov_commit=git(cloudgov, "rev-parse", "--short", "HEAD"),
    )
    return head + "\n" + "\n".join(entries)


SOURCE = ClonesTexts(
    TEXTS,
    "bench.fresh42_texts",
    ("DESIGNERS", "CLOUDGOV"),
    (DESIGNERS, CLOUDGOV),
    (NEWS, POSTS),
    texts_file,
)
"""The half's texts.txt from clones of Designers Italia's site and cloud.gov's."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
