"""Article corrections: the user's breaks, welds and retitles, applied over the splitter.

No splitter is right on every dump, so the user corrects it, and the corrections are
data (`ArticleCorrection` records in the store, per dump), never edits of the dump.
Each is anchored on the text around it rather than on article ids or positions, so it
applies again when the dump is reopened, when it grows, and wherever the text around
it is unchanged:

- a break: the text just before the cut and the head of the paragraph that starts the
  new article; it applies where both are found, the cut on a paragraph start;
- a weld: the head (title and first characters) of the article joined to the one
  before it, and the end of that one;
- a retitle: the article's title and the head of its body.

They apply in the order they were made, each to the result of the ones before, so a
retitle of an article a break made finds it. A correction whose text is gone is
reported as stale (the caller lists it); it is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.annotation.carried_work import carry_work
from reader.annotation.weld_checks import welds_right_from
from reader.article import DATE_META_KEYS, INHERITED_DATES, Article, Paragraph, article_id
from reader.store import Annotation, Store
from reader.store.records import ArticleCorrection, now_iso, source_key
from reader.text.counted import counted
from reader.text.safe import visible_line

HEAD_CHARS = 64
"""Characters of text after an anchor that must be unchanged for a correction to apply."""
BEFORE_CHARS = 32
"""Characters of text before an anchor that must be unchanged (as for annotations)."""
TITLE_LINE_CHARS = 120
"""A one-line paragraph up to this long, not ending a sentence, that starts a broken-off
article becomes its title (it reads as a headline); a longer one stays in the body."""
_END_KEYS = ("credits", "dump_back_matter")
"""Meta of what follows an article's last paragraph (its trailer, the dump's footer)."""
_DERIVED_TITLE_CHARS = 90
_SEPARATOR = "\n\n"


class CorrectionError(ValueError):
    """A correction that cannot be made where asked (the message says why)."""


class PassageCutError(CorrectionError):
    """A break that would leave a passage in neither article (`break_at`): the app adds
    the keys that show and delete passages, as the user has them bound."""


@dataclass(frozen=True, slots=True)
class Corrected:
    """Articles with a set of corrections applied, and what did not apply."""

    articles: list[Article]
    applied: tuple[ArticleCorrection, ...]
    stale: tuple[ArticleCorrection, ...]
    """Corrections whose text is no longer in their dump: listed, never dropped."""
    moves: dict[str, dict[str, tuple[str, ...]]]
    """Each applied correction's `Change.moves`, by its id: what an import that brings it
    moves the workspace's states and checks by, as making it did where it was made."""


@dataclass(frozen=True, slots=True)
class Change:
    """One correction applied: the articles it replaced and those it made."""

    articles: list[Article]
    """The dump's articles after it."""
    before: tuple[str, ...]
    """Ids of the articles it replaced."""
    after: tuple[str, ...]
    """Ids of the articles it made."""

    def moves(self) -> dict[str, tuple[str, ...]]:
        """Which new articles each replaced one's triage state and checks go to."""
        if len(self.before) == 1:
            return {self.before[0]: self.after}
        return {old: self.after[:1] for old in self.before}


# -- making corrections ----------------------------------------------------------------


def break_at(
    article: Article, paragraph: int, passages: Sequence[Annotation] = ()
) -> ArticleCorrection:
    """The correction that starts a new article at `article.paragraphs[paragraph]`.

    Refused (`PassageCutError`, saying why and what to do) when one of `passages`, the
    article's annotations, would be in neither part: one running across the cut, or in the
    paragraph that becomes the new article's title. Annotation tools hold a span inside one
    document (Prodigy's tasks, doccano's examples, brat's files), so a passage cut in two has
    no faithful place; trimmed to one part it would quote what the user never chose. Until
    session 31 it was orphaned without a word (undo alone brought it back)."""
    if not 0 < paragraph < len(article.paragraphs):
        raise CorrectionError("an article can only be broken at one of its later paragraphs")
    cut = article.paragraphs[paragraph].start
    if cut_through := _cut_through(article, cut, passages):
        raise PassageCutError(
            f"{counted(len(cut_through), 'passage')} ({_named(cut_through[0])}"
            f"{' …' if len(cut_through) > 1 else ''}) would be in neither article: "
            "break at another paragraph, or delete the passage first and tag its parts "
            "after the break"
        )
    return _draft(
        "break",
        article,
        head=article.body[cut : cut + HEAD_CHARS],
        before=article.body[max(0, cut - BEFORE_CHARS) : cut],
    )


