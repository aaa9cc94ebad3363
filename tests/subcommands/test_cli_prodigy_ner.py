"""`reader export -f prodigy-ner`: the checked articles' entities, as the user corrected
them, as accepted Prodigy `ner.manual` tasks; imported into a fresh workspace, the same
entities come back as the article's gold, checked again."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from reader.analysis import Entity
from reader.article import Article
from reader.dumps.load import load_dump
from reader.interchange.exporters.jsonl import prodigy_hash
from reader.interchange.training import checked_articles
from reader.store import Store
from tests.conftest import SEED
from tests.subcommands.import_support import run, seeded_workspace, worked_workspace


def _checked(root: Path) -> tuple[Article, list[Entity]]:
    """The seed's first article checked after two edits of the model's entities (an edge
    moved, a label changed; a third accepted as shown); it and its gold, in text order."""
    first = load_dump(root / "seeds" / SEED.name)[0]
    body = first.body
    korean, pyongyang, ukraine = (body.index(word) for word in ("Korean", "Pyongyang", "Ukraine"))
    shown = [
        Entity(korean, korean + 6, "NORP"),
        Entity(pyongyang, pyongyang + 9, "GPE"),
        Entity(ukraine, ukraine + 7, "GPE"),
    ]
    with Store(root / "annotations" / "reader.json", root=root) as store:
        store.set_entity(first.id, body, korean - 6, korean + 6, "NORP")  # "North Korean"
        store.set_entity(first.id, body, pyongyang, pyongyang + 9, "LOC")
        store.check_entities(first.id, body, shown)
    return first, [
        Entity(korean - 6, korean + 6, "NORP"),
        Entity(pyongyang, pyongyang + 9, "LOC"),
        Entity(ukraine, ukraine + 7, "GPE"),
    ]


def test_a_checked_articles_edited_entities_are_its_accepted_spans_on_its_tokens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = worked_workspace(tmp_path / "work")
    first, gold = _checked(root)
    tasks = tmp_path / "ner.jsonl"
    assert run(root, "export", "-f", "prodigy-ner", "-o", str(tasks)) == 0
    (task,) = map(orjson.loads, tasks.read_bytes().splitlines())
    spans, tokens = task["spans"], task["tokens"]
    assert [(s["start"], s["end"], s["label"]) for s in spans] == [
        (e.start, e.end, e.label) for e in gold
    ]
    assert "".join(t["text"] + " " * t["ws"] for t in tokens) == task["text"] == first.body
    assert [t["id"] for t in tokens] == list(range(len(tokens)))
    assert all(first.body[t["start"] : t["end"]] == t["text"] for t in tokens)
    doc = Doc(Vocab(), [t["text"] for t in tokens], [t["ws"] for t in tokens])
    for span in spans:  # as Prodigy's ner_manual and spaCy's Doc(words, spaces) read them
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
        found = doc.char_span(span["start"], span["end"])
        assert found is not None
        assert (found.start, found.end - 1) == (span["token_start"], span["token_end"])
    assert (task["answer"], task["_view_id"]) == ("accept", "ner_manual")
    assert (task["meta"]["article_id"], task["meta"]["source"]) == (first.id, f"seeds/{SEED.name}")
    assert task["_task_hash"] == prodigy_hash({"spans": spans}, prefix=b"%d" % task["_input_hash"])
    assert capsys.readouterr().err == (
        f"exported 1 checked article with 3 entities as accepted Prodigy NER tasks to "
        f"{tasks}; 1 unchecked article left out\n"
    )


def test_the_task_is_hashed_as_the_jsonl_export_hashes_the_article(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Prodigy dedupes by the input hash: the same article from either export is one input."""
    root = worked_workspace(tmp_path / "work")
    first = _checked(root)[0]
    assert run(root, "export", "-f", "jsonl") == 0
    jsonl = {
        line["meta"]["article_id"]: line
        for line in map(orjson.loads, capsysbinary.readouterr().out.splitlines())
    }
    assert run(root, "export", "-f", "prodigy-ner") == 0  # to stdout
    (task,) = map(orjson.loads, capsysbinary.readouterr().out.splitlines())
    assert task["_input_hash"] == jsonl[first.id]["_input_hash"]
    assert task["text"] == jsonl[first.id]["text"]


def test_the_tasks_imported_into_a_fresh_workspace_give_the_same_gold(tmp_path: Path) -> None:
    root = worked_workspace(tmp_path / "one")
    first, gold = _checked(root)
    tasks = tmp_path / "ner.jsonl"
    assert run(root, "export", "-f", "prodigy-ner", "-o", str(tasks)) == 0
    fresh = seeded_workspace(tmp_path / "two")
    assert run(fresh, "import", str(tasks)) == 0
    with Store(fresh / "annotations" / "reader.json", root=fresh) as store:
        (back,) = checked_articles(store, load_dump(fresh / "seeds" / SEED.name))
        assert store.annotations() == []  # entities, not passages tagged NORP or LOC
    assert back.article.id == first.id
    assert sorted(back.entities, key=lambda e: e.start) == gold


def test_an_article_checked_in_a_dump_outside_seeds_is_exported_beside_those_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader seeds/ other/`: articles checked in other/ train too (they were "not in
    these dumps as they were", with advice to check them again), and export their passages."""
    root = worked_workspace(tmp_path / "work")
    other = root / "other" / "brief.txt"
    other.parent.mkdir()
    other.write_text("Harbour reopens\n\nThe harbour in Hull reopened on Monday.\n")
    (brief,) = load_dump(other)
    hull = brief.body.index("Hull")
    with Store(root / "annotations" / "reader.json", root=root) as store:
        store.remember([brief])
        store.check_entities(brief.id, brief.body, [Entity(hull, hull + 4, "GPE")])
        store.add_annotation(brief.id, brief.body, hull, hull + 4, ["claim"])
    tasks = tmp_path / "ner.jsonl"
    assert run(root, "export", "-f", "prodigy-ner", "-o", str(tasks)) == 0
    (task,) = map(orjson.loads, tasks.read_bytes().splitlines())
    assert (task["meta"]["source"], task["spans"][0]["label"]) == ("other/brief.txt", "GPE")
    assert "exported 1 checked article with 1 entity" in capsys.readouterr().err
    # its passages too: an export left it out "whose dump is not present" (it was there)
    assert run(root, "export", "-f", "doccano", "-o", str(tasks)) == 0
    assert brief.id in {
        orjson.loads(line)["article_id"] for line in tasks.read_bytes().splitlines()
    }
    assert "not present" not in capsys.readouterr().err


def test_with_no_checked_article_it_says_so_in_one_line_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = worked_workspace(tmp_path / "work")
    tasks = tmp_path / "ner.jsonl"
    assert run(root, "export", "-f", "prodigy-ner", "-o", str(tasks)) == 1
    err = capsys.readouterr().err
    assert "no checked articles: check an article's entities in the reader first" in err
    assert len(err.strip().splitlines()) == 1 and not tasks.exists()


@pytest.mark.parametrize("option", [["--with-entities"], ["--tag", "claim"], ["--dev", "d.spacy"]])
def test_an_option_it_has_no_use_for_is_refused(
    tmp_path: Path, option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    root = worked_workspace(tmp_path / "work")
    _checked(root)
    assert run(root, "export", "-f", "prodigy-ner", *option) == 1
    assert option[0] in capsys.readouterr().err
