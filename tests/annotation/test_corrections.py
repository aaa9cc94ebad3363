"""Article corrections: breaks, welds and retitles anchored on text, applied over the
splitter's output, again after a reopen or a grown dump, and listed when stale."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import Entity
from reader.annotation.corrections import (
    CorrectionError,
    apply_corrections,
    apply_one,
    break_at,
    join_articles,
    record,
    retitle,
    split_article,
    text_is_back,
    weld_to_previous,
)
from reader.annotation.reanchor import reanchor_open
from reader.annotation.weld_checks import MENDED_SETTING, UNCHECK_STEP, half_checked_welds
from reader.article import Article, Paragraph, article_id
from reader.library.dates import article_date
from reader.store import Store
from reader.store.records import Annotation, ArticleCorrection, ImportedWork

SOURCE = "/dumps/a.txt"


def _article(title: str, paragraphs: list[str], index: int = 0, source: str = SOURCE) -> Article:
    body = "\n\n".join(paragraphs)
    ranges: list[Paragraph] = []
    at = 0
    for text in paragraphs:
        ranges.append(Paragraph(at, at + len(text)))
        at += len(text) + 2
    return Article(article_id(title, body), source, index, title, body, tuple(ranges))


RUN_TOGETHER = _article(
    "Council approves the bridge",
    [
        "The council approved the new bridge on Tuesday after a long debate.",
        "Work starts in spring and should take two years.",
        "Harbour reopens after storm",
        "The harbour reopened on Monday, a week after the storm closed it.",
        "Ferries run every hour again.",
    ],
)
LATER = _article("Schools shut for the holiday", ["All schools close on Friday."], index=1)


def _stored(correction: ArticleCorrection, seq: int) -> ArticleCorrection:
    return replace(correction, id=f"c{seq}", seq=seq, created="2026-01-01T00:00:00.000Z")


def test_a_break_at_a_short_paragraph_makes_it_the_new_articles_title() -> None:
    correction = _stored(break_at(RUN_TOGETHER, 2), 1)
    result = apply_corrections([RUN_TOGETHER, LATER], [correction])
    first, second, third = result.articles
    assert (result.applied, result.stale) == ((correction,), ())
    assert first.title == RUN_TOGETHER.title
    assert first.body.endswith("should take two years.")
    assert second.title == "Harbour reopens after storm"
    assert second.body.startswith("The harbour reopened")
    assert second.paragraphs[0] == Paragraph(
        0, len("The harbour reopened on Monday, a week after the storm closed it.")
    )
    assert [a.index for a in result.articles] == [0, 1, 2]
    assert third == replace(LATER, index=2)
    assert second.id == article_id(second.title, second.body)


def test_a_break_at_a_long_paragraph_keeps_it_and_derives_a_title() -> None:
    first, second = split_article(RUN_TOGETHER, RUN_TOGETHER.paragraphs[3].start)
    assert second.title == "The harbour reopened on Monday, a week after the storm closed it."
    assert second.body.startswith("The harbour reopened")
    assert second.meta["title_source"] == "derived from the first paragraph"
    assert len(first.paragraphs) == 3
    for article in (first, second):
        for paragraph in article.paragraphs:
            assert article.paragraph_text(paragraph).strip() == article.paragraph_text(paragraph)


def test_no_text_is_lost_by_a_break_and_a_weld_gives_the_article_back() -> None:
    broken = apply_corrections([RUN_TOGETHER], [_stored(break_at(RUN_TOGETHER, 2), 1)]).articles
    weld = _stored(weld_to_previous(broken, broken[1]), 2)
    result = apply_corrections([RUN_TOGETHER], [_stored(break_at(RUN_TOGETHER, 2), 1), weld])
    (joined,) = result.articles
    assert joined.body == RUN_TOGETHER.body and joined.id == RUN_TOGETHER.id
    assert joined.paragraphs[2].kind == "subheading"


def test_a_weld_joins_an_article_to_the_one_before_it_in_its_dump() -> None:
    weld = _stored(weld_to_previous([RUN_TOGETHER, LATER], LATER), 1)
    (joined,) = apply_corrections([RUN_TOGETHER, LATER], [weld]).articles
    assert joined.title == RUN_TOGETHER.title
    assert joined.body.endswith("Schools shut for the holiday\n\nAll schools close on Friday.")
    for paragraph in joined.paragraphs:
        assert joined.paragraph_text(paragraph) in RUN_TOGETHER.body + LATER.title + LATER.body


def test_a_weld_keeps_the_meta_of_both_articles() -> None:
    """A weld kept only the first byline: the second article's "By" line was in no field."""
    first = replace(RUN_TOGETHER, meta={"byline": "Ann Lee", "as_written": "By Ann Lee"})
    second = replace(
        LATER,
        meta={"byline": "Bo Chen", "as_written": "By Bo Chen", "dateline": "OSLO", "x.2": "y"},
    )
    third = replace(LATER, meta={"byline": "Cy Dunn", "x": "y"})
    joined = join_articles(join_articles(first, second), third)
    assert joined.meta == {
        "byline": "Ann Lee",
        "as_written": "By Ann Lee",
        "byline.2": "Bo Chen",
        "as_written.2": "By Bo Chen",
        "dateline": "OSLO",
        "x.2": "y",
        "byline.3": "Cy Dunn",
        "x": "y",
    }


