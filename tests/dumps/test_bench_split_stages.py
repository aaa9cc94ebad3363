"""`bench.split_stages`' ceilings: the rules' chain answers "text" at once for long lines, and
the language guess and the article id answer at once, only while that split is measured,
and each is itself again after."""

from __future__ import annotations

import pytest

from bench import split_stages
from reader.dumps import assemble, roles

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


def test_the_language_and_the_id_are_answered_at_once_only_while_measured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article_language, article_id = assemble.article_language, assemble.article_id
    german = "Der Präsident und die Regierung haben sich auf eine Reform der Renten geeinigt."
    assert article_language("", german, []) == "de"
    seen = []
    split_text = split_stages.split_text

    def split(text: str) -> object:
        seen.append((assemble.article_language("", german, []), assemble.article_id("A", "B")))
        return split_text(text)

    monkeypatch.setattr(split_stages, "split_text", split)
    split_stages._language_known("A headline\n\nA paragraph of text.")
    split_stages._id_known("A headline\n\nA paragraph of text.")
    assert seen == [("en", article_id("A", "B")), ("de", "0" * 16)]
    assert (assemble.article_language, assemble.article_id) == (article_language, article_id)
