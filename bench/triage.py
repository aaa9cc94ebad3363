"""Triage at 10,000 articles: filters, search, the queue, and the inbox's latency.

Goal: applying a filter and running a search each answer in under 100 ms. The
baseline is the obvious scan a first version would do (lowercase every title and
body per query), measured in the same process.
"""

from __future__ import annotations

import queue
import random
import sys
import tempfile
import time
from pathlib import Path

from bench import corpus
from bench.timing import Figure, measure, ratio
from reader.analysis import Analysis, Entity
from reader.article import Article
from reader.dumps.inbox import Inbox, InboxEvent
from reader.dumps.load import split_text
from reader.library.filters import EntityMatch, Filter
from reader.library.ordering import SORT_ORDERS, describe
from reader.library.search import Query, snippet
from reader.library.triage import Triage
from reader.store import STATES, Annotation, Store

GOAL_MS = 100.0


def fake_analyses(articles: list[Article]) -> dict[str, Analysis]:
    """Every corpus name found in each body, labelled as spaCy would: a realistic map."""
    names = [(p, "PERSON") for p in corpus.PEOPLE]
    names += [(p, "GPE") for p in corpus.PLACES]
    names += [(o.removeprefix("the "), "ORG") for o in corpus.ORGS]
    found: dict[str, Analysis] = {}
    for article in articles:
        entities = []
        for name, label in names:
            at = article.body.find(name)
            while at >= 0:
                entities.append(Entity(at, at + len(name), label))
                at = article.body.find(name, at + 1)
        found[article.id] = Analysis(tuple(sorted(entities, key=lambda e: e.start)), ())
    return found


def seed_store(store: Store, articles: list[Article], rng: random.Random) -> None:
    """Realistic user data: over a third of the list triaged, 10,000 tagged passages."""
    ids = [a.id for a in articles]
    rng.shuffle(ids)
    cut = 0
    for state, share in (("read", 0.2), ("starred", 0.05), ("kept", 0.03), ("discarded", 0.1)):
        count = int(len(ids) * share)
        store.set_states(ids[cut : cut + count], state)
        cut += count
    notes = []
    for n, article in enumerate(rng.choices(articles, k=10_000)):
        start = rng.randrange(0, max(1, len(article.body) - 40))
        tags = ("claim",) if n % 4 else ("claim", "evidence")
        notes.append(
            Annotation(
                id=f"bench-{n:05d}",
                article_id=article.id,
                start=start,
                end=start + 30,
                quote=article.body[start : start + 30],
                prefix=article.body[max(0, start - 32) : start],
                suffix=article.body[start + 30 : start + 62],
                tags=tags,
                note="",
                created="2025-01-01T00:00:00.000Z",
                updated="2025-01-01T00:00:00.000Z",
            )
        )
    store.upsert_annotations(notes)


def naive_search(articles: list[Article], query: str) -> list[str]:
    terms = Query.parse(query).terms
    return [a.id for a in articles if all(t in (a.title + "\n" + a.body).lower() for t in terms)]


def inbox_latency(runs: int = 3) -> Figure:
    """From a dump file written into seeds/ to its event, with the default settle time."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        seeds = Path(folder)
        events: queue.Queue[InboxEvent] = queue.Queue()
        with Inbox(seeds, events.put):
            for n in range(runs):
                started = time.perf_counter()
                (seeds / f"drop{n}.txt").write_text(corpus.dump(100, seed=n), encoding="utf-8")
                events.get(timeout=10)
                times.append(time.perf_counter() - started)
    times.sort()
    return Figure(
        "inbox: 100-article dump written -> event", times[len(times) // 2], times[0], times[-1]
    )


def main(count: int = 10_000) -> list[str]:
    """Measures and returns the printed rows."""
    rng = random.Random(2025)
    articles = split_text(corpus.dump(count), "/bench/seeds/dump.txt")
    analyses = fake_analyses(articles)
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "store.json") as store:
        seed_store(store, articles, rng)
        build = measure(f"build Triage ({len(articles)} articles)", lambda: Triage(store, articles))
        triage = Triage(store, articles)
        entities = measure(
            "index entities (fake map, all articles)",
            lambda: Triage(store).entities.sync(triage.library, analyses),
            repeat=3,
        )
        triage.index_entities(analyses)
        rows += [build.row(), entities.row()]

        hegseth = EntityMatch("PERSON", "pete hegseth")
        filters = {
            "default (discarded hidden)": Filter(),
            "state: starred or kept": Filter(states=frozenset({"starred", "kept"})),
            "tag: evidence": Filter(tags=frozenset({"evidence"})),
            "entity: PERSON Pete Hegseth": Filter(entities=(hegseth,)),
            "entity: any GPE": Filter(entities=(EntityMatch("GPE"),)),
            "entity + tag + state": Filter(
                states=frozenset({"new"}), tags=frozenset({"claim"}), entities=(hegseth,)
            ),
        }
        figures: list[Figure] = []
        for name, view_filter in filters.items():
            shown = len(triage.view(view_filter))
            figures.append(
                measure(f"filter {name} -> {shown}", lambda f=view_filter: triage.view(f))
            )

        # a common word, a rare one, an absent one, a phrase, words and a phrase
        queries = (
            "said",
            "7110",
            "zeppelin",
            '"pete hegseth insisted"',
            'tehran "interest rates" hegseth',
        )
        for text in queries:
            hits = len(triage.search(text))
            figures.append(measure(f"search {text} -> {hits}", lambda q=text: triage.search(q)))
        whole = Query.parse("said", whole_words=True)
        figures.append(
            measure(
                f"search \\<said\\> (whole words) -> {len(triage.search(whole))}",
                lambda: triage.search(whole),
            )
        )
        for order in SORT_ORDERS[1:]:
            triage.order = order
            dated = sum(1 for a in articles if triage.sort_keys.date(a.id) is not None)
            figures.append(
                measure(
                    f"list sorted {describe(order)} ({dated} dated)", lambda: triage.view(Filter())
                )
            )
        triage.order = "dump"
        common = triage.search("said")
        by_id = {a.id: a for a in articles}
        figures.append(
            measure(
                f"snippets for all {len(common)} common-word hits",
                lambda: [snippet(by_id[h.article_id], h) for h in common],
            )
        )
        middle = triage.library.ids()[count // 2]
        figures.append(
            measure("next unread (x10 presses)", lambda: triage.next_unread(middle, count=10))
        )
        figures.append(measure("progress over all articles", triage.progress))
        rows += [f.row() for f in figures]
        searched = len(filters) + len(queries) + 1 + len(SORT_ORDERS) - 1
        worst = max(f.median for f in figures[:searched]) * 1000
        articles_only = measure(
            "search 'said' in titles and bodies only", lambda: triage.search_index.search("said")
        )
        baseline = measure(
            "baseline: naive scan for 'said'", lambda: naive_search(articles, "said")
        )
        rows += [
            baseline.row(),
            articles_only.row(),
            ratio(
                "search 'said' with notes and tags vs without", figures[len(filters)], articles_only
            ),
            ratio("search 'said' vs naive scan", figures[len(filters)], baseline),
            f"{'slowest filter/search (goal < 100 ms)':<48} {worst:>10.2f} ms "
            f"{'OK' if worst < GOAL_MS else 'OVER'}",
            f"{'states in store':<48} "
            + ", ".join(f"{s} {triage.progress().counts[s]}" for s in STATES),
        ]
    rows.append(inbox_latency().row())
    return rows


if __name__ == "__main__":
    print("\n".join(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
