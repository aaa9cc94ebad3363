"""A digest's first story about browsers and e-mail is a story, not the mail's "view in
browser" note: that note links to the copy of the mail."""

from __future__ import annotations

from reader.dumps.load import split_dump

DIGEST = """From: Tech Weekly <news@techweekly.example>
Subject: This week in tech

Hi there,

Chrome browser to block e-mail tracking pixels

Google said on Tuesday that its Chrome browser will block tracking pixels in e-mails opened \
in webmail clients from next month.

Read more: https://techweekly.example/chrome


Apple unveils a cheaper laptop

Apple on Wednesday unveiled a cheaper laptop aimed at students, priced at 599 dollars in the \
United States.

Read more: https://techweekly.example/apple
"""


def test_a_first_story_about_browsers_and_e_mail_is_an_article() -> None:
    dump = split_dump(DIGEST)
    assert [a.title for a in dump.articles] == [
        "Chrome browser to block e-mail tracking pixels",
        "Apple unveils a cheaper laptop",
    ]
    assert dump.front_matter == [
        "From: Tech Weekly <news@techweekly.example>",
        "Subject: This week in tech",
        "Hi there,",
    ]


def test_the_note_linking_to_the_mails_copy_is_the_header_s() -> None:
    note = "Visualizza questa email nel tuo browser (https://mailchi.mp/example/35)"
    dump = split_dump(DIGEST.replace("Hi there,", f"{note}\n\nHi there,"))
    assert dump.front_matter[2] == note
    assert dump.articles[0].title == "Chrome browser to block e-mail tracking pixels"
