from __future__ import annotations

from pathlib import Path

from reader.library.articles import Library
from reader.library.entity_index import EntityIndex
from reader.library.stats import collect
from reader.store import Store
from tests.library.triage_helpers import analysis_of, make_article


def test_counts_cover_only_the_dumps_given(tmp_path: Path) -> None:
    a = make_article("A", "Iran and Iraq met Bob.", "/d/a.txt", 0)
    b = make_article("B", "Nothing here.", "/d/a.txt", 1)
    a_again = make_article("A", "Iran and Iraq met Bob.", "/d/b.txt", 0)
    outsider = make_article("X", "Not opened.", "/d/x.txt", 0)
    library = Library([a, b, a_again])
    with Store(tmp_path / "s.json") as store:
        store.set_state(a.id, "starred")
        store.set_state(outsider.id, "kept")
        store.add_annotation(a.id, a.body, 0, 4, tags=["claim", "place"])
        store.add_annotation(a.id, a.body, 9, 13, tags=["claim"])
        store.add_annotation(outsider.id, outsider.body, 0, 3, tags=["claim", "other"])
        states = {k: r.state for k, r in store.states().items()}
        annotations, tags = store.annotations(), [t.name for t in store.tags()]
    entities = EntityIndex()
    entities.add(
        a.id, a.body, analysis_of(a.body, ("Iran", "GPE"), ("Iraq", "GPE"), ("Bob", "PERSON"))
    )
    stats = collect(library, states, annotations, tags, entities, "model-x")
    assert (stats.articles, stats.shared, stats.analysed, stats.unanalysed) == (2, 1, 1, 1)
    assert stats.progress.describe() == "triaged 1 of 2"
    counts = [(t.name, t.annotations, t.articles) for t in stats.tags]
    assert counts[:2] == [("claim", 2, 1), ("place", 1, 1)]
    assert ("other", 0, 0) in counts
    assert {t.name for t in stats.tags} == set(tags)
    document = stats.to_dict()
    assert document["states"] == {"new": 1, "read": 0, "starred": 1, "kept": 0, "discarded": 0}
    assert document["entities"] == {
        "model": "model-x",
        "analysed": 1,
        "unanalysed": 1,
        "labels": {"GPE": {"mentions": 2, "articles": 1}, "PERSON": {"mentions": 1, "articles": 1}},
    }
    assert document["dumps"] == ["/d/a.txt", "/d/b.txt"]
