"""A line of one to five ornaments (◇ ◇ ◇, ❖, ⁂, ✦ ✦ ✦) divides a dump's articles as
"* * *" and "◆◆◆" do: fresh23 classic_01 set its four news items apart with "◇ ◇ ◇", and
they were read as one article. An ornament before a line's words is a label, not a rule."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_text

_SHARED = {
    "it": "Italian Linux Society promuove Linux e il software libero in Italia con i suoi soci, "
    "i Linux User Group e le associazioni che popolano il Paese.",
    "en": "Italian Linux Society promotes Linux and free software in Italy with its members, "
    "the Linux User Groups and the associations all over the country.",
}
_ITEMS = {
    "it": (
        (
            "Congresso AIP 2013",
            "Italian Linux Society è lieta di patrocinare il Congresso 2013 "
            "dell'Associazione Informatici Professionisti, che si terrà a Verona.",
        ),
        (
            "LUG: Manuale Operativo",
            "In queste settimane è stato redatto il manuale operativo "
            "per la community, reperibile nella sezione dei progetti di questo sito.",
        ),
    ),
    "en": (
        (
            "AIP congress 2013",
            "Italian Linux Society is glad to sponsor the 2013 congress of "
            "the association of professional computer scientists, held in Verona.",
        ),
        (
            "LUG: an operating manual",
            "In the last weeks the community's operating manual was "
            "written, and it can be found in the projects section of this site.",
        ),
    ),
}


def test_a_line_of_ornaments_is_a_rule() -> None:
    assert all(map(chrome.is_separator, ["◇ ◇ ◇", "◇◇◇", "❖", "⁂", "✦ ✦ ✦", "※"]))


@pytest.mark.parametrize("rule", ["◇ ◇ ◇", "◇◇◇", "❖", "⁂", "✦ ✦ ✦", "※"])
@pytest.mark.parametrize("language", sorted(_ITEMS))
def test_a_line_of_ornaments_parts_two_articles(rule: str, language: str) -> None:
    items = _ITEMS[language]
    text = f"\n\n{rule}\n\n".join(
        f"{title}\ndi Redazione ILS | 26/05/2013\n\n{body}" for title, body in items
    )
    articles = split_text(text + "\n")
    assert [(a.title, a.body) for a in articles] == list(items)


@pytest.mark.parametrize("line", ["◇ Nuovo sito online", "❖ Notizie dal mondo", "※ 注意事項"])
def test_an_ornament_before_words_is_no_rule(line: str) -> None:
    """The near miss: a label dressed with an ornament keeps its words."""
    assert not chrome.is_separator(line)
