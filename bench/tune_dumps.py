"""More tune dumps: `python -m bench.tune_dumps` writes them and their gold into tune/.

tests/fixtures/dumps/real/tune/texts.txt holds real published articles (French Wikinews,
Global Voices in German, Italian, French, Portuguese and English) that are in no other
half. This pastes them in the shapes the splitter was weakest on held out (foreign web
pages, email digests, Factiva and Nexis Uni exports, trailers), with chrome written the
way other sites, newsletters and exports write it: other breadcrumbs, kickers, bylines,
date formats, counters, captions, "read also" blocks, field orders and sign-offs than the
hand-written tune dumps show. Everything around the articles is written here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

TUNE = REAL / "tune"
TEXTS = TUNE / "texts.txt"
TITLE = "="
"""In a list of chrome lines, where the headline goes."""
CAPTION = "!"
"""In a list of chrome lines, where the article's published captions go."""


def _chrome(dump: Dump, index: int, text: Text, lines: Sequence[str]) -> None:
    for line in lines:
        if line == TITLE:
            dump.title(index, text.title)
        elif line == CAPTION:
            for caption in text.captions:
                dump.meta(index, caption)
        elif line:
            dump.meta(index, line)
        else:
            dump.gap()


def _page(dump: Dump, text: Text, before: Sequence[str], after: Sequence[str]) -> None:
    """One web page: chrome above the body (with the headline where TITLE stands), the
    body, chrome below it."""
    index = dump.start(text)
    _chrome(dump, index, text, before)
    dump.gap()
    dump.body(index, text)
    dump.gap()
    _chrome(dump, index, text, after)
    dump.gap(2)


def foreign_web_09(t: dict[str, Text]) -> Dump:
    """Three German pages: "Sie sind hier" trails, author boxes, ads, captions."""
    dump = Dump(
        "foreign_web_09", "foreign_web", "German web pages: trails, author lines, ads, captions"
    )
    _page(
        dump,
        t["gvde-workeer"],
        [
            "Sie sind hier: Home / Panorama / Arbeit",
            "",
            "ARBEITSMARKT",
            TITLE,
            "",
            "Veröffentlicht: 12.02.2016 | Autor: Lena Vogt",
            "⏱ 4 Minuten",
            "",
            CAPTION,
        ],
        [
            "Anzeige",
            "",
            "Das könnte Sie auch interessieren:",
            "Peru: Fahrradfahren zur Rettung des Kulturerbes",
            "#aufschrei erzählt von sexueller Belästigung",
            "",
            "Zur Startseite",
        ],
    )
    _page(
        dump,
        t["gvde-peru-fahrrad"],
        [TITLE, "Stand: 03.03.2016 11:05 Uhr", "Reise & Kultur › Südamerika"],
        ["Artikel teilen:", "Facebook | Twitter | Mail", "", "Kommentare anzeigen (12)"],
    )
    _page(
        dump,
        t["gvde-aufschrei"],
        [
            "Netzkultur",
            "",
            TITLE,
            "",
            "25. Januar 2013, 18:47 Uhr · von Jana Berg",
            "1.532 Aufrufe",
        ],
        [
            "Weitere Artikel zum Thema",
            "→ Workeer.de: Eine Arbeitsplatzbörse für Geflüchtete",
            "",
            "© Netzstimmen 2013",
        ],
    )
    return dump


def foreign_web_10(t: dict[str, Text]) -> Dump:
    """Four French pages: "Vous êtes ici", reading times, inline "Lire aussi", reactions."""
    dump = Dump(
        "foreign_web_10", "foreign_web", "French web pages: trails, reading times, reactions"
    )
    _page(
        dump,
        t["gvfr-kazakhstan"],
        [
            "Vous êtes ici : Accueil > Monde > Asie centrale",
            TITLE,
            "Par Jeanne Martin, publié le 7 juillet 2021 à 09h12",
            "Temps de lecture : 2 min",
        ],
        ["Lire aussi : Depuis Cuba, par VPN", "", "Partager l'article", "Réagir (5)"],
    )
    _page(
        dump,
        t["gvfr-dilip-kumar"],
        ["CINÉMA", TITLE, "Mis à jour le 08/07/2021 à 18:30", "Photo d'archives"],
        [
            "Abonnez-vous à notre lettre d'information",
            "",
            "Les plus lus",
            "1. L'art de rue engagé devient pratique courante au Kazakhstan",
            "2. Des musiciens roms s’interrogent sur leur intégration au sein de société tchèque",
        ],
    )
    _page(
        dump,
        t["gvfr-cuba-vpn"],
        [
            "Amériques | Cuba",
            "",
            TITLE,
            "",
            "La Rédaction — 12 juillet 2021",
            "847 vues · 3 commentaires",
        ],
        [
            "À lire également",
            "• " + t["gvfr-nigeria-reseaux"].title,
            "• " + t["gvfr-kirghizistan"].title,
        ],
    )
    _page(
        dump,
        t["gvfr-nigeria-reseaux"],
        ["Afrique", TITLE, "Publié le mardi 13 juillet 2021", "Lecture 3 min."],
        ["Mots-clés : Nigeria, Twitter, #EndSARS", "Signaler une erreur"],
    )
    return dump


