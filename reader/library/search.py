"""`/` search over titles, bodies, notes and tags: which match, where, the match in context.

A query is words and "quoted phrases"; an article matches when every one of them
occurs in its title or body, ignoring case and accents (`reader.text.folding`), as a
substring, as in a pager (`iran` finds "Iranian"). A term written as vim writes a
whole word, `\\<nis\\>` (or as a regex would, `\\bnis\\b`), or every term when the
query asks for whole words (the search dialog's toggle), matches only where it is not
part of a longer word: `NIS` then no longer finds "tennis". An annotation matches
when every term occurs in its note or its tags (`search_annotations`).

Speed comes from searching each batch of articles as one string and letting `find`
skip from article to article: a rare word costs one scan of the text, a common one a
few short finds per article. Most English news folds to its own lower case, with
curly quotes and dashes straightened (`reader.text.folding.folds_by_case`); those
articles keep no folded copy (it was the biggest thing the open dump held after its
text): each query joins their UTF-8 a batch at a time and lowers it as bytes, about as
much work again as the scan. Only the others are folded once and kept.

Every range handed out indexes the original `Article.title` / `Article.body` (or the
annotation's note or tag line), even where folding changed the length of the text.
"""

from __future__ import annotations

import bisect
import re
import threading
from array import array
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Literal

from reader.article import Article
from reader.library.search_fields import NO_FIELDS, Fields, split_fields
from reader.store import Annotation, Store
from reader.text.folding import (
    STRAIGHTENED_UTF8,
    OffsetMap,
    fold,
    fold_query,
    fold_span,
    folds_by_case,
)
from reader.text.safe import visible

Field = Literal["title", "body", "note", "tag"]
"""Which text a match is in: the article's title or body, or an annotation's note or tags."""

Range = tuple[int, int]
"""A `(start, end)` slice of the original title or body."""

_SEPARATOR = "\x00"
"""Between titles, bodies and articles in a batch, so no phrase matches across them."""
BATCH_ARTICLES = 1000
"""Articles searched as one string at most: the pieces of a batch live until they are
joined, so one string for 10,000 articles held twice its 10 MB for a moment, and the
C heap kept what the pieces left; batches of 1,000 reuse one another's room, and a
search looks at the clock between them (`SearchIndex.steps`)."""
_CURLY_LEAD = b"\xe2\x80"
"""How every curly quote and dash starts in UTF-8 (three bytes each, one character)."""
_EITHER_FORM = {
    straight[0]: b"(?:"
    + b"|".join(
        re.escape(form) for form in (straight, *(c for c, s in STRAIGHTENED_UTF8 if s == straight))
    )
    + b")"
    for _, straight in STRAIGHTENED_UTF8
}
"""A quote or dash in a term, as a pattern that also matches its curly forms (UTF-8)."""
_WHOLE_MARKS = ((r"\<", r"\>"), (r"\b", r"\b"))
"""How a term asks to be a whole word: vim's `\\<word\\>`, or a regex's `\\bword\\b`."""
TAG_JOINER = ", "
"""Between an annotation's tags in the line searched and shown for them."""


