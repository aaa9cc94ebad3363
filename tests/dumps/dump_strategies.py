"""Hypothesis strategies for dump text and dump files, shared by the splitter and NLP tests."""

from __future__ import annotations

import codecs

from hypothesis import strategies as st

PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\n\n\n",
        "-----\n",
        "* * *\n",
        "\f",
        "# ",
        "## ",
        "  • ",
        "By Jane Doe\n",
        "Updated 3 hours ago\n",
        "Share\n",
        "LONDON (Reuters) - ",
        "SEOUL: ",
        "HIGHLIGHTS\n",
        "Title Of Some Story\n",
        "The minister said on Tuesday that talks would go on.",
        "“We will not stop,” she said.",
        "[bold]x[/]",
        "\x1b[31m",
        "\r\n",
        "\t",
        "   ",
        "OIL PRICES SLIP\n",
        "(Reporting by A; Editing by B)\n",
        '{"title": "t", "text": "b"}\n',
    ]
)
"""Fragments that steer the splitter into its branches: layouts, chrome, credits, JSON."""

DUMP_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40).map("".join)
"""Text shaped like a dump (and like junk), any code point included."""

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1")


@st.composite
def dump_bytes(draw: st.DrawFn) -> bytes:
    """A dump file's bytes: dump text in an encoding users save in, sometimes with stray
    bytes inserted (a bad copy, a truncated download, binary garbage)."""
    text = draw(DUMP_TEXT)
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(
        encoding, errors="replace" if encoding in ("cp1252", "latin-1") else "surrogatepass"
    )
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=8)) + data[at:]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data if draw(st.integers(0, 9)) else codecs.BOM_UTF8 + data
