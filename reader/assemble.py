"""One article's logical lines to an `Article`: title, `meta` from the lead, and a body.

The lead is everything between the title and the first paragraph of running
text: repeated titles, captions, chrome, bylines, timestamps, summary bullets.
It all goes to `meta`. The body keeps the running text, subheadings, lists and
highlights blocks, each a `Paragraph` range, joined by blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader import chrome
from reader.article import Article, Paragraph, ParagraphKind, article_id
from reader.roles import Facts

_META_ROLES = frozenset({"chrome", "updated", "byline", "caption", "credits", "url"})
_SUBHEAD_MAX_WORDS = 15
_DERIVED_TITLE_CHARS = 90
_MARKDOWN_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")


@dataclass(slots=True)
class _Draft:
    """An article being built: meta values collect in lists, joined at the end."""

    title: str = ""
    title_key: str = ""
    """The title folded, to recognise it when a site repeats it."""
    meta: dict[str, list[str]] = field(default_factory=dict)
    parts: list[tuple[str, ParagraphKind]] = field(default_factory=list)

    def note(self, key: str, value: str) -> None:
        if value and value not in self.meta.setdefault(key, []):
            self.meta[key].append(value)


def assemble(facts: Sequence[Facts], source: str, index: int) -> Article | None:
    """Builds the article; None when the lines hold no title and no text at all."""
    draft = _Draft()
    body_start = _read_lead(facts, draft)
    _read_body(facts[body_start:], draft)
    if not draft.parts and not draft.title:
        return None
    if not draft.title:
        draft.title = _derived_title(draft.parts[0][0])
        draft.note("title_source", "derived from the first paragraph")
    body, paragraphs = _join(draft.parts)
    if paragraphs and paragraphs[0].kind == "paragraph":
        line = chrome.dateline(body[: paragraphs[0].end])
        if line:
            draft.note("dateline", line)
    meta = {key: _join_meta(key, values) for key, values in draft.meta.items()}
    return Article(
        id=article_id(draft.title, body),
        source=source,
        index=index,
        title=draft.title,
        body=body,
        paragraphs=tuple(paragraphs),
        meta=meta,
    )


def _join_meta(key: str, values: list[str]) -> str:
    return "\n".join(values) if key in ("summary", "caption", "chrome") else " | ".join(values)


def _read_lead(facts: Sequence[Facts], draft: _Draft) -> int:
    """Reads title and lead into the draft; returns where the body starts."""
    for i, fact in enumerate(facts):
        if fact.role in _META_ROLES:
            _note_meta(fact, draft)
        elif fact.role == "bullet":
            draft.note("summary", fact.value)
        elif draft.title and fact.folded == draft.title_key:
            draft.note("chrome", fact.line.text)
        elif not draft.title and (fact.shape or fact.line.heading) and _titled(fact):
            draft.title = _strip_emphasis(fact.line.text)
            draft.title_key = fact.folded
        elif draft.title and fact.shape and not fact.line.heading and _is_dek(facts, i):
            draft.note("summary", fact.line.text)
        else:
            return i
    return len(facts)


def _titled(fact: Facts) -> bool:
    return fact.words <= 30 and not fact.line.text.endswith(":")


def _is_dek(facts: Sequence[Facts], i: int) -> bool:
    """A standfirst under the title: a line with no full stop before the first paragraph."""
    fact = facts[i]
    if fact.words < 4 or chrome.ends_sentence(fact.line.text):
        return False
    return any(f.role == "text" and f.shape is None for f in facts[i + 1 : i + 4])


def _note_meta(fact: Facts, draft: _Draft) -> None:
    if fact.role == "updated":
        draft.note(fact.kind, fact.value)
    elif fact.role in ("byline", "url"):
        draft.note(fact.role, fact.value)
    elif fact.role == "credits":
        draft.note("credits", fact.value)
    elif fact.role == "caption":
        draft.note("caption", fact.line.text)
    else:
        draft.note("chrome", fact.line.text)


def _read_body(facts: Sequence[Facts], draft: _Draft) -> None:
    in_highlights = False
    for i, fact in enumerate(facts):
        text = fact.line.text
        if fact.role in _META_ROLES and _meta_in_body(fact):
            _note_meta(fact, draft)
            continue
        if fact.folded and fact.folded == draft.title_key:
            draft.note("chrome", text)
            continue
        if fact.role == "highlights":
            in_highlights = True
            draft.parts.append((text, "highlights"))
            continue
        if fact.role == "bullet":
            draft.parts.append((text, "highlights" if in_highlights else "list_item"))
            continue
        in_highlights = in_highlights and _short_highlight(fact)
        if in_highlights:
            draft.parts.append((text, "highlights"))
        elif _is_subheading(facts, i):
            draft.parts.append((_strip_emphasis(text), "subheading"))
        else:
            draft.parts.append((text, "paragraph"))


def _meta_in_body(fact: Facts) -> bool:
    """Chrome and credits leave the body anywhere; a timestamp only when it stands alone."""
    return fact.role != "updated" or fact.words <= 8


def _short_highlight(fact: Facts) -> bool:
    return fact.shape is not None and fact.words <= 25 and fact.role == "text"


def _is_subheading(facts: Sequence[Facts], i: int) -> bool:
    fact = facts[i]
    if fact.line.heading:
        return True
    if not fact.shape or fact.words > _SUBHEAD_MAX_WORDS or i + 1 >= len(facts):
        return False
    if _MARKDOWN_EMPHASIS.match(fact.line.text):
        return True
    standalone = fact.line.block_start and fact.line.block_end
    return standalone or fact.shape == "caps"


def _strip_emphasis(text: str) -> str:
    match = _MARKDOWN_EMPHASIS.match(text)
    return match.group(2).strip() if match else text


def _derived_title(text: str) -> str:
    """A title for an article pasted without one: its first sentence, shortened."""
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(sentence) <= _DERIVED_TITLE_CHARS:
        return sentence
    return sentence[: _DERIVED_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _join(parts: list[tuple[str, ParagraphKind]]) -> tuple[str, list[Paragraph]]:
    chunks: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for text, kind in parts:
        if chunks:
            offset += 2
        chunks.append(text)
        paragraphs.append(Paragraph(offset, offset + len(text), kind))
        offset += len(text)
    return "\n\n".join(chunks), paragraphs