def test_a_derived_title_is_not_repeated_when_its_article_is_welded() -> None:
    derived = replace(LATER, meta={"title_source": "derived from the first paragraph"})
    joined = join_articles(RUN_TOGETHER, derived)
    assert joined.body == RUN_TOGETHER.body + "\n\n" + LATER.body


def test_corrections_that_cannot_be_made_say_why() -> None:
    with pytest.raises(CorrectionError, match="later paragraphs"):
        break_at(RUN_TOGETHER, 0)
    # a passage the break would leave in neither article: across the cut, or in the line
    # that becomes the new article's title (it was orphaned, told only after the fact)
    body, (cut, after) = RUN_TOGETHER.body, (p.start for p in RUN_TOGETHER.paragraphs[2:4])
    quote = body[cut - 10 : cut + 7]
    across = Annotation("p", "a", cut - 10, cut + 7, quote, "", "", ("claim",), "", "", "")
    with pytest.raises(
        CorrectionError, match=r"1 passage \(“o years. Harbour” claim\) would be in neither"
    ):
        break_at(RUN_TOGETHER, 2, [across])
    titled = replace(across, start=cut + 3, end=cut + 10)
    with pytest.raises(CorrectionError, match="neither article: break at another paragraph"):
        break_at(RUN_TOGETHER, 2, [titled])
    inside = replace(across, start=after, end=after + 10)
    assert break_at(RUN_TOGETHER, 2, [inside, replace(across, end=cut - 2)]).head.startswith("Harb")
    with pytest.raises(CorrectionError, match="first article"):
        weld_to_previous([RUN_TOGETHER, LATER], RUN_TOGETHER)
    with pytest.raises(CorrectionError, match="empty"):
        retitle(LATER, "  \n ")


def test_a_retitle_renames_and_a_later_correction_finds_the_new_name() -> None:
    rename = _stored(retitle(LATER, "Schools  close\nfor the holiday"), 1)
    (renamed,) = apply_corrections([LATER], [rename]).articles
    assert renamed.title == "Schools close for the holiday"
    again = _stored(retitle(renamed, "Holiday closures"), 2)
    (final,) = apply_corrections([LATER], [rename, again]).articles
    assert final.title == "Holiday closures" and final.body == LATER.body


def test_corrections_apply_again_when_the_dump_grows_and_its_articles_move() -> None:
    correction = _stored(break_at(RUN_TOGETHER, 2), 1)
    opening = _article("A new lead story", ["Added at the top of the dump later."])
    grown = [opening, replace(RUN_TOGETHER, index=1), replace(LATER, index=2)]
    result = apply_corrections(grown, [correction])
    assert [a.title for a in result.articles] == [
        "A new lead story",
        RUN_TOGETHER.title,
        "Harbour reopens after storm",
        LATER.title,
    ]


def test_a_correction_whose_text_changed_is_stale_and_the_others_still_apply() -> None:
    breaking = _stored(break_at(RUN_TOGETHER, 2), 1)
    rename = _stored(retitle(LATER, "Holiday closures"), 2)
    edited = _article(RUN_TOGETHER.title, ["Only one paragraph is left of it."])
    result = apply_corrections([edited, LATER], [breaking, rename])
    assert result.stale == (breaking,)
    assert result.applied == (rename,)
    assert [a.title for a in result.articles] == [RUN_TOGETHER.title, "Holiday closures"]


