"""Dumps in the layouts of real tools: Factiva's field codes (each code over its value, or
beside it after a tab), Nexis Uni's labels in the language of its interface, MarkDownload's
notes, newsletters pasted from Outlook."""

from __future__ import annotations

from reader.dumps.load import place_lines, split_dump, split_text

_LEAD = (
    "Le tout premier Forum mondial de la langue française s'ouvre ce lundi soir à Québec,"
    " au Canada, avec des participants venus de tous les continents."
)
_REST = "Les participants sont en majorité issus de la société civile et des universités."
_NEXT = (
    "Les marges des raffineurs européens progressent depuis le début de l'année par"
    " rapport aux trois dernières années, selon les chiffres publiés mardi."
)


def _factiva_over(headline: str, lead: str, rest: str, accession: str) -> str:
    fields = ["HD", headline, "BY", "Jean Dupont", "WC", "412 mots", "PD", "2 July 2012"]
    fields += ["SN", "Wikinews", "LA", "French", "LP", lead, "", rest]
    return "\n".join([*fields, "", "NS", "gcat : Political/General News", "AN", accession])


def test_factiva_codes_over_their_values_give_title_meta_and_body() -> None:
    text = "\n\n".join(
        [
            _factiva_over("Ouverture du Forum", _LEAD, _REST, "Document WIKNWS0020120702e8720001a"),
            _factiva_over(
                "Les marges progressent", _NEXT, _REST, "Document WIKNWS0020120821e88l0003x"
            ),
        ]
    )
    first, second = split_text(text)
    assert (first.title, second.title) == ("Ouverture du Forum", "Les marges progressent")
    assert first.body == f"{_LEAD}\n\n{_REST}"
    assert first.meta["byline"] == "Jean Dupont"
    assert first.meta["language"] == "fr"
    assert "gcat : Political/General News" in first.meta["subject"]
    lines = place_lines(text)
    assert {p.field for p in lines if p.article is not None} <= {"title", "meta", "body"}
    assert all(p.article is not None for p in lines)  # no line left as the dump's matter


def test_factiva_codes_beside_their_values_split_at_each_headline() -> None:
    docs = [
        f"HD\t{title}\nWC\t300 words\nPD\t21 August 2012\nSN\tWikinews\nLP\n{body}\n\nAN\t"
        f"Document WIKNWS00201208{day}e88l0003x"
        for title, body, day in (("Ouverture du Forum", _LEAD, "02"), ("Les marges", _NEXT, "21"))
    ]
    summary = "Search Summary\nText\tforum or raffineurs\nResults Found\t2\n\n"
    articles = split_text(summary + "\n\n".join(docs))
    assert [a.title for a in articles] == ["Ouverture du Forum", "Les marges"]
    assert [a.body for a in articles] == [_LEAD, _NEXT]
    assert "Search Summary" in articles[0].meta["dump_front_matter"]


def test_nexis_uni_in_dutch_gives_its_fields_and_dates_to_meta() -> None:
    text = (
        "Ouverture du Forum\n\nWikinews (Frans)\n20 juli 2012 vrijdag\n\nSectie: CULTUUR\n"
        f"Lengte: 139 woorden\nTaal: FRANS\n\nBody\n\n{_LEAD}\n\n{_REST}\n\n"
        "Laaddatum: 21 juli 2012\n\nEinde document\n"
    )
    (article,) = split_text(text)
    assert article.title == "Ouverture du Forum"
    assert article.body == f"{_LEAD}\n\n{_REST}"
    assert (article.meta["section"], article.meta["length"]) == ("CULTUUR", "139 woorden")
    assert article.meta["load_date"] == "21 juli 2012"
    assert article.meta["language"] == "fr"


def test_a_headline_field_wins_over_the_edition_line_above_it() -> None:
    record = (
        "    {n} of 2 DOCUMENTS\n\n    The New York Times\n\n    May 3, 2012 Thursday\n"
        "    Late Edition - Final\n\nHEADLINE: Forum number {n} opens\n\nBYLINE: By JOHN DOE\n\n"
        f"{_LEAD}\n\nLOAD-DATE: May 4, 2012\n"
    )
    articles = split_text(record.format(n=1) + "\n" + record.format(n=2))
    assert [a.title for a in articles] == ["Forum number 1 opens", "Forum number 2 opens"]
    assert [a.body for a in articles] == [_LEAD, _LEAD]
    assert articles[0].meta["section"] == "Late Edition - Final"


def _markdownload(title: str, body: str) -> str:
    excerpt = body.split(". ")[0]
    return (
        "---\ncreated: 2026-12-03T09:12:44 (UTC +01:00)\ntags: []\n"
        f"source: https://example.org/\nauthor: \n---\n\n# {title}\n\n> ## Excerpt\n"
        f"> {excerpt}\n\n---\n\n{body}\n"
    )


