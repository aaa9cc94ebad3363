"""The start model's feature of whether the text runs on across a scored line
(`boundaries._runs_on`): a short line of a long article stands between paragraphs about the
same things, a headline between two articles about different ones."""

from __future__ import annotations

from bench.train_splitter import RULES
from reader.dumps.boundaries import content_words
from reader.dumps.load import split_text
from reader.dumps.start_model import using

TWO_ARTICLES = """Farmers Welcome Early Rain Across the Northern Valley

The northern valley farmers welcomed early rain this spring, saying wheat harvests and barley \
fields would recover after months of drought.

Local cooperatives expect wheat prices to settle as harvest volumes recover across irrigated \
fields of the valley.

- wheat growers in the northern valley
- barley cooperatives and their fields

What the rain means for growers

Barley growers across the valley said irrigation costs dropped with the rain, and wheat \
cooperatives plan larger harvest storage.

Orchestra Opens Its Concert Season With a New Symphony

The city orchestra opened its concert season with a symphony premiere, conductors and \
violinists performing before a sold-out audience.

Critics praised the violinists and the conductor's reading of the premiere.
"""
INTERTITLE, HEADLINE = 9, 13
"""(From 0) the first article's own short line, over paragraphs and list items about the
same fields; the second article's headline."""


def _runs_on() -> dict[int, str]:
    kept: list[tuple[int, list[str]]] = []
    with using(RULES, kept):
        split_text(TWO_ARTICLES)
    return {n: next(x for x in names if x.startswith("runs on ")) for n, names in kept}


def test_the_text_runs_on_across_an_article_s_own_line_not_across_a_headline() -> None:
    runs_on = _runs_on()
    assert runs_on[INTERTITLE] == "runs on 21-30"
    assert runs_on[HEADLINE] == "runs on none"


def test_a_script_without_spaces_is_read_in_pairs_of_characters() -> None:
    assert content_words("東京で会議") == {"東京", "京で", "で会", "会議"}
    assert content_words("Kubernetes 1.25 リリース") == {"kubernetes", "リリ", "リー", "ース"}
    assert content_words("The harvest season, with rain") == {"harvest", "season", "rain"}
