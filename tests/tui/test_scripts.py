"""Titles and text in every script stay inside their pane as a terminal draws them.

Textual lays the screen out by Rich's widths; the terminal draws by its own. Where the
two differ, a row runs past the divider and pushes the article pane right (Tamil and
Devanagari titles did: Rich 15 gave their spacing vowel signs no cell). Emoji with a
variation selector are left out, as terminals differ on them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.article import Article
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from tests.conftest import ROOT
from tests.drawn import drawn_cells
from tests.tui.helpers import make_app, screen_lines, settle

TITLES = {
    "Tamil": "தமிழ்நாடு அரசு புதிய கல்விக் கொள்கையை அறிவித்தது இன்று சென்னையில்",
    "Thai": "รัฐบาลประกาศนโยบายใหม่เกี่ยวกับเศรษฐกิจ ในวันนี้ที่กรุงเทพ ที่สำคัญ",
    "Devanagari": "हिन्दी समाचार: सरकार ने नई शिक्षा नीति की घोषणा की, दिल्ली में",
    "emoji": "👨\u200d👩\u200d👧 Families and 🇫🇷 flags at the new park opening in the city centre",
    "Arabic": "مرحبا بالعالم: الحكومة تعلن عن سياسة جديدة للاقتصاد في العاصمة اليوم",
    "Hebrew": "שלום עולם: הממשלה הודיעה על מדיניות חדשה בירושלים היום בבוקר המוקדם",
    "Chinese": "中国政府今天在北京宣布了新的经济政策，市场反应积极，股市上涨",
    "bidi override": "Council \u202eapproves the budget for the schools and roads of the town",
}
EXPLICIT_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Embeddings, overrides and isolates: one left open reorders the rest of a screen line in a
terminal that orders right-to-left text itself."""


def test_the_terminal_model_counts_as_tmux_drew() -> None:
    """The figures tmux 3.3 gave (its cursor after printing each)."""
    assert drawn_cells("தமிழ்நாடு அரசு") == 13
    assert drawn_cells("हिन्दी समाचार") == 12
    assert drawn_cells("ภาษาไทย ที่สำคัญ") == 13
    assert drawn_cells("👨\u200d👩\u200d👧 family") == 9
    assert drawn_cells("🇫🇷 flag") == 7
    assert drawn_cells("שלום עולם") == 9


def _articles() -> list[Article]:
    return [
        Article(f"{n:016x}", "/dumps/scripts.txt", n, title, f"{title}. {title}.")
        for n, title in enumerate(TITLES.values())
    ]


@pytest.mark.parametrize("size", [(120, 40), (80, 30)])
async def test_every_script_stays_inside_the_list_and_the_article(size: tuple[int, int]) -> None:
    app = make_app(_articles())
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        listing = app.query_one(ArticleList)
        for n in range(len(TITLES)):
            for line in screen_lines(listing):
                assert drawn_cells(line) == listing.size.width, line
                assert not EXPLICIT_BIDI.search(line), line
            for line in screen_lines(app.query_one(ArticleView)):
                assert drawn_cells(line) == cell_len(line), line  # as Textual laid it out
                assert not EXPLICIT_BIDI.search(line), line
            await pilot.press("j")
            await settle(pilot)
            assert listing.cursor == min(n + 1, len(TITLES) - 1)


_PROBE = """
import sys
from pathlib import Path
from rich.cells import cell_len
from reader.library.dwell import DwellPolicy
from reader.library.triage import Triage
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.presenters.session import Session
from tests.tui.fakes import FakeService

before = cell_len("தமிழ்")
store = Store(Path(sys.argv[1]) / "reader.json")
session = Session(Triage(store, []), Path(sys.argv[1]), DwellPolicy(None))
ReaderApp(session, FakeService(), "fake_model")
print(before, cell_len("தமிழ்"))
store.close()
"""


def test_the_app_counts_spacing_marks_in_a_process_of_its_own(tmp_path: Path) -> None:
    """What `conftest` does for the tests, the app does for itself: "தமிழ்" is drawn in
    four cells (த, ம, ி, ழ; the virama stacks), which Rich alone made three."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["3", "4"]