def test_markdownload_notes_keep_their_excerpt_in_meta_and_the_rule_inside() -> None:
    text = _markdownload("Ouverture du Forum", _LEAD) + "\n" + _markdownload("Les marges", _NEXT)
    articles = split_text(text)
    assert [a.title for a in articles] == ["Ouverture du Forum", "Les marges"]
    assert [a.body for a in articles] == [_LEAD, _NEXT]
    assert articles[1].meta["summary"] == _NEXT.split(". ")[0]


def test_an_outlook_newsletter_keeps_its_links_out_of_the_items() -> None:
    text = (
        "Van: Wereldbrief <brief@example.nl>\nVerzonden: donderdag 12 maart 2015 07:30\n"
        "Aan: lezer@example.nl\nOnderwerp: De Wereldbrief\n\n"
        "Bekijk deze e-mail in uw browser<https://example.nl/web>\n\nGoedemorgen,\n\n"
        f"CULTUUR\n\nOuverture du Forum\n\n{_LEAD}\n\nLees verder<https://example.nl/1>\n\n"
        f"ECONOMIE\n\nLes marges des raffineurs progressent\n\n{_NEXT}\n\n"
        "Lees verder<https://example.nl/2>\n\nAfmelden<https://example.nl/afmelden>\n"
    )
    dump = split_dump(text)
    assert [a.title for a in dump.articles] == [
        "Ouverture du Forum",
        "Les marges des raffineurs progressent",
    ]
    assert [a.body for a in dump.articles] == [_LEAD, _NEXT]
    assert dump.front_matter[-1] == "Goedemorgen,"
    assert dump.back_matter == ["Afmelden<https://example.nl/afmelden>"]


def test_an_outlook_headline_linked_to_its_story_is_the_title_and_its_url() -> None:
    text = (
        "From: Weekly <weekly@example.org>\nSubject: This week\n\nHi there,\n\n"
        f"AFRICA\nOuverture du Forum mondial<https://example.org/forum>\n\n{_LEAD}\n\n"
        f"ENERGY\nLes marges des raffineurs progressent<https://example.org/marges>\n\n{_NEXT}\n"
    )
    first, second = split_text(text)
    assert (first.title, first.meta["url"]) == (
        "Ouverture du Forum mondial",
        "https://example.org/forum",
    )
    assert second.title == "Les marges des raffineurs progressent"
    assert [first.body, second.body] == [_LEAD, _NEXT]


def test_closing_notes_in_dutch_and_portuguese_and_a_press_release_mark_stay_above() -> None:
    notes = ["Bron: ANP", "Vertaald door Sanne de Vries", "*Estagiária sob supervisão de Ana Souza"]
    text = (
        f"Ouverture du Forum\n\n{_LEAD}\n\n" + "\n".join(notes) + "\n\n###\n\n\n"
        f"Les marges progressent\n\n{_NEXT}\n"
    )
    first, second = split_text(text)
    assert (first.body, second.title, second.body) == (_LEAD, "Les marges progressent", _NEXT)
    kept = "\n".join(str(value) for value in first.meta.values())
    assert all(note in kept for note in [*notes, "###"])


def test_a_short_label_over_the_first_paragraph_is_meta() -> None:
    byline = "Escrito por Ana Pérez, traducido por Juan Gómez"
    text = f"Ouverture du Forum\n\n{byline}\n\nQuébec\n\n{_LEAD}\n"
    (article,) = split_text(text)
    assert article.body == _LEAD
    assert article.meta["label"] == "Québec"
    assert article.meta["byline"].startswith("Escrito por Ana Pérez")


def test_a_heading_is_the_title_when_the_title_property_adds_the_site() -> None:
    text = f'---\ntitle: "Ouverture du Forum | Wikinews"\n---\n\n# Ouverture du Forum\n\n{_LEAD}\n'
    (article,) = split_text(text)
    assert (article.title, article.body) == ("Ouverture du Forum", _LEAD)
    assert "Ouverture du Forum | Wikinews" in article.meta["front_matter"]


def test_a_credit_set_off_under_the_last_paragraph_is_a_trailer_not_its_caption() -> None:
    trailer = "Beeld: ANP\nAangemaakt op 2 juli 2012\n"
    text = f"Ouverture du Forum\n\n{_LEAD}\n\n{_REST} {_REST} {_REST}\n\n{trailer}"
    (article,) = split_text(text)
    assert article.body == f"{_LEAD}\n\n{_REST} {_REST} {_REST}"
    assert article.meta["photo_credit"] == "Beeld: ANP"
