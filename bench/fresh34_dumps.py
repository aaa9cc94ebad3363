"""The thirty-fourth fresh half, a second-look one of template documents: `python -m
bench.fresh34_dumps` writes it and its gold.

At the end of session 25 the sealed fresh19 (pages of one standard whose every article repeats
the same intertitles and short lines) lost bodies, and the lead's guess was that the new repeat
rules (reader/dumps/repeats.py) read a template document's repeated intertitles as a site's menu
and footer. fresh33 is the tuning half built to mend them; this half, which nobody has tuned
on, judges the mend, so it was committed and first read before the mend landed.
tests/fixtures/dumps/real/fresh34/texts.txt (written by `python -m bench.fresh34_texts` from a
clone of the PEPs' repository) holds Python Enhancement Proposals of 2019 to 2026, public domain
or CC0 1.0: each opens on the same `Author:`, `Status:`, `Type:` and `Created:` fields, is cut by
the same intertitles (`Abstract`, `Motivation`, `Rationale`, `Specification`, `Backwards
Compatibility`, `How to Teach This`, …) and closes on the same `Copyright` paragraph. The
site's pages are pasted as its theme prints them (pep_sphinx_extensions/pep_theme/templates/
page.html): the `Python Enhancement Proposals` masthead, the `Python » PEP Index » PEP 8`
trail, the colour theme button's label, the header fields, the body, the `Source:` line, and
the sidebar's `Contents` (the intertitles again) and `Page Source (GitHub)`; the PEP index's
rows (pep_zero_generator) and the RSS feed's name are the site's too. The other shapes' chrome
(a feed reader's mail, a list digest, a user group's letter, clippings, exports, reposts'
closing lines) is written here. Only its aggregate rows may be read: `--show` leaves it out, it
is never tuned on and never trained on (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import re
import sys

from bench import database_exports as export
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH34 = REAL / "fresh34"
TEXTS = FRESH34 / "texts.txt"

MASTHEAD = "Python Enhancement Proposals"
"""The heading page.html prints over every page."""
THEME = "Toggle light / dark / auto colour theme"
"""The label of the colour theme button beside the trail."""
SIDEBAR = "Contents"
SOURCE_LINK = "Page Source (GitHub)"
FEED = "Newest Python PEPs"
"""The title of the site's RSS feed (generate_rss.py)."""
SITE = "peps.python.org"

_EMAIL = re.compile(r"\s*<[^>]*>")


def number(text: Text) -> int:
    """The PEP's number, the end of its id."""
    return int(text.id.rsplit("-", 1)[1])


def trail(text: Text) -> str:
    """The trail page.html prints under the masthead: `Python » PEP Index » PEP 8`."""
    return f"Python » PEP Index » PEP {number(text)}"


def field(text: Text, name: str) -> str:
    """A header field's value as the page prints it (`Final` for `Status`)."""
    return next(line for line in text.above if line.startswith(f"{name}: ")).split(": ", 1)[1]


def names(text: Text) -> str:
    """The authors' names without their masked addresses, as an export's byline gives them."""
    return _EMAIL.sub("", field(text, "Author"))


def fields_copied(text: Text) -> list[str]:
    """The header fields as a copy of the page gives its list: each name and its colon on a
    line and its value on the next."""
    return [part for line in text.above for part in line.replace(": ", ":\n", 1).split("\n")]


def source_line(text: Text) -> str:
    """The footer's link to the PEP's source (pep_footer.py)."""
    return f"Source: https://github.com/python/peps/blob/main/peps/pep-{number(text):04d}.rst"


def contents(text: Text) -> list[str]:
    """The sidebar as a copy gives it: `Contents`, the intertitles, the source link."""
    return [SIDEBAR, *(line for kind, line in text.blocks if kind == "subhead"), SOURCE_LINK]


def page_top(text: Text) -> list[layout.Item]:
    """The top of a page copied whole: masthead, trail, button label, headline, fields."""
    return [MASTHEAD, trail(text), THEME, "", layout.Title(), "", *fields_copied(text), ""]


