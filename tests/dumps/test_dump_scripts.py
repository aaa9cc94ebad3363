"""The splitter's text measures in scripts other than spaced Latin (`reader.dumps.measure`):
a sentence's end in Hindi, Arabic, Armenian, Amharic, Khmer or Myanmar is seen, a Greek
";" asks, a Thai paragraph is many words, a headline in Hindi, Arabic, Greek or Armenian is
a title while the paragraphs under it are not, and a sign-off leaves the body.
A Japanese or Chinese article keeps its paragraphs in its body (they had gone one by one
into its chrome, as "one word" lines with no stop). Every text here was written for the
test."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.dumps import measure
from reader.dumps.load import split_text

THAI_PARAGRAPH = (
    "กรมอุตุนิยมวิทยาเตือนว่าฝนจะตกหนักในกรุงเทพมหานครและปริมณฑลต่อเนื่องไปอีกหลายวัน"
    " ประชาชนควรติดตามข่าวสารอย่างใกล้ชิด"
)


@pytest.mark.parametrize(
    "line",
    [
        "राजधानी दिल्ली में गुरुवार सुबह से भारी बारिश हो रही है।",
        "وقالت هيئة الأرصاد إن الأمطار ستستمر حتى نهاية الأسبوع.",
        "هل تنجح المفاوضات؟",
        "وقال المتحدث إن الاجتماع انتهى بلا اتفاق۔",
        "Տոնավաճառը կտևի մինչև կիրակի։",
        "ስብሰባው ነገ ይቀጥላል።",
        "ការប្រជុំនឹងបន្តនៅថ្ងៃស្អែក។",
        "အစည်းအဝေးကို မနက်ဖြန် ဆက်လက်ကျင်းပမည်။",
        "Η κυβέρνηση ανακοίνωσε αλλαγές.",
        "केंद्र सरकार ने नई नीति की घोषणा की। (भाषा)",
        "He said so. (Reuters)",
        "“We will not give up.”",
        "東京都は三日、新しい図書館を開館したと発表した。",
        "会议将持续三天！",
        "这是真的吗？",
    ],
)
def test_a_sentence_end_is_seen_in_every_script(line: str) -> None:
    assert measure.ends_sentence(line)


@pytest.mark.parametrize(
    "line",
    [
        "दिल्ली में भारी बारिश से जनजीवन अस्त-व्यस्त",
        "أمطار غزيرة تغمر شوارع القاهرة",
        "Երևանում մեկնարկեց գրքի միջազգային տոնավաճառը",
        "Καύσωνας σε όλη την Ελλάδα",
        "กรุงเทพฯ เผชิญฝนตกหนักต่อเนื่อง",
        "Hello (AP)",
        ")",
    ],
)
def test_a_headline_does_not_end_a_sentence(line: str) -> None:
    assert not measure.ends_sentence(line)


def test_every_terminal_is_punctuation() -> None:
    """The list is Unicode's: each mark is punctuation, none a letter a line may end in."""
    for mark in measure.SENTENCE_TERMINALS:
        assert unicodedata.category(mark).startswith("P"), (mark, unicodedata.name(mark))


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Τι αλλάζει στις συντάξεις;", True),
        ("هل تنجح المفاوضات الجديدة؟", True),
        ("Who pays for the dam?", True),
        ("誰が払うのか？", True),
        ("Le vote; la suite", False),
        ("Le vote est reporté;", False),
    ],
)
def test_a_question_is_seen_in_every_script(line: str, asks: bool) -> None:
    assert measure.ends_question(line) is asks
    assert measure.ends_clause(line) is (line.endswith(";") and not asks)


def test_a_thai_paragraph_is_many_words_and_a_headline_few() -> None:
    assert measure.word_count(THAI_PARAGRAPH) >= 20
    assert measure.word_count("รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร") <= 8
    assert len(THAI_PARAGRAPH.split()) == 2  # what counting by spaces made of it


JAPANESE = (
    "東京で新しい図書館が開館",
    [
        "東京都は三日、中央区に新しい公立図書館を開館したと発表した。館内には約二十万冊の本が"
        "並び、地域の住民や学生が自由に利用できる。",
        "開館式には区長や地元の作家が出席し、読書の大切さについて語った。",
        "関係者によると、来年には電子書籍の貸し出しも始める予定だという。",
    ],
)
CHINESE = (
    "上海举办国际港口会议",
    [
        "来自亚洲各国的港口官员周四在上海开幕的国际会议上讨论物流效率和环境保护。",
        "与会者将在三天内介绍各国的做法，并探讨合作的可能性。",
    ],
)


