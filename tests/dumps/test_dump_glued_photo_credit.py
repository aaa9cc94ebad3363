"""A photo's caption with its photographer's and agency's names glued on at its end, no
bracket nor label between ("… esculturas Valter Campanato/Agência Brasil", "AdoçãoArquivo/
Agência Brasil"), is a caption: out of the body (fresh27 foreign_web_01 kept two as the first
paragraph). The near miss: a line whose last words hold a slash between names of things
("TCP/IP", "AC/DC") is the text's."""

from __future__ import annotations

import pytest

from reader.dumps import credits
from reader.dumps.load import split_text

_CAPTIONS = {
    "pt": (
        "Exposição Acervos do Brasil reúne documentos, cédulas, moedas, pinturas, gravuras e "
        "esculturas Valter Campanato/Agência Brasil",
        "O museu foi aberto ao público hoje em Brasília, com uma mostra sobre a história do "
        "banco e das moedas que circularam no país.",
    ),
    "es": (
        "Manifestantes marchan por el centro de la capital contra el recorte del presupuesto "
        "Marcelo Camargo/Agencia Brasil",
        "Miles de personas marcharon este martes por el centro de la capital contra el recorte "
        "del presupuesto de la educación pública.",
    ),
}


@pytest.mark.parametrize("language", sorted(_CAPTIONS))
def test_a_caption_with_its_credit_glued_on_leaves_the_body(language: str) -> None:
    caption, paragraph = _CAPTIONS[language]
    assert credits.is_caption(caption)
    (article,) = split_text(f"Headline of the day\n\n{caption}\n\n{paragraph}\n\n{paragraph}\n")
    assert article.body == f"{paragraph}\n\n{paragraph}"


@pytest.mark.parametrize(
    "line",
    [
        "Die Band spielte den ganzen Abend nur alte Lieder von AC/DC",
        "Notes on the network stack and its support for TCP/IP",
        "Leia também a coluna publicada no Medium/Substack Hoje",
    ],
)
def test_a_slash_between_names_of_things_is_no_credit(line: str) -> None:
    assert not credits.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Crianças em abrigo no Distrito Federal AdoçãoArquivo/Agência Brasil",
        "São Paulo produz 13,2%, seguido por Santa Catarina, com 11,4%Emater/Divulgação",
    ],
)
def test_a_credit_glued_to_the_captions_last_word_marks_it(line: str) -> None:
    assert credits.is_caption(line)
