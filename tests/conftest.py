"""Shared fixtures: paths inside the repository only (tests never read outside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8217380e2a8b8745.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED
