"""The learned start model: the shipped artefact is what `make train-splitter` yields from
the text in the repository, it decides where articles start after body text, and
`reader articles --lines` says so with its score."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bench import corpus, model_choices, train_splitter
from bench.split_quality import REAL, Case, load_cases, score
from bench.train_splitter import (
    L2S,
    LOSS,
    MARGINS,
    OFFSETS,
    PRIORS,
    RULES,
    TRAIN,
    Candidate,
    Walks,
    against_rules,
    best_choice,
    chosen_fit,
    fit,
    gold_starts,
    halves_out,
    per_dump,
    searched,
    toward_rules,
)
from reader.dumps import boundaries, split_cache, start_model
from reader.dumps.load import load_dump, split_text
from reader.dumps.start_features import DEFERRED, ECHOES, marks
from reader.dumps.start_model import ARTEFACT, SETTING, StartModel, learned_model, shipped, using
from reader.dumps.trace import line_records

CLASSIC = REAL / "tune" / "classic_01.txt"
"""Italian Wikimedia news, four articles apart by a wider gap, with short intertitles."""
HEADLINE = 13
"""(From 0) the second article's headline, after the first one's body."""
INTERTITLE = 19
"""(From 0) "I docenti e gli obiettivi del laboratorio", inside that article."""


def test_the_shipped_artefact_is_what_make_train_splitter_yields() -> None:
    """`make train-splitter` runs `bench.train_splitter` with no flag: a fit with the
    choices recorded in `bench/model_choices.json`, which `--check` compares byte for byte."""
    shipped_data = json.loads(ARTEFACT.read_text(encoding="utf-8"))
    assert shipped_data["trained_on"] == list(TRAIN)
    chosen = {name: shipped_data[name] for name in ("l2", "margin", "threshold")}
    recorded = model_choices.recorded("start")
    assert chosen == {name: recorded[name] for name in chosen}
    assert ("prior" in shipped_data) == bool(recorded["prior"])
    assert train_splitter.main(["--check"]) == 0


def test_the_artefact_is_small() -> None:
    assert ARTEFACT.stat().st_size < 8_000
    assert len(json.loads(ARTEFACT.read_text(encoding="utf-8"))["weights"]) < 300


def _scored(path: Path, model: StartModel) -> dict[int, float]:
    kept: list[tuple[int, list[str]]] = []
    with using(model, kept):
        load_dump(path)
    return {number: model.score(names) for number, names in kept}


def test_the_model_starts_the_headline_and_not_the_intertitle() -> None:
    model = shipped()
    scores = _scored(CLASSIC, model)
    assert scores[HEADLINE] >= model.threshold > scores[INTERTITLE]


def test_the_rules_verdict_is_a_feature() -> None:
    kept: list[tuple[int, list[str]]] = []
    with using(RULES, kept):
        load_dump(CLASSIC)
    names = dict(kept)
    assert "rule" in names[HEADLINE]
    assert "rule" not in names[INTERTITLE]
    assert "above ends a sentence" in names[HEADLINE]


def test_the_model_decides_where_it_is_asked() -> None:
    """A model that never starts keeps everything after the first body in one article; the
    rules as a model split exactly as the rules do."""
    text = CLASSIC.read_text(encoding="utf-8")
    with using(None):
        by_rules = [a.to_dict() for a in split_text(text)]
    with using(RULES):
        assert [a.to_dict() for a in split_text(text)] == by_rules
    with using(StartModel({}, -100.0, 0.0)):
        assert len(split_text(text)) == 1
    assert len(by_rules) == 4


def test_a_trial_decides_only_in_its_own_thread() -> None:
    """The app splits in worker threads: a trial under way elsewhere (training, a bench)
    must not change which model they split with."""
    text = CLASSIC.read_text(encoding="utf-8")
    elsewhere: list[int] = []
    with using(StartModel({}, -100.0, 0.0)):
        assert len(split_text(text)) == 1
        worker = threading.Thread(target=lambda: elsewhere.append(len(split_text(text))))
        worker.start()
        worker.join()
    assert elsewhere == [4]


def test_lines_name_the_learned_score() -> None:
    with using(shipped()):
        records = list(line_records(CLASSIC.read_text(encoding="utf-8")))
    rule = records[HEADLINE]["rule"]
    assert records[HEADLINE]["field"] == "title"
    assert re.search(r"learned start score -?\d+\.\d\d \(rules: headline score -?\d+\)", rule)
    assert "learned start score" not in records[INTERTITLE]["rule"]
    with using(None):
        by_rules = list(line_records(CLASSIC.read_text(encoding="utf-8")))
    assert re.search(r"; headline score \d+", by_rules[HEADLINE]["rule"])
    assert "learned" not in by_rules[HEADLINE]["rule"]


@pytest.mark.parametrize("value", ["fields", "rules"])
def test_the_model_decides_unless_the_setting_turns_it_off(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """The model decides by default; `$READER_SPLITTER=fields` or `rules` turns it off, and
    the split cache's key with it (an entry split by the model is never read back as the
    rules')."""
    model_version = split_cache._splitter_version()
    assert learned_model() is shipped()
    monkeypatch.setenv(SETTING, value)
    start_model.setting.cache_clear()
    split_cache._splitter_version.cache_clear()
    try:
        assert learned_model() is None
        assert split_cache._splitter_version() != model_version
    finally:
        monkeypatch.delenv(SETTING)
        start_model.setting.cache_clear()
        split_cache._splitter_version.cache_clear()
    assert learned_model() is shipped()


