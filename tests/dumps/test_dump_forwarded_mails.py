"""Mails forwarded in one mail: each is an article under its own header.

fresh38 and fresh40 (session 31, split31, issue 13): a mail forwards others, each under its
mail client's mark ("---------- Forwarded message ---------", "-------- Пересылаемое
сообщение --------") over its own header, its text quoted under `> ` or not. The splitter
took the first forwarded header into the dump's front matter (or made the mark the title)
and welded the rest into one article; a Russian or Polish header ("Тема:", "Temat:") was text.
What tells, in any mail client's language:

- Two marks or more among the dump's first lines make each forwarded mail an article: the
  front matter (the outer mail's header and greeting) ends at the first mark, and each mark
  over header lines opens an article (`credits.is_forward_mark`); the mark and the header
  are the article's meta, its subject the title, however the client labels it.
- A forwarded mail's quoted paragraphs are its text, not a dek; a quoted paragraph wrapped
  over several lines is rejoined without the `>` of its next lines.
- The line a mail or phone app sets under what it sends ("Sent from my iPhone", "Отправлено
  из мобильной Почты Mail.ru") closes the text, under its last paragraph (fresh40 and
  fresh41's phone closings kept in the body).

Near miss that must not change: one forwarded newsletter under its mark stays the dump's
front matter over the newsletter's items (the mark is a mail's first line, as before).
"""

from __future__ import annotations

from reader.dumps.load import split_dump, split_text

RUSSIAN = """-------- Пересылаемое сообщение --------
От: Вики <wiki@example.org>
Дата: Sun, 30 Sep 2018 09:15:00 +0100
Тема: Блокчейн

Блокчейн является распределённой базой данных, которая непрерывно
разрастается за счёт добавления в неё новых транзакций.


-------- Пересылаемое сообщение --------
От: Вики <wiki@example.org>
Дата: Sun, 30 Sep 2018 09:16:00 +0100
Тема: Сдача

Сдача возвращается на ваш счёт как часть транзакции, которую вы отправили.
"""

ENGLISH = """From: Kasia Nowak <kasia@example.org>
Subject: Fwd: news we need to act on

Hi all, the two items below touch our build hosts.

---------- Forwarded message ---------
From: Marek Szuba
Date: 2021-06-28
Subject: USE flag pax_kernel to be renamed

> On 2021-07-01 the USE flag pax_kernel will be renamed to pax-kernel in
> order to remove the disallowed underscore character from every profile
> we ship. If you use a kernel with that flag, update your configuration
> accordingly; failure to do so might result in affected packages no
> longer functioning on your system, and the old name will be dropped.

---------- Forwarded message ---------
From: Georgy Yakovlev
Date: 2021-07-15
Subject: systemd-tmpfiles replaces opentmpfiles

> A tmpfiles implementation provides a generic mechanism to define the
> creation of regular files, directories and pipes, and of their removal
> over time.
"""


def test_each_forwarded_mail_in_russian_is_an_article_titled_by_its_subject() -> None:
    first, second = split_text(RUSSIAN)
    assert (first.title, second.title) == ("Блокчейн", "Сдача")
    assert first.body.startswith("Блокчейн является") and first.body.endswith("транзакций.")
    assert second.body.startswith("Сдача возвращается")


def test_forwarded_mails_under_a_greeting_are_articles_with_their_quoted_text() -> None:
    dump = split_dump(ENGLISH, "gen")
    titles = [article.title for article in dump.articles]
    assert titles == ["USE flag pax_kernel to be renamed", "systemd-tmpfiles replaces opentmpfiles"]
    assert "Hi all, the two items below touch our build hosts." in dump.front_matter
    body = dump.articles[0].body
    assert "renamed to pax-kernel in order to remove" in body and "\n" not in body
    assert dump.articles[1].body.endswith("and of their removal over time.")


def test_a_mail_apps_closing_line_is_no_part_of_the_text() -> None:
    text = (
        "Локально уникальный хост\n\n"
        "В настоящее время доменом верхнего уровня для I2P является .i2p, и Kovri в\n"
        "перспективе будет обрабатывать только домен верхнего уровня .i2p.\n\n"
        "Отправлено из мобильной Почты Mail.ru\n"
    )
    (article,) = split_text(text)
    assert article.body.endswith("домен верхнего уровня .i2p.")
