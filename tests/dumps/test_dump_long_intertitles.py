"""Long articles pasted one after another, their intertitles set off by the same two blank
lines as the articles: an intertitle opens no article. What tells it from a headline is how
the dump's own articles open: a headline with its next line right under it (a dek, the
site's name and date) where the intertitles have none, a plain title over `##` intertitles.
The texts are written for these tests."""

from __future__ import annotations

import pytest

from reader.article import Article
from reader.dumps import boundaries
from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import Classifier
from reader.dumps.trace import line_records

HARBOUR = (
    "Harbour bridge to close to cars next spring",
    "The city council voted on Tuesday to close the old harbour bridge to cars from next "
    "spring, after engineers warned that the bridge could no longer carry heavy traffic safely.",
    "The harbour bridge, built in 1911, links the old town with the port district, and some "
    "twenty thousand cars cross it every day, according to the council's own traffic counts.",
)
FERRIES = (
    "Ferries for the port district",
    "To replace the bridge, the council will run a ferry between the old town and the port "
    "district every fifteen minutes, from six in the morning until midnight.",
    "Councillors who voted against the closure said a ferry could never carry the twenty "
    "thousand people who now cross the harbour bridge by car, and asked for a second bridge.",
)
SHOPS = (
    "Shopkeepers fear for their trade",
    "Shopkeepers in the port district say their customers come over the bridge from the old "
    "town, and fear that the closure will empty their streets for the two years of works.",
    "The council promised to review the ferry timetable after six months and said that "
    "cyclists and pedestrians would still be allowed to cross the old harbour bridge.",
)
LANDSLIDE = (
    "Una frana interrompe la strada della valle",
    "Una frana ha interrotto la strada provinciale che collega i paesi della valle, e i "
    "tecnici della regione stimano che i lavori dureranno almeno due settimane.",
    "I sindaci dei paesi della valle hanno chiesto alla regione un servizio di autobus "
    "sostitutivo sulla vecchia strada di montagna, più lunga ma ancora aperta.",
)
BUSES = (
    "Autobus sulla strada di montagna",
    "La regione ha risposto che gli autobus sulla strada di montagna partiranno da lunedì, "
    "ogni ora, e che la frana sarà rimossa dalla strada provinciale entro due settimane.",
    "Gli abitanti della valle temono però che i lavori sulla strada provinciale durino più a "
    "lungo, come già accaduto dopo la frana di tre anni fa nei paesi vicini.",
)
VINES = (
    "Die Hitze bringt die Weinlese zwei Wochen früher",
    "Die Winzer in den nördlichen Tälern haben in diesem Jahr zwei Wochen früher als üblich "
    "mit der Weinlese begonnen, nach dem heißesten Sommer seit Beginn der Messungen.",
    "Die Trauben seien süßer, aber kleiner geworden, sagen die Erzeuger, und mehrere "
    "Genossenschaften rechnen mit einem Drittel weniger Wein als in einem gewöhnlichen Jahr.",
)
NETS = (
    "Netze über den Reben",
    "Forscher des Weininstituts erproben Schattennetze und neue Schnittmethoden, die die "
    "Trauben schützen könnten, ohne dass die Winzer die Rebsorte wechseln müssten.",
    "Die ersten Ergebnisse seien vielversprechend, teilte das Institut mit, allerdings seien "
    "die Netze teuer und rechneten sich auf den kleinen Flächen der Familienbetriebe kaum.",
)
ORCHESTRA = (
    "La orquesta municipal tocará en las plazas",
    "La orquesta municipal dará cinco conciertos gratuitos en las plazas de la ciudad durante "
    "el mes de julio, con un programa dedicado a los compositores de la región.",
    "Los conciertos empezarán a las nueve de la noche, cuando baja el calor, y el ayuntamiento "
    "instalará sillas para los vecinos mayores que quieran escucharlos sentados.",
)
PROGRAMME = (
    "Un programa de compositores de la región",
    "El director de la orquesta ha elegido obras de cinco compositores nacidos en la región, "
    "algunas de ellas no interpretadas en público desde hace más de un siglo.",
    "Cada concierto terminará con una pieza popular que el público podrá cantar con la "
    "orquesta, como en las fiestas de los pueblos de la región.",
)


def _glued(section: tuple[str, ...], under: str, gap: str = "\n\n") -> str:
    """An article as a site's posts are pasted: its headline with a line right under it (a
    dek, the site's name and the date), then its paragraphs `gap` apart."""
    return f"{section[0]}\n{under}\n\n\n" + gap.join(section[1:])


def _framed(section: tuple[str, ...], head: str = "") -> str:
    """An intertitle set off by two blank lines above and below, as the articles are, over
    its paragraphs one blank line apart."""
    return f"{head or section[0]}\n\n\n" + "\n\n".join(section[1:])


def _dump(*parts: str) -> str:
    return "\n\n\n".join(parts) + "\n"


