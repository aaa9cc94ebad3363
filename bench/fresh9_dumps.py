"""The ninth fresh held-out half, sealed: `python -m bench.fresh9_dumps` writes it and its
gold.

tests/fixtures/dumps/real/fresh9/texts.txt holds real published articles from a source no
earlier half read, in two languages no earlier half used: posts of the React blog in
Simplified Chinese and in Korean (CC BY 4.0, the licence of the public
reactjs/zh-hans.react.dev and reactjs/ko.react.dev repositories they were read from):
release announcements, conference recaps, the React Labs reports, an upgrade guide and the
end of Create React App, several long with their real intertitles. This pastes them in all
eight shapes, with chrome written here in the manner of tools and sites the other builders
do not imitate: a Chinese text file whose paragraphs are indented with full-width spaces,
Korean notes with ▶ before each headline, Korean wire copy closed by (끝), SiYuan and
Inkdrop Markdown exports, a Chinese weekly forwarded from QQ Mail, a Korean newsletter
sent through Stibee and read in Naver Mail, a Discourse summary mail, Chinese tech portal
pages, Korean IT news pages with their copyright line, a Baijiahao article and a Naver
blog post, a LexisNexis export with `SUBJECT:` index terms, a LexisNexis export of Chinese
text counted in characters, a Nexis Uni delivery narrowed to Korean, a Factiva display in
its Chinese form, and Chinese and Korean closing lines ((完), 来源, (끝), 출처). The half
is sealed: it was built and committed before the splitter was ever run on it, it has no
ratchet floors and no place in the default quality report, and only the lead scores it,
once, at the end of a session (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import UTC

from bench.database_exports import (
    LexisRecord,
    lay_out_lexis,
    lexis_date,
    lexis_pages,
    nexis_uni_cover,
    nexis_uni_documents,
    print_request,
    word_count,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    Body,
    Item,
    Title,
    blank_lined,
    characters,
    cjk_date,
    closed,
    closed_by,
    ended,
    lay_out,
    lay_out_pages,
    lead,
    linked_pages,
    markdown,
    newsletter,
    posted_day,
    ruled,
    spaced_articles,
    titled_front_matter,
)

FRESH9 = REAL / "fresh9"
TEXTS = FRESH9 / "texts.txt"

AUTHORS = {
    "server-components": "Dan Abramov, Lauren Tan",
    "plan-18": "Andrew Clark, Brian Vaughn",
    "conf-2021": "Jesslyn Tannady, Rick Hanlon",
    "upgrade-18": "Rick Hanlon",
    "v18": "The React Team",
    "labs-2022": "Andrew Clark, Dan Abramov",
    "react-dev": "Dan Abramov, Rachel Nabors",
    "labs-2023": "Joseph Savona, Josh Story",
    "canaries": "Dan Abramov, Sophie Alpert",
    "labs-2024": "Joseph Savona, Ricky Hanlon",
    "conf-2024": "Ricky Hanlon",
    "compiler-beta": "Lauren Tan",
    "sunset-cra": "Matt Carroll, Ricky Hanlon",
    "compiler-rc": "Lauren Tan, Mofei Zhang",
    "labs-2025": "Ricky Hanlon",
    "compiler-1": "Lauren Tan, Joe Savona",
    "conf-2025": "Matt Carroll, Ricky Hanlon",
}
"""Each post's authors (the first two) as its front matter names them, by the post's slug
(the same in both languages), for the bylines, field lines and trailers the chrome prints."""


def _author(text: Text) -> str:
    """The post's authors."""
    return AUTHORS[text.id.split("-", 1)[1]]


def _zh_day(text: Text) -> str:
    """`2025年4月23日`, a Chinese date."""
    return cjk_date(posted_day(text))


def _ko_day(text: Text) -> str:
    """`2025년 4월 23일`, a Korean date written out."""
    day = posted_day(text)
    return f"{day.year}년 {day.month}월 {day.day}일"


