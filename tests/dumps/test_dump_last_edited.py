"""A note of when a post was last edited ("This post was last edited on 6 juin 2020.", "Last
edited on 16 febrero 2019") under its last paragraph is a date line, as "Last updated on …"
is: `meta.updated`, not the post's text (fresh29's R-Ladies pages, whose theme prints it in
English over the post's date in the page's language). The near miss: a sentence that opens
the same way but dates nothing ("This post was written by three chapters.") stays text."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.dumps.credits import timestamps
from reader.dumps.load import split_text

_POSTS = {
    "fr": (
        "Le club de lecture fête ses dix ans",
        "Le club de lecture de la bibliothèque municipale a fêté ses dix ans samedi, avec une "
        "lecture publique et un goûter ouvert à tous les habitants du quartier.",
        "This post was last edited on 6 juin 2020.",
        "6 juin 2020",
    ),
    "es": (
        "La huerta comunitaria abre sus puertas",
        "La huerta comunitaria del barrio abrió sus puertas el sábado, después de dos años de "
        "trabajo de los vecinos y de la asociación que la cuida.",
        "Last edited on 16 febrero 2019",
        "16 febrero 2019",
    ),
}


@pytest.mark.parametrize("language", sorted(_POSTS))
def test_a_last_edited_line_under_the_text_is_its_date(language: str) -> None:
    title, paragraph, edited, date = _POSTS[language]
    near = "This post was written by three chapters."
    body = f"{paragraph}\n\n{near}\n\n{paragraph}"
    (article,) = split_text(f"{title}\n\n{body}\n\n{edited}\n", "post.txt", "utf-8")
    assert (article.title, article.body) == (title, body)
    assert article.meta["updated"] == date  # the sentence's full stop is not the date's
    assert edited in article.meta["as_written"].split(" | ")  # the line kept whole


_STAMPS = {
    "Published 3 March 2024 at 10:30 GMT.": "3 March 2024 at 10:30 GMT",
    "Updated 2 hours ago.": "2 hours ago",
    "Updated 12 March 2024, 6 p.m.": "12 March 2024, 6 p.m.",  # the stops of abbreviations
    "Updated 5 Dec.": "5 Dec.",
}


def test_a_stamps_closing_full_stop_goes_and_an_abbreviations_stays() -> None:
    read = {line: timestamps(line) for line in _STAMPS}
    assert read == {line: [(line.split()[0].lower(), value)] for line, value in _STAMPS.items()}


def test_the_full_stop_stays_in_the_dump_s_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader articles --lines` places the line in meta, and `--json` keeps it whole."""
    title, paragraph, edited, _ = _POSTS["fr"]
    dump = tmp_path / "post.txt"
    dump.write_text(f"{title}\n\n{paragraph}\n\n{edited}\n", encoding="utf-8")
    assert main(["articles", str(dump), "--lines", "--workspace", str(tmp_path)]) == 0
    [placed] = [
        r for r in map(orjson.loads, capsys.readouterr().out.splitlines()) if r["line"] == 5
    ]
    assert (placed["article"], placed["field"]) == (0, "meta")
    assert main(["articles", str(dump), "--json", "--workspace", str(tmp_path)]) == 0
    [article] = orjson.loads(capsys.readouterr().out)
    assert article["meta"]["updated"] == "6 juin 2020"
    assert article["meta"]["as_written"] == edited
