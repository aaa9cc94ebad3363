"""A page's reading time in the languages and scripts dumps come in ("この記事は約1分で読めます",
"5 мин чтения", "4 min czytania", "阅读时间：3分钟", "3분 읽기") is a label of the page, never its
headline or text: under a short headline it leaves that headline the title (fresh8's Japanese
post read the headline as a kicker over the reading time and made the reading time its
title)."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_text

_TIMES = [
    "この記事は約1分で読めます",
    "5 分钟阅读",
    "阅读时间：3分钟",
    "3분 읽기",
    "5 мин чтения",
    "Время чтения: 4 мин",
    "3 хв читання",
    "4 min czytania",
    "6 min čtení",
]


@pytest.mark.parametrize("reading", _TIMES)
def test_a_reading_time_under_a_short_headline_leaves_it_the_title(reading: str) -> None:
    headline = "SIG etcdの取り組みの紹介"
    text = (
        "今回のSIG etcd spotlightでは、このKubernetesのSpecial Interest Groupについてさらに"
        "理解を深めるため、メンバーの皆さんにお話を伺いました。"
    )
    (article,) = split_text(f"{headline}\n{reading}\n\n{text}\n", "page.txt", "utf-8")
    assert article.title == headline
    assert article.body == text
    assert chrome.is_chrome(reading)
