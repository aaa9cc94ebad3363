"""An article in another script under a short headline starts there: an Arabic article under
a Russian one, set out as its paragraphs are (one blank line), was welded to it, its
headline taken for an intertitle (a headline of two or three words scores too low, and the
language markers read only six Latin-script languages). The change of script between the
article above and a headline with its text below is strong evidence of a start
(`boundaries._script_changes`). A quotation in its own script inside an article is not:
the article's text in the article's script goes on around it. Every text here was written
for the test.
"""

from __future__ import annotations

import pytest

from reader.dumps import measure
from reader.dumps.load import split_text

ARTICLES = {
    "Russian": (
        "Власти объявили новый бюджет",
        [
            "Правительство в четверг представило проект бюджета на следующий год. "
            "Депутаты обсудят его на следующей неделе.",
            "Министр финансов заявил, что расходы на образование вырастут.",
        ],
    ),
    "Arabic": (
        "احتجاجات في بيروت",
        [
            "خرج آلاف المتظاهرين إلى شوارع بيروت يوم الخميس احتجاجا على ارتفاع الأسعار. "
            "وطالب المحتجون الحكومة بالاستقالة.",
            "وقالت الشرطة إن المظاهرات كانت سلمية.",
        ],
    ),
    "English": (
        "Flood warning",
        [
            "Heavy rain flooded several streets in the old town overnight. "
            "Residents were moved to safety.",
            "The river is expected to peak on Friday, officials said.",
        ],
    ),
    "Ukrainian": (
        "Новий міст",
        [
            "У Києві відкрили новий міст через Дніпро. Рух ним почнеться в понеділок.",
            "Міський голова подякував будівельникам за роботу.",
        ],
    ),
    "Japanese": (
        "新しい図書館",
        [
            "東京都は三日、中央区に新しい公立図書館を開館したと発表した。"
            "館内には約二十万冊の本が並ぶ。",
            "関係者によると、来年には電子書籍の貸し出しも始める予定だという。",
        ],
    ),
    "Greek": (
        "Καύσωνας στην Αθήνα",
        [
            "Η θερμοκρασία ξεπέρασε τους σαράντα βαθμούς την Τετάρτη. "
            "Οι αρχές άνοιξαν κλιματιζόμενες αίθουσες.",
            "Η ζέστη θα κρατήσει ως την Κυριακή.",
        ],
    ),
    "Hebrew": (
        "שביתה בנמל",
        [
            "עובדי הנמל בחיפה פתחו בשביתה ביום שני. הם דורשים העלאת שכר.",
            "ההנהלה אמרה כי המשא ומתן יימשך.",
        ],
    ),
}
PAIRS = [
    ("Russian", "Arabic"),
    ("English", "Russian"),
    ("Ukrainian", "Japanese"),
    ("Greek", "Hebrew"),
    ("Arabic", "English"),
]


def _article(language: str) -> str:
    title, paragraphs = ARTICLES[language]
    return "\n\n".join([title, *paragraphs])


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_an_article_in_another_script_starts_under_its_short_headline(
    first: str, second: str
) -> None:
    """Set out as paragraphs are: one blank line before the second headline, no wider."""
    dump = f"{_article(first)}\n\n{_article(second)}\n"
    articles = split_text(dump, "scripts.txt", "utf-8")
    assert [a.title for a in articles] == [ARTICLES[first][0], ARTICLES[second][0]]
    assert articles[1].body == "\n\n".join(ARTICLES[second][1])


ENGLISH = [
    "Thousands marched through the capital on Thursday to protest against rising prices.",
    "The crowd chanted a line from a poem that many knew by heart.",
]
AFTER = [
    "The police said the march had been peaceful. Organisers promised more protests.",
    "The government has not yet answered the marchers' demands.",
]
ARABIC_QUOTE = (
    "إذا الشعب يوما أراد الحياة فلا بد أن يستجيب القدر، ولا بد لليل أن ينجلي ولا بد للقيد أن ينكسر."
)
RUSSIAN_QUOTE = "Вставай, страна огромная, вставай на смертный бой с фашистской силой тёмною."


@pytest.mark.parametrize(
    "inner",
    [
        ["What the crowd sang", ARABIC_QUOTE],
        [ARABIC_QUOTE, "What the police said"],
        ["إرادة الحياة", ARABIC_QUOTE],
        ["Священная война", RUSSIAN_QUOTE],
        [RUSSIAN_QUOTE, "What the police said"],
    ],
    ids=[
        "intertitle over an Arabic quotation",
        "Arabic quotation over an intertitle",
        "Arabic quotation under its own title",
        "Russian quotation under its own title",
        "Russian quotation over an intertitle",
    ],
)
def test_a_quotation_in_another_script_stays_in_its_article(inner: list[str]) -> None:
    """The near miss: a quotation in Arabic (or Russian) inside an English article, under an
    intertitle of the article's or a title of its own, or over an intertitle, with the
    article's text going on under it, in English."""
    dump = "\n\n".join(["Protest in the capital", *ENGLISH, *inner, *AFTER]) + "\n"
    (article,) = split_text(dump, "quote.txt", "utf-8")
    assert article.title == "Protest in the capital"
    assert article.body.endswith(AFTER[-1])
    assert all(line in article.body for line in inner)


def test_a_line_of_terms_in_another_script_inside_an_article_is_no_start() -> None:
    """The near miss: a Japanese article's intertitle made mostly of English terms, over
    Japanese text, is in the article's script where it counts: its text."""
    title, paragraphs = ARTICLES["Japanese"]
    dump = "\n\n".join(
        [
            title,
            *paragraphs,
            "Kubernetes Upstream Training in Japanとは？",
            "Kubernetes Upstream Training in Japanは2019年から始まり、年に1〜2回のペースで"
            "開催されています。参加者は毎回百人を超える。",
        ]
    )
    (article,) = split_text(dump + "\n", "terms.txt", "utf-8")
    assert article.title == title


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Власти объявили новый бюджет, сказал Reuters", "CYRILLIC"),
        ("احتجاجات في بيروت", "ARABIC"),
        ("Kubernetes Upstream Training in Japanとは？", "LATIN"),
        ("Kubernetes Upstream Training in Japanは2019年から始まり、年に1〜2回のペースで", "CJK"),
        ("東京で新しい図書館が開館", "CJK"),
        ("Café crème", "LATIN"),
        ("2024 — 12", None),
    ],
)
def test_the_script_of_a_line(text: str, script: str | None) -> None:
    assert measure.script(text) == script
