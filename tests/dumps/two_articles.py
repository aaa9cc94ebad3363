"""A dump of two articles whose second headline is the one under test: the frame the
tests of a title's first character share (an emoji, a control character, a lower-case
brand), so each changes only the line it is about."""

from __future__ import annotations

from reader.dumps.load import split_text

FIRST_TITLE = "Council approves the new budget"
"""The first article's headline, which every split must keep."""
FIRST_ARTICLE = (
    f"{FIRST_TITLE}\n\n"
    "The council approved the new budget on Tuesday after a long debate. "
    "Members voted nine to two.\n\n\n"
)
_SECOND_BODY = (
    "Heavy rain flooded several streets in the old town overnight. "
    "Residents were moved to safety.\n"
)


def titles_with_second(headline: str, lead: str = "", source: str = "two.txt") -> list[str]:
    """The titles the dump splits into when its second article is headed `headline`, with
    `lead` (a byline and its gap, say) between the headline and its body."""
    dump = f"{FIRST_ARTICLE}{headline}\n\n{lead}{_SECOND_BODY}"
    return [article.title for article in split_text(dump, source, "utf-8")]


def articles_with_second(headline: str, body: str, source: str) -> list[tuple[str, str]]:
    """(title, body) of each article the dump splits into when its second article, in any
    language, is headed `headline` over `body`."""
    dump = f"{FIRST_ARTICLE}{headline}\n\n{body}\n"
    return [(article.title, article.body) for article in split_text(dump, source, "utf-8")]
