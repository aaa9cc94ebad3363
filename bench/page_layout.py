"""How the fresh halves' builders lay an article out on a page, line by line.

The fresh halves' builders write their pages from the same parts (a headline dressed as a
site dresses it, chrome lines, captions, a body with its gaps, wrapping and Markdown, pages
pasted in a row, between rules or as wire copy with its end mark, long articles with their
short lines set off, a digest's leads and a newsletter's items, closing lines, front matter,
character counts, dates read from a blog post's address or written out with a month's name
in the text's language), so that each builder holds only its texts' choices and its chrome;
keeping those parts here makes the halves' gold files agree on what each line is, and
tests/dumps/test_real_gold.py holds every half's built files byte for byte, so a part can
move here without changing a dump. The news databases' exports are in
bench/database_exports.py.
"""

from __future__ import annotations

import dataclasses
import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bench.fresh_dumps import Dump, Text


@dataclass(frozen=True, slots=True)
class Title:
    """Where the headline line goes, and how the page dresses it (`{}` is the headline)."""

    dress: str = "{}"
    upper: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """Where the body goes: gaps between paragraphs and around intertitles, wrapping, a
    Markdown rendering, and chrome lines a page prints before a given paragraph."""

    between: int = 1
    around: int = 2
    wrap: int | None = None
    render: Callable[[str, str], str] | None = None
    inserts: tuple[tuple[int, tuple[str, ...]], ...] = ()
    wrapper: Callable[[str], list[str]] | None = None
    """How a paragraph is hard-wrapped where `wrap` is not enough (a mail client's re-flow, a
    quoted reply: bench/mail_layout.py); it wins over `wrap`."""
    together: Callable[[str, str], bool] | None = None
    """Whether two body blocks in a row go with no blank line between them, as a page prints
    the items of one list or the rows of one table (fresh48); None: never."""


CAPTIONS = "!"
"""In a list of chrome lines, where the article's published captions go."""
ABOVE = "^"
"""In a list of chrome lines, where the lines its source printed over the body go."""
BELOW = "+"
"""In a list of chrome lines, where the lines its source printed under the body go."""

Item = str | Title | Body
PRINTED: dict[str, Callable[[Text], tuple[str, ...]]] = {
    CAPTIONS: lambda text: text.captions,
    ABOVE: lambda text: text.above,
    BELOW: lambda text: text.below,
}
"""The lines each of those marks stands for in a text."""


def captioned(text: Text) -> list[Item]:
    """The text's captions and a blank line under them, or nothing where it has none: pages
    that print a photo over the body print its caption so."""
    return [CAPTIONS, ""] if text.captions else []


def lead_sentence(text: Text) -> str:
    """The lead's first sentence, which sites and clippers repeat as a dek."""
    sentence = text.blocks[0][1].split(". ")[0].rstrip(".") + "."
    assert sentence != text.blocks[0][1], text.id
    return sentence


def lay_out_body(dump: Dump, index: int, text: Text, how: Body) -> None:
    """The body blocks with their gaps; wrapped lines never break at a hyphen, so joining
    them with a space gives the paragraph back."""
    render = how.render or (lambda kind, line: line)
    inserts = dict(how.inserts)
    for number, (kind, paragraph) in enumerate(text.blocks):
        if number in inserts:
            dump.gap()
            for line in inserts[number]:
                dump.meta(index, line)
            dump.gap()
        elif number:
            before, before_text = text.blocks[number - 1]
            subhead = "subhead" in (kind, before)
            tight = not subhead and how.together and how.together(before_text, paragraph)
            dump.gap(0 if tight else how.around if subhead else how.between)
        rendered = render(kind, paragraph)
        pieces = [rendered]
        if how.wrapper and kind == "body":
            pieces = how.wrapper(rendered)
        elif how.wrap and kind == "body":
            pieces = textwrap.wrap(
                rendered, how.wrap, break_long_words=False, break_on_hyphens=False
            )
        for piece in pieces:
            dump.put(piece, index, kind)


