"""A mailing list's digest ends as Mailman ends it: `End of X Digest, Vol N, Issue M` over a row
of asterisks. The row closes the digest with that line, so it is kept as written with it
(`meta.as_written`, `--lines` joins it to the line above) rather than read as a divide that,
the dump's last line, divides nothing and lands in no field (fresh38, fresh41 and fresh43's
digests each lost it). In the list's own language Mailman words that line otherwise ("Ende X
Nachrichtensammlung, Band 12, Eintrag 4"): a line of two numbers over the row that ends the dump
is read as that closing by its layout. A row under any other line still divides."""

from __future__ import annotations

from reader.dumps.load import split_text
from reader.dumps.trace import line_records

_MESSAGE = """\
Message: 1
Date: Tue, 3 Mar 2031 09:12:00 +0100
From: Ana Ruiz <ana@example.org>
Subject: [civic-news] Council opens its budget data

The council published its budget for the coming year as open data this
morning, line by line, with the spending of every department.
"""
"""The one message of the digests here."""

_DIGEST = f"""\
Send civic-news mailing list submissions to
\tcivic-news@lists.example.org

Today's Topics:

   1. Council opens its budget data (Ana Ruiz)

----------------------------------------------------------------------

{_MESSAGE}
Each line links to the decision that voted it.

------------------------------

End of civic-news Digest, Vol 12, Issue 4
*****************************************
"""


def test_the_row_under_a_digests_last_line_is_kept_with_it() -> None:
    articles = split_text(_DIGEST)
    closing = [a for a in articles if "*" * 41 in str(a.meta.get("as_written", ""))]
    assert len(closing) == 1
    assert "End of civic-news Digest, Vol 12, Issue 4" in str(closing[0].meta["as_written"])
    assert "*" * 41 not in closing[0].body
    last = list(line_records(_DIGEST))[-1]
    assert last["line"] == _DIGEST.count("\n") and last["field"] != "blank"
    assert last["rule"] == f"joined to line {last['line'] - 1}"
    text = _DIGEST.replace("End of civic-news Digest, Vol 12, Issue 4", "Thanks for reading")
    under_another = list(line_records(text))[-1]
    assert under_another["role"] == "separator" and under_another["field"] == "blank"


_LAST_MESSAGE = f"""\
{_MESSAGE}
------------------------------

"""

_SIGN_OFFS = (
    "Ende civic-news Nachrichtensammlung, Band 12, Eintrag 4",
    "Fin de Lot civic-news, Vol 12, Parution 4",
    "Конец Дайджест списка рассылки civic-news; том 12, выпуск 4",
    "以上: civic-news まとめ読み, 12 巻, 4 号",
)
"""Mailman's "End of " and digest id as its German, French, Russian and Japanese catalogues
word them: no word of them is known to the splitter, their layout is."""


def test_a_digests_last_line_in_any_language_is_kept_with_its_row_out_of_the_body() -> None:
    for sign_off in _SIGN_OFFS:
        text = f"{_LAST_MESSAGE}{sign_off}\n{'*' * len(sign_off)}\n\n"
        [article] = split_text(text)
        assert sign_off not in article.body
        assert article.body.endswith("of every department.")
        assert f"{sign_off}\n{'*' * len(sign_off)}" in str(article.meta["as_written"])
        records = list(line_records(text))
        assert records[10]["field"] == "meta" and records[11]["rule"] == "joined to line 11"
        # two digests in one file: the last closing is read so too, though its words were
        # read as a line of text once already (the first row has more text under it)
        twice = split_text(f"{_LAST_MESSAGE}{sign_off}\n{'*' * len(sign_off)}\n{text}")
        assert twice[-1].body.endswith("of every department.")
    # a headline with two numbers over a row of stars opens what follows it: no closing
    heading = f"{_LAST_MESSAGE}Top 10 apps of 2031\n*******************\n\nThe list is out.\n"
    assert "Top 10 apps of 2031" not in str(split_text(heading)[0].meta.get("as_written", ""))
    # nor is a story's last sentence over the short row that ends it (review33's near miss)
    story = "First headline here\n\nThe council met on Monday.\n\nThe vote was 52 to 48.\n***\n"
    assert split_text(story)[0].body.endswith("The vote was 52 to 48.")