def foreign_web_11(t: dict[str, Text]) -> Dump:
    """Italian and Portuguese pages: views, related lists, kickers after the headline."""
    dump = Dump(
        "foreign_web_11", "foreign_web", "Italian and Portuguese pages: views, related lists"
    )
    _page(
        dump,
        t["gvit-padua"],
        [
            "Sei in: Home / Tecnologia",
            TITLE,
            "Redazione | 18/11/2009 - 16:40",
            "visualizzazioni 834",
        ],
        [
            "Potrebbe interessarti anche",
            "“10 tattiche” di cyber-attivismo a tutela dei diritti umani nel mondo",
            "",
            "Lascia un commento",
        ],
    )
    _page(
        dump,
        t["gvit-10-tattiche"],
        [
            "DIRITTI UMANI",
            "",
            TITLE,
            "",
            "di Marco Bruni",
            "Pubblicato: 24 novembre 2009",
            "Tempo di lettura stimato: 1 minuto",
        ],
        ["Condividi:", "Stampa | Email"],
    )
    _page(
        dump,
        t["gvit-catalogna"],
        [TITLE, "25 ottobre 2017", "Europa • Spagna"],
        [
            "Leggi anche",
            "Brasile: RIP Daniel Pádua, pioniere dell'attivismo digitale",
            "",
            "Commenti: 0",
        ],
    )
    _page(
        dump,
        t["gvpt-nyusi"],
        [
            "Você está em: Início > África > Moçambique",
            "",
            "POLÍTICA",
            TITLE,
            "Publicado em 12/05/2017 - 10:21 | Atualizado em 12/05/2017 - 14:03",
            "Por Equipe de Redação",
            "Tempo de leitura: 3 min",
        ],
        [
            "Veja também",
            "Workeer.de: Eine Arbeitsplatzbörse für Geflüchtete",
            "",
            "Comentários (7)",
            "Compartilhar no WhatsApp",
        ],
    )
    return dump


def foreign_web_12(t: dict[str, Text]) -> Dump:
    """English blog pages and a French page with intertitles."""
    dump = Dump(
        "foreign_web_12", "foreign_web", "English blog pages and a French page with intertitles"
    )
    _page(
        dump,
        t["gven-bogota-cinema"],
        [
            "Home » News » Latin America",
            TITLE,
            "Posted on April 29, 2014 by admin",
            "3 min read",
            "",
            CAPTION,
        ],
        [
            "Tags: Colombia, film, Creative Commons",
            "",
            "You may also like",
            "App Created by Global Voices Contributor Selected to be Developed Online",
        ],
    )
    _page(
        dump,
        t["gven-galilea-app"],
        ["TECH", "", TITLE, "", "July 10, 2014 · 2 comments"],
        [
            "Share: Twitter · Facebook · Reddit",
            "",
            "Previous post: Colombia: Free Cinema Festival in Bogota",
        ],
    )
    index = dump.start(t["frwn-44974"])
    _chrome(
        dump,
        index,
        t["frwn-44974"],
        ["Économie › Énergie", "", TITLE, "Publié le 21/08/2012 à 11:48", "Par Wikinews"],
    )
    dump.gap()
    dump.body(index, t["frwn-44974"], around_subheads=1)
    dump.gap()
    _chrome(dump, index, t["frwn-44974"], ["Dans la même rubrique", "Depuis Cuba, par VPN"])
    return dump


def _digest_item(dump: Dump, text: Text, before: Sequence[str], after: Sequence[str]) -> None:
    index = dump.start(text)
    _chrome(dump, index, text, before)
    dump.gap()
    dump.body(index, text)
    dump.gap()
    _chrome(dump, index, text, after)
    dump.gap()