def weld_to_previous(dump: Sequence[Article], article: Article) -> ArticleCorrection:
    """The correction that joins `article` to the article before it in its dump."""
    at = _position(dump, article)
    if at <= 0:
        raise CorrectionError("the first article of a dump has no article before it to join")
    previous = dump[at - 1]
    return _draft(
        "weld",
        article,
        head=article.body[:HEAD_CHARS],
        before=previous.body[-BEFORE_CHARS:],
    )


def retitle(article: Article, title: str) -> ArticleCorrection:
    """The correction that gives `article` another title (one line, not empty)."""
    clean = " ".join(title.split())
    if not clean:
        raise CorrectionError("a title cannot be empty")
    if clean == article.title:
        raise CorrectionError("the article already has that title")
    return _draft("retitle", article, head=article.body[:HEAD_CHARS], before="", new_title=clean)


def _draft(
    kind: str, article: Article, *, head: str, before: str, new_title: str = ""
) -> ArticleCorrection:
    """A correction not yet stored: the store gives it an id, a place in order and a time."""
    return ArticleCorrection(
        id="",
        seq=0,
        kind=kind,
        source=source_key(article.source),
        title=article.title,
        head=head,
        before=before,
        new_title=new_title,
        created="",
    )


def _position(dump: Sequence[Article], article: Article) -> int:
    for at, candidate in enumerate(dump):
        if candidate.id == article.id:
            return at
    raise CorrectionError("that article is not in its dump any more")


def record(store: Store, dump: Sequence[Article], draft: ArticleCorrection) -> Change:
    """Applies a new correction to its dump's articles (as now corrected) and stores it,
    with the triage states and entity checks of the articles it replaces moved to the
    ones it makes: one undo step; their passages and entity edits follow their text
    (`carry_work`). Returns the change."""
    change = apply_one(dump, draft)
    if change is None:
        raise CorrectionError("that correction does not fit its dump's text")
    if draft.kind == "weld":
        welds_right_from(store, now_iso())
    store.add_article_correction(draft, change.moves())
    carry_work(store, dump, change.articles, change.moves())
    return change


# -- applying them -----------------------------------------------------------------------


def apply_corrections(
    articles: Sequence[Article], corrections: Iterable[ArticleCorrection]
) -> Corrected:
    """The articles as the user corrected them, dump by dump, in the order given.

    Corrections apply in their `seq` order to the articles of their own dump only;
    the articles of each dump are numbered again from 0 after them.
    """
    by_source: dict[str, list[Article]] = {}
    keys: dict[str, str] = {}  # a path made absolute once per dump, not once per article
    for article in articles:
        key = keys.get(article.source)
        if key is None:
            key = keys[article.source] = source_key(article.source)
        by_source.setdefault(key, []).append(article)
    applied: list[ArticleCorrection] = []
    stale: list[ArticleCorrection] = []
    moves: dict[str, dict[str, tuple[str, ...]]] = {}
    for correction in sorted(corrections, key=lambda c: c.seq):
        dump = by_source.get(correction.source)
        if dump is None:
            continue
        change = apply_one(dump, correction)
        if change is None:
            stale.append(correction)
            continue
        by_source[correction.source] = change.articles
        applied.append(correction)
        moves[correction.id] = change.moves()
    touched = {c.source for c in applied}
    result: list[Article] = []
    for key, dump in by_source.items():
        result.extend(_renumbered(dump) if key in touched else dump)
    return Corrected(result, tuple(applied), tuple(stale), moves)


def apply_one(dump: Sequence[Article], correction: ArticleCorrection) -> Change | None:
    """One correction applied to the articles of its dump; None when its text is gone."""
    if correction.kind == "break":
        return _apply_break(dump, correction)
    if correction.kind == "weld":
        return _apply_weld(dump, correction)
    if correction.kind == "retitle":
        return _apply_retitle(dump, correction)
    return None


def _apply_break(dump: Sequence[Article], correction: ArticleCorrection) -> Change | None:
    found = [
        (at, cut)
        for at, article in enumerate(dump)
        if (cut := _cut(article, correction)) is not None
    ]
    if not found:
        return None
    at, cut = next(((a, c) for a, c in found if dump[a].title == correction.title), found[0])
    first, second = split_article(dump[at], cut)
    articles = [*dump[:at], first, second, *dump[at + 1 :]]
    return Change(articles, (dump[at].id,), (first.id, second.id))


