"""Generated dumps for training the splitter's learned models: many varied layouts of the
tuning halves' own real texts, with their gold written as they are laid out.

Each tuning half's builder imitates a handful of tools, so the learned models have seen few
shapes of each kind. This lays the articles of the tuning halves' `texts.txt` (`FROM`: never
heldout, fresh6, fresh7 or a sealed half) out again in the eight shapes, each dump drawing
its texts from one half and its layout from a seeded RNG: blank-line gaps of one to three,
separators or none, headlines as written, in capitals, numbered or dressed as Markdown,
deks, bylines, dates, reading times and counters in any order or absent, intertitles in
several styles, trailers of many forms, summary bullets, export headers, mail headers and
footers, front matter in any order, hard wrapping, indented paragraphs and CRLF line ends.
Everything around the articles is written here; the headlines and paragraphs are the
texts' own. The same seed gives the same dumps, byte for byte.

`generated()` is what `bench/train_splitter.py` and `bench/train_fields.py` add to the
real gold; `python -m bench.synth_dumps [FOLDER]` writes the dumps and their gold files
for reading (they are not committed).
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bench.database_exports import (
    lexis_date,
    nexis_uni_cover,
    nexis_uni_document,
    print_request,
    word_count,
)
from bench.fresh_dumps import REAL, Dump, Text, read_texts
from bench.page_layout import (
    Body,
    Item,
    Title,
    cjk_date,
    lay_out,
    lay_out_spaced,
    lead,
    markdown,
)

FROM = ("tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh8")
"""The halves whose texts are laid out: the tuning halves only."""
SEED = "synth14"
PER_SHAPE = 24
"""Dumps generated per shape."""
SHAPES = (
    "classic",
    "clipper_markdown",
    "email_digest",
    "foreign_web",
    "lexisnexis",
    "long_intertitles",
    "nexis_factiva",
    "trailers",
)


@dataclass(frozen=True, slots=True)
class Words:
    """A language's chrome: the words sites, mails and exports print around articles."""

    months: tuple[str, ...]
    by: str
    updated: str
    published: str
    read_also: str
    share: str
    reading: str
    views: str
    more: str
    greeting: str
    receive: str
    unsubscribe: str
    mail: tuple[str, str, str, str]
    photo: str
    source: str
    home: str
    sections: tuple[str, str, str]


_EN_MONTHS = tuple(datetime(2020, m, 1).strftime("%B") for m in range(1, 13))

