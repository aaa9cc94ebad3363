"""An article's web address: the one `o` opens, and whether a browser can be opened here.

Dumps are untrusted, so only an `http(s)` address with no spaces or control
characters counts; over SSH a browser would open on the wrong machine (or not at
all), so the TUI copies the address instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from reader.article import Article

_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)
SSH_VARIABLES = ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY")
"""Set by sshd in a remote session."""


def article_url(article: Article) -> str | None:
    """The article's `meta.url` when it is a plain http(s) address, else None."""
    url = article.meta.get("url", "").strip()
    return url if _URL.fullmatch(url) else None


def over_ssh(environ: Mapping[str, str]) -> bool:
    """Whether this process runs in an SSH session (a local browser is not the user's)."""
    return any(environ.get(name) for name in SSH_VARIABLES)
