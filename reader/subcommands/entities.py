"""`reader entities PATH... [--json] [--predicted]`: each article's named entities and sentences.

The entities are those the app shows and the export writes: the model's, with the user's
corrections where they made any (a checked article's: theirs alone), each such article
marked; a user who fixed entities saw the model's mistakes here again. `--predicted`
gives the model's spans unchanged, so anyone can check them against spaCy. The JSON is
for scripts, the plain summary (counts per label, top entities) for people.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence

from reader.analysis import Analysis, PipelineInfo
from reader.annotation.entity_work import NO_ENTITY_WORK, EntityWork
from reader.article import Article
from reader.nlp import resolve_model_name
from reader.nlp.models import language_models
from reader.nlp.router import ModelRouter
from reader.subcommands import given_path
from reader.subcommands._console import warn
from reader.subcommands._corrected import applied, read_with_entity_work
from reader.subcommands._dumps import load_readable, named_dumps
from reader.text import json_out
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.workspace import Workspace

OFFSETS_NOTE = "Python str indices (code points) into the article body"
_PARALLEL_WORDS = 50_000
"""Dumps at least this big use two processes by default (below it, start-up dominates)."""
_TITLE_WIDTH = 70
_TOP = 6


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `entities` parser."""
    parser = sub.add_parser("entities", help="named entities and sentences of each article")
    parser.add_argument(
        "paths", nargs="+", type=given_path, metavar="PATH", help="dump files or folders"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline (default: $READER_MODEL, reader.toml)"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the entity cache"
    )
    parser.add_argument(
        "--predicted",
        action="store_true",
        help="the model's entities, without your corrections in the reader",
    )
    parser.add_argument(
        "--processes",
        type=_positive,
        metavar="N",
        help="worker processes (default: 2 for big dumps on 2+ cores, else 1)",
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Analyses every article of the dumps named and prints the results."""
    workspace = Workspace.open(args.workspace, args.db)
    corrections, work = read_with_entity_work(workspace)
    articles = applied(load_readable(named_dumps(args.paths), named=True), corrections)
    if args.predicted:
        work = NO_ENTITY_WORK
    service = ModelRouter(
        resolve_model_name(args.model, workspace),
        language_models(workspace.config),
        workspace.cache_dir,
        use_cache=not args.no_cache,
    )
    info = service.load()
    if info.fallback:
        warn(f"{info.reason}; using {info.describe()}")
    processes = args.processes or _default_processes(articles)
    by_article = dict(
        (id(article), analysis)
        for article, analysis in service.analyse_many(articles, n_process=processes)
    )
    analyses = [
        work.analysis(article.id, by_article[id(article)]) or by_article[id(article)]
        for article in articles
    ]
    if service.cache_problem:
        warn(service.cache_problem)
    gaps = Counter(gap for article in articles if (gap := service.language_gap(article)))
    for gap, count in gaps.items():
        warn(gap.describe(count))
    service.close()
    if args.json:
        document = to_json(info, articles, analyses, work)
        sys.stdout.buffer.write(json_out.dumps(document) + b"\n")
    else:
        print(f"pipeline: {visible_line(info.describe())}")
        for article, analysis in zip(articles, analyses, strict=True):
            print("\n".join(summary(article, analysis, _whose(work, article.id))))
        total = sum(len(a.entities) for a in analyses)
        print(
            f"{counted(len(articles), 'article')}, {counted(total, 'entity')}"
            f"{_corrected_count(work, articles)}"
        )
    return 0


def _whose(work: EntityWork, article_id: str) -> str:
    """Whose entities an article's line counts: "" for the model's."""
    if article_id in work.checked:
        return "checked by you"
    return "with your corrections" if work.touched(article_id) else ""


def _corrected_count(work: EntityWork, articles: Sequence[Article]) -> str:
    """How many of the articles are shown as the user corrected them (none: "")."""
    touched = {a.id for a in articles if work.touched(a.id)}
    if not touched:
        return ""
    checked = len(touched & work.checked)
    return f" ({counted(len(touched), 'article')} as you corrected them, {checked} checked)"


def to_json(
    info: PipelineInfo,
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    work: EntityWork,
) -> dict[str, object]:
    """The `--json` document: the pipeline, then per article its entities and sentences,
    and whether they are the user's corrected ones (`corrected`; `checked`: theirs alone)."""
    return {
        "pipeline": info.to_dict(),
        "offsets": OFFSETS_NOTE,
        "articles": [
            {
                "id": article.id,
                "index": article.index,
                "source": article.source,
                "title": article.title,
                "corrected": work.touched(article.id),
                "checked": article.id in work.checked,
                "entities": [
                    {
                        "start": e.start,
                        "end": e.end,
                        "label": e.label,
                        "text": article.body[e.start : e.end],
                    }
                    for e in analysis.entities
                ],
                "sentences": [{"start": start, "end": end} for start, end in analysis.sentences],
            }
            for article, analysis in zip(articles, analyses, strict=True)
        ],
    }


def summary(article: Article, analysis: Analysis, whose: str) -> list[str]:
    """Lines for people: title, counts per label (`whose` says when they are not the
    model's), the most mentioned entities."""
    title = visible_line(article.title)
    if len(title) > _TITLE_WIDTH:
        title = title[: _TITLE_WIDTH - 1] + "…"
    marked = f" {whose}" if whose else ""
    lines = [
        f"[{article.index}] {title}  ({counted(article.word_count, 'word')}, "
        f"{counted(len(analysis.entities), 'entity')}{marked}, "
        f"{counted(len(analysis.sentences), 'sentence')})"
    ]
    labels = Counter(e.label for e in analysis.entities)
    if labels:
        lines.append("    " + "  ".join(f"{label} {n}" for label, n in labels.most_common()))
        mentions = Counter(
            (visible_line(article.body[e.start : e.end]), e.label) for e in analysis.entities
        )
        top = ", ".join(
            f"{text} ({label}) ×{n}" if n > 1 else f"{text} ({label})"
            for (text, label), n in mentions.most_common(_TOP)
        )
        lines.append(f"    top: {top}")
    return lines


def _default_processes(articles: Sequence[Article]) -> int:
    big = sum(a.word_count for a in articles) >= _PARALLEL_WORDS
    return 2 if big and (os.cpu_count() or 1) >= 2 else 1


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
