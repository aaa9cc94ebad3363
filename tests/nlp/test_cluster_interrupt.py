"""Ctrl+C before a Dask run is under way ends `reader analyse` without a traceback.

Pressed while the local cluster's workers loaded the pipeline (some seconds under load), it
printed the scheduler's "broadcast ... failed" errors and asyncio's "Future exception was
never retrieved" with a tornado traceback under the last line (seen by hand, 1 in 3 tries
at that moment): only a Ctrl+C during the run quieted them. Pressed while the cluster
started, it was lost: Ctrl+C was ignored meanwhile, so that its workers would ignore it.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Iterator

import pytest

from reader.nlp import cluster

_LOGGERS = ("asyncio", "distributed")


class _Closing:
    """A stand-in for the cluster or its client, noting that it was closed."""

    def __init__(self, name: str, closed: list[str]) -> None:
        self._name = name
        self._closed = closed

    def close(self) -> None:
        self._closed.append(self._name)


@pytest.fixture
def levels() -> Iterator[None]:
    """The loggers' levels as they were, set back after the test."""
    before = {name: logging.getLogger(name).level for name in _LOGGERS}
    yield
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


def _interrupted(*args: object, **kwargs: object) -> cluster.Session:
    raise KeyboardInterrupt


def test_ctrl_c_while_the_workers_load_the_pipeline_closes_all_quietly(
    monkeypatch: pytest.MonkeyPatch, levels: None
) -> None:
    closed: list[str] = []
    monkeypatch.setattr(cluster, "_local_cluster", lambda workers: _Closing("cluster", closed))
    monkeypatch.setattr(cluster, "Client", lambda *args, **kwargs: _Closing("client", closed))
    monkeypatch.setattr(cluster, "_prepare", _interrupted)
    with pytest.raises(KeyboardInterrupt), cluster.open_session(None, "model", workers=2):
        pass
    assert closed == ["client", "cluster"]
    assert [logging.getLogger(name).level for name in _LOGGERS] == [logging.CRITICAL] * 2


def test_ctrl_c_while_the_local_cluster_starts_stops_the_command_and_no_worker_takes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    masks: list[set[signal.Signals]] = []

    def starting(**options: object) -> _Closing:
        masks.append(signal.pthread_sigmask(signal.SIG_BLOCK, set()))  # its workers' too
        os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl+C, as the workers come up
        return _Closing("cluster", [])

    monkeypatch.setattr(cluster, "LocalCluster", starting)
    monkeypatch.setattr("multiprocessing.resource_tracker.ensure_running", lambda: None)
    taken = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            cluster._local_cluster(2)
    finally:
        signal.signal(signal.SIGINT, taken)
    assert signal.SIGINT in masks[0]
