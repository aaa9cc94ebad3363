"""Stores that hold a joined article checked though only one of its parts was: mended once.

Until bc0a725 (session 30), `W` on a checked article after an unchecked one (or the
other way round) moved the one check to the joined article: it read as checked, its
gold held one part's entities alone, and `export -f spacy` trained the other part's
names as no entity. New welds are right since; the stores written before still hold such
articles, and they are found here when their dump is open.

A joined article's check came through its weld when it is older than the weld. Checking
(`Store.check_entities`) accepts every entity shown, each accept stamped with the
check's time, so a joined article whose two parts were both checked holds accepts of two
times, one per part; one time (or none but the moved check's) says one part was checked.
The one case read wrongly, a part checked with no entity in it, costs the user one `c`,
and the notice says so, where a part never checked trained as "no entity here".
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.store import Store
from reader.store.records import ArticleCorrection

UNCHECK_STEP = "uncheck joined articles"
"""The undo step that takes such checks off (`u` puts them back)."""
MENDED_SETTING = "weld_checks_mended"
"""The time the store was first looked over (the app's first start after the mend with a
weld to apply) or its first weld made (`welds_right_from`), whichever came first: welds
made after it moved checks rightly and are not looked at."""


def welds_right_from(store: Store, now: str) -> str:
    """The time after which welds are right: the one recorded, else `now`, recorded (by a
    store's first weld, before it is made, or its first start with a weld to apply):
    else a store's first welds, made before any such start, were looked over at the next
    start, and one joining again the two checked parts of one article (one check time)
    lost its check (review36). Written once per store, and not at every start: a start's
    write would wait on the disk before the first frame."""
    since = store.setting(MENDED_SETTING)
    if isinstance(since, str):
        return since
    store.put_setting(MENDED_SETTING, now)
    return now


def half_checked_welds(
    store: Store, moves: Mapping[str, Mapping[str, tuple[str, ...]]], now: str
) -> list[str]:
    """The ids of the joined articles, among those the applied corrections made (`moves`,
    `Corrected.moves`), checked though only one of their parts was (see the module). The
    first call on a store records `now` as the time after which welds are right."""
    since = welds_right_from(store, now)
    welds = {c.id: c for c in store.article_corrections() if c.kind == "weld"}
    checked = store.checked()
    found: list[str] = []
    for correction_id, moved in moves.items():
        weld = welds.get(correction_id)
        if weld is None or weld.created >= since:
            continue
        for joined in {new for news in moved.values() for new in news}:
            if joined in checked and _one_part(store, joined, checked[joined], weld):
                found.append(joined)
    return sorted(found)


def _one_part(store: Store, joined: str, at: str, weld: ArticleCorrection) -> bool:
    """Whether the joined article's check came through the weld from one part alone: the
    check is older than the weld, and its accepts made before the weld bear one time."""
    if at >= weld.created:
        return False  # checked after the weld: the whole joined article was
    times = {
        edit.created
        for edit in store.entity_edits(joined)
        if edit.kind == "accept" and edit.created < weld.created
    }
    return len(times) < 2
