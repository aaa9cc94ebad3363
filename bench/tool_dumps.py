"""More tune dumps in the layouts of real tools: `python -m bench.tool_dumps` writes them.

The articles are those of tests/fixtures/dumps/real/tune/texts.txt again (real published
text, Wikinews CC BY 2.5 and Global Voices CC BY 3.0, in no other half), pasted in layouts
the other builders do not write, each written from the tool's documentation or the
conventions of the kind of page, never from a dump of another half: a mail digest with a
table of contents, box-drawing rules, section labels parted by `··` and "via
Publication, date" lines; Mailchimp's plain-text newsletter (`**` headings over a rule
of dashes, `Read more (URL)` links, the `====` rule over its footer); a Factiva export
opening with its search summary; news pages whose labels carry an icon (`👁`, `⏱`, `🔊`),
with text-size buttons, "listen to this content", "Filed under:" and "more news from …"
lines in six languages; an agency's pages with the trail a line above the headline; wire
and desk trailers in several languages; LexisNexis records with copyright lines over the
publication; clipped notes with long `##` intertitles; framed intertitles (the
intertitles, like the chrome, are ours); a Google Groups topic digest; Substack posts
forwarded from Gmail; German, French and Italian wire sign-offs and author notes.
"""

from __future__ import annotations

import dataclasses
import sys

from bench.database_exports import (
    FACTIVA_ANY,
)
from bench.fresh_dumps import Dump, Half, Text, builders_in
from bench.layout_dumps import _markdown, _with_intertitles
from bench.tune_dumps import TITLE, TUNE, _page, _trailed

TEXTS = TUNE / "texts.txt"


def _first(text: Text, count: int) -> Text:
    """The text cut to its first `count` body paragraphs, as digests quote articles."""
    return dataclasses.replace(text, blocks=[b for b in text.blocks if b[0] == "body"][:count])


def email_digest_14(t: dict[str, Text]) -> Dump:
    """A plain-text digest with a numbered table of contents under the greeting, items
    between box-drawing rules, each under a region label parted by `··`, its headline
    over a "via Publication, date" line, closed by "Full story: URL"."""
    dump = Dump(
        "email_digest_14", "email_digest", "digest: contents list, box rules, `··` labels, via"
    )
    items = [
        ("EUROPE ·· GERMANY", "gvde-workeer", "Global Voices auf Deutsch, 12 February 2016"),
        ("AFRICA ·· MOZAMBIQUE", "gvpt-nyusi", "Global Voices em Português, 12 May 2017"),
        ("EUROPE ·· ITALY", "gvit-padua", "Global Voices in Italiano, 23 November 2009"),
        ("ASIA ·· KAZAKHSTAN", "gvfr-kazakhstan", "Global Voices en Français, 2 July 2021"),
    ]
    dump.matter(
        "From: Voices Digest <digest@voices.example>",
        "Date: Sun, 4 Jul 2021 06:00:00 +0000",
        "Subject: Voices Digest, issue 212",
        "To: reader@example.org",
        "",
        "Hello,",
        "",
        "IN THIS ISSUE",
        *(f"  {n}. {t[ident].title}" for n, (_, ident, _) in enumerate(items, 1)),
    )
    dump.gap()
    for label, ident, via in items:
        text = _first(t[ident], 2)
        dump.separator("━" * 40)
        dump.gap()
        index = dump.start(text)
        dump.meta(index, label)
        dump.gap()
        dump.title(index, text.title)
        dump.meta(index, f"via {via}")
        dump.gap()
        dump.body(index, text)
        dump.gap()
        dump.meta(index, f"Full story: {text.url}")
        dump.gap()
    dump.separator("━" * 40)
    dump.gap()
    dump.matter(
        "You are receiving this digest because you subscribed at voices.example.",
        "Unsubscribe: https://voices.example/unsubscribe",
    )
    return dump


_MC_RULE = "-" * 60
_MC_FOOTER_RULE = "=" * 60


