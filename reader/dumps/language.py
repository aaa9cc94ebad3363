"""Which language an article is written in, in any of the eighty-odd languages news comes in.

Google's Compact Language Detector 2 (CLD2, through pycld2: C++, no model to load,
Apache 2.0) reads the first few hundred characters: it knows every script and is right
on a headline nine times in ten, on a paragraph more often still. A text plainly in
English, French, German, Spanish, Portuguese or Italian, as most dumps are, is told by
its commonest short words first, which costs about what CLD2 does; they also decide
where CLD2 is unsure, or hesitates between two of those six. Dutch and Afrikaans, which
CLD2 tells by letter sequences that names sway, are told apart by their own function words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.article import Range

_SAMPLE = 400
"""Characters read: a paragraph's worth; CLD2's time grows with the text, its accuracy
hardly past this."""
_CODES = {"iw": "he", "jw": "jv", "no": "nb", "co": "it"}
"""CLD2's older codes and their ISO 639-1 ones (Norwegian as spaCy names it, `nb`);
Corsican, which CLD2 finds in some Italian and no news dump is in, as Italian."""
_UNKNOWN = frozenset({"un", "xx", "xxx"})
_PUNCTUATION = ",.;:!?\"'“”«»()"
_MIN_HITS = 3
"""Fewer marker words than this and the markers leave the language unsaid."""
_MARKERS = {
    "en": "the and of to was that with for said is were have has from this",
    "fr": "le les des est une dans pour sur qui du au aux avec ont été cette",
    "de": "der die und das ist nicht mit von zu ein eine auf sich dem den wurde",
    "es": "el los las del y fue según pero más sus",
    "pt": "os dos das não em um uma com foi pelo pela ao são também você é seu sua",
    "it": "il gli della di che è per nel sono alla delle ha dei anche stato",
}
"""A handful of function words each of these languages uses often and the others
rarely; a few hundred characters hold dozens."""
_LANGUAGE = {word: language for language, words in _MARKERS.items() for word in words.split()}
"""Each marker word and its language."""
_MARKER_LEAD = 2
"""How many times the markers of the language read must outnumber the next language's."""
_PLAIN_HITS = 5
"""Marker words of one language a sample needs to be told without CLD2..."""
_PLAIN_SHARE = 10
"""...and the most words it may have per such marker word..."""
_PLAIN_LEAD = 3
"""...and how many times more of them than of the other languages' markers."""
_C1_CONTROLS = dict.fromkeys(range(0x7F, 0xA0), " ")
"""Characters CLD2 refuses as input (C1 controls, left by a wrong decoding), as spaces."""


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is most likely in, or None when it
    holds too few letters to tell (a number, a date, a name).

    Text plainly in one of the six languages dumps come in most (English, French,
    German, Spanish, Portuguese, Italian: one word in ten or more is one of its
    markers) is told by its function words alone, with no call to CLD2. Otherwise CLD2
    decides when it is sure of a language outside those six; between two of them, or
    when CLD2 is unsure, the function words do if they can, as they read the grammar
    where CLD2's letter sequences are swayed by names and quotations."""
    counts, words = _marker_counts(text)
    best = max(counts, key=counts.__getitem__) if counts else None
    if best is not None and _plain(counts[best], sum(counts.values()), words):
        return best
    code, reliable = _detected(text)
    code = _sister(code, text)
    if reliable and code not in _MARKERS:
        return code
    if best is not None and counts.get(code or "", 0) == counts[best]:
        return code  # the markers tie between CLD2's language and another: they cannot tell
    return best if best is not None and counts[best] >= _MIN_HITS else code


def article_language(title: str, body: str, ranges: Sequence[Range]) -> str | None:
    """The language an article is in, as the splitter writes it in `meta`: that of its own
    words (`_own_words`), else of its title and body together (a one-line body says too
    little alone)."""
    return language_of(_own_words(body, ranges)) or language_of(f"{title}\n{body}")


def _own_words(body: str, ranges: Sequence[Range]) -> str:
    """The body as far as its language is read from: its first paragraph long enough to
    tell, since a quotation in another language often follows it (a blogger quoted in German
    under a Russian paragraph), past the short lines over it (a site's name, a label: "Клирнет"
    over the text told CLD2 nothing, and its sample of the whole body stopped short), else
    the body."""
    for start, end, _ in ranges:
        if end - start >= _OWN_WORDS_CHARS:
            return body[start:end]
    return body


_OWN_WORDS_CHARS = 200
"""A first paragraph this long holds enough words to tell its language by."""


def marker_language(text: str) -> str | None:
    """The language of `text` among English, French, German, Spanish, Portuguese and
    Italian by its commonest short words, or None: a cheap, narrow reading that the
    article boundaries were tuned on."""
    counts, _ = _marker_counts(text)
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    runner_up = max((n for language, n in counts.items() if language != best), default=0)
    if counts[best] < _MIN_HITS or counts[best] < _MARKER_LEAD * runner_up:
        return None  # Portuguese "para" and "por" read as Spanish: too close to tell
    return best