def _subheads(article: Article) -> list[str]:
    return [article.body[p.start : p.end] for p in article.paragraphs if p.kind == "subheading"]


def test_an_intertitle_not_set_out_as_the_dumps_headlines_starts_no_article() -> None:
    """Every headline of the dump has a line right under it; an intertitle, set off by two
    blank lines above and below as the articles are, has none: it opens no article, though
    its words are only those of the paragraphs under it."""
    for first, inner, second, under in (
        (HARBOUR, SHOPS, VINES, "The Harbour Gazette · 4 March 2024"),
        (VINES, NETS, ORCHESTRA, "Das Weinblatt · 4. März 2024"),
    ):
        text = _dump(_glued(first, under), _framed(inner), _glued(second, under))
        articles = split_text(text)
        assert [a.title for a in articles] == [first[0], second[0]]
        assert _subheads(articles[0]) == [inner[0]]
        assert articles[0].body.endswith(inner[-1])


def test_an_intertitle_in_capitals_under_a_dek_starts_no_article() -> None:
    for first, inner, second in ((HARBOUR, FERRIES, ORCHESTRA), (LANDSLIDE, BUSES, VINES)):
        dek, other = first[1], second[1]
        text = _dump(
            _glued(first, dek),
            _framed(inner, inner[0].upper()),
            _glued(second, other),
        )
        articles = split_text(text)
        assert [a.title for a in articles] == [first[0], second[0]]
        assert _subheads(articles[0]) == [inner[0].upper()]


def test_lines_say_an_intertitle_is_a_subheading() -> None:
    text = _dump(_glued(HARBOUR, "Harbour Gazette"), _framed(SHOPS), _glued(VINES, "Weinblatt"))
    records = {r["line"]: r for r in line_records(text)}
    assert (records[10]["field"], records[10]["article"]) == ("subhead", 0)
    assert (records[18]["field"], records[18]["article"]) == ("title", 1)


def test_a_headline_set_out_as_the_dumps_own_starts_one_under_a_short_line() -> None:
    """Paragraphs two blank lines apart, a one-line quotation among them: the quotation is a
    paragraph, and the next headline, with the site's line right under it as the dump's
    first has, starts an article though it follows a short line."""
    for first, quote, second, under in (
        (
            HARBOUR,
            "A bridge is not a museum - the mayor",
            FERRIES,
            "Harbour Gazette · 4 March 2024",
        ),
        (
            LANDSLIDE,
            "La montagna non aspetta - un sindaco",
            BUSES,
            "Notizie della valle · 4 marzo 2024",
        ),
    ):
        text = _dump(_glued(first, under, "\n\n\n"), quote, _glued(second, under, "\n\n\n"))
        articles = split_text(text)
        assert [a.title for a in articles] == [first[0], second[0]]
        assert articles[0].body.endswith(quote)


def test_a_headline_with_a_lead_of_its_own_starts_one_set_out_otherwise() -> None:
    """A headline with no line right under it but a lead of its own (a page's trail over
    it, a date line under it) starts an article where the dump's first is set out otherwise."""
    for first, second, trail, dated in (
        (HARBOUR, VINES, "Home › Region", "Published 4 March 2024 | 3 min read"),
        (ORCHESTRA, LANDSLIDE, "Inicio › Cultura", "Publicado el 4 de marzo de 2024"),
    ):
        later = f"{trail}\n{second[0]}\n\n{dated}\n\n" + "\n\n".join(second[1:])
        articles = split_text(_dump(_glued(first, "Harbour Gazette · 4 March 2024"), later))
        assert [a.title for a in articles] == [first[0], second[0]]


def test_a_markdown_intertitle_under_a_plain_title_opens_no_article() -> None:
    for first, inner, second, inner2 in (
        (VINES, NETS, ORCHESTRA, PROGRAMME),
        (ORCHESTRA, PROGRAMME, VINES, NETS),
    ):
        plain = ("\n\n".join(first), "\n\n".join(second))
        heads = (_framed(inner, f"## {inner[0]}"), _framed(inner2, f"## {inner2[0]}"))
        articles = split_text(_dump(plain[0], heads[0], plain[1], heads[1]))
        assert [a.title for a in articles] == [first[0], second[0]]
        assert [_subheads(a) for a in articles] == [[inner[0]], [inner2[0]]]


def test_a_markdown_title_still_opens_an_article_under_plain_ones() -> None:
    """A `#` heading titles an article wherever it stands; only a deeper one is read as the
    first article's intertitles."""
    text = _dump(
        "\n\n".join(VINES), _framed(NETS, f"## {NETS[0]}"), "\n\n".join(ORCHESTRA).join(("# ", ""))
    )
    articles = split_text(text)
    assert [a.title for a in articles] == [VINES[0], ORCHESTRA[0]]


