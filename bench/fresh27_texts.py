"""The texts of the twenty-seventh fresh half, taken by code from a clone of their repository:
`python -m bench.fresh27_texts CLONE` writes tests/fixtures/dumps/real/fresh27/texts.txt.

The half's texts are news of Agência Brasil, the Brazilian public news agency, in Portuguese and
from its Spanish edition, as a public scrape of 2016 keeps them (bench/agencia_brasil.py reads
it): the pages published before 24 November 2016. The later ones are the twenty-eighth half's,
its second look (bench/fresh28_texts.py), so no page is in both.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench import agencia_brasil
from bench.clone_texts import CloneTexts
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh27" / "texts.txt"
LAST_DAY = "20161123"
"""The last day of the half's pages; the twenty-eighth half takes the days after it."""

HEAD = """\
The twenty-seventh fresh half, a tuning half: real published news, verbatim, one per `@ id |
language | licence | URL` block (`= ` the headline, `^ ` the date line and the byline the page
printed over the text, `! ` a caption it printed with it, `## ` an intertitle, then the body
paragraphs, blank-line separated, and `+ ` a credit it printed under them). News of Agência
Brasil (EBC), the Brazilian public news agency, in Portuguese and from its Spanish edition
(`/es/` in the address), published before 24 November 2016, as the USC Lab on Non-Democratic
Politics scraped them and kept a sample in the file `{sample}` of
{repository}
at {commit}, written by `python -m bench.fresh27_texts` from a clone of it.
Agência Brasil published under CC BY 3.0 BR. The scraper's blocks are kept in order, one
paragraph a line, runs of spaces made one; a block closed by a photo credit or a time stamp, or
repeating the opening of the next block, is a caption (the scrape glued each caption to its
credit); a line of six words or fewer, or ten without a closing mark, is an intertitle;
`*Colaborou …` and `Traducción: …` lines are credits. The agency's notices about itself
(corrections, outages) and a page another agency wrote are left out. An id is the language, the
day of the date line and the address's slug. bench/fresh27_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every kept page up to `LAST_DAY`, in the
    sample's order."""
    return agencia_brasil.texts_file(clone, HEAD, lambda page: page.day <= LAST_DAY)


SOURCE = CloneTexts(TEXTS, agencia_brasil.REPOSITORY, agencia_brasil.SAMPLE, texts_file)
"""The half's texts.txt from a clone of the scrape's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
