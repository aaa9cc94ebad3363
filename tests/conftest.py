"""Shared fixtures: paths inside the repository only (tests never read outside it)."""

from __future__ import annotations

import gc
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from reader.article import Article, Paragraph, article_id
from reader.dumps.load import load_dumps
from reader.nlp import DEFAULT_MODEL, EntityService
from reader.text.cells import count_spacing_marks

settings.register_profile("reader", deadline=None)
settings.load_profile("reader")
"""No per-example deadline for property tests: on a loaded machine an example took 278 ms
against hypothesis's 200 ms and failed the suite ("FlakyFailure"); a test's worth is in
its examples, never in how fast the machine ran them."""

count_spacing_marks()
"""As the app and `reader articles` measure: every test sees the same widths, whichever
ran first in its worker."""

PYTHON_THRESHOLDS = gc.get_threshold()
"""The collector's thresholds as Python sets them and the app runs with them."""

gc.set_threshold(10_000, *PYTHON_THRESHOLDS[1:])
"""A young pass every 10,000 allocations, not 700, in the tests' processes: a worker keeps
what its tests share (every fixture dump's classified lines, the collected tests, spaCy,
Textual), and each full pass walked all of it; with Python's 700, half of an app test's CPU
was the collector (`test_q_quits` 0.45 s, 0.32 s of it collecting), and the collector 12% of
a worker's CPU. A test about when the collector runs asks for Python's own
(`pythons_collector`). The programs the tests start run with Python's (a forked child keeps
its parent's)."""

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
"""One BLAS thread, as `bench` sets it, before any test imports numpy: the tests that train
the learned models (`tests/dumps/test_start_model.py`, `test_field_model.py`, `test_carry.py`)
took 125 s with OpenBLAS's threads and 73 s with one (load 10-13)."""

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8217380e2a8b8745.txt"
REAL_FSYNC = os.fsync


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish() -> None:
    """Everything left is frozen out of the collector once the last test is done: pytest's
    cleanup then runs five full passes (for finalizers' errors), and over a worker's heap
    (spaCy, the apps, the dumps' lines) each took 1.5-2 s at load 15. An xdist worker
    still in them 5 s after the controller ended it was sent SIGINT by execnet
    (`WorkerGateway._terminate_execution`), raised as KeyboardInterrupt in the gc callback
    that ran then, hypothesis's: the unraisable warning a loaded suite printed (review36).
    No test sent it."""
    gc.freeze()


@pytest.fixture(autouse=True)
def _fsync_returns_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`os.fsync` does nothing in tests: what it promises only a power cut could show, so no
    test can see it, but on this shared disk the suite's 8,400 syncs took 46 s of its
    workers' time (load 15), a third of the json round trip's. A test about syncing
    patches it itself (a full disk, a sync refused), and the kill tests put the real one
    back (`REAL_FSYNC`), so their writers save as the app does."""
    monkeypatch.setattr(os, "fsync", _no_sync)


def _no_sync(fd: int) -> None:
    del fd


@pytest.fixture
def pythons_collector() -> Iterator[None]:
    """The collector's thresholds as the app runs with them (Python's), for a test of when
    it runs: with this suite's fewer young passes, an allocation that should have started
    one might not."""
    ours = gc.get_threshold()
    gc.set_threshold(*PYTHON_THRESHOLDS)
    yield
    gc.set_threshold(*ours)


@pytest.fixture(scope="session")
def _user_caches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the tests' user cache folders are made in, one a worker. `mktemp` for each
    test's own scanned the whole temporary folder to number it: quadratic in the tests a
    worker runs, some 8 s of each worker's CPU in the whole suite, and it slowed every
    `tmp_path` after it alike."""
    return tmp_path_factory.mktemp("user-caches")


_USER_CACHES = itertools.count()


@pytest.fixture(autouse=True)
def _own_user_cache(monkeypatch: pytest.MonkeyPatch, _user_caches: Path) -> None:
    """Each test (and the processes it starts) has a user cache folder of its own, empty
    (`reader.dumps.pattern_code.shared_folder`): none reads or writes the user's, and a
    test of a machine's first opening is not one after another test's."""
    folder = _user_caches / str(next(_USER_CACHES))
    folder.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))


@pytest.fixture
def seed_path() -> Path:
    return SEED


# --- NLP layer -------------------------------------------------------------------------

NEWS = ROOT / "tests" / "fixtures" / "articles"
"""Hand-written news articles (one per file) for checks against spaCy's full pipeline."""


def article_from_paragraphs(paragraphs: list[str], title: str = "A title") -> Article:
    """An article whose paragraphs are the given texts, separated by blank lines."""
    body = "\n\n".join(paragraphs)
    ranges: list[Paragraph] = []
    at = 0
    for text in paragraphs:
        ranges.append(Paragraph(at, at + len(text)))
        at += len(text) + 2
    return Article(article_id(title, body), "test", 0, title, body, tuple(ranges))


@pytest.fixture(scope="session")
def news_articles() -> list[Article]:
    """The fixture articles and the seed dump's, split as the app splits them."""
    return load_dumps([*sorted(NEWS.glob("*.txt")), SEED])


@pytest.fixture(scope="session")
def model_service(tmp_path_factory: pytest.TempPathFactory) -> EntityService:
    """The real model, loaded once per session (services share loaded pipelines)."""
    service = EntityService(DEFAULT_MODEL, tmp_path_factory.mktemp("entity-cache"))
    service.load()
    return service


# --- the browser tests (make e2e) ------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--e2e", action="store_true", help="also collect tests/e2e (needs Chromium: make e2e)"
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """tests/e2e drives a real browser: collected only with --e2e (`make e2e`)."""
    if collection_path == ROOT / "tests" / "e2e" and not config.getoption("--e2e"):
        return True
    return None
