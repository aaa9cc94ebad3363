"""The texts of the forty-fourth fresh half, taken by code from clones of two associations'
sites: `python -m bench.fresh44_texts UBUCON INTERFERENCIAS` writes
tests/fixtures/dumps/real/fresh44/texts.txt.

Short news of associations in two of the splitting issue's languages, German and Spanish, from
sources no earlier half used:

- UbuCon Germany (ubucon.de), the yearly conference of Ubuntu Deutschland e.V., whose news
  (2011 to 2017: calls for papers and places, registration, programmes, the organisers'
  meetings, raffles, cancellations) the site keeps as Pelican Markdown under `content/<year>/`,
  each opened by `Key: value` metadata (title, date, author, slug, an optional language). The
  theme's base template prints `CC BY-SA` (linking to CC BY-SA 3.0) and `UbuCon Team` under
  every page. The article template prints the day (`DEFAULT_DATE_FORMAT`, `%a, %-d. %B %Y` in
  German: `So, 5. Mai 2013`) and `von` and the author over the text.
- Interferencias (interferencias.tech), an association in Granada on privacy and digital rights,
  whose posts (2016 to 2018: its meetings, talks, workshops and essays) the site keeps as Jekyll
  posts under `_posts/`, their footer (_includes/footer) putting the content under CC BY-SA 4.0.
  The post layout prints the day (`14 de enero de 2017`, _includes/date) and `ESCRITO POR` and
  the author's name (_data/authors.yml) under the headline.

Each site keeps posts in other languages too (UbuCon's English announcements, Interferencias'
English and Japanese posts and its theme's sample posts): a text is taken only where its words
are the site's language's (`in_language`). The Markdown is read as fresh31's and fresh42's is
(links and emphasis as their words, headings, `#` or underlined, as intertitles, list items as
paragraphs; code, images, media and HTML left out, a paragraph's lines joined). Kept here, not
done by hand, so anyone with the two clones can write the texts again and see every choice;
bench/fresh44_dumps.py pastes them.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from bench.clone_texts import ClonesTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh31_texts import metadata, printed, slug, words
from bench.fresh36_texts import prose
from bench.fresh39_texts import closed
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh44" / "texts.txt"
UBUCON = "https://github.com/ubuntu-Deutschland-eV/ubucon.de"
UBUCON_SITE = "https://ubucon.de"
NEWS = "content"
INTERFERENCIAS = "https://github.com/Interferencias/interferencias.github.io"
INTERFERENCIAS_SITE = "https://interferencias.tech"
POSTS = "_posts"
FEWEST_WORDS = 40
"""The shortest text taken: a notice with a few sentences, not a line that a talk is off."""
MOST_WORDS = 1500
"""The longest text taken: news and posts, not a programme of two days printed whole."""

_NEWS_FILE = re.compile(r"^content/(\d{4})/[^/]+\.md$")
_POST_FILE = re.compile(r"^(\d{4})-(\d\d?)-(\d\d?)-(.+)\.md$")
_SETEXT = re.compile(r"^(?=\S)(.+?)[ \t]*\n(?:=+|-+)[ \t]*$", re.M)
"""A heading underlined with `=` or `-` (`Protokoll` over `---------`), as Markdown writes one."""
_ATTRIBUTES = re.compile(r'\{(?:[\w-]+="[^"\n]*"\s*)+\}')
"""An image's attribute list (`{width="200"}`), which the page reads as the image's size and
does not print."""
_FORMULA = re.compile(r"\$[^$\n]+\$")
"""A formula between dollars, which the page typesets: a text holding one is left out."""
_WORD = re.compile(r"\w+")
LANGUAGE_WORDS = {
    "de": frozenset(
        "der die das und ist nicht mit für auf den dem wird auch sich eine ein".split()
    ),
    "es": frozenset("el la los las que y en del por para una con se es su al como".split()),
    "en": frozenset("the and of to is in for with that this on are be it was will".split()),
}
"""Words common in each language and rare in the others: a text is the site's language's where
more of its words are that language's than English's."""
GERMAN_DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
GERMAN_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
SPANISH_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()


def in_language(markdown: str, language: str) -> bool:
    """Whether a text's words are mostly the language's: more of its common words than of
    English's, and at least ten of them."""
    found = [word.lower() for word in _WORD.findall(markdown)]
    own = sum(word in LANGUAGE_WORDS[language] for word in found)
    english = sum(word in LANGUAGE_WORDS["en"] for word in found)
    return own >= 10 and own > english


def markdown_of(source: str) -> str | None:
    """The Markdown as the page prints its prose: underlined headings written as `## `
    headings (the page prints both alike), images' attribute lists gone, code and media left
    out (as fresh36's are), links and entities as their words; None where it holds a formula,
    which the page typesets."""
    if _FORMULA.search(source):
        return None
    return printed(prose(_ATTRIBUTES.sub("", _SETEXT.sub(r"## \1", source))))


