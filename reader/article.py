"""The records a dump is split into: every other layer reads these and nothing else."""

from __future__ import annotations

import collections
import functools
import itertools
import operator
import re
import struct
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Literal, get_args

from reader.text.words import spaced_once, text_words

ParagraphKind = Literal["paragraph", "subheading", "list_item", "highlights"]
"""How a stretch of body text is shown: running text, a subhead, a bullet, a highlights box."""
Range = tuple[int, int, ParagraphKind]
"""A paragraph's start, end and kind, as the splitter finds them (`Article.from_ranges`)."""
DATE_META_KEYS = ("updated", "published", "date", "dateline", "saved")
"""Meta fields holding a date, first readable one wins: the latest version's date first.
Here, below both, since sorting by date reads them and a correction that breaks an
article hands them on."""
CITED_DATE_KEYS = ("published", "date", "updated", "saved")
"""Meta fields a citation takes its date from, first whole one wins: the day it was published
first; `saved` is the day the page was clipped, the dump's own date when it gives one."""


@functools.cache
def _relative() -> re.Pattern[str]:
    """An English date relative to the moment the page was copied, the whole field ("6 sec
    ago", "an hour ago", "yesterday"); compiled at first use, not at import."""
    return re.compile(
        r"(?:(?:about\s+)?(?:an?|\d+)\s*)"
        r"(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.?\s+ago"
        r"|yesterday|today|just now",
        re.IGNORECASE,
    )


def copy_relative(stamp: str) -> bool:
    """True when `stamp` is a date relative to when the page was copied ("6 sec ago"):
    the page's words then, true of no moment a reader can name now."""
    return _relative().fullmatch(stamp.strip()) is not None


def as_copied(stamp: str) -> str:
    """A date field as reader shows and cites it: one relative to the copy marked so ("6 sec
    ago when copied"), any other unchanged.

    Shown bare, "6 sec ago" read as reader's own reckoning (the seed dump's second article
    said it on every fresh clone, and looked like the file's age), and a citation pasted a
    week later told its reader the passage was six seconds old: it is the page's words when
    it was copied. A dump has no arrival time per article (its file's time is its last
    paste's, or the clone's that made it), so the stamp is shown as what it is. Here, with
    the records: the meta line (first frame, which imports no module more) and the citation
    (`annotation`, which may not import the TUI) share it.
    """
    return f"{stamp} when copied" if copy_relative(stamp) else stamp


def cited_date(meta: Mapping[str, str]) -> str | None:
    """The date a citation of an article gives: its first whole date (`CITED_DATE_KEYS`),
    else its first date relative to the copy, worded as the meta line words it; None when
    it gives none."""
    stamps = [meta[key] for key in CITED_DATE_KEYS if meta.get(key)]
    whole = next((stamp for stamp in stamps if not copy_relative(stamp)), None)
    if whole is not None or not stamps:
        return whole
    return as_copied(stamps[0])