def test_a_sentence_right_under_the_headline_and_set_apart_from_the_text_is_its_dek() -> None:
    """A standfirst set right under its headline, a wider gap than the paragraphs have
    under it: the dek goes to meta, the paragraphs are the body."""
    for article, dek in (
        (HARBOUR, "The old bridge can no longer carry heavy traffic, engineers say."),
        (LANDSLIDE, "I lavori sulla strada provinciale dureranno almeno due settimane."),
    ):
        (found,) = split_text(_glued(article, dek) + "\n")
        assert found.title == article[0]
        assert found.meta["summary"] == dek
        assert found.body == "\n\n".join(article[1:])


def test_an_intertitle_over_its_authors_names_starts_no_article() -> None:
    """A report's sections, each under an intertitle with the names of the team who wrote it
    ("Anna Rossi · Marco Bianchi"), set off by two blank lines above and below as the
    articles are: the names are a lead, but one the gap parts from the line, where the dump's
    headlines have their next line right under them. The intertitle opens no article."""
    for first, inner, second, under, names in (
        (HARBOUR, SHOPS, VINES, "The Harbour Gazette · 4 March 2024", "Anna Rossi · Mark Hill"),
        (VINES, NETS, ORCHESTRA, "Das Weinblatt · 4. März 2024", "Jonas Weber · Eva Roth"),
    ):
        inner_named = f"{inner[0]}\n\n\n{names}\n\n" + "\n\n".join(inner[1:])
        text = _dump(_glued(first, under), inner_named, _glued(second, under))
        articles = split_text(text)
        assert [a.title for a in articles] == [first[0], second[0]]
        assert _subheads(articles[0]) == [inner[0]]


_YEAR_IT = (
    "Un anno di lavoro",
    "Il 2022 è stato l'anno della ripresa delle attività dopo la pandemia, e abbiamo "
    "osservato una progressiva crescita dei soci e degli eventi organizzati nelle sezioni.",
    "Nel corso dell'anno sono stati distribuiti oltre seimila euro a progetti di sviluppo "
    "e a iniziative di promozione, scelti dai soci con una votazione aperta.",
)
_YEAR_EN = (
    "A year of work",
    "The year 2022 was the year our activities resumed after the pandemic, and we saw the "
    "number of members and of the events they organised grow steadily month after month.",
    "Over the year we gave more than six thousand euros to development projects and to "
    "outreach chosen by the members in an open vote held every spring.",
)
_SHORT_HEADED = (
    (LANDSLIDE, "2022 con ILS", _YEAR_IT, "linux.it · 29 marzo 2018", "linux.it · 30 gennaio 2023"),
    (
        HARBOUR,
        "2022 with OSI",
        _YEAR_EN,
        "gazette.uk · 4 March 2024",
        "gazette.uk · 30 January 2023",
    ),
)
"""A dump of a site's posts, each headline with the site's name and date right under it, the
first article ending on a list's unstopped item and the second headline three words long
(fresh23 long_intertitles_01 kept "2022 con ILS" in the article above)."""


def _ending_on_an_item(first: tuple[str, ...]) -> tuple[str, ...]:
    """The article titled in title case ("Report LUGConf 2018"), ending on a list's item."""
    if first is LANDSLIDE:
        return ("Report Frane Valle 2018", *first[1:], "organizzarlo su base provinciale")
    return ("Harbour Bridge Report 2018", *first[1:], "run it by county")


@pytest.mark.parametrize(
    ("first", "short", "second", "under", "later"), _SHORT_HEADED, ids=["it", "en"]
)
def test_a_short_headline_with_the_dumps_own_lead_right_under_it_starts(
    first: tuple[str, ...], short: str, second: tuple[str, ...], under: str, later: str
) -> None:
    """Set as the dump's first headline is, its site and date right under it: a headline,
    however short, for a lead of chrome set so is the dump's way of opening an article."""
    text = _dump(
        _glued(_ending_on_an_item(first), under, "\n\n\n"),
        _glued((short, *second[1:]), later, "\n\n\n"),
    )
    assert [a.title for a in split_text(text)] == [_ending_on_an_item(first)[0], short]
    facts = list(map(Classifier(), logical_lines(text)))
    at = next(i for i, fact in enumerate(facts) if fact.line.text == short)
    layout = boundaries._layout(facts)
    verdict = boundaries._score(facts, at, 0, layout, boundaries._gap_before(facts, at, 0))
    assert verdict.signals.repeats
    assert verdict.score >= boundaries.THRESHOLD


@pytest.mark.parametrize(
    ("first", "short", "second", "under", "later"), _SHORT_HEADED, ids=["it", "en"]
)
def test_a_short_intertitle_with_no_lead_under_it_stays_inside(
    first: tuple[str, ...], short: str, second: tuple[str, ...], under: str, later: str
) -> None:
    """The near miss: the same short line set off by gaps as the paragraphs are, with no
    line right under it, is an intertitle of the article above."""
    inner = f"{short}\n\n\n" + "\n\n\n".join(second[1:])
    text = _dump(_glued(_ending_on_an_item(first), under, "\n\n\n"), inner)
    assert [a.title for a in split_text(text)] == [_ending_on_an_item(first)[0]]