def lay_out(dump: Dump, text: Text, items: Sequence[Item]) -> int:
    """One article laid out line by line: chrome strings ('' a blank line), the headline,
    the captions and the body where the items put them."""
    title = next(item for item in items if isinstance(item, Title))
    headline = text.title.upper() if title.upper else text.title
    index = dump.start(text, title=headline)
    for item in items:
        if isinstance(item, Title):
            dump.title(index, item.dress.format(headline))
        elif isinstance(item, Body):
            lay_out_body(dump, index, text, item)
        elif item in PRINTED:
            for line in PRINTED[item](text):
                dump.meta(index, line)
        elif item:
            dump.meta(index, item)
        else:
            dump.gap()
    return index


def lay_out_pages(
    dump: Dump, t: dict[str, Text], pages: Sequence[tuple[str, Sequence[Item]]], gap: int
) -> Dump:
    """Pages pasted one after another, `gap` blank lines apart, each laid out by its items."""
    for number, (ident, items) in enumerate(pages):
        if number:
            dump.gap(gap)
        lay_out(dump, t[ident], items)
    return dump


def in_a_row(dump: Dump, t: dict[str, Text], idents: Sequence[str], gap: int) -> Dump:
    """Plain copies one after another, `gap` blank lines apart: headline, blank, body."""
    return lay_out_pages(dump, t, [(ident, [Title(), "", Body()]) for ident in idents], gap)


def closed(dump: Dump, t: dict[str, Text], items: Sequence[tuple[str, str]], gap: int) -> Dump:
    """Articles each closed by a trailer line, a blank line below its body."""
    return closed_by(dump, t, [(ident, (trailer,)) for ident, trailer in items], gap)


def closed_by(
    dump: Dump,
    t: dict[str, Text],
    items: Sequence[tuple[str, Sequence[str]]],
    gap: int,
    blank: bool = True,
    body: Body = Body(),
) -> Dump:
    """Articles each closed by its trailer lines, a blank line below its body (laid out as
    `body` says) unless `blank` is false (a credit set flush under the last paragraph)."""
    under = [""] if blank else []
    pages = [(ident, [Title(), "", body, *under, *trailer]) for ident, trailer in items]
    return lay_out_pages(dump, t, pages, gap)


def lead(text: Text, paragraphs: int) -> Text:
    """The text as a digest quotes it: its first body paragraphs, up to its first intertitle."""
    blocks = []
    for kind, paragraph in text.blocks[:paragraphs]:
        if kind != "body":
            break
        blocks.append((kind, paragraph))
    return dataclasses.replace(text, blocks=tuple(blocks))


def markdown(kind: str, line: str) -> str:
    """Markdown as note apps write it: an intertitle becomes a `##` heading."""
    return f"## {line}" if kind == "subhead" else line


def lay_out_spaced(dump: Dump, index: int, text: Text, short: int = 70) -> None:
    """The body with a short line (an intertitle, a `said:` line, a one-line paragraph)
    set off by two blank lines above and below, as wide as the gap between articles."""
    previous_short = False
    for number, (kind, paragraph) in enumerate(text.blocks):
        is_short = len(paragraph) <= short
        if number:
            dump.gap(2 if is_short or previous_short else 1)
        dump.put(paragraph, index, kind)
        previous_short = is_short


def spaced_articles(
    dump: Dump, t: dict[str, Text], items: Sequence[tuple[str, str]], short: int = 70
) -> Dump:
    """Articles pasted with two blank lines around every short line and between them: the
    headline, one chrome line under it (a date, a byline, a reading time), two blank lines,
    and the body laid out by `lay_out_spaced`."""
    for number, (ident, line) in enumerate(items):
        text = t[ident]
        if number:
            dump.gap(2)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.meta(index, line)
        dump.gap(2)
        lay_out_spaced(dump, index, text, short)
    return dump


def closed_by_keys(
    dump: Dump,
    t: dict[str, Text],
    trailers: Sequence[tuple[str, str]],
    gap: int,
    blank: bool = True,
    named: Callable[..., tuple[str, ...]] | None = None,
) -> Dump:
    """`closed_by` for texts named by short keys (`ids_of`, or `named`: `ids_from` for days),
    each with one trailer line."""
    keys = [key for key, _ in trailers]
    idents = (named or ids_of)(t, *keys)
    items = [(ident, (line,)) for ident, (_, line) in zip(idents, trailers, strict=True)]
    return closed_by(dump, t, items, gap, blank)