@dataclass(frozen=True, slots=True)
class Query:
    """What the user typed after `/`, parsed once: folded words and phrases."""

    text: str
    terms: tuple[str, ...]
    """Folded words and phrases (inner whitespace collapsed); all must match."""
    whole: frozenset[str] = frozenset()
    """The terms that match only as whole words (not inside a longer word)."""
    whole_words: bool = False
    """Every term was asked for as a whole word (the dialog's toggle)."""
    fields: Fields = NO_FIELDS
    """`title:`, `lang:`, `tag:` and `state:` words (`reader.library.search_fields`)."""
    title_terms: tuple[str, ...] = ()
    """The `title:` words and phrases, folded (in `whole` when whole words)."""

    @classmethod
    def parse(cls, text: str, *, whole_words: bool = False) -> Query:
        """Splits on spaces outside double quotes (an unclosed quote runs to the end);
        `\\<term\\>` or `\\bterm\\b` (a word or a quoted phrase) is a whole-word term;
        fields (`state:starred`) are taken out first."""
        words, fields = split_fields(text) if ":" in text else (text, NO_FIELDS)
        terms: list[str] = []
        whole: set[str] = set()
        titles: list[str] = []
        for value in fields.titles:
            bare, marked = _unmark(value)
            if term := fold_query(bare):
                titles.append(term)
                if marked or whole_words:
                    whole.add(term)
        for index, part in enumerate(words.replace(_SEPARATOR, " ").split('"')):
            pieces = [part] if index % 2 else part.split()
            for piece in pieces:
                bare, marked = _unmark(piece)
                term = fold_query(bare)
                if term:
                    terms.append(term)
                    if marked or whole_words:
                        whole.add(term)
        if '"' in words:
            terms, whole = _quoted_marks(words, terms, whole)
        unique = tuple(dict.fromkeys(terms))
        return cls(text, unique, frozenset(whole), whole_words, fields, tuple(titles))

    def find(self, text: str, term: str, start: int = 0, end: int | None = None) -> int:
        """Where `term` next occurs in folded `text[start:end]` as this query wants it
        (a whole word when it is one of `whole`); -1 when it does not."""
        stop = len(text) if end is None else end
        return _find(text, term, start, stop, term in self.whole)[0]

    def needles(self) -> list[Needle]:
        """The terms, longest (usually the rarest) first, as a scan of folded text looks
        for them."""
        ordered = sorted(self.terms, key=len, reverse=True)
        return [(term, term in self.whole, len(term)) for term in ordered]

    @property
    def empty(self) -> bool:
        """True when there are no words to look for in the text (an empty or blank query,
        or fields alone)."""
        return not self.terms

    @property
    def blank(self) -> bool:
        """True when the query asks nothing: no words and no fields."""
        return not self.terms and not self.fields


def _unmark(piece: str) -> tuple[str, bool]:
    """`\\<nis\\>` -> ("nis", True); a term without both marks is as typed."""
    for opening, closing in _WHOLE_MARKS:
        inner = piece[len(opening) : -len(closing)]
        if piece.startswith(opening) and piece.endswith(closing) and inner.strip():
            return inner, True
    return piece, False


def _quoted_marks(text: str, terms: list[str], whole: set[str]) -> tuple[list[str], set[str]]:
    """Phrases written `\\<"a phrase"\\>`: the marks sit outside the quotes, so they were
    read as words of their own; they make the phrase between them whole instead."""
    parts = text.split('"')
    for index in range(1, len(parts) - 1, 2):
        before, after = parts[index - 1], parts[index + 1]
        if any(before.endswith(o) and after.startswith(c) for o, c in _WHOLE_MARKS):
            phrase = fold_query(parts[index])
            if phrase:
                whole.add(phrase)
    marks = {fold_query(mark) for pair in _WHOLE_MARKS for mark in pair}
    return [term for term in terms if term not in marks], whole


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


_WORD_BYTES = tuple(byte < 0x80 and _is_word_character(chr(byte)) for byte in range(256))
"""Whether each byte of lowered UTF-8 is a word character: past ASCII, such text holds
only curly punctuation (`folds_by_case`), and no byte of it is one."""


def _is_whole(text: str | bytes, start: int, end: int) -> bool:
    """Whether `text[start:end]` stands alone: no word character just before or after it."""
    word: Callable[[Any], bool] = (
        _WORD_BYTES.__getitem__ if isinstance(text, bytes) else _is_word_character
    )
    before = start > 0 and word(text[start - 1]) and word(text[start])
    after = end < len(text) and word(text[end]) and word(text[end - 1])
    return not before and not after


