"""The splitter's text measures, in every script: where a sentence ends, whether a line
asks a question, how many words a line holds, and whether its first letter has a case.

The rules were written for text that puts spaces between words and ends sentences with
". ! ?". Hindi (।), Arabic (؟ ۔), Amharic (።), Khmer (។), Myanmar (။) and Armenian (։)
end sentences with marks of their own; Greek asks with ";"; Thai, Lao, Khmer and Myanmar
put no space between words, so a paragraph of them was a few "words" by its spaces; and a
headline in a script without capitals (Arabic, Hebrew, Devanagari, Thai …) has no case
to be told by. Every rule that decides by a sentence's end or by a count of words asks
this module, so none keeps a measure of its own. An ASCII line (`str.isascii` reads a
flag, it does not scan) costs what it cost before.

Chinese and Japanese end sentences with 。！？ (full-width and half-width forms too) and put
no space between words either: their stops are stops, their ideographs and kana are
counted at two to a word, and an ideograph or kana at a line's head stands as a capital
does. Before, a Japanese paragraph was "one word" with no stop, so the trailer rules took
every paragraph of an article into its chrome, one by one from the end.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reader.dumps._patterns import lazy
from reader.text.words import word_count as word_count  # the rules ask here for every measure

_LATIN_STOPS = frozenset(".!?…:;")
"""The stops the rules always counted: ":" and ";" end a line that is no title either."""
_OTHER_STOPS = (
    "\u0589"  # ։ Armenian full stop
    "\u055c\u055e"  # ՜ ՞ Armenian exclamation and question marks
    "\u037e"  # ; Greek question mark (a semicolon's twin, so not Sentence_Terminal)
    "\u061d\u061e\u061f\u06d4"  # Arabic end of text, triple dot, ؟, ۔
    "\u0700\u0701\u0702"  # Syriac
    "\u07f9"  # N'Ko
    "\u0964\u0965"  # । ॥ Devanagari (and every Indic script) danda
    "\u104a\u104b"  # ၊ ။ Myanmar
    "\u1362\u1367\u1368"  # ። ፧ ፨ Ethiopic
    "\u166e"  # Canadian syllabics
    "\u1803\u1809"  # Mongolian
    "\u17d4\u17d5"  # ។ ៕ Khmer
    "\u1944\u1945"  # Limbu
    "\u203c\u203d\u2047\u2048\u2049"  # ‼ ‽ ⁇ ⁈ ⁉
    "\u2e2e\u2e3c"  # reversed question mark, stenographic full stop
    "\ua4ff\ua60e\ua60f\ua6f3\ua6f7"  # Lisu, Vai, Bamum
    "\u3002\ufe12\ufe52\uff01\uff0e\uff1f\uff61"  # 。 ︒ ﹒ ！ ． ？ ｡ CJK and full-width
)
SENTENCE_TERMINALS = _LATIN_STOPS | frozenset(_OTHER_STOPS)
"""The marks that end a sentence: Unicode's `Sentence_Terminal` characters of the Basic
Multilingual Plane (PropList.txt; Python's `unicodedata` does not expose the property, and
a run-time dependency for one property is not worth it), the Greek question mark, and the
rules' own ". ! ? … : ;"."""
CLOSING_QUOTES = "'\"”’)]」』"
"""What may follow a sentence's stop (closing quotes and brackets; 」 and 』 close a Japanese
or Chinese quotation as ” closes an English one)."""
_STOP_THEN_ASIDE = lazy(
    "[" + re.escape("".join(sorted(SENTENCE_TERMINALS - set(":;")))) + r"]\s*\(\w[^)]*\)$"
)
"""A sentence's stop, then an aside in brackets: "… rose 3%. (Reuters)"."""


def ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence (so it is not a title or a subhead), in any
    script: a terminal, then nothing but closing quotes and brackets, or an aside in
    brackets after the terminal."""
    text = line.strip()
    if text.rstrip(CLOSING_QUOTES)[-1:] in (_LATIN_STOPS if text.isascii() else SENTENCE_TERMINALS):
        return True
    return text[-1:] == ")" and bool(_STOP_THEN_ASIDE.search(text))


INNER_BREAK = lazy(r"(?:\?|!|\.(?<=[^\W\d_]{3}\.))[\"'”’»)」』]?\s+[\"'“‘«(¿¡「『]?[^\W\d_]")
"""A sentence with more text after it ("Quando? Per quale motivo?", "… di Wikipedia. È
accurata …"): a headline is one phrase, a line of two sentences is a paragraph. (A
period counts after a word of three letters or more, not after "U.S." or "Mr.") Each
branch opens with its mark, the letters looked behind for after the period: the engine
then skips to the next ?, ! or period instead of trying every position of the line (a
30th of the time; the same matches as with the letters looked for first)."""

_ASKING = frozenset("?!\u037e\u055c\u055e\u061f\u1367\u203c\u203d\u2047\u2048\u2049\uff01\uff1f")
"""Question and exclamation marks of every script (Greek ";", Armenian "՞", Arabic "؟",
full-width "？" …)."""
_GREEK = lazy(r"[\u0370-\u03ff\u1f00-\u1fff][\"'”’»)\]]*;$")
"""A Greek letter, then ";": the Greek question mark, typed as the semicolon it decomposes
to."""


def ends_question(text: str) -> bool:
    """Whether a line ends in a question or an exclamation mark, closing quotes and
    brackets aside: a question headline ("Who pays for the dam?", "Τι αλλάζει;")."""
    end = text.rstrip(CLOSING_QUOTES)[-1:]
    return end in _ASKING or (end == ";" and not text.isascii() and bool(_GREEK.search(text)))


def ends_colon(text: str) -> bool:
    """Whether a line ends in a colon, full-width or not: it announces what follows (a
    label, a list's lead-in), so it is no list item, statement or headline of its own."""
    return text.rstrip()[-1:] in ":："


_CLAUSE_ENDS = frozenset(
    ".,;\u0589\u06d4\u0964\u0965\u104a\u104b\u1362\u17d4\u17d5\u060c\u061b"
    "\u3001\u3002\uff0c\uff0e\uff1b\uff61\uff64"
)
"""Full stops, commas and semicolons of the scripts read here (Armenian ։, Arabic ، ؛ ۔,
Devanagari । ॥, Myanmar, Ethiopic, Khmer, CJK 、 。 ， ． ；)."""


def ends_clause(text: str) -> bool:
    """Whether a line (its closing quotes and emphasis stripped) ends in a full stop, a
    comma or a semicolon of any script read here: it is a sentence or a clause, never a
    headline, which may end in a question mark (a Greek one included)."""
    return text[-1:] in _CLAUSE_ENDS and not (text[-1:] == ";" and ends_question(text))


def uncased(letter: str) -> bool:
    """Whether a letter belongs to a script without capitals (Arabic, Hebrew, Devanagari,
    Thai, kana, ideographs …), where a headline cannot be told by its case: it stands as a
    capital does, at the head of a line that may be a title."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


_UNSTOPPED = "\u0e00-\u0eff"
"""Thai and Lao, which end a sentence with no mark: a space parts one sentence from the next."""
_SENTENCE_LETTERS = 25
"""Code points of Thai or Lao that make a sentence's worth (five words, `word_count`'s
ratio): a headline's phrases, parted by spaces too, run shorter ("กรุงเทพฯ เผชิญฝนตกหนัก")."""
_UNSTOPPED_SENTENCES = lazy(
    f"[{_UNSTOPPED}]{{{_SENTENCE_LETTERS},}}\\s+[{_UNSTOPPED}]{{{_SENTENCE_LETTERS},}}"
)


def unmarked_sentences(text: str) -> bool:
    """Whether a line holds two sentences of a script that ends them with no mark (Thai,
    Lao), parted by a space as they write them: a paragraph, whatever its end, where
    `ends_sentence` can find no stop to tell it by."""
    return not text.isascii() and _UNSTOPPED_SENTENCES.search(text) is not None


_SCRIPT_SAMPLE = 120
"""Characters a text's script is read from: a line's opening, enough to outvote a name or
a term in another script it holds."""
_JOINED_SCRIPTS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK"}
"""Scripts written together as one: Japanese mixes kana with the ideographs (CJK)."""
_DENSE_SCRIPTS = frozenset({"CJK", "HANGUL"})
"""Scripts whose letters each say about as much as a word's three: a Japanese paragraph
with English terms in it ("Kubernetes Upstream Training in Japanは2019年から…") is Japanese,
a line of English terms with a Japanese particle ("… in Japanとは？") English."""
_DENSE_WEIGHT = 3
_OTHER_SCRIPT = lazy("[\u0250-\u1dff\u1f00-\u1fff\u2c00-\U0010ffff]")
"""A character past Latin, its accents and the punctuation and symbols Latin text holds
(curly quotes, dashes, €): text without one is Latin, told without a look at each letter."""


def script(text: str) -> str | None:
    """The script most of a text's opening is written in, by the first word of its
    letters' Unicode names ("LATIN", "CYRILLIC", "ARABIC", "CJK" for ideographs and kana
    …), an ideograph or a kana counted as three letters; None for a text without letters.
    ASCII text is Latin without a look at its letters."""
    if text.isascii() or _OTHER_SCRIPT.search(text, 0, _SCRIPT_SAMPLE) is None:
        return "LATIN" if text.isascii() or any(map(str.isalpha, text)) else None
    counts: dict[str, int] = {}
    for char in text[:_SCRIPT_SAMPLE]:
        if char.isalpha():
            name = _letter_script(char)
            counts[name] = counts.get(name, 0) + (_DENSE_WEIGHT if name in _DENSE_SCRIPTS else 1)
    return max(counts, key=counts.__getitem__) if counts else None


@cache
def _letter_script(letter: str) -> str:
    name = unicodedata.name(letter, "").partition(" ")[0]
    return _JOINED_SCRIPTS.get(name, name)
