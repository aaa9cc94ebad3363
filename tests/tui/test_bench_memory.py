"""bench.memory's watch of the app's resident memory: where the highest sample fell against
the moment the model showed loaded, and how high it was around that moment."""

from __future__ import annotations

import os
import time

import pytest

from bench import memory
from bench.memory import Resident


def test_the_highest_sample_near_the_model_and_when_the_highest_of_all_came(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resident = Resident(os.getpid())
    resident.stop()
    monkeypatch.setattr(memory, "AROUND", (3.0, 1.0))
    loaded = 100.0
    resident._samples[:] = [(90.0, 5), (97.5, 7), (99.9, 9), (101.5, 8), (130.0, 12), (131.0, 4)]
    assert resident.around(loaded) == {"around_VmRSS": 9, "peak_after_ms": 30_000}
    resident._samples[:] = [(96.0, 20), (100.5, 6)]
    assert resident.around(loaded) == {"around_VmRSS": 6, "peak_after_ms": -4_000}


def test_it_reads_the_process_while_it_runs() -> None:
    resident = Resident(os.getpid())
    deadline = time.monotonic() + 5
    while not resident._samples and time.monotonic() < deadline:
        time.sleep(memory.SAMPLE_SECONDS)
    resident.stop()
    assert resident._samples
    assert resident.around(time.monotonic())["around_VmRSS"] > 1_000_000  # bytes, this process


@pytest.mark.parametrize(
    ("title", "read"),
    [
        (b"sm 3.8.0 \xc2\xb7 entities 3,000 of 10,000 articles ", (b"3,000", b"10,000")),
        (b"entities 3,000/10,000 ", (b"3,000", b"10,000")),
        (b"entities 3,000 of 10", None),  # cut: the rest of the count may follow
    ],
)
def test_it_reads_the_title_lines_count_of_analysed_articles(
    title: bytes, read: tuple[bytes, bytes] | None
) -> None:
    found = memory._ANALYSED.search(title)
    assert (found.groups() if found else None) == read
