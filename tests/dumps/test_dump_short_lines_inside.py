"""A long article is not split apart at one of its own short lines.

fresh14's long posts (session 18, shape18) lost most of their bodies one way: a short line
of the article (an intertitle over a list, a list's last item, a reference, "Step 1: go to
…") set off by a wider gap was taken for the next article's headline, and the real headline
went to the body or to meta. Two things tell such a line from a start, whatever the language:

- In a dump whose starts are set out one way (each headline with its date line right under
  it, `Layout.glued_start`), the date line a short line seems to have is the one under the
  next headline below it, set out as the dump's are: that headline's lead, and the text
  under it that headline's text, so the short line has neither (`_lead_of_headline_below`).
- In a dump of records, each under a mark (a database export's "2 of 3 DOCUMENTS", a
  clipper's front matter), a record opens under its mark and nowhere else
  (`Layout.marked_records`), and a mark opens a record whatever line is under it (a
  publication's name in small letters, "opensource.guide").

The near miss that must not change: a real short headline between two articles, set out
as the dump's are, still starts its article.
"""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

POSTS = {
    "en": (
        ("Why You Should Sponsor the Conference", "Posted on January 18, 2018"),
        (
            "Planning is now well underway for the conference in Dublin this spring.",
            "We have chosen a venue and a date, and we have keynote speakers lined up.",
        ),
        ("Here are the steps:", "Step 1: go to the settings page and click on the Build action"),
        ("The city opens its first portal of open data", "Posted on March 3, 2019"),
        (
            "The city published its first open data portal on Monday, with forty data sets. "
            "Officials said more would follow before the summer, once the council agrees."
        ),
    ),
    "es": (
        ("Por qué patrocinar la conferencia", "Publicado el 18 de enero de 2018"),
        (
            "La planificación de la conferencia de Dublín avanza a buen ritmo esta primavera.",
            "Hemos elegido una sede y una fecha, y ya tenemos a los oradores principales.",
        ),
        ("Estos son los pasos:", "Paso 1: vaya a la página de ajustes y pulse la acción Build"),
        ("La ciudad abre su primer portal de datos abiertos", "Publicado el 3 de marzo de 2019"),
        (
            "La ciudad publicó el lunes su primer portal de datos abiertos, con cuarenta bases. "
            "Los responsables dijeron que habrá más antes del verano, cuando el consejo lo apruebe."
        ),
    ),
    "de": (
        ("Warum Sie die Konferenz unterstützen sollten", "Veröffentlicht am 18. Januar 2018"),
        (
            "Die Planung der Konferenz in Dublin ist in diesem Frühjahr schon weit gediehen.",
            "Wir haben einen Ort und ein Datum gewählt, und die Hauptredner stehen fest.",
        ),
        ("Das sind die Schritte:", "Schritt 1: Öffnen Sie die Einstellungen und wählen Sie Build"),
        ("Die Stadt eröffnet ihr erstes Portal für offene Daten", "Veröffentlicht am 3. März 2019"),
        (
            "Die Stadt hat am Montag ihr erstes Portal für offene Daten mit vierzig Sätzen"
            " eröffnet. Weitere sollen bis zum Sommer folgen, sobald der Rat zustimmt, sagte sie."
        ),
    ),
}


PAIRS = [("en", "es"), ("es", "de"), ("de", "en")]


def _posts(first: str, second: str) -> tuple[str, str, str, str]:
    """(dump, first title, second title, the short line) of two posts in two languages, each
    headline with its date line right under it and two blank lines between paragraphs; the
    first post ends in a list whose last item stands over the second post's headline."""
    (title, date), paragraphs, (intro, step), _, _ = POSTS[first]
    _, _, _, (headline, headline_date), text = POSTS[second]
    body = "\n\n\n".join((*paragraphs, intro, step))
    dump = f"{title}\n{date}\n\n\n{body}\n\n\n{headline}\n{headline_date}\n\n\n{text}\n"
    return dump, title, headline, step


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_a_short_line_over_the_next_headline_stays_in_its_article(first: str, second: str) -> None:
    dump, title, headline, step = _posts(first, second)
    articles = split_text(dump, f"posts_{first}.txt", "utf-8")
    assert [article.title for article in articles] == [title, headline]
    assert articles[0].body.endswith(step)


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_a_short_headline_set_out_as_the_dump_s_starts_still_starts(
    first: str, second: str
) -> None:
    """The near miss: the list's last item gone, the second post's short headline (with its
    date line right under it, as the first's) still starts its article."""
    dump, title, headline, step = _posts(first, second)
    dump = dump.replace(f"{step}\n\n\n", "")
    assert [article.title for article in split_text(dump, "near.txt", "utf-8")] == [
        title,
        headline,
    ]


