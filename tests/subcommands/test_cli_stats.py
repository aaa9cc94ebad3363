"""`reader stats`: counts per state, tag and entity label, plain and --json."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.analysis import Analysis, Entity
from reader.cli import main
from reader.dumps.load import load_dump
from reader.library.stats import said_days
from reader.nlp.cache import EntityCache, text_key
from reader.nlp.service import DEFAULT_MODEL, expected_identity
from reader.store import Store
from reader.subcommands._charts import render
from tests.conftest import NEWS, SEED
from tests.library.triage_helpers import charts_in_thousands


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    first, second = load_dump(tmp_path / "seeds" / SEED.name)
    with Store(tmp_path / "annotations" / "reader.json") as store:
        store.set_state(first.id, "starred")
        store.add_annotation(first.id, first.body, 0, 5, tags=["claim", "evidence"])
        store.add_annotation(second.id, second.body, 0, 5, tags=["claim"])
    return tmp_path


def stats_json(workspace: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    assert main(["stats", "--json", "--workspace", str(workspace), *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_counts_states_and_tags_of_the_seed_dumps(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = stats_json(workspace, capsys)
    assert document["articles"] == 2
    assert document["states"]["starred"] == 1 and document["states"]["new"] == 1
    assert document["triaged"] == 1
    assert document["tags"]["claim"] == {"annotations": 2, "articles": 2}
    assert document["tags"]["evidence"] == {"annotations": 1, "articles": 1}
    assert document["entities"]["analysed"] == 0
    assert document["entities"]["unanalysed"] == 2
    assert document["entities"]["labels"] == {}


def test_plain_output_says_how_many_articles_lack_entities(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_file = workspace / "annotations" / "reader.json"
    before = store_file.read_bytes()
    assert main(["stats", "--workspace", str(workspace)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 articles in 1 dump\n")
    assert "triaged 1 of 2" in out
    assert "claim" in out and "      2 annotations in 2 articles" in out
    assert "      1 annotation in 1 article" in out  # evidence
    assert "2 have no cached entities (run with --analyse)" in out
    assert store_file.read_bytes() == before


def test_paths_choose_the_dumps_and_duplicates_count_once(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    document = stats_json(workspace, capsys, str(workspace / "seeds"), str(copy))
    assert document["articles"] == 2 and document["shared"] == 2
    assert len(document["dumps"]) == 2


def test_naming_no_dump_counts_the_dumps_the_work_is_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After `reader DIR` (no seeds/), `reader stats` counts the work the store holds in
    DIR's dumps, as `reader export` exports it: it counted 0 articles and 0 tags."""
    dump = tmp_path / "elsewhere" / SEED.name
    dump.parent.mkdir()
    shutil.copy(SEED, dump)
    first, second = load_dump(dump)
    workspace = tmp_path / "workspace"
    with Store(workspace / "annotations" / "reader.json") as store:
        store.set_state(first.id, "starred")
        store.add_annotation(second.id, second.body, 0, 5, tags=["claim"])
        store.remember([first, second])
    assert main(["stats", "--json", "--workspace", str(workspace)]) == 0
    said = capsys.readouterr()
    document = json.loads(said.out)
    assert document["articles"] == 2 and document["states"]["starred"] == 1
    assert document["tags"]["claim"] == {"annotations": 1, "articles": 1}
    assert said.err == ""  # not a word of the seeds/ the workspace has none of


