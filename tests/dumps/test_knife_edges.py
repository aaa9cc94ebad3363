"""The knife's edge (`bench.knife_edges`): a decision's distance past its model's threshold,
which lines count as on the edge, and that only tuning and second-look halves are read."""

from __future__ import annotations

from pathlib import Path

from bench import knife_edges
from bench.carry import bodies
from bench.knife_edges import FIELD_BAND, START_BAND, Edge, counts, on_edge
from bench.split_oracle import SECOND
from bench.split_quality import SEALED, Case
from bench.train_splitter import TRAIN
from reader.dumps.field_model import CLASSES, FieldModel
from reader.dumps.start_model import StartModel
from tests.dumps.test_split_oracle import P1, P2, TITLE


def _fields(sure: str, name: str, weight: float) -> FieldModel:
    """A field model leaning to `sure` on lines with feature `name`."""
    parts = {f: StartModel({name: weight} if f == sure else {}, -5.0, 0.0) for f in CLASSES}
    return FieldModel(parts, 0.3)


def test_a_start_s_distance_is_its_score_past_the_threshold() -> None:
    model = StartModel({"rule": 2.0, "ends :": -0.5}, -1.0, 0.25)
    assert knife_edges.start_distance(model, ["rule"]) == 0.75
    assert knife_edges.start_distance(model, ["rule", "ends :"]) == 0.25
    assert knife_edges.start_distance(model, ["ends :"]) == -1.75


def test_a_field_s_distance_is_its_margin_over_the_rules_past_the_threshold() -> None:
    sure = _fields("body", "x", 10.0)
    moved, distance = knife_edges.field_distance(sure, ["x"], "subhead")
    assert moved == "body" and 0.3 < distance + 0.3 <= 1.0
    assert knife_edges.field_distance(sure, ["x"], "body") == ("body", -1.0)
    unsure = _fields("body", "x", 0.1)  # the four fields as likely: the rules' field stands
    moved, distance = knife_edges.field_distance(unsure, ["x"], "meta")
    assert abs(distance) < FIELD_BAND + 0.3 and distance < 0


def _edge(model: str, distance: float, half: str = "tune") -> Edge:
    return Edge(model, half, "dump.txt", 0, distance, True, ())


def test_each_model_s_edge_is_its_own_band() -> None:
    assert on_edge(_edge("start", START_BAND / 2)) and not on_edge(_edge("start", START_BAND))
    assert on_edge(_edge("field", -FIELD_BAND / 2)) and not on_edge(_edge("field", 0.2))
    found = [_edge("start", 0.01), _edge("start", 3.0, "fresh"), _edge("field", 0.0, "fresh")]
    assert counts(found, ("tune", "fresh")) == [
        "start: 1 of 2 on the edge (tune 1/1, fresh 0/1)",
        "field: 1 of 1 on the edge (fresh 1/1)",
    ]


def test_the_lines_of_a_dump_are_scored_as_the_default_splits_it() -> None:
    text = "\n\n".join([TITLE, P1, "Roads and libraries", P2]) + "\n"
    runs = ((1, 1, 0, "title"), (3, 3, 0, "body"), (5, 5, 0, "subhead"), (7, 7, 0, "body"))
    gold = ({"title": TITLE, "body": f"{P1}\n\nRoads and libraries\n\n{P2}"},)
    case = Case(Path("mine.txt"), "mine", "classic", gold, runs, text)
    found = knife_edges.edges(case)
    assert [(e.model, e.number, e.right) for e in found] == [("start", 4, True), ("field", 4, True)]
    assert bodies(case) == [True]


def test_no_sealed_half_is_read() -> None:
    assert not SEALED & {*TRAIN, *SECOND}
