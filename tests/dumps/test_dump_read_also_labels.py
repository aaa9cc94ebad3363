"""A "read also" label is a link list's header in every language a dump comes in, not only
the six the rules began with: Russian "Читайте также:" was read as text, and the start model
opened an article at it (fresh5 foreign_web_02, its score on the threshold). The label alone
heads a list of other stories; with a headline after its colon it is a teaser; a sentence
that merely opens with the same words stays text."""

from __future__ import annotations

import pytest

from reader.dumps.lines import Line
from reader.dumps.load import split_text
from reader.dumps.roles import classify

_LABELS = (
    "Читайте также:",
    "Читайте також:",
    "Прочетете още:",
    "Czytaj także:",
    "Čtěte také:",
    "Olvassa el ezt is:",
    "Llegiu també:",
    "Baca juga:",
    "Läs också:",
    "Soma pia:",
    "اقرأ أيضا:",
    "相关阅读：",
    "관련 기사",
)


@pytest.mark.parametrize("label", _LABELS)
def test_a_read_also_label_heads_a_link_list(label: str) -> None:
    assert classify(Line(label)).role == "related"


@pytest.mark.parametrize("label", _LABELS[:5])
def test_a_read_also_label_with_a_headline_is_a_teaser(label: str) -> None:
    line = f"{label.rstrip(':')}: Вспомним прошедший год? Топ-14 переводов"
    assert classify(Line(line)).meta == (("related", line),)


@pytest.mark.parametrize(
    "sentence",
    [
        "Читайте также книгу автора, она вышла в прошлом году в Москве.",
        "Baca juga laporan lengkapnya di situs kementerian sebelum hari Senin.",
        "Czytaj także między wierszami, radzi autor felietonu.",
    ],
)
def test_a_sentence_opening_with_the_labels_words_is_text(sentence: str) -> None:
    """The near miss: no colon, a sentence's length; running text, as before."""
    assert classify(Line(sentence)).role == "text"


_RU_PAGE = (
    "Главная / Мир / Европа\n\n"
    "50 цветных фотографий передают повседневную жизнь в Украине 1942 года\n\n"
    "12 января 2014, 14:05\n\n"
    "Когда протесты, которые начались в ноябре, охватили страну, пользователи стали "
    "делиться старыми фотографиями из семейных архивов и музеев.\n\n"
    "В 1942 году, как и многие другие европейские страны, Украина находилась под "
    "оккупацией, и снимки того времени редко бывают цветными.\n\n"
    "Поделиться: ВКонтакте Одноклассники Telegram\n\n"
    "Читайте также:\n"
    "Вспомним прошедший год? Топ-14 переводов нашего сайта\n\n\n"
    "Главная / Мир / Европа\n"
    "Германия: равноправие в 2015 году\n\n"
    "В социальных сетях женщины выражают недовольство рекламой страховой компании, "
    "которая показывает их пассивными и зависимыми.\n"
)


def test_a_russian_read_also_list_closes_its_article() -> None:
    first, second = split_text(_RU_PAGE)
    assert first.body.endswith("редко бывают цветными.")
    assert "Читайте также:" in str(first.meta)
    assert second.title == "Германия: равноправие в 2015 году"
