"""Work run ahead in a forked child gives exactly what a plain call gives, errors included."""

from __future__ import annotations

import os
import threading

import pytest

from reader.errors import ReaderError
from reader.tui.ahead import Ahead


def test_the_result_comes_from_the_child() -> None:
    parent = os.getpid()
    ahead = Ahead(lambda: (os.getpid(), [1, "two"]))
    pid, value = ahead.result()
    assert value == [1, "two"]
    if threading.active_count() == 1:  # else it ran here, by design
        assert pid != parent


def test_an_error_in_the_child_is_raised_by_the_plain_call_here() -> None:
    def fails() -> None:
        raise ReaderError("no dumps in seeds/")

    with pytest.raises(ReaderError, match="no dumps in seeds/"):
        Ahead(fails).result()


def test_a_result_that_cannot_be_pickled_is_computed_here() -> None:
    parent = os.getpid()
    assert Ahead(lambda: lambda: os.getpid()).result()() == parent
