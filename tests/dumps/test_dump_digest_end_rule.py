"""A mailing list's digest ends as Mailman ends it: `End of X Digest, Vol N, Issue M` over a row
of asterisks. The row closes the digest with that line, so it is kept as written with it
(`meta.as_written`, `--lines` joins it to the line above) rather than read as a divide that,
the dump's last line, divides nothing and lands in no field (fresh38, fresh41 and fresh43's
digests each lost it). A row under any other line still divides."""

from __future__ import annotations

from reader.dumps.load import split_text
from reader.dumps.trace import line_records

_DIGEST = """\
Send civic-news mailing list submissions to
\tcivic-news@lists.example.org

Today's Topics:

   1. Council opens its budget data (Ana Ruiz)

----------------------------------------------------------------------

Message: 1
Date: Tue, 3 Mar 2031 09:12:00 +0100
From: Ana Ruiz <ana@example.org>
Subject: [civic-news] Council opens its budget data

The council published its budget for the coming year as open data this
morning, line by line, with the spending of every department.

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
