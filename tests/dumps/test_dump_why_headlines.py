"""A Spanish or Portuguese line opening "Por qué" / "Por que" asks why: a headline or an
intertitle, never a byline, however it is cased (fresh18 long_intertitles_03 took "POR QUE
ALGUMAS PESSOAS BUSCAM SUPORTE FINANCEIRO", an intertitle in capitals, for a byline: "Por"
and a capital read as "By" and a name)."""

from __future__ import annotations

import pytest

from reader.dumps import credits


@pytest.mark.parametrize(
    "line",
    [
        "POR QUE ALGUMAS PESSOAS BUSCAM SUPORTE FINANCEIRO",
        "Por Que Algumas Pessoas Buscam Suporte Financeiro",
        "POR QUÉ ALGUNAS PERSONAS BUSCAN APOYO FINANCIERO",
        "Por Qué Sube La Inflación",
        "POR QUÊ?",
    ],
)
def test_a_line_asking_why_is_no_byline(line: str) -> None:
    assert credits.byline(line) == []


@pytest.mark.parametrize("line", ["POR JOÃO SILVA", "Por María Quesada", "Por Quentin Dupont"])
def test_a_byline_in_spanish_or_portuguese_stays_one(line: str) -> None:
    """The near miss: "Por" and a name, a name opening with "Que" too."""
    assert credits.byline(line)[0][0] == "byline"