WORDS = {
    "en": Words(
        _EN_MONTHS,
        "By",
        "Updated",
        "Published",
        "Read also",
        "Share: Facebook · X · Email",
        "{} min read",
        "{:,} views",
        "Read more:",
        "Hello,",
        "You are receiving this email because you subscribed to our newsletter.",
        "Unsubscribe: {}",
        ("From:", "To:", "Subject:", "Date:"),
        "Photo:",
        "Source:",
        "Home",
        ("WORLD", "POLITICS", "SOCIETY"),
    ),
    "fr": Words(
        tuple(
            "janvier février mars avril mai juin juillet août septembre octobre novembre "
            "décembre".split()
        ),
        "Par",
        "Mis à jour le",
        "Publié le",
        "À lire aussi",
        "Partager : Facebook | X | Courriel",
        "Lecture : {} min",
        "{:,} vues",
        "Lire la suite :",
        "Bonjour,",
        "Vous recevez ce courriel car vous êtes inscrit à notre lettre d'information.",
        "Se désabonner : {}",
        ("De :", "À :", "Objet :", "Date :"),
        "Photo :",
        "Source :",
        "Accueil",
        ("MONDE", "POLITIQUE", "SOCIÉTÉ"),
    ),
    "de": Words(
        tuple(
            "Januar Februar März April Mai Juni Juli August September Oktober November "
            "Dezember".split()
        ),
        "Von",
        "Aktualisiert am",
        "Veröffentlicht am",
        "Mehr zum Thema",
        "Teilen: Facebook | X | E-Mail",
        "Lesezeit: {} Min.",
        "{:,} Aufrufe",
        "Weiterlesen:",
        "Hallo,",
        "Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.",
        "Abmelden: {}",
        ("Von:", "An:", "Betreff:", "Datum:"),
        "Foto:",
        "Quelle:",
        "Startseite",
        ("WELT", "POLITIK", "GESELLSCHAFT"),
    ),
    "it": Words(
        tuple(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
            "novembre dicembre".split()
        ),
        "Di",
        "Aggiornato il",
        "Pubblicato il",
        "Leggi anche",
        "Condividi su Facebook · X · WhatsApp",
        "Tempo di lettura: {} min",
        "{:,} visualizzazioni",
        "Leggi tutto:",
        "Ciao,",
        "Ricevi questa email perché sei iscritto alla nostra newsletter.",
        "Annulla l'iscrizione: {}",
        ("Da:", "A:", "Oggetto:", "Data:"),
        "Foto:",
        "Fonte:",
        "Home",
        ("MONDO", "POLITICA", "SOCIETÀ"),
    ),
    "es": Words(
        tuple(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre".split()
        ),
        "Por",
        "Actualizado el",
        "Publicado el",
        "Te puede interesar",
        "Compartir en Facebook · X · Correo",
        "Lectura: {} min",
        "{:,} lecturas",
        "Leer más:",
        "Hola:",
        "Recibes este correo porque te suscribiste a nuestro boletín.",
        "Darse de baja: {}",
        ("De:", "Para:", "Asunto:", "Fecha:"),
        "Foto:",
        "Fuente:",
        "Inicio",
        ("MUNDO", "POLÍTICA", "SOCIEDAD"),
    ),
    "pt": Words(
        tuple(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
            "dezembro".split()
        ),
        "Por",
        "Atualizado em",
        "Publicado em",
        "Leia também",
        "Compartilhar: Facebook | X | WhatsApp",
        "Tempo de leitura: {} min",
        "{:,} visualizações",
        "Leia mais:",
        "Olá,",
        "Você recebe este e-mail porque se inscreveu no nosso boletim.",
        "Cancelar inscrição: {}",
        ("De:", "Para:", "Assunto:", "Data:"),
        "Foto:",
        "Fonte:",
        "Início",
        ("MUNDO", "POLÍTICA", "SOCIEDADE"),
    ),
    "nl": Words(
        tuple(
            "januari februari maart april mei juni juli augustus september oktober november "
            "december".split()
        ),
        "Door",
        "Bijgewerkt op",
        "Gepubliceerd op",
        "Lees ook",
        "Delen: Facebook | X | E-mail",
        "Leestijd: {} min",
        "{:,} keer gelezen",
        "Lees verder:",
        "Beste lezer,",
        "U ontvangt deze e-mail omdat u zich hebt aangemeld voor onze nieuwsbrief.",
        "Afmelden: {}",
        ("Van:", "Aan:", "Onderwerp:", "Datum:"),
        "Foto:",
        "Bron:",
        "Home",
        ("BUITENLAND", "POLITIEK", "SAMENLEVING"),
    ),
    "pl": Words(
        tuple(
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
            "listopada grudnia".split()
        ),
        "Autor:",
        "Aktualizacja:",
        "Opublikowano:",
        "Czytaj także",
        "Udostępnij: Facebook | X | E-mail",
        "Czas czytania: {} min",
        "{:,} wyświetleń",
        "Czytaj więcej:",
        "Dzień dobry,",
        "Otrzymujesz tę wiadomość, ponieważ zapisałeś się na nasz newsletter.",
        "Wypisz się: {}",
        ("Od:", "Do:", "Temat:", "Data:"),
        "Fot.",
        "Źródło:",
        "Strona główna",
        ("ŚWIAT", "POLITYKA", "SPOŁECZEŃSTWO"),
    ),
    "ru": Words(
        tuple(
            "января февраля марта апреля мая июня июля августа сентября октября ноября "
            "декабря".split()
        ),
        "Автор:",
        "Обновлено",
        "Опубликовано",
        "Читайте также",
        "Поделиться: ВКонтакте · Telegram · E-mail",
        "Время чтения: {} мин",
        "{:,} просмотров",
        "Читать далее:",
        "Здравствуйте!",
        "Вы получили это письмо, потому что подписались на нашу рассылку.",
        "Отписаться: {}",
        ("От:", "Кому:", "Тема:", "Дата:"),
        "Фото:",
        "Источник:",
        "Главная",
        ("МИР", "ПОЛИТИКА", "ОБЩЕСТВО"),
    ),
    "bg": Words(
        tuple(
            "януари февруари март април май юни юли август септември октомври ноември "
            "декември".split()
        ),
        "Автор:",
        "Обновена",
        "Публикувана",
        "Прочетете още",
        "Сподели: Facebook · X · Имейл",
        "Време за четене: {} мин",
        "{:,} прегледа",
        "Прочети още:",
        "Здравейте,",
        "Получавате този имейл, защото сте абонирани за нашия бюлетин.",
        "Отписване: {}",
        ("От:", "До:", "Тема:", "Дата:"),
        "Снимка:",
        "Източник:",
        "Начало",
        ("СВЯТ", "ПОЛИТИКА", "ОБЩЕСТВО"),
    ),
    "uk": Words(
        tuple(
            "січня лютого березня квітня травня червня липня серпня вересня жовтня "
            "листопада грудня".split()
        ),
        "Автор:",
        "Оновлено",
        "Опубліковано",
        "Читайте також",
        "Поділитися: Facebook · Telegram · Viber",
        "{} хв читання",
        "Переглядів: {:,}",
        "Читати далі:",
        "Вітаємо!",
        "Ви отримали цей лист, бо підписалися на нашу розсилку.",
        "Відписатися: {}",
        ("Від:", "Кому:", "Тема:", "Дата:"),
        "Фото:",
        "Джерело:",
        "Головна",
        ("СВІТ", "ПОЛІТИКА", "СУСПІЛЬСТВО"),
    ),
    "ja": Words(
        tuple(f"{m}月" for m in range(1, 13)),
        "文:",
        "更新",
        "公開",
        "関連記事",
        "この記事をシェアする: X / Facebook / LINE",
        "この記事は約{}分で読めます",
        "{:,} ビュー",
        "▼続きを読む",
        "読者の皆さま",
        "このメールは配信登録された方にお送りしています。",
        "配信停止: {}",
        ("差出人:", "宛先:", "件名:", "日付:"),
        "写真:",
        "出典：",
        "ホーム",
        ("国際", "政治", "社会"),
    ),
}

