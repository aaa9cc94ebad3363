"""The learned field model: the shipped artefact is what `make train-splitter` yields from
the text in the repository, it moves lines between meta, subhead and body only where it is
sure, nothing is lost when it does, and `reader articles --lines` says so."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bench import model_choices, split_oracle, train_fields
from bench.split_quality import REAL, SEALED, load_cases
from bench.train_fields import (
    BALANCE,
    RULES,
    TRAIN,
    Line,
    choose,
    fit,
    gold_fields,
    weighed,
)
from reader.dumps import field_model, split_cache, start_model
from reader.dumps.assemble import assemble
from reader.dumps.field_model import ARTEFACT, FieldModel, Scored, learned_fields, shipped, using
from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import classify
from reader.dumps.start_model import SETTING, StartModel, learned_model
from reader.dumps.trace import line_records

HEADLINE = "A Headline Of Some Several Words"
FIRST = "First paragraph of running text, long enough to be running text in any reading of it."
SECOND = "Second paragraph, also a sentence that runs to well over ten words in all of it."
SHORT = "The council will meet again."
"""A short sentence the rules put in the body."""
FILED = "Filed from the town hall"
"""A short line with no stop under the last paragraph, which the rules put in the body."""
NAME = "Nature pages"
"""Two words under the title the rules read as a byline."""


def _model(field: str, name: str) -> FieldModel:
    """A model sure that a line with feature `name` belongs in `field`."""
    parts = {f: StartModel({name: 20.0} if f == field else {}, -10.0, 0.0) for f in RULES.fields}
    return FieldModel(parts, 0.9)


def _records(text: str, model: FieldModel | None) -> list[dict[str, object]]:
    with using(model):
        return [dict(r) for r in line_records(text) if r["field"] != "blank"]


def test_the_shipped_artefact_is_what_make_train_splitter_yields() -> None:
    """`make train-splitter` runs `bench.train_fields` with no flag: a fit with the choices
    recorded in `bench/model_choices.json`, which `--check` compares byte for byte."""
    shipped_data = json.loads(ARTEFACT.read_text(encoding="utf-8"))
    assert shipped_data["trained_on"] == list(TRAIN)
    assert not (SEALED | set(split_oracle.SECOND)) & set(TRAIN)
    chosen = {name: shipped_data[name] for name in ("l2", "threshold")}
    assert chosen == model_choices.recorded("field")
    assert train_fields.main(["--check"]) == 0


def test_the_artefact_is_small() -> None:
    assert ARTEFACT.stat().st_size < 40_000
    data = json.loads(ARTEFACT.read_text(encoding="utf-8"))
    assert all(len(part["weights"]) < 300 for part in data["fields"].values())


def test_a_body_line_the_model_is_sure_of_goes_to_meta_and_says_so() -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{FILED}\n"
    with using(None):
        (by_rules,) = split_text(text)
    with using(_model("meta", "words 5")):
        (moved,) = split_text(text)
    assert by_rules.body.endswith(FILED)
    assert moved.body == f"{FIRST}\n\n{SECOND}"
    assert FILED in moved.meta["chrome"]
    record = _records(text, _model("meta", "words 5"))[3]
    assert record["field"] == "meta"
    assert re.fullmatch(r"learned field meta (0\.9\d|1\.00) \(rules: body\)", str(record["rule"]))


def test_a_meta_line_the_model_is_sure_of_goes_to_the_body_with_its_values() -> None:
    text = f"{HEADLINE}\n\n{NAME}\n\n{FIRST}\n\n{SECOND}\n"
    with using(None):
        (by_rules,) = split_text(text)
    with using(_model("body", "words 1-2")):
        (moved,) = split_text(text)
    assert by_rules.meta["byline"] == NAME
    assert "byline" not in moved.meta
    assert moved.body == f"{NAME}\n\n{FIRST}\n\n{SECOND}"
    assert [p.kind for p in moved.paragraphs] == ["paragraph"] * 3
    assert _records(text, _model("body", "words 1-2"))[1]["field"] == "body"


def test_the_title_is_never_moved_nor_running_text_scored() -> None:
    """A model sure every line is meta moves neither the title nor the long paragraphs."""
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    kept: list[Scored] = []
    with using(_model("meta", "role text"), kept):
        (article,) = split_text(text)
    with using(None):
        assert [a.to_dict() for a in split_text(text)] == [article.to_dict()]
    assert kept == []


def test_the_rules_as_a_model_split_as_the_rules_and_score_every_open_line() -> None:
    text = f"{HEADLINE}\n\n{NAME}\n\n{SHORT}\n\n{FIRST}\n\n{SECOND}\n"
    with using(None):
        by_rules = [a.to_dict() for a in split_text(text)]
    kept: list[Scored] = []
    with using(RULES, kept):
        assert [a.to_dict() for a in split_text(text)] == by_rules
    assert [(number, ruled) for number, _, ruled in kept] == [(2, "meta")]  # SHORT is prose


def test_the_setting_turns_the_models_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both models decide by default and with `learned`, `fields` turns the start model
    off and `rules` both; each keys the split cache."""
    versions = {split_cache._splitter_version()}
    assert learned_fields() is shipped() and learned_model() is start_model.shipped()
    for value, fields, starts in (("rules", False, False), ("fields", True, False)):
        monkeypatch.setenv(SETTING, value)
        start_model.setting.cache_clear()
        split_cache._splitter_version.cache_clear()
        try:
            assert (learned_fields() is shipped()) == fields
            assert (learned_model() is start_model.shipped()) == starts
            versions.add(split_cache._splitter_version())
        finally:
            monkeypatch.delenv(SETTING)
            start_model.setting.cache_clear()
            split_cache._splitter_version.cache_clear()
    assert len(versions) == 3
    assert field_model.learned_fields() is shipped()


