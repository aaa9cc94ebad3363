"""An article's date, read from the timestamps its dump gave (`meta`), for sorting by date.

Dumps carry dates as people wrote them: `2025-03-03`, `2015-06-19T02:15:00+02:00`,
`3 Mar 2025`, `Feb. 27, 2025, 9:03 a.m. ET`, `Mon March 3, 2025`, and in the languages the
splitter reads date lines in (`reader.dumps.credits`): `30 juillet 2012`, `3. Okt. 2012`,
`3 de julho de 2012`, `20 juli 2012`. Those are read (a French dump sorted by date had
every article undated); what names no calendar day (`2 hours ago`, `16.52 GMT`,
`03/04/2025`, which is ambiguous) is not, so such an article has no date rather than a
wrong one. A day without a year, as wire datelines give it (`SEOUL, March 1 (Reuters)`), is
taken as the last such day up to today, as mail readers show "Mar 1". Times of day are kept
when given (zones are applied when numeric, ignored when named: a named zone moves an
article by hours at most).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime

from reader.article import DATE_META_KEYS, Article
from reader.text.folding import to_ascii

_MONTH_NAMES = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "de": "januar februar marz april mai juni juli august september oktober november dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
    " dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "pt": "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro"
    " dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
"""Each language's months in order, as `_plain` spells them ("août" is "aout")."""
_SPELLED = {"janner": 1, "setiembre": 9}
"""Other spellings in use: Austrian German's January, Latin American Spanish's September."""


def _months() -> tuple[dict[str, int], dict[str, int]]:
    """Every word that names one month: any language's name, its abbreviations of three
    letters or more that no other month's name starts with ("juil", "okt", "ago"; not "jui"),
    and the names alone with the English abbreviations (what a day without a year may use:
    "2 out of 3" is no 2 October)."""
    names = dict(_SPELLED)
    for language in _MONTH_NAMES.values():
        names.update((name, number) for number, name in enumerate(language.split(), 1))
    starts: dict[str, set[int]] = {}
    for name, number in names.items():
        for end in range(3, len(name) + 1):
            starts.setdefault(name[:end], set()).add(number)
    every = {word: next(iter(found)) for word, found in starts.items() if len(found) == 1}
    english = _MONTH_NAMES["en"].split()
    plain = {
        word: n
        for word, n in every.items()
        if word in names or any(e.startswith(word) for e in english)
    }
    return every, plain


def _openings(words: Iterable[str]) -> str:
    """The words' first three letters as a pattern, grouped by their first letter: the
    engine tries one group at a place, not thirty openings (which made the patterns that
    start with the month three times slower than with the English months alone)."""
    ordered = sorted({word[:3] for word in words})
    groups = itertools.groupby(ordered, key=lambda opening: opening[0])
    return "|".join(f"{first}(?:{'|'.join(o[1:] for o in group)})" for first, group in groups)


_MONTH_OF, _YEARLESS_MONTH_OF = _months()
_MONTH = rf"(?P<month>(?:{_openings(_MONTH_OF)})[a-z]*)\.?"
"""A word that may name a month, in `_plain` text (ASCII): it opens as one does."""
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|o|\.)?"
"""A day of the month, as "3rd", "1er", "1º" (plain: "1o") and "3." write it too."""
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"
    r"(?:[t ](?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d(?:\.\d+)?)?"
    r"(?P<zone>z|[+-]\d\d:?\d\d)?)?"
)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")
_DAY_MONTH_ONLY = re.compile(rf"\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH}(?![\w.]*,?\s*\d)")
_MONTH_DAY_ONLY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*\d)")
_CLOCK = re.compile(r"\b(?P<hour>\d{1,2})[:.](?P<minute>\d\d)\s*(?P<half>[ap])?\.?m?\b")


def parse_date(text: str, today: date | None = None, *, yearless: bool = True) -> datetime | None:
    """The first calendar date written in `text` (with its time of day when given), in UTC
    when the text gave a numeric zone, else as written; None when it names no day.

    A day without a year is the last such day up to `today` (default: the real today);
    with `yearless=False` it is no date."""
    lowered = _plain(text)
    iso = _ISO.search(lowered)
    if iso is not None:
        return _iso(iso)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        written = _first(pattern, lowered, lambda found: _written(found, lowered, found["year"]))
        if written is not None:
            return written
    if not yearless:
        return None
    for pattern in (_DAY_MONTH_ONLY, _MONTH_DAY_ONLY):
        written = _first(pattern, lowered, lambda found: _yearless(found, lowered, today))
        if written is not None:
            return written
    return None


def _first(
    pattern: re.Pattern[str], text: str, read: Callable[[re.Match[str]], datetime | None]
) -> datetime | None:
    """The first of the pattern's places in `text` that `read` makes a date of ("12
    personnes 2012" is none, "4 mai 2012" after it is): a search at a time, as most texts
    hold one place or none."""
    found = pattern.search(text)
    while found is not None:
        written = read(found)
        if written is not None:
            return written
        found = pattern.search(text, found.end())
    return None


def _plain(text: str) -> str:
    """`text` casefolded, its accents taken off ("Août" is "aout") and what has no ASCII form
    left out: the month names' spelling, and text the patterns read fast."""
    return to_ascii(text.casefold())


def _yearless(found: re.Match[str], text: str, today: date | None) -> datetime | None:
    """`March 1` as the last March 1 up to today (a leap day: the last leap year's)."""
    today = today or date.today()
    for year in range(today.year, today.year - 8, -1):
        written = _written(found, text, str(year), _YEARLESS_MONTH_OF)
        if written is not None and written.date() <= today:
            return written
    return None


def _iso(found: re.Match[str]) -> datetime | None:
    try:
        value = datetime(
            int(found["year"]),
            int(found["month"]),
            int(found["day"]),
            int(found["hour"] or 0),
            int(found["minute"] or 0),
        )
    except ValueError:
        return None
    zone = found["zone"]
    if not zone or zone == "z":
        return value
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
    return datetime.fromtimestamp(value.replace(tzinfo=UTC).timestamp() - offset * 60, UTC).replace(
        tzinfo=None
    )


def _written(
    found: re.Match[str], text: str, year: str, months: Mapping[str, int] = _MONTH_OF
) -> datetime | None:
    month = months.get(found["month"])
    if month is None:
        return None
    hour, minute = _clock(text)
    try:
        return datetime(int(year), month, int(found["day"]), hour, minute)
    except ValueError:
        return None


def _clock(text: str) -> tuple[int, int]:
    """The first time of day in the text (`9:03 a.m.`, `16.52`), else midnight."""
    for found in _CLOCK.finditer(text):
        hour, minute = int(found["hour"]), int(found["minute"])
        if found["half"] == "p" and hour < 12:
            hour += 12
        elif found["half"] == "a" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return hour, minute
    return 0, 0


def meta_date(
    meta: Mapping[str, str], today: date | None = None, *, yearless: bool = True
) -> datetime | None:
    """The date of the first field of `DATE_META_KEYS` that holds a readable one; a day
    without a year only when no field gives a whole date (see `parse_date`)."""
    for allow in (False, True) if yearless else (False,):
        for key in DATE_META_KEYS:
            value = meta.get(key)
            if isinstance(value, str):
                found = parse_date(value, today, yearless=allow)
                if found is not None:
                    return found
    return None


def article_date(
    article: Article, today: date | None = None, *, yearless: bool = True
) -> datetime | None:
    """When the article was last dated (updated, else published …); None when undated."""
    return meta_date(article.meta, today, yearless=yearless)
