"""What the splitter knows about a line inside an article when it puts the line in a field
(title, meta, subhead, body): the field and rule the rules chose, the line's role and look,
its place in the article and the roles and fields of the lines around it. The learned
field model (`field_model`) weighs them together, the rules' own choice among them, so it
can learn where the rules are right and override them only where it is sure.

Every feature is binary, as in `start_features`, so scoring a line is a sum of weights."""

from __future__ import annotations

from collections.abc import Sequence

from reader.dumps import credits
from reader.dumps._patterns import lazy
from reader.dumps.measure import ends_sentence
from reader.dumps.roles import Facts
from reader.dumps.start_features import CHAR_RANGES, WORD_RANGES, look, value_range

Placement = tuple[str, str]
"""(field, rule), as `assemble` records each line's place."""

_PLACE_RANGES = ((0, "0"), (1, "1"), (2, "2"), (5, "3-5"))
_SINCE_TITLE_RANGES = ((-1, "above"), (0, "on"), (1, "1"), (2, "2"), (5, "3-5"))


_RUNNING_WORDS = 10
_TEXT_LABELS = credits.TEXT_CODES | {"Body"}
_LABELLED = lazy(r"[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,2} ?: ")
"""A line opened by a label of up to three words and a colon ("Lesedauer: 3 Min.")."""
_OPEN_ROLES = frozenset({"text", "bullet", "highlights"})
"""The roles whose field the rules decide from the line's place; the others (chrome,
bylines, timestamps, captions, credits, fields, links, related lists) are meta by what
they say, and of the 2,727 such lines of the training halves none belongs elsewhere."""


def weighed(facts: Sequence[Facts], placed: Sequence[Placement], i: int) -> bool:
    """Whether the model scores line `i`: a line of text or a bullet that the rules put in
    meta or a subheading, or a line of the body that the rules may have mistaken for text
    (`_body_held` says which stay). Leaving the rest to the rules keeps the model's cost to
    a few lines an article."""
    fact, ruled = facts[i], placed[i][0]
    if fact.role not in _OPEN_ROLES:
        return False
    return ruled != "body" or not _body_held(facts, placed, i)


def _body_held(facts: Sequence[Facts], placed: Sequence[Placement], i: int) -> bool:
    """Whether a line the rules put in the body stays there whatever the model says: a
    highlights label or an item of a list (a bullet next to another or under its label: the
    dump sets them out as a list; a lone bullet is the model's), prose (`_prose`: of the
    2,620 running lines of the training halves, 9 belong elsewhere; of the 173 sentences of
    ten words or fewer, 7), a line a paragraph of the body announces (`_announced`), a line
    that shares its block with other body text, or one under an export's label of the text."""
    fact = facts[i]
    if fact.role != "text":
        return _listed(facts, i)
    if _prose(fact) or _announced(facts, placed, i):
        return True
    return _in_body_block(facts, placed, i) or _under_text_label(facts, i)


def _prose(fact: Facts) -> bool:
    """A line of text that is running text: ten words or more not shaped like a headline (most body
    lines, told before any sentence end is looked at), or a sentence that is no "Label:
    value" line ("Lesedauer: 3 Min." or "Foto: …" is no prose, stop or not) unless it
    carries on after its colon."""
    text = fact.line.text
    if fact.shape is None and fact.words >= _RUNNING_WORDS:
        return True
    if not ends_sentence(text):
        return False
    label = _LABELLED.match(text)
    return label is None or _carried_on(text[label.end() :])


def _carried_on(value: str) -> bool:
    """A sentence carried on after a colon: in lowercase and without a figure ("Her answer:
    yes."), as no reading time ("3 min.") or credit ("Foto: Reuters.") is written, or
    running on for ten words or more ("Also: Auf 8 weitere Runden voller Ideen, …!", a
    German "so", whose nouns are capitalised), longer than any of them."""
    if len(value.split()) >= _RUNNING_WORDS:
        return True
    return value[:1].islower() and not any(char.isdigit() for char in value)


def _listed(facts: Sequence[Facts], i: int) -> bool:
    """A highlights label, or a bullet with a bullet or the label beside it: a list."""
    if facts[i].role == "highlights":
        return True
    return any(facts[j].role in _LIST_ROLES for j in (i - 1, i + 1) if 0 <= j < len(facts))


_LIST_ROLES = frozenset({"bullet", "highlights"})


def spoken(facts: Sequence[Facts], placed: Sequence[Placement], i: int) -> bool:
    """Whether a labelled line the rules put in the body (as a paragraph or a subheading) is
    speech, which stays there however sure the model is: a quotation after its speaker ('The
    mayor said: "No."') or a turn of an interview, its label opening another line of the
    body ("Maria Lopes: Thank you.", "Q: When?"). Opened by a label as a reading time or a
    credit is, the last one of an article went to meta, though the house keeps a short
    quoted paragraph in its article."""
    text = facts[i].line.text.strip()
    label = _LABELLED.match(text)
    if label is None:
        return False
    if text[label.end() :].startswith(_QUOTES):
        return True
    return any(
        j != i and where in _BODY and facts[j].line.text.strip().startswith(label.group())
        for j, (where, _) in enumerate(placed)
    )


