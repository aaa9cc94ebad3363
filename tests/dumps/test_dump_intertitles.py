"""Long articles whose intertitles are set off by two blank lines, the same gap that
separates articles: what tells an article start is its lead (a dated dateline), a switch
of language, never the gap alone; a question line is a paragraph."""

from __future__ import annotations

from reader.dumps.load import split_text

FR = (
    "Le conseil municipal a voté le budget de la ville pour l'année prochaine, après un "
    "long débat sur les dépenses de la culture et des transports publics dans les quartiers."
)
FR2 = (
    "Les associations des quartiers ont salué une décision attendue depuis des mois par les "
    "habitants, qui réclamaient des bus plus fréquents et des horaires étendus le soir."
)
DE = (
    "Die Stadtverwaltung hat am Montag einen neuen Plan für den Ausbau der Radwege "
    "vorgestellt, der in den nächsten fünf Jahren umgesetzt werden soll und viel kostet."
)
IT = (
    "Il consiglio comunale ha approvato il bilancio della città per il prossimo anno, dopo "
    "una lunga discussione sulle spese per la cultura e per i trasporti pubblici."
)


def _dump(*blocks: str) -> str:
    return "\n\n\n".join(blocks) + "\n"


def test_intertitles_under_dated_leads_stay_in_their_article() -> None:
    text = _dump(
        "Lyon : le budget de la ville adopté",
        f"3 mars 2024. - {FR}",
        FR2,
        "Des transports renforcés",
        FR2.replace("soir", "week-end"),
        "Berlin baut neue Radwege",
        f"Berlin (Deutschland), 04.03.2024 – {DE}",
    )
    articles = split_text(text)
    assert [a.title for a in articles] == [
        "Lyon : le budget de la ville adopté",
        "Berlin baut neue Radwege",
    ]
    assert "Des transports renforcés" in articles[0].body
    assert articles[0].meta["dateline"] == "3 mars 2024."


def test_a_switch_of_language_starts_an_article_and_a_question_does_not() -> None:
    text = _dump(
        "Lyon : le budget de la ville adopté",
        f"3 mars 2024. - {FR}",
        "Pourquoi les habitants attendaient-ils cette décision depuis si longtemps ?",
        FR2,
        "Il bilancio di Milano approvato",
        IT,
    )
    articles = split_text(text)
    assert [a.title for a in articles] == [
        "Lyon : le budget de la ville adopté",
        "Il bilancio di Milano approvato",
    ]
    assert articles[0].body.count("Pourquoi") == 1


def test_framed_intertitles_echoing_their_article_stay_in_it() -> None:
    """A line set off by wide gaps above and below whose words are its article's is an
    intertitle; one whose words only its lead repeats starts an article."""
    lab = (
        "Il laboratorio di scrittura ha accompagnato gli studenti del master per sette "
        "settimane, dalle prime modifiche alla pubblicazione delle voci."
    )
    lab2 = (
        "Ogni incontro del laboratorio ha unito una lezione sulle fonti a un lavoro di "
        "scrittura guidato, con la revisione delle voci degli studenti."
    )
    text = (
        "Wikipedia all'università: il laboratorio di scrittura del master\n\n"
        f"{lab}\n\n{lab2}\n\n\n"
        "Secondo incontro: fonti e scrittura delle voci\n\n\n"
        f"{lab2}\n\n{lab}\n\n\n"
        "Intervista a Mario Furlan\n\n\n"
        "Wikinotizie presenta un'intervista a Mario Furlan, fondatore dei City Angels, "
        "che racconta come usa l'enciclopedia ogni giorno nel suo lavoro.\n"
    )
    articles = split_text(text)
    assert [a.title for a in articles] == [
        "Wikipedia all'università: il laboratorio di scrittura del master",
        "Intervista a Mario Furlan",
    ]
    assert "Secondo incontro: fonti e scrittura delle voci" in articles[0].body


def test_a_line_of_two_sentences_is_a_paragraph_not_a_headline() -> None:
    intro = (
        "Wikinotizie presenta un'intervista al fondatore dei City Angels, che racconta "
        "come usa l'enciclopedia libera ogni giorno nel suo lavoro con i volontari."
    )
    answer = (
        "Era una ventina di anni fa: mi sembrava bizzarro che chiunque potesse scrivere "
        "una voce, poi ho capito che proprio questo la rende viva e affidabile."
    )
    text = (
        "Un'intervista con il fondatore dei volontari di strada\n\n"
        f"{intro}\n\n"
        "Quando ha scoperto Wikipedia? Per quale motivo la consulta sempre?\n\n"
        f"{answer}\n"
    )
    (article,) = split_text(text)
    assert "Quando ha scoperto Wikipedia? Per quale motivo la consulta sempre?" in article.body


def test_an_advert_mark_in_capitals_over_an_intertitle_starts_no_article() -> None:
    first = (
        "The council voted on Tuesday to build four new cycle lanes through the town centre, "
        "after a debate that lasted well into the night and drew a crowd of residents.\n\n"
    )
    last = (
        "Work starts in the spring and should take two years, the council said on Wednesday "
        "in a statement that also set out the costs of the whole scheme.\n"
    )
    for gap in ("\n", "\n\n"):
        text = f"Council approves four new cycle lanes\n\n{first}{gap}ADVERTISEMENT\n"
        (article,) = split_text(text + "What happens next\n\n" + last)
        assert article.body.startswith("The council voted")
        assert article.body.endswith(last.strip())