@given(st.text(alphabet=st.sampled_from("ab é\tกขค ๆ.اの図。"), max_size=80), st.integers(0, 12))
def test_a_count_stopped_at_most_agrees_with_the_whole_count(text: str, most: int) -> None:
    """`most` only spares splitting a long line: over it or not is the same answer."""
    assert (measure.word_count(text, most) > most) is (measure.word_count(text) > most)


@given(st.text(alphabet=st.sampled_from("ab é\t\n.,ßΩЖ"), max_size=80))
def test_spaced_text_is_counted_by_its_spaces(text: str) -> None:
    """Outside the unspaced scripts the count is what it always was."""
    assert measure.word_count(text) == len(text.split())


def test_a_japanese_or_chinese_paragraph_is_many_words_and_a_headline_few() -> None:
    assert measure.word_count(JAPANESE[1][0]) >= 20 and measure.word_count(CHINESE[1][0]) >= 15
    assert measure.word_count(JAPANESE[0]) <= 8 and measure.word_count(CHINESE[0]) <= 8


@pytest.mark.parametrize(("title", "body"), [JAPANESE, CHINESE])
def test_a_japanese_or_chinese_article_keeps_its_body(title: str, body: list[str]) -> None:
    (article,) = split_text(_dump((title, body)))
    assert article.title == title
    assert [article.body[p.start : p.end] for p in article.paragraphs] == body
    assert "chrome" not in article.meta


@pytest.mark.parametrize(
    "dated",
    ["2024年6月20日", "2025年3月24日(月) 9:00 公開", "作成日：2024年6月20日", "2024년 6월 20일"],
)
def test_a_date_line_with_year_month_and_day_marks_is_meta(dated: str) -> None:
    """A Chinese, Japanese or Korean page's publication line, under its headline or under
    the last paragraph, is meta, not a paragraph of the body; a sentence holding such a date
    stays in the body."""
    title, body = JAPANESE
    sentence = "2024年6月20日、区は新しい図書館の利用者が一万人を超えたと発表した。"
    text = f"{title}\n{dated}\n\n" + "\n\n".join([*body, sentence, dated]) + "\n"
    (article,) = split_text(text)
    assert article.title == title
    assert [article.body[p.start : p.end] for p in article.paragraphs] == [*body, sentence]
    assert dated in str(article.meta)


def test_headlines_in_japanese_brackets_start_articles() -> None:
    """Japanese notes set each headline in 【】 (or 「」), one blank line apart like the
    paragraphs: each bracketed headline is a title, without the lenticular brackets that
    only decorate it (a quotation's 「」 stay)."""
    (title, body), (other, more) = JAPANESE, CHINESE
    text = f"【{title}】\n\n" + "\n\n".join(body) + f"\n\n「{other}」\n\n" + "\n\n".join(more)
    first, second = split_text(text + "\n")
    assert (first.title, second.title) == (title, f"「{other}」")  # 【】 only decorate
    assert f"【{title}】" in first.meta["as_written"]  # the line as written, brackets and all
    assert [first.body[p.start : p.end] for p in first.paragraphs] == body
    assert [second.body[p.start : p.end] for p in second.paragraphs] == more


def test_a_headline_with_bracketed_labels_keeps_its_brackets() -> None:
    """Brackets that mark labels inside a headline ("【速報】…【更新】") are the headline's
    own: only one pair around the whole line is taken off, never the two outer halves of two
    pairs."""
    title, body = JAPANESE
    labelled = f"【速報】{title}【更新】"
    (article,) = split_text(f"{labelled}\n\n" + "\n\n".join(body) + "\n")
    assert article.title == labelled
    assert [article.body[p.start : p.end] for p in article.paragraphs] == body


@pytest.mark.parametrize("rule", ["＝" * 24, "－" * 24, "―" * 24])
def test_a_rule_of_full_width_signs_divides_and_is_no_text(rule: str) -> None:
    """A Chinese or Japanese mail draws its rules with full-width signs: such a line divides
    the articles, as a rule of dashes does, and is in no body."""
    (title, body), (other, more) = JAPANESE, CHINESE
    text = f"{title}\n\n" + "\n\n".join(body) + f"\n\n{rule}\n\n{other}\n\n" + "\n\n".join(more)
    first, second = split_text(text + "\n")
    assert (first.title, second.title) == (title, other)
    assert rule not in first.body + second.body + str(first.meta) + str(second.meta)


def test_a_script_without_capitals_has_headlines() -> None:
    assert measure.uncased("د") and measure.uncased("क") and measure.uncased("ก")
    assert measure.uncased("東") and measure.uncased("の") and measure.uncased("カ")
    assert not measure.uncased("a") and not measure.uncased("Ж") and not measure.uncased("1")


def _dump(*articles: tuple[str, list[str]]) -> str:
    return "\n\n\n".join(title + "\n\n" + "\n\n".join(body) for title, body in articles) + "\n"


