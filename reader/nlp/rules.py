"""Rule-based entities for when no statistical model can be loaded.

The reader must still highlight something useful with the model missing or broken:
the kinds rules find reliably in news text (dates, times, money, percentages,
numbers, ordinals), plus modest name heuristics (a person after a title, an
organisation ending in Bank/Ministry/Inc., well-known countries and cities). It is
pure Python, so it is tested without spaCy; `reader.nlp.pipeline` wraps it as a
spaCy component.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

RULES_VERSION = "1"
"""Bumped whenever a rule changes, so cached fallback results are recomputed."""

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_SHORT = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH = rf"(?:{_MONTHS}|(?:{_MONTHS_SHORT})\.?)"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|bn|mn)\b|\s?[mk]\b)?"
_CURRENCY_WORDS = "dollars|euros|pounds|yen|yuan|rupees|francs|crowns|roubles|rubles|pesos"
_CAP = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*"
_CAP_WORD = r"(?:(?!(?:The|A|An|In|On|At|But|And|For|As|If)\s)[A-Z][A-Za-z]*(?:[-'’&.][A-Za-z]+)*)"
_TITLES = (
    r"Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|President|Prime Minister|Chancellor|Governor|"
    r"Senator|Sen|Rep|Judge|Justice|Minister|Secretary|King|Queen|Prince|Princess|Pope|"
    r"Mayor|General|Gen|Admiral|Colonel|Chairman|Chairwoman|Ayatollah|Cardinal|Bishop"
)
_ORG_ENDS = (
    r"Bank|University|Ministry|Agency|Council|Committee|Association|Company|Party|"
    r"Institute|Foundation|Commission|Department|Court|Organization|Organisation|Union|"
    r"Authority|Service|Reserve|Fund|Federation|Parliament|Congress|Senate|Bureau|"
    r"Group|Holdings|Airlines|Motors|Corporation|Inc\.|Corp\.|Ltd\.?|LLC|plc|PLC"
)
_ORGS = (
    "Reuters|AP|AFP|Bloomberg|NATO|OPEC|NASA|FBI|CIA|IMF|UNESCO|UNICEF|"
    "United Nations|European Union|World Health Organization|White House|Pentagon|Kremlin"
)
_COUNTRIES = (
    "Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bangladesh|"
    "Belarus|Belgium|Bolivia|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chile|China|Colombia|"
    "Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|Estonia|Ethiopia|Finland|"
    "France|Georgia|Germany|Ghana|Greece|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|"
    "Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kuwait|Latvia|Lebanon|Libya|Lithuania|"
    "Malaysia|Mexico|Moldova|Morocco|Myanmar|Nepal|Netherlands|New Zealand|Nigeria|"
    "North Korea|Norway|Pakistan|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|"
    "Rwanda|Saudi Arabia|Serbia|Singapore|Slovakia|Somalia|South Africa|South Korea|Spain|"
    "Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|"
    "Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Venezuela|"
    "Vietnam|Yemen|Zambia|Zimbabwe|U\\.S\\.|US|UK|USA"
)
_CITIES = (
    "Amsterdam|Ankara|Athens|Baghdad|Bangkok|Beijing|Beirut|Berlin|Brussels|Budapest|"
    "Buenos Aires|Cairo|Chicago|Delhi|New Delhi|Dubai|Frankfurt|Geneva|Hong Kong|Istanbul|"
    "Jakarta|Jerusalem|Kabul|Kyiv|Kiev|Lagos|Lisbon|London|Los Angeles|Madrid|Manila|"
    "Mexico City|Moscow|Mumbai|Nairobi|New York|Ottawa|Paris|Pyongyang|Rome|San Francisco|"
    "Seoul|Shanghai|Singapore|Stockholm|Sydney|Tehran|Tokyo|Toronto|Vienna|Warsaw|Washington"
)
_NORPS = (
    "American|British|Chinese|French|German|Russian|Ukrainian|Iranian|Israeli|Palestinian|"
    "Korean|North Korean|South Korean|Japanese|Indian|Pakistani|European|African|Arab|"
    "Turkish|Italian|Spanish|Canadian|Mexican|Brazilian|Australian|Syrian|Iraqi|Saudi|"
    "Muslim|Muslims|Christian|Christians|Jewish|Catholic|Democrat|Democrats|Republican|"
    "Republicans|Conservatives|Socialists"
)

_RULES: tuple[tuple[str, str, int], ...] = (
    ("MONEY", rf"(?:US\$|[$€£¥]|\b(?:USD|EUR|GBP|JPY) ?){_NUMBER}{_SCALE}", 0),
    (
        "MONEY",
        rf"\b{_NUMBER}(?: (?:million|billion|trillion))? (?:{_CURRENCY_WORDS})\b",
        0,
    ),
    ("PERCENT", rf"\b{_NUMBER} ?(?:%|percent\b|per cent\b)", 0),
    ("TIME", r"\b\d{1,2}:\d{2}(?: ?[ap]\.m\.| ?[ap]m\b)?", 0),
    ("TIME", r"\b\d{1,2} ?(?:[ap]\.m\.|[ap]m\b)", 0),
    ("DATE", rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? \d{{4}}\b)?", 0),
    ("DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})\b(?: \d{{4}}\b)?", 0),
    ("DATE", rf"\b(?:{_MONTHS}) \d{{4}}\b", 0),
    (
        "DATE",
        r"\b(?:January|February|March|April|June|July|August|September|October|"
        r"November|December)\b",
        0,
    ),
    ("DATE", rf"\b(?:{_WEEKDAYS})\b", 0),
    ("DATE", r"\b\d{4}-\d{2}-\d{2}\b", 0),
    ("DATE", r"\b(?:1[89]\d\d|20\d\d)s?\b", 0),
    ("DATE", r"\b(?:(?:last|next|this) (?:week|month|year)|yesterday|today|tomorrow)\b", 0),
    ("ORDINAL", r"\b\d+(?:st|nd|rd|th)\b", 0),
    ("ORDINAL", r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", 0),
    ("CARDINAL", rf"\b{_NUMBER}(?: (?:million|billion|trillion))?\b", 0),
    ("PERSON", rf"\b(?:{_TITLES})\.? ((?:{_CAP} ){{0,2}}{_CAP})\b", 1),
    ("PERSON", rf"\b({_CAP} {_CAP}), \d{{1,3}},", 1),
    ("ORG", rf"\b((?:{_CAP_WORD} (?:(?:of|for|and|&) )?){{1,4}}(?:{_ORG_ENDS}))(?!\w)", 1),
    ("ORG", rf"\b(?:{_ORGS})\b", 0),
    ("NORP", rf"\b(?:{_NORPS})\b", 0),
    ("GPE", rf"(?<![\w.])(?:{_COUNTRIES}|{_CITIES})(?![\w])", 0),
)
"""(label, pattern, group): earlier rules win ties between spans of the same extent."""


@functools.cache
def _compiled() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """The rules compiled on first use, so importing this module stays cheap."""
    return tuple((label, re.compile(pattern), group) for label, pattern, group in _RULES)


def find_entities(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping `(start, end, label)` spans in `text`: leftmost, then longest."""
    candidates = sorted(_candidates(text), key=lambda c: (c[0], c[0] - c[1], c[3]))
    found: list[tuple[int, int, str]] = []
    taken_until = 0
    for start, end, label, _order in candidates:
        if start >= taken_until:
            found.append((start, end, label))
            taken_until = end
    return found


def _candidates(text: str) -> Iterator[tuple[int, int, str, int]]:
    for order, (label, pattern, group) in enumerate(_compiled()):
        for match in pattern.finditer(text):
            start, end = match.span(group)
            if start < end:
                yield start, end, label, order
