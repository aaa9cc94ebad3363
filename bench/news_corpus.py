"""Seeded news articles with a wide mix of entity kinds, for the entity benchmark.

Sentences come from templates across desks (politics, markets, sport, disasters,
courts, science, health) filled with real names, places, organisations, sums,
dates and times, so the model meets text like a real dump's.
"""

from __future__ import annotations

import random

from bench import corpus

PEOPLE = (
    *corpus.PEOPLE,
    "Jensen Huang",
    "Tim Cook",
    "Satya Nadella",
    "Mary Barra",
    "Bukayo Saka",
    "Erling Haaland",
    "Serena Williams",
    "Lewis Hamilton",
    "Gavin Newsom",
    "Karen Bass",
    "Tedros Adhanom Ghebreyesus",
    "John Roberts",
    "Amy Coney Barrett",
    "Suni Williams",
)
NATIONALITIES = (
    "American",
    "British",
    "French",
    "German",
    "Chinese",
    "Japanese",
    "Russian",
    "Ukrainian",
    "Brazilian",
    "Indian",
    "Nigerian",
    "Mexican",
)
COMPANIES = (
    "Nvidia",
    "Apple",
    "Microsoft",
    "Toyota",
    "Siemens",
    "Shell",
    "Boeing",
    "Airbus",
    "Samsung Electronics",
    "Deutsche Bank",
    "Goldman Sachs",
    "BlackRock",
)
PLACES_OUTDOOR = ("the Alps", "the Gulf of Mexico", "the Sahara", "the Rhine", "the Himalayas")
FACILITIES = ("Heathrow Airport", "the Golden Gate Bridge", "Wembley Stadium", "the Louvre")
EVENTS = ("the World Cup", "the Olympic Games", "the Paris Air Show", "the G20 summit")
LAWS = ("the Clean Air Act", "the Inflation Reduction Act", "the Digital Markets Act")
WORKS = ('"The Crown"', '"Oppenheimer"', '"War and Peace"', '"Abbey Road"')
PRODUCTS = ("the iPhone 16", "the Model Y", "the Boeing 737 Max", "the PlayStation 5")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth")
FORMS = (
    "{person} {verb} on {day} that talks in {place} on {topic} would resume next week.",
    "{org} {verb} that the {nat} delegation had pledged ${n} million for {topic}.",
    "Shares of {company} rose {pct}% to ${price} in New York after the results.",
    "{company} reported quarterly revenue of ${big} billion, up {pct}% from a year earlier.",
    "The central bank cut its main rate by {bp} basis points to {rate}% on {month} {date}.",
    "About {thousands},000 people gathered outside {facility} at {hour} p.m. on {day}.",
    "“We will not accept this,” {person} told reporters in {place} on {day}.",
    "In {month} {year}, {person} became the {ordinal} {nat} leader to visit {place}.",
    "{person}, {age}, said the storm had dropped {inches} inches of rain on {place}.",
    "Firefighters in {place} battled a blaze that burned {acres} acres in {hours} hours.",
    "The court ruled {votes}-{votes2} that {law} did not apply to imports from {place}.",
    "{person} scored in the {minute}th minute as {club} beat {club2} {goals}-{goals2}.",
    "Organisers of {event} said {thousands},000 tickets had been sold by {month} {date}.",
    "Scientists at {university} said the glacier in {outdoor} had shrunk {pct}% since {year}.",
    "The {nat} health ministry reported {n} new cases and {small} deaths over {days} days.",
    "{company} said it would invest €{big} billion in a plant near {place} by {year}.",
    "Critics compared the launch of {product} to the release of {work} in {year}.",
    "Analysts at {company} expect growth of {rate}% this year and {rate2}% in {year2}.",
    "The flight from {facility} to {place} was delayed by {hours} hours on {day} morning.",
    "{person} met {person2} at {facility} for {minutes} minutes, officials said.",
    "{org} warned that {topic} could cost {place} {n} jobs over the next {years} years.",
    "Temperatures in {place} reached {temp} degrees Celsius on {day}, a record for {month}.",
    "The {nat} government said {law} would take effect on {month} 1, {year2}.",
    "Police in {place} arrested {small} people after protests over {topic} late on {day}.",
)
VERBS = ("said", "warned", "announced", "confirmed", "insisted", "told reporters")
CLUBS = ("Arsenal", "Liverpool", "Real Madrid", "Bayern Munich", "Juventus", "Boca Juniors")
UNIVERSITIES = ("Oxford University", "ETH Zurich", "Stanford University", "the Sorbonne")


def _sentence(rng: random.Random) -> str:
    pick = rng.choice
    values = {
        "person": pick(PEOPLE),
        "person2": pick(PEOPLE),
        "verb": pick(VERBS),
        "day": pick(corpus.DAYS),
        "place": pick(corpus.PLACES),
        "topic": pick(corpus.TOPICS),
        "org": pick(corpus.ORGS).capitalize() if rng.random() < 0.5 else pick(corpus.ORGS),
        "nat": pick(NATIONALITIES),
        "company": pick(COMPANIES),
        "n": rng.randint(2, 900),
        "small": rng.randint(2, 60),
        "pct": round(rng.uniform(0.2, 35), 1),
        "price": round(rng.uniform(10, 900), 2),
        "big": round(rng.uniform(1, 95), 1),
        "bp": pick((25, 50, 75)),
        "rate": round(rng.uniform(0.5, 6), 2),
        "rate2": round(rng.uniform(0.5, 6), 2),
        "month": pick(MONTHS),
        "date": rng.randint(1, 28),
        "thousands": rng.randint(2, 90),
        "facility": pick(FACILITIES),
        "hour": rng.randint(1, 11),
        "year": rng.randint(1990, 2025),
        "year2": rng.randint(2026, 2035),
        "ordinal": pick(ORDINALS),
        "age": rng.randint(19, 90),
        "inches": rng.randint(2, 20),
        "acres": f"{rng.randint(1, 40)},{rng.randint(100, 999)}",
        "hours": rng.randint(2, 48),
        "votes": rng.randint(5, 9),
        "votes2": rng.randint(0, 4),
        "law": pick(LAWS),
        "minute": rng.randint(4, 89),
        "club": pick(CLUBS),
        "club2": pick(CLUBS),
        "goals": rng.randint(1, 5),
        "goals2": rng.randint(0, 1),
        "event": pick(EVENTS),
        "university": pick(UNIVERSITIES),
        "outdoor": pick(PLACES_OUTDOOR),
        "days": rng.randint(2, 30),
        "product": pick(PRODUCTS),
        "work": pick(WORKS),
        "minutes": rng.randint(10, 120),
        "years": rng.randint(2, 10),
        "temp": rng.randint(35, 49),
    }
    return pick(FORMS).format(**values)


def dump(articles: int, seed: int = 2025, paragraphs: tuple[int, int] = (4, 9)) -> str:
    """A plain-style dump: headline, blank line, paragraphs of 2-5 sentences each."""
    rng = random.Random(seed)
    out = []
    for _ in range(articles):
        paras = [
            " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(*paragraphs))
        ]
        out.append(corpus.headline(rng) + "\n\n" + "\n\n".join(paras) + "\n\n\n")
    return "".join(out)