def _find(text: Any, needle: Any, start: int, stop: int, whole: bool) -> tuple[int, int]:
    """Where `needle` next occurs in `text[start:stop]` (as a whole word when `whole`), as
    its start and end; (-1, -1) when it does not. `needle` is of `text`'s type, or a
    pattern (a term with a quote or a dash, in lowered UTF-8)."""
    while True:
        if isinstance(needle, re.Pattern):
            found = needle.search(text, start, stop)
            if found is None:
                return -1, -1
            at, end = found.span()
        else:
            at = text.find(needle, start, stop)
            if at < 0:
                return -1, -1
            end = at + len(needle)
        if not whole or _is_whole(text, at, end):
            return at, end
        start = at + 1


@dataclass(frozen=True, slots=True)
class Hit:
    """One match for the results list: an article and where its first match is, or an
    annotation whose note or tags match."""

    article_id: str
    field: Field
    """Where the shown match is: the body when any term occurs there, else the title;
    `note` or `tag` for an annotation's."""
    start: int
    end: int
    annotation_id: str | None = None
    """The annotation a `note` or `tag` hit is on."""


@dataclass(frozen=True, slots=True)
class Snippet:
    """A one-line excerpt around a match, safe for the terminal, with the match's range in it."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArticleMatches:
    """Every match of a query inside one article, for highlighting and `n`/`N` jumps."""

    title: tuple[Range, ...]
    body: tuple[Range, ...]
    """Sorted, non-overlapping ranges of `Article.body`."""


Needle = tuple[Any, bool, int]
"""A term as one text is searched for it (folded str, ASCII bytes, or a bytes pattern),
whether it must be a whole word, and the most code units a match of it spans."""


@dataclass(slots=True)
class _Folded:
    """The articles of a batch that fold beyond case: one folded string, kept."""

    numbers: array[int]
    """Each article's place in its batch (hits come in that order)."""
    ids: list[str]
    bounds: array[int]
    """Where each piece of `text` starts (article k's title at 2k, its body at 2k + 1),
    then one past the end (arrays: as lists, two Python ints an article)."""
    maps: dict[int, tuple[OffsetMap | None, OffsetMap | None]]
    """Offset maps of the articles whose folding changed length."""
    text: str


@dataclass(slots=True)
class _Plain:
    """The articles of a batch that fold by case (`folds_by_case`): held, not copied, and
    read as lowered UTF-8 by each search."""

    numbers: array[int]
    ids: list[str]
    articles: list[Article]
    bounds: array[int]
    """As `_Folded.bounds`, in their UTF-8."""


@dataclass(slots=True)
class _Batch:
    """Up to `BATCH_ARTICLES` articles added together, in two parts by how they fold."""

    folded: _Folded
    plain: _Plain


def _bounds(lengths: Iterable[int]) -> list[int]:
    """Where each piece starts when each is followed by `_SEPARATOR`, then one past the end."""
    return list(accumulate((length + 1 for length in lengths), initial=0))