def _record(number: str, publication: str, title: str, paragraphs: list[str]) -> str:
    """A record of a LexisNexis export: its mark, publication and date line, headline and
    fields, and its text, paragraphs a blank line apart (more for an intertitle's)."""
    return (
        f"                              {number} of 2 DOCUMENTS\n\n\n"
        f"                          {publication}\n\n"
        "                      March 9, 2018 Friday\n\n"
        f"{title}\n\nBYLINE: Open Source Guides\n\nLENGTH: 1,259 words\n\n\n"
        + "\n\n".join(paragraphs)
        + "\n\n\nLANGUAGE: ENGLISH\n\n\n\n\n"
    )


RECORDS = {
    "en": (
        ("Finding Users for Your Project", "Leadership and governance"),
        "Tell people about it and they will come to your project",
        (
            "There is no rule that says you have to announce a new project when you launch it. "
            "Many people start one for their own reasons and never tell anyone about it."
        ),
        "Contributors often come from the most loyal users of a project, the guide says.",
    ),
    "it": (
        ("Trovare utenti per il tuo progetto", "Leadership e governo"),
        "Fallo sapere a tutti e le persone arriveranno al tuo progetto",
        (
            "Non esiste una regola che imponga di annunciare un progetto quando lo si avvia. "
            "Molte persone ne iniziano uno per motivi propri e non lo dicono a nessuno."
        ),
        "I contributori arrivano spesso dagli utenti più fedeli di un progetto, dice la guida.",
    ),
    "fr": (
        ("Trouver des utilisateurs pour votre projet", "Gouvernance du projet."),
        "Faites-le savoir et les gens viendront vers votre projet",
        (
            "Aucune règle ne vous oblige à annoncer un projet au moment où vous le lancez. "
            "Beaucoup de gens en commencent un pour leurs propres raisons et n'en parlent pas."
        ),
        "Les contributeurs viennent souvent des utilisateurs les plus fidèles, dit le guide.",
    ),
}


@pytest.mark.parametrize("language", list(RECORDS))
def test_a_record_opens_under_its_mark_and_at_no_line_inside(language: str) -> None:
    """A headline-shaped line set off by a wider gap inside a record's text is an intertitle:
    the export opens each record under its mark."""
    (title, second), intertitle, paragraph, text = RECORDS[language]
    inside = [paragraph, text, f"\n{intertitle}", paragraph, text]
    dump = _record("1", "Open Source Guides", title, inside) + _record(
        "2", "Open Source Guides", second, [paragraph, text]
    )
    articles = split_text(dump, f"records_{language}.txt", "utf-8")
    assert [article.title for article in articles] == [title, second]
    assert intertitle in articles[0].body


@pytest.mark.parametrize("language", list(RECORDS))
def test_a_record_under_a_publication_in_small_letters_keeps_its_headline(language: str) -> None:
    """A mark opens a record whatever stands under it ("opensource.guide"), and the line over
    the fields is the headline however short or stopped; the text's first line, an
    intertitle, is the body's."""
    (title, second), intertitle, paragraph, text = RECORDS[language]
    dump = _record("1", "opensource.guide", title, [intertitle, paragraph, text]) + _record(
        "2", "opensource.guide", second, [intertitle, paragraph, text]
    )
    articles = split_text(dump, f"records_{language}.txt", "utf-8")
    assert [article.title for article in articles] == [title, second]
    assert all(article.body.startswith(intertitle) for article in articles)