NAMES = (
    "Maria Lopes",
    "Jan de Vries",
    "Anna Kowalska",
    "Pierre Martin",
    "Lena Fischer",
    "Giulia Romano",
    "Carlos Ruiz",
    "Olena Kovalenko",
    "Sam Taylor",
    "Kenji Sato",
)
AGENCIES = ("AFP", "Reuters", "AP", "dpa", "ANSA", "EFE", "Lusa", "ANP", "PAP", "TASS")
RULES = ("-----", "* * *", "=====", "~~~~~", "###", "—" * 12, "· · ·", "_" * 40, "+++")
"""Lines that separate articles or a digest's items."""


def dated(rng: random.Random) -> datetime:
    """A day and time between 2008 and 2025."""
    return datetime(2008, 1, 1, 6) + timedelta(days=rng.randrange(6200), minutes=rng.randrange(780))


def date_line(rng: random.Random, day: datetime, language: str) -> str:
    """A date as a page in `language` may print it: its month's name, figures or ISO."""
    words = WORDS[language]
    if language == "ja":
        return cjk_date(day)
    forms = (
        f"{day.day} {words.months[day.month - 1]} {day.year}",
        f"{day:%d.%m.%Y}",
        f"{day:%Y-%m-%d %H:%M}",
        f"{day:%d/%m/%Y} {day:%H:%M}",
    )
    if language == "en":
        forms += (f"{day:%B} {day.day}, {day.year}",)
    return rng.choice(forms)


def words_of(text: Text) -> Words:
    """The chrome of the text's language (English for one without its own)."""
    return WORDS.get(text.language, WORDS["en"])


def dek(text: Text) -> str | None:
    """The lead's first sentence, which pages and clippers repeat as a dek, if the lead has
    more than one."""
    first = text.blocks[0][1]
    head, stop, rest = first.partition(". ")
    return head + "." if stop and rest and len(head) > 30 else None


