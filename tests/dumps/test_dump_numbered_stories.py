"""A digest that numbers its stories ("1) Headline", "2. Headline") and closes each with its
link: every number opens an article under that link, whatever reads under it (a quotation, a
teaser shaped like a headline) and whatever its case, and the greeting with the line that
announces the stories, or a masthead, is the dump's front matter (the tuning halves' fresh33
and fresh41 digests welded their later stories into the one above). A read-more line
ending in a bare address, and the paragraph right over it, start nothing (fresh8's mailing
list digest titled two stories "View/Reply Online (#4107): https://…"). An article's own
numbered intertitles, closed by no link, stay in it."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_dump

_STORIES = (
    (
        "pathlib",
        "docs.example.org, 3 March 2025",
        "Paths as objects, joined with a slash and read without opening them by hand",
        "https://docs.example.org/library/pathlib.html",
    ),
    (
        "Sorting how-to",
        "docs.example.org, 9 March 2025",
        "> Lists have a sort method that modifies them in place, and sorted builds a new one",
        "https://docs.example.org/howto/sorting.html",
    ),
    (
        "itertools",
        "docs.example.org, 12 March 2025",
        "Functions creating iterators for efficient looping, inspired by APL and Haskell",
        "https://docs.example.org/library/itertools.html",
    ),
)
_LINKS = {"label": "Link: {}", "bare": "{}"}


def _digest(mark: str, link: str) -> str:
    """The greeting, the line announcing the stories, then each numbered story under two
    blank lines: its source and date, its teaser, its link."""
    stories = "\n\n\n".join(
        f"{n}{mark} {title}\n{source}\n\n{teaser}\n\n{_LINKS[link].format(url)}"
        for n, (title, source, teaser, url) in enumerate(_STORIES, 1)
    )
    return f"Hi all,\n\nthree pages for Thursday's reading group:\n\n\n{stories}\n"


@pytest.mark.parametrize("link", sorted(_LINKS))
@pytest.mark.parametrize("mark", [")", "."])
def test_each_numbered_story_is_an_article(mark: str, link: str) -> None:
    dump = split_dump(_digest(mark, link))
    assert [a.title for a in dump.articles] == [title for title, *_ in _STORIES]
    assert dump.front_matter == ["Hi all,", "three pages for Thursday's reading group:"]


@pytest.mark.parametrize("mark", [")", "."])
def test_a_numbered_storys_teaser_is_its_body(mark: str) -> None:
    bodies = [a.body for a in split_dump(_digest(mark, "label")).articles]
    assert bodies == [teaser.removeprefix("> ") for _, _, teaser, _ in _STORIES]


def test_numbered_intertitles_without_links_stay_in_their_article() -> None:
    sections = "\n\n\n".join(
        f"{n}. {name}\n\nThe {name.lower()} step is done by the whole team, as the plan says."
        for n, name in enumerate(("Planning", "Building", "Shipping"), 1)
    )
    text = f"How We Ship\n\nOur process has three steps, each a week long.\n\n\n{sections}\n"
    assert len(split_dump(text).articles) == 1


def test_a_masthead_over_the_first_story_is_front_matter() -> None:
    text = _digest(".", "label").replace(
        "Hi all,\n\nthree pages for Thursday's reading group:",
        "THE READING GROUP WEEKLY — Issue 7\n\nThree pages from the docs this week.",
    )
    dump = split_dump(text)
    assert [a.title for a in dump.articles] == [title for title, *_ in _STORIES]
    assert dump.front_matter == [
        "THE READING GROUP WEEKLY — Issue 7",
        "Three pages from the docs this week.",
    ]


_RULE = "_" * 72
_CLOSING = "\n\nSee you at the release party!"
_THREADS = (
    ("Pathlib for everyone", "Paths are objects now, joined with a slash, not a call."),
    ("Sorting, step by step", "Lists sort in place, and sorted builds a new list from any."),
    ("Iterators in the standard library", "The itertools module loops without lists."),
)


def test_a_read_more_line_and_the_paragraph_over_it_start_nothing() -> None:
    """A mailing list's digest sets each story under a rule and closes it with a link to
    the thread: neither that link nor an exclaimed last paragraph over it is a headline."""
    contents = "\n".join(f"{n}. {title}" for n, (title, _) in enumerate(_THREADS, 1))
    stories = "\n".join(
        f"{_RULE}\n{n}. {title}\nPosted by: Ada Lovelace\nDate: Mon, {n} Mar 2025 18:30:00 UTC"
        f"\n\n{text}{_CLOSING if n == 2 else ''}"
        f"\n\nView/Reply Online (#41{n}): https://lists.example.org/t/{n}\n"
        for n, (title, text) in enumerate(_THREADS, 1)
    )
    header = "From: docs@lists.example.org\nSubject: [docs] Digest #12\n\nTopics in this digest:"
    dump = split_dump(f"{header}\n\n{contents}\n\n{stories}")
    assert [a.title for a in dump.articles] == [title for title, _ in _THREADS]
    assert dump.articles[1].body.endswith(_CLOSING.strip())


def test_a_first_story_too_short_to_tell_is_in_the_greetings_language() -> None:
    stories = "\n\n\n".join(
        f"{n}) {name}\nphp.net\n\n{name}(int $a, int $b): int\n\nEnlace: https://php.net/{name}"
        for n, name in enumerate(("intdiv", "max", "min"), 1)
    )
    text = f"Hola a todos:\n\ntres funciones para la reunión del jueves:\n\n\n{stories}\n"
    first = split_dump(text).articles[0]
    assert (first.title, first.meta.get("language")) == ("intdiv", "es")