def test_a_correction_applies_only_in_its_own_dump() -> None:
    elsewhere = replace(RUN_TOGETHER, source="/dumps/b.txt")
    correction = _stored(break_at(RUN_TOGETHER, 2), 1)
    result = apply_corrections([elsewhere], [correction])
    assert result.articles == [elsewhere] and result.stale == () and result.applied == ()


def test_a_break_needs_its_text_before_the_cut_too() -> None:
    correction = _stored(break_at(RUN_TOGETHER, 2), 1)
    changed = RUN_TOGETHER.body.replace("two years", "three years")
    paragraphs = [RUN_TOGETHER.body[p.start : p.end] for p in RUN_TOGETHER.paragraphs]
    paragraphs[1] = paragraphs[1].replace("two years", "three years")
    edited = _article(RUN_TOGETHER.title, paragraphs)
    assert edited.body == changed
    assert apply_one([edited], correction) is None


def test_a_change_says_where_states_go() -> None:
    change = apply_one([RUN_TOGETHER], _stored(break_at(RUN_TOGETHER, 2), 1))
    assert change is not None
    assert change.moves() == {RUN_TOGETHER.id: tuple(a.id for a in change.articles)}
    weld = apply_one(
        [RUN_TOGETHER, LATER], _stored(weld_to_previous([RUN_TOGETHER, LATER], LATER), 1)
    )
    assert weld is not None
    (joined,) = weld.articles
    assert weld.moves() == {RUN_TOGETHER.id: (joined.id,), LATER.id: (joined.id,)}


DATED = replace(
    RUN_TOGETHER,
    meta={
        "published": "2025-03-04T09:30:00Z",
        "dateline": "OSLO",
        "byline": "Ann Lee",
        "credits": "(Reporting by Ann Lee; Editing by Bo Chen)",
        "language": "en",
    },
)


def test_a_broken_off_article_is_dated_as_the_one_it_came_from_and_says_so() -> None:
    """Its date, not its place: the other's dateline ("OSLO") showed over the new article's
    text as if it were written there (users40)."""
    first, second = split_article(DATED, DATED.paragraphs[2].start)
    assert article_date(second) == article_date(DATED)
    assert second.meta["published"] == "2025-03-04T09:30:00Z"
    assert second.meta["dates_inherited"] == "published" and "dateline" not in second.meta
    assert "byline" not in second.meta
    assert (
        first.meta["published"] == DATED.meta["published"] and "dates_inherited" not in first.meta
    )


def test_a_broken_off_article_keeps_its_own_dateline() -> None:
    paragraphs = ["The council approved the bridge.", "Harbour reopens after storm"]
    story = _article("Bridge", [*paragraphs, "BERGEN, March 3 (Reuters) - Ferries ran again."])
    story = replace(story, meta={"published": "2025-03-04"})
    _, second = split_article(story, story.paragraphs[1].start)
    assert second.title == "Harbour reopens after storm"
    assert second.meta["dateline"] == "BERGEN, March 3 (Reuters)"
    assert second.meta["dates_inherited"] == "published"


def test_the_trailer_goes_with_the_broken_off_end_and_a_weld_gives_the_meta_back() -> None:
    first, second = split_article(DATED, DATED.paragraphs[2].start)
    assert "credits" not in first.meta
    assert second.meta["credits"] == DATED.meta["credits"]
    joined = join_articles(first, second)
    assert joined.meta == DATED.meta and joined.body == DATED.body


def test_a_broken_off_article_reads_its_own_language_else_keeps_the_one_it_came_from() -> None:
    french = (
        "Le port a rouvert lundi, une semaine après la tempête qui l'avait fermé pour les navires."
    )
    story = replace(
        _article("Bridge", ["The council approved the bridge.", "Le port", french]),
        meta={"language": "en"},
    )
    _, second = split_article(story, story.paragraphs[1].start)
    assert second.meta["language"] == "fr"
    scores = replace(_article("Résultats", [french, "3-1, 2-2, 0-0"]), meta={"language": "fr"})
    _, short = split_article(scores, scores.paragraphs[1].start)
    assert short.meta["language"] == "fr"


def test_a_dateline_that_alone_dates_the_article_is_inherited() -> None:
    story = replace(DATED, meta={"dateline": "SEOUL, March 1 (Reuters)"})
    _, second = split_article(story, story.paragraphs[2].start)
    assert second.meta["dates_inherited"] == "dateline"
    assert article_date(second) == article_date(story) is not None


def test_an_undated_article_breaks_into_undated_ones() -> None:
    _, second = split_article(RUN_TOGETHER, RUN_TOGETHER.paragraphs[2].start)
    assert article_date(second) is None and "dates_inherited" not in second.meta


