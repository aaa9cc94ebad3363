"""`bench.wrong_bodies`: each wrong body's kinds and the rules behind its lines, read against
a gold that disagrees with the splitter in known ways; the halves that may not be shown are
refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.split_quality import SHOWN, Case
from bench.wrong_bodies import Miss, WrongBody, catalogue, cause, main, rule_of, wrong_bodies

_DUMP = """A Bridge Closes For Repairs

By Jane Doe

The council met on Monday and voted to close the old bridge for repairs.

Work starts in May and will take most of the summer, the council said.


A Library Opens Downtown

The new library opened on Saturday with a reading for children.
"""
_FIRST = "The council met on Monday and voted to close the old bridge for repairs."
_SECOND = "Work starts in May and will take most of the summer, the council said."
_LIBRARY = "The new library opened on Saturday with a reading for children."


def _case(articles: tuple[dict[str, object], ...], runs: tuple[tuple[int, int, int, str], ...]):
    return Case(Path("bridge.txt"), "tune", "classic", articles, runs, _DUMP)


def test_a_gold_meta_line_in_the_body_and_a_gold_body_line_in_meta_are_named() -> None:
    # the gold says the first paragraph is a dek (meta) and the byline is body: the splitter
    # put the first in the body ("body: paragraph") and the second in meta ("lead: byline")
    bridge = {"title": "A Bridge Closes For Repairs", "body": f"By Jane Doe\n\n{_SECOND}"}
    library = {"title": "A Library Opens Downtown", "body": _LIBRARY}
    runs = ((1, 1, 0, "title"), (3, 3, 0, "body"), (5, 5, 0, "meta"), (7, 7, 0, "body"))
    runs += ((10, 10, 1, "title"), (12, 12, 1, "body"))
    [found] = wrong_bodies(_case((bridge, library), runs))
    assert found.index == 0
    assert found.kinds == {"meta in body", "body lost"}
    assert {(m.kind, m.rule, m.line) for m in found.misses} == {
        ("meta in body", "body: paragraph", 5),
        ("body lost", "lead: byline", 3),
    }


def test_a_body_holding_another_articles_paragraph_is_welded() -> None:
    # the gold makes the second paragraph an article of its own, which the splitter's
    # first article holds: each gold article is matched to it, the other's text in it
    bridge = {"title": "A Bridge Closes For Repairs", "body": _FIRST}
    works = {"title": "Works", "body": _SECOND}
    library = {"title": "A Library Opens Downtown", "body": _LIBRARY}
    runs = ((1, 1, 0, "title"), (3, 3, 0, "meta"), (5, 5, 0, "body"), (7, 7, 1, "body"))
    runs += ((10, 10, 2, "title"), (12, 12, 2, "body"))
    found = {body.index: body.kinds for body in wrong_bodies(_case((bridge, works, library), runs))}
    assert found == {0: {"welded"}, 1: {"welded"}}


def test_a_body_another_article_took_part_of_is_cut() -> None:
    # the gold reads the library's headline as an intertitle of one article: the splitter
    # started a second article there, with the gold article's last paragraph
    body = f"{_FIRST}\n\n{_SECOND}\n\nA Library Opens Downtown\n\n{_LIBRARY}"
    bridge = {"title": "A Bridge Closes For Repairs", "body": body}
    runs = ((1, 1, 0, "title"), (3, 3, 0, "meta"), (5, 7, 0, "body"), (10, 10, 0, "subhead"))
    runs += ((12, 12, 0, "body"),)
    [found] = wrong_bodies(_case((bridge,), runs))
    assert found.kinds == {"cut", "body lost"}
    assert [(m.kind, m.line) for m in found.misses] == [("body lost", 10)]


def test_right_bodies_are_not_listed_and_the_catalogue_counts_what_is() -> None:
    bridge = {"title": "A Bridge Closes For Repairs", "body": f"{_FIRST}\n\n{_SECOND}"}
    library = {"title": "A Library Opens Downtown", "body": _LIBRARY}
    runs = ((1, 1, 0, "title"), (3, 3, 0, "meta"), (5, 7, 0, "body"))
    runs += ((10, 10, 1, "title"), (12, 12, 1, "body"))
    case = _case((bridge, library), runs)
    assert wrong_bodies(case) == []
    assert catalogue([case])[0] == "wrong bodies 0 of 2"


def test_each_wrong_body_has_one_cause_a_boundary_first() -> None:
    # the dek in the body (line 5) outnumbers the byline in meta (line 3) once the dek runs
    # to two lines; a welded body is a boundary's whatever lines it holds out of place
    byline = Miss("body lost", "lead: byline", 3, "By Jane Doe")
    dek = [Miss("meta in body", "body: paragraph", line, "A dek") for line in (5, 6)]
    kinds = frozenset({"meta in body", "body lost"})
    assert cause(WrongBody(0, kinds, (byline, *dek))) == "meta in body: body: paragraph"
    assert cause(WrongBody(0, kinds, (byline, dek[0]))) == "body lost: lead: byline"
    assert cause(WrongBody(0, kinds | {"welded"}, (byline, *dek))) == "boundary"
    assert cause(WrongBody(0, frozenset({"cut"}), ())) == "boundary"
    assert cause(WrongBody(0, frozenset(), ())) == "no line out of place"


def test_the_catalogue_counts_each_wrong_body_once_by_its_cause() -> None:
    bridge = {"title": "A Bridge Closes For Repairs", "body": f"By Jane Doe\n\n{_SECOND}"}
    library = {"title": "A Library Opens Downtown", "body": _LIBRARY}
    runs = ((1, 1, 0, "title"), (3, 3, 0, "body"), (5, 5, 0, "meta"), (7, 7, 0, "body"))
    runs += ((10, 10, 1, "title"), (12, 12, 1, "body"))
    printed = catalogue([_case((bridge, library), runs)])
    at = printed.index("each wrong body once, by its cause:")
    assert printed[at + 1].split() == [
        "1",
        "body",
        "lost:",
        "lead:",
        "byline",
    ]  # the first on a tie
    assert printed[at + 2].startswith("lines out of place")


def test_rules_count_together_whatever_score_they_noted() -> None:
    record = {"line": 1, "role": "text", "article": 0, "field": "body"}
    learned = record | {"rule": "learned field body 0.62 (rules: subhead)"}
    started = record | {"rule": "lead: first headline-shaped line; learned start score 2.23"}
    noted = record | {"rule": "trailer after the last paragraph -> meta.chrome"}
    assert rule_of(learned) == "learned field body (rules: subhead)"
    assert rule_of(started) == "lead: first headline-shaped line"
    assert rule_of(noted) == "trailer after the last paragraph"


def test_a_half_that_may_not_be_shown_is_refused() -> None:
    assert "fresh6" not in SHOWN
    with pytest.raises(SystemExit, match="fresh6"):
        main(["fresh6"])
