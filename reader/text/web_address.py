"""An article's own web address among the fields its dump gave, as `o` opens it and a
citation ends with it.

Dumps are untrusted, so only an `http(s)` address with no spaces or control characters
counts. Most shapes name the page `url`; web clippers write it into front matter under
other names, and a field that may name a publication (`source`) counts only when it holds
an address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)
ADDRESS_KEYS = ("url", "source_url", "link", "source")
"""Meta fields that may hold the article's page, first found wins: `url`, then the names
clippers give it (`source_url`, `link`; MarkDownload's and Obsidian's clipper's `source`)."""


def is_web_address(text: str) -> bool:
    """Whether `text` (its ends trimmed) is a plain http(s) address."""
    return _URL.fullmatch(text.strip()) is not None


def web_address(meta: Mapping[str, str]) -> str | None:
    """The first of `ADDRESS_KEYS` holding a plain http(s) address, trimmed; else None."""
    for key in ADDRESS_KEYS:
        value = meta.get(key, "")
        if is_web_address(value):
            return value.strip()
    return None
