"""What a line of a pasted article is, apart from running text.

Websites wrap articles in chrome (share buttons, "Updated …", "By …", photo
captions); wire copy adds datelines and credits. These are publisher-independent
patterns: each says what a line looks like, never which site it came from.
"""

from __future__ import annotations

import re
import unicodedata

_CHROME_WORDS = (
    "share|share this|share this article|share this story|share on facebook|share on twitter"
    "|share on x|share on whatsapp|share via email|copy link|link copied|follow|follow us"
    "|unfollow|short url|shorturl|advertisement|advertising|ad|sponsored|sponsored content"
    "|read more|read more:|read next|see also|related|related articles|related stories"
    "|related topics|related content|more on this story|more from|most read|most popular"
    "|top stories|trending|recommended|recommended for you|you may also like"
    "|listen|listen to this article|play|watch|watch:|print|email|save|saved|bookmark"
    "|comments|comment|view comments|show comments|facebook|twitter|x|linkedin|whatsapp"
    "|telegram|reddit|pinterest|subscribe|subscribe now|sign up|sign in|log in|register"
    "|newsletter|skip to content|skip to main content|menu|search|home|close|back to top"
    "|continue reading|click here|loading|loading…|loading...|image|photo|video|gallery"
    "|image source|image caption|media caption|getty images|reuters|ap|afp|file photo"
    "|our standards: the thomson reuters trust principles.|thomson reuters trust principles"
    "|purchase licensing rights|opens new tab|report an error|editorial standards"
    "|gift article|gift this article|translate|font size|text size|audio|podcast"
)
_CHROME = re.compile(rf"^(?:{_CHROME_WORDS})[\s.:!]*$", re.IGNORECASE)
_CHROME_PREFIX = re.compile(
    r"^(?:read more|also read|related|see also|watch|listen|more|image source|"
    r"image caption|media caption|photo credit|sign up for|subscribe to|follow us on|"
    r"click here|download the|get the|join our)\b\s*[:\-–—|]",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_UPDATED = re.compile(
    r"^(?:last\s+)?(?P<kind>updated|published|posted|modified|first published|updated on"
    r"|published on|posted on|date)\b\s*[:\-–—]?\s*(?P<value>.{0,80})$",
    re.IGNORECASE,
)
_TIME_AGO = r"\d+\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.?\s+ago"
_DATE_ONLY = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?"
    rf"(?:z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_TIME_AGO})"
    rf"(?:\s*(?:at\s+)?[,|•·\-–—]?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,5}})?)?"
    r"\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:(?:written|words|reporting|story|text)\s+)?by\s+(?P<who>[^\s].{1,120})$",
    re.IGNORECASE,
)
_CREDITS = re.compile(
    r"^[(\[]?\s*(?:\(?additional\s+)?(?:reporting|writing|editing|compiled|contributing|"
    r"additional reporting)\b.{0,300}\bby\b.{0,300}$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^(?:image caption|caption|photo|picture|pictured|image|file photo|file)\s*[:,\-–—]\s*\S",
    re.IGNORECASE,
)
_CREDIT_WORDS = (
    r"reuters|afp|ap|associated press|getty(?: images)?|epa|bloomberg|shutterstock|xinhua"
    r"|anadolu|pa|pa media|ani|dpa|efe|kyodo|yonhap|handout|supplied|file|file photo"
)
_CAPTION_END = re.compile(
    rf"(?:\((?:{_CREDIT_WORDS}|(?:ap|afp|reuters|getty|epa)?\s*photo[^)]*|[^)]*"
    rf"\b(?:photo|image|credit|pictures?)\b[^)]*)\)"
    rf"|[|/]\s*(?:{_CREDIT_WORDS}|photo:?[^|/]*))\s*\.?$",
    re.IGNORECASE,
)
_CAPTION_TAIL = 120
"""A photo credit sits at the end of a caption: only this many last characters are searched."""
_BULLET_MARKS = frozenset("•·▪‣◦●○■□➢➤►▸-–—*+")
_SEPARATOR_MARKS = frozenset("-=_~*#+•·§◆")
_BULLET = re.compile(r"^\s*(?P<mark>[•·▪‣◦●○■□➢➤►▸\-–—*+]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_SEPARATOR = re.compile(
    r"^\s*(?:(?:[-=_~*#+•·]\s*){3,}|(?:[-=_~*+]\s?){3,}|§+|◆+|\*\s\*\s\*|"
    r"(?:-{2,}|={2,})\s*(?:end|next|article|story)[^a-z]{0,20}(?:-{2,}|={2,})?)\s*$",
    re.IGNORECASE,
)
_MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>\S.*?)\s*#*\s*$")
_DATELINE = re.compile(
    r"^(?P<place>(?:[A-Z][A-Za-z.'’\-]+|[A-Z]{2,})(?:[ \-][A-Z][A-Za-z.'’\-]*){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,?\s+(?P<date>(?i:" + _MONTHS + r")\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,40})\))?"
    r"\s*(?:[:\-–—]{1,2})\s+(?=\S)",
)
_HIGHLIGHTS_HEADER = re.compile(
    r"^(?:highlights|key points|key takeaways|takeaways|at a glance|in brief|in short"
    r"|summary|the big picture|what we know|what you need to know|quick read|tl;?dr)"
    r"\s*:?$",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…:;]['\"”’)\]]*$|[.!?…]\s*\(\w[^)]*\)$")


_FOLD_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"'}
)