def _dotted(text: Text) -> str:
    """`2025.04.23`, as Korean news pages date their articles."""
    return f"{posted_day(text):%Y.%m.%d}"


def _iso(text: Text) -> str:
    """`2025-04-23`, as Chinese portals and note apps date a post."""
    return f"{posted_day(text):%Y-%m-%d}"


def _first_sentence(text: Text) -> str:
    """The lead's first sentence, ended by 。 in Chinese and by a full stop in Korean, which
    clippers repeat as a dek."""
    paragraph = text.blocks[0][1]
    end = "。" if text.language == "zh" else ". "
    sentence = paragraph.split(end)[0].rstrip(".") + ("。" if text.language == "zh" else ".")
    assert sentence != paragraph, text.id
    return sentence


def _indented(kind: str, line: str) -> str:
    """A paragraph as Chinese text files set it: indented by two full-width spaces."""
    return f"\u3000\u3000{line}" if kind == "body" else line


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Chinese posts kept in a text file: each paragraph indented by two full-width spaces,
    one blank line between paragraphs, and a rule of full-width asterisks between posts."""
    dump = Dump("classic_01", "classic", "Chinese text file, paragraphs indented by 　　, ＊ rules")
    idents = ("zh-plan-18", "zh-sunset-cra", "zh-conf-2021", "zh-labs-2024")
    return ruled(dump, t, idents, "＊　＊　＊", Body(around=1, render=_indented))


def classic_02(t: dict[str, Text]) -> Dump:
    """Korean posts pasted into notes: a ▶ before each headline, one blank line everywhere,
    between the headline and its paragraphs and between posts alike."""
    dump = Dump("classic_02", "classic", "Korean notes, ▶ before each headline, one blank line")
    idents = (
        "ko-canaries",
        "ko-compiler-rc",
        "ko-conf-2021",
        "ko-upgrade-18",
        "ko-server-components",
    )
    return blank_lined(dump, t, idents, 1, "▶ {}")


def classic_03(t: dict[str, Text]) -> Dump:
    """Korean wire copy: the headline in capitals (its Latin letters; Hangul has no case),
    the body wrapped at 60 columns, and the `(끝)` end mark a blank line below each story."""
    dump = Dump("classic_03", "classic", "Korean wire copy, CAPS headlines, wrapped at 60, (끝)")
    idents = ("ko-plan-18", "ko-sunset-cra", "ko-labs-2024", "ko-conf-2025")
    pages = [(ident, [Title(upper=True), "", Body(around=1, wrap=60)]) for ident in idents]
    return ended(dump, t, pages, "(끝)")


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """SiYuan Markdown exports of Chinese posts: front matter with `title`, `date` and
    `lastmod` with their zone, and a `tags` list in brackets; two with a `# Title` under it
    and two without, a `>` dek repeating the lead's first sentence, `##` intertitles."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "SiYuan exports (zh): title/date/lastmod/tags, # H1 or none, > dek, ## intertitles",
        suffix=".md",
    )
    idents = ("zh-labs-2022", "zh-react-dev", "zh-conf-2024", "zh-labs-2025")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        heading = number % 2 == 0
        fields = [
            f"date: {_iso(text)}T10:{10 + number * 7}:00+08:00",
            f"lastmod: {_iso(text)}T21:{5 + number * 11:02d}:30+08:00",
            "tags: [React, 前端, 官方博客]",
        ]
        items = titled_front_matter(text, heading, fields)
        items += [f"> {_first_sentence(text)}", "", Body(around=1, render=markdown)]
        return items

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Inkdrop Markdown exports of Korean posts: front matter with `title`, `tags`,
    `status` and the creation and update times in milliseconds, the `# Title`, an image
    line with its credit, a bold author line, and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Inkdrop exports (ko): title/tags/status/createdAt, # H1, image and credit, **author**",
        suffix=".md",
    )
    idents = ("ko-labs-2022", "ko-react-dev", "ko-labs-2025", "ko-conf-2024")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        posted = posted_day(text).replace(tzinfo=UTC)
        created = int(posted.timestamp()) * 1000 + 360_000 * (number + 1)
        return [
            "---",
            f'title: "{text.title}"',
            "tags: [react, 블로그]",
            "status: active",
            f"createdAt: {created}",
            f"updatedAt: {created + 86_400_000}",
            "---",
            "",
            Title("# {}"),
            "",
            f"![](https://ko.react.dev/images/blog/{text.id}.webp)",
            "이미지 출처: React 블로그",
            "",
            f"**{_author(text)}**",
            "",
            Body(around=1, render=markdown),
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A Chinese weekly forwarded from QQ Mail: the `原始邮件` rule and the `发件人:`/
    `发送时间:`/`收件人:`/`主题:` header with semicolons, a greeting, ▍ section labels,
    `阅读原文：` links, wavy rules and the unsubscribe footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Chinese weekly forwarded from QQ Mail: 原始邮件 header, ▍labels, 阅读原文, ～ rules",
    )
    dump.matter(
        "------------------ 原始邮件 ------------------",
        '发件人: "前端早读周刊" <weekly@zaodu.example.cn>;',
        "发送时间: 2025年10月17日(星期五) 上午8:00",
        '收件人: "读者" <duzhe@example.cn>;',
        "主题: 前端早读周刊 第 312 期",
        "",
        "各位读者好：",
        "本期为你精选五篇 React 官方博客文章。",
    )
    items = (
        ("▍大会回顾", "zh-conf-2025"),
        ("▍实验室", "zh-labs-2025"),
        ("▍工具链", "zh-sunset-cra"),
        ("▍路线图", "zh-labs-2023"),
        ("▍发布渠道", "zh-canaries"),
    )
    newsletter(dump, t, items, "阅读原文 »", "～" * 20)
    dump.gap(2)
    dump.matter(
        "你收到这封邮件，是因为你订阅了前端早读周刊。",
        "退订：https://zaodu.example.cn/unsubscribe?u=3f9a1",
        "© 2025 前端早读周刊",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A Korean newsletter sent through Stibee and read in Naver Mail: `보낸사람`/`받는사람`/
    `날짜`/`제목` header, a greeting to subscribers, 📌 section labels, `원문 보기 →` links,
    heavy rules, and the unsubscribe footer naming the sending service."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Korean Stibee newsletter in Naver Mail: 보낸사람/제목, 📌 labels, 원문 보기 →, ━ rules",
    )
    dump.matter(
        "보낸사람 : 리액트 위클리 <news@weekly.example.kr>",
        "받는사람 : <reader@example.kr>",
        "날짜 : 2025년 10월 18일 (토) 오전 9:00",
        "제목 : [리액트 위클리] 이번 주 React 소식",
        "",
        "안녕하세요, 구독자님!",
        "이번 주 React 블로그 소식을 모아 전해 드립니다.",
    )
    items = (
        ("📌 컴파일러", "ko-compiler-rc"),
        ("📌 실험실", "ko-labs-2025"),
        ("📌 컨퍼런스", "ko-conf-2025"),
        ("📌 도구", "ko-sunset-cra"),
        ("📌 릴리즈", "ko-v18"),
    )
    newsletter(dump, t, items, "원문 보기 →", "━" * 24)
    dump.gap(2)
    dump.matter(
        "리액트 위클리 | news@weekly.example.kr",
        "수신을 원하지 않으시면 수신거부를 눌러 주세요: https://weekly.example.kr/unsubscribe",
        "스티비로 만든 뉴스레터입니다.",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A Discourse summary mail of a forum that passes posts on in both languages: the
    mail header, `Since your last visit`, then for each popular topic its headline, the
    category and author line, the post's first paragraphs and a `Read More` link, with a
    dashed rule between topics; the forum's footer last."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Discourse summary (zh, ko): Popular Topics, category · author lines, Read More",
    )
    idents = ("zh-plan-18", "ko-canaries", "zh-conf-2021", "ko-upgrade-18")
    category = {"zh": "中文", "ko": "한국어"}
    rule = "- " * 30
    dump.matter(
        "From: React 社区 <noreply@forum.example.org>",
        "Subject: [React 社区] Summary",
        "Date: Sat, 18 Oct 2025 07:00:00 +0000",
        "",
        "Since your last visit",
        "",
        "Popular Topics",
    )
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator(rule.strip())
        dump.gap()
        lay_out(
            dump,
            lead(text, 3),
            [
                Title(),
                f"{category[text.language]} · {_author(text).split(',')[0]}",
                "",
                Body(),
                "",
                f"Read More: {text.url}",
            ],
        )
    dump.gap()
    dump.separator(rule.strip())
    dump.gap()
    dump.matter(
        "You are receiving this because you have not visited in a week.",
        "To unsubscribe from these emails, change your user preferences.",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Chinese tech portal pages: `首页 > 前端 > React` trails, an author, publication time
    and reader count line, an image credit, the `分享到：` line and a `相关阅读` list."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Chinese tech portal pages: 首页 > trails, 作者|发布于|阅读数, 分享到, 相关阅读",
    )
    idents = ("zh-v18", "zh-labs-2022", "zh-compiler-beta", "zh-react-dev")
    pages: list[tuple[str, Sequence[Item]]] = []
    for number, ident in enumerate(idents):
        text = t[ident]
        other = t[idents[(number + 1) % len(idents)]]
        reads = 12_345 + number * 4_321
        pages.append(
            (
                ident,
                [
                    "首页 > 前端 > React",
                    Title(),
                    f"作者：{_author(text)} | 发布于：{_iso(text)} 10:00 | 阅读数：{reads:,}",
                    "",
                    "图片来源：React 官方博客",
                    "",
                    Body(),
                    "",
                    "分享到：微信 | 微博 | QQ 空间",
                    "",
                    "相关阅读",
                    other.title,
                ],
            )
        )
    return lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Korean IT news pages: `홈 > 컴퓨팅 > 소프트웨어` trails, `입력`/`수정` times, a
    `글:` byline, the copyright line Korean news sites print under every article, and a
    `관련기사` list."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Korean IT news pages: 홈 > trails, 입력/수정 times, 글:, Copyright ⓒ, 관련기사",
    )
    idents = ("ko-labs-2023", "ko-v18", "ko-conf-2021", "ko-compiler-1")
    pages: list[tuple[str, Sequence[Item]]] = []
    for number, ident in enumerate(idents):
        text = t[ident]
        other = t[idents[(number + 2) % len(idents)]]
        day = _dotted(text)
        pages.append(
            (
                ident,
                [
                    "홈 > 컴퓨팅 > 소프트웨어",
                    "",
                    Title(),
                    f"입력 {day} {9 + number}:00  수정 {day} {14 + number}:22",
                    f"글: {_author(text)}",
                    "",
                    Body(),
                    "",
                    "Copyright ⓒ 리액트 블로그 한국어판. 무단전재 및 재배포 금지",
                    "",
                    "관련기사",
                    f"· {other.title}",
                ],
            )
        )
    return lay_out_pages(dump, t, pages, 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A Baijiahao article page and a Naver blog post for each language in turn: the
    Chinese page with its account name, time and `来源：` line, and a `举报` line under the
    body; the Korean post with its blog name, date, and the 공감 and 댓글 counters."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Baijiahao (zh) and Naver blog (ko) pages: 来源, 举报, 이웃추가, 공감/댓글 counters",
    )
    pages: list[tuple[str, Sequence[Item]]] = []
    for number, ident in enumerate(("zh-labs-2023", "ko-plan-18", "zh-conf-2024", "ko-labs-2024")):
        text = t[ident]
        if text.language == "zh":
            items: list[Item] = [
                Title(),
                "前端技术观察",
                f"{_iso(text)} 09:{10 + number:02d} · 来源：React 官方博客",
                "",
                Body(),
                "",
                "举报/反馈",
            ]
        else:
            items = [
                "리액트 공부방",
                "이웃추가",
                Title(),
                f"{_dotted(text)}. 21:{30 + number}",
                "",
                Body(),
                "",
                f"공감 {12 + number} · 댓글 {3 + number}",
            ]
        pages.append((ident, items))
    return lay_out_pages(dump, t, pages, 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of Korean posts: the request header, centred `N of M DOCUMENTS`,
    the publication and date, `BYLINE:`/`SECTION:`/`LENGTH:` fields, the body unwrapped,
    then `LANGUAGE: KOREAN`, `SUBJECT:` index terms with their percentages and
    `LOAD-DATE:`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export (ko): request header, SUBJECT index terms with %, LANGUAGE: KOREAN",
    )
    docs = ("ko-labs-2022", "ko-react-dev", "ko-compiler-1", "ko-conf-2024", "ko-server-components")
    print_request(
        dump,
        "Time of Request: Saturday, October 18, 2025  09:15:00 EDT",
        "Send To: KOREAN DESK",
        "Terms: react AND language(korean)",
        "Source: React Blog (Korean)",
    )

    def lines(number: int, text: Text) -> LexisRecord:
        return (
            [
                f"{'':30}{number} of {len(docs)} DOCUMENTS",
                f"{'':28}React Blog (Korean)",
                f"{'':25}{lexis_date(posted_day(text))}",
            ],
            [
                f"BYLINE: {_author(text)}",
                "SECTION: BLOG",
                f"LENGTH: {word_count(text)} words",
            ],
            [
                "LANGUAGE: KOREAN",
                "SUBJECT: SOFTWARE (92%); OPEN SOURCE SOFTWARE (88%); WEB DEVELOPMENT (71%)",
                f"LOAD-DATE: {lexis_date(posted_day(text)).rsplit(' ', 1)[0]}",
            ],
        )

    return lexis_pages(dump, t, docs, lines, None, 3)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of Chinese posts: `Document N of M` flush left, the
    publication, the date, `LENGTH:` counted in characters, `BYLINE:`, the body as one line
    a paragraph, and `LANGUAGE: CHINESE`, `JOURNAL-CODE:` and `LOAD-DATE:`."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis export (zh): Document N of M, LENGTH in characters, JOURNAL-CODE",
    )
    docs = (
        "zh-labs-2024",
        "zh-server-components",
        "zh-sunset-cra",
        "zh-conf-2021",
        "zh-labs-2025",
    )
    for number, ident in enumerate(docs, 1):
        text = t[ident]
        if number > 1:
            dump.gap(2)
        lay_out_lexis(
            dump,
            text,
            [f"Document {number} of {len(docs)}", "React 官方博客 (中文)", _zh_day(text)],
            [
                f"LENGTH: {characters(text)} characters",
                f"BYLINE: {_author(text)}",
            ],
            [
                "LANGUAGE: CHINESE",
                "JOURNAL-CODE: REACTZH",
                f"LOAD-DATE: {lexis_date(posted_day(text)).rsplit(' ', 1)[0]}",
            ],
            None,
        )
    return dump


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery narrowed to Korean: the job cover (user, date and time, job
    number, `Documents (N)`, the numbered headlines, search terms and the `Narrowed by`
    filters), then each document with its source, date, copyright, `Length:`/`Byline:`
    fields, `Body`, `Load-Date:` and `End of Document`."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery (ko): job cover, Narrowed by Language: Korean, Body, End of Document",
    )
    docs = ("ko-labs-2024", "ko-sunset-cra", "ko-conf-2021", "ko-compiler-rc")
    job = ["User Name: =seoul-lib", "Date and Time: Saturday, October 18, 2025 4:20:00 PM KST"]
    search = ["", "Search Terms: react", "Search Type: Natural Language"]
    search.append("Narrowed by: Content Type: News; Language: Korean")
    nexis_uni_cover(dump, t, docs, [*job, "Job Number: 318840227", ""], search)
    holder = "Meta Platforms, Inc. and affiliates"
    nexis_uni_documents(dump, t, docs, "React Blog (Korean)", holder, _author, posted_day)
    return dump


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display in its Chinese form: the headline, the author, the length in
    characters (`1,234 字`), the date in Chinese, the source and its code, `中文(简体)`,
    the copyright line, the body, and `文件 REACTZH…` with the document id last."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display (zh): 字 counts, Chinese dates, 中文(简体), 文件 document ids",
    )
    docs = ("zh-canaries", "zh-upgrade-18", "zh-conf-2025", "zh-plan-18")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = posted_day(text)
        return [
            Title(),
            _author(text),
            f"{characters(text)} 字",
            _zh_day(text),
            "React 官方博客",
            "REACTZH",
            "中文(简体)",
            f"版权所有 {day:%Y} Meta Platforms, Inc.",
            "",
            Body(),
            "",
            f"文件 REACTZH00{day:%Y%m%d}e{'abcd'[number]}{number}40000{number}",
        ]

    return lay_out_pages(dump, t, linked_pages(t, docs, page), 3)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Long Chinese posts copied from the blog: headline, an `作者：` line and the date,
    then the body whose intertitles stand between two blank lines, the gap that also parts
    the posts."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Long Chinese posts: 作者 and date lines, intertitles set off by two blank lines",
    )
    pages: list[tuple[str, Sequence[Item]]] = []
    for ident in ("zh-labs-2023", "zh-canaries", "zh-plan-18", "zh-labs-2022"):
        text = t[ident]
        byline = f"作者：{_author(text)}"
        pages.append((ident, [Title(), byline, _zh_day(text), "", "", Body(around=2)]))
    return lay_out_pages(dump, t, pages, 2)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Korean posts with every short line (an intertitle, a one-sentence paragraph, a list
    item) set off by two blank lines, the gap between posts, and a date line under each
    headline."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Korean posts, short lines set off by two blank lines, 게시 date lines",
    )
    idents = ("ko-canaries", "ko-labs-2023", "ko-v18", "ko-react-dev")
    items = [(ident, f"{_ko_day(t[ident])} 게시") for ident in idents]
    return spaced_articles(dump, t, items, short=60)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Chinese and Korean posts with their intertitles, pasted with two blank lines around
    every intertitle and between posts, the headline over a reading-time line."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "Chinese and Korean posts, two blank lines around intertitles, reading times",
    )
    reading = {"zh": "阅读时间约 {} 分钟", "ko": "읽는 데 {}분"}
    pages: list[tuple[str, Sequence[Item]]] = []
    for ident in ("zh-react-dev", "ko-plan-18", "zh-v18", "ko-labs-2022"):
        text = t[ident]
        minutes = max(1, len("".join(body for _, body in text.blocks)) // 500)
        pages.append((ident, [Title(), reading[text.language].format(minutes), "", Body(around=2)]))
    return lay_out_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Chinese posts closed as Chinese desks close them: the wire end mark `（完）`, a
    `来源：` line, the original author, a translation note in parentheses and a licence
    note."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "Chinese posts closed by （完）, 来源, 原文作者, （本文译自…） and licence notes",
    )
    items = (
        ("zh-labs-2025", "（完）"),
        ("zh-sunset-cra", "来源：React 官方博客"),
        ("zh-conf-2024", f"原文作者：{_author(t['zh-conf-2024'])}"),
        ("zh-upgrade-18", "（本文译自 React 官方博客）"),
        ("zh-server-components", "本文采用 CC BY 4.0 许可协议"),
    )
    return closed(dump, t, items, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Korean posts closed as Korean desks close them: the wire end mark `(끝)`, a `글:`
    line, an `출처:` line, a translation note after ※, and the author after a slash."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Korean posts closed by (끝), 글:, 출처:, ※ translation notes and / author",
    )
    items = (
        ("ko-compiler-rc", "(끝)"),
        ("ko-conf-2025", f"글: {_author(t['ko-conf-2025'])}"),
        ("ko-labs-2024", "출처: React 블로그"),
        ("ko-server-components", "※ 이 글은 React 공식 블로그의 글을 번역한 것입니다."),
        ("ko-upgrade-18", f"/ {_author(t['ko-upgrade-18'])}"),
    )
    return closed(dump, t, items, 2)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Chinese and Korean posts each closed by two lines: the author in parentheses or
    brackets, and a publication or last-edit date in the post's language."""
    dump = Dump(
        "trailers_03",
        "trailers",
        "Chinese and Korean posts closed by （作者：…）/[작성: …] and a date line",
    )
    items: list[tuple[str, Sequence[str]]] = []
    for ident in ("zh-conf-2021", "ko-v18", "zh-labs-2024", "ko-react-dev"):
        text = t[ident]
        if text.language == "zh":
            trailer = (f"（作者：{_author(text)}）", f"发布于 {_zh_day(text)}")
        else:
            trailer = (f"[작성: {_author(text)}]", f"최종 수정: {_dotted(text)}")
        items.append((ident, trailer))
    return closed_by(dump, t, items, 2, body=Body(around=1))


