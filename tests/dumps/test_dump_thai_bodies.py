"""A Thai article's body, written as Thai is, with spaces between sentences and no full
stop, is taken for a headline-shaped dek: it goes to `meta.summary`, and so does the next
article's title, which welds the next article to it (1 article where 2 are meant), whatever
the script of the next one.

Found by odd16 (session 16) using the app on a dump of every script; handed to split16,
who owns the rules (the dek rule reads "no sentence end" as "a headline"). When the rules
are fixed these tests pass, and their strict `xfail` must go.
"""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

THAI_TITLE = "รัฐบาลประกาศนโยบายใหม่เกี่ยวกับเศรษฐกิจ"
THAI = (
    f"{THAI_TITLE}\n\nรัฐบาลไทยประกาศนโยบายเศรษฐกิจใหม่ในวันนี้ นายกรัฐมนตรีกล่าวว่านโยบายนี้จะช่วยประชาชน\n\n\n"
)
NEXT = {
    "English": (
        "Flood hits the old town",
        "Heavy rain flooded several streets in the old town overnight. "
        "Residents were moved to safety.",
    ),
    "Hindi": (
        "सरकार ने नई शिक्षा नीति की घोषणा की",
        "सरकार ने आज नई शिक्षा नीति की घोषणा की। मंत्री ने कहा कि इससे छात्रों को लाभ होगा।",
    ),
    "Thai": (
        "ฝนตกหนักทำให้น้ำท่วมเมืองเก่า",
        "ฝนตกหนักเมื่อคืนนี้ทำให้ถนนหลายสายในเมืองเก่าถูกน้ำท่วม ชาวบ้านถูกย้ายไปยังที่ปลอดภัย",
    ),
}


@pytest.mark.xfail(strict=True, reason="split16: a Thai body without a full stop is read as a dek")
@pytest.mark.parametrize(("title", "body"), NEXT.values(), ids=list(NEXT))
def test_a_thai_article_is_not_welded_to_the_next(title: str, body: str) -> None:
    articles = split_text(f"{THAI}{title}\n\n{body}\n", "thai.txt", "utf-8")
    assert [a.title for a in articles] == [THAI_TITLE, title]
    assert articles[0].body.startswith("รัฐบาลไทยประกาศ")
