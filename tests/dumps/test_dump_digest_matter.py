"""An email digest's own matter in any language, told by where it stands and how it looks:
the header, the "view in browser" note and the greeting above the first headline are front
matter, the footer under the last article (why you receive it, the sender's address, the
preferences and unsubscribe links) is back matter. Headlines set as bullets or numbered
items each open an article, and a read-more link under a teaser, in any language, is the
article's URL."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_dump, split_text
from reader.dumps.start_model import StartModel, using
from tests.dumps.test_dump_newsletter_layouts import _ONE, _TWO

_MAILS = {
    "it": (
        "Da: Voci dal mondo <newsletter@voci.example.it>\nData: 29 agosto 2010 08:00\n"
        "Oggetto: La settimana\n\n"
        "Visualizza questa email nel tuo browser (https://mailchi.mp/example/35)\n\n"
        "Ciao,\necco i due articoli più letti della settimana.\n\n",
        "Copyright © 2010 Voci dal mondo, Tutti i diritti riservati.\n"
        "Ricevi questa email perché ti sei iscritto alla nostra newsletter.\n\n"
        "Il nostro indirizzo:\nVoci dal mondo\nVia Roma 1\nBologna 40100\nItaly\n\n"
        "Vuoi cambiare il modo in cui ricevi queste email?\n"
        "Puoi aggiornare le tue preferenze (https://x.list-manage.com/profile) o "
        "cancellarti da questa lista (https://x.list-manage.com/unsubscribe).\n",
    ),
    "de": (
        "Von: Stimmen der Welt <newsletter@stimmen.example.de>\nBetreff: Die Woche\n\n"
        "Diese E-Mail im Webbrowser öffnen (https://mailchi.mp/example/36)\n\n"
        "Hallo,\nhier sind die zwei meistgelesenen Artikel der Woche.\n\n",
        "Copyright © 2010 Stimmen der Welt, alle Rechte vorbehalten.\n"
        "Du bekommst diese E-Mail, weil du unseren Newsletter abonniert hast.\n\n"
        "Unsere Adresse:\nStimmen der Welt\nHauptstraße 5\n10115 Berlin\n\n"
        "Möchtest du ändern, wie du diese E-Mails bekommst?\n"
        "Du kannst deine Einstellungen ändern (https://x.list-manage.com/profile) oder "
        "dich von dieser Liste austragen (https://x.list-manage.com/unsubscribe).\n",
    ),
    "fr": (
        "De : Voix du monde <lettre@voix.example.fr>\nObjet : La semaine\n\n"
        "Afficher ce courriel dans votre navigateur (https://mailchi.mp/example/37)\n\n"
        "Bonjour,\nvoici les deux articles les plus lus de la semaine.\n\n",
        "Copyright © 2010 Voix du monde, tous droits réservés.\n"
        "Vous avez reçu ce courriel parce que vous êtes inscrit à notre lettre.\n\n"
        "Notre adresse :\nVoix du monde\n12 rue de la Paix\n75002 Paris\n\n"
        "Vous voulez changer la façon dont vous recevez nos courriels ?\n"
        "Vous pouvez modifier vos préférences (https://x.list-manage.com/profile) ou "
        "vous retirer de cette liste (https://x.list-manage.com/unsubscribe).\n",
    ),
    "es": (
        "De: Voces del mundo <boletin@voces.example.es>\nAsunto: La semana\n\n"
        "Ver este correo en tu navegador (https://mailchi.mp/example/38)\n\n"
        "Hola,\naquí están los dos artículos más leídos de la semana.\n\n",
        "Copyright © 2010 Voces del mundo, todos los derechos reservados.\n"
        "Recibiste este correo porque te suscribiste a nuestro boletín.\n\n"
        "Nuestra dirección:\nVoces del mundo\nCalle Mayor 3\n28013 Madrid\n\n"
        "¿Quieres cambiar cómo recibes estos correos?\n"
        "Puedes actualizar tus preferencias (https://x.list-manage.com/profile) o "
        "salir de esta lista (https://x.list-manage.com/unsubscribe).\n",
    ),
    "pt": (
        "De: Vozes do mundo <boletim@vozes.example.pt>\nAssunto: A semana\n\n"
        "Ver este e-mail no seu navegador (https://mailchi.mp/example/39)\n\n"
        "Olá,\naqui estão os dois artigos mais lidos da semana.\n\n",
        "Copyright © 2010 Vozes do mundo, todos os direitos reservados.\n"
        "Você está recebendo este e-mail porque se inscreveu no nosso boletim.\n\n"
        "Nosso endereço:\nVozes do mundo\nRua Augusta 10\n1100-053 Lisboa\n\n"
        "Quer mudar a forma como recebe estes e-mails?\n"
        "Você pode atualizar suas preferências (https://x.list-manage.com/profile) ou "
        "sair desta lista (https://x.list-manage.com/unsubscribe).\n",
    ),
}
_RULE, _DOUBLE = "-" * 60, "=" * 60


def _mailchimp(head: str, foot: str) -> str:
    items = (
        f"** Eine Arbeitsplatzbörse für Geflüchtete\n{_RULE}\n{_ONE}\n\n"
        "Read more (https://de.globalvoices.org/workeer)\n\n"
        f"** Presidente de Moçambique conversa com internautas\n{_RULE}\n{_TWO}\n\n"
    )
    return f"{head}{items}{_DOUBLE}\n\n{foot}"


@pytest.mark.parametrize("language", sorted(_MAILS))
def test_a_digests_header_and_footer_are_its_matter_in_any_language(language: str) -> None:
    head, foot = _MAILS[language]
    dump = split_dump(_mailchimp(head, foot), "")
    first, second = dump.articles
    assert first.title == "Eine Arbeitsplatzbörse für Geflüchtete"
    assert (first.body, second.body) == (_ONE, _TWO)
    front, back = "\n".join(dump.front_matter), "\n".join(dump.back_matter)
    for line in head.strip().splitlines():
        assert line.strip() in front, line
    for line in foot.strip().splitlines():
        assert line.strip() in back, line


@pytest.mark.parametrize("language", sorted(_MAILS))
def test_no_learned_start_overturns_the_rules_under_a_footer_s_words(language: str) -> None:
    """Under a footer's words in the article so far (why you receive the mail, how to stop
    it) the learned start model starts no article the rules do not start: one that starts
    every line it scores leaves the footer whole in the mail's back matter, its address and
    its question to the reader ("Möchtest du ändern, wie du diese E-Mails bekommst?", which
    a refit scored over its threshold) with it."""
    head, foot = _MAILS[language]
    with using(StartModel({}, 100.0, 0.0)):
        dump = split_dump(_mailchimp(head, foot), "")
    assert [article.title for article in dump.articles] == [
        "Eine Arbeitsplatzbörse für Geflüchtete",
        "Presidente de Moçambique conversa com internautas",
    ]
    back = "\n".join(dump.back_matter)
    for line in foot.strip().splitlines():
        assert line.strip() in back, line


_BULLETS = {
    "bullets": ("• ", "• "),
    "dashes": ("- ", "- "),
    "numbers": ("1. ", "2. "),
    "squares": ("■ ", "■ "),
}


@pytest.mark.parametrize("marks", sorted(_BULLETS))
def test_headlines_set_as_bullets_each_open_an_article(marks: str) -> None:
    first_mark, second_mark = _BULLETS[marks]
    text = (
        "From: Voices Digest <digest@voices.example>\nSubject: Issue 212\n\n"
        "Hello,\nhere are this week's stories.\n\n"
        f"{first_mark}Eine Arbeitsplatzbörse für Geflüchtete\n{_ONE}\n"
        "Read more: https://de.globalvoices.org/workeer\n\n"
        f"{second_mark}Presidente de Moçambique conversa com internautas\n{_TWO}\n"
        "Read more: https://pt.globalvoices.org/mocambique\n"
    )
    first, second = split_text(text)
    assert first.title == "Eine Arbeitsplatzbörse für Geflüchtete"
    assert second.title == "Presidente de Moçambique conversa com internautas"
    assert (first.body, second.body) == (_ONE, _TWO)
    assert second.meta["url"] == "https://pt.globalvoices.org/mocambique"


@pytest.mark.parametrize(
    "label", ["Czytaj więcej:", "Číst dále:", "Devamını oku:", "Lue lisää:", "Läs mer →"]
)
def test_a_read_more_link_in_any_language_is_the_articles_url(label: str) -> None:
    link = "https://example.org/a/1"
    text = f"Eine Arbeitsplatzbörse für Geflüchtete\n\n{_ONE}\n\n{_TWO}\n{label} {link}\n"
    (article,) = split_text(text)
    assert article.body == f"{_ONE}\n\n{_TWO}"
    assert article.meta["url"] == link


def test_a_closing_list_of_headlines_that_ask_or_exclaim_is_no_body() -> None:
    text = (
        f"Eine Arbeitsplatzbörse für Geflüchtete\n\n{_ONE}\n\n"
        "Czytaj także:\nTunezja: Czytelnicy książek wychodzą na ulice!\n"
        "Знаете ли вы, что такое экологичная мода?\n"
    )
    (article,) = split_text(text)
    assert article.body == _ONE
    assert "Czytelnicy książek" in article.meta["chrome"]


def test_a_mails_unlabelled_head_and_what_follows_its_last_link_are_its_matter() -> None:
    text = (
        "From: Voces <boletin@voces.example.es>\nSubject: La semana\n\n"
        f"Eine Arbeitsplatzbörse für Geflüchtete\n\n{_ONE}\n\n"
        "Read more: https://de.globalvoices.org/workeer\n\n"
        "¡Gracias por leer Voces! Suscríbete gratis para recibir nuevas entradas.\n\n"
        "© 2023 Voces\nDarse de baja https://voces.example.es/baja\n"
    )
    dump = split_dump(text)
    (article,) = dump.articles
    assert article.body == _ONE
    assert dump.back_matter[0].startswith("¡Gracias por leer Voces!")
    unlabelled = (  # fresh43's gazette: its subject, the list's address and a greeting
        "[voces] La semana n°1\nLista voces@lista.example.es\n\nHola a todas y todos,\n\n"
        f"{'~' * 40}\n\nEine Arbeitsplatzbörse für Geflüchtete\n\n{_ONE}\n"
    )
    headed = split_dump(unlabelled)
    assert [article.title for article in headed.articles] == [article.title]
    assert "Hola a todas y todos," in headed.front_matter


_DATED = {
    "it": ("opensource.guide – 16 maggio 2024", "Continua a leggere: https://example.it/{}"),
    "de": ("opensource.guide, 9. März 2018", "Weiterlesen: https://example.de/{}"),
}


@pytest.mark.parametrize("language", sorted(_DATED))
def test_numbered_headlines_over_their_source_and_date_each_open_an_article(
    language: str,
) -> None:
    """A digest parts its items by a rule and sets under each numbered headline where and
    when it was published, its teaser a paragraph of its own and the link under that."""
    dateline, link = _DATED[language]
    text = (
        "From: Voices Digest <digest@voices.example>\nSubject: Issue 212\n\n"
        "Hello,\nhere are this week's stories.\n\n· · ·\n\n"
        f"1) Eine Arbeitsplatzbörse für Geflüchtete\n{dateline}\n\n{_ONE}\n\n"
        f"{link.format(1)}\n\n· · ·\n\n"
        f"2) Presidente de Moçambique conversa com internautas\n{dateline}\n\n{_TWO}\n\n"
        f"{link.format(2)}\n"
    )
    first, second = split_text(text)
    assert first.title == "Eine Arbeitsplatzbörse für Geflüchtete"
    assert second.title == "Presidente de Moçambique conversa com internautas"
    assert (first.body, second.body) == (_ONE, _TWO)


@pytest.mark.parametrize("language", sorted(_DATED))
def test_an_articles_numbered_list_of_dated_items_stays_in_it(language: str) -> None:
    """The near miss: an article lists dated items with a paragraph and a link each, as
    close as its paragraphs: its own list, no digest's items."""
    dateline, link = _DATED[language]
    items = "".join(
        f"{n}) Eine Arbeitsplatzbörse für Geflüchtete\n{dateline}\n\n{body}\n\n{link.format(n)}\n\n"
        for n, body in ((1, _ONE), (2, _TWO))
    )
    (article,) = split_text(f"Was die Woche brachte\n\n{_ONE}\n\n{items}")
    assert article.title == "Was die Woche brachte"
    assert _TWO in article.body
