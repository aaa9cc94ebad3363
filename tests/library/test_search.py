from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reader.library.search import Query, SearchIndex, fold, jump, matches_in, snippet
from tests.library.triage_helpers import make_article


def test_query_splits_words_and_quoted_phrases() -> None:
    query = Query.parse('Iran  "Pete   HEGSETH" talks "unclosed phrase')
    assert query.terms == ("iran", "pete hegseth", "talks", "unclosed phrase")
    assert Query.parse('  "" ').empty
    assert Query.parse("a A a").terms == ("a",)


def test_every_term_must_match_in_title_or_body() -> None:
    a = make_article("Hegseth visits Tehran", "Talks went on.", index=0)
    b = make_article("Other news", "Hegseth said little about talks.", index=1)
    c = make_article("Tehran", "Nothing else.", index=2)
    index = SearchIndex([a, b, c])
    assert [h.article_id for h in index.search("hegseth talks")] == [a.id, b.id]
    assert [h.article_id for h in index.search("TEHRAN")] == [a.id, c.id]
    assert index.search("hegseth nothing") == []
    assert index.search("") == []


def test_phrases_match_only_contiguous_text_and_never_across_title_and_body() -> None:
    a = make_article("Pete", "Hegseth spoke.", index=0)
    b = make_article("News", "Secretary Pete Hegseth spoke.", index=1)
    c = make_article("News", "Pete met Hegseth.", index=2)
    index = SearchIndex([a, b, c])
    assert [h.article_id for h in index.search('"pete hegseth"')] == [b.id]


def test_hit_prefers_the_earliest_body_match_and_falls_back_to_the_title() -> None:
    a = make_article("Iran talks", "The talks with Iran resumed.", index=0)
    b = make_article("Iran talks", "Nothing here.", index=1)
    index = SearchIndex([a, b])
    first, second = index.search("iran talks")
    assert (first.field, a.body[first.start : first.end]) == ("body", "talks")
    assert (second.field, b.title[second.start : second.end]) == ("title", "Iran")


def test_within_restricts_results_to_the_filtered_ids() -> None:
    a = make_article("A", "common word", index=0)
    b = make_article("B", "common word", index=1)
    index = SearchIndex([a, b])
    assert [h.article_id for h in index.search("common", within={b.id})] == [b.id]


def test_articles_added_later_are_searched_in_order_and_duplicates_ignored() -> None:
    a = make_article("A", "needle one", index=0)
    b = make_article("B", "needle two", index=1)
    index = SearchIndex([a])
    index.add([a, b])
    assert len(index) == 2
    assert [h.article_id for h in index.search("needle")] == [a.id, b.id]


def test_offsets_index_the_original_text_when_casefolding_changes_length() -> None:
    body = "Die Straße in İzmir und STRASSE"
    article = make_article("Title", body)
    (hit,) = SearchIndex([article]).search("strasse izmir")
    assert body[hit.start : hit.end] == "Straße"
    assert matches_in(article, "strasse").body == ((4, 10), (24, 31))
    assert [body[s:e] for s, e in matches_in(article, "izmir").body] == ["İzmir"]
    assert [body[s:e] for s, e in matches_in(article, "s").body] == ["S", "ß", "S", "SS"]


def test_matches_in_merges_overlapping_terms_and_jump_wraps() -> None:
    article = make_article("Iran", "Iranian talks on Iran, iran talks")
    found = matches_in(article, 'iran "iranian talks"')
    assert found.title == ((0, 4),)
    assert found.body == ((0, 13), (17, 21), (23, 27))
    assert jump(found.body, 0) == (17, 21)
    assert jump(found.body, 23) == (0, 13)
    assert jump(found.body, 0, backwards=True) == (23, 27)
    assert jump(found.body, 17, backwards=True) == (0, 13)
    assert jump((), 5) is None