def titled_front_matter(text: Text, heading: bool, fields: Sequence[str]) -> list[Item]:
    """Front matter whose `title:` holds the headline, with the fields after it: the title
    line is the article's title only when no `# Title` heading follows the block."""
    title: Item = f"title: {text.title}" if heading else Title("title: {}")
    items: list[Item] = ["---", title, *fields, "---", ""]
    if heading:
        items += [Title("# {}"), ""]
    return items


_POSTED = re.compile(r"/blog/(\d{4})/(\d\d)/(\d\d)/")


def posted_day(text: Text) -> datetime:
    """The day a post was published, read from its address (`…/blog/2025/03/24/…`): the
    halves built from blogs date their chrome by it."""
    posted = _POSTED.search(text.url)
    assert posted, text.id
    return datetime(*(int(part) for part in posted.groups()))


def id_day(text: Text) -> datetime:
    """The day a text's id holds after its language (`es-20250605`), the day its source
    dated it: the halves built from posts whose address carries no day date their chrome by
    it."""
    return datetime.strptime(text.id[3:11], "%Y%m%d")


def english_date(text: Text) -> str:
    """`May 5, 2019`, the text's day as English pages and exports write it."""
    day = id_day(text)
    return f"{day:%B} {day.day}, {day.year}"


def reading_minutes(text: Text) -> int:
    """A reading time in minutes, at 200 words a minute, as sites print one."""
    return max(1, round(text.words() / 200))


def capital_intertitles(text: Text) -> Text:
    """The text as a page whose style sheet sets intertitles in capitals gives it to a copy:
    every intertitle upper-cased, the paragraphs as published."""
    blocks = tuple(
        (kind, line.upper() if kind == "subhead" else line) for kind, line in text.blocks
    )
    return dataclasses.replace(text, blocks=blocks)


MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November "
    "Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre".split(),
}
"""Month names in the languages whose pages the later halves' builders write chrome for."""


def local_date(day: datetime, language: str) -> str:
    """A day as a page in `language` writes it: `16 de septiembre de 2022`, `16 de setembro
    de 2022`, `16. September 2022`, `16 septembre 2022`."""
    if language in ("es", "pt"):
        return f"{day.day} de {MONTHS[language][day.month - 1]} de {day.year}"
    return written_date(day, MONTHS[language], "." if language == "de" else "")


def own_date(text: Text) -> str:
    """The text's day as a page in the text's own language writes it (`May 5, 2019` in
    English): a page carrying texts in several languages dates each in its own."""
    if text.language == "en":
        return english_date(text)
    return local_date(id_day(text), text.language)


def ids_of(t: dict[str, Text], *keys: str) -> tuple[str, ...]:
    """The texts' ids from short keys, a language and the end of an id (`de-bp` for the German
    text whose id ends in `bp`), for halves that hold one text in several languages: a dump's
    list says which text in which language without repeating the days the ids hold."""
    return tuple(
        next(ident for ident in t if ident[:2] == key[:2] and ident.endswith(key[3:]))
        for key in keys
    )


def ids_from(t: dict[str, Text], *starts: str) -> tuple[str, ...]:
    """The texts' ids from the start of each (`en-20160523`, or more of it where two texts
    share a day), for halves of one language whose ids' days tell their texts apart: a dump's
    list names each text by its day."""
    found = []
    for start in starts:
        matches = [ident for ident in t if ident.startswith(start)]
        assert len(matches) == 1, start
        found.append(matches[0])
    return tuple(found)


def written_date(day: datetime, months: Sequence[str], after_day: str = "") -> str:
    """`17 Aprili 2015`, `9. listopadu 2020`: a date with its month's name, in the form
    most languages write one (`after_day` is what follows the day's number)."""
    return f"{day.day}{after_day} {months[day.month - 1]} {day.year}"


def cjk_date(day: datetime) -> str:
    """`2025年3月24日`, a date as Japanese and Chinese pages write it."""
    return f"{day.year}年{day.month}月{day.day}日"


def characters(text: Text) -> str:
    """A body's length in characters, spaces aside, as Japanese and Chinese databases count
    it, with a thousands separator."""
    return f"{sum(len(''.join(body.split())) for _, body in text.blocks):,}"


