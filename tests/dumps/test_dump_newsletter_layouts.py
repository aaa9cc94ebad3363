"""Layouts of newsletters, exports and pages that a first-match rule used to misread: box
rules between items, a digest's contents list, Mailchimp's plain text, a Factiva search
summary, icons before page labels, underlined headings kept as written, wire trailers in
several languages."""

from __future__ import annotations

from reader.dumps import chrome, credits
from reader.dumps.load import split_text

_ONE = (
    "Workeer ist die erste Arbeitsplatzbörse Deutschlands, die sich speziell an Geflüchtete"
    " richtet und Arbeitgebern den Zugang zu geeigneten Arbeitskräften erleichtert."
)
_TWO = (
    "Em um país onde menos de 5% da população têm acesso à internet, o Presidente de"
    " Moçambique acaba de adoptar uma nova forma de se comunicar com os cidadãos."
)


def test_box_drawing_and_dash_rules_only_divide() -> None:
    for rule in ("━" * 30, "─" * 12, "═══ ═══", "———"):
        assert chrome.is_separator(rule), rule
    assert not chrome.is_separator("— Paris")


def test_a_digest_with_a_contents_list_labels_and_via_lines() -> None:
    rule = "━" * 30
    text = "\n".join(
        [
            "From: Voices Digest <digest@voices.example>",
            "Subject: Issue 212",
            "",
            "Hello,",
            "",
            "IN THIS ISSUE",
            "  1. Eine Arbeitsplatzbörse für Geflüchtete",
            "  2. Presidente de Moçambique conversa com internautas",
            "",
            rule,
            "",
            "EUROPE ·· GERMANY",
            "",
            "Eine Arbeitsplatzbörse für Geflüchtete",
            "via Global Voices auf Deutsch, 12 February 2016",
            "",
            _ONE,
            "",
            rule,
            "",
            "AFRICA ·· MOZAMBIQUE",
            "",
            "Presidente de Moçambique conversa com internautas",
            "via Global Voices em Português, 12 May 2017",
            "",
            _TWO,
        ]
    )
    first, second = split_text(text)
    assert first.title == "Eine Arbeitsplatzbörse für Geflüchtete"
    assert second.title == "Presidente de Moçambique conversa com internautas"
    assert (first.body, second.body) == (_ONE, _TWO)
    assert "IN THIS ISSUE" in first.meta["dump_front_matter"]
    assert first.meta["section"] == "EUROPE ·· GERMANY"
    assert "via Global Voices auf Deutsch" in first.meta["published"]


def test_mailchimp_plain_text_headings_links_and_footer() -> None:
    dashes, equals = "-" * 60, "=" * 60
    text = "\n".join(
        [
            "View this email in your browser (https://mailchi.mp/x/212)",
            "",
            "Hello readers,",
            "",
            "** Eine Arbeitsplatzbörse für Geflüchtete?",
            dashes,
            "",
            _ONE,
            "",
            "Read more (https://de.globalvoices.org/workeer)",
            "",
            "** Presidente de Moçambique conversa com internautas",
            dashes,
            "",
            _TWO,
            "",
            equals,
            "** Twitter (https://twitter.com/x)",
            "Copyright © 2018 World Desk, All rights reserved.",
            "You are receiving this email because you opted in via our website.",
            "",
            "Want to change how you receive these emails?",
            "You can ** update your preferences (https://x.list-manage.com/profile)",
            "or ** unsubscribe from this list (https://x.list-manage.com/unsubscribe)",
        ]
    )
    first, second = split_text(text)
    assert first.title == "Eine Arbeitsplatzbörse für Geflüchtete?"
    assert (first.body, second.body) == (_ONE, _TWO)
    assert first.meta["url"] == "https://de.globalvoices.org/workeer"
    assert dashes in first.meta["as_written"]  # the heading's rule, kept as written
    assert "View this email" in first.meta["dump_front_matter"]
    assert "unsubscribe from this list" in second.meta["dump_back_matter"]