def test_snippet_is_one_safe_line_with_the_match_range() -> None:
    body = "word " * 40 + "the\x1b[31m Needle\nis here " + "tail " * 40
    article = make_article("T", body)
    (hit,) = SearchIndex([article]).search("needle")
    shown = snippet(article, hit, width=60)
    assert shown.text[shown.start : shown.end] == "Needle"
    assert shown.text.startswith("…") and shown.text.endswith("…")
    assert "\n" not in shown.text and "\x1b" not in shown.text
    assert len(shown.text) <= 62


def test_snippet_of_a_short_title_is_not_cut() -> None:
    article = make_article("Short title", "body")
    (hit,) = SearchIndex([article]).search("title")
    shown = snippet(article, hit)
    assert (shown.text, shown.start, shown.end) == ("Short title", 6, 11)


_ASCII_FORMS = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015", "-"),
}


def _reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(_ASCII_FORMS.get(c, c) for c in decomposed if not unicodedata.combining(c))


def test_accents_are_ignored_both_ways() -> None:
    a = make_article("Erdoğan in Ankara", "Café talks.", index=0)
    b = make_article("Erdogan", "Cafe\u0301 society.", index=1)
    index = SearchIndex([a, b])
    assert [h.article_id for h in index.search("erdogan")] == [a.id, b.id]
    assert [h.article_id for h in index.search("ERDOĞAN café")] == [a.id, b.id]
    (_, hit) = index.search("cafe")
    assert b.body[hit.start : hit.end] == "Cafe\u0301"


def test_curly_quotes_and_dashes_match_their_ascii_forms() -> None:
    curly = make_article("It\u2019s over", "\u201cWe don\u2019t know\u201d \u2014 she said.")
    plain = make_article("It's over", '"We don\'t know" - she said.', index=1)
    index = SearchIndex([curly, plain])
    assert [h.article_id for h in index.search("it's")] == [curly.id, plain.id]
    (hit, _) = index.search("don\u2019t know - she")
    assert curly.body[hit.start : hit.end] == "don\u2019t"
    assert fold(curly.body) == ('"we don\'t know" - she said.', None)


def test_hangul_is_searchable_without_offset_maps() -> None:
    body = "서울에서 회담이 열렸다"
    folded, mapping = fold(body)
    assert (folded, mapping) == (body, None)
    article = make_article("뉴스", body)
    (hit,) = SearchIndex([article]).search("회담")
    assert body[hit.start : hit.end] == "회담"


_TEXT = st.text(alphabet=st.sampled_from("aAbBßsSİi ΣσςﬁFIéE\u0301\n\x00’'“—-"), max_size=40)


@given(
    texts=st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=6),
    query=st.text(alphabet=st.sampled_from('aAbsSßiİσéE\u0301 "’-'), max_size=8),
)
def test_search_finds_exactly_the_articles_a_plain_scan_finds(
    texts: list[tuple[str, str]], query: str
) -> None:
    articles = [make_article(t, b, index=n) for n, (t, b) in enumerate(texts)]
    unique = {a.id: a for a in articles}
    index = SearchIndex(articles)
    parsed = Query.parse(query)
    hits = index.search(parsed)
    expected = [
        a.id
        for a in unique.values()
        if not parsed.empty
        and all(t in _reference_fold(a.title) or t in _reference_fold(a.body) for t in parsed.terms)
    ]
    assert [h.article_id for h in hits] == expected
    for hit in hits:
        article = unique[hit.article_id]
        text = article.body if hit.field == "body" else article.title
        assert any(term in _reference_fold(text[hit.start : hit.end]) for term in parsed.terms)
        shown = snippet(article, hit)
        assert shown.end > shown.start
    for article in unique.values():
        for start, end in matches_in(article, parsed).body:
            assert any(t in _reference_fold(article.body[start:end]) for t in parsed.terms)


@given(text=st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60))
def test_fold_map_points_every_folded_char_at_its_source(text: str) -> None:
    folded, mapping = fold(text)
    assert folded == _reference_fold(text) or any("\uac00" <= c <= "\ud7a3" for c in text)
    for position, char in enumerate(folded):
        source = position if mapping is None else mapping.original(position)
        assert char in _reference_fold(text[source]) or char == text[source]
