"""A footer's words in an article's own sentences: the last article of a dump keeps its
text. A newsletter footer is found by its words ("unsubscribe", "abmelden") near the end of
the last article; the same words in news copy ("customers … unsubscribe", "ein Auto
abmelden") made the rest of that article the dump's back matter."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_dump

FIRST = (
    "Council passes the budget\n\n"
    "The city council passed the budget on Tuesday after a debate that ran into the night.\n\n"
    "The opposition voted against it.\n\n\n"
)

NEWS = {
    "en": (
        "Streaming prices rise again",
        "Netflix said on Wednesday it would raise its prices in Britain from next month.",
        "Analysts expect many customers to unsubscribe from at least one service this year.",
    ),
    "de-abmelden": (
        "Neue Regeln für Altautos",
        "Berlin - Ab Januar gelten neue Regeln für stillgelegte Fahrzeuge in ganz Deutschland.",
        "Wer sein Auto abmelden will, kann das künftig online tun.",
    ),
    "de-austragen": (
        "Streit um die neue Brücke",
        "Köln - Im Stadtrat ist erneut ein Streit über die Finanzierung der Brücke entbrannt.",
        "Den Konflikt wollen beide Seiten nun vor Gericht austragen.",
    ),
    "pl": (
        "Netflix podnosi ceny w Polsce",
        "Warszawa - Serwis Netflix poinformował w środę o podwyżce cen od przyszłego miesiąca.",
        "Najtańsza subskrypcja będzie kosztować 33 złote miesięcznie.",
    ),
    "tr": (
        "Dijital platformlara yeni düzenleme",
        "Ankara - Dijital platformlar için yeni bir düzenleme meclisten geçti.",
        "Kullanıcılar artık abonelikten tek tıkla çıkabilecek.",
    ),
    "cs": (
        "Řidiči musí odhlásit auta",
        "Praha - Od ledna musí majitelé nepojízdných aut odhlásit vozidla z registru.",
        "Kdo vozidlo neodhlásí včas, zaplatí pokutu.",
    ),
}
MORE = ("The decision is expected in the autumn.", "Both sides declined to comment.")


@pytest.mark.parametrize("case", sorted(NEWS))
def test_a_footer_word_in_the_last_articles_text_keeps_the_rest_in_its_body(case: str) -> None:
    title, lead, worded = NEWS[case]
    dump = split_dump(FIRST + "\n\n".join([title, lead, worded, *MORE]) + "\n")
    last = dump.articles[-1]
    assert last.title == title and not dump.back_matter
    assert all(paragraph in last.body for paragraph in (lead, worded, *MORE))


@pytest.mark.parametrize("case", ["cs", "de-austragen", "pl", "tr"])
def test_a_footer_word_in_the_last_paragraph_of_a_dump_is_body(case: str) -> None:
    """The words of footers in German, Polish, Czech and Turkish are their phrases, not a
    verb or noun of news copy alone. (The last paragraph saying "unsubscribe" or "abmelden"
    is still taken for a footer: nothing comes under it to tell.)"""
    title, lead, worded = NEWS[case]
    dump = split_dump(FIRST + "\n\n".join([title, lead, *MORE, worded]) + "\n")
    assert dump.articles[-1].body.endswith(worded) and not dump.back_matter


@pytest.mark.parametrize(
    "footer",
    [
        "Anuluj subskrypcję: https://lista.example.pl/anuluj",
        "Wypisz się z newslettera: https://lista.example.pl/wypisz",
        "Odhlásit odběr: https://zpravy.example.cz/odhlasit",
        "Abonelikten çıkmak için: https://bulten.example.com.tr/cik",
        "Hier vom Newsletter austragen: https://brief.example.de/austragen",
    ],
)
def test_a_footer_after_the_last_article_is_the_dumps_matter(footer: str) -> None:
    title, lead, _ = NEWS["en"]
    footer_lines = [footer, "© 2024 Example Letter, 1 Example Street, London"]
    text = FIRST + "\n\n".join([title, lead, *MORE]) + "\n\n\n" + "\n".join(footer_lines) + "\n"
    dump = split_dump(text)
    assert dump.back_matter == footer_lines
    assert dump.articles[-1].body.endswith(MORE[-1])
