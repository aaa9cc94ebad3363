"""The collector paused for bulk work comes back only when the last pauser ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy

from reader.collector import collector_paused
from reader.nlp.pipeline import build


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()  # as it was: a test that turned it off leaves it on


def test_overlapping_pauses_resume_only_when_the_last_ends() -> None:
    """Two threads' pauses need not end in the order they began (entered and left by hand
    here, as two threads would)."""
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second's bulk work still runs
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused(), collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_the_collector_comes_back_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_a_model_loaded_in_a_pause_leaves_it_paused(tmp_path: Path) -> None:
    """spaCy's loader turns the collector on as it ends (srsly's msgpack reader does): a
    model loaded in one thread ended another thread's pause early."""
    saved = spacy.blank("en")
    saved.add_pipe("ner").add_label("PERSON")
    saved.initialize()
    saved.to_disk(tmp_path / "model")
    with collector_paused():
        nlp, info = build(str(tmp_path / "model"))
        assert not gc.isenabled()
    assert gc.isenabled() and not info.fallback and "ner" in nlp.pipe_names