_CASES = {
    "hi": (
        (
            "दिल्ली में भारी बारिश से जनजीवन अस्त-व्यस्त",
            [
                "राजधानी दिल्ली में गुरुवार सुबह से हो रही भारी बारिश के कारण कई इलाकों में"
                " जलभराव हो गया। यातायात बुरी तरह प्रभावित हुआ।",
                "मौसम विभाग ने अगले दो दिनों तक बारिश जारी रहने का अनुमान जताया है।",
            ],
        ),
        (
            "सरकार ने नई शिक्षा नीति की घोषणा की",
            [
                "केंद्र सरकार ने गुरुवार को नई शिक्षा नीति की घोषणा की। इसमें कई बड़े बदलाव किए गए हैं।",
            ],
        ),
    ),
    "ar": (
        (
            "أمطار غزيرة تغمر شوارع القاهرة",
            [
                "شهدت العاصمة المصرية القاهرة صباح الخميس أمطارا غزيرة أدت إلى غرق عدد من"
                " الشوارع الرئيسية وتعطل حركة المرور.",
                "وقالت هيئة الأرصاد الجوية إن الأمطار ستستمر حتى نهاية الأسبوع.",
            ],
        ),
        (
            "هل تنجح المفاوضات الجديدة؟",
            [
                "بدأت في جنيف جولة جديدة من المفاوضات بين الأطراف المتنازعة وسط آمال حذرة"
                " بالتوصل إلى اتفاق.",
            ],
        ),
    ),
    "el": (
        (
            "Καύσωνας σε όλη την Ελλάδα",
            [
                "Θερμοκρασίες άνω των 40 βαθμών Κελσίου καταγράφηκαν την Πέμπτη σε πολλές"
                " περιοχές της χώρας.",
                "Η Πολιτική Προστασία ζητά από τους πολίτες να αποφεύγουν τις μετακινήσεις.",
            ],
        ),
        (
            "Τι αλλάζει στις συντάξεις;",
            [
                "Η κυβέρνηση ανακοίνωσε αλλαγές στο συνταξιοδοτικό σύστημα που θα ισχύσουν από"
                " το νέο έτος.",
            ],
        ),
    ),
    "hy": (
        (
            "Երևանում մեկնարկեց գրքի միջազգային տոնավաճառը",
            [
                "Հինգշաբթի օրը Երևանում բացվեց գրքի միջազգային տոնավաճառը, որին մասնակցում են"
                " հրատարակչություններ քսան երկրներից։",
                "Տոնավաճառը կտևի մինչև կիրակի։",
            ],
        ),
        (
            "Կառավարությունը հաստատեց նոր բյուջեն",
            [
                "Կառավարությունը հինգշաբթի օրը հաստատեց հաջորդ տարվա պետական բյուջեի նախագիծը։",
            ],
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(_CASES))
def test_each_headline_is_a_title_and_each_paragraph_stays_in_its_body(language: str) -> None:
    articles = split_text(_dump(*_CASES[language]))
    assert [a.title for a in articles] == [title for title, _ in _CASES[language]]
    for article, (_, body) in zip(articles, _CASES[language], strict=True):
        assert [article.body[p.start : p.end] for p in article.paragraphs] == body
        assert article.meta["language"] == language


@pytest.mark.parametrize(
    ("paragraph", "sign_off"),
    [
        ("केंद्र सरकार ने गुरुवार को नई शिक्षा नीति की घोषणा की।", "(भाषा)"),
        ("وقالت هيئة الأرصاد الجوية إن الأمطار ستستمر حتى نهاية الأسبوع.", "(رويترز)"),
        ("Η κυβέρνηση ανακοίνωσε αλλαγές στο συνταξιοδοτικό σύστημα.", "(ΑΠΕ-ΜΠΕ)"),
    ],
)
def test_a_sign_off_leaves_the_body_and_stays_with_its_article(
    paragraph: str, sign_off: str
) -> None:
    articles = split_text("Headline of the day\n\n" + paragraph + "\n\n" + sign_off + "\n")
    assert len(articles) == 1
    assert articles[0].body == paragraph
    assert sign_off in articles[0].meta.get("chrome", "") + articles[0].meta.get("credits", "")


def test_a_sign_off_in_full_width_brackets_leaves_the_body() -> None:
    """Japanese and Chinese text sets a translator's sign-off in full-width brackets
    ("（翻訳：…）"): under the last paragraph it is meta, as "(Reuters)" is."""
    title, body = JAPANESE
    sign_off = "（翻訳：Taro Tanaka、Hanako Sato）"
    (article,) = split_text(f"{title}\n\n" + "\n\n".join([*body, sign_off]) + "\n")
    assert [article.body[p.start : p.end] for p in article.paragraphs] == body
    assert sign_off in article.meta.get("chrome", "") + article.meta.get("credits", "")