def _utf8_length(text: str) -> int:
    """Bytes `text` takes in UTF-8 (as `_lowered_text` writes it), without encoding the
    ASCII text most articles are: a batch only needs where each piece starts."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _batch(articles: Sequence[Article]) -> _Batch:
    folded = _Folded(array("i"), [], array("q"), {}, "")
    plain = _Plain(array("i"), [], [], array("q"))
    pieces: list[str] = []
    sizes: list[int] = []
    for number, article in enumerate(articles):
        title, body = article.title, article.body
        if folds_by_case(title) and folds_by_case(body):
            plain.numbers.append(number)
            plain.ids.append(article.id)
            plain.articles.append(article)
            sizes += (_utf8_length(title), _utf8_length(body))
            continue
        title, title_map = fold(title)
        body, body_map = fold(body)
        if title_map is not None or body_map is not None:
            folded.maps[len(folded.ids)] = (title_map, body_map)
        folded.numbers.append(number)
        folded.ids.append(article.id)
        pieces += (title, body)
    folded.bounds.extend(_bounds(map(len, pieces)))
    folded.text = _SEPARATOR.join(pieces)
    plain.bounds.extend(_bounds(sizes))
    return _Batch(folded, plain)


class SearchIndex:
    """The searchable text of every article in the library, folded once where folding
    does more than lower the case.

    Adding only queues articles: sorting them by how they fold, and folding the few that
    need it, happens in `prepare`, which a UI calls from a worker thread after its first
    frame, or the first search does. Thread-safe.
    """

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._batches: list[_Batch] = []
        self._indexed: dict[str, None] = {}
        """The ids searched, as a dictionary's keys: a set of 10,000 strings took 524 KB
        (its table grows fourfold), a dictionary's keys 208 KB."""
        self._pending: list[Article] = []
        self._removed: set[str] = set()
        """Ids still in a batch but no longer searched (an article edited away)."""
        self._lowered: dict[int, bytes] | None = None
        """While someone types queries (`hold`), each batch's lowered UTF-8 by its place."""
        self._lock = threading.Lock()
        self.add(articles)

    def hold(self) -> None:
        """Keeps each batch's lowered text from one search to the next while a user types
        queries (the search dialog is open): each key then only scans, where lowering the
        10,000-article dump again took more than half of a search's time. The copy is
        what the index no longer holds at rest (`release` lets it go)."""
        if self._lowered is None:
            self._lowered = {}

    def release(self) -> None:
        """Lets the lowered text `hold` kept go (the search dialog closed)."""
        self._lowered = None

    def add(self, articles: Iterable[Article]) -> None:
        """Queues articles not seen before (pass a dump's new articles, or all of them)."""
        with self._lock:
            for article in articles:
                if article.id in self._removed:  # the same id is the same text: still held
                    self._removed.discard(article.id)
                    self._indexed[article.id] = None
                elif article.id not in self._indexed:
                    self._indexed[article.id] = None
                    self._pending.append(article)

    def remove(self, article_ids: Iterable[str]) -> None:
        """Stops finding these articles (replaced by their edited text)."""
        with self._lock:
            for article_id in article_ids:
                if article_id in self._indexed:
                    del self._indexed[article_id]
                    self._removed.add(article_id)

    def prepare(self) -> None:
        """Batches what was queued; searches do it themselves, a worker can do it earlier."""
        with self._lock:
            pending, self._pending = self._pending, []
            for start in range(0, len(pending), BATCH_ARTICLES):
                self._batches.append(_batch(pending[start : start + BATCH_ARTICLES]))

    def __len__(self) -> int:
        return len(self._indexed)

    def search(self, query: Query | str, within: Container[str] | None = None) -> list[Hit]:
        """Articles matching every term, in the order they were added (the list order).

        `within` restricts the results to some ids (the current filter), if given.
        """
        return list(self.iter_search(query, within))

    def iter_search(
        self, query: Query | str, within: Container[str] | None = None
    ) -> Iterator[Hit]:
        """`search`, a batch of articles at a time as the scan goes: a common word
        matches most of 100,000 articles, and a UI shows the first screenful before the
        rest is found."""
        for step in self.steps(query, within):
            yield from step

    def steps(
        self, query: Query | str, within: Container[str] | None = None
    ) -> Iterator[list[Hit]]:
        """`search`, one list per batch of `BATCH_ARTICLES` articles (often empty): a
        rare word finds nothing in most of them, and a caller with a time budget looks
        at the clock between them."""
        parsed = Query.parse(query) if isinstance(query, str) else query
        if parsed.empty:
            return
        self.prepare()
        needles = parsed.needles()
        utf8 = [_utf8_needle(*needle) for needle in needles if needle[0].isascii()]
        removed, held = self._removed, self._lowered
        for place, batch in enumerate(list(self._batches)):
            found = _in_folded(batch.folded, needles, within)
            if len(utf8) == len(needles) and batch.plain.ids:
                text = held.get(place) if held is not None else None
                if text is None:
                    text = _lowered_text(batch.plain)
                    if held is not None:
                        held[place] = text
                plain = _in_plain(batch.plain, text, utf8, within)
                found = sorted(found + plain, key=_place) if found else plain
            yield [hit for _, hit in found if not removed or hit.article_id not in removed]