def test_a_factiva_search_summary_is_the_exports_header() -> None:
    text = "\n".join(
        [
            "Search Summary",
            "Text: global voices",
            "Results Found: 1",
            "Timeline: Not available",
            "",
            "HD",
            "Eine Arbeitsplatzbörse für Geflüchtete",
            "WC",
            "412 words",
            "",
            "LP",
            _ONE,
        ]
    )
    (article,) = split_text(text)
    assert article.title == "Eine Arbeitsplatzbörse für Geflüchtete"
    assert article.body == _ONE
    assert "Results Found: 1" in article.meta["dump_front_matter"]


def test_page_labels_behind_an_icon_are_chrome() -> None:
    for label in ("👁 418 keer gelezen", "⏱ 1 min de lectura", "🔊 Escuchar", "Leestijd: 2 min."):
        assert chrome.is_chrome(label), label
    for label in ("Ouvir este conteúdo", "A- A+", "Filed under: Iran, elections"):
        assert chrome.is_chrome(label), label
    assert chrome.is_related_header("Más noticias de Japón")
    assert not chrome.is_chrome("👁 Ein Auge auf die Wahlen in Katalonien und was sie bedeuten")


def test_desk_and_correspondent_trailers_in_several_languages() -> None:
    for line in (
        "_Compiled by the Asia desk from blogs and social media._",
        "(Reportage de Claire Martin ; édité par Paul Durand)",
        "(Bearbeitet von Anna Weber)",
    ):
        assert credits.is_credits(line), line
    for line in ("DE NOTRE CORRESPONDANT À KABOUL", "dal nostro corrispondente a Roma"):
        assert credits.byline(line), line


def test_copyright_lines_over_a_records_publication_and_date() -> None:
    text = "\n".join(
        [
            "                              1 of 1 DOCUMENTS",
            "",
            "                 Copyright 2016 Global Voices auf Deutsch",
            "",
            "                          All Rights Reserved",
            "",
            "                       Global Voices auf Deutsch",
            "",
            "                       12. Februar 2016 Freitag",
            "",
            "Eine Arbeitsplatzbörse für Geflüchtete",
            "",
            "LENGTH: 25 words",
            "",
            _ONE,
        ]
    )
    (article,) = split_text(text)
    assert article.title == "Eine Arbeitsplatzbörse für Geflüchtete"
    assert article.body == _ONE


def test_a_line_a_colon_introduces_does_not_start_an_article() -> None:
    text = "\n\n".join(
        [
            "Eine Arbeitsplatzbörse für Geflüchtete",
            _ONE,
            "Jonathan Sanchez @Maskus:",
            "Pizango no quiere responder por los policias muertos ni la quema de locales #bagua",
            _TWO,
        ]
    )
    (article,) = split_text(text)
    assert article.body.endswith(_TWO)


def test_a_trail_one_blank_line_above_a_headline_opens_its_page() -> None:
    text = "\n".join(
        [
            "Início › Política",
            "",
            "Eine Arbeitsplatzbörse für Geflüchtete",
            "",
            "12/02/2016 10h21 | Berlim",
            "",
            _ONE,
            "",
            "Leia mais:",
            "• Agência Brasil adota Creative Commons para licenciar seus conteúdos",
            "",
            "Imprimir | Enviar por e-mail",
            "",
            "",
            "",
            "Início › Direitos Humanos",
            "",
            "Presidente de Moçambique conversa com internautas",
            "",
            "12/05/2017 10h21 | Maputo",
            "",
            _TWO,
        ]
    )
    first, second = split_text(text)
    assert second.title == "Presidente de Moçambique conversa com internautas"
    assert (first.body, second.body) == (_ONE, _TWO)