def test_an_article_a_correction_made_has_its_text_back_only_while_the_dump_holds_it() -> None:
    """Undone by an edit, a break's or a weld's article leaves the list when its text is
    back where it came from; not when the edit took that text out of the dump."""
    _, made = apply_corrections([RUN_TOGETHER], [_stored(break_at(RUN_TOGETHER, 2), 1)]).articles
    assert text_is_back(made, [RUN_TOGETHER, LATER])
    cut = _article(RUN_TOGETHER.title, RUN_TOGETHER.body.split("\n\n")[:2])
    assert not text_is_back(made, [cut, LATER])
    (joined,) = apply_corrections(
        [RUN_TOGETHER, LATER], [_stored(weld_to_previous([RUN_TOGETHER, LATER], LATER), 1)]
    ).articles
    assert text_is_back(joined, [RUN_TOGETHER, LATER])


def test_a_joined_article_checked_in_one_part_alone_is_unchecked_once(tmp_path: Path) -> None:
    """Before bc0a725, W moved one part's check to the joined article: gold with the other
    part's names as none. Stores holding such an article lose that check (told, undoable)."""
    first, second = RUN_TOGETHER, replace(LATER, source=RUN_TOGETHER.source)
    joined = join_articles(first, second)
    with Store(tmp_path / "reader.json") as store:
        store.check_entities(first.id, first.body, [Entity(4, 11, "ORG")])
        at = "2026-01-01T00:00:00.000Z"  # the check's, before the weld (one ms is no order)
        moves = {first.id: (joined.id,), second.id: (joined.id,)}
        weld = store.add_article_correction(weld_to_previous([first, second], second), moves)
        store.merge(work=ImportedWork(checked={joined.id: at}))  # as the older reader left it
        found = half_checked_welds(store, {weld.id: moves}, "2999-01-01T00:00:00.000Z")
        assert found == [joined.id] and store.uncheck(found, UNCHECK_STEP) == 1
        assert joined.id not in store.checked() and store.entity_edits(first.id)  # edits kept
        assert store.undo() == UNCHECK_STEP and joined.id in store.checked()
        store.check_entities(joined.id, joined.body, [])  # checked whole, after the weld
        assert half_checked_welds(store, {weld.id: moves}, "3000-01-01T00:00:00.000Z") == []
        store.undo()  # the check after the weld undone: the moved one is found again, but
        assert half_checked_welds(store, {weld.id: moves}, weld.created) == [joined.id]
        store.put_setting(MENDED_SETTING, weld.created)  # not in a weld made after the mend
        assert half_checked_welds(store, {weld.id: moves}, "3000-01-01T00:00:00.000Z") == []


def test_a_broken_off_parts_entity_edits_and_passages_stay_in_it_where_they_were(
    tmp_path: Path,
) -> None:
    """review34: re-anchored by quote, the second part's marks went to the first place their
    words had in the part that kept the title (a "Russia" relabelled LOC in the second part
    relabelled the first part's "Russia"; a checked article broken in two doubled its
    accepted names, and the spaCy export stopped on the overlaps). They follow their text."""
    talks = _article(
        "Talks in Moscow",
        [
            "Russia said on Monday that the talks had gone well.",
            "The talks went on for a week.",
            "Harbour reopens after storm",
            "Ferries to Russia run every hour again, officials said.",
        ],
    )
    with Store(tmp_path / "reader.json") as store:
        store.remember([talks])
        at = talks.body.rindex("Russia")
        store.set_entity(talks.id, talks.body, at, at + 6, "LOC")
        store.add_annotation(talks.id, talks.body, at, at + 6, ["key"])
        first, second = record(store, [talks], break_at(talks, 2)).articles
        reanchor_open(store, [first, second])  # as the app then places the open articles
        assert store.entity_edits(first.id) == [] and store.annotations(first.id) == []
        (edit,) = store.entity_edits(second.id)
        (passage,) = store.annotations(second.id)
        at = second.body.index("Russia")
        assert (edit.start, edit.end, edit.label) == (at, at + 6, "LOC")
        assert (passage.start, passage.end) == (at, at + 6)
        store.undo()  # the break undone: they go back where they were
        reanchor_open(store, [talks])
        (edit,) = store.entity_edits(talks.id)
        assert (edit.start, edit.label) == (talks.body.rindex("Russia"), "LOC")
