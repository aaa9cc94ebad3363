"""A digest pasted with its blocks two blank lines apart (and its stories three): the mail
header's block ends at a gap wider than the dump's usual one, not at any two blank lines,
so the greeting under the header stays in the front matter instead of opening an article
that swallows the first story (found by `bench.variations`' `wider_gaps`)."""

from __future__ import annotations

from reader.dumps.load import split_dump

_HEADER = (
    "De : La Lettre du matin <lettre@matin.example>",
    "Envoyé : mercredi 14 juillet 2021 07:00",
    "À : abonne@example.org",
    "Objet : Kazakhstan, Cuba : l'essentiel du jour",
)
_GREETING = ("Bonjour à toutes et à tous,", "Voici notre sélection du jour. Bonne lecture !")
_STORIES = (
    (
        "L'art de rue engagé devient pratique courante au Kazakhstan",
        "Depuis la démission de Nazarbaïev en 2019, de nouvelles formes de protestation sont "
        "apparues dans les rues du pays.",
        "Lire la suite : https://fr.globalvoices.org/2021/07/art/",
    ),
    (
        "Depuis Cuba, par VPN",
        "Lors d'une apparition télévisée, le président a parlé des réseaux privés que les "
        "Cubains utilisent.",
        "Lire la suite : https://fr.globalvoices.org/2021/07/vpn/",
    ),
)


def _digest(block: str, story: str) -> str:
    items = [block.join(item) for item in _STORIES]
    return "\n".join(_HEADER) + block + "\n".join(_GREETING) + story + story.join(items) + "\n"


def test_a_greeting_two_blank_lines_under_the_header_is_front_matter() -> None:
    dump = split_dump(_digest("\n\n\n", "\n\n\n\n"))
    assert dump.front_matter == [*_HEADER, *_GREETING]
    assert [article.title for article in dump.articles] == [item[0] for item in _STORIES]
    assert [article.body for article in dump.articles] == [item[1] for item in _STORIES]