INHERITED_DATES = "dates_inherited"
"""Meta key of an article the user broke off another, naming the date fields it took
from that one (space-separated): a guess, not a line of its own, so the view says so."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A char range of `Article.body`, so views and NLP never re-split the text."""

    start: int
    end: int
    kind: ParagraphKind = "paragraph"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a call with the fields: big dumps come from another process in
        pickles, and this halves the time of the dataclass's own field-by-field state."""
        return Paragraph, _PARAGRAPH_FIELDS(self)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a dump; `id` is a content hash so annotations survive re-splitting.

    `body` and `paragraphs` read and compare as a str and a tuple of `Paragraph`, but are
    held compactly (`_compact_body`, `_packed`, and once listed the body compressed with
    its neighbours', `hold_compressed`): a 10,000-article dump is open for the whole
    session, and as Python objects they were two thirds of its articles' memory. Once
    listed, `meta` is read-only (`share_equal_meta`): a write into it fails.
    """

    id: str
    source: str
    index: int
    title: str
    body: str
    paragraphs: tuple[Paragraph, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        """The text of one paragraph, sliced from the body the offsets index."""
        return self.body[paragraph.start : paragraph.end]

    @property
    def body_utf8(self) -> bytes:
        """The body as UTF-8 (lone surrogates kept), from the held form without a str in
        between: search reads every body this way, on every query, instead of holding a
        folded copy of them all."""
        held = _BODY_SLOT.__get__(self)
        if held.__class__ is str:
            return held.encode("utf-8", "surrogatepass")  # type: ignore[no-any-return]
        return held if held.__class__ is bytes else held.utf8()  # type: ignore[no-any-return]

    @property
    def body_view(self) -> bytes | memoryview:
        """`body_utf8`, without a copy where the body is held compressed (a view of its
        block, valid while held): search joins every body on every query."""
        held = _BODY_SLOT.__get__(self)
        if held.__class__ is str:
            return held.encode("utf-8", "surrogatepass")  # type: ignore[no-any-return]
        return held if held.__class__ is bytes else held.view()  # type: ignore[no-any-return]

    @property
    def has_body(self) -> bool:
        """Whether the body holds any text, read from the form it is held in (empty exactly
        when the body is), so the splitter can ask it of every article it makes without
        decoding a body only to tell it from nothing."""
        return bool(_BODY_SLOT.__get__(self))

    @property
    def word_count(self) -> int:
        """Words in the body, in any script: what reading-time and throughput figures and
        the analyser's chunks are based on."""
        return text_words(self.body)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form used by `reader articles --json` and the exporters."""
        return {
            "id": self.id,
            "source": self.source,
            "index": self.index,
            "title": self.title,
            "body": self.body,
            "paragraphs": [
                {"start": p.start, "end": p.end, "kind": p.kind} for p in self.paragraphs
            ],
            "meta": dict(self.meta),
        }

    def __eq__(self, other: object) -> bool:
        """Field by field, as a dataclass compares, on the held forms (each is a function
        of the value, so equal values are held alike): nothing is decoded to compare."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _HELD(self) == _HELD(other)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a call with the held fields: big dumps come from another process in
        pickles, and bytes cost nothing to unpickle where a str is decoded."""
        return _held_article, tuple(get(self) for get in _HELD_GETTERS)

    @staticmethod
    def from_ranges(
        id: str,
        source: str,
        index: int,
        title: str,
        body: str,
        ranges: Sequence[Range],
        meta: dict[str, str],
    ) -> Article:
        """The article `Article(...)` makes of these fields with `paragraphs` as `Paragraph`s
        of `ranges`, held alike, but packed straight from the tuples: the splitter makes one
        per article, and a `Paragraph` made for each range only to be packed, with the
        dataclass's field-by-field setting, was a tenth of building an article."""
        packed = _pack(ranges) if ranges else None
        paragraphs = tuple(Paragraph(*r) for r in ranges) if packed is None else packed
        return _held_article(id, source, index, title, _compact_body(body), paragraphs, meta)

    def ranges(self) -> list[Range]:
        """The paragraphs as (start, end, kind) tuples, read from the held form without a
        `Paragraph` made of each: the split cache writes every article's as it is split,
        and `from_ranges` reads them back."""
        held = _held_ranges(self)
        if held.__class__ is bytes:
            kinds = _KINDS
            return [(start, end, kinds[kind]) for start, end, kind in _RANGE.iter_unpack(held)]
        return [(p.start, p.end, p.kind) for p in held]

    def renumbered(self, index: int) -> Article:
        """The same article at another `index` (the articles of a part of a dump split in
        another process join the whole): the body and paragraphs are kept as held, where
        `dataclasses.replace` would decode and pack them again."""
        held = list(_HELD(self))
        held[_INDEX] = index
        return _held_article(*held)

    def moved(self, source: str) -> Article:
        """The same article listed from another dump (its own renamed or moved, or another
        dump that holds it too), the body and paragraphs kept as held (see `renumbered`)."""
        held = list(_HELD(self))
        held[_SOURCE] = source
        return _held_article(*held)


_PARAGRAPH_FIELDS = operator.attrgetter(*(f.name for f in fields(Paragraph)))
_SLOTS = tuple(Article.__dict__[f.name] for f in fields(Article))
"""The dataclass's slots, in field order: where `_held_article` puts the held fields."""
_BODY_SLOT = Article.__dict__["body"]
_PARAGRAPHS_SLOT = Article.__dict__["paragraphs"]
_META_SLOT = Article.__dict__["meta"]
_HELD = operator.attrgetter(
    *(f"_held_{f.name}" if f.name in ("body", "paragraphs") else f.name for f in fields(Article))
)
"""Every field as held: `body` and `paragraphs` packed, the others as they are."""
_INDEX = [f.name for f in fields(Article)].index("index")
_SOURCE = [f.name for f in fields(Article)].index("source")
_KINDS: tuple[ParagraphKind, ...] = get_args(ParagraphKind)
_KIND_NUMBERS = {kind: number for number, kind in enumerate(_KINDS)}
_RANGE = struct.Struct("=III")
"""A packed paragraph: start, end and the kind's number in `_KINDS`."""
_BIG = 16 * 1024
"""Held bodies and paragraph ranges of at least this many bytes stay unpacked for a
while once read (`_UNPACKED`): decoding a 50,000-word article takes milliseconds, and
showing it reads its body several times."""
_UNPACKED_KEPT = 4
_UNPACKED: dict[int, tuple[bytes, object]] = {}
"""id(held form) -> (held form, its value), for the last big ones read; the entry holds
the held form, so its id is not reused while the entry lives."""
_UNPACKED_LOCK = threading.Lock()


def _compact_body(body: str) -> str | bytes:
    """The body as UTF-8 when that is smaller than the str: CPython holds a whole str at
    two bytes a character as soon as one curly quote or dash appears in it."""
    if body.isascii():
        return body
    utf8 = body.encode("utf-8", "surrogatepass")
    return utf8 if sys.getsizeof(utf8) < sys.getsizeof(body) else body


def _packed(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...] | bytes:
    """The ranges as 12 bytes each instead of three objects; a tuple as given when they
    do not fit (not `Paragraph`s, an unknown kind, an offset past 32 bits)."""
    if paragraphs and all(p.__class__ is Paragraph for p in paragraphs):
        packed = _pack(map(_PARAGRAPH_FIELDS, paragraphs))
        if packed is not None:
            return packed
    return tuple(paragraphs)


def _pack(ranges: Iterable[tuple[int, int, str]]) -> bytes | None:
    """(start, end, kind) ranges as 12 bytes each; None when one does not fit."""
    pack, kinds = _RANGE.pack, _KIND_NUMBERS
    try:
        return b"".join([pack(start, end, kinds[kind]) for start, end, kind in ranges])
    except (KeyError, struct.error):
        return None


def _unpacked(held: object, unpack: Callable[[bytes], object]) -> Any:
    """The value of a held field (a big one from `_UNPACKED` when it is there)."""
    if not isinstance(held, bytes):
        return held
    if len(held) < _BIG:
        return unpack(held)
    with _UNPACKED_LOCK:
        kept = _UNPACKED.get(id(held))
    if kept is not None and kept[0] is held:
        return kept[1]
    value = unpack(held)
    with _UNPACKED_LOCK:
        while len(_UNPACKED) >= _UNPACKED_KEPT:
            del _UNPACKED[next(iter(_UNPACKED))]
        _UNPACKED[id(held)] = (held, value)
    return value


def _decoded(held: bytes | memoryview) -> str:
    return str(held, "utf-8", "surrogatepass")


def _paragraphs(held: bytes) -> tuple[Paragraph, ...]:
    kinds = _KINDS
    return tuple(Paragraph(start, end, kinds[k]) for start, end, k in _RANGE.iter_unpack(held))


def _get_body(article: Article) -> str:
    held = _BODY_SLOT.__get__(article)
    if held.__class__ is str or held.__class__ is bytes:
        return _unpacked(held, _decoded)  # type: ignore[no-any-return]
    return _decoded(held.view())  # in a block (`hold_compressed`)


def _held_body(article: Article) -> str | bytes:
    """The body as `_compact_body` holds it, also when it is in a block: what compares,
    pickles and renumbers (a block is not a function of the one body)."""
    held = _BODY_SLOT.__get__(article)
    if held.__class__ is str or held.__class__ is bytes:
        return held  # type: ignore[no-any-return]
    return _compact_body(_decoded(held.view()))


def _set_body(article: Article, body: str) -> None:
    _BODY_SLOT.__set__(article, _compact_body(body))


def _get_paragraphs(article: Article) -> tuple[Paragraph, ...]:
    return _unpacked(_held_ranges(article), _paragraphs)  # type: ignore[no-any-return]


def _held_ranges(article: Article) -> tuple[Paragraph, ...] | bytes:
    """The paragraphs as `_packed` holds them, also when they are beside the body in its
    block (`hold_compressed`): what reads, compares and pickles."""
    held = _PARAGRAPHS_SLOT.__get__(article)
    if held.__class__ is bytes or held.__class__ is tuple:
        return held  # type: ignore[no-any-return]
    return held.beside()  # type: ignore[no-any-return]


def _set_paragraphs(article: Article, paragraphs: tuple[Paragraph, ...]) -> None:
    _PARAGRAPHS_SLOT.__set__(article, _packed(paragraphs))


def _sendable_meta(article: Article) -> dict[str, str]:
    """The `meta` as a dictionary, also once it is read-only: what pickles and frames take."""
    held = _META_SLOT.__get__(article)
    return held if held.__class__ is dict else dict(held)  # type: ignore[no-any-return]


def _held_article(*held: Any) -> Article:
    """An article from its held fields (`Article.__reduce__`), without packing again."""
    article = object.__new__(Article)
    for slot, value in zip(_SLOTS, held, strict=True):
        slot.__set__(article, value)
    return article


# The dataclass made a slot for each field; `body` and `paragraphs` now go through
# properties that pack on the way in (the dataclass's `__init__` sets them) and unpack
# on the way out, and the held forms stay readable for `__eq__` and pickling.
Article.body = property(_get_body, _set_body, doc="The body text.")  # type: ignore[assignment,method-assign]
Article.paragraphs = property(  # type: ignore[assignment,method-assign]
    _get_paragraphs, _set_paragraphs, doc="Char ranges of `body`, in order."
)
Article._held_body = property(_held_body)  # type: ignore[attr-defined]
Article._held_paragraphs = property(_held_ranges)  # type: ignore[attr-defined]
_HELD_GETTERS = tuple(
    {_BODY_SLOT: _held_body, _PARAGRAPHS_SLOT: _held_ranges, _META_SLOT: _sendable_meta}.get(
        slot, slot.__get__
    )
    for slot in _SLOTS
)
"""What reads each field as held, in field order (the slots' own readers but the body's
and the paragraphs', which may be in a block, and the meta's, which may be read-only)."""


def held_fields(articles: Sequence[Article]) -> list[list[Any]]:
    """Each field of the articles as held (`body` and `paragraphs` in their compact forms),
    one list a field in field order: a batch sent to another process as a few flat lists
    (`reader.dumps.packed`) is read a field at a time, where a call for each article was
    most of pickling them."""
    return [list(map(get, articles)) for get in _HELD_GETTERS]


def from_held_fields(count: int, fields: Sequence[Iterable[Any]]) -> list[Article]:
    """`count` articles from their fields as `held_fields` gives them (any iterables, in
    field order), held as given: set a field at a time, where `_held_article` for each
    article was most of unpickling a batch."""
    articles = list(map(object.__new__, itertools.repeat(Article, count)))
    for slot, values in zip(_SLOTS, fields, strict=True):
        collections.deque(map(slot.__set__, articles, values), maxlen=0)
    return articles


def hold_compressed(articles: Iterable[Article]) -> None:
    """Holds the articles' bodies compressed, many to a block (`reader.text.blocks`): an
    open dump's bodies are most of what its articles hold, for the whole session, while
    only the one on screen and the passes over all of them (search, stories, entities)
    read them. Bodies already in a block, empty or of `_BIG` bytes and over (kept apart,
    since showing one reads it whole several times) stay as they are. Their packed
    paragraph ranges are held beside them in the block, a block's in one `bytes` (each
    in a `bytes` of its own took 33 bytes more: 0.4 MB at 10,000 articles). Values do
    not change: the articles read, compare and pickle as before."""
    from reader.text.blocks import held_together  # LZ4: not on the first frame's path

    chosen = [article for article in articles if _compressible(_BODY_SLOT.__get__(article))]
    ranges = [_PARAGRAPHS_SLOT.__get__(article) for article in chosen]
    besides = [held if held.__class__ is bytes else b"" for held in ranges]
    pieces = held_together((article.body_utf8 for article in chosen), besides)
    for article, piece, held in zip(chosen, pieces, ranges, strict=True):
        _BODY_SLOT.__set__(article, piece)
        if held.__class__ is bytes:  # packed: beside the body (a tuple stays as it is)
            _PARAGRAPHS_SLOT.__set__(article, piece)


LANGUAGE_TO_COME = ""
"""`meta["language"]` of an article split with its language left to guess after the split
(`reader.dumps.assemble.guess_languages_later`), until `settle_languages` gives it: the
empty string, which no language is, so a reader meanwhile finds none."""
_META_WRITES = threading.Lock()
"""Held by whatever puts a new `meta` in place of one it read (`share_equal_meta`,
`settle_languages`), so neither puts back a `meta` the other has replaced."""


def settle_languages(articles: Sequence[Article], languages: Sequence[str | None]) -> list[Article]:
    """Gives each article whose language is still to come (`LANGUAGE_TO_COME`) the one
    guessed for it (the same place among its keys as the splitter puts it, or no key for
    None), in a new `meta` (a thread reading the one before never sees it change), the
    equal ones held as one (`share_equal_meta`); returns the articles given one. Articles
    whose language came otherwise are left alone."""
    settled: list[Article] = []
    get, put = _META_SLOT.__get__, _META_SLOT.__set__
    with _META_WRITES:
        for article, language in zip(articles, languages, strict=True):
            if (given := given_language(get(article), language)) is not None:
                put(article, given)
                settled.append(article)
    share_equal_meta(settled)
    return settled


def given_language(meta: Mapping[str, str], language: str | None) -> dict[str, str] | None:
    """A copy of `meta` whose language was still to come with `language` in its place among
    the keys (no key for None), or None when `meta`'s language came otherwise: one rule for
    the articles in memory (`settle_languages`) and those in a split cache's frames."""
    if meta.get("language") != LANGUAGE_TO_COME:
        return None
    given = dict(meta)
    if language:
        given["language"] = language
    else:
        del given["language"]
    return given


def share_equal_meta(articles: Iterable[Article]) -> None:
    """Holds each article's `meta` read-only (a `MappingProxyType` of it), articles whose
    `meta` holds only short items, the same ones, one, and each short value one string.

    Read-only, since nothing may write into a listed article's `meta` (a correction makes
    a new article with a new dictionary): when metas were held as their values' tuples, a
    write went into a dictionary made for the read and vanished. A read is the held view
    itself (a tuple's dictionary cost 4x a read: the view, a sort's dates, the stats, the
    router read every article's). Most articles of a plain-text dump have `{"language":
    "en"}` alone, and each came from the other process as a dictionary and a string of
    its own (235 bytes for two letters; 1.3 MB at 10,000 articles). The others are held
    as dictionaries sharing one table of keys with every meta of the same keys
    (`_KeySharing`)."""
    shared: dict[tuple[tuple[str, str], ...], MappingProxyType[str, str]] = {}
    strings: dict[str, str] = {}
    sharing = _KeySharing()
    with _META_WRITES:  # not beside `settle_languages`, whose write this would undo
        _share_equal_meta(articles, shared, strings, sharing)


def _share_equal_meta(
    articles: Iterable[Article],
    shared: dict[tuple[tuple[str, str], ...], MappingProxyType[str, str]],
    strings: dict[str, str],
    sharing: _KeySharing,
) -> None:
    get, put = _META_SLOT.__get__, _META_SLOT.__set__
    for article in articles:
        meta = get(article)
        if meta.__class__ is not dict:
            continue
        items = tuple(meta.items())
        one = shared.get(items) if len(items) < 3 else None  # longer ones are seldom alike
        if one is None:
            values = [strings.setdefault(v, v) if _short(v) else v for v in meta.values()]
            one = MappingProxyType(sharing.held(meta, values))
            if len(items) < 3 and all(map(_short, values)):
                shared[items] = one
        put(article, one)


class _KeySharing:
    """Dictionaries that share their table of keys with the others of the same keys.

    A meta of a web page's article holds four to six items (its chrome, date, summary,
    dateline, language), and as a dictionary of its own each kept its keys' table too:
    272 bytes for six items. CPython shares one table of keys among the attribute
    dictionaries of a class's instances (PEP 412), so each such meta is made as the
    attributes of an instance of a class made for its keys, and held as that
    dictionary: 120 bytes for six (about 0.6 MB at 10,000 articles). It is an ordinary
    `dict`, equal, ordered and read alike; where sharing does not apply (a key a class
    has, such as `__class__`; another interpreter) it is a plain copy."""

    def __init__(self) -> None:
        self._classes: dict[tuple[str, ...], type] = {}

    def held(self, meta: dict[str, str], values: Sequence[str]) -> dict[str, str]:
        """A dictionary of `meta`'s keys and `values` (one for each key, in order)."""
        keys = tuple(meta)
        holder = self._classes.get(keys)
        if holder is None:
            if any(key.__class__ is not str or key in _CLASS_NAMES for key in keys):
                return dict(zip(keys, values, strict=True))
            holder = self._classes[keys] = type("_Meta", (), {})
        made = holder()
        for key, value in zip(keys, values, strict=True):
            setattr(made, key, value)
        return made.__dict__  # type: ignore[no-any-return]


_CLASS_NAMES = frozenset(dir(type("_Meta", (), {})))
"""Names every class has (`__class__`, `__dict__`, ...): keys set as attributes would set
those instead."""


def _short(value: object) -> bool:
    return value.__class__ is str and len(value) <= _SHORT  # type: ignore[arg-type]


_SHORT = 32
"""Characters of the longest meta value worth sharing: a language, an encoding, a
derived title's note; a byline or a date is seldom the same in two articles."""


def _compressible(held: object) -> bool:
    return (held.__class__ is str or held.__class__ is bytes) and 0 < len(held) < _BIG  # type: ignore[arg-type]


def normalize_for_id(text: str, paragraphs: Sequence[str] | None = None) -> str:
    """Folds what copy-paste changes (Unicode form, spacing, line ends) before hashing.

    `paragraphs`, when the caller has them, are the pieces `text` is joined from with blank
    lines (a split body's): their fold is the same, found by joining them with spaces rather
    than by a search of the text for its blank lines (NFC neither composes nor reorders
    across a space or a newline, which compose with nothing)."""
    if paragraphs is not None:
        flat = " ".join(paragraphs)
        if not flat.isascii():
            flat = unicodedata.normalize("NFC", flat)
        if _spaced_once(flat):  # printable: no paragraph held a newline of its own
            return flat
    if not text.isascii():  # ASCII is already in every normal form
        text = unicodedata.normalize("NFC", text)
    # A split body's only spacing is one space between words and a blank line between
    # paragraphs: then this is the same as splitting it into words, at a third the cost.
    flat = text.replace("\n\n", " ")
    if _spaced_once(flat):
        return flat
    return " ".join(text.split())


def _spaced_once(flat: str) -> bool:
    """Whether `flat` is its words joined by single spaces (`" ".join(flat.split())`): no
    other spacing (nothing unprintable), no two spaces together, none at either end."""
    return spaced_once(flat) and flat[:1] != " " and flat[-1:] != " "


def article_id(title: str, body: str, paragraphs: Sequence[str] | None = None) -> str:
    """The stable id: the same title and body give the same id in any dump. `paragraphs`:
    the pieces `body` is joined from with blank lines, when the caller has them (the
    splitter does): the same id, found without a search of the body (`normalize_for_id`).

    `hashlib` is imported here, by the splitter's first call: importing it (OpenSSL's
    library with it) is 5-15 ms that the first frame, which only unpickles articles
    with their ids, does without."""
    import hashlib

    digest = hashlib.sha256()
    digest.update(normalize_for_id(title).encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(normalize_for_id(body, paragraphs).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]