def email_digest_06(t: dict[str, Text]) -> Dump:
    """A French newsletter: "De :" header, arrow labels, "Lire la suite" links."""
    dump = Dump(
        "email_digest_06", "email_digest", "French newsletter: French header, arrow labels, links"
    )
    dump.matter(
        "De : La Lettre du matin <lettre@matin.example>",
        "Envoyé : mercredi 14 juillet 2021 07:00",
        "À : abonne@example.org",
        "Objet : Kazakhstan, Cuba, Nigeria : l'essentiel du jour",
        "",
        "Bonjour à toutes et à tous,",
        "Voici notre sélection du jour. Bonne lecture !",
    )
    dump.gap()
    items = [
        (
            "▶ ASIE CENTRALE",
            "gvfr-kazakhstan",
            "Global Voices en français",
            "Lire la suite : https://fr.globalvoices.org/2021/07/",
        ),
        (
            "▶ CUBA",
            "gvfr-cuba-vpn",
            "Global Voices en français · 12/07/2021",
            "Lire la suite : https://fr.globalvoices.org/2021/07/",
        ),
        (
            "▶ AFRIQUE",
            "gvfr-nigeria-reseaux",
            "Global Voices en français · 13/07/2021",
            "Lire la suite : https://fr.globalvoices.org/2021/07/",
        ),
        (
            "▶ ÉDUCATION",
            "gvfr-kirghizistan",
            "Global Voices en français",
            "Lire la suite : https://fr.globalvoices.org/2021/07/",
        ),
        (
            "▶ CULTURE",
            "gvfr-roms",
            "Global Voices en français · 2 min de lecture",
            "Lire la suite : https://fr.globalvoices.org/2021/07/",
        ),
    ]
    for number, (label, ident, publication, more) in enumerate(items):
        if number:
            dump.separator("• • •")
            dump.gap()
        _digest_item(dump, t[ident], [label, TITLE, publication], [more])
    dump.matter(
        "Vous recevez cet e-mail car vous êtes inscrit(e) à La Lettre du matin.",
        "Se désinscrire : https://matin.example/desinscription",
        "© 2021 La Lettre du matin",
    )
    return dump


def email_digest_07(t: dict[str, Text]) -> Dump:
    """A Portuguese and Italian newsletter: labels with pipes, sources in brackets."""
    dump = Dump(
        "email_digest_07", "email_digest", "Portuguese/Italian newsletter: piped labels, sources"
    )
    dump.matter(
        "Assunto: Resumo semanal – 19 de novembro",
        "De: Boletim Mundo <boletim@mundo.example>",
        "Data: 19/11/2009 08:30",
        "Para: leitor@example.org",
        "",
        "Olá, leitor!",
        "",
        "Confira os destaques desta semana:",
    )
    dump.gap()
    items = [
        (
            "ÁFRICA | MOÇAMBIQUE",
            "gvpt-nyusi",
            "[Global Voices em Português]",
            "Leia mais em https://pt.globalvoices.org/category/type/roundups/",
        ),
        (
            "TECNOLOGIA | BRASIL",
            "gvit-padua",
            "[Global Voices in italiano, 18/11/2009]",
            "Continua a leggere: https://it.globalvoices.org/?m=200911",
        ),
        (
            "DIREITOS HUMANOS",
            "gvit-10-tattiche",
            "[Global Voices in italiano]",
            "Continua a leggere: https://it.globalvoices.org/?m=200911",
        ),
        (
            "EUROPA | ESPANHA",
            "gvit-catalogna",
            "[Global Voices in italiano, 25/10/2017]",
            "Continua a leggere: https://it.globalvoices.org/-/topics/elections/",
        ),
    ]
    for number, (label, ident, publication, more) in enumerate(items):
        if number:
            dump.separator("~~~~~~~~~~~~~~~~~~~~")
            dump.gap()
        _digest_item(dump, t[ident], [label, "", TITLE, publication], [more])
    dump.matter(
        "Você recebeu este e-mail porque assinou o Boletim Mundo.",
        "Para cancelar a assinatura, clique aqui: https://mundo.example/cancelar",
    )
    return dump


def _export_doc(dump: Dump, text: Text, before: Sequence[str], after: Sequence[str]) -> None:
    index = dump.start(text)
    _chrome(dump, index, text, before)
    dump.gap()
    dump.body(index, text)
    dump.gap()
    _chrome(dump, index, text, after)
    dump.gap(2)