def _utf8_needle(term: str, whole: bool, length: int) -> Needle:
    """An ASCII term as lowered UTF-8 is searched for it: its bytes, or a pattern where
    it holds a quote or a dash (which stand for their curly forms too, three bytes each)."""
    data = term.encode()
    marks = sum(data.count(mark) for mark in _EITHER_FORM)
    if not marks:
        return data, whole, length
    pattern = b"".join(_EITHER_FORM.get(byte, re.escape(bytes([byte]))) for byte in data)
    return re.compile(pattern), whole, length + 2 * marks


def _place(found: tuple[int, Hit]) -> int:
    return found[0]


def _in_folded(
    part: _Folded, needles: list[Needle], within: Container[str] | None
) -> list[tuple[int, Hit]]:
    """Hits in the folded articles, with their places in the batch."""
    if not part.ids:
        return []

    def original(number: int, field: Field, start: int, end: int) -> Range:
        title_map, body_map = part.maps.get(number, (None, None))
        return fold_span(body_map if field == "body" else title_map, start, end)

    return _hits(part.text, part.bounds, part.numbers, part.ids, needles, within, original)


def _lowered_text(part: _Plain) -> bytes:
    """The articles that fold by case as one text to search: titles and bodies in UTF-8,
    lowered, each piece followed by a NUL (`_Plain.bounds`)."""
    pieces: list[bytes | memoryview] = []
    for article in part.articles:
        pieces += (article.title.encode("utf-8", "surrogatepass"), article.body_view)
    return b"\x00".join(pieces).lower()


def _in_plain(
    part: _Plain, text: bytes, needles: list[Needle], within: Container[str] | None
) -> list[tuple[int, Hit]]:
    """Hits in the articles that fold by case, searched in `text`, their lowered UTF-8."""

    def original(number: int, field: Field, start: int, end: int) -> Range:
        piece = part.bounds[2 * number + (field == "body")]
        begin = start - 2 * text.count(_CURLY_LEAD, piece, piece + start)
        return begin, begin + end - start - 2 * text.count(_CURLY_LEAD, piece + start, piece + end)

    return _hits(text, part.bounds, part.numbers, part.ids, needles, within, original)


def _hits(
    text: str | bytes,
    bounds: Sequence[int],
    numbers: Sequence[int],
    ids: list[str],
    needles: list[Needle],
    within: Container[str] | None,
    original: Callable[[int, Field, int, int], Range],
) -> list[tuple[int, Hit]]:
    """Each matching article's hit with its place in the batch: its shown match, as a
    span of its title or body in `text`, taken back to the original text by `original`."""
    found = []
    for number, span in _scan(text, bounds, ids, needles, within):
        field, start, end = _shown(text, bounds, number, needles, span)
        piece = bounds[2 * number + (field == "body")]
        begin, stop = original(number, field, start - piece, end - piece)
        found.append((numbers[number], Hit(ids[number], field, begin, stop)))
    return found


def _scan(
    text: str | bytes,
    bounds: Sequence[int],
    ids: list[str],
    needles: list[Needle],
    within: Container[str] | None,
) -> Iterator[tuple[int, tuple[int, int]]]:
    """The articles holding every needle, each as its number and where the first needle
    first occurs in it: scans for that one (usually the rarest), checks the rest there."""
    (lead, lead_whole, _), rest = needles[0], needles[1:]
    size = len(text)
    found = _find(text, lead, 0, size, lead_whole)
    while found[0] >= 0:
        number = (bisect.bisect_right(bounds, found[0]) - 1) // 2
        start, end = bounds[2 * number], bounds[2 * number + 2] - 1
        if (within is None or ids[number] in within) and (
            not rest or all(_find(text, n, start, end, whole)[0] >= 0 for n, whole, _ in rest)
        ):
            yield number, found
        found = _find(text, lead, end + 1, size, lead_whole)


