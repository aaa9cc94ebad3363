"""`reader models [--json]`: the spaCy pipelines installed, and which one reads what.

Reads the packages' meta.json only (no spaCy import, no model load), so it answers
at once: name, version, language, entity labels and a speed class per pipeline,
then the one in use (and why) and any language mapped to another in reader.toml.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader.nlp import MODEL_ENV, resolve_model_name
from reader.nlp.models import (
    BUNDLED_MODEL,
    PREFERRED_MODELS,
    InstalledPipeline,
    installed_pipelines,
    language_models,
    read_meta,
)
from reader.text import json_out
from reader.text.safe import visible_line
from reader.workspace import Workspace

_LABELS_SHOWN = 8


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `models` parser."""
    parser = sub.add_parser("models", help="installed spaCy pipelines and the one in use")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--model", metavar="NAME", help="as for the reader: the pipeline to use")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Lists the pipelines; the exit status is 0 even when none is installed."""
    workspace = Workspace.open(args.workspace, args.db)
    in_use = resolve_model_name(args.model, workspace)
    mapped = language_models(workspace.config)
    pipelines = installed_pipelines()
    if args.json:
        payload = {
            "in_use": in_use,
            "in_use_installed": read_meta(in_use) is not None,
            "why": _why(args.model, workspace, in_use),
            "languages": mapped,
            "installed": [p.to_dict() for p in pipelines],
        }
        sys.stdout.buffer.write(json_out.dumps(payload) + b"\n")
        return 0
    for pipeline in pipelines:
        print(_row(pipeline, in_use, mapped))
    if not pipelines:
        print("no spaCy pipeline installed: entities come from rules")
    print(
        f"in use: {visible_line(in_use)} ({_why(args.model, workspace, in_use)}){_missing(in_use)}"
    )
    for language, model in sorted(mapped.items()):
        print(f"articles in {visible_line(language)}: {visible_line(model)}{_missing(model)}")
    return 0


def _missing(model: str) -> str:
    """What to add after a pipeline the settings name: nothing when it is installed (or a
    folder holding one); else that its articles' entities come from rules, as the reader
    and the commands then say only once they load it (`--model typo` read "in use: typo")."""
    if read_meta(model) is not None:
        return ""
    return ", not installed: entities come from rules"


def _row(pipeline: InstalledPipeline, in_use: str, mapped: dict[str, str]) -> str:
    """One line per pipeline: a mark for the one in use, then its facts."""
    mark = "*" if pipeline.name == in_use else " "
    languages = sorted(lang for lang, model in mapped.items() if model == pipeline.name)
    shown = ", ".join(pipeline.labels[:_LABELS_SHOWN])
    more = len(pipeline.labels) - _LABELS_SHOWN
    labels = f"{shown}, +{more} more" if more > 0 else shown or "no entity labels"
    speed = pipeline.speed
    if pipeline.words_per_second:
        speed += f", {pipeline.words_per_second:,.0f} words/s published"
    extra = f"  for {', '.join(languages)}" if languages else ""
    return visible_line(
        f"{mark} {pipeline.name} {pipeline.version}  lang={pipeline.language}  "
        f"{speed}  [{labels}]{extra}"
    )


def _why(cli_value: str | None, workspace: Workspace, in_use: str) -> str:
    """Which rule picked the pipeline in use, for people who wonder."""
    if cli_value:
        return "--model"
    if os.environ.get(MODEL_ENV, "").strip():
        return f"${MODEL_ENV}"
    if (workspace.setting("model") or "").strip():
        return "model in reader.toml"
    if in_use in PREFERRED_MODELS:
        return "official English pipeline, preferred to the bundled copy"
    if in_use == BUNDLED_MODEL:
        return "bundled default"
    return "default"
