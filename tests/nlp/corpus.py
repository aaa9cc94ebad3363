"""A small generated dump of news-like articles for the cluster tests (seeded, never stored)."""

from __future__ import annotations

import random

_PEOPLE = ("Angela Merkel", "Emmanuel Macron", "Keir Starmer", "Xi Jinping", "Javier Milei")
_PLACES = ("Berlin", "Paris", "London", "Beijing", "Buenos Aires", "Nairobi")
_ORGS = ("the United Nations", "NATO", "the World Bank", "Reuters", "Siemens")
_DAYS = ("Monday", "Tuesday", "Friday")


def _sentence(rng: random.Random) -> str:
    person, place, org = rng.choice(_PEOPLE), rng.choice(_PLACES), rng.choice(_ORGS)
    forms = (
        f"{person} said on {rng.choice(_DAYS)} that talks in {place} would go on.",
        f"Officials in {place} said {org} had pledged {rng.randint(2, 900)} million dollars.",
        f"In March {rng.randint(2001, 2025)}, {person} visited {place} with {org}.",
    )
    return rng.choice(forms)


def dump(articles: int, seed: int = 7) -> str:
    """`articles` articles apart by separator lines, each a headline and two paragraphs."""
    rng = random.Random(seed)
    parts = []
    for number in range(articles):
        paragraphs = [" ".join(_sentence(rng) for _ in range(2)) for _ in range(2)]
        headline = f"{rng.choice(_PEOPLE)} meets {rng.choice(_ORGS)} in {rng.choice(_PLACES)}"
        parts.append(f"{headline} ({number})\n\n" + "\n\n".join(paragraphs))
    return "\n\n-----\n\n".join(parts) + "\n"