def test_gold_fields_count_dump_lines_from_zero() -> None:
    (case,) = [c for c in load_cases(REAL, ("tune",)) if c.path.name == "classic_01.txt"]
    gold = gold_fields(case)
    assert gold[0] == "title" and gold[2] == "body"


def test_fitting_is_deterministic_and_learns_the_signal() -> None:
    found = [Line(k, ("rules body", "short"), "meta", "tune") for k in range(20)]
    found += [Line(k, ("rules body", "long"), "body", "tune") for k in range(20)]
    found += [
        Line(40, ("rules body", "short"), "body", "tune"),
        Line(41, ("rules meta",), "meta", "tune"),
    ]
    model = fit(found, 1.0, 0.6)
    assert model == fit(found, 1.0, 0.6)
    assert model.decide(("rules body", "short"), "body") == ("meta", pytest.approx(0.8, abs=0.2))
    assert model.decide(("rules body", "long"), "body") is None


def test_a_dump_drawn_twice_counts_as_two_dumps() -> None:
    """A bootstrap's resample draws a dump as often as it likes: drawn twice, it weighs as
    two copies of it would (`bench.knife_edges` and `unsteady` refit so)."""
    found = [Line(0, ("rules body", "short"), "meta", "tune") for _ in range(9)]
    found += [
        Line(1, ("rules body", "short"), "body", "tune"),
        Line(1, ("rules meta",), "meta", "tune"),
    ]
    copied = found + [Line(2, line.names, line.field, "tune") for line in found if line.dump == 0]
    twice = fit(found, 1.0, 0.3, Counter({0: 2, 1: 1}))
    for names in {line.names for line in found}:
        chances = fit(copied, 1.0, 0.3).probabilities(names)
        assert twice.probabilities(names) == pytest.approx(chances, abs=1e-3)