def nexis_factiva_06_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva export: search summary first, then documents with fields in other orders."""
    dump = Dump(
        "nexis_factiva_06_factiva",
        "nexis_factiva",
        "Factiva: summary first, fields in other orders",
    )
    docs = ["gvde-venezuela-spannungen", "gvde-hauptes", "gvde-suedkorea", "gvfr-roms"]
    dump.matter(
        "Dow Jones Factiva",
        "",
        "Search Summary",
        "Text            Global Voices",
        "Date            In the last 20 years",
        "Source          Global Voices - All sources",
        "Author          All Authors",
        "Company         All Companies",
        "Language        German Or French",
        "Results Found   4",
        "Timestamp       14 July 2021 16:02 GMT",
        "",
        "Results",
    )
    for number, ident in enumerate(docs, 1):
        dump.matter(f"{number}. {t[ident].title} - Global Voices")
    dump.gap(2)
    copyright = "Copyright © Global Voices. Some rights reserved (CC BY 3.0)."
    _export_doc(
        dump,
        t["gvde-venezuela-spannungen"],
        [
            "Politik",
            TITLE,
            "Global Voices Redaktion",
            "41 Wörter",
            "26 Mai 2016",
            "Global Voices auf Deutsch",
            "GLVDE",
            "Deutsch",
            copyright,
        ],
        ["Document GLVDE00020160526ec5q0002t"],
    )
    _export_doc(
        dump,
        t["gvde-hauptes"],
        [
            TITLE,
            "23 Oktober 2015",
            "Global Voices auf Deutsch",
            "GLVDE",
            "19 words",
            "German",
            copyright,
        ],
        ["Document GLVDE00020151023eban0001x"],
    )
    _export_doc(
        dump,
        t["gvde-suedkorea"],
        [
            "Kurzmeldungen",
            TITLE,
            "By Matt",
            "21 April 2008",
            "22 words",
            "Global Voices auf Deutsch",
            "German",
            copyright,
        ],
        ["Document GLVDE00020080421e44l0000b"],
    )
    _export_doc(
        dump,
        t["gvfr-roms"],
        [TITLE, "Global Voices en Français", "2 July 2021", "21 words", "French", copyright],
        ["Document GLVFR00020210702eh720001m"],
    )
    return dump


def nexis_factiva_07_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni export with more field kinds (Highlight, Dateline, Graphic, Subject)."""
    dump = Dump(
        "nexis_factiva_07_nexisuni",
        "nexis_factiva",
        "Nexis Uni: Highlight, Dateline, Graphic, Subject lines",
    )
    docs = ["frwn-44974", "gvpt-nyusi", "gven-bogota-cinema"]
    dump.matter(
        "User Name: = Research Desk",
        "Date and Time: = 2021-07-14T16:30:00Z",
        "Job Number: = 318840021",
        "",
        "Documents (3)",
    )
    for number, ident in enumerate(docs, 1):
        dump.matter(f"{number}. {t[ident].title}")
        dump.matter("Client/Matter: -None-")
    dump.matter("Search Terms: raffineurs OR Nyusi OR FestiCineCC", "Search Type: Natural Language")
    dump.gap(2)
    _export_doc(
        dump,
        t["frwn-44974"],
        [
            TITLE,
            "",
            "Wikinews",
            "August 21, 2012 Tuesday",
            "",
            "Copyright 2012 Wikinews contributors (CC BY 2.5)",
            "",
            "Section: ÉCONOMIE",
            "Length: 257 words",
            "Dateline: Paris",
            "Highlight: Les marges des raffineurs européens progressent",
            "",
            "Body",
        ],
        [
            "Graphic: Raffinerie de Gonfreville-l'Orcher",
            "Load-Date: August 22, 2012",
            "",
            "End of Document",
        ],
    )
    _export_doc(
        dump,
        t["gvpt-nyusi"],
        [
            TITLE,
            "",
            "Global Voices em Português",
            "May 12, 2017 Friday",
            "",
            "Length: 190 words",
            "Byline: Dércio Tsandzana",
            "",
            "Body",
        ],
        [
            "Subject: ELECTIONS & POLITICS (90%); SOCIAL MEDIA (89%)",
            "Geographic: MOZAMBIQUE (93%)",
            "Load-Date: May 13, 2017",
            "",
            "End of Document",
        ],
    )
    _export_doc(
        dump,
        t["gven-bogota-cinema"],
        [
            TITLE,
            "",
            "Global Voices Online",
            "April 29, 2014 Tuesday",
            "",
            "Copyright 2014 Global Voices",
            "",
            "Section: QUICK READS",
            "Length: 92 words",
            "",
            "Body",
        ],
        ["Publication-Type: Web Blog", "Load-Date: April 30, 2014", "", "End of Document"],
    )
    return dump


def _trailed(
    dump: Dump, text: Text, trailer: Sequence[str], before: Sequence[str] = (TITLE,)
) -> None:
    index = dump.start(text)
    _chrome(dump, index, text, before)
    dump.gap()
    dump.body(index, text)
    dump.gap()
    _chrome(dump, index, text, trailer)
    dump.gap(2)


