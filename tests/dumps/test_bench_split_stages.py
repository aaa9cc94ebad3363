"""`bench.split_stages`' ceiling of a prose step: the rules' chain answers "text" at once for
long lines only while that split is measured, and is itself again after."""

from __future__ import annotations

import pytest

from bench import split_stages
from reader.dumps import roles

_LONG_CREDITS = (
    "(Reporting by Jane Doe in London and John Roe in Paris; additional reporting by Ann"
    " Smith in Berlin; Editing by Mark Jones, Sarah White and Tom Brown)"
)


def test_the_chain_skips_long_lines_only_while_the_ceiling_is_measured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chain = roles._short_role
    assert len(_LONG_CREDITS) > split_stages.PROSE_CHARS
    assert chain(_LONG_CREDITS)[0] == "credits"
    seen = []
    split_text = split_stages.split_text

    def split(text: str) -> object:
        seen.extend([roles._short_role(_LONG_CREDITS), roles._short_role("By Jane Doe")])
        return split_text(text)

    monkeypatch.setattr(split_stages, "split_text", split)
    split_stages._chain_skipped("A headline\n\nA paragraph of text.")
    assert seen == [("text", ()), chain("By Jane Doe")]
    assert roles._short_role is chain