def german_day(day: datetime) -> str:
    """The day as UbuCon's pages print it (`%a, %-d. %B %Y` in German): `So, 5. Mai 2013`."""
    return f"{GERMAN_DAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"


def spanish_day(day: datetime) -> str:
    """The day as Interferencias' pages print it: `14 de enero de 2017`."""
    return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"


def news_entry(path: str, source: str) -> str | None:
    """A UbuCon news item's block in texts.txt, or None where it is in another language than
    German or shorter or longer than the half takes."""
    found = _NEWS_FILE.match(path)
    assert found is not None, path
    fields, source_markdown = metadata(source)
    markdown = markdown_of(source_markdown)
    if markdown is None or fields.get("lang", "de") != "de" or not in_language(markdown, "de"):
        return None
    if not FEWEST_WORDS <= words(markdown) <= MOST_WORDS:
        return None
    day = datetime.strptime(fields["date"][:10], "%Y-%m-%d")
    name = slug(fields)
    url = f"{UBUCON_SITE}/{found[1]}/{name}/"
    head = f"de-{day:%Y%m%d}-{name.lower()} | de | CC BY-SA 3.0 | {url}"
    above = (german_day(day), f"von {fields['author']}" if fields.get("author") else "")
    return closed(page_entry(head, fields["title"], above, markdown))


def authors(source: str) -> dict[str, str]:
    """The authors' names by their keys, as _data/authors.yml holds them."""
    names: dict[str, str] = {}
    key = ""
    for line in source.split("\n"):
        if line and not line.startswith(" ") and line.endswith(":"):
            key = line[:-1]
        elif line.strip().startswith("name:") and key:
            names[key] = line.split(":", 1)[1].strip()
    return names


def post_entry(name: str, source: str, names: dict[str, str]) -> str | None:
    """An Interferencias post's block in texts.txt, or None where it is in another language
    than Spanish or shorter or longer than the half takes."""
    found = _POST_FILE.match(name)
    assert found is not None, name
    fields, body = front_matter(source)
    markdown = markdown_of(body)
    if markdown is None or not fields.get("title") or not in_language(markdown, "es"):
        return None
    if not FEWEST_WORDS <= words(markdown) <= MOST_WORDS:
        return None
    day = datetime(int(found[1]), int(found[2]), int(found[3]))
    url = f"{INTERFERENCIAS_SITE}/{day:%Y/%m/%d}/{found[4]}/"
    head = f"es-{day:%Y%m%d}-{found[4].lower()} | es | CC BY-SA 4.0 | {url}"
    author = names.get(fields.get("author", ""), "")
    above = (spanish_day(day), f"ESCRITO POR {author}" if author else "")
    return closed(page_entry(head, fields["title"], above, markdown))


HEAD = """\
The forty-fourth fresh half, sealed, of associations' short news in German and Spanish: real
published news items and posts, verbatim, one per `@ id | language | licence | URL` block (`= `
the headline; `^ ` the lines the page printed over the text; `## ` an intertitle; then the body
paragraphs, blank-line separated). Written by `python -m bench.fresh44_texts` from clones of
{ubucon}
at {ubucon_commit} (UbuCon Germany's news, Ubuntu Deutschland e.V.; CC BY-SA 3.0, the theme's
footer) and
{interferencias}
at {interferencias_commit} (Interferencias' posts; CC BY-SA 4.0, the site's footer). An id is the
language, the item's day and its name. bench/fresh44_dumps.py pastes them into dumps.
"""


def texts_file(ubucon: Path, interferencias: Path) -> str:
    """texts.txt from the two clones: its head, then every UbuCon news item, then every
    Interferencias post the half takes, each by file name."""
    entries = []
    for path in git(ubucon, "ls-tree", "-r", "--name-only", "HEAD", NEWS).split("\n"):
        if _NEWS_FILE.match(path):
            made = news_entry(path, git(ubucon, "show", f"HEAD:{path}") + "\n")
            entries += [made] if made else []
    names = authors(git(interferencias, "show", "HEAD:_data/authors.yml"))
    for name in git(interferencias, "ls-tree", "--name-only", f"HEAD:{POSTS}").split("\n"):
        if _POST_FILE.match(name):
            source = git(interferencias, "show", f"HEAD:{POSTS}/{name}") + "\n"
            made = post_entry(name, source, names)
            entries += [made] if made else []
    head = HEAD.format(
        ubucon=UBUCON,
        ubucon_commit=git(ubucon, "rev-parse", "--short", "HEAD"),
        interferencias=INTERFERENCIAS,
        interferencias_commit=git(interferencias, "rev-parse", "--short", "HEAD"),
    )
    return head + "\n" + "\n".join(entries)


SOURCE = ClonesTexts(
    TEXTS,
    "bench.fresh44_texts",
    ("UBUCON", "INTERFERENCIAS"),
    (UBUCON, INTERFERENCIAS),
    (NEWS, POSTS),
    texts_file,
)
"""The half's texts.txt from clones of UbuCon Germany's site and Interferencias'."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
