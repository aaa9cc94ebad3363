"""An article's address for `o`, and whether a local browser is the user's."""

from __future__ import annotations

import pytest

from reader.article import Article
from reader.library.links import article_url, over_ssh


def _with_url(url: str) -> Article:
    return Article("a", "d.txt", 0, "T", "Body.", meta={"url": url})


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://example.org/news/1", "https://example.org/news/1"),
        ("  http://example.org/a?b=c  ", "http://example.org/a?b=c"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("https://example.org/\x1b]0;x\x07", None),
        ("https://exa mple.org", None),
        ("", None),
    ],
)
def test_only_plain_web_addresses_count(url: str, found: str | None) -> None:
    assert article_url(_with_url(url)) == found


@pytest.mark.parametrize("key", ["source", "source_url", "link"])
def test_a_clipper_s_address_field_is_the_article_s_address(key: str) -> None:
    """Web clippers name the page in front matter as `source:` (MarkDownload, Obsidian's
    clipper), `source_url:` or `link:`; `o` said such an article had no web address."""
    clipped = Article("a", "d.md", 0, "T", "Body.", meta={key: "https://example.org/a"})
    assert article_url(clipped) == "https://example.org/a"


def test_url_wins_and_a_publication_named_source_is_no_address() -> None:
    both = {"url": "https://example.org/page", "source": "https://example.org/other"}
    assert article_url(Article("a", "d.md", 0, "T", "Body.", meta=both)) == both["url"]
    named = {"source": "Reuters", "link": "javascript:alert(1)"}
    assert article_url(Article("a", "d.md", 0, "T", "Body.", meta=named)) is None


def test_an_article_without_meta_url_has_none() -> None:
    assert article_url(Article("a", "d.txt", 0, "T", "Body.")) is None


def test_ssh_sessions_are_recognised() -> None:
    assert over_ssh({"SSH_CONNECTION": "10.0.0.1 5000 10.0.0.2 22"})
    assert over_ssh({"SSH_TTY": "/dev/pts/1"})
    assert not over_ssh({"SSH_TTY": "", "HOME": "/root"})
