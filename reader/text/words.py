"""Words counted in every script: its spaced words for most, and for Thai, Lao, Khmer,
Myanmar, Chinese and Japanese, which put no space between words, their letters at a ratio
to a word. The splitter's rules (`reader.dumps.measure`) and an article's own count
(`Article.word_count`) read the same measure, so a Japanese article is as many words in
the listing as the splitter took it to be.
"""

from __future__ import annotations

import math
import re
from functools import cache

_SOUTHEAST = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
"""Thai, Lao, Myanmar and Khmer letters and their marks."""
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
"""Kana (half-width too) and CJK ideographs, as a character class's ranges: the letters
of the scripts that put no spaces between words, one set for the words counted here and
those `reader.library.duplicates` compares (which once left half-width kana out)."""


@cache
def _unspaced() -> re.Pattern[str]:
    """A run of letters of a script that is not spaced as words; compiled when first asked,
    not on the first frame, which imports this module with `Article` but counts nothing."""
    return re.compile(f"[{_SOUTHEAST}]+|[{CJK}]+")


SOUTHEAST_LETTERS_PER_WORD = 5
"""Thai, Lao, Khmer and Myanmar words run to four to six code points (vowel and tone marks
are code points of their own): five is the ratio."""
CJK_LETTERS_PER_WORD = 2
"""A Chinese word is one to two characters, a Japanese one two to three with its kana:
two is the ratio."""
_SPARSE = 9
"""Spaced text runs to six or seven characters a word, space included: a line with fewer
spaces than one in nine characters may be of an unspaced script, and only then is it
looked at."""
_LOOK = 64
"""A line of those scripts shows one in its first characters; looking no further keeps a
long Latin paragraph with one curly quote from a scan of every character."""
_LONG = 300
"""A line this long is running text in any script: its spaced words are counted by its
spaces alone, without splitting it."""


def word_count(text: str, most: int = -1) -> int:
    """How many words a line holds, in any script read here: its spaced words, with each
    run of Thai, Lao, Khmer or Myanmar counted at five code points to a word and each run
    of kana and ideographs at two, so that a Thai or Japanese paragraph is as many words as
    its English translation, near enough, and never a few. With `most`, a spaced line is
    not split past it: any count over `most` stands for "more"."""
    if most >= 0:
        spaced = len(text.split(None, most))
        if spaced > most:
            return spaced  # more than `most` by its spaces alone: counting on adds no news
    elif len(text) >= _LONG:
        spaced = text.count(" ") + 1
    elif text.isascii() and text and spaced_once(text):
        return text.count(" ") + 1 - (text[0] == " ") - (text[-1] == " ")
    else:
        spaced = len(text.split())
    if len(text) <= _SPARSE * spaced or text.isascii():
        return spaced
    if _unspaced().search(text, 0, _LOOK) is None:
        return spaced
    return _with_unspaced(text)


def spaced_once(text: str) -> bool:
    """Whether a text's only spacing is single spaces (nothing unprintable: no tab, line end,
    other control character or other space; no two spaces together): then its words are its
    spaces and one, less a space at either end, found without splitting it (a string made
    for each word, as `article_id`'s fold would)."""
    return text.isprintable() and "  " not in text


def text_words(text: str) -> int:
    """How many words a whole text holds (an article's body, paragraphs and all), counted
    as `word_count` counts a line's: reading times, throughput and the analyser's chunks
    read it, and a Japanese article must not be "3 words" there."""
    if text.isascii() or _unspaced().search(text) is None:
        return len(text.split())
    return _with_unspaced(text)


def _with_unspaced(text: str) -> int:
    """Spaced words plus each unspaced run's letters at its script's ratio."""
    runs = _unspaced().findall(text)
    spaced = len(_unspaced().sub(" ", text).split())
    return spaced + sum(math.ceil(len(run) / _letters_per_word(run)) for run in runs)


def _letters_per_word(run: str) -> int:
    """How many code points make a word in a run of one unspaced script."""
    return CJK_LETTERS_PER_WORD if run[0] >= "\u3040" else SOUTHEAST_LETTERS_PER_WORD