_WORD_LANGUAGE: dict[str, str] = {}
"""Each word read before, as a sample splits into them (punctuation, capitals and all), and
the language it marks ("" for none): a sample's words are looked up in C, and only the words
never met are lowered, stripped and looked up one by one. Most of a sample's words are a
dump's common ones, met in the samples before, and a sample is not lowered whole (a text
holding one curly quote is lowered character by character through the case tables): the
words of the lowered sample are the sample's words lowered, since no character lowers to
spacing or from it, and the one casing that reads a character's neighbours (a final sigma)
stops at spacing."""
_WORDS_KEPT = 1 << 14
"""At most this many words are kept in `_WORD_LANGUAGE` (about 1.5 MB; 8,611 after the
10,000-article `bench` dump)."""


def _marker_counts(text: str) -> tuple[dict[str, int], int]:
    """How many marker words of each language the sample holds, and how many words."""
    words = text[:_SAMPLE].split()
    found = list(map(_WORD_LANGUAGE.get, words))
    if None in found:
        _look_up(words, found)
    counts: dict[str, int] = {}
    for language in filter(None, found):
        counts[language] = counts.get(language, 0) + 1
    return counts, len(words)


def _look_up(words: list[str], found: list[str | None]) -> None:
    """The language each word `found` has none for yet marks, or "", kept for the next
    sample while there is room."""
    keep = len(_WORD_LANGUAGE) < _WORDS_KEPT
    for at, language in enumerate(found):
        if language is None:
            word = words[at]
            found[at] = language = _LANGUAGE.get(word.lower().strip(_PUNCTUATION), "")
            if keep:
                _WORD_LANGUAGE[word] = language


def _plain(best: int, hits: int, words: int) -> bool:
    """So many markers of one language, and so few of the others, that no other
    language could be meant."""
    return (
        best >= _PLAIN_HITS and best * _PLAIN_SHARE >= words and (hits - best) * _PLAIN_LEAD < best
    )


_SISTERS = {
    "nl": "de een niet zijn wordt worden werd naar zij ze ik wij hun deze heeft hebben hij "
    "zich door als zou",
    "af": "nie n ’n ek hulle vir sy hy deur gesê baie jy julle sal sou",
}
"""Function words of Dutch that Afrikaans does not use, and of Afrikaans that Dutch does
not: CLD2 reads letter sequences, and a Dutch interview with a South African artist, full
of "Zuid-Afrikaanse", read as Afrikaans, sure of it, though its "de" and "een" are Dutch."""
_SISTER_WORDS = {word: code for code, words in _SISTERS.items() for word in words.split()}


def _sister(code: str | None, text: str) -> str | None:
    """CLD2's Dutch or Afrikaans, or the other where the sample's function words are
    plainly the other's (at least `_MIN_HITS`, `_MARKER_LEAD` times more than its own)."""
    if code not in _SISTERS:
        return code
    counts = dict.fromkeys(_SISTERS, 0)
    for word in text[:_SAMPLE].split():
        if found := _SISTER_WORDS.get(word.lower().strip(_PUNCTUATION)):
            counts[found] += 1
    other = "af" if code == "nl" else "nl"
    plain = counts[other] >= _MIN_HITS and counts[other] >= _MARKER_LEAD * counts[code]
    return other if plain else code


def _detected(text: str) -> tuple[str | None, bool]:
    """CLD2's language for the start of `text` (a code or None) and whether it is sure."""
    cld2 = _cld2()
    sample = text[:_SAMPLE]
    try:  # as UTF-8 made here: given the str, CLD2 kept its UTF-8 in it (CPython's cache
        # of it), and a short body read whole then looked bigger to `Article`'s choice of
        # how to hold it than the same body unread: held otherwise
        reliable, _, guesses = cld2.detect(sample.encode("utf-8"), isPlainText=True)
    except (cld2.error, UnicodeEncodeError):  # a C1 control or a lone surrogate, left
        # by a wrong decoding: CLD2 takes only interchange-valid UTF-8
        clean = sample.translate(_C1_CONTROLS).encode("utf-8", "replace")
        try:
            reliable, _, guesses = cld2.detect(clean, isPlainText=True)
        except cld2.error:
            return None, False
    code = guesses[0][1].split("-")[0]
    if code in _UNKNOWN:
        return None, False
    return _CODES.get(code, code), reliable


@cache
def _cld2() -> ModuleType:
    """pycld2, imported on the first text read, not with the package (and so never on
    the way to the first frame unless a dump is split before it)."""
    import pycld2

    return pycld2


_NAMES = {
    "en": "english anglais englisch inglés inglese inglês engels",
    "fr": "french français francais französisch francés francese francês frans",
    "de": "german allemand deutsch alemán tedesco alemão duits",
    "es": "spanish espagnol spanisch español castellano spagnolo espanhol spaans",
    "pt": "portuguese portugais portugiesisch portugués portoghese português portugees",
    "it": "italian italien italienisch italiano italiaans",
    "nl": "dutch néerlandais niederländisch neerlandés olandese holandês nederlands",
}
_CODES_BY_NAME = {name: code for code, names in _NAMES.items() for name in names.split()}


def language_code(value: str) -> str | None:
    """The ISO 639-1 code of a language field ("FRENCH", "Deutsch", "fr"), or None."""
    value = value.strip().lower()
    return value if value in _NAMES else _CODES_BY_NAME.get(value)
