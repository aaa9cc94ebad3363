"""Label styles: every model label explained, colours readable on dark and light themes."""

from __future__ import annotations

import pytest

from reader.nlp import EntityService
from reader.nlp.glossary import known_labels, label_style

_DARK_TEXT = "#1e1e1e"
_DARK_BACKGROUND = "#121212"
_UNKNOWN = ("SPORT", "DRUG", "X", "ANIMAL", "FOOD", "VEHICLE", "LEGAL_ENTITY")


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_model_labels_are_all_known_and_explained_as_spacy_does(
    model_service: EntityService,
) -> None:
    import spacy

    assert set(known_labels()) == set(model_service.pipeline.get_pipe("ner").labels)
    for label in known_labels():
        assert label_style(label).description == spacy.explain(label)


def test_unknown_labels_are_explained_by_spacy_once_it_is_loaded(
    model_service: EntityService,
) -> None:
    assert label_style("NOUN").description == "noun"
    assert label_style("NO_SUCH_LABEL").description == "NO_SUCH_LABEL"


@pytest.mark.parametrize("label", [*known_labels(), *_UNKNOWN])
def test_highlights_keep_text_readable_and_stand_out(label: str) -> None:
    style = label_style(label)
    assert max(_contrast(style.dark, "#ffffff"), _contrast(style.dark, "#000000")) >= 4.5
    assert _contrast(style.light, _DARK_TEXT) >= 4.5
    assert _contrast(style.dark, _DARK_BACKGROUND) >= 1.5


def test_unknown_labels_get_a_stable_style() -> None:
    assert label_style("SPORT") == label_style("SPORT")
    assert label_style("SPORT").label == "SPORT"
    assert label_style("SPORT").description


def test_other_languages_person_label_looks_like_person() -> None:
    person, per = label_style("PERSON"), label_style("PER")
    assert (per.label, per.dark, per.light) == ("PER", person.dark, person.light)
