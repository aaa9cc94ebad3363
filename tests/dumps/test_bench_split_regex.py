"""`bench.split_regex`' counts: every pattern call of a split is seen at the splitter's line
that made it, a text asked again at one site is told apart, and the patterns are left as
they were."""

from __future__ import annotations

import sys
from collections import defaultdict

from bench.split_regex import Calls, Site, counted
from reader.dumps import line_features, roles
from reader.dumps.load import split_text

_DUMP = "A Headline Over Its Story\n\nBy Jane Doe\n\nThe council met on Monday and voted.\n"


def test_the_wrapper_sees_every_call_the_hook_sees_and_leaves_the_patterns_as_they_were() -> None:
    split_text(_DUMP)
    before = line_features._ANY_DIGIT.compiled().search
    sites: dict[tuple[str, str], Site] = defaultdict(Site)
    with counted(sites):
        split_text(_DUMP)
    hook = Calls()
    sys.setprofile(hook)
    try:
        split_text(_DUMP)
    finally:
        sys.setprofile(None)
    seen = defaultdict(int)
    for (where, _), site in sites.items():
        seen[where] += site.calls
    assert seen and dict(seen) == dict(hook.patterns)
    assert all(where.startswith("reader/") for where in seen)
    assert line_features._ANY_DIGIT.search == before
    assert hook.functions["reader/dumps/roles.py:classify"] == 3


def test_a_text_asked_again_at_one_site_counts_as_again() -> None:
    sites: dict[tuple[str, str], Site] = defaultdict(Site)
    with counted(sites):
        for text in ("Related: more", "Related: more", "Another line"):
            roles.labelled_link(text + " https://example.org")
    (site,) = sites.values()
    assert (site.calls, site.found, site.again()) == (3, 0, 1)