def labelled_items(
    dump: Dump,
    t: dict[str, Text],
    items: Sequence[tuple[str, str]],
    more: str,
    gap: int = 2,
    paragraphs: int | None = None,
) -> None:
    """Newsletter items, `gap` blank lines apart: a section label over the headline, the
    body (or its first `paragraphs`, as a digest quotes a lead), and a `more` link line."""
    for label, ident in items:
        text = t[ident]
        dump.gap(gap)
        quoted = lead(text, paragraphs) if paragraphs else text
        lay_out(dump, quoted, [label, Title(), "", Body(), "", f"{more} {text.url}"])


def newsletter(
    dump: Dump, t: dict[str, Text], items: Sequence[tuple[str, str]], more: str, rule: str
) -> None:
    """Newsletter items: a section label over the headline, the first two paragraphs, a
    link line, and a rule after each."""
    for item in items:
        labelled_items(dump, t, [item], more, paragraphs=2)
        dump.gap()
        dump.separator(rule)


def opening(text: Text, paragraphs: int) -> Text:
    """The text as a newsletter quotes it: its first body paragraphs after any intertitle it
    opens with, up to the next intertitle."""
    blocks: list[tuple[str, str]] = []
    for kind, paragraph in text.blocks:
        if kind == "body":
            blocks.append((kind, paragraph))
        elif blocks:
            break
        if len(blocks) == paragraphs:
            break
    return dataclasses.replace(text, blocks=tuple(blocks))


def linked_pages(
    t: dict[str, Text], idents: Sequence[str], page: Callable[[int, Text, Text], Sequence[Item]]
) -> list[tuple[str, Sequence[Item]]]:
    """Each text's page as `page(number, text, other)` lays it out, `other` being the next
    text in the row (for `read also` lines)."""
    return [
        (ident, page(number, t[ident], t[idents[(number + 1) % len(idents)]]))
        for number, ident in enumerate(idents)
    ]


def numeric_date(text: Text) -> str:
    """The post's day as Spanish, Portuguese and French pages print it in figures:
    `15/09/2025`."""
    return f"{id_day(text):%d/%m/%Y}"


def dek(text: Text) -> list[str]:
    """The lead's first sentence again under the headline, as a site prints a dek; none where
    the lead is that one sentence."""
    first = text.blocks[0][1]
    return [lead_sentence(text)] if ". " in first.rstrip(".") else []


def digest_items(
    dump: Dump,
    t: dict[str, Text],
    items: Sequence[tuple[str, str]],
    line: str,
    more: str,
    paragraphs: int = 1,
) -> None:
    """A plain-text digest's items two blank lines apart: a section label in capitals over
    the headline, a line naming the publication (`line` formatted with the post's day in its
    language), the post's opening paragraphs and a `more` line with its address."""
    for label, ident in items:
        text = t[ident]
        dump.gap(2)
        items = [label, Title(), line.format(own_date(text)), "", Body(), "", more + text.url]
        lay_out(dump, opening(text, paragraphs), items)


def numbered_digest(
    dump: Dump,
    t: dict[str, Text],
    idents: Sequence[str],
    mark: str,
    line: str,
    more: str,
    rule: str | None = None,
) -> None:
    """A digest's items numbered from 1 (`mark` formatted with the number, before the
    headline), each with a line naming the publication (`line` formatted with the post's day
    in its language), the opening paragraph and a `more` line with its address; two blank
    lines apart, or a `rule` between blank lines before each item and after the last."""
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        _part(dump, rule)
        items = [Title(mark.format(number) + "{}"), line.format(own_date(text)), "", Body()]
        lay_out(dump, opening(text, 1), [*items, "", more + text.url])
    if rule:
        _part(dump, rule)


def message_digest(
    dump: Dump,
    t: dict[str, Text],
    idents: Sequence[str],
    head: Callable[[int, Text], Sequence[Item]],
    body: Body,
    rule: str,
) -> None:
    """A list digest's messages whole, each two blank lines down under a `rule` and a blank
    line: its header lines (`head` of its number from 1 and its text, the headline among them
    as its subject), a blank line and the post laid out as `body` says; a last rule closes
    them, a blank line under it."""
    for number, ident in enumerate(idents, 1):
        dump.gap(2)
        dump.separator(rule)
        dump.gap()
        lay_out(dump, t[ident], [*head(number, t[ident]), "", body])
    dump.gap(2)
    dump.separator(rule)
    dump.gap()


def _part(dump: Dump, rule: str | None) -> None:
    """Two blank lines, or a rule between blank lines: what parts a digest's items."""
    if rule is None:
        dump.gap(2)
        return
    dump.gap()
    dump.separator(rule)
    dump.gap()


