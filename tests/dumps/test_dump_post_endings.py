"""How a blog's posts end and the next one opens, as sites print them and people paste them:
a valediction and the names that sign the post, a closing "Posted in … | date" line, and
a section trail set with pipes over the next headline. None of them is an article's
headline, and none of them is body text. The texts are written for these tests."""

from __future__ import annotations

from reader.dumps.load import split_text

COUNCIL = (
    "The council will meet again in the spring to hear how the new cycle lanes are used, "
    "and residents can send their comments until the end of March."
)
COUNCIL2 = (
    "We thank everyone who came to the public meetings this winter and shared their views "
    "on the plan with the council's transport committee."
)
FESTIVAL = (
    "The summer festival returns to the old harbour in July, with three evenings of music "
    "on a stage built over the water by the town's boat club."
)
FESTIVAL2 = (
    "Tickets go on sale next week at the tourist office, and children under twelve will "
    "again be let in free on the first evening."
)
BIBLIO = (
    "La biblioteca municipal abrirá también los domingos a partir de abril, después de que "
    "más de dos mil vecinos firmaran una petición el invierno pasado."
)
BIBLIO2 = (
    "Agradecemos a todas las personas que firmaron la petición y a los voluntarios que "
    "atenderán la sala de lectura durante las primeras semanas."
)
TEATRO = (
    "El teatro del barrio estrena en mayo una obra escrita por los alumnos del instituto, "
    "que han trabajado en ella durante todo el curso con una actriz de la ciudad."
)
TEATRO2 = (
    "Las entradas serán gratuitas y podrán reservarse en la web del teatro a partir del "
    "lunes, hasta completar el aforo de la sala."
)
VEREIN = (
    "Der Verein lädt alle Mitglieder zur Jahresversammlung im Oktober ein, auf der ein neuer "
    "Vorstand gewählt und der Haushalt für das kommende Jahr beschlossen wird."
)
VEREIN2 = (
    "Anträge zur Tagesordnung können bis Ende September schriftlich bei der Geschäftsstelle "
    "eingereicht werden, die auch die Unterlagen verschickt."
)


def test_the_names_under_a_valediction_sign_the_post_and_start_no_article() -> None:
    """A post closed by "In service," and its signers' names over a rule, the next post's
    long headline with a note right under it: the names are the post's last paragraph, not
    the headline of an article whose dek the next headline would be."""
    for first, close, names, second, note in (
        (
            ("Cycle lanes: the council listens", COUNCIL, COUNCIL2),
            "In service,",
            "Jane Roe, Chair of the Transport Committee Sam Poe, Head of Planning",
            "A Year of Music on the Water: How the Summer Festival Came Back to the Old Harbour "
            "After Ten Years and What the Boat Club Built for It",
            "This post first appeared in the festival's newsletter.",
        ),
        (
            ("La biblioteca abrirá los domingos", BIBLIO, BIBLIO2),
            "Un saludo,",
            "Ana Ruiz, Directora de la Biblioteca Luis Gil, Concejal de Cultura",
            "Un Año de Teatro en el Barrio: Cómo los Alumnos del Instituto Escribieron la Obra "
            "que Estrena el Teatro en Mayo con una Actriz de la Ciudad",
            "Este artículo se publicó primero en la revista del barrio.",
        ),
    ):
        text = (
            "\n\n".join((*first, close, names))
            + f"\n\n* * *\n\n{second}\n{note}\n\n"
            + "\n\n".join((FESTIVAL, FESTIVAL2))
            + "\n"
        )
        articles = split_text(text)
        assert [a.title for a in articles] == [first[0], second]
        assert articles[0].body.endswith(f"{close}\n\n{names}")


def test_a_closing_posted_in_line_with_its_date_is_the_posts_trailer() -> None:
    for first, footer, second in (
        (
            ("Summer festival returns to the harbour", FESTIVAL, FESTIVAL2),
            "Posted in Events | July 3, 2024 | Leave a comment",
            ("Cycle lanes: the council listens", COUNCIL, COUNCIL2),
        ),
        (
            ("Jahresversammlung im Oktober", VEREIN, VEREIN2),
            "Veröffentlicht in Verein | 3. September 2024 | Kommentar hinterlassen",
            ("Summer festival returns to the harbour", FESTIVAL, FESTIVAL2),
        ),
    ):
        head, *paragraphs = first
        text = f"{head}\n\n{paragraphs[0]}\n\n{paragraphs[1]}\n{footer}\n\n\n" + "\n\n".join(second)
        articles = split_text(text + "\n")
        assert [a.title for a in articles] == [head, second[0]]
        assert articles[0].body == "\n\n".join(paragraphs)
        assert footer in articles[0].meta.get("published", "") + articles[0].meta.get(
            "as_written", ""
        )


def test_a_section_trail_set_with_pipes_goes_with_the_headline_under_it() -> None:
    """A page's trail over each headline ("Noticias | Cultura"), the previous page's "read
    also" list over it: the trail and the headline open the next article."""
    for first, trail, related, second, dated in (
        (
            ("Jahresversammlung im Oktober", VEREIN, VEREIN2),
            "Aktuelles | Verein",
            "Das könnte Sie auch interessieren",
            ("Neuer Vorstand gewählt", VEREIN2, VEREIN),
            "Veröffentlicht am 4. Oktober 2024 | Lesezeit: 2 Min.",
        ),
        (
            ("El teatro estrena una obra de alumnos", TEATRO, TEATRO2),
            "Noticias | Cultura",
            "Te puede interesar",
            ("La biblioteca abrirá los domingos", BIBLIO, BIBLIO2),
            "Publicado el 4 de octubre de 2024 | Lectura: 2 min",
        ),
    ):
        pages = [f"{trail}\n{a[0]}\n{dated}\n\n" + "\n\n".join(a[1:]) for a in (first, second)]
        text = f"{pages[0]}\n\n{related}\n› {second[0]}\n\n\n\n{pages[1]}\n"
        articles = split_text(text)
        assert [a.title for a in articles] == [first[0], second[0]]
        assert articles[1].body == "\n\n".join(second[1:])


def test_a_read_also_line_inside_an_article_is_meta_and_heads_no_story() -> None:
    """A "Te puede interesar: <another story's headline>" line between two paragraphs is a
    link to elsewhere, kept in meta; the short question above it is no headline for having
    it under."""
    for head, paragraphs, question, teaser in (
        (
            "La biblioteca abrirá los domingos",
            (BIBLIO, BIBLIO2),
            "¿Quieres ser voluntario en la sala de lectura?",
            "Te puede interesar: El teatro estrena una obra de alumnos",
        ),
        (
            "Jahresversammlung im Oktober",
            (VEREIN, VEREIN2),
            "Möchten Sie im Vorstand mitarbeiten?",
            "Lesen Sie auch: Neuer Vorstand gewählt",
        ),
    ):
        text = f"{head}\n\n{paragraphs[0]}\n\n{question}\n\n{teaser}\n\n{paragraphs[1]}\n"
        (article,) = split_text(text)
        assert article.title == head
        assert article.body == "\n\n".join((paragraphs[0], question, paragraphs[1]))
        assert article.meta["related"] == teaser
