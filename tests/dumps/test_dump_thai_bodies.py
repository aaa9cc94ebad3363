"""A Thai article's body, written as Thai is, with spaces between sentences and no full
stop, is taken for a headline-shaped dek: it goes to `meta.summary`, and so does the next
article's title, which welds the next article to it (1 article where 2 are meant), whatever
the script of the next one.

Found by odd16 (session 16) using the app on a dump of every script; handed to split16,
who owns the rules (the dek rule reads "no sentence end" as "a headline"). shape17
(session 17): in Thai and Lao, which end a sentence with no mark, two sentences' worth of
letters parted by a space are a paragraph (`measure.unmarked_sentences`); a headline's
phrases, parted by spaces too, are shorter, and stay a headline.
"""

from __future__ import annotations

import pytest

from reader.dumps import measure
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


@pytest.mark.parametrize(("title", "body"), NEXT.values(), ids=list(NEXT))
def test_a_thai_article_is_not_welded_to_the_next(title: str, body: str) -> None:
    articles = split_text(f"{THAI}{title}\n\n{body}\n", "thai.txt", "utf-8")
    assert [a.title for a in articles] == [THAI_TITLE, title]
    assert articles[0].body.startswith("รัฐบาลไทยประกาศ")


LAO_TITLE = "ລັດຖະບານປະກາດນະໂຍບາຍເສດຖະກິດໃໝ່"
LAO = (
    f"{LAO_TITLE}\n\nລັດຖະບານລາວໄດ້ປະກາດນະໂຍບາຍເສດຖະກິດໃໝ່ໃນມື້ນີ້ "
    "ນາຍົກລັດຖະມົນຕີກ່າວວ່ານະໂຍບາຍນີ້ຈະຊ່ວຍປະຊາຊົນທົ່ວປະເທດ\n\n\n"
)


@pytest.mark.parametrize(("title", "body"), NEXT.values(), ids=list(NEXT))
def test_a_lao_article_is_not_welded_to_the_next(title: str, body: str) -> None:
    articles = split_text(f"{LAO}{title}\n\n{body}\n", "lao.txt", "utf-8")
    assert [a.title for a in articles] == [LAO_TITLE, title]
    assert articles[0].body.startswith("ລັດຖະບານລາວ")


HEADLINES = [
    "กรุงเทพฯ เผชิญฝนตกหนักต่อเนื่อง",
    "นายกฯ สั่งทุกหน่วยงานเร่งช่วยเหลือผู้ประสบภัยน้ำท่วม ภาคเหนือ",
    "ศาลสั่งนายกฯ หยุดปฏิบัติหน้าที่ รอวินิจฉัยคดีคลิปเสียง",
    "รัฐบาลประกาศนโยบายใหม่เกี่ยวกับเศรษฐกิจและการลงทุนจากต่างประเทศ",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_thai_headline_of_phrases_parted_by_spaces_heads_its_article(headline: str) -> None:
    """The near miss: a Thai headline's phrases are parted by spaces too, but none runs to
    a sentence's length on both sides of a space; it stays the title, its article apart."""
    assert not measure.unmarked_sentences(headline)
    (_, thai) = split_text(f"{THAI}{headline}\n\n{NEXT['Thai'][1]}\n", "thai.txt", "utf-8")
    assert thai.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Thai in a quotation: “ประชาชนจะได้รับการช่วยเหลือ” he said, then left the room",
        "ນະໂຍບາຍ ໃໝ່",
        "The council met on Tuesday. Members voted nine to two",
    ],
)
def test_no_unmarked_sentences_outside_thai_and_lao_paragraphs(line: str) -> None:
    assert not measure.unmarked_sentences(line)