def _cut(article: Article, correction: ArticleCorrection) -> int | None:
    """Where in `article` the break's anchor is, at a paragraph start that is not the first."""
    for paragraph in article.paragraphs[1:]:
        at = paragraph.start
        if article.body.startswith(correction.head, at) and article.body[:at].endswith(
            correction.before
        ):
            return at
    return None


def _apply_weld(dump: Sequence[Article], correction: ArticleCorrection) -> Change | None:
    for at in range(1, len(dump)):
        article, previous = dump[at], dump[at - 1]
        if (
            article.title == correction.title
            and article.body.startswith(correction.head)
            and previous.body.endswith(correction.before)
        ):
            joined = join_articles(previous, article)
            articles = [*dump[: at - 1], joined, *dump[at + 1 :]]
            return Change(articles, (previous.id, article.id), (joined.id,))
    return None


def _apply_retitle(dump: Sequence[Article], correction: ArticleCorrection) -> Change | None:
    for at, article in enumerate(dump):
        if article.title == correction.title and article.body.startswith(correction.head):
            renamed = _rebuilt(article, title=correction.new_title)
            articles = [*dump[:at], renamed, *dump[at + 1 :]]
            return Change(articles, (article.id,), (renamed.id,))
    return None


# -- the articles a correction makes -----------------------------------------------------


def text_is_back(made: Article, dump: Sequence[Article]) -> bool:
    """Whether the text of an article a correction made is in `dump` again, the correction
    no longer applying: then it leaves the list (its text is shown where it came from); not
    when an edit of the dump took that text out, and the user's work on it must stay in
    reach."""
    head = made.body[:HEAD_CHARS]
    return any(head in article.body for article in dump)


def _cut_through(article: Article, cut: int, passages: Sequence[Annotation]) -> list[Annotation]:
    """The passages a break at `cut` would leave in neither part (`split_article`'s)."""
    head, rest, _ = _parts(article, cut)
    kept = [(0, head[-1].end)] if head else []
    kept.append((rest[0].start, rest[-1].end))
    return [
        passage
        for passage in passages
        if not any(start <= passage.start and passage.end <= end for start, end in kept)
    ]


def _named(passage: Annotation) -> str:
    """A passage as a notice names it: its first words and its tags (`quote_preview` imported
    here: an export or a split that reports nothing goes without the annotator's module)."""
    from reader.annotation.annotator import quote_preview

    tags = f" {', '.join(passage.tags)}" if passage.tags else ""
    return f"“{quote_preview(passage.quote)}”{visible_line(tags)}"


def _parts(article: Article, cut: int) -> tuple[list[Paragraph], list[Paragraph], str | None]:
    """A break at `cut`: the paragraphs the first part keeps, those of the second part's
    body, and the second's title when the paragraph at the cut reads as a headline (else
    None: its title is derived and that paragraph stays in its body)."""
    head = [p for p in article.paragraphs if p.end <= cut]
    tail = [p for p in article.paragraphs if p.start >= cut]
    opening = article.paragraph_text(tail[0])
    if _headline(opening) and len(tail) > 1:
        return head, tail[1:], opening.strip()
    return head, tail, None


def split_article(article: Article, cut: int) -> tuple[Article, Article]:
    """`article` broken before the paragraph starting at `cut`.

    The first part keeps the title and meta, but for what follows the last paragraph (the
    credits, the dump's footer), which goes with the second. The paragraph at the cut
    starts the second part: one that reads as a headline (one short line that does not
    end a sentence) with more text after it becomes its title; otherwise the title is its
    first sentence (shortened) and the paragraph stays in the body. The second part is
    dated as `_dates` says and in the language its text reads as (else the first's).
    """
    from reader.dumps.language import language_of  # at the first break, as `dateline`

    head, rest, headline = _parts(article, cut)
    first_body = article.body[: head[-1].end] if head else ""
    first_meta = {key: value for key, value in article.meta.items() if key not in _END_KEYS}
    first = _rebuilt(article, body=first_body, paragraphs=tuple(head), meta=first_meta)
    meta = {key: value for key, value in article.meta.items() if key in ("encoding", *_END_KEYS)}
    title = headline
    if title is None:
        title = _first_line_title(article.paragraph_text(rest[0]))
        meta["title_source"] = "derived from the first paragraph"
    start = rest[0].start
    body = article.body[start : rest[-1].end]
    paragraphs = tuple(Paragraph(p.start - start, p.end - start, p.kind) for p in rest)
    meta |= _dates(article, article.paragraph_text(rest[0]))
    if language := language_of(f"{title}\n{body}") or article.meta.get("language"):
        meta["language"] = language
    second = Article(
        id=article_id(title, body),
        source=article.source,
        index=article.index + 1,
        title=title,
        body=body,
        paragraphs=paragraphs,
        meta=meta,
    )
    return first, second


