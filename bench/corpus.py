"""Seeded, generated inputs for benchmarks: news-like text, never committed.

The same seed gives the same text on every machine, so runs measure the same work.
"""

from __future__ import annotations

import random
import textwrap

PEOPLE = (
    "Kim Jong Un",
    "Vladimir Putin",
    "Pete Hegseth",
    "Marco Rubio",
    "Angela Merkel",
    "Emmanuel Macron",
    "Olaf Scholz",
    "Keir Starmer",
    "Narendra Modi",
    "Xi Jinping",
    "Luiz Inacio Lula da Silva",
    "Javier Milei",
    "Giorgia Meloni",
    "Pedro Sanchez",
    "Christine Lagarde",
    "Jerome Powell",
    "Antonio Guterres",
    "Ursula von der Leyen",
    "Recep Tayyip Erdogan",
    "Benjamin Netanyahu",
    "Masoud Pezeshkian",
    "Yoon Suk Yeol",
)
PLACES = (
    "Pyongyang",
    "Seoul",
    "Moscow",
    "Washington",
    "London",
    "Paris",
    "Berlin",
    "Tokyo",
    "Beijing",
    "New Delhi",
    "Brasilia",
    "Buenos Aires",
    "Rome",
    "Madrid",
    "Kyiv",
    "Tehran",
    "Ankara",
    "Jerusalem",
    "Cairo",
    "Nairobi",
    "Lagos",
    "Jakarta",
    "Canberra",
    "Ottawa",
)
ORGS = (
    "the United Nations",
    "NATO",
    "the European Union",
    "the World Bank",
    "Reuters",
    "the International Monetary Fund",
    "the Pentagon",
    "the Kremlin",
    "Toyota",
    "Siemens",
    "the Federal Reserve",
    "the European Central Bank",
    "Amnesty International",
    "OPEC",
)
VERBS = (
    "said",
    "warned",
    "announced",
    "denied",
    "confirmed",
    "suggested",
    "insisted",
    "argued",
)
TOPICS = (
    "trade talks",
    "military cooperation",
    "interest rates",
    "energy prices",
    "a ceasefire",
    "climate targets",
    "election results",
    "a new budget",
    "sanctions",
    "refugee flows",
    "chip exports",
    "a drought",
    "flood defences",
    "vaccine supplies",
    "a corruption probe",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "March", "May", "July", "September", "November")


def sentence(rng: random.Random) -> str:
    """One news-like sentence with people, places, organisations, dates and figures."""
    person, place, org = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(ORGS)
    topic, verb, day = rng.choice(TOPICS), rng.choice(VERBS), rng.choice(DAYS)
    number = rng.randint(2, 9000)
    forms = (
        f"{person} {verb} on {day} that {topic} in {place} would continue.",
        f"Officials in {place} {verb} that {org} had pledged {number} million dollars.",
        f"According to {org}, about {number} people attended the talks in {place}.",
        f"“We will not accept this,” {person} {verb} in {place} on {day}.",
        f"The {topic} drew criticism from {org}, which {verb} the plan was rushed.",
        f"In {rng.choice(MONTHS)} {rng.randint(2001, 2025)}, {person} visited {place}.",
        f"Analysts at {org} {verb} that {topic} could cost {number} jobs by next year.",
    )
    return rng.choice(forms)


def paragraph(rng: random.Random, sentences: int | None = None) -> str:
    """A paragraph of 2-5 sentences (or the number asked for)."""
    return " ".join(sentence(rng) for _ in range(sentences or rng.randint(2, 5)))


def headline(rng: random.Random) -> str:
    """A headline of 6-12 words, sentence case, no full stop."""
    return (
        f"{rng.choice(PEOPLE)} and {rng.choice(ORGS).removeprefix('the ')} clash over "
        f"{rng.choice(TOPICS)} in {rng.choice(PLACES)}"
    )


def _web(rng: random.Random, title: str, paras: list[str]) -> str:
    place = rng.choice(PLACES).upper()
    lead = f"{title}\n\nShort Url\nUpdated {rng.randint(1, 28)} November 2025\nFollow\n\n{title}\n"
    return f"{lead}\n  • {sentence(rng)}\n\n{place}: " + "\n".join(paras) + "\n"


def _plain(rng: random.Random, title: str, paras: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def _wire(rng: random.Random, title: str, paras: list[str]) -> str:
    place = rng.choice(PLACES).upper()
    paras = [f"{place}, March {rng.randint(1, 28)} (Reuters) - {paras[0]}", *paras[1:]]
    wrapped = [textwrap.fill(p, 70, initial_indent="   ") for p in paras]
    return title.upper() + "\n\n" + "\n".join(wrapped) + "\n\n(Reporting by Jane Doe)\n"


def _markdown(rng: random.Random, title: str, paras: list[str]) -> str:
    return f"# {title}\n\n" + "\n\n".join(paras) + "\n"


STYLES = (_web, _plain, _wire, _markdown)
_GAPS = {_web: "\n\n", _plain: "\n\n\n", _wire: "\n-----\n\n", _markdown: "\n\n"}


def dump(articles: int, seed: int = 2025) -> str:
    """A dump of `articles` articles in mixed styles, about 1 KB each."""
    rng = random.Random(seed)
    out: list[str] = []
    for _ in range(articles):
        style = rng.choice(STYLES)
        paras = [paragraph(rng) for _ in range(rng.randint(2, 5))]
        out.append(style(rng, headline(rng), paras) + _GAPS[style])
    return "".join(out)


def long_article(words: int = 50_000, seed: int = 7) -> str:
    """One article of about `words` words, in the plain style."""
    rng = random.Random(seed)
    paras: list[str] = []
    count = 0
    while count < words:
        para = paragraph(rng)
        count += len(para.split())
        paras.append(para)
    return _plain(rng, headline(rng), paras)


def intertitled_article(size: int, seed: int = 11) -> str:
    """One article of running text of about `size` bytes with an intertitle (a short line
    naming a topic and a place the text speaks of, no end mark) set off by two blank lines
    above and below after every three paragraphs, the gap the plain style parts articles
    by: every intertitle is a line the start model scores, deep in one long article."""
    rng = random.Random(seed)
    out = [headline(rng)]
    written = len(out[0])
    while written < size:
        if len(out) > 1:
            intertitle = f"{rng.choice(TOPICS)} in {rng.choice(PLACES)}"
            out.append(f"\n\n\n{intertitle[0].upper()}{intertitle[1:]}\n")
            written += len(out[-1])
        out.append("\n\n" + "\n\n".join(paragraph(rng) for _ in range(_INTERTITLED_EVERY)))
        written += len(out[-1].encode("utf-8"))
    return "".join(out) + "\n"


_INTERTITLED_EVERY = 3
