"""An article's web address: the one `o` opens, and whether a browser can be opened here.

Dumps are untrusted, so only an `http(s)` address with no spaces or control
characters counts (`reader.text.web_address`); over SSH a browser would open on the
wrong machine (or not at all), so the TUI copies the address instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.article import Article
from reader.text.web_address import web_address

SSH_VARIABLES = ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY")
"""Set by sshd in a remote session."""


def article_url(article: Article) -> str | None:
    """The article's web address (`meta.url`, or a clipper's field for it) when it is a
    plain http(s) address, else None (`reader.text.web_address`)."""
    return web_address(article.meta)


def over_ssh(environ: Mapping[str, str]) -> bool:
    """Whether this process runs in an SSH session (a local browser is not the user's)."""
    return any(environ.get(name) for name in SSH_VARIABLES)