SOURCES_HEAD = """# Ninth fresh held-out half (sealed): sources and licences

Built by `python -m bench.fresh9_dumps` from [texts.txt](texts.txt); this file too. These
dumps were written and committed before the splitter was ever run on them, and the half is
sealed: no ratchet floors, no place in the default quality report or in `make bench`, and
nobody runs the splitter on it until the lead scores it once, at the end of a session
([README.md](../README.md)). It judges the splitter on text and layouts nobody had seen: a
source no earlier half read (the React blog), in two languages no earlier half used
(Simplified Chinese and Korean).

Every headline, body paragraph and intertitle is real published text, copied verbatim from
the Markdown source of the post named below (whitespace aside). Where a post goes on into
code, tables, embedded videos or nested lists, the body is its opening, cut at a paragraph
end; no text is longer than eighteen blocks; a list kept inside a text stands as one
paragraph per item. Everything around them is written by the builder and taken from no
source: mail headers, greetings, footers, section labels, publication and date lines,
counters, breadcrumbs, share lines, "related" lists (titles of other posts in the set),
export headers, cover pages and field lines, front matter, image lines and credits, reading
times, `>` deks (which repeat the lead's first sentence) and trailers; bylines and trailers
name the posts' real authors as their front matter gives them. Wire copy upper-cases the
headline's Latin letters and hard-wraps the Korean paragraphs at spaces.

Licence: the posts are published on zh-hans.react.dev and ko.react.dev and kept in the
public repositories reactjs/zh-hans.react.dev and reactjs/ko.react.dev, whose
LICENSE-DOCS.md is the Creative Commons Attribution 4.0 International Public License
("Attribution 4.0 International ... Creative Commons Attribution 4.0 International Public
License"); © Meta Platforms, Inc. and affiliates, the posts' authors and the translators of
the React documentation into Chinese and Korean. Changes (CC BY asks that they be
indicated): none to the words; Markdown link targets, emphasis and code markers, heading
anchors, HTML tags, images, videos, code blocks, tables and the byline line under each
headline removed, Markdown markers added in the clipper dumps, headlines upper-cased and
lines wrapped in wire copy. The dumps are shared under CC BY 4.0, keeping the sources'
attribution.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH9, SOURCES_HEAD)
"""The ninth fresh half, sealed: React blog posts in Simplified Chinese and Korean."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
