"""Which language an article is written in, from its commonest short words.

Enough for the languages dumps come in most (English, French, German, Spanish,
Portuguese, Italian): each has a handful of function words the others rarely use,
and a few hundred characters of body hold dozens of them.
"""

from __future__ import annotations

from itertools import repeat

_SAMPLE = 400
"""Characters of the body looked at: enough for a dozen function words or more."""
_PUNCTUATION = ",.;:!?\"'“”«»()"
_MIN_HITS = 3
"""Fewer hits than this and the language is left unsaid."""
_MARKERS = {
    "en": "the and of to was that with for said is were have has from this",
    "fr": "le les des est une dans pour sur qui du au aux avec ont été cette",
    "de": "der die und das ist nicht mit von zu ein eine auf sich dem den wurde",
    "es": "el los las del y por para fue según pero más sus está",
    "pt": "os dos das não em um uma com foi pelo pela ao são também",
    "it": "il gli della di che è per nel sono alla delle ha dei anche stato",
}
_LANGUAGE = {word: language for language, words in _MARKERS.items() for word in words.split()}
"""Each marker word and its language."""


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is most likely in, or None."""
    words = text[:_SAMPLE].lower().split()
    # Each word stripped of punctuation and looked up in C; only the few hits are counted
    # here, in the order they come (so a tie goes as a count word by word would).
    hits = filter(None, map(_LANGUAGE.get, map(str.strip, words, repeat(_PUNCTUATION))))
    counts: dict[str, int] = {}
    for language in hits:
        counts[language] = counts.get(language, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= _MIN_HITS else None


_NAMES = {
    "en": "english anglais englisch inglés inglese inglês",
    "fr": "french français francais französisch francés francese francês",
    "de": "german allemand deutsch alemán tedesco alemão",
    "es": "spanish espagnol spanisch español castellano spagnolo espanhol",
    "pt": "portuguese portugais portugiesisch portugués portoghese português",
    "it": "italian italien italienisch italiano",
}
_CODES = {name: code for code, names in _NAMES.items() for name in names.split()}


def language_code(value: str) -> str | None:
    """The ISO 639-1 code of a language field ("FRENCH", "Deutsch", "fr"), or None."""
    value = value.strip().lower()
    return value if value in _NAMES else _CODES.get(value)