def chrome_lines(rng: random.Random, text: Text, number: int) -> list[str]:
    """A page's lines under a headline, some of: a byline, a date, an update, a reading time
    and a counter, in any order."""
    words, day = words_of(text), dated(rng)
    lines = [
        f"{words.by} {rng.choice(NAMES)}",
        f"{words.published} {date_line(rng, day, text.language)}",
        f"{words.updated} {date_line(rng, day + timedelta(hours=5), text.language)}",
        words.reading.format(1 + len(str(text.blocks)) // 1500),
        words.views.format(300 + number * 977 + rng.randrange(5000)),
    ]
    kept = [line for line in lines if rng.random() < 0.5]
    rng.shuffle(kept)
    if rng.random() < 0.3 and len(kept) > 1:
        return [" · ".join(kept)]
    return kept


def styled(text: Text, style: str) -> Text:
    """The text with its intertitles as a page sets them (`upper`: in capitals)."""
    if style != "upper":
        return text
    blocks = tuple((k, b.upper() if k == "subhead" else b) for k, b in text.blocks)
    return dataclasses.replace(text, blocks=blocks)


def rendering(style: str) -> Callable[[str, str], str]:
    """How a body's intertitles are written: plain, Markdown `##`, bold, or in capitals."""
    if style == "markdown":
        return markdown
    if style == "bold":
        return lambda kind, line: f"**{line}**" if kind == "subhead" else line
    return lambda kind, line: line


def body(rng: random.Random, wrap: bool = True, indent: bool = True) -> Body:
    """A body's layout: one or two blank lines between paragraphs, sometimes hard-wrapped."""
    between = rng.choice((1, 1, 1, 2))
    width = rng.choice((62, 68, 72, 76)) if wrap and rng.random() < 0.25 else None
    render = rendering(rng.choice(("plain", "plain", "markdown", "bold")))
    if indent and rng.random() < 0.15:
        render = indented(render, rng.choice(("  ", "    ", "\t")))
    return Body(
        between=between, around=max(between, rng.choice((1, 2, 2))), wrap=width, render=render
    )


def indented(render: Callable[[str, str], str], pad: str) -> Callable[[str, str], str]:
    """A rendering whose lines are indented by `pad`, as wire copy and some pastes set them."""
    return lambda kind, line: pad + render(kind, line)


def headline(rng: random.Random) -> Title:
    """A headline as written, or in capitals."""
    return Title(upper=rng.random() < 0.2)


def between_articles(dump: Dump, rng: random.Random, number: int, rule: str | None) -> None:
    """The gap (one to three blank lines) and maybe a rule between two articles."""
    if not number:
        return
    if rule is None:
        dump.gap(rng.choice((1, 2, 2, 3)) if dump.shape == "classic" else rng.choice((2, 2, 3)))
        return
    dump.gap(rng.choice((1, 1, 2)))
    dump.separator(rule)
    dump.gap(rng.choice((1, 1, 2)))


def classic(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """Plain copies in a row: headline, maybe a date or byline, the body."""
    rule = rng.choice(RULES) if rng.random() < 0.4 else None
    for number, text in enumerate(texts):
        between_articles(dump, rng, number, rule)
        items: list[Item] = [headline(rng)]
        if rng.random() < 0.4:
            items += chrome_lines(rng, text, number)[:1]
        items += ["", body(rng)]
        lay_out(dump, text, items)


def trailers(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """Articles closed by their trailer lines: sign-offs, agency credits, reporting and
    source lines, creation dates, an author in capitals or italics."""
    rule = rng.choice(RULES) if rng.random() < 0.25 else None
    for number, text in enumerate(texts):
        between_articles(dump, rng, number, rule)
        items: list[Item] = [headline(rng), "", body(rng)]
        if rng.random() < 0.8:
            items.append("")
        items += trailer(rng, text)
        lay_out(dump, text, items)


def trailer(rng: random.Random, text: Text) -> list[str]:
    """One or two closing lines of one of many forms."""
    name, other, agency = rng.choice(NAMES), rng.choice(NAMES), rng.choice(AGENCIES)
    words = words_of(text)
    forms = (
        f"(Reporting by {name}; Editing by {other})",
        f"({agency})",
        f"— {name}",
        f"{name}/{agency}",
        name.upper(),
        f"*{name}*",
        f"_{name}_",
        f"{words.source} {agency}",
        f"© {agency} {dated(rng).year}",
        f"{words.by} {name}",
        "-30-",
        "###",
        "(END)",
        f"Translated by {name}",
        f"This article was first published under a CC BY 3.0 licence by {agency}.",
        f"[{agency}/{name[:3].lower()}]",
        f"Created: {date_line(rng, dated(rng), text.language)}",
    )
    return rng.sample(forms, rng.choice((1, 1, 2)))


def foreign_web(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """Web pages pasted in a row: a breadcrumb or a section label, the headline, a dek,
    chrome lines, captions, the body, a share bar, a "read also" list and tags."""
    for number, text in enumerate(texts):
        words = words_of(text)
        between_articles(dump, rng, number, None)
        items: list[Item] = []
        if rng.random() < 0.5:
            crumb = rng.choice((" › ", " > ", " / "))
            items.append(crumb.join((words.home, *rng.sample(words.sections, 2))).title())
        elif rng.random() < 0.5:
            items.append(rng.choice(words.sections))
        items.append(headline(rng))
        summary = dek(text)
        if summary and rng.random() < 0.4:
            items.append(rng.choice((summary, f"*{summary}*")))
        items += chrome_lines(rng, text, number)
        items.append("")
        if text.captions and rng.random() < 0.7:
            items += [text.captions[0], f"{words.photo} {rng.choice(NAMES)}", ""]
        items.append(body(rng, wrap=False))
        if rng.random() < 0.6:
            items += ["", words.share]
        others = [t.title for t in texts if t is not text]
        if others and rng.random() < 0.6:
            items += [
                "",
                words.read_also,
                *rng.sample(others, min(len(others), rng.choice((1, 2)))),
            ]
        lay_out(dump, text, items)


def clipper_markdown(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """Clipper notes: YAML front matter with its keys in any order and quoting, a `# H1` or
    none, a dek as a `>` quote or an italic line, an image with its credit, `##` intertitles."""
    h1 = rng.random() < 0.6
    for number, text in enumerate(texts):
        if number:
            dump.gap(rng.choice((1, 1, 2)))
        quote = "{}" if set("\"'") & set(text.title) else rng.choice(('"{}"', "'{}'", "{}"))
        title = quote.format(text.title)
        day = dated(rng)
        fields: list[str] = [
            f"{rng.choice(('url', 'source', 'link'))}: {text.url}",
            f"site: {rng.choice(('Global Voices', 'Wikinews', 'news.example.org'))}",
            f"{rng.choice(('saved', 'created', 'date'))}: {day:%Y-%m-%d}",
            f"author: {rng.choice(NAMES)}",
        ]
        if rng.random() < 0.5:
            fields += ["tags:", "  - news", f"  - {text.language}"]
        else:
            fields.append(f"tags: [news, {text.language}]")
        fields = [f for f in fields if rng.random() < 0.8 or f.startswith(("url", "tags:"))]
        position = rng.randrange(len(fields) + 1)
        head: list[Item] = ["---", *fields[:position]]
        if h1:
            head += [f"title: {title}", *fields[position:], "---", "", Title("# {}"), ""]
        else:
            head += [Title(f"title: {quote}"), *fields[position:], "---", ""]
        summary = dek(text)
        if summary and rng.random() < 0.4:
            head += [rng.choice((f"> {summary}", f"*{summary}*")), ""]
        if rng.random() < 0.3:
            head += [f"![]({text.url.rstrip('/')}/image.jpg)", f"*{words_of(text).photo} …*", ""]
        lay_out(dump, text, [*head, Body(around=1, render=markdown)])


def long_intertitles(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """Long articles whose intertitles (or every short line) are set off by two blank lines,
    the gap between the articles, under a headline with one chrome line or none."""
    spaced = rng.random() < 0.4
    style = rng.choice(("plain", "plain", "upper", "bold"))
    for number, text in enumerate(texts):
        if number:
            dump.gap(2)
        text = styled(text, style)
        if spaced:
            index = dump.start(text)
            dump.title(index, text.title)
            for line in chrome_lines(rng, text, number)[:1]:
                dump.meta(index, line)
            dump.gap(2)
            lay_out_spaced(dump, index, text, rng.choice((50, 60, 70)))
            continue
        items: list[Item] = [headline(rng), *chrome_lines(rng, text, number)[:2], ""]
        if rng.random() < 0.5:
            items.append("")
        items.append(Body(around=2, render=rendering(style)))
        lay_out(dump, text, items)


def email_digest(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """A newsletter: its mail header and greeting, items of a label, a headline (numbered,
    as a bullet or plain), a publication line, the lead and a read-more link, rules between
    them, and the footer."""
    first = words_of(texts[0])
    day = dated(rng)
    header = [
        f"{first.mail[0]} News Digest <digest@news.example.org>",
        f"{first.mail[1]} reader@example.com",
        f"{first.mail[2]} {rng.choice(first.sections).title()} — {day:%d.%m.%Y}",
        f"{first.mail[3]} {date_line(rng, day, texts[0].language)}",
    ]
    rng.shuffle(header)
    dump.matter(*header, "")
    if rng.random() < 0.7:
        dump.matter(first.greeting, "")
    rule = rng.choice(RULES) if rng.random() < 0.6 else None
    mark = rng.choice(("plain", "number", "bullet"))
    for number, text in enumerate(texts, 1):
        words = words_of(text)
        dump.gap(rng.choice((1, 2, 2, 3)))
        dress = {"plain": "{}", "number": f"{number}. {{}}", "bullet": rng.choice(("• {}", "■ {}"))}
        items: list[Item] = []
        if rng.random() < 0.5:
            items.append(rng.choice(words.sections))
        items.append(Title(dress[mark]))
        if rng.random() < 0.3:
            publication = rng.choice(("Global Voices", "Wikinews", "The Daily Example"))
            items.append(f"{publication}, {date_line(rng, day, text.language)}")
        items += ["", Body()]
        if rng.random() < 0.8:
            items += ["", f"{words.more} {text.url}"]
        lay_out(dump, lead(text, rng.choice((1, 2, 3))), items)
        if rule is not None:
            dump.gap()
            dump.separator(rule)
    dump.gap(rng.choice((1, 2)))
    footer = [first.receive, first.unsubscribe.format("https://news.example.org/u?id=3f2a")]
    if rng.random() < 0.5:
        footer.append(f"© {day.year} News Digest")
    dump.matter(*footer)


def lexisnexis(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """A LexisNexis export: maybe a request header, each document's mark, publication and
    date over the headline, field lines in any order, the body, trailing fields."""
    if rng.random() < 0.6:
        print_request(
            dump, "Time of Request: Friday, December 4, 2026  12:30:00 EST", "Send To: NEWS DESK"
        )
        dump.gap(2)
    caps = rng.random() < 0.5
    for number, text in enumerate(texts, 1):
        day = dated(rng)
        if number > 1:
            dump.gap(rng.choice((2, 3)))
        mark = (
            f"{number} of {len(texts)} DOCUMENTS" if caps else f"Document {number} of {len(texts)}"
        )
        pad = " " * rng.choice((0, 22, 30))
        fields = [
            f"BYLINE: {rng.choice(NAMES)}",
            f"SECTION: {rng.choice(words_of(text).sections)}",
            f"LENGTH: {word_count(text)} words",
            f"DATELINE: {rng.choice(('BERLIN', 'PARIS', 'ROME', 'LONDON'))}",
        ]
        fields = rng.sample(fields, rng.randrange(1, len(fields) + 1))
        tail = [
            f"LANGUAGE: {text.language.upper()}",
            f"LOAD-DATE: {lexis_date(day).rsplit(' ', 1)[0]}",
        ]
        if rng.random() < 0.4:
            tail.insert(0, "PUBLICATION-TYPE: Newspaper")
        header = [
            f"{pad}{mark}",
            f"{pad}{rng.choice(('The Daily Example', 'Global Voices', 'Wikinews'))}",
            f"{pad}{lexis_date(day)}",
        ]
        items: list[Item] = []
        for line in header:
            items += [line, ""]
        items += [headline(rng), ""]
        for line in fields:
            items += [line, ""]
        items += ["", Body(wrap=rng.choice((None, 72))), "", ""]
        for line in tail:
            items += [line, ""]
        lay_out(dump, text, items[:-1])


def nexis_factiva(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    """A Nexis Uni delivery (a cover, each document with `Body` and `End of Document`) or a
    Factiva display (field lines over the body, the document id under it)."""
    if rng.random() < 0.5:
        _nexis_uni(rng, texts, dump)
        return
    for number, text in enumerate(texts):
        day = dated(rng)
        between_articles(dump, rng, number, None)
        fields = [
            rng.choice(NAMES),
            f"{word_count(text)} words",
            f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}",
            rng.choice(("The Daily Example", "Global Voices", "Wikinews")),
            rng.choice(("DAILEX", "GLOVOI", "WIKNWS")),
            WORDS_LANGUAGE.get(text.language, "English"),
            f"Copyright {day.year} Example News",
        ]
        fields = [line for line in fields if rng.random() < 0.85]
        items: list[Item] = [headline(rng), *fields, "", Body(), ""]
        items.append(
            f"Document {rng.choice(('DAILEX', 'GLOVOI'))}00{day:%Y%m%d}e{number}a000{number}"
        )
        lay_out(dump, text, items)


WORDS_LANGUAGE = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "es": "Spanish",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "ru": "Russian",
    "bg": "Bulgarian",
    "uk": "Ukrainian",
    "ja": "Japanese",
}


def _nexis_uni(rng: random.Random, texts: Sequence[Text], dump: Dump) -> None:
    t = {text.id: text for text in texts}
    if rng.random() < 0.7:
        job = ["User Name: =library", "Date and Time: Friday, December 4, 2026 5:40:00 PM CET"]
        nexis_uni_cover(
            dump, t, list(t), [*job, "Job Number: 271804993", ""], ["", "Search Terms: news"]
        )
    for number, text in enumerate(texts):
        day = dated(rng)
        if number or dump.lines:
            dump.gap(rng.choice((2, 3)))
        fields = [
            f"Length: {word_count(text)} words",
            f"Byline: {rng.choice(NAMES)}",
            f"Section: {rng.choice(words_of(text).sections)}",
        ]
        fields = rng.sample(fields, rng.randrange(1, len(fields) + 1))
        head = [
            rng.choice(("The Daily Example", "Global Voices")),
            lexis_date(day),
            f"Copyright {day.year} Example News",
        ]
        lay_out(dump, text, nexis_uni_document(head, fields, lexis_date(day).rsplit(" ", 1)[0]))


LAYOUTS: dict[str, Callable[[random.Random, Sequence[Text], Dump], None]] = {
    "classic": classic,
    "clipper_markdown": clipper_markdown,
    "email_digest": email_digest,
    "foreign_web": foreign_web,
    "lexisnexis": lexisnexis,
    "long_intertitles": long_intertitles,
    "nexis_factiva": nexis_factiva,
    "trailers": trailers,
}


@dataclass(frozen=True, slots=True)
class Generated:
    """One generated dump: its text as written (CRLF or not), its gold and the half whose
    texts it lays out (a model judged on that half is trained without it)."""

    name: str
    half: str
    text: str
    gold: dict[str, object]


def texts_by_half() -> dict[str, list[Text]]:
    """The tuning halves' texts, each half's in file order."""
    return {half: list(read_texts(REAL / half / "texts.txt").values()) for half in FROM}


def generate(shape: str, number: int, texts: dict[str, list[Text]]) -> Generated:
    """The `number`th dump of `shape`: its half, texts and layout drawn from its own RNG."""
    rng = random.Random(f"{SEED}:{shape}:{number}")
    half = rng.choice(FROM)
    pool = texts[half]
    if shape == "long_intertitles":
        pool = sorted(pool, key=lambda t: -len(t.blocks))[: max(6, len(pool) // 3)]
    chosen = rng.sample(pool, min(len(pool), rng.choice((2, 3, 4, 5))))
    name = f"{shape}_{number:03d}"
    suffix = ".md" if shape == "clipper_markdown" else ".txt"
    dump = Dump(name, shape, f"generated from {half}", suffix=suffix)
    LAYOUTS[shape](rng, chosen, dump)
    text = dump.text()
    if rng.random() < 0.15:
        text = text.replace("\n", "\r\n")
    return Generated(name, half, text, dump.gold())


def generated(per_shape: int = PER_SHAPE) -> list[Generated]:
    """Every generated dump, shape by shape."""
    texts = texts_by_half()
    return [generate(shape, n, texts) for shape in SHAPES for n in range(per_shape)]


def main(argv: Sequence[str] = ()) -> int:
    """Writes the generated dumps and gold files into FOLDER (for reading them)."""
    target = Path(argv[0]) if argv else Path("synth")
    target.mkdir(parents=True, exist_ok=True)
    for dump in generated():
        source = str(dump.gold["source_file"])
        (target / source).write_bytes(dump.text.encode("utf-8"))
        gold = json.dumps(dump.gold, ensure_ascii=False, indent=1) + "\n"
        (target / f"{dump.name}.gold.json").write_text(gold, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