def test_a_forwarded_mail_and_a_bulleted_topic_list_are_front_matter() -> None:
    text = "\n".join(
        [
            "---------- Forwarded message ---------",
            "From: world-news@googlegroups.com",
            "Subject: Digest - 2 updates in 2 topics",
            "",
            "Topic digest",
            "  • Eine Arbeitsplatzbörse für Geflüchtete - 1 Update",
            "  • Presidente de Moçambique conversa com internautas - 1 Update",
            "",
            "Eine Arbeitsplatzbörse für Geflüchtete",
            "Ana Gómez <ana@example.org>: Jul 10 09:12AM -0700",
            "",
            _ONE,
            "",
            "Back to top",
            "",
            "Presidente de Moçambique conversa com internautas",
            "Paul Martin <paul@example.org>: Jul 10 11:40AM -0700",
            "",
            _TWO,
        ]
    )
    first, second = split_text(text)
    assert (first.body, second.body) == (_ONE, _TWO)
    assert "Forwarded message" in first.meta["dump_front_matter"]
    assert "Topic digest" in first.meta["dump_front_matter"]


def test_trailers_in_italics_and_in_lower_case_bylines() -> None:
    assert credits.is_source_note("*Die Autorin ist freie Journalistin in Caracas.*")
    assert credits.is_credits("— Rédaction, avec AFP")
    assert credits.byline("_di Giulia Bianchi, corrispondente da Padova_")
    assert not credits.byline("Di Maio attacca la Lega")
    assert chrome.is_chrome("548 Market Street PMB 72296, San Francisco, CA 94104")
    assert not chrome.is_chrome("12 soldiers died on Main Street in the attack.")


_FORWARDED = (
    "Hej Anna,\n"
    "här är nyhetsbrevet jag nämnde.\n\n"
    "Hälsningar\n"
    "Erik\n\n"
    "---------- Forwarded message ---------\n"
    "Från: Nyhetsbrevet <brev@nyheter.example.se>\n"
    "Date: Mon, 3 Mar 2014 at 07:30\n"
    "Till: <erik@example.se>\n\n"
    "View this post on the web at https://nyheter.example.se/p/vecka-10\n\n"
    "God morgon,\n"
    "här är veckans nyheter.\n\n\n"
)


def test_a_forwarding_note_over_a_forwarded_newsletter_is_front_matter() -> None:
    text = _FORWARDED + "Workeer öppnar för flyktingar\n\n" + _ONE + "\n"
    (article,) = split_text(text)
    assert article.title == "Workeer öppnar för flyktingar"
    assert article.body == _ONE
    front = article.meta["dump_front_matter"]
    for line in ("Hej Anna,", "Erik", "Från: Nyhetsbrevet", "View this post", "God morgon,"):
        assert line in front, line


def test_a_digest_of_mails_opens_each_with_its_sender() -> None:
    message = "Od: Serwis <serwis@example.pl>\nDate: Thu, 28 Jan 2010 07:12\n\n{}\n\n{}\n\n"
    text = "".join(
        message.format(title, body)
        for title, body in (("Niemcy: giełda pracy", _ONE), ("Mozambik: prezydent", _TWO))
    )
    first, second = split_text(text)
    assert (first.title, first.body) == ("Niemcy: giełda pracy", _ONE)
    assert (second.title, second.body) == ("Mozambik: prezydent", _TWO)
    assert second.meta["mail"] == "Od: Serwis <serwis@example.pl>"


def test_a_contact_line_in_a_body_opens_no_mail() -> None:
    for contact in ("Kontakt: Biuro <biuro@example.pl>", "Contact: Jane Doe <press@example.org>"):
        text = f"Niemcy: giełda pracy\n\n{_ONE}\n\n{contact}\n\n{_TWO}\n"
        (article,) = split_text(text)
        assert article.title == "Niemcy: giełda pracy"
        assert _ONE in article.body and _TWO in article.body


def test_a_digests_first_bulleted_item_is_no_part_of_its_greeting() -> None:
    text = "From: Digest <digest@example.org>\n\nHello,\nthis week:\n\n■ Protest in Tunis!\n" + _ONE
    (article,) = split_text(text)
    assert "Protest in Tunis" not in article.meta.get("dump_front_matter", "")
    assert _ONE in article.body