def email_digest_15(t: dict[str, Text]) -> Dump:
    """Mailchimp's plain-text version of a newsletter: "View this email in your browser
    (URL)", each heading as `** Heading` over a rule of sixty dashes, links as `Text
    (URL)`, and the footer under a rule of sixty `=`: share links, copyright, why you
    receive it, the mailing address, "update your preferences or unsubscribe"."""
    dump = Dump("email_digest_15", "email_digest", "Mailchimp plain text: ** headings, rules")
    dump.matter(
        "View this email in your browser (https://mailchi.mp/worlddesk/weekly-212)",
        "",
        "Hello readers,",
        "here are three stories from our partners this week.",
    )
    dump.gap()
    for ident in ("gvde-peru-fahrrad", "gves-lectores-feb2018", "frwn-44373"):
        text = _first(t[ident], 2)
        index = dump.start(text)
        dump.title(index, f"** {text.title}")
        dump.meta(index, _MC_RULE)
        dump.gap()
        dump.body(index, text)
        dump.gap()
        dump.meta(index, f"Read more ({text.url})")
        dump.gap()
    dump.separator(_MC_FOOTER_RULE)
    dump.matter(
        "** Twitter (https://twitter.com/worlddesk)",
        "** Website (https://worlddesk.example)",
        "",
        "Copyright © 2018 World Desk, All rights reserved.",
        "You are receiving this email because you opted in via our website.",
        "",
        "Our mailing address is:",
        "World Desk",
        "1 Example Street",
        "London",
        "",
        "Want to change how you receive these emails?",
        "You can ** update your preferences (https://worlddesk.us1.list-manage.com/profile)",
        "or ** unsubscribe from this list (https://worlddesk.us1.list-manage.com/unsubscribe)",
    )
    return dump


def nexis_factiva_12_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva export that opens with its search summary (Text, Date, Source, Author,
    Company, Subject, Industry, Region, Language, Results Found, Timeline, Duplicates),
    then each document in field codes beside their values."""
    dump = Dump(
        "nexis_factiva_12_factiva", "nexis_factiva", "Factiva: search summary, then documents"
    )
    dump.matter(
        "Search Summary",
        "Text: global voices and (kino or cinema)",
        "Date: 01/01/2014 to 12/31/2015",
        *FACTIVA_ANY,
        "Language: English or German",
        "Results Found: 2",
        "Timeline: 01 January 2014 to 31 December 2015",
        "Duplicates: Off",
    )
    dump.gap(3)
    for ident, words, date, code, language in (
        ("gven-bogota-cinema", "412 words", "10 July 2014", "GLVOIC0020140710ea7a0002t", "English"),
        ("t2t-7", "318 Wörter", "12 March 2015", "WIKNWS0020150312eb3c0001d", "German"),
    ):
        text = t[ident]
        index = dump.start(text, title=text.title)
        dump.title(index, f"HD\t{text.title}")
        for line in (f"WC\t{words}", f"PD\t{date}", "SN\tGlobal Voices", f"LA\t{language}"):
            dump.meta(index, line)
        dump.gap()
        dump.meta(index, "LP")
        dump.body(index, text)
        dump.gap()
        dump.meta(index, f"AN\tDocument {code}")
        dump.gap(3)
    return dump


def foreign_web_21(t: dict[str, Text]) -> Dump:
    """News pages whose labels carry the icon the page set before them (a view counter
    `👁`, a reading time `⏱`, a speaker `🔊`), with text-size buttons, "listen to this
    content", "Filed under:" and "more news from …" lines, in five languages."""
    dump = Dump("foreign_web_21", "foreign_web", "pages with icon labels, size buttons, filed")
    _page(
        dump,
        t["gvpt-mz-lgbt"],
        [
            "Início › Mundo › África",
            TITLE,
            "Publicado em 29/06/2015 - 10h32",
            "",
            "Ouvir este conteúdo",
            "A- A+",
        ],
        [
            "Arquivado em: Moçambique, direitos humanos",
            "",
            "Comente esta notícia",
            "Mais notícias de Moçambique",
        ],
    )
    _page(
        dump,
        t["gvde-aufschrei"],
        ["Startseite » Netz", TITLE, "👁 1.204 mal gelesen", "⏱ 3 Min. Lesezeit"],
        [
            "Abgelegt unter: Deutschland, Twitter, Sexismus",
            "",
            "Weitere Nachrichten aus Deutschland",
        ],
    )
    _page(
        dump,
        t["gvit-catalogna"],
        ["Home / Mondo / Europa", TITLE, "🔊 Ascolta", "⏱ 2 min di lettura"],
        [
            "Archiviato in: Spagna, Catalogna, elezioni",
            "",
            "Commenta questo articolo",
            "Altre notizie dalla Spagna",
        ],
    )
    _page(
        dump,
        t["gven-galilea-app"],
        ["Home › Technology", TITLE, "👁 2,318 views", "Listen to this content", "A+ A-"],
        [
            "Filed under: Italy, apps, open data",
            "",
            "Comment on this article",
            "More stories from Italy",
        ],
    )
    return dump


