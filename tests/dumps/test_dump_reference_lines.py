"""A line that cites a work by its digital object identifier is a reference in a list of
them, never a headline, however it is capitalised: a lesson's or a paper's page lists its
releases so ("Jane Doe (ed), 48 authors: “…”, Version 2018.04.1, March 2018, 10.5281/…")."""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines
from reader.dumps.roles import classify


@pytest.mark.parametrize(
    "reference",
    [
        "Jane Doe (ed), 48 authors: “Software Carpentry: The Unix Shell”, The Carpentries,"
        " Version 2018.04.1, March 2018, 10.5281/zenodo.1198732",
        "Heladia Saldago (ed), 48 autores: “Software Carpentry: La Terminal de Unix”, The"
        " Carpentries, Versión 2018.04.1, Marzo 2018, 10.5281/zenodo.1198732",
        "Schmidt, Anna: Offene Daten in der Verwaltung. Berlin 2021. DOI 10.1007/978-3-658-1",
    ],
)
def test_a_reference_with_its_doi_is_no_headline(reference: str) -> None:
    (line,) = logical_lines(reference)
    assert classify(line).shape is None


@pytest.mark.parametrize(
    "headline",
    ["Inflation Hits 10.5% in May / Prices Rise Again", "Zenodo Archives 10,000 Lessons / Data"],
)
def test_a_headline_with_a_slash_and_a_figure_keeps_its_shape(headline: str) -> None:
    """The near miss: figures and slashes that are no identifier."""
    (line,) = logical_lines(headline)
    assert classify(line).shape is not None