def test_every_half_weighs_as_much_as_another_however_many_lines_it_holds() -> None:
    """A half of ninety lines saying meta against one of ten saying body: counted a line
    once, meta wins; each half weighing alike, they are even, and the lines drawn still weigh
    as many as they are (the L2 means what it meant)."""
    found = [Line(0, ("rules body", "short"), "meta", "fresh18") for _ in range(90)]
    found += [Line(1, ("rules body", "short"), "body", "fresh2") for _ in range(10)]
    by_line = fit(found, 1.0, 0.3, balance=0.0).probabilities(("rules body", "short"))
    alike = fit(found, 1.0, 0.3, balance=1.0).probabilities(("rules body", "short"))
    assert by_line["meta"] > 3 * by_line["body"]
    assert alike["meta"] == pytest.approx(alike["body"], abs=0.02)
    weights = dict(Counter({line.half: 0.0 for line in found}))
    for line, weight in weighed(found, None, 1.0):
        weights[line.half] += weight
    assert weights == pytest.approx({"fresh18": 50.0, "fresh2": 50.0})
    assert sum(w for _, w in weighed(found, None, 0.5)) == pytest.approx(100.0)


def test_the_shipped_artefact_says_how_its_halves_were_weighed() -> None:
    assert json.loads(ARTEFACT.read_text(encoding="utf-8"))["balance"] == BALANCE


NOTED = "chmod. see also chown"
"""A first line whose title would be its first sentence alone."""


def test_a_first_line_the_model_finds_no_body_is_the_title_an_untitled_article_lacks() -> None:
    """An article the rules give no title takes it from its first paragraph; where the model
    finds that line no body, it is the title (what the rules would derive from it), and the
    body loses it. A first paragraph too long to be a title whole goes to meta as the model
    says; a title the rules found is never touched. The rules take such a line for the title
    too (`assemble._plain_title`), after the model: where the model moved it, its rule says so."""
    head, rest = "chmod", f"Description\n\n{FIRST}\n\n{SECOND}\n"
    with using(None):
        (by_rules,) = split_text(f"{head}\n\n{rest}")
    with using(_model("meta", "line 0")):
        (moved,) = split_text(f"{head}\n\n{rest}")
        (long,) = split_text(f"{NOTED}\n\n{rest}")
        (titled,) = split_text(f"{HEADLINE}\n\n{rest}")
    assert by_rules.title == head and by_rules.body.startswith("Description")
    assert moved.title == head and moved.body == f"Description\n\n{FIRST}\n\n{SECOND}"
    assert "chrome" not in moved.meta and "title_source" not in moved.meta
    assert long.meta["chrome"] == NOTED and long.title == "Description"
    assert titled.title == HEADLINE
    record = _records(f"{head}\n\n{rest}", _model("meta", "line 0"))[0]
    assert record["field"] == "title"
    assert str(record["rule"]).startswith("learned field meta 1.00 (rules: body); no title")


def _judged(*bodies: int) -> list[Counter[str]]:
    return [Counter(body_exact=count) for count in bodies]


def test_the_search_takes_the_steadiest_as_good_cell_only_beyond_noise() -> None:
    """The steadiest cell within a body of the most replaces the recorded one only if it
    gets more bodies half by half beyond two standard errors: the best cell two bodies up on
    two halves of twenty does not, four bodies up on four does; a recorded cell off the grid
    is replaced."""
    kept = (100.0, 0.3)
    by_half = {
        kept: _judged(*[1] * 20),
        (30.0, 0.2): _judged(*[1] * 18, 2, 2),
        (300.0, 0.3): _judged(*[1] * 19, 2),
    }
    unsteady = {kept: 5, (30.0, 0.2): 40, (300.0, 0.3): 20}
    assert choose(by_half, unsteady, kept) == kept
    assert choose(by_half, unsteady, (3.0, 0.1)) == (300.0, 0.3)
    spread = {**by_half, (30.0, 0.2): _judged(*[1] * 16, 2, 2, 2, 2)}
    assert choose(spread, unsteady, kept) == (30.0, 0.2)


