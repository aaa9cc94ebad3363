"""A command typed at a root shell's `#` prompt, pasted from an article's code block into a
dump of plain text ("# emerge --ask @world"), is a line of its body, not a Markdown title.

Found by bound34 (session 34) in fresh38's Gentoo news: a plain dump whose only `#` lines
were such commands took `#` for its title heading (`boundaries._headings`) and cut its
article at each (a hard start), so the article's last paragraphs became an article of their
own titled by the command. `chrome.markdown_heading` reads no heading in a lowercase
command with an option after it, nor in an option alone; a lowercase title without options
("# array_slice") stays one.
"""

from __future__ import annotations

from reader.dumps.chrome import markdown_heading
from reader.dumps.load import split_text

NEWS = """Migration to elogind

The consolekit session tracker is retired. Make sure there is no consolekit debris left in
your package settings before you rebuild anything at all:

# grep -R consolekit /etc/portage/package.use

Rebuild all affected consumers and remove the old package once that is done:

# emerge --ask --changed-use --deep @world

Reboot afterwards, so that every session is tracked by the new daemon.
"""


def test_a_pasted_root_command_stays_in_its_article_body() -> None:
    articles = split_text(NEWS, "gentoo.txt")
    assert [a.title for a in articles] == ["Migration to elogind"]
    assert "# emerge --ask --changed-use --deep @world" in articles[0].body
    assert articles[0].body.rstrip().endswith("tracked by the new daemon.")


READ = {
    "# grep -R consolekit /etc": None,
    "# emerge --newuse @world": None,
    "# --unmerge is not advised": None,
    "# array_slice": (1, "array_slice"),
    "# iOS update - what changes": (1, "iOS update - what changes"),
    "## emerge --ask in depth": (2, "emerge --ask in depth"),
    "# Kernel -rc releases": (1, "Kernel -rc releases"),
}
"""Root commands, and headings beside them that stay headings: lowercase without an option,
an option after a capital, a deeper level."""


def test_a_root_command_is_no_heading_and_a_heading_stays_one() -> None:
    assert {line: markdown_heading(line) for line in READ} == READ
