"""An article's date, read from the timestamps its dump gave (`meta`), for sorting by date.

Dumps carry dates as people wrote them: `2025-03-03`, `2015-06-19T02:15:00+02:00`,
`3 Mar 2025`, `Feb. 27, 2025, 9:03 a.m. ET`, `Mon March 3, 2025`. Those are read;
what names no calendar day (`2 hours ago`, `16.52 GMT`, `03/04/2025`, which is
ambiguous) is not, so such an article has no date rather than a wrong one. A day
without a year, as wire datelines give it (`SEOUL, March 1 (Reuters)`), is taken as
the last such day up to today, as mail readers show "Mar 1". Times of day are kept
when given (zones are applied when numeric, ignored when named: a named zone moves
an article by hours at most).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime

from reader.article import DATE_META_KEYS, Article

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NUMBER = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)}
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"
    r"(?:[t ](?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d(?:\.\d+)?)?"
    r"(?P<zone>z|[+-]\d\d:?\d\d)?)?"
)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")
_DAY_MONTH_ONLY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w.]*,?\s*\d)")
_MONTH_DAY_ONLY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*\d)")
_CLOCK = re.compile(r"\b(?P<hour>\d{1,2})[:.](?P<minute>\d\d)\s*(?P<half>[ap])?\.?m?\b")


def parse_date(text: str, today: date | None = None, *, yearless: bool = True) -> datetime | None:
    """The first calendar date written in `text` (with its time of day when given), in UTC
    when the text gave a numeric zone, else as written; None when it names no day.

    A day without a year is the last such day up to `today` (default: the real today);
    with `yearless=False` it is no date."""
    lowered = text.casefold()
    iso = _ISO.search(lowered)
    if iso is not None:
        return _iso(iso)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        found = pattern.search(lowered)
        if found is not None:
            written = _written(found, lowered, found["year"])
            if written is not None:
                return written
    if not yearless:
        return None
    for pattern in (_DAY_MONTH_ONLY, _MONTH_DAY_ONLY):
        found = pattern.search(lowered)
        if found is not None:
            written = _yearless(found, lowered, today or date.today())
            if written is not None:
                return written
    return None


def _yearless(found: re.Match[str], text: str, today: date) -> datetime | None:
    """`March 1` as the last March 1 up to today (a leap day: the last leap year's)."""
    for year in range(today.year, today.year - 8, -1):
        written = _written(found, text, str(year))
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


def _written(found: re.Match[str], text: str, year: str) -> datetime | None:
    month = _MONTH_NUMBER.get(found["month"][:3])
    if month is None or not _MONTH_NAMES[month - 1].startswith(found["month"]):
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