def test_reader_articles_lines_with_the_model_on(tmp_path: Path) -> None:
    env = {**os.environ, SETTING: "learned"}
    run = subprocess.run(
        [sys.executable, "-m", "reader", "articles", str(CLASSIC), "--lines", "--raw"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=tmp_path,
    )
    rules = [json.loads(line)["rule"] for line in run.stdout.splitlines()]
    assert "learned start score" in rules[HEADLINE]
    assert "learned" not in rules[INTERTITLE]


def test_the_model_holds_the_tuned_halves() -> None:
    """On the halves it was trained on where the rules are right everywhere, the model is
    too (the ratchet's floors of tune and fresh3: every title and body)."""
    with using(shipped()):
        table = score(load_cases(REAL, ("tune", "fresh3")))
    for half in ("tune", "fresh3"):
        hits = table[half, "all"]
        assert hits["body_exact"] == hits["title"] == hits["total_articles"]
        assert hits["count_ok"] == hits["dumps"]


def _case(runs: tuple[tuple[int, int, int | None, str], ...]) -> Case:
    return Case(CLASSIC, "tune", "classic", (), runs)


def test_a_label_over_a_scored_headline_is_not_the_start() -> None:
    """Lines 5-6 close article 0; line 8 is article 1's section label, line 9 its headline:
    the splitter takes the label with the headline, so the headline is the start."""
    case = _case(((1, 1, 0, "title"), (3, 6, 0, "body"), (8, 8, 1, "meta"), (9, 9, 1, "title")))
    assert gold_starts(case, [2, 7, 8]) == [False, False, True]
    assert gold_starts(case, [2, 7]) == [False, True]


def test_fitting_is_deterministic_and_learns_the_signal() -> None:
    found = [
        Candidate(k, ("rule", "strong") if k % 2 else ("weak",), bool(k % 2)) for k in range(40)
    ]
    found += [Candidate(40, ("rule",), False), Candidate(41, ("weak",), True)]
    model = fit(found, 1.0, 0.0)
    assert model == fit(found, 1.0, 0.0)
    assert model.weights["rule"] > 0 > model.weights["weak"]
    assert model.score(("rule", "strong")) > 0 > model.score(("weak",))


def test_a_long_article_reads_each_line_s_words_about_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words of the article above a scored line are gathered as the scan goes: reading
    them afresh at every line made a long article's split grow with the square of its
    length (a 200 KB article of intertitles: 26 times the default's instructions)."""
    text = corpus.intertitled_article(60_000)
    reads: list[str] = []
    letter_runs = boundaries._letter_runs
    monkeypatch.setattr(
        boundaries, "_letter_runs", lambda line: reads.append(line) or letter_runs(line)
    )
    kept: list[tuple[int, list[str]]] = []
    with using(shipped(), kept):
        split_text(text)
    paragraphs = text.count("\n\n")
    assert len(kept) > 50
    assert len(reads) < 4 * paragraphs


def test_a_decision_settled_without_the_words_is_the_one_they_give() -> None:
    """Where nobody reads a score, the word features are read only when the rest leave the
    decision open; where they are left out, every scored line of the tune half decides as
    with them."""
    model = shipped()
    kept: list[tuple[int, list[str]]] = []
    with using(model, kept):
        for path in sorted((REAL / "tune").glob("*.txt")):
            load_dump(path)
    settled = 0
    for _, names in kept:
        rest = [name for name in names if not name.startswith(DEFERRED)]
        assert len(rest) <= len(names) - len(ECHOES) - 1  # an "ends" mark besides the words
        verdict = model.settled(model.score(rest))
        settled += verdict is not None
        assert verdict in (None, model.score(names) >= model.threshold)
    assert settled > len(kept) / 2
    with using(model):
        untraced = [a.to_dict() for a in split_text(corpus.intertitled_article(60_000))]
    with using(model, []):
        assert [a.to_dict() for a in split_text(corpus.intertitled_article(60_000))] == untraced


def test_a_start_on_the_dump_s_last_line_closes_the_article_above() -> None:
    """A line the model would start an article on, with nothing under it, is the credits of
    the article above: as a one-line article it was folded back into the body above."""
    text = (
        "A Headline for the First Story\n\nThe first story's body runs on for a sentence. It"
        " has a second one too.\n\nAnd a third paragraph closes it here.\n\n"
        "Was this page helpful?\n"
    )
    with using(StartModel({}, 100.0, 0.0)):
        (article,) = split_text(text)
    assert article.body.endswith("closes it here.")
    assert article.meta["credits"] == "Was this page helpful?"


def test_the_margin_toward_the_rules_moves_only_lines_they_disagree_on() -> None:
    """With a margin, a line the rules start needs `threshold - margin`, any other
    `threshold + margin`."""
    model = StartModel({"rule": 0.0, "sure": 1.0, "unsure": 0.3}, -0.3, 0.0)
    kept = toward_rules(model, 0.5)
    started = {names: kept.score(names) >= kept.threshold for names in _LINES}
    assert started == {("rule",): True, ("sure",): True, ("unsure",): False, (): False}
    assert [model.score(names) >= model.threshold for names in _LINES] == [False, True, True, False]
    assert toward_rules(model, 0.0) is model


_LINES = (("rule",), ("sure",), ("unsure",), ())


def test_a_hit_lost_to_the_rules_costs_more_than_one_won() -> None:
    assert against_rules([[1, 1], [2, 0]], [[0, 1], [2, 0]]) == 1
    assert against_rules([[1, 0]], [[0, 1]]) == 1 - LOSS


def test_each_half_is_left_out_whole() -> None:
    cases = load_cases(REAL, TRAIN)
    held = halves_out(cases)
    assert sorted(k for fold in held for k in fold) == list(range(len(cases)))
    assert [{cases[k].split for k in fold} for fold in held] == [{half} for half in TRAIN]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Rust Blog)", ["wrapped"]),
        ("*By the web team*", ["wrapped"]),
        ("— Service de presse", ["opens with a dash"]),
        ("AUTHOR: F-DROID CORE TEAM", ["opens with a label"]),
        ("Rédaction : pôle Design", ["opens with a label"]),
        ("Business Team", []),
        ("Why (and how) we moved", []),
    ],
)
def test_a_trailer_s_marks_are_features(line: str, names: list[str]) -> None:
    assert marks(line) == names


