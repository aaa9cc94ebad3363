"""Fixtures shared by the splitter's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.dumps import trials


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The rules decide everything, no learned model: for a rule whose miss the models hid
    on the half that showed it, tested where it fails."""
    monkeypatch.setenv(trials.SETTING, trials.RULES)
    trials.setting.cache_clear()
    yield
    monkeypatch.delenv(trials.SETTING)
    trials.setting.cache_clear()