def test_a_missing_dump_is_a_one_line_error(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", str(workspace / "nope.txt"), "--workspace", str(workspace)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1


@pytest.mark.slow
def test_analyse_fills_the_cache_that_a_plain_run_then_reads(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    analysed = stats_json(workspace, capsys, "--analyse")
    assert analysed["entities"]["analysed"] == 2
    assert analysed["entities"]["labels"]["PERSON"]["articles"] >= 1
    cached = stats_json(workspace, capsys)
    assert cached["entities"]["analysed"] == 2
    assert cached["entities"]["labels"] == analysed["entities"]["labels"]


@pytest.mark.slow
def test_stats_without_analyse_never_imports_spacy_and_triage_never_imports_textual(
    workspace: Path,
) -> None:
    script = (
        "import sys\n"
        "import reader.library.triage, reader.dumps.inbox\n"
        "import reader.library.dwell, reader.library.stats\n"
        "from reader.cli import main\n"
        f"code = main(['stats', '--json', '--workspace', {str(workspace)!r}])\n"
        "leaked = sorted({'spacy', 'textual'} & {m.split('.')[0] for m in sys.modules})\n"
        "print(code, leaked, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stderr.strip() == "0 []"


def test_plot_draws_the_charts_after_the_counts_without_escapes(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--plot", "--workspace", str(workspace)]) == 0
    out = capsys.readouterr().out
    counts, charts = out.split("Articles per dump", 1)
    assert "triaged 1 of 2" in counts
    assert f"{SEED.name} 2┤" in charts  # one labelled bar, its count beside the name
    assert "Triage progress: articles triaged by each day of work, of 2" in charts
    assert "claim 2┤" in charts and "evidence 1┤" in charts
    assert "Top entities of the kept and starred articles" in charts
    assert "\x1b" not in out  # not a terminal: no colours


def test_plot_says_its_days_as_the_stats_screen_does(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "1 Mar", not "03-01" (which could be the 3rd of January)."""
    days = tuple(stats_json(workspace, capsys)["charts"]["progress"])
    assert main(["stats", "--plot", "--workspace", str(workspace)]) == 0
    charts = capsys.readouterr().out
    assert all(day in charts for day in said_days(days))
    assert not any(day[5:] in charts for day in days)


def test_json_carries_the_charts_series(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    charts = stats_json(workspace, capsys)["charts"]
    assert charts["articles_per_dump"] == {SEED.name: 2}
    assert sum(charts["articles_per_day"].values()) + charts["undated"] == 2
    assert list(charts["progress"].values())[-1] == 1
    assert sum(charts["annotations_per_day"].values()) == 2
    assert charts["tags"] == {"claim": 2, "evidence": 1}


def corrected_workspace(workspace: Path) -> None:
    """The first article's cached entities ("North Korean" NORP, "Russian" GPE) with
    "Russian" relabelled NORP by the user; the second article, never analysed, checked
    with one entity of the user's ("Trump" PERSON)."""
    first, second = load_dump(workspace / "seeds" / SEED.name)
    north, russian = _span(first.body, "North Korean"), _span(first.body, "Russian")
    predicted = Analysis((Entity(*north, "NORP"), Entity(*russian, "GPE")), ())
    EntityCache(workspace / "annotations" / ".cache").put(
        expected_identity(DEFAULT_MODEL), text_key(first), predicted
    )
    with Store(workspace / "annotations" / "reader.json") as store:
        store.set_entity(first.id, first.body, *russian, "NORP")
        store.check_entities(
            second.id, second.body, [Entity(*_span(second.body, "Trump"), "PERSON")]
        )


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def test_the_counts_are_of_the_entities_as_the_user_corrected_them(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The user who relabelled an entity and checked an article saw the model's labels
    counted again, and a checked article not analysed counted as having no entities."""
    corrected_workspace(workspace)
    model = ("--model", DEFAULT_MODEL)
    entities = stats_json(workspace, capsys, *model)["entities"]
    assert entities["labels"] == {
        "NORP": {"mentions": 2, "articles": 1},
        "PERSON": {"mentions": 1, "articles": 1},
    }
    assert (entities["analysed"], entities["corrected"], entities["checked"]) == (2, 2, 1)
    predicted = stats_json(workspace, capsys, *model, "--predicted")["entities"]
    assert predicted["labels"] == {
        "NORP": {"mentions": 1, "articles": 1},
        "GPE": {"mentions": 1, "articles": 1},
    }
    assert (predicted["analysed"], predicted["corrected"], predicted["checked"]) == (1, 0, 0)
    assert main(["stats", "--workspace", str(workspace), *model]) == 0
    out = capsys.readouterr().out
    assert "all 2 articles analysed; 2 counted as you corrected them (1 checked)" in out


def test_plot_writes_counts_with_thousands_separated_as_the_counts_above_it() -> None:
    drawn = render(charts_in_thousands(), colour=False, width=100)
    assert "Triage progress: articles triaged by each day of work, of 12,345" in drawn
    assert "Articles per day (their own date; 8,145 undated)" in drawn
    assert "wire.txt 12,345┤" in drawn and "claim 1,001┤" in drawn and "Putin 2,000┤" in drawn


def test_a_reprint_counts_in_its_story_s_state_with_the_articles_beside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The list's header said "triaged 1 of 8 stories" where `reader stats` counted the
    reprint of the kept story (never opened in its own dump) as one more article to read."""
    stories = [p.read_text(encoding="utf-8").strip() for p in sorted(NEWS.glob("*.txt"))]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "wire.txt").write_text("\n\n\n".join(stories) + "\n", encoding="utf-8")
    reprint = "Health officials sound the alarm\n\n" + stories[7].split("\n\n", 1)[1]
    (seeds / "web.txt").write_text(reprint + "\n", encoding="utf-8")
    with Store(tmp_path / "annotations" / "reader.json") as store:
        store.set_state(load_dump(seeds / "wire.txt")[7].id, "kept")
    document = stats_json(tmp_path, capsys)
    assert (document["articles"], document["states"]["new"], document["triaged"]) == (9, 8, 1)
    assert document["stories"]["total"] == 8 and document["stories"]["triaged"] == 1
    assert document["stories"]["states"]["new"] == 7
    assert main(["stats", "--workspace", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "triaged 1 of 8 stories (1 of 9 articles)\n" in out
    assert re.search(r"\n +stories articles\n  new +7 +8\n  read +0 +0\n", out), out