def trailers_14(t: dict[str, Text]) -> Dump:
    """Articles closed by desk and wire credits in English, German, French, Spanish and
    Portuguese: compiled-by lines in italics, reporting and editing credits, an agency
    line, a correspondent line in capitals."""
    dump = Dump("trailers_14", "trailers", "desk, wire and correspondent trailers, five languages")
    _trailed(
        dump,
        t["gvde-suedkorea"],
        ["_Zusammengestellt von der Asien-Redaktion._", "(Bearbeitet von Anna Weber)"],
    )
    _trailed(dump, t["gvfr-roms"], ["(Reportage de Claire Martin ; édité par Paul Durand)"])
    _trailed(
        dump, t["gvde-hauptes"], ["_Compiled by the Europe desk from blogs and social media._"]
    )
    _trailed(dump, t["gvpt-mz-lgbt"], ["Com informações da Agência Lusa"])
    _trailed(dump, t["frwn-44290"], ["DE NOTRE CORRESPONDANT À KABOUL", "(avec AFP)"])
    return dump


def _centred(line: str, width: int = 80) -> str:
    return line.center(width).rstrip()


def lexisnexis_06(t: dict[str, Text]) -> Dump:
    """A LexisNexis Academic export whose records open with the source's copyright lines
    over the publication and its date line (weekday after the date, in the document's
    language), all centred, then the headline, SECTION and LENGTH fields, the body
    wrapped at 80 columns and the LOAD-DATE and LANGUAGE fields."""
    dump = Dump("lexisnexis_06", "lexisnexis", "LexisNexis: copyright lines over publication")
    docs = (
        ("gvde-workeer", "Global Voices auf Deutsch", "12. Februar 2016 Freitag", "GERMAN"),
        (
            "gvpt-nyusi",
            "Global Voices em Português",
            "12 de maio de 2017 sexta-feira",
            "PORTUGUESE",
        ),
        ("gvfr-kazakhstan", "Global Voices en Français", "2 juillet 2021 vendredi", "FRENCH"),
    )
    dump.matter("LexisNexis Academic", "Search Terms: global voices", "")
    dump.gap(2)
    for number, (ident, publication, date, language) in enumerate(docs, 1):
        text = t[ident]
        dump.separator(_centred(f"{number} of {len(docs)} DOCUMENTS"))
        dump.gap(2)
        index = dump.start(text)
        year = date.split()[-2]
        for line in (f"Copyright {year} {publication}", "All Rights Reserved", publication, date):
            dump.meta(index, _centred(line))
            dump.gap()
        dump.title(index, text.title)
        dump.gap()
        words = sum(len(body.split()) for _, body in text.blocks)
        for line in ("SECTION: WORLD", f"LENGTH: {words} words"):
            dump.meta(index, line)
            dump.gap()
        dump.gap()
        dump.body(index, text, wrap=80)
        dump.gap(2)
        for line in (f"LOAD-DATE: {date.rsplit(' ', 1)[0]}", f"LANGUAGE: {language}"):
            dump.meta(index, line)
            dump.gap()
        dump.gap(2)
    return dump


