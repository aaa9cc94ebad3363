"""Posts mailed one after another, each closed by its signature.

fresh41 (session 32, split32, issue 13): a list's posts pasted in one dump, each signed under
the RFC 3676 delimiter ("-- " over a name), intertitles set off by two blank lines as the
posts are. A post signed by another name than the one above was welded to the next (its
signature read as two paragraphs), and a headline with a stop over its letter started none.
What tells, whoever signs: the delimiter with short lines flush under it, none a sentence,
is the post's signature (credits); the headline under it after a blank line opens the next
post; where two posts or more are signed so, a post runs to its signature.

Near miss that must not change: "--" over a footer's sentences is no signature.
"""

from __future__ import annotations

from reader.dumps.load import split_text

SIGNED = """Desktop release for every platform

The desktop client now works on its own, without a phone.


What is new


You can look at all files of a conversation in the media view.

-- {}
compl4xx


Request for user data ... declined.

We received a letter asking for access to user data, and declined.

-- {}
holger
""".format(" ", " ")

FOOTED = """A headline over its text

The story, in one paragraph that ends here.

--
You are receiving this email because you subscribed to the weekly.
"""


def test_each_signed_post_is_an_article_its_signature_out_of_the_body() -> None:
    first, second = split_text(SIGNED)
    assert first.body.endswith("in the media view.") and "What is new" in first.body
    assert second.title == "Request for user data ... declined."
    assert second.body == "We received a letter asking for access to user data, and declined."
    assert "compl4xx" in first.meta["credits"] and "holger" in second.meta["credits"]
    (footed,) = split_text(FOOTED)
    assert "credits" not in footed.meta
