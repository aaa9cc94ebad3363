"""`reader evaluate [--model NAME] [--json]`: a model's entity figures on the checked articles."""

from __future__ import annotations

import argparse
import sys

from reader.errors import ReaderError
from reader.interchange.training import checked_for_training
from reader.nlp.evaluation import evaluate
from reader.store.store import Store
from reader.subcommands._console import warn
from reader.subcommands._corrected import corrected
from reader.subcommands._dumps import load_readable, workspace_dumps
from reader.text import json_out
from reader.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `evaluate` parser."""
    parser = sub.add_parser(
        "evaluate",
        help="score a model's entities against the checked articles",
        description="Precision, recall and F per entity label of a spaCy pipeline on the "
        "articles whose entities were checked in the reader (the dumps in seeds/ and those "
        "the store keeps work by, where they are).",
    )
    parser.add_argument("--model", metavar="NAME", help="the spaCy pipeline to score")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Runs the model over the checked articles and prints the figures."""
    from reader.nlp import EntityService, resolve_model_name

    workspace = Workspace.open(args.workspace, args.db)
    if not workspace.store_path.is_file():
        raise ReaderError(f"no store at {workspace.store_path}: nothing is checked yet")
    with Store(workspace.store_path, root=workspace.root, read_only=True) as store:
        dumps = load_readable(workspace_dumps(workspace, store), named=False)
        articles = corrected(workspace, dumps, store=store)
        golds, said = checked_for_training(store, articles)
    if not golds:
        raise ReaderError(said)
    if said is not None:
        warn(said)
    service = EntityService(resolve_model_name(args.model, workspace), use_cache=False)
    try:
        info = service.load()
        predicted = {
            article.id: analysis.entities
            for article, analysis in service.analyse_many([g.article for g in golds])
        }
        if service.pipeline is None:
            raise ReaderError("the spaCy pipeline could not be loaded")
        result = evaluate(service.pipeline, info.describe(), golds, predicted)
    finally:
        service.close()
    if info.fallback:
        warn(f"scoring the fallback pipeline: {info.reason}")
    if args.json:
        sys.stdout.buffer.write(json_out.dumps(result.to_dict(), indent=True) + b"\n")
    else:
        print(result.text())
    return 0