def trailers_06(t: dict[str, Text]) -> Dump:
    """Articles closed by source lines, translation credits and tags in four languages."""
    dump = Dump("trailers_06", "trailers", "source lines, translation credits, tags, agency codes")
    _trailed(dump, t["gvde-workeer"], ["Quelle: Global Voices", "(dpa/gv)"])
    _trailed(dump, t["gvfr-kazakhstan"], ["Source : Global Voices – traduit de l'anglais"])
    _trailed(dump, t["gvpt-nyusi"], ["Fonte: Global Voices em Português", "Edição: Redação"])
    _trailed(dump, t["gvit-padua"], ["— Redazione Esteri"])
    _trailed(
        dump,
        t["gvde-peru-fahrrad"],
        ["Mit Material von Global Voices", "Schlagwörter: Peru, Archäologie, Radfahren"],
    )
    _trailed(
        dump, t["gvfr-dilip-kumar"], ["Cet article a été publié initialement sur Global Voices."]
    )
    return dump


def trailers_07(t: dict[str, Text]) -> Dump:
    """English and French wire copy closed by reporting lines, contacts and end marks."""
    dump = Dump("trailers_07", "trailers", "wire copy: reporting lines, contacts, end marks")
    _trailed(
        dump,
        t["gven-galilea-app"],
        ["(Reporting by Global Voices contributors; Editing by the Latin America desk)"],
    )
    _trailed(dump, t["frwn-44974"], ["(Wikinews) – ENERGIE/RAFFINAGE", "/jlb"])
    _trailed(dump, t["gven-bogota-cinema"], ["Contact: desk@example.org", "ENDS"])
    _trailed(
        dump,
        t["gvfr-cuba-vpn"],
        ["© Global Voices 2021 – Tous droits de reproduction réservés selon la licence CC BY 3.0"],
    )
    _trailed(dump, t["gvde-aufschrei"], ["(Text: Global Voices; Redaktion: ib)"])
    return dump


def foreign_web_13(t: dict[str, Text]) -> Dump:
    """Spanish and Portuguese pages: agency credits, listen buttons, tag lines, channels."""
    dump = Dump(
        "foreign_web_13", "foreign_web", "Spanish and Portuguese pages: agencies, audio, tags"
    )
    _page(
        dump,
        t["gves-lectores-feb2018"],
        [
            "Inicio > Internacional > Medios",
            "",
            TITLE,
            "",
            "Por Ana Pérez | 4 de marzo de 2018 - 10:32",
            "Actualizado: 04/03/2018 11:00",
            "Escuchar noticia",
        ],
        [
            "Etiquetas: Global Voices, lectores, medios",
            "Te puede interesar",
            "Cameroun : Le calme avant la tempête ?",
            "",
            "Lo más leído",
            "1. Homossexualidade vai deixar de ser crime em Moçambique",
        ],
    )
    _page(
        dump,
        t["gvpt-mz-lgbt"],
        [
            "Mundo",
            TITLE,
            "Redação, com agências",
            "29/06/2015 10h32 · Atualizado há 2 horas",
            "Ouvir notícia",
        ],
        [
            "Leia mais:",
            "¿Qué hacían los lectores de Global Voices la última semana de febrero?",
            "",
            "Siga o canal no WhatsApp",
            "Receba as notícias no seu e-mail",
        ],
    )
    return dump


def foreign_web_14(t: dict[str, Text]) -> Dump:
    """French and German news sites: agency bylines, subscriber notes, photo sources."""
    dump = Dump(
        "foreign_web_14", "foreign_web", "French and German news sites: agencies, photo sources"
    )
    _page(
        dump,
        t["frwn-44290"],
        [
            "International",
            "",
            TITLE,
            "",
            "Le Quotidien avec AFP",
            "Publié aujourd'hui à 10h32, modifié à 11h05",
            "Article réservé aux abonnés",
            "Lecture 2 min.",
        ],
        [
            "Ajouter à vos sélections",
            "Offrir cet article",
            "",
            "Sur le même thème",
            "Espagne : l'agence Moody's dégrade 28 banques espagnoles",
        ],
    )
    _page(
        dump,
        t["t2t-7"],
        [
            "Wirtschaft",
            TITLE,
            "Stand: 12.03.2015 10:32 Uhr",
            "Von Max Berger, Berlin",
            "Lesezeit: 2 Min.",
            "",
            "Bildquelle: dpa",
        ],
        [
            "Zur Merkliste hinzufügen",
            "Hören",
            "",
            "Mehr zum Thema",
            t["t2t-3"].title,
        ],
    )
    _page(
        dump,
        t["frwn-44586"],
        ["Culture > Cinéma", TITLE, "Par Léa Martin", "Le 20/07/2012 à 16:45", "Photo : archives"],
        [
            "Vous aimerez aussi",
            "Afghanistan : attaque meurtrière visant un hôtel à Kaboul",
            "",
            "Réagir à cet article",
        ],
    )
    return dump


