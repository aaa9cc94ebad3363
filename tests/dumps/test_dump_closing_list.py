"""An article that ends on a list its paragraph announces by a colon ("Estos beneficios como
mínimo incluyen:" over one short item a line) keeps the list's last item, however short,
under which the site's trailer stands (fresh25 trailers_02 dropped "Servicios de pediatría"
as a trailer). Near misses: an article cut at a quotation's colon, a date line under it, and
a list whose sign-off ("-- Ende --") stands under it, still lose the line under them."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_LISTS = {
    "es": (
        "¿Qué cubren los seguros del Mercado?",
        "Todos los planes privados ofrecidos en el Mercado tienen los mismos beneficios "
        "principales, sin importar el precio que usted pague cada mes por su plan.",
        "Estos beneficios como mínimo incluyen:",
        ("Servicios de emergencia", "Hospitalización", "Servicios de pediatría"),
        "[Fuente: HealthCare.gov]",
    ),
    "en": (
        "What do the marketplace's plans cover?",
        "Every private plan offered in the marketplace has the same essential benefits, "
        "whatever the price you pay each month for your plan.",
        "These benefits include at least:",
        ("Emergency services", "Hospitalisation", "Paediatric services"),
        "[Source: HealthCare.gov]",
    ),
}


@pytest.mark.parametrize("language", sorted(_LISTS))
def test_the_last_item_of_an_announced_list_stays_in_the_body(language: str) -> None:
    title, paragraph, announcing, items, source = _LISTS[language]
    listed = "\n\n".join(items)
    (article,) = split_text(f"{title}\n\n{paragraph}\n\n{announcing}\n\n{listed}\n{source}\n")
    assert article.body.endswith(items[-1])


@pytest.mark.parametrize("language", sorted(_LISTS))
def test_a_line_under_a_quotations_colon_is_still_a_trailer(language: str) -> None:
    title, paragraph, announcing = _LISTS[language][:3]
    text = f"{title}\n\n{paragraph}\n\n{announcing}\n\nFiled 06/06/2009 21:37 GMT\n"
    (article,) = split_text(text)
    assert article.body == f"{paragraph}\n\n{announcing}"


@pytest.mark.parametrize("language", sorted(_LISTS))
def test_a_sign_off_under_a_list_is_still_dropped(language: str) -> None:
    title, paragraph, announcing, items = _LISTS[language][:4]
    listed = "\n\n".join(items)
    (article,) = split_text(f"{title}\n\n{paragraph}\n\n{announcing}\n\n{listed}\n\n-- Ende --\n")
    assert article.body.endswith(items[-1])
    assert "Ende" not in article.body