def _shown(
    text: str | bytes,
    bounds: Sequence[int],
    number: int,
    needles: list[Needle],
    lead: tuple[int, int],
) -> tuple[Field, int, int]:
    """The hit's shown match, as a span of `text`: the earliest body occurrence of any
    needle, else the title's.

    `lead` is the first occurrence of the first needle in the article, so when it is in
    the body only the other needles need looking for, and only before it.
    """
    title_start, body_start = bounds[2 * number], bounds[2 * number + 1]
    end = bounds[2 * number + 2] - 1
    best = lead if lead[0] >= body_start else (-1, -1)
    for needle, whole, longest in needles[1:] if best[0] >= 0 else needles:
        stop = end if best[0] < 0 else best[0] + longest - 1
        at = _find(text, needle, body_start, stop, whole)
        if at[0] >= 0 and (best[0] < 0 or at[0] < best[0]):
            best = at
    if best[0] >= 0:
        return "body", *best
    spans = (_find(text, n, title_start, body_start - 1, whole) for n, whole, _ in needles)
    return "title", *min(span for span in spans if span[0] >= 0)


def matches_in(article: Article, query: Query | str) -> ArticleMatches:
    """Every occurrence of every term in one article, merged where they overlap."""
    parsed = Query.parse(query) if isinstance(query, str) else query
    title = _ranges(article.title, parsed, (*parsed.terms, *parsed.title_terms))
    return ArticleMatches(title=title, body=_ranges(article.body, parsed, parsed.terms))


def title_hit(article: Article, query: Query) -> Hit:
    """The hit listing an article found by its fields alone (`title:`, `state:` …): at its
    first `title:` match, else at the start of its title."""
    found = _ranges(article.title, query, query.title_terms) if query.title_terms else ()
    start, end = found[0] if found else (0, 0)
    return Hit(article.id, "title", start, end)


def _ranges(text: str, query: Query, terms: Sequence[str]) -> tuple[Range, ...]:
    folded, mapping = fold(text)
    found: list[Range] = []
    for term in terms:
        at = query.find(folded, term)
        while at >= 0:
            found.append(fold_span(mapping, at, at + len(term)))
            at = query.find(folded, term, at + 1)
    found.sort()
    merged: list[Range] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def annotation_text(annotation: Annotation, field: Field) -> str:
    """The text a `note` or `tag` hit indexes: the note, or the tags joined."""
    return annotation.note if field == "note" else TAG_JOINER.join(annotation.tags)


@dataclass(frozen=True, slots=True)
class _Annotated:
    """One annotation's searchable text, folded once."""

    article_id: str
    annotation_id: str
    note: str
    note_map: OffsetMap | None
    tags: str
    joined: str
    """The tags joined as shown (`TAG_JOINER`); `tags` is it folded."""


@dataclass(slots=True)
class _AnnotatedBatch:
    """Notes and tags of many annotations as one folded string (note, tags, per annotation,
    each followed by `_SEPARATOR`), so a term is found by `str.find` skipping between them."""

    entries: list[_Annotated]
    bounds: list[int]
    """Where each piece starts (annotation k's note at 2k, its tags at 2k + 1), then one past
    the end: laid out as a batch of articles is, so `_scan` reads both."""
    text: str


def _annotated(annotations: Iterable[Annotation]) -> _AnnotatedBatch:
    folded_tags: dict[str, str] = {}
    entries: list[_Annotated] = []
    pieces: list[str] = []
    for annotation in annotations:
        if not annotation.note and not annotation.tags:
            continue
        note, note_map = fold(annotation.note) if annotation.note else ("", None)
        joined = TAG_JOINER.join(annotation.tags)
        tags = folded_tags.get(joined)
        if tags is None:
            tags = folded_tags[joined] = fold(joined)[0]
        entries.append(
            _Annotated(annotation.article_id, annotation.id, note, note_map, tags, joined)
        )
        pieces += (note, tags)
    text = "".join(piece + _SEPARATOR for piece in pieces)
    return _AnnotatedBatch(entries, _bounds(map(len, pieces)), text)


