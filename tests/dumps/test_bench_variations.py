"""`bench.variations` derives each layout variation's gold from the dump's: the lines keep
their (article, field) labels as they move, are added as separators or taken out as the
variation says, and the gold articles follow their lines."""

from __future__ import annotations

import pytest

from bench.split_quality import Case, load_cases, normalise
from bench.variations import (
    NAMES,
    Line,
    _gaps,
    _rule,
    as_case,
    labelled,
    main,
    varied,
)

_NAMES = ("classic_02.txt", "lexisnexis_01.txt", "clipper_markdown_02.md", "email_digest_01.txt")


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    """Four dumps of the fresh half: a wire dump with rules between its articles, a
    LexisNexis export, clipper notes with front matter, a digest with a mail header."""
    return [case for case in load_cases(halves=("fresh",)) if case.path.name in _NAMES]


def _placed(case: Case) -> list[tuple[str, int | None, str]]:
    return [(normalise(text), article, field) for text, article, field in case.labelled_lines()]


def test_laid_out_unvaried_a_dump_is_its_own_text_and_gold(cases: list[Case]) -> None:
    assert len(cases) == 4
    for case in cases:
        again = as_case(labelled(case), case, "none")
        assert again.labelled_lines() == case.labelled_lines()
        assert again.articles == case.articles


@pytest.mark.parametrize(
    "name",
    ["between_1", "between_3", "inside_2", "wider_gaps", "crlf", "trailing_spaces", "nbsp"],
)
def test_a_change_of_spacing_keeps_every_line_in_its_place(cases: list[Case], name: str) -> None:
    for (case, *_), made in varied(name, cases):
        assert _placed(made) == _placed(case)
        assert [normalise(str(a["body"])) for a in made.articles] == [
            normalise(str(a["body"])) for a in case.articles
        ]


def test_gaps_between_articles_are_set_and_those_inside_kept(cases: list[Case]) -> None:
    for (case, *_), made in varied("between_3", cases):
        lines = labelled(made).lines
        for first, end in _gaps(lines):
            above, below = lines[first - 1].article, lines[end].article
            if above is None or above != below:
                assert end - first == 3
        inside = [
            end - first
            for first, end in _gaps(labelled(case).lines)
            if labelled(case).lines[first - 1].article
            == labelled(case).lines[end].article
            is not None
        ]
        assert inside == [
            end - first
            for first, end in _gaps(lines)
            if lines[first - 1].article == lines[end].article is not None
        ]
    assert all("\r\n" in str(made.text) for _, made in varied("crlf", cases))


def test_separators_added_part_each_two_articles_and_removed_only_rules(
    cases: list[Case],
) -> None:
    for (case, *_), made in varied("sep_stars", cases):
        added = [line for line in labelled(made).lines if line.text == "* * *"]
        assert all(line.field == "separator" and line.article is None for line in added)
        kept = [p for p in _placed(made) if p != ("* * *", None, "separator")]
        assert kept == [p for p in _placed(case) if p != ("* * *", None, "separator")]
    taken = varied("no_separators", cases)
    names = [case.path.name for (case,), _ in taken]
    assert names == ["classic_02.txt", "clipper_markdown_02.md", "email_digest_01.txt"]
    for (case,), made in taken:
        assert not any(_rule(line) for line in labelled(made).lines)
        assert _placed(made) == [
            p for p, line in zip(_placed(case), _nonblank(case), strict=True) if not _rule(line)
        ]
    # the LexisNexis export's "1 of 3 DOCUMENTS" is a separator to the gold, not a rule
    lexis = next(case for case in cases if case.path.name == "lexisnexis_01.txt")
    assert any(line.field == "separator" for line in labelled(lexis).lines)


def _nonblank(case: Case) -> list[Line]:
    return [line for line in labelled(case).lines if not line.blank and line.field is not None]


def test_reordered_articles_take_their_lines_and_gold_with_them(cases: list[Case]) -> None:
    for (case, *_), made in varied("reversed", cases):
        assert made.articles == case.articles[::-1]
        last = len(case.articles) - 1
        for index in range(len(case.articles)):
            old = [p[0] for p in _placed(case) if p[1] == index]
            assert [p[0] for p in _placed(made) if p[1] == last - index] == old


def test_two_dumps_in_one_keep_both_golds(cases: list[Case]) -> None:
    for (case, *_), mixed in varied("mixed", cases):
        assert mixed.articles[: len(case.articles)] == case.articles
        assert _placed(mixed)[: len(_placed(case))] == _placed(case)
        assert len(mixed.articles) > len(case.articles)


def test_a_title_rewritten_is_rewritten_in_the_gold_and_its_lines(cases: list[Case]) -> None:
    for (case, *_), made in varied("title_caps", cases):
        titles = [str(a["title"]) for a in made.articles]
        assert titles == [str(a["title"]).upper() for a in case.articles]
        for index, title in enumerate(titles):
            lines = [p for p in made.labelled_lines() if p[1] == index and p[2] == "title"]
            assert any(title in text for text, _, _ in lines)


def test_the_bench_names_every_variation_and_refuses_a_sealed_half() -> None:
    assert {"none", "between_1", "inside_2", "mixed", "no_matter", "title_case"} <= set(NAMES)
    with pytest.raises(SystemExit):
        main(["--half", "fresh9"])