def fold(line: str) -> str:
    """A line reduced for comparison: case, quotes and spacing folded."""
    text = unicodedata.normalize("NFKC", line).casefold().translate(_FOLD_QUOTES)
    return " ".join(text.split()).strip(" #*_")


def is_chrome(line: str) -> bool:
    """Site furniture that is never article text: buttons, nav, ads, share links."""
    text = line.strip()
    return bool(
        _CHROME.match(text)
        or (_CHROME_PREFIX.match(text) and len(text) < 200)
        or (_COPYRIGHT.match(text) and len(text) < 300)
    )


def updated_value(line: str) -> tuple[str, str] | None:
    """("updated"|"published"…, value) for a timestamp line, else None."""
    text = line.strip()
    match = _UPDATED.match(text)
    if match and (not match.group("value") or _looks_dated(match.group("value"))):
        kind = match.group("kind").lower().split()[-1]
        kind = {"posted": "published", "modified": "updated", "date": "published"}.get(kind, kind)
        return kind, match.group("value").strip()
    if _DATE_ONLY.match(text):
        return "date", text
    return None


def _looks_dated(value: str) -> bool:
    return bool(re.search(r"\d|ago|yesterday|today|just now", value, re.IGNORECASE))


def byline(line: str) -> str | None:
    """The author part of a "By …" line, if the line is a byline."""
    text = line.strip()
    match = _BYLINE.match(text) if text[:1] in "BbWwRrSsTt" else None
    if not match or len(text.split()) > 16 or _TERMINAL.search(text.rstrip(".")):
        return None
    who = match.group("who").strip()
    if not who[:1].isupper():
        return None
    return who


def is_credits(line: str) -> bool:
    """A wire trailer such as "(Reporting by A; Editing by B)"."""
    return bool(_CREDITS.match(line.strip()))


def is_caption(line: str) -> bool:
    """A photo caption: it names an image or ends with a photo credit such as "(Reuters)"."""
    text = line.strip()
    if _CAPTION_START.match(text):
        return True
    tail = text[-_CAPTION_TAIL:]
    return ("(" in tail or "|" in tail or "/" in tail) and bool(_CAPTION_END.search(tail))


def bullet_text(line: str) -> str | None:
    """The text of a bulleted or numbered line, without its mark."""
    head = line.lstrip()[:1]
    if not head or not (head in _BULLET_MARKS or head.isdigit()):
        return None
    match = _BULLET.match(line)
    return match.group("text").strip() if match else None


def is_separator(line: str) -> bool:
    """A line that only divides: `-----`, `* * *`, `=====`, `- - -`, `§`, "--- END ---"."""
    head = line.lstrip()[:1]
    if not head or head not in _SEPARATOR_MARKS:
        return False
    return bool(_SEPARATOR.match(line)) and not line.strip().startswith(("# ", "## "))


def markdown_heading(line: str) -> tuple[int, str] | None:
    """(level, text) for a Markdown ATX heading such as `## Subhead`."""
    match = _MARKDOWN_HEADING.match(line.strip()) if line.lstrip()[:1] == "#" else None
    if not match:
        return None
    return len(match.group("hashes")), match.group("text")


def dateline(paragraph: str) -> str | None:
    """The dateline that opens a paragraph ("SEOUL: ", "LONDON (Reuters) - "), if any."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place")
    if not (place.isupper() or match.group("agency") or match.group("date")):
        return None
    return match.group(0).rstrip(" :-–—").strip()


def is_highlights_header(line: str) -> bool:
    """A header that opens a block of key points ("HIGHLIGHTS", "Key points")."""
    return len(line) < 40 and bool(_HIGHLIGHTS_HEADER.match(line.strip()))


def ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence (so it is not a title or a subhead)."""
    return bool(_TERMINAL.search(line.strip()))