def _dates(article: Article, opening: str) -> dict[str, str]:
    """A broken-off article's dates: its own dateline, if its first paragraph opens with
    one, and the dates of the article it came from, named under `INHERITED_DATES`.

    Stories run together in a dump were saved together, and the one date the dump gave
    them (at the top) is the best guess a reader has: without it the new article falls
    to the end of a list sorted by date, away from the story it was cut from. Named as
    inherited, the reader sees it is not the article's own, and a weld drops it. The
    other article's dateline is its place ("SEOUL"), not this one's: it is kept only when
    nothing else dates the article ("SEOUL, March 1 (Reuters)" may be all there is).

    The splitter's dateline reading is imported here, at the first break: the reading
    screen imports this module, and a session that breaks no article holds none of the
    splitter's code (its line cues, chrome and credits: some 0.5 MB)."""
    from reader.dumps.credits import dateline

    dates = {key: article.meta[key] for key in DATE_META_KEYS if article.meta.get(key)}
    own = dateline(opening)
    if own or dates.keys() - {"dateline"}:
        dates.pop("dateline", None)
    if dates:
        dates[INHERITED_DATES] = " ".join(dates)
    if own:
        dates["dateline"] = own
    return dates


def _headline(text: str) -> bool:
    line = text.strip()
    return "\n" not in line and len(line) <= TITLE_LINE_CHARS and not line.endswith((".", ":"))


def _first_line_title(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
    if len(sentence) <= _DERIVED_TITLE_CHARS:
        return sentence
    return sentence[: _DERIVED_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def join_articles(first: Article, second: Article) -> Article:
    """`second` appended to `first`: its title becomes a subheading (unless it was derived
    from its own first paragraph), so no text is lost; `first`'s title and meta stay, and
    `second`'s meta joins them (a value of a key both have under `key.2`), but for what a
    break made up (the derived title's note, the dates it inherited)."""
    parts: list[tuple[str, str]] = [(first.body, "")]
    paragraphs = list(first.paragraphs)
    offset = len(first.body)
    if second.meta.get("title_source") is None and second.title.strip():
        offset += len(_SEPARATOR)
        paragraphs.append(Paragraph(offset, offset + len(second.title), "subheading"))
        parts.append((second.title, ""))
        offset += len(second.title)
    offset += len(_SEPARATOR)
    paragraphs.extend(
        Paragraph(p.start + offset, p.end + offset, p.kind) for p in second.paragraphs
    )
    body = _SEPARATOR.join(text for text, _ in [*parts, (second.body, "")])
    meta = dict(first.meta)
    derived = {"title_source", INHERITED_DATES, *second.meta.get(INHERITED_DATES, "").split()}
    for key, value in second.meta.items():
        if key not in derived:
            meta[_kept_key(meta, key, value)] = value
    return _rebuilt(first, body=body, paragraphs=tuple(paragraphs), meta=meta)


def _kept_key(meta: dict[str, str], key: str, value: str) -> str:
    """Where a joined article's meta item goes: under its own key, unless the first article
    holds another value there (its byline, its lines as written); then `key.2`, `key.3` …,
    so a weld drops no line of the dump."""
    name, number = key, 1
    while meta.get(name, value) != value:
        number += 1
        name = f"{key}.{number}"
    return name


def _rebuilt(article: Article, **fields: object) -> Article:
    """`article` with some fields changed and its id computed again from its text."""
    changed = replace(article, **fields)  # type: ignore[arg-type]
    return replace(changed, id=article_id(changed.title, changed.body))


def _renumbered(dump: list[Article]) -> list[Article]:
    return [a if a.index == i else replace(a, index=i) for i, a in enumerate(dump)]