TRAILERS = REAL / "fresh" / "trailers_02.txt"
OVERRIDDEN = 34
"""(From 1) the creation-date line under an article ("Matéria criada em 12/05/2014 às
09h40") that the shipped model moves from the body to meta."""


def test_reader_articles_lines_with_the_field_model_on(tmp_path: Path) -> None:
    env = {**os.environ, SETTING: "fields"}
    run = subprocess.run(
        [sys.executable, "-m", "reader", "articles", str(TRAILERS), "--lines", "--raw"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=tmp_path,
    )
    records = [json.loads(line) for line in run.stdout.splitlines()]
    learned = [r for r in records if "learned" in r["rule"]]
    assert [r["line"] for r in learned] == [OVERRIDDEN]
    assert re.fullmatch(r"learned field meta 0\.\d\d \(rules: body\)", learned[0]["rule"])
    assert learned[0]["field"] == "meta"


def _leaning(**biases: float) -> dict[str, StartModel]:
    """A model per field with only a bias: every line gets the same probabilities."""
    return {name: StartModel({}, biases.get(name, -20.0), 0.0) for name in field_model.CLASSES}


def test_the_model_overrides_the_rules_only_by_its_margin() -> None:
    close = _leaning(meta=0.2, body=0.0)  # meta 0.52 against body 0.48
    assert FieldModel(close, 0.3).decide((), "body") is None
    assert FieldModel(close, 0.01).decide((), "body") == ("meta", pytest.approx(0.52, abs=0.01))


def test_a_leads_summary_bullets_stay_where_the_rules_put_them() -> None:
    text = (
        "Council approves four new cycle lanes\n\n"
        "• Four lanes through the centre\n\n"
        "The council voted on Tuesday to build four new cycle lanes through the town centre.\n"
    )
    with using(FieldModel(_leaning(body=20.0), 0.1)):
        (article,) = split_text(text)
    assert article.meta["summary"] == "Four lanes through the centre"
    assert "Four lanes" not in article.body


SURE_OF_META = _model("meta", "chars -30")
"""A model sure that every short line (30 characters or fewer) belongs in meta."""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{SHORT}\n", SHORT),
        (
            f"{HEADLINE}\n\n{FIRST}\n\nKey points:\n- Parking lost\n- Cost: £18m\n\n{SECOND}\n",
            "Cost: £18m",
        ),
        (f"{HEADLINE}\n\n{FIRST}\n\nHIGHLIGHTS\n\n• Four lanes\n\n{SECOND}\n", "HIGHLIGHTS"),
        (f"{HEADLINE}\n\n{FIRST}\n\nThe mayor said:\nno more delays\n\n{SECOND}\n", "no more"),
        (f"HD\t{HEADLINE}\nWC\t257 words\nLP\n{FIRST}\nTD\n{FILED}\n\n{SECOND}\n", FILED),
    ],
    ids=["a sentence", "a list item", "a highlights label", "a line of a block", "under TD"],
)
def test_what_the_dump_sets_out_as_body_stays_in_it(text: str, kept: str) -> None:
    """Prose, lists and highlights, a line set in a block with body text and a line under
    an export's text label stay where the rules put them, however sure the model is."""
    with using(None):
        (by_rules,) = split_text(text)
    with using(SURE_OF_META):
        (article,) = split_text(text)
    assert kept in by_rules.body
    assert article.to_dict() == by_rules.to_dict()


def test_a_labelled_line_is_no_prose_though_it_ends_in_a_stop() -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nReading time: 3 min.\n"
    with using(SURE_OF_META):
        (article,) = split_text(text)
    assert article.body == f"{FIRST}\n\n{SECOND}"
    assert "Reading time: 3 min." in article.meta["chrome"]


CLOSING = "Also: Auf 8 weitere Runden voller innovativer Ideen, kreativer Prototypen und Lösungen!"
"""A closing sentence opened by a word and a colon, as a label is ("Also" is German for
"so"), flush over the press office's credit (fresh21's trailers_02)."""


