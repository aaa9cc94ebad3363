"""The pickers' ranking: the name typed first, then the nearest completions, then the rest."""

from __future__ import annotations

from reader.store import Tag
from reader.tui.dialogs.label_picker import matching_labels
from reader.tui.dialogs.tag_picker import matching
from reader.tui.presenters.matching import ranked

LABELS = ["CARDINAL", "ORG", "ORDINAL", "PERCENT", "PERSON", "WORK_OF_ART"]


def test_a_prefix_offers_the_shortest_completion_first() -> None:
    assert matching_labels(LABELS, "PER") == ["PERSON", "PERCENT"]
    assert matching_labels(LABELS, "per")[0] == "PERSON"


def test_the_name_typed_comes_first_even_when_a_longer_one_was_listed_before_it() -> None:
    assert matching_labels(["ORDINAL", "ORG"], "org") == ["ORG"]
    tags = [Tag("keynote", "#000000", None), Tag("key", "#111111", "1")]
    assert [tag.name for tag in matching(tags, " key ")] == ["key", "keynote"]


def test_names_and_meanings_containing_the_text_come_after_the_prefixes() -> None:
    found = matching_labels(LABELS, "or")
    assert found[:2] == ["ORG", "ORDINAL"]
    assert "WORK_OF_ART" in found[2:]
    assert matching_labels(LABELS, "people")[0] == "PERSON"  # by its meaning


def test_nothing_typed_keeps_the_given_order_and_nothing_matching_gives_nothing() -> None:
    assert ranked(LABELS, "  ", str) == LABELS
    assert ranked(LABELS, "zzz", str) == []