@pytest.mark.parametrize(
    ("trailer", "names"),
    [
        ("_Licensed CC BY 4.0 — opensource.guide_", ["above wrapped"]),
        ("— Service de presse", ["above opens with a dash"]),
        ("Many thanks to everyone who helped us.", []),
    ],
)
def test_a_trailer_s_marks_over_a_line_are_its_features(trailer: str, names: list[str]) -> None:
    """A trailer closes the article above: its marks over a line speak for a start there
    (fresh18's next guide, "Ihr Verhaltenskodex", under its licence line), as the line's own
    marks speak against one."""
    text = (
        "A Guide To Running Meetings\n\nThe first guide's text runs on for a sentence or two, as"
        f" any guide's paragraph does.\n{trailer}\n\n\nYour Code of Conduct\n\nThe second guide"
        " opens with a paragraph of its own that runs on.\n"
    )
    kept: list[tuple[int, list[str]]] = []
    with using(RULES, kept):
        split_text(text)
    (scored,) = [
        found for number, found in kept if number == text.splitlines().index("Your Code of Conduct")
    ]
    assert [name for name in scored if name.startswith(("above wrapped", "above opens"))] == names


def test_a_rules_start_the_model_keeps_over_a_closing_block_is_the_credits() -> None:
    """fresh16's copied page: "Was this page helpful?" over "Yes  No" and its date, a
    wider gap under them; the rules start an article there (the first of the three), a
    model that starts none keeps it in the article above, as its credits (it went into the
    body); the other two, which the rules do not start, are no line lost: the body's text,
    or the last one the site's repeated footer (`repeats`, a short call)."""
    with using(StartModel({}, -100.0, 0.0)):
        (article,) = load_dump(REAL / "fresh16" / "classic_01.txt")
    assert article.meta["credits"] == "Was this page helpful?"
    footer = article.meta["chrome"].count("Was this page helpful?")
    assert article.body.count("Was this page helpful?") + footer == 2