def clipper_markdown_10(t: dict[str, Text]) -> Dump:
    """Clipped notes under front matter, the first with no `# ` title (its `title:` field
    names it), the second with one and long `##` intertitles (ours, shaped like headlines,
    a topic and a colon) over sections of a paragraph or two."""
    dump = Dump(
        "clipper_markdown_10",
        "clipper_markdown",
        "notes with and without a # title, long ## intertitles over short sections",
        ".md",
    )
    text = t["gvpt-mz-lgbt"]
    index = dump.start(text)
    for line in ("---", f"source_url: {text.url}", "clipped_at: 2015-07-01T09:12:44Z"):
        dump.meta(index, line)
    dump.title(index, f"title: {text.title}")
    dump.meta(index, "---")
    dump.gap()
    dump.body(index, text)
    dump.gap(2)
    text = _with_intertitles(
        t["gven-galilea-app"],
        {
            3: "Twitter: a videogame that trains the eye muscles wins support from users",
            5: "Trento: Paraguay's contributor will present her app at the Demo Day",
        },
    )
    index = dump.start(text)
    for line in ("---", f"title: {text.title}", f"source_url: {text.url}", "---"):
        dump.meta(index, line)
    dump.gap()
    dump.title(index, f"# {text.title}")
    dump.gap()
    dump.body(index, text, around_subheads=1, render=_markdown)
    dump.gap()
    return dump


def long_intertitles_07(t: dict[str, Text]) -> Dump:
    """Articles whose intertitles (ours) stand between two blank lines, the gap between
    articles, each over a paragraph that introduces a quotation with a colon or leads
    into it without a stop."""
    dump = Dump(
        "long_intertitles_07", "long_intertitles", "framed intertitles over lines that introduce"
    )
    for ident, titles in (
        ("gven-galilea-app", {4: "A Note of Support", 6: "Next Stop Trento"}),
        ("gves-lectores-feb2018", {2: "Lo que más leyeron"}),
    ):
        text = _with_intertitles(t[ident], titles)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.gap()
        dump.body(index, text, around_subheads=2)
        dump.gap(2)
    return dump


def foreign_web_22(t: dict[str, Text]) -> Dump:
    """A news agency's pages: the trail set one blank line above the headline, a date and
    place line parted by a bar, "Ouvir"/"Imprimir | Enviar por e-mail" furniture and a
    "Leia mais:" list closing each page."""
    dump = Dump("foreign_web_22", "foreign_web", "agency pages: trail a line above the headline")
    for ident, trail, date in (
        ("gvpt-nyusi", "Início › Política", "12/05/2017 10h21 | Maputo"),
        ("gvpt-mz-lgbt", "Início › Direitos Humanos", "29/06/2015 10h32 | Maputo"),
        ("gves-lectores-feb2018", "Inicio › Medios", "04/03/2018 09h00 | Ciudad de México"),
    ):
        text = t[ident]
        index = dump.start(text)
        dump.meta(index, trail)
        dump.gap()
        dump.title(index, text.title)
        dump.gap()
        dump.meta(index, date)
        dump.gap()
        dump.body(index, text)
        dump.gap()
        dump.meta(index, "Leia mais:")
        dump.meta(index, "• Agência Brasil adota Creative Commons para licenciar seus conteúdos")
        dump.gap()
        dump.meta(index, "Imprimir | Enviar por e-mail")
        dump.gap(3)
    return dump


def trailers_15(t: dict[str, Text]) -> Dump:
    """German, French and Italian articles closed as agencies and papers close them: an
    agency's sign-off codes, "Mit Material von …", "(avec AFP)", "© RIPRODUZIONE
    RISERVATA", an author's note in italics, a creation-date line, "Ende"."""
    dump = Dump("trailers_15", "trailers", "German, French and Italian wire sign-offs")
    _trailed(dump, t["t2t-3"], ["dpa/AFP/Reuters", "Erstellt am 14.06.2015 um 10:32 Uhr", "Ende"])
    _trailed(dump, t["gvfr-nigeria-reseaux"], ["(avec AFP)", "Publié le 2 juillet 2021"])
    _trailed(dump, t["gvit-10-tattiche"], ["(ANSA)", "© RIPRODUZIONE RISERVATA"])
    _trailed(
        dump,
        t["gvde-venezuela-spannungen"],
        ["*Die Autorin ist freie Journalistin in Caracas.*", "Mit Material von dpa und AFP"],
    )
    _trailed(dump, t["frwn-44586"], ["— Rédaction, avec AFP", "Fin"])
    _trailed(dump, t["gvit-padua"], ["_di Giulia Bianchi, corrispondente da Padova_"])
    return dump