def foreign_web_15(t: dict[str, Text]) -> Dump:
    """Italian, German and French pages: agency datelines, print notes, numbered lists."""
    dump = Dump(
        "foreign_web_15", "foreign_web", "Italian, German, French pages: agency lines, lists"
    )
    _page(
        dump,
        t["gvit-folha"],
        [
            "Redazione ANSA",
            "ROMA, 18 febbraio 2018 10:32",
            TITLE,
            "Ultimo aggiornamento: 18/02/2018",
            "Ascolta l'articolo",
        ],
        [
            "© Riproduzione riservata",
            "",
            "I più letti",
            "1. Perché i lettori lasciano i social",
            "2. Chinesen entschuldigen sich bei Tibetern",
        ],
    )
    _page(
        dump,
        t["gvde-tibet"],
        [
            "Politik › Asien",
            "",
            TITLE,
            "",
            "Ein Beitrag von Lena Vogt",
            "Veröffentlicht am 28.01.2013",
            "Foto: Screenshot",
        ],
        [
            "Artikel drucken | Artikel versenden",
            "Empfohlene Artikel",
            t["gvit-folha"].title,
        ],
    )
    _page(
        dump,
        t["frwn-44373"],
        ["ÉCONOMIE", TITLE, "26 juin 2012 | Mis à jour à 09:15", "La rédaction"],
        [
            "Pour aller plus loin",
            "Nécrologie : mort du comédien Mouss Diouf",
            "",
            "Partagez cet article",
        ],
    )
    return dump


def email_digest_08(t: dict[str, Text]) -> Dump:
    """An English morning brief: forwarding note, table of contents, numbered items, ads."""
    dump = Dump(
        "email_digest_08", "email_digest", "English brief: contents list, numbered items, sponsor"
    )
    docs = ["frwn-44290", "t2t-3", "gvit-folha", "gves-lectores-feb2018"]
    dump.matter(
        "From: The Morning Brief <brief@news.example.com>",
        "Sent: Tuesday, June 26, 2012 6:02 AM",
        "To: reader@example.com",
        "Subject: The Morning Brief: Kabul, e-cigarettes and more",
        "",
        "Forwarded this email? Subscribe here: https://news.example.com/brief",
        "",
        "Good morning. Here is what you need to know today.",
        "",
        "In today's edition:",
    )
    for ident in docs:
        dump.matter(f"- {t[ident].title}")
    dump.gap()
    for number, ident in enumerate(docs, 1):
        dump.separator("_" * 40)
        dump.gap()
        _digest_item(
            dump,
            t[ident],
            [
                f"{number}/{len(docs)}",
                TITLE,
                "Source: Wikinews" if ident.startswith(("fr", "t2t")) else "Source: Global Voices",
            ],
            ["Continue reading: https://news.example.com/r/" + ident],
        )
        if number == 2:
            dump.matter("SPONSORED", "Try our weekend edition free for a month.", "")
    dump.matter(
        "You are receiving this email because you subscribed to The Morning Brief.",
        "Manage your preferences | Unsubscribe",
    )
    return dump


def email_digest_09(t: dict[str, Text]) -> Dump:
    """A Spanish bulletin: header in Spanish, bold labels, "Leer más" links, signature."""
    dump = Dump(
        "email_digest_09", "email_digest", "Spanish bulletin: labels in brackets, signature"
    )
    dump.matter(
        "De: Boletín Semanal <boletin@semanal.example>",
        "Fecha: lunes, 5 de marzo de 2018, 8:00",
        "Para: lector@example.org",
        "Asunto: Lo mejor de la semana",
        "",
        "Hola, ¿qué tal?",
        "Estas son las historias que más leyeron nuestros suscriptores.",
    )
    dump.gap()
    items = [
        ("[MEDIOS]", "gves-lectores-feb2018", "Leer más: https://es.globalvoices.org/"),
        ("[ÁFRICA]", "gvpt-mz-lgbt", "Leer más: https://pt.globalvoices.org/"),
        ("[EUROPA]", "frwn-44373", "Leer más: https://fr.wikinews.org/"),
    ]
    for label, ident, more in items:
        _digest_item(dump, t[ident], [label, TITLE], [more])
        dump.gap()
    dump.matter(
        "Un saludo,",
        "El equipo del Boletín Semanal",
        "",
        "Si no quieres recibir más correos, puedes darte de baja aquí: https://semanal.example/baja",
    )
    return dump