def test_a_sentence_running_on_after_its_colon_is_no_label_and_stays_in_the_body() -> None:
    """A sentence running on for ten words after its colon is no "Label: value" line (no
    reading time or credit is so long): a model sure it is meta leaves it in the body."""
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{CLOSING}\n— Pressestelle der OKF DE\n"
    with using(_model("meta", "ends !")):
        (article,) = split_text(text)
    assert article.body == f"{FIRST}\n\n{SECOND}\n\n{CLOSING}"
    assert article.meta["credits"] == "— Pressestelle der OKF DE"


def test_a_line_a_paragraph_announces_by_its_colon_stays_in_the_body() -> None:
    """The line under "Here are the steps:" is what that paragraph announces, however like a
    trailer it looks as the article's last line: a model sure it is meta leaves it."""
    step = "Step 1: go to the settings page and click on the Build action"
    text = f"{HEADLINE}\n\n{FIRST}\n\nHere are the steps:\n\n{step}\n"
    with using(_model("meta", "has a digit")):
        (article,) = split_text(text)
    assert article.body == f"{FIRST}\n\nHere are the steps:\n\n{step}"


@pytest.mark.parametrize(
    "quotation", ["«A bridge is not a museum»", "A bridge is not a museum - the mayor"]
)
def test_a_quotation_closing_an_article_is_not_taken_to_meta(quotation: str) -> None:
    """A one-line quotation as the last paragraph, wholly between quote marks or with its
    speaker after a dash, stays in the body however sure of meta the model is."""
    text = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{quotation}\n"
    with using(_model("meta", "to end 0")):
        (article,) = split_text(text)
    assert article.body == f"{FIRST}\n\n{SECOND}\n\n{quotation}"


def test_the_model_never_empties_a_body() -> None:
    """An article whose only body line the model would take out keeps it: without a body
    the article would be the dump's matter, and its title with it."""
    text = f"{HEADLINE}\n\nand a short unfinished line\n"
    with using(SURE_OF_META):
        (article,) = split_text(text)
    assert (article.title, article.body) == (HEADLINE, "and a short unfinished line")


def test_the_model_makes_no_article_of_lines_the_rules_found_no_body_in() -> None:
    """Lines with no body by the rules (a dump's cover, a trailer) stay so: the model
    moves lines inside articles and makes none."""
    facts = [classify(line) for line in logical_lines(f"{HEADLINE}\n\n{NAME}\n")]
    with using(None):
        by_rules = assemble(facts, "", 0)
    with using(_model("body", "rules meta")):
        article = assemble(facts, "", 0)
    assert by_rules is not None and article is not None
    assert (by_rules.body, article.body) == ("", "")


_PARAGRAPH = (
    "A paragraph of running text that goes on for well over twenty words, so that it reads as a"
    " paragraph of the article and nothing else at all."
)
_SUBHEAD = "What the council decided about the new bridge"


@pytest.mark.parametrize(
    ("around", "beside"),
    [
        ((_PARAGRAPH, _PARAGRAPH), 2),
        (("The council met.", "It voted twice."), 0),
        (("The council met.", _PARAGRAPH), 1),
    ],
)
def test_a_subheading_says_how_many_paragraphs_stand_beside_it(
    around: tuple[str, str], beside: int
) -> None:
    """An intertitle parts paragraphs; a short sentence the rules make a subheading among
    lines as short (a list, one-sentence news paragraphs) is body more often than not: the
    field model reads how many of the lines beside it are paragraphs."""
    above, below = around
    text = f"{HEADLINE}\n\n{_PARAGRAPH}\n\n{above}\n\n{_SUBHEAD}\n\n{below}\n\n{_PARAGRAPH}\n"
    kept: list[Scored] = []
    with using(RULES, kept), start_model.using(None):
        split_text(text)
    lines = text.splitlines()
    (names,) = [names for number, names, _ in kept if lines[number] == _SUBHEAD]
    assert f"paragraphs beside {beside}" in names