def test_an_edge_is_not_chosen_for_the_neighbours_it_lacks() -> None:
    """Session 38's trap, in small: on a ridge of equal choices, one at the grid's edge
    has no neighbour on its worse side and one inside has; the recorded one inside stays,
    for each choice is judged by its own score, half by half."""
    right = {choice: [0] * 4 for choice in itertools.product(L2S, OFFSETS, MARGINS, PRIORS)}
    kept = (L2S[3], OFFSETS[3], MARGINS[2], False)
    edge = (L2S[3], OFFSETS[0], MARGINS[2], False)
    for offset in OFFSETS[:4]:
        right[L2S[3], offset, MARGINS[2], False] = [5, 5, 5, 5]  # the ridge, to the edge
    right[L2S[3], OFFSETS[4], MARGINS[2], False] = [-20] * 4  # beside the recorded one only
    assert searched(right, kept) == kept
    right[edge] = [6, 6, 6, 6]
    assert searched(right, kept) == edge


@pytest.mark.parametrize(
    ("better", "chosen"),
    [
        ([9, -3, 9, -3], (L2S[-1], 0.0, 1.0, False)),  # 12 against 8: the most, noisy
        ([2, 2, 2, 2], (L2S[-1], 0.0, 1.0, False)),  # as many: the surer toward the rules
        ([1, 2, 2, 2], (L2S[-1], 0.0, 0.5, False)),  # fewer: the most
    ],
)
def test_the_best_choice_is_the_most_then_the_simplest(
    better: list[int], chosen: tuple[float, float, float, bool]
) -> None:
    """The best own score wins, however noisy (the bar against the recorded choice is
    `searched`'s); among equals, the surer toward the rules, the rules' verdict fitted
    rather than a prior, the strongest L2 and the threshold nearest even odds."""
    right = {
        (l2, offset, margin, prior): {0.5: [2, 2, 2, 2], 1.0: better}.get(margin, [-10] * 4)
        for l2, offset, margin, prior in itertools.product(L2S, OFFSETS, MARGINS, PRIORS)
    }
    assert best_choice(right) == chosen


def test_the_search_keeps_the_recorded_choice_unless_beaten_beyond_noise() -> None:
    """A recorded choice that scores a hit under the best on one half of twenty stays; one
    under it on every half is replaced by the best, and so is one off the grid."""
    right = {choice: [1] * 20 for choice in itertools.product(L2S, OFFSETS, MARGINS, PRIORS)}
    kept = (L2S[0], OFFSETS[0], MARGINS[-1], True)
    right[kept] = [0] + [1] * 19
    assert best_choice(right) != kept
    assert searched(right, kept) == kept
    right[kept] = [0] * 20
    assert searched(right, kept) == best_choice(right) != kept
    assert searched(right, (0.5, 0.0, 1.0, False)) == best_choice(right)


def test_the_rules_verdict_as_a_prior_weighs_the_margin_and_nothing_fitted() -> None:
    """As a prior, the rules' verdict is left out of the fit and weighs only what the
    margin gives it: at margin 0 the model decides as if the rules had said nothing."""
    found = [
        Candidate(k, ("rule", "strong") if k % 3 else ("rule",), bool(k % 3)) for k in range(30)
    ]
    assert "rule" in chosen_fit(found, (1.0, 0.0, 0.0, False)).weights
    assert "rule" not in chosen_fit(found, (1.0, 0.0, 0.0, True)).weights
    assert chosen_fit(found, (1.0, 0.0, 0.5, True)).weights["rule"] == 1.0


def test_a_search_splits_a_dump_again_only_where_a_model_answers_otherwise() -> None:
    """`Walks` gives the hits a split would, and splits a dump again only for a model that
    answers one of its questions otherwise: a threshold moved between two scores the
    model never gave changes nothing."""
    case = load_cases(REAL, ("fresh2",))[2]  # foreign_web_02: six lines asked
    model = start_model.shipped()
    walks = Walks()
    assert walks.hits([case], model) == per_dump([case], model)
    nudged = StartModel(model.weights, model.bias, model.threshold + 1e-6)
    assert walks.hits([case], nudged) == per_dump([case], nudged)
    assert (walks.asked, len(walks)) == (2, 1)
    eager = StartModel(model.weights, model.bias, -1e9)  # starts one at every line it is asked
    assert walks.hits([case], eager) == per_dump([case], eager) != per_dump([case], model)
    assert len(walks) == 2