def nexis_factiva_08_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni export without a cover list: form feeds, fields after the headline."""
    dump = Dump(
        "nexis_factiva_08_nexisuni", "nexis_factiva", "Nexis Uni without a cover list, form feeds"
    )
    docs = [
        (
            "t2t-3",
            [
                "Wikinews (Deutsch)",
                "1. April 2015 Mittwoch",
                "",
                "Copyright 2015 Wikinews",
                "",
                "Section: POLITIK",
                "Length: 128 words",
                "Language: GERMAN",
            ],
        ),
        (
            "frwn-44586",
            [
                "Wikinews (French)",
                "July 20, 2012 Friday",
                "",
                "Section: CULTURE",
                "Length: 139 words",
                "Byline: Wikinews",
            ],
        ),
        (
            "gvfr-cameroun",
            [
                "Global Voices en Français",
                "September 30, 2011 Friday",
                "",
                "Copyright 2011 Global Voices",
                "",
                "Length: 52 words",
            ],
        ),
    ]
    for number, (ident, fields) in enumerate(docs):
        if number:
            dump.lines.append("\f")
            dump.places.append(None)
        _export_doc(
            dump,
            t[ident],
            [TITLE, "", *fields, "", "Body"],
            ["Load-Date: " + fields[1].rsplit(" ", 1)[0], "", "End of Document"],
        )
    return dump


def trailers_08(t: dict[str, Text]) -> Dump:
    """Spanish, Portuguese, Italian and French articles closed by agency and translation
    credits in their own languages."""
    dump = Dump("trailers_08", "trailers", "agency and translation credits in four languages")
    _trailed(dump, t["gves-lectores-feb2018"], ["Con información de EFE", "Editado por: Redacción"])
    _trailed(dump, t["gvpt-mz-lgbt"], ["Reportagem de Global Voices; edição de Redação"])
    _trailed(dump, t["gvit-folha"], ["Traduzione di Redazione Esteri"])
    _trailed(dump, t["gvfr-cameroun"], ["[Traduction : la rédaction]"])
    _trailed(dump, t["frwn-44373"], ["(Avec AFP)"])
    return dump


def trailers_09(t: dict[str, Text]) -> Dump:
    """German and English copy closed by agency tags, author boxes and update notes."""
    dump = Dump("trailers_09", "trailers", "agency tags, author boxes, correction notes")
    _trailed(dump, t["t2t-7"], ["dpa/AFP/jm"])
    _trailed(dump, t["gven-galilea-app"], ["— AP"])
    _trailed(dump, t["gvde-tibet"], ["Über die Autorin: Lena Vogt schreibt über Asien."])
    _trailed(
        dump,
        t["frwn-44290"],
        ["Correction: une version précédente de cet article indiquait une autre date."],
    )
    _trailed(dump, t["t2t-3"], ["(mit Material von dpa)"])
    return dump


def foreign_web_16(t: dict[str, Text]) -> Dump:
    """Portuguese, Spanish and English pages: captions with credits, related lists in
    capitals, a newsletter box in the middle of the page."""
    dump = Dump("foreign_web_16", "foreign_web", "captions with credits, related lists in capitals")
    _page(
        dump,
        t["gvpt-nyusi"],
        [
            "ÁFRICA",
            TITLE,
            "Por Equipe Global Voices",
            "12 mai 2017, 10:21",
            "",
            "Imagem: Reprodução/Facebook",
        ],
        [
            "VEJA TAMBÉM",
            "Homossexualidade vai deixar de ser crime em Moçambique",
            "",
            "Crédito da imagem: Global Voices",
        ],
    )
    _page(
        dump,
        t["gves-lectores-feb2018"],
        [TITLE, "Redacción | 04/03/2018", "Fotografía: Global Voices"],
        ["Suscríbete a nuestro boletín", "", "NOTICIAS RELACIONADAS", "Depuis Cuba, par VPN"],
    )
    _page(
        dump,
        t["gven-bogota-cinema"],
        ["Latin America", TITLE, "April 29, 2014 · 4 min read", "", CAPTION],
        [
            "Sign up for our newsletter",
            "",
            "MORE STORIES",
            "App Created by Global Voices Contributor Selected to be Developed Online",
        ],
    )
    return dump


def trailers_10(t: dict[str, Text]) -> Dump:
    """Wire and site sign-offs: credits without brackets, contacts, social handles,
    copyright lines in three languages."""
    dump = Dump(
        "trailers_10", "trailers", "credits without brackets, contacts, handles, copyrights"
    )
    _trailed(dump, t["frwn-44586"], ["Writing by Wikinews contributors; Editing by the desk"])
    _trailed(
        dump,
        t["gvde-workeer"],
        ["Kontakt: redaktion@example.org", "Folgen Sie uns auf Twitter: @weltstimmen"],
    )
    _trailed(dump, t["gvpt-mz-lgbt"], ["© Global Voices 2015. Todos os direitos reservados."])
    _trailed(dump, t["frwn-44373"], ["Copyright 2012 Wikinews. Tous droits réservés."])
    _trailed(dump, t["gvit-10-tattiche"], ["Segui Global Voices su Twitter: @globalvoicesit"])
    return dump


def trailers_11(t: dict[str, Text]) -> Dump:
    """Trailers right over the next page's furniture: agency credits in parentheses and a
    date under them, then a breadcrumb or a section in capitals over the next headline,
    in Italian, Spanish, Portuguese and German."""
    dump = Dump(
        "trailers_11", "trailers", "agency credits and dates over the next page's breadcrumb"
    )
    _trailed(
        dump,
        t["gvit-folha"],
        ["(ANSA)", "Pubblicato il 12/02/2018"],
        ["Home › Mondo › Brasile", TITLE],
    )
    _trailed(
        dump,
        t["gves-lectores-feb2018"],
        ["(Con información de EFE)", "Publicado el 5 de marzo de 2018"],
        ["Inicio / Medios", "MEDIOS", TITLE],
    )
    _trailed(
        dump,
        t["gvpt-mz-lgbt"],
        ["(Agência Brasil)", "Atualizado em 30/06/2015 às 14h20"],
        ["Início > África", "MOÇAMBIQUE", TITLE],
    )
    _trailed(dump, t["gvde-tibet"], ["(dpa/AFP)"], ["Startseite › Asien", TITLE])
    return dump


def foreign_web_17(t: dict[str, Text]) -> Dump:
    """Italian and Spanish pages: reading times, share rows, "Leggi anche" and "Te puede
    interesar" lists, update lines in local formats above and below the text."""
    dump = Dump(
        "foreign_web_17", "foreign_web", "Italian and Spanish pages: reading times, share rows"
    )
    _page(
        dump,
        t["gvit-catalogna"],
        [
            "Sei in: Home » Europa » Spagna",
            "",
            TITLE,
            "",
            "di Redazione Esteri",
            "Ultimo aggiornamento: 27/09/2017 ore 10:15",
            "Tempo di lettura: 4 minuti",
            "Condividi su Facebook | Twitter | WhatsApp",
        ],
        [
            "Leggi anche:",
            "Brasile: RIP Daniel Pádua, pioniere dell'attivismo digitale",
            "“10 tattiche” di cyber-attivismo a tutela dei diritti umani nel mondo",
            "",
            "Torna su",
        ],
    )
    _page(
        dump,
        t["gves-lectores-feb2018"],
        [
            "Portada › Cultura › Medios",
            "",
            TITLE,
            "",
            "Por la Redacción",
            "Hace 3 horas",
            "Escuchar noticia",
            "Compartir en WhatsApp",
        ],
        [
            "Te puede interesar",
            "Homossexualidade vai deixar de ser crime em Moçambique",
            "Colombia: Free Cinema Festival in Bogota",
            "",
            "Volver arriba",
        ],
    )
    _page(
        dump,
        t["gvit-padua"],
        [
            "Sei in: Home » Tecnologia",
            "",
            TITLE,
            "",
            "Pubblicato il 3 febbraio 2012 alle 18:40",
            "⏱ 2 min",
        ],
        ["Tag: Brasile, attivismo digitale", "", "Commenti (0)"],
    )
    return dump


