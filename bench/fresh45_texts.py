"""The texts of the forty-fifth fresh half, taken by code from clones of three sites: `python
-m bench.fresh45_texts BUTECO WEEE EXODUS` writes tests/fixtures/dumps/real/fresh45/texts.txt.

News in the languages the sealed halves hold least, Portuguese, Italian and French, and some
English, from sources no earlier half used:

- Buteco Open Source (butecopensource.com.br), a Brazilian community blog written by its
  readers about free software, whose posts (2014 to 2020, most of them imported from its
  WordPress) the site keeps as Jekyll posts under `_posts/`, each with front matter (title,
  date, author, permalink, categories). Its README puts the articles' texts under CC BY-SA
  4.0, and the theme's footer (_includes/footer.html) links every page to that licence. The
  half takes the posts filed under `Notícias` or `Eventos`, the blog's news.
- WEEE Open (weeeopen.polito.it), the student team of the Politecnico di Torino that mends and
  gives away old computers, whose blog posts (2016 to 2021: donations, courses, Linux Days,
  restart parties, the lab, the team's talks) the site keeps under `input/blog/`, as Markdown
  or HTML under `Key: value` lines closed by `---`. Its README and every page's footer
  (templates/base.php) put the site and its content under CC BY-SA 4.0. The post template
  prints the day over the text (`6 ott 2017`, `printDate` in Italian).
- Exodus Privacy (exodus-privacy.eu.org), a French association that audits Android apps'
  trackers, whose blog posts (2018 to 2024) the site keeps as Hugo Markdown under
  `content/post/`, most of them twice, `name.fr.md` and `name.en.md`. Its README and LICENSE
  put the repository, posts included, under the GNU AGPL version 3. The theme's post list
  prints each post's day (`15 Mar, 2022`, data/Formats.yaml). A story told in both languages
  is taken once, in the language its name's SHA-256 picks (`chosen_language`).

A text is taken only where its words are its language's (`in_language`), it holds no code (a
`<pre>`, `<code>`, fenced block or Liquid tag: tutorials, not news) and has 40 to 1,500 words.
The HTML of the WordPress imports and of WEEE Open's HTML posts is read as the page prints it
(headings as intertitles, list items and paragraphs as paragraphs, the tags of emphasis and
links as their words); the Markdown as fresh44's is (bench/fresh44_texts.py). Kept here, not
done by hand, so anyone with the three clones can write the texts again and see every choice;
bench/fresh45_dumps.py pastes them.
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
from datetime import datetime
from pathlib import Path

from bench.clone_texts import ClonesTexts, git
from bench.fresh25_texts import front_matter
from bench.fresh29_texts import page_entry
from bench.fresh31_texts import words
from bench.fresh39_texts import closed
from bench.fresh44_texts import authors, markdown_of
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh45" / "texts.txt"
BUTECO = "https://github.com/ButecoOpenSource/ButecoOpenSource.github.io"
BUTECO_SITE = "https://butecopensource.com.br"
POSTS = "_posts"
WEEE = "https://github.com/WEEE-Open/WEEEbsite"
WEEE_SITE = "https://weeeopen.polito.it"
BLOG = "input/blog"
EXODUS = "https://github.com/Exodus-Privacy/website"
EXODUS_SITE = "https://exodus-privacy.eu.org"
NOTES = "content/post"
LICENCE = "CC BY-SA 4.0"
EXODUS_LICENCE = "AGPL-3.0"
"""The licence of Exodus Privacy's site repository, its posts included (its README and
LICENSE): the GNU Affero General Public License, version 3."""
NEWS = frozenset({"Notícias", "Eventos"})
"""The categories of Buteco's posts that are its news: the rest are tips and tutorials."""
FEWEST_WORDS = 40
"""The shortest text taken: a notice with a few sentences, not a line that a link is up."""
MOST_WORDS = 1500
"""The longest text taken: news and posts, not a course's notes printed whole."""