def email_digest_16(t: dict[str, Text]) -> Dump:
    """A Google Groups topic digest: its summary of topics with their update counts, each
    topic's title over the poster's line ("Name <address>: Jun 08 09:12AM -0700"), the
    post, "Back to top", and the group's footer."""
    dump = Dump("email_digest_16", "email_digest", "Google Groups digest: topics, poster lines")
    items = [
        ("gven-bogota-cinema", "Ana Gómez <ana@example.org>: Jul 10 09:12AM -0700"),
        ("gvfr-cuba-vpn", "Paul Martin <paul@example.org>: Jul 10 11:40AM -0700"),
        ("frwn-44290", "Luc Bernard <luc@example.org>: Jul 10 02:05PM -0700"),
    ]
    dump.matter(
        "From: world-news@googlegroups.com",
        "Date: Thu, 10 Jul 2014 21:00:00 +0000",
        "Subject: [world-news] Digest for world-news@googlegroups.com - 3 updates in 3 topics",
        "To: Digest recipients <world-news@googlegroups.com>",
        "",
        "world-news@googlegroups.com Google Groups",
        "Topic digest",
        "View all topics",
        *(f"  • {t[ident].title} - 1 Update" for ident, _ in items),
    )
    dump.gap()
    for ident, poster in items:
        text = _first(t[ident], 2)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.meta(index, poster)
        dump.gap()
        dump.body(index, text)
        dump.gap()
        dump.meta(index, "Back to top")
        dump.gap()
    dump.matter(
        "You received this digest because you're subscribed to updates for this group. You"
        " can change your settings on the group membership page.",
        "To unsubscribe from this group and stop receiving emails from it send an email to"
        " world-news+unsubscribe@googlegroups.com.",
    )
    return dump


def email_digest_17(t: dict[str, Text]) -> Dump:
    """Posts of a Substack newsletter forwarded from Gmail into one file: Gmail's
    "---------- Forwarded message ---------" block, then Substack's plain-text post: "View
    this post on the web at URL", the title, the subtitle, the post, and its footer
    (unsubscribe link, copyright, the sender's postal address)."""
    dump = Dump("email_digest_17", "email_digest", "Substack posts forwarded from Gmail")
    for number, (ident, date) in enumerate(
        (
            ("gvde-tibet", "Mon, Jan 28, 2013 at 7:02 AM"),
            ("gvfr-roms", "Fri, Jul 2, 2021 at 6:30 PM"),
        )
    ):
        text = t[ident]
        head = [
            "---------- Forwarded message ---------",
            "From: World Letters <worldletters@substack.com>",
            f"Date: {date}",
            f"Subject: {text.title}",
            "To: <reader@example.org>",
            "",
        ]
        view = "View this post on the web at https://worldletters.substack.com/p/" + ident
        if number == 0:
            dump.matter(*head)
            index = dump.start(text)
            dump.meta(index, view)
            dump.gap()
        else:
            index = dump.start(text)
            for line in head:
                if line:
                    dump.meta(index, line)
                else:
                    dump.gap()
            dump.meta(index, view)
            dump.gap()
        dump.title(index, text.title)
        dump.gap()
        dump.body(index, text)
        dump.gap()
        footer = [
            "Unsubscribe https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly93b3JsZCJ9",
            "© 2021 World Letters",
            "548 Market Street PMB 72296, San Francisco, CA 94104",
        ]
        if number == 1:
            dump.matter(*footer)
        else:
            for line in footer:
                dump.meta(index, line)
            dump.gap(2)
    return dump


HALF = Half(builders_in(globals()), TEXTS, TUNE)
"""Tune dumps in the layouts of mail and clipping tools, from text already in tune."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