def email_digest_10(t: dict[str, Text]) -> Dump:
    """A Portuguese newsletter: numbered items, rule-dressed section labels, "Ler mais →"
    links, a footer with an address and a way out."""
    dump = Dump(
        "email_digest_10", "email_digest", "Portuguese newsletter: numbered items, dressed labels"
    )
    dump.matter(
        "De: Resumo Diário <resumo@diario.example>",
        "Data: terça-feira, 30 de junho de 2015 07:30",
        "Para: leitor@example.org",
        "Assunto: As notícias desta terça",
        "",
        "Bom dia!",
        "Estas são as três histórias de hoje.",
    )
    dump.gap()
    items = [
        ("━━ ÁFRICA ━━", "gvpt-mz-lgbt", "Ler mais → https://pt.globalvoices.org/"),
        ("━━ MUNDO ━━", "gvpt-nyusi", "Ler mais → https://pt.globalvoices.org/"),
        ("━━ CULTURA ━━", "gvfr-dilip-kumar", "Ler mais → https://fr.globalvoices.org/"),
    ]
    for label, ident, more in items:
        _digest_item(dump, t[ident], [label, TITLE], [more])
        dump.gap()
    dump.matter(
        "Você recebeu este e-mail porque se inscreveu no Resumo Diário.",
        "Resumo Diário, Rua das Flores 12, Lisboa",
        "Cancelar inscrição: https://diario.example/sair",
    )
    return dump


HALF = Half(builders_in(globals()), TEXTS, TUNE)
"""Generated tune dumps: chrome in other words, orders and formats than the hand-written ones."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