_POST_FILE = re.compile(r"^(\d{4})-(\d\d?)-(\d\d?)-(.+)\.md$")
_BLOG_FILE = re.compile(r"^([^_][^/]*?)\.(md|html)$")
_NOTE_FILE = re.compile(r"^(.+)\.(fr|en)\.md$")
_CODE = re.compile(r"<pre|<code|```|\{%|\[caption|\[embed|<table", re.I)
"""What marks a text the half leaves out: code, a Liquid tag, a WordPress shortcode, a table."""
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HEADING_TAG = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.S | re.I)
_ITEM_TAG = re.compile(r"<li[^>]*>", re.I)
_BREAK_TAG = re.compile(r"</?(?:p|ul|ol|div|blockquote)\b[^>]*>|</li>", re.I)
_LINE_TAG = re.compile(r"<br\s*/?>", re.I)
_INLINE_TAG = re.compile(
    r"</?(?:a|span|strong|b|i|em|small|u|sup|sub|abbr|time|font)\b[^>]*>", re.I
)
"""A tag of emphasis or of a link, which the page prints as the words inside it."""
_EMPTY_HEADING = re.compile(r"^#{1,6}[^\w\n]*$", re.M)
"""A heading with no word in it (a lone `#`), which prints no intertitle."""
_DAY = re.compile(r"(\d{4})-(\d\d?)-(\d\d?)")
"""A front matter's day, its month and day with or without a leading zero (`2021-2-2`)."""
_WORD = re.compile(r"\w+")
LANGUAGE_WORDS = {
    "pt": frozenset("de do da em não uma com para os das dos são está também pelo mais".split()),
    "it": frozenset("di il la che non del della delle per una con sono anche dei nel alla".split()),
    "fr": frozenset("le la les des est une pour que dans qui pas sur nous avec sont aux".split()),
    "en": frozenset("the and of to is in for with that this on are be it was will".split()),
}
"""Words common in each language and rare in the others: a text is the site's language's where
more of its words are that language's than its rival's."""
PORTUGUESE_MONTHS = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
).split()
ITALIAN_MONTHS = "gen feb mar apr mag giu lug ago set ott nov dic".split()
"""The months as PHP's `%b` writes them in Italian."""
ENGLISH_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
"""The months as Go's `Jan` writes them, on French pages as on English ones."""


def in_language(markdown: str, language: str) -> bool:
    """Whether a text's words are mostly the language's: more of its common words than of
    its rival's (English's, or French's for English), and at least ten of them."""
    found = [word.lower() for word in _WORD.findall(markdown)]
    rival = LANGUAGE_WORDS["fr" if language == "en" else "en"]
    own = sum(word in LANGUAGE_WORDS[language] for word in found)
    return own >= 10 and own > sum(word in rival for word in found)


def plain_tags(source: str) -> str:
    """The text without its tags of emphasis and links, their words kept: Markdown posts hold
    some too, and a link's tag can hold a `>` the reading of Markdown would stop at."""
    return _INLINE_TAG.sub("", source)


def from_html(source: str) -> str:
    """HTML as Markdown the half reads alike: comments gone, each heading an intertitle, each
    list item and paragraph a paragraph of its own, a line break a space, the tags of emphasis
    and links as their words."""
    text = _HEADING_TAG.sub(lambda found: f"\n\n## {' '.join(found[1].split())}\n\n", source)
    text = _ITEM_TAG.sub("\n\n- ", _COMMENT.sub("", text))
    text = _LINE_TAG.sub(" ", _BREAK_TAG.sub("\n\n", plain_tags(text)))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def read(markdown: str) -> str | None:
    """The Markdown as the half reads it (fresh44's reading), less headings with no word."""
    found = markdown_of(markdown)
    return None if found is None else _EMPTY_HEADING.sub("", found)


def taken(markdown: str | None, source: str, language: str) -> bool:
    """Whether the half takes a text: no code, the site's language, 40 to 1,500 words."""
    if markdown is None or _CODE.search(source) or not in_language(markdown, language):
        return False
    return FEWEST_WORDS <= words(markdown) <= MOST_WORDS


def categories(source: str) -> set[str]:
    """The categories a post's front matter lists under `categories:`."""
    found = re.search(r"^categories:\n((?:[ \t]+- .*\n)+)", source, re.M)
    return {line.split("- ", 1)[1].strip() for line in found[1].splitlines()} if found else set()


def portuguese_day(day: datetime) -> str:
    """The day written out in Portuguese: `23 de julho de 2015`."""
    return f"{day.day} de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year}"


def italian_day(day: datetime) -> str:
    """The day as WEEE Open's post template prints it (`j %b Y` in Italian): `6 ott 2017`."""
    return f"{day.day} {ITALIAN_MONTHS[day.month - 1]} {day.year}"


def post_entry(name: str, source: str, names: dict[str, str]) -> str | None:
    """A Buteco news post's block in texts.txt, or None where the half does not take it."""
    found = _POST_FILE.match(name)
    assert found is not None, name
    fields, body = front_matter(source)
    if not NEWS & categories(source) or not fields.get("title"):
        return None
    markdown = read(from_html(body))
    if not taken(markdown, body, "pt"):
        return None
    day = datetime(int(found[1]), int(found[2]), int(found[3]))
    slug = fields.get("permalink", f"/{found[4]}/").strip("/")
    url = f"{BUTECO_SITE}/{slug}/"
    head = f"pt-{day:%Y%m%d}-{slug.lower()} | pt | {LICENCE} | {url}"
    author = names.get(fields.get("author", ""), "")
    above = (portuguese_day(day), f"por {author}" if author else "")
    return closed(page_entry(head, html.unescape(fields["title"]), above, markdown or ""))


