"""A date a page gave relative to the moment it was copied ("Updated 6 sec ago"), as the
meta line shows it: said to be the page's, as of the copy.

Shown bare, "6 sec ago" read as reader's own reckoning (the seed dump's second article
said it on every fresh clone, and looked like the file's age). It is the page's words at
the time it was copied. An email client shows a message's own date, else the time it
arrived; a dump has no arrival time per article: its file's time is that of the last
paste appended (weeks after the first, in a dump that grows) or of the clone or copy that
made it (the seed's 2025 article would read as dated today). So the stamp is shown as
what it is, relative to the copy, and counts as undated in the date orders, as before.
"""

from __future__ import annotations

import functools
import re


@functools.cache
def _relative() -> re.Pattern[str]:
    """An English relative stamp, the whole field ("6 sec ago", "an hour ago", "yesterday");
    compiled at the first meta line, not at import (the first frame imports this module)."""
    return re.compile(
        r"(?:(?:about\s+)?(?:an?|\d+)\s*)"
        r"(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.?\s+ago"
        r"|yesterday|today|just now",
        re.IGNORECASE,
    )


def as_copied(stamp: str) -> str:
    """`stamp` as the meta line shows it: a relative one marked as of the copy ("6 sec ago
    when copied"), any other unchanged."""
    if _relative().fullmatch(stamp.strip()):
        return f"{stamp} when copied"
    return stamp
