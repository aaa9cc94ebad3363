"""`bench.split_profile`'s counts: a function is one sample per stack it is on however deep
it recurses, the innermost is the one running, and the frames that run the work are left
out."""

from __future__ import annotations

import sys

from bench import split_profile


def test_a_recursing_function_counts_once_a_sample_and_the_innermost_runs() -> None:
    found = split_profile.tally([["a", "b", "a", "c"], ["b", "c"], []])
    assert found.samples == 3
    assert found.inclusive == {"a": 1, "b": 2, "c": 2}
    assert found.own == {"a": 1, "b": 1}


def test_a_stack_stops_under_the_work_and_names_the_repository_s_code_by_its_path() -> None:
    def inner() -> list[str]:
        return split_profile.frame_names(sys._getframe(), work.__code__)

    def work() -> list[str]:
        return inner()

    names = work()
    here = "tests/dumps/test_bench_split_profile.py:"
    assert names == [f"{here}{inner.__qualname__}"]
    assert split_profile.frame_names(sys._getframe())[0].startswith(here)
