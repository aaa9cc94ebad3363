"""Fields in a `/` query (`reader.library.search_fields`, `reader.library.field_hits`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.article import Article
from reader.library.search import Query, snippet
from reader.library.search_fields import split_fields
from reader.library.triage import Triage
from reader.store import Store
from tests.library.triage_helpers import make_article


def test_only_the_four_names_before_a_colon_make_a_field() -> None:
    words, fields = split_fields('strike LANG:FR state:starred tag:"follow up" 10:30 "state:x y"')
    assert words == 'strike 10:30 "state:x y"'
    assert fields.languages == {"fr"} and fields.states == {"starred"}
    assert fields.tags == ("follow up",)
    query = Query.parse(r"title:\<nis\> title:Iran http://a.org")
    assert query.terms == ("http://a.org",) and query.title_terms == ("nis", "iran")
    assert query.whole == {"nis"}
    assert Query.parse("state:unread").fields.states == {"new"}
    assert Query.parse("state:bogus").fields.describe().startswith("no state “bogus”")


def test_a_field_with_no_value_is_said_and_not_searched_for() -> None:
    words, fields = split_fields('strike state: tag:"" lang:')
    assert words == "strike" and not fields
    assert fields.empty == ("state", "tag", "lang")
    said = fields.describe()
    assert said.startswith("state: needs one of new, read") and "tag: needs a tag's name" in said
    assert Query.parse("state:").blank
    assert Query.parse("strike state:starred").fields.describe() == ""


def _articles() -> list[Article]:
    made = [
        make_article("Strike in Paris", "La grève continue.", index=0),
        make_article("Streik in Berlin", "Der Streik geht weiter.", index=1),
        make_article("Strike talks", "The strike goes on in Leeds.", index=2),
        make_article("Weather", "Rain in Leeds, no strike.", index=3),
    ]
    languages = ("fr", "de", "en", "en")
    return [replace(a, meta={"language": code}) for a, code in zip(made, languages, strict=True)]


def test_fields_narrow_the_words_and_alone_list_what_they_let_through(tmp_path: Path) -> None:
    paris, berlin, talks, weather = articles = _articles()
    with Store(tmp_path / "s.json") as store:
        triage = Triage(store, articles)
        triage.apply("star", [paris.id])
        triage.apply("keep", [weather.id])
        store.add_annotation(talks.id, talks.body, 4, 10, ["Claim"])

        def found(query: str) -> list[str]:
            return [hit.article_id for hit in triage.search(query)]

        assert found("strike") == [paris.id, talks.id, weather.id]
        assert found("strike lang:en") == [talks.id, weather.id]
        assert found("strike state:new") == [talks.id]
        assert found("strike tag:claim") == [talks.id]
        assert found("title:strike") == [paris.id, talks.id]
        assert found("lang:de lang:fr") == [paris.id, berlin.id]  # either language
        assert found("state:starred state:kept leeds") == [weather.id]
        assert found("state:kept tag:claim") == []  # kinds combine with AND
        assert found("state:nope") == []
        assert [hit.article_id for hit in triage.search("lang:en", [weather.id])] == [weather.id]
        (hit,) = triage.search("title:talks")
        assert (hit.field, hit.start, hit.end) == ("title", 7, 12)
        (alone,) = triage.search("lang:de")
        assert snippet(berlin, alone).text == berlin.body  # no match: its text's start
