"""A headline set as plain text over an article that no headline-shaped line titles
(`array_search` over a page of the PHP manual, `vacaciones <- crecer(RedRLadies)` over a blog
post) is its title, not its body's first paragraph as well.

Found by meta34 (session 34, issue 13) in models33's catalogue of the tuning halves: 50
articles whose body held a line equal to their own title. In 20 of the tuning halves' dumps
no rule took such a line for a headline (lower case, code, an arrow), so the title was derived
from the body's first paragraph, which is that line whole, and the body kept it; the labels
under it (`Authors` / `Paloma` / `Etiquetas` …) stayed in the body too. The gold took each of
the 20 for the title. A greeting, a quoted reply or a sentence over the text stays in it.
"""

from __future__ import annotations

from reader.dumps.load import split_text

_MANUAL = (
    "array_search\n"
    "\n"
    "Description\n"
    "\n"
    "Searches for needle in haystack and returns the first corresponding key if successful.\n"
    "\n"
    "If needle is a string, the comparison is done in a case-sensitive manner.\n"
)

_NO_HEADLINES = (
    "Hola a todos:",
    "> Delta Chat 0.13.0 will reply encrypted",
    "Cette fonction est simple.",
)

_POST = (
    "vacaciones <- crecer(RedRLadies)\n"
    "Authors\n"
    "Paloma\n"
    "Mine\n"
    "Etiquetas\n"
    "vacaciones\n"
    "\n"
    "Nos gustaría contarles cómo unas vacaciones llevaron al crecimiento de la comunidad "
    "R-Ladies en América del Sur. La historia involucra múltiples países.\n"
    "\n"
    "Es difícil creer que todo esto comenzó con unas vacaciones, pero así fue.\n"
)


def test_a_plain_headline_is_the_title_and_leaves_the_body() -> None:
    """A greeting, a quoted reply or a sentence in its place stays in the body."""
    (article,) = split_text(_MANUAL, "manual.txt")
    assert article.title == "array_search"
    assert article.body.startswith("Description")
    assert "title_source" not in article.meta
    for opening in _NO_HEADLINES:
        (other,) = split_text(_MANUAL.replace("array_search", opening, 1), "manual.txt")
        assert other.body.startswith(opening)
        assert other.meta.get("title_source") == "derived from the first paragraph"


def test_the_labels_under_a_plain_headline_go_to_meta() -> None:
    (article,) = split_text(_POST, "post.txt")
    assert article.title == "vacaciones <- crecer(RedRLadies)"
    assert article.body.startswith("Nos gustaría contarles")
    assert "Etiquetas" not in article.body
    kept = "\n".join(article.meta.values())
    assert all(label in kept for label in ("Authors", "Paloma", "Mine", "Etiquetas"))


def test_the_title_again_a_dash_and_what_it_is_goes_to_the_summary() -> None:
    """A reference page's `name — purpose` line under its name (12 lines of fresh33's PHP
    manual pages, the gold's meta each) is the title's own repeat, not the first paragraph."""
    purpose = "floatval — Restituisce il valore di una variabile di tipo float"
    page = (
        f"# floatval\n\n{purpose}\n\n## Descrizione\n\nfloatval(mixed $var): float\n\n"
        "La funzione restituisce il valore di tipo float di var, o zero se non lo trova.\n"
    )
    (article,) = split_text(page, "manuale.md")
    assert article.title == "floatval"
    assert article.body.startswith("Descrizione")
    assert article.meta["summary"] == purpose