def index_row(text: Text) -> str:
    """A row of the PEP index (pep_zero_generator): type and status letters, number, title
    without `PEP N – `, the authors' surnames."""
    letters = field(text, "Type")[0] + field(text, "Status")[0]
    surnames = ", ".join(name.split()[-1] for name in names(text).split(", "))
    return f"{letters}\t{number(text)}\t{text.title.split(' – ', 1)[1]}\t{surnames}"


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """PEP pages copied whole: masthead, trail, the header fields a line each, the body, the
    `Source:` line and the sidebar's contents."""
    dump = Dump.named("foreign_web_01", "PEP pages: masthead, trail, fields, Source:, Contents")
    idents = layout.ids_of(t, "en-0585", "en-0609", "en-0604")
    pages = [
        (i, [*page_top(t[i]), layout.Body(), "", source_line(t[i]), "", *contents(t[i])])
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """PEP pages copied from the headline down to the `Source:` line, each field on one line."""
    dump = Dump.named("foreign_web_02", "PEP pages: headline, Author: … Created:, Source:")
    idents = layout.ids_of(t, "en-0613", "en-0614", "en-0616", "en-0624")
    items = [layout.Title(), layout.ABOVE, "", layout.Body()]
    pages = [(i, [*items, "", source_line(t[i])]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A stretch of the PEP index copied (its rows), then two PEPs' pages under the trail."""
    dump = Dump.named("foreign_web_03", "PEP index rows, then pages under the trail")
    listed = layout.ids_of(t, "en-0838", "en-0839", "en-0840")
    dump.matter(MASTHEAD, "Python » PEP Index", "", "Numerical Index", "")
    dump.matter(*(index_row(t[ident]) for ident in listed))
    dump.gap(2)
    idents = layout.ids_of(t, "en-0640", "en-0641")
    pages = [(i, [*page_top(t[i]), layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """PEP pages copied from the headline to the end: fields, body, `Source:`, contents."""
    dump = Dump.named("foreign_web_04", "PEP pages: fields, body, Source:, sidebar Contents")
    idents = layout.ids_of(t, "en-0645", "en-0651", "en-0656")
    pages = [
        (i, [layout.Title(), "", *fields_copied(t[i]), "", layout.Body(), "", *contents(t[i])])
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 3)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Web clippings with YAML front matter (title, source, author, published, tags), a `# `
    headline and `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Clippings: front matter, # PEP N – …, ##", ".md")
    idents = layout.ids_of(t, "en-0658", "en-0663", "en-0671")

    def page(text: Text) -> list[layout.Item]:
        fields = [
            f"source: {text.url}",
            f'author: "{names(text)}"',
            f"published: {layout.id_day(text):%Y-%m-%d}",
            "tags:",
            "  - clippings",
        ]
        head = layout.titled_front_matter(text, True, fields)
        return [*head, layout.Body(render=layout.markdown)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in idents], 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Pages saved as Markdown with the header fields in bold, `##` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Saved pages: # headline, **Status:** …, ##", ".md")
    idents = layout.ids_of(t, "en-0673", "en-0676", "en-0679")

    def page(text: Text) -> list[layout.Item]:
        bold = [f"**{name}:** {value}" for name, value in (f.split(": ", 1) for f in text.above)]
        return [layout.Title("# {}"), "", *bold, "", layout.Body(render=layout.markdown)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in idents], 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A feed reader's mail of the site's RSS feed: each new PEP's headline, its date and
    status, the opening paragraph of its abstract and a `View article:` line."""
    dump = Dump.named("email_digest_01", "Feed reader mail: Newest Python PEPs, View article:")
    dump.matter(f"Subject: 5 new items in {FEED}", "", FEED, f"https://{SITE}/peps.rss")
    idents = layout.ids_of(t, "en-0682", "en-0685", "en-0686", "en-0687", "en-0689")
    for ident in idents:
        text = t[ident]
        dump.gap(2)
        line = f"{layout.english_date(text)} · {field(text, 'Status')}"
        items = [layout.Title(), line, "", layout.Body(), "", f"View article: {text.url}"]
        layout.lay_out(dump, layout.opening(text, 1), items)
    dump.gap(2)
    dump.matter(f"You are receiving this because you follow {FEED}. Unsubscribe.")
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A mailing list's digest: `Today's Topics:`, then each message under a rule with its
    number, `Date:`, `From:` and `Subject:` lines and the first two paragraphs."""
    dump = Dump.named("email_digest_02", "List digest: Today's Topics:, Message: N, [PEPs]")
    idents = layout.ids_of(t, "en-0699", "en-0700", "en-0704", "en-0709")
    dump.matter(
        "Send peps-announce mailing list submissions to peps-announce@lists.example.org",
        "",
        "Today's Topics:",
        "",
        *(f"   {n}. [PEPs] {t[i].title}" for n, i in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[str]:
        sent = [f"Date: {layout.english_date(text)}", "From: PEP editors <peps@lists.example.org>"]
        return [f"Message: {number}", *sent]

    layout.list_digest(dump, t, idents, head, "Subject: [PEPs] {}", "=" * 50)
    dump.matter("End of peps-announce Digest, Vol 12, Issue 3")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A user group's letter: numbered PEPs with a `peps.python.org, date` line, the opening
    paragraph and a `Read it:` line."""
    dump = Dump.named("email_digest_03", "User group letter: 1. PEP N – …, Read it:")
    idents = layout.ids_of(t, "en-0713", "en-0715", "en-0718", "en-0721")
    dump.matter("Hello Pythonistas,", "", "the PEPs we will talk about on Thursday:")
    layout.numbered_digest(dump, t, idents, "{}. ", f"{SITE}, {{}}", "Read it: ")
    dump.gap(2)
    dump.matter("Pizza is on us. See you there,", "the Python user group")
    return dump


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """PEPs pasted as plain text: the headline, the header fields a line each, the body."""
    dump = Dump.named("classic_01", "PEPs as text: headline, Author:/Status:/Type:, body")
    idents = layout.ids_of(t, "en-0724", "en-0726", "en-0731", "en-0732")
    pages = [(i, [layout.Title(), layout.ABOVE, "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """PEPs one after another, a headline and the body, one blank line."""
    dump = Dump.named("classic_02", "PEPs: headline, body, one blank line")
    idents = layout.ids_of(t, "en-0739", "en-0743", "en-0745", "en-0755", "en-0756")
    return layout.in_a_row(dump, t, idents, 1)


def classic_03(t: dict[str, Text]) -> Dump:
    """PEPs kept in a text file between `* * *` rules, each under its status and date."""
    dump = Dump.named("classic_03", "PEPs between * * * rules, status and date over them")
    idents = layout.ids_of(t, "en-0757", "en-0758", "en-0760", "en-0761")

    def page(text: Text) -> list[layout.Item]:
        status = f"{field(text, 'Status')}, {layout.english_date(text)}"
        return [status, layout.Title(), "", layout.Body()]

    return layout.ruled_pages(dump, t, [(i, page(t[i])) for i in idents], "* * *")


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export: each record's rule, source, date, headline, `SECTION:`, the
    authors under `BYLINE:`, `LENGTH:`, the body unwrapped, `LOAD-DATE:` and `LANGUAGE:`."""
    dump = Dump.named("lexisnexis_01", "LexisNexis export: BYLINE: authors, body unwrapped")

    def lines(text: Text) -> export.LexisRecord:
        length = f"LENGTH: {export.word_count(text)} words"
        section = f"SECTION: {field(text, 'Type').upper()}"
        fields = [section, f"BYLINE: {names(text)}", length]
        closing = export.lexis_closing(text, "PUBLICATION-TYPE: Web Publication")
        return export.lexis_source(text, MASTHEAD, 24), fields, closing

    docs = layout.ids_of(t, "en-0764", "en-0769", "en-0775")
    return export.lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records opening on `Copyright <year> Python Software Foundation`, the body
    wrapped at 72."""
    dump = Dump.named("lexisnexis_02", "LexisNexis export: copyright PSF, at 72")
    docs = layout.ids_of(t, "en-0779", "en-0781", "en-0782")
    fields = ["SECTION: PEPS; Pg. 1"]
    source = (SITE, 30)
    return export.copyrighted_records(
        dump, t, docs, "Python Software Foundation", source, fields, "DOCUMENT-TYPE: Proposal", 72
    )


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery of four PEPs under the job's cover, the authors under `Byline:`."""
    dump = Dump.named("nexis_factiva_01_nexisuni", "Nexis Uni delivery: PEPs, Byline: authors")
    docs = layout.ids_of(t, "en-0783", "en-0785", "en-0787", "en-0790")
    return export.nexis_uni_delivery(
        dump,
        t,
        docs,
        ("=research-desk", "Monday, April 13, 2026 9:41:00 AM EDT", "352981140"),
        ('"Python Enhancement Proposal" AND Abstract', f"Sources: {SITE}"),
        (SITE, "Python Software Foundation", names),
    )


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of three PEPs under the source code PYPEPS."""
    dump = Dump.named("nexis_factiva_02_factiva", "Factiva display: PEPs, PYPEPS")
    docs = layout.ids_of(t, "en-0797", "en-0806", "en-0813")
    return export.factiva_display(
        dump, t, docs, MASTHEAD, "PYPEPS", "Python Software Foundation", 4
    )


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Long PEPs with every short line (each intertitle) two blank lines apart, as wide as
    the gap between them, under the `Author:` line."""
    dump = Dump.named("long_intertitles_01", "PEPs under Author: lines, short lines spaced")
    idents = layout.ids_of(t, "en-0814", "en-0597", "en-0603")
    return layout.spaced_articles(dump, t, [(i, t[i].above[0]) for i in idents], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Copies of pages that set intertitles in capitals, under `peps.python.org · date`."""
    dump = Dump.named("long_intertitles_02", "PEPs, intertitles in capitals, site · date")
    idents = layout.ids_of(t, "en-0607", "en-0608", "en-0626")
    pages = [
        (ident, [layout.Title(), line, "", "", layout.Body()])
        for ident, line in layout.dated(t, idents, f"{SITE} · {{}}")
    ]
    return layout.capitalised_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """PEPs as other sites repost them, a blank line and then one closing line under each."""
    dump = Dump.named("trailers_01", "Reposted PEPs closed by Source:, (via …), —")
    trailers = (
        ("en-0627", "Source: peps.python.org"),
        ("en-0629", "(via the Newest Python PEPs feed)"),
        ("en-0632", "— the PEP editors"),
        ("en-0633", "Reposted from peps.python.org; public domain or CC0 1.0"),
    )
    return layout.closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """PEPs whose reposting site set its credit flush under the last paragraph."""
    dump = Dump.named("trailers_02", "Reposted PEPs closed flush by Originally published …")
    closing = (
        ("en-0815", "Originally published on peps.python.org"),
        ("en-0816", "[peps.python.org]"),
        ("en-0826", "Read the full PEP at peps.python.org"),
        ("en-0828", "This proposal first appeared in the Python PEP index."),
    )
    return layout.closed_by_keys(dump, t, closing, 2, blank=False)


SOURCES_HEAD = """# Thirty-fourth fresh half (second look, template documents): sources and licences

Written, like this file, by `python -m bench.fresh34_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh34_texts CLONE` writes from a clone of the repository named below. A
**second-look** half: only its aggregate rows (`python -m bench.split_quality --half fresh34`)
may be read; `--show` leaves it out, and nobody tunes or trains on it
([README.md](../README.md)). It is the half nobody had scored when the repeat rules were mended
for template documents (issue 13: the sealed fresh19, pages of one standard, fell 31 → 27 of 74
bodies on session 25's repeat rules; fresh33 is the tuning half of the mend), in all eight
shapes; its first reading was taken before the mend landed.

Every headline, header field, intertitle and body paragraph is real published text, taken by
code (not by hand) from the source of peps.python.org, the Python Enhancement Proposals, as
github.com/python/peps holds them (at ba4deeb, August 2026): every PEP under peps/ whose
Copyright section is the current licence paragraph ("This document is placed in the public
domain or under the CC0-1.0-Universal license, whichever is more permissive.") and whose body
prints at most 1,500 words (79 PEPs, 2019 to 2026: typing, packaging, the C API, governance,
release schedules; 124 to 1,499 words). Template documents: every PEP opens on the same header
fields, is cut by the same intertitles (`Abstract` and `Copyright` in all 79, `Motivation` in
54, `Specification` 53, `Backwards Compatibility` 46, `Rationale` 45, `Reference
Implementation` 37, `How to Teach This` 34, `Security Implications` 26) and ends on the same
licence paragraph. The reStructuredText is read as the site renders it (bench/fresh34_texts.py):
section titles as intertitles, list items, definitions and footnotes as paragraphs, roles,
links, literals and emphasis as their words, dashes and quotes as Sphinx's smart quotes print
them (read simply); literal and code blocks, doctests, tables, directives (images, banners,
boxed notes), comments, link targets and footnote marks left out, and an intertitle left with
nothing under it dropped. The headline is the one the page prints (`PEP 585 – Title`); the
`Author:`, `Status:`, `Type:`, `Created:` and `Python-Version:` fields are the ones it prints
over the text, e-mail addresses masked as it masks them (`lukasz at python.org`). The web pages
carry the site's own chrome, from its theme (pep_sphinx_extensions/pep_theme/templates/
page.html: the masthead, the trail, the colour theme button's label, the sidebar's `Contents`
and `Page Source (GitHub)`; pep_footer.py: the `Source:` line; pep_zero_generator: the index's
rows; generate_rss.py: the feed's name `Newest Python PEPs`). Written by the builder: the order
of the pages and of their chrome lines as a copy from a browser gives them, and everything
around the texts in the other shapes (a feed reader's mail, a list digest, a user group's
letter, clippings, export headers, cover pages and field lines, reposts' closing lines).

Licence: each PEP taken says, in its own Copyright section, that it "is placed in the public
domain or under the CC0-1.0-Universal license, whichever is more permissive"; no attribution
is required, and the PEPs' authors (named in each text's fields) and the Python Software
Foundation's PEP editors are credited here. The dumps are shared under CC0 1.0. Doubts: proposals
for a programming language, not news; English only (the PEPs are not translated, and no source
of template documents in the issue's other languages that no earlier half used could be found,
checked and read in the time; OWASP, the sealed fresh19's source, and MDN, fresh33's, were ruled
out); the reading of reStructuredText is this module's, not docutils', so a rare construct
(a one-column simple table, a nested literal block) may print otherwise on the page; the
`Source:` line is the footer's, the `Last modified:` line under it is left out (its time is the
build's, not the text's).

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH34, SOURCES_HEAD)
"""The thirty-fourth fresh half, a second look in all eight shapes: Python Enhancement
Proposals, template documents."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
