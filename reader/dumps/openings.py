"""What a headline may open with besides a capital, a digit or an uncased letter.

`roles` asks a line's first letter whether the line could be a title: a paragraph's
continuation opens in lower case, a headline does not. Three kinds of headline open
otherwise, and were welded to the article above for it: one that a newsletter dresses
with an emoji or a symbol ("🔥 Breaking: …", "★ Editor's pick"), one that a terminal or a
bad copy left a control character or an escape sequence in front of, and one whose first
word is a brand or a name written in lower case ("iPhone 14 adds …", "eBay cuts …", "de
Gaulle airport …"). This module reads past the first two and tells the third; it is asked
only when the first letter has already said no, so most lines never reach it.
"""

from __future__ import annotations

import unicodedata

from reader.dumps._patterns import lazy

_ESCAPES = lazy(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: a window title …
    r"|\x1b[ -/]*[0-~]?"  # any other escape, or a lone ESC
)
"""A terminal's escape sequences (ECMA-48), as a copy from a terminal leaves them."""
_MARKUP_TAG = lazy(r"\[(?:/|/?[a-z][a-z0-9 ]*(?:=[^\s\]]+)?)\](?=[^\s(])")
"""A markup tag glued to what it dresses, as Rich and BBCode write them ("[bold red]",
"[link=https://…]", "[/]", "[b]"): a name in small letters, maybe a value after `=`, or
a closing tag. An editor's bracketed word set apart by a space ("[update] The …"), a
reference's number ("[1]"), an empty "[]" and a Markdown link's words ("[read more](…)",
with its address right after them) are no tags."""
_DRESSING = frozenset({"Cc", "Cf", "Co", "Cn", "Mn", "Me", "Sk", "So", "Zs"})
"""Unicode categories that dress a line's head and are no part of its words: controls and
format characters (a ZWJ), marks left without a letter (an emoji's variation selector, a
keycap), modifier and other symbols (emoji, ★, ✈, regional indicators), spaces. Math
symbols and currency signs are not among them: "+5%" and "$3bn" open running text."""


_POINTERS = (
    ("\u2190", "\u21ff"),  # arrows
    ("\u25a0", "\u25ff"),  # geometric shapes
    ("\u2794", "\u27bf"),  # dingbat arrows (➡)
    ("\u27f0", "\u27ff"),  # supplemental arrows
    ("\u2900", "\u2bff"),  # more arrows, symbols and arrows
)
"""Arrows and geometric shapes (→ ▼ ■ ► ➡ ⮕): symbols, but they point to a link or mark a
list's item or a section's label ("▼続きを読む https://…", "■ セキュリティ"), not a headline."""


def past_dressing(text: str) -> str:
    """`text` from its first character that is not an escape sequence, a markup tag, a
    control, an emoji or a symbol: where its words begin. Text that opens with an arrow or
    a geometric shape is returned as it is."""
    at = 0
    while at < len(text):
        char = text[at]
        escape = _ESCAPES.match(text, at) if char in "\x1b\x9b\x9d" else None
        tag = _MARKUP_TAG.match(text, at) if char == "[" else None
        if escape is not None:
            at = escape.end()
        elif tag is not None:
            at = tag.end()
        elif unicodedata.category(char) in _DRESSING and not _pointer(char):
            at += 1
        else:
            break
    return text[at:]


_SIGNS = frozenset({"So", "Sk"})


def sign(char: str) -> bool:
    """Whether a line's first character is a symbol that may dress a headline or open a
    list's items (an emoji, ★, ✓), not a letter, a digit, a mark or a control."""
    return unicodedata.category(char) in _SIGNS and not _pointer(char)


def _pointer(char: str) -> bool:
    return any(low <= char <= high for low, high in _POINTERS)


_PARTICLES = frozenset("de da dos du van ter ten bin ibn".split())
"""Particles that open a name in lower case (de Gaulle, van Gogh, da Silva, bin Salman): a
headline may open with such a name. Not those that sign a byline ("di Redazione", "von
Jana Berg": Italian and German for "by") nor articles that open a Spanish, Italian or German
clause before a capitalised noun ("el Gobierno", "della Commissione", "das Parlament")."""
_INNER_PARTICLES = frozenset("la le der den los las".split())
"""Particles that may follow one of `_PARTICLES` inside a name (de la Cruz, van der Bellen)."""
_HEADLINE_WORDS = 4
"""A line opened by such a name is a headline only with words after it (a verb and what
it acts on): alone or with a word or two, the name is a label ("elDiario.es", "iPad Air"
in a menu), a site's or a shop's."""


_IDENTIFIER = lazy(r"(?:/[^\W\d_][\w.+-]*|[^\W\d_][\w.+]*(?:[/_-][\w.+]+))(?:[/_-][\w.+]+)*/?")
"""A name written as code is written: letters joined to more by a slash, an underscore or a
hyphen, or a path's slash first ("sys-libs/pam-1.4.0", "app_server", "/usr")."""
_CODE_MARKS = frozenset("/_0123456789")
"""What such a word must also hold, but for a path: a word joined only by hyphens is prose's
("well-known", "up-to-date"), unless a number is in it ("pam-1.4.0")."""
_IDENTIFIER_WORDS = 2
"""A line opened by such a name is a headline only with a word after it ("sys-libs/pam-1.4.0
upgrade"): alone, the name is a list's item or a command's argument."""


def opens_with_identifier(text: str) -> bool:
    """Whether `text` opens with a name written as code (a package, a program, a path:
    "sys-libs/pam-1.4.0 upgrade", "/usr merge for systemd users"), which keeps its small
    letters in a headline, as it does anywhere, in any language; with a word after it."""
    words = text.split(None, _IDENTIFIER_WORDS)
    if len(words) < _IDENTIFIER_WORDS or not _IDENTIFIER.fullmatch(words[0]):
        return False
    return not _CODE_MARKS.isdisjoint(words[0])


def opens_with_name(text: str) -> bool:
    """Whether `text` opens with a name written in lower case, a headline's subject: a word
    whose second letter is a capital (iPhone, eBay, mRNA, xAI), or particles before a
    capitalised word (de Gaulle, van der Bellen), and enough words after it. A paragraph's
    continuation opens with a plain word ("and the council…", "de la ville…")."""
    words = text.split(None, _HEADLINE_WORDS)
    if len(words) < _HEADLINE_WORDS:
        return False
    first = words[0]
    if first[:1].islower() and first[1:2].isupper():
        return True  # a brand's one-letter prefix; code's camelCase runs longer ("useState")
    if first not in _PARTICLES:
        return False
    rest = words[1:]
    if rest and rest[0] in _INNER_PARTICLES:
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper()