def ruled(
    dump: Dump, t: dict[str, Text], idents: Sequence[str], rule: str, body: Body = Body()
) -> Dump:
    """Pages pasted into one text file with a `rule` line between them, a blank line above and
    below it: the headline, a blank line and the body laid out as `body` says."""
    return ruled_pages(dump, t, [(ident, [Title(), "", body]) for ident in idents], rule)


def ruled_pages(
    dump: Dump, t: dict[str, Text], pages: Sequence[tuple[str, Sequence[Item]]], rule: str
) -> Dump:
    """Pages kept in one file with a `rule` line between them, a blank line above and below
    it, each laid out by its own items (a note's source line, a reading list's byline)."""
    for number, (ident, items) in enumerate(pages):
        if number:
            _part(dump, rule)
        lay_out(dump, t[ident], items)
    return dump


def list_digest(
    dump: Dump,
    t: dict[str, Text],
    idents: Sequence[str],
    head: Callable[[int, Text], Sequence[str]],
    subject: str,
    rule: str,
) -> None:
    """A mailing list's digest messages, each under a `rule` between blank lines and the last
    closed by one: the message's header lines (`head` of its number from 1 and its text), the
    headline as its subject line (`subject`, `{}` the headline), its first two paragraphs."""
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        _part(dump, rule)
        lay_out(dump, opening(text, 2), [*head(number, text), Title(subject), "", Body()])
    _part(dump, rule)


def capitalised_pages(
    dump: Dump, t: dict[str, Text], pages: Sequence[tuple[str, Sequence[Item]]], gap: int
) -> Dump:
    """`lay_out_pages` over pages copied from a site whose style sheet sets intertitles in
    capitals (`capital_intertitles`)."""
    capitals = {ident: capital_intertitles(t[ident]) for ident, _ in pages}
    return lay_out_pages(dump, capitals, pages, gap)


def blank_lined(
    dump: Dump, t: dict[str, Text], idents: Sequence[str], gap: int = 1, dress: str = "{}"
) -> Dump:
    """Pages kept in one text file with one blank line under the headline (dressed as `dress`
    says), between paragraphs and around intertitles, `gap` blank lines between pages."""
    pages = [(ident, [Title(dress), "", Body(around=1)]) for ident in idents]
    return lay_out_pages(dump, t, pages, gap)


def ended(
    dump: Dump, t: dict[str, Text], pages: Sequence[tuple[str, Sequence[Item]]], mark: str
) -> Dump:
    """Wire copy: stories two blank lines apart, each laid out by its items and closed by the
    agency's end `mark` a blank line under its body."""
    for number, (ident, items) in enumerate(pages):
        if number:
            dump.gap(2)
        lay_out(dump, t[ident], items)
        dump.gap()
        dump.separator(mark)
    return dump


def headings(level: str) -> Callable[[str, str], str]:
    """Markdown as a note app writes it with intertitles at heading `level` (`###`)."""

    def render(kind: str, line: str) -> str:
        return f"{level} {line}" if kind == "subhead" else line

    return render


def dated(
    t: dict[str, Text], idents: Sequence[str], form: str | Mapping[str, str]
) -> list[tuple[str, str]]:
    """Each text with the line a page prints under its headline, `form` (or the form for the
    text's language) formatted with the text's day in its own language (`OWASP · {}`)."""
    lines = []
    for ident in idents:
        text = t[ident]
        own = form if isinstance(form, str) else form[text.language]
        lines.append((ident, own.format(own_date(text))))
    return lines


def dated_pages(
    t: dict[str, Text], idents: Sequence[str], form: str, above: Sequence[Item] = ()
) -> list[tuple[str, Sequence[Item]]]:
    """Pages copied from a site: the headline, the `above` lines, the dated line `dated` gives,
    and the body two blank lines under it."""
    return [
        (ident, [Title(), *above, line, "", "", Body()]) for ident, line in dated(t, idents, form)
    ]


def by_keys(t: dict[str, Text], items: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`(label, key)` pairs as `(label, id)` pairs, the texts named by short keys (`ids_of`)."""
    idents = ids_of(t, *(key for _, key in items))
    return [(label, ident) for (label, _), ident in zip(items, idents, strict=True)]