class AnnotationTexts:
    """The notes and tags of every annotation in a store, folded once and again only after
    the annotations changed (`Store.annotations_revision`), so typing a query costs the
    finds alone."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._revision = -1
        self._batch = _AnnotatedBatch([], [0], "")

    def search(self, query: Query | str) -> list[Hit]:
        """`search_annotations` over the store's annotations, in the store's order."""
        if self._revision != self._store.annotations_revision:
            self._batch = _annotated(self._store.annotations())
            self._revision = self._store.annotations_revision
        return _search_annotated(self._batch, query)


def search_annotations(annotations: Iterable[Annotation], query: Query | str) -> list[Hit]:
    """Annotations whose note and tags hold every term between them, as `note` hits (the
    first match in the note) or `tag` hits (the first match in the tags), in the given order."""
    return _search_annotated(_annotated(annotations), query)


def _search_annotated(batch: _AnnotatedBatch, query: Query | str) -> list[Hit]:
    """Scans for the longest term, then checks the rest within each annotation found."""
    parsed = Query.parse(query) if isinstance(query, str) else query
    if parsed.empty:
        return []
    terms = sorted(parsed.terms, key=len, reverse=True)
    found = _scan(batch.text, batch.bounds, [], parsed.needles(), None)
    return [_annotated_hit(batch, number, parsed, terms, at) for number, (at, _) in found]


def _annotated_hit(
    batch: _AnnotatedBatch, number: int, query: Query, terms: list[str], lead_at: int
) -> Hit:
    """The earliest match in the note, else the first in the tags (`lead_at`: the first
    occurrence of `terms[0]` in this annotation, so only the other terms are looked for)."""
    entry, text = batch.entries[number], batch.text
    start, tag_start = batch.bounds[2 * number], batch.bounds[2 * number + 1]
    in_note = lead_at < tag_start
    best, length = (lead_at, len(terms[0])) if in_note else (-1, 0)
    for term in terms[1:]:
        at = query.find(text, term, start, tag_start - 1 if best < 0 else best + len(term) - 1)
        if at >= 0 and (best < 0 or at < best):
            best, length = at, len(term)
    if best >= 0:
        begin, end = fold_span(entry.note_map, best - start, best - start + length)
        return Hit(entry.article_id, "note", begin, end, entry.annotation_id)
    best, length = lead_at, len(terms[0])
    for term in terms[1:]:
        at = query.find(text, term, tag_start, best + len(term) - 1)
        if at >= 0 and at < best:
            best, length = at, len(term)
    begin, end = best - tag_start, best - tag_start + length
    if len(entry.tags) != len(entry.joined):
        begin, end = fold_span(fold(entry.joined)[1], begin, end)
    return Hit(entry.article_id, "tag", begin, end, entry.annotation_id)


def snippet(article: Article, hit: Hit, width: int = 80, text: str | None = None) -> Snippet:
    """About `width` characters around the hit, on one line, with "…" where text was cut.

    `text` is what a `note` or `tag` hit indexes (`annotation_text`); a hit on no match (an
    article found by its fields alone) shows the start of its body."""
    if text is None:
        text = article.body if hit.field == "body" or hit.start == hit.end else article.title
    match = hit.end - hit.start
    before = max(0, (width - match) // 3)
    start = max(0, hit.start - before)
    space = text.rfind(" ", start, min(hit.start, start + 12))
    if start > 0 and space >= 0:
        start = space + 1
    end = min(len(text), max(hit.end, start + width))
    shown = visible(text[start:end].replace("\n", " ").replace("\t", " "))
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    offset = len(lead) - start
    return Snippet(lead + shown + tail, hit.start + offset, hit.end + offset)


def jump(ranges: Sequence[Range], offset: int, *, backwards: bool = False) -> Range | None:
    """The next match after `offset` (or before it, for `N`), wrapping around the ends."""
    if not ranges:
        return None
    starts = [start for start, _ in ranges]
    if backwards:
        index = bisect.bisect_left(starts, offset) - 1
        return ranges[index]
    index = bisect.bisect_right(starts, offset)
    return ranges[index % len(ranges)]