def quoted(fact: Facts) -> bool:
    """Whether a line is a quotation standing as a paragraph, which the model does not take to
    meta however like a credit it looks as an article's last line: wholly between quote
    marks, or said and then its speaker after a dash ("A bridge is not a museum - the
    mayor"). Of the tuning halves' lines of the second kind, 21 are body and the 3 in meta
    open with a label ("Lizenz: CC BY 3.0 DE – okfn.de"), as no quotation does."""
    text = fact.line.text.strip()
    if text[:1] in _QUOTES and text.rstrip(".!?。！？")[-1:] in _QUOTES and len(text) > 2:
        return True
    return _ATTRIBUTED.match(text) is not None and _LABELLED.match(text) is None


_ATTRIBUTED = lazy(r"[^\W\d_].{12,}\S [-–—] [^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,2}$")
"""A sentence, then a dash and its speaker in up to three words."""
_BODY = frozenset({"body", "subhead"})
"""The fields whose lines make an article's body."""
_QUOTES = tuple('"“”„«»‘‚‹›「『」』')
"""The marks a quotation opens or closes with, in the languages the splitter reads."""


def _announced(facts: Sequence[Facts], placed: Sequence[Placement], i: int) -> bool:
    """Whether the line stands under a line of the body ending in a colon, which announces it
    ("Here are the steps:" over "Step 1: go to …"): of the 68 lines of the tuning halves the
    rules put in the body under such a line, 62 belong there, 6 are intertitles and none is
    meta, where a last line of this kind looked to the model like a trailer."""
    return i > 0 and placed[i - 1][0] == "body" and facts[i - 1].line.text.rstrip().endswith(":")


def _under_text_label(facts: Sequence[Facts], i: int) -> bool:
    """Whether the line stands right under an export's label of the text that follows
    (Factiva's "LP" and "TD", Nexis Uni's "Body"): the export says it is the body."""
    return i > 0 and facts[i - 1].line.text.strip() in _TEXT_LABELS


def _in_body_block(facts: Sequence[Facts], placed: Sequence[Placement], i: int) -> bool:
    """Whether a line of the body has body text right above or below it in its block (no
    blank line between): the items of a list, a paragraph's closing sentence on a line of
    its own. The writer set them together, so the model does not take one out alone."""
    line = facts[i].line
    above = not line.block_start and i > 0 and placed[i - 1][0] == "body"
    return above or (not line.block_end and i + 1 < len(facts) and placed[i + 1][0] == "body")


def rule_name(rule: str) -> str:
    """A rule without what it noted ("lead: byline -> meta.byline" is "lead: byline"): the
    cascade's branch that placed the line."""
    return rule.split(" -> ", 1)[0]


def features(facts: Sequence[Facts], placed: Sequence[Placement], i: int, title: int) -> list[str]:
    """The names of the features line `i` of an article has; `title` is the index of the
    line the rules made its title (-1: none)."""
    fact = facts[i]
    text = fact.line.text
    field, rule = placed[i]
    names = [
        f"rules {field}",
        "rule " + rule_name(rule),
        f"role {fact.role}",
        f"shape {fact.shape}",
        "words " + value_range(fact.words, WORD_RANGES, "21+"),
        "chars " + value_range(len(text), CHAR_RANGES, "101+"),
        "line " + value_range(i, _PLACE_RANGES, "6+"),
        "to end " + value_range(len(facts) - 1 - i, _PLACE_RANGES, "6+"),
        "since title " + (value_range(i - title, _SINCE_TITLE_RANGES, "6+") if title >= 0 else "-"),
        f"gap above {min(fact.line.gap_before, 3)}",
        *look(text, False),
        *_markup(fact),
    ]
    for side, j in (("above", i - 1), ("below", i + 1)):
        if 0 <= j < len(facts):
            names += [f"{side} role {facts[j].role}", f"{side} rules {placed[j][0]}"]
        else:
            names.append(f"{side} none")
    if i + 1 < len(facts):
        names.append(f"gap below {min(facts[i + 1].line.gap_before, 3)}")
    names.append(f"paragraphs beside {_paragraphs_beside(facts, i)}")
    return names


_PARAGRAPH_WORDS = 20
"""Words of a line that is a paragraph of running text, not a line of a list or a short one."""


def _paragraphs_beside(facts: Sequence[Facts], i: int) -> int:
    """How many of the lines right above and below are paragraphs (`_PARAGRAPH_WORDS`): an
    intertitle stands between paragraphs it parts; a short sentence the rules take for one
    stands among lines as short (a list, one-sentence news paragraphs, a timeline). Of the
    tuning halves' sentence-shaped lines of 10-14 words the rules made subheadings (at
    9b68cee), those with no paragraph beside them were 125 body to 3 subheadings, those
    between two 24 to 73: the cluster the model's threshold sat on."""
    beside = (facts[j].words for j in (i - 1, i + 1) if 0 <= j < len(facts))
    return sum(words >= _PARAGRAPH_WORDS for words in beside)


def _markup(fact: Facts) -> list[str]:
    line, text = fact.line, fact.line.text
    names = []
    if line.heading:
        names.append(f"heading {min(line.heading, 3)}")
    if text[:1] in ">!*_#[":
        names.append(f"opens {text[:1]}")
    if line.front_matter:
        names.append("front matter")
    if line.record:
        names.append("record")
    if not (line.block_start and line.block_end):
        names.append("in a block")
    if text.isupper():
        names.append("capitals")
    if ends_sentence(text):
        names.append("ends a sentence")
    return names