def blog_entry(name: str, source: str) -> str | None:
    """A WEEE Open post's block in texts.txt, or None where the half does not take it (a
    draft's `.wip`, a page in English, one with code)."""
    found = _BLOG_FILE.match(name)
    assert found is not None, name
    fields, body = front_matter("---\n" + source)
    if found[1].endswith(".wip") or fields.get("lang", "it") != "it" or not fields.get("title"):
        return None
    markdown = read(from_html(body) if found[2] == "html" else plain_tags(body))
    if not taken(markdown, body, "it"):
        return None
    dated = _DAY.match(fields["date"])
    assert dated is not None, name
    day = datetime(*map(int, dated.groups()))
    url = f"{WEEE_SITE}/blog/{found[1]}.html"
    head = f"it-{day:%Y%m%d}-{found[1].lower()} | it | {LICENCE} | {url}"
    title = html.unescape(fields["title"])
    return closed(page_entry(head, title, (italian_day(day),), markdown or ""))


def chosen_language(slug: str, languages: set[str]) -> str:
    """The one language the half takes an Exodus Privacy post in: most posts stand in French
    and in English, one story told twice, so each is taken once, in the language its name's
    SHA-256 picks (even: French), or in the only language it has."""
    if len(languages) == 1:
        return next(iter(languages))
    return "fr" if hashlib.sha256(slug.encode()).digest()[0] % 2 == 0 else "en"


def note_entry(name: str, source: str) -> str | None:
    """An Exodus Privacy post's block in texts.txt, or None where the half does not take it
    (a draft, one with code)."""
    found = _NOTE_FILE.match(name)
    assert found is not None, name
    fields, body = front_matter(source)
    if fields.get("draft", "no") not in ("no", "false") or not fields.get("title"):
        return None
    language = found[2]
    markdown = read(plain_tags(body))
    if not taken(markdown, body, language):
        return None
    dated = _DAY.match(fields["date"])
    assert dated is not None, name
    day = datetime(*map(int, dated.groups()))
    slug = found[1].lower()
    url = f"{EXODUS_SITE}/{language}/post/{slug}/"
    head = f"{language}-{day:%Y%m%d}-{slug} | {language} | {EXODUS_LICENCE} | {url}"
    above = (f"{day.day} {ENGLISH_MONTHS[day.month - 1]}, {day.year}",)
    return closed(page_entry(head, html.unescape(fields["title"]), above, markdown or ""))


HEAD = """\
The forty-fifth fresh half, sealed, of news in Portuguese, Italian, French and English: real
published posts, verbatim, one per `@ id | language | licence | URL` block (`= ` the headline;
`^ ` the lines printed over the text; `## ` an intertitle; then the body paragraphs,
blank-line separated).
Written by `python -m bench.fresh45_texts` from clones of
{buteco}
at {buteco_commit} (Buteco Open Source's news posts; CC BY-SA 4.0, the README and the footer),
{weee}
at {weee_commit} (WEEE Open's blog posts; CC BY-SA 4.0, the README and the footer) and
{exodus}
at {exodus_commit} (Exodus Privacy's blog posts, each story in one of its languages; AGPL-3.0,
the README and LICENSE). An id is the language, the post's day and its name.
bench/fresh45_dumps.py pastes them into dumps.
"""


def texts_file(buteco: Path, weee: Path, exodus: Path) -> str:
    """texts.txt from the three clones: its head, then every Buteco news post, every WEEE
    Open post and every Exodus Privacy post the half takes, each by file name."""
    entries = []
    names = authors(git(buteco, "show", "HEAD:_data/authors.yml"))
    for name in git(buteco, "ls-tree", "--name-only", f"HEAD:{POSTS}").split("\n"):
        if _POST_FILE.match(name):
            made = post_entry(name, git(buteco, "show", f"HEAD:{POSTS}/{name}") + "\n", names)
            entries += [made] if made else []
    for name in git(weee, "ls-tree", "--name-only", f"HEAD:{BLOG}").split("\n"):
        if _BLOG_FILE.match(name):
            made = blog_entry(name, git(weee, "show", f"HEAD:{BLOG}/{name}") + "\n")
            entries += [made] if made else []
    notes = [n for n in git(exodus, "ls-tree", "--name-only", f"HEAD:{NOTES}").split("\n")]
    stories: dict[str, set[str]] = {}
    for found in filter(None, map(_NOTE_FILE.match, notes)):
        stories.setdefault(found[1], set()).add(found[2])
    for name in notes:
        found = _NOTE_FILE.match(name)
        if found and found[2] == chosen_language(found[1], stories[found[1]]):
            made = note_entry(name, git(exodus, "show", f"HEAD:{NOTES}/{name}") + "\n")
            entries += [made] if made else []
    head = HEAD.format(
        buteco=BUTECO,
        buteco_commit=git(buteco, "rev-parse", "--short", "HEAD"),
        weee=WEEE,
        weee_commit=git(weee, "rev-parse", "--short", "HEAD"),
        exodus=EXODUS,
        exodus_commit=git(exodus, "rev-parse", "--short", "HEAD"),
    )
    return head + "\n" + "\n".join(entries)


SOURCE = ClonesTexts(
    TEXTS,
    "bench.fresh45_texts",
    ("BUTECO", "WEEE", "EXODUS"),
    (BUTECO, WEEE, EXODUS),
    (POSTS, BLOG, NOTES),
    texts_file,
)
"""The half's texts.txt from clones of Buteco Open Source's blog, WEEE Open's site and Exodus
Privacy's site."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
