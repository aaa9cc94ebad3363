"""The texts of the twenty-eighth fresh half, taken by code from a clone of their repository:
`python -m bench.fresh28_texts CLONE` writes tests/fixtures/dumps/real/fresh28/texts.txt.

The half is the second look of the twenty-seventh: news of Agência Brasil in Portuguese and
from its Spanish edition, from the same public scrape of 2016 (bench/agencia_brasil.py reads
it), the pages published from 24 November 2016 on, after every page of the twenty-seventh.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench import agencia_brasil
from bench.clone_texts import CloneTexts
from bench.fresh27_texts import LAST_DAY
from bench.fresh_dumps import REAL

TEXTS = REAL / "fresh28" / "texts.txt"

HEAD = """\
The twenty-eighth fresh half, a second-look half: real published news, verbatim, one per `@ id
| language | licence | URL` block (`= ` the headline, `^ ` the date line and the byline the page
printed over the text, `! ` a caption it printed with it, `## ` an intertitle, then the body
paragraphs, blank-line separated, and `+ ` a credit it printed under them). News of Agência
Brasil (EBC), the Brazilian public news agency, in Portuguese and from its Spanish edition
(`/es/` in the address), published from 24 November 2016 on (the earlier pages are the
twenty-seventh half's), as the USC Lab on Non-Democratic Politics scraped them and kept a sample
in the file `{sample}` of
{repository}
at {commit}, written by `python -m bench.fresh28_texts` from a clone of it. Agência Brasil
published under CC BY 3.0 BR. What is taken and how is the twenty-seventh half's
(bench/agencia_brasil.py): the scraper's blocks in order, one paragraph a line, runs of spaces
made one; captions, intertitles and credits told apart by their form; the agency's notices
about itself and a page with no byline (its author, and so its licence, unsaid) left out. An
id is the language, the day of the date line and the address's slug.
bench/fresh28_dumps.py pastes them into dumps.
"""


def texts_file(clone: Path) -> str:
    """texts.txt from the clone: its head, then every kept page after the twenty-seventh
    half's last day, in the sample's order."""
    return agencia_brasil.texts_file(clone, HEAD, lambda page: page.day > LAST_DAY)


SOURCE = CloneTexts(TEXTS, agencia_brasil.REPOSITORY, agencia_brasil.SAMPLE, texts_file)
"""The half's texts.txt from a clone of the scrape's repository."""


if __name__ == "__main__":
    raise SystemExit(SOURCE.main(sys.argv[1:]))
