"""The `prodigy-textcat` format: each article's triage as a Prodigy text classification task.

An analyst's triage is a judgement per article: this one is in, that one out. Prodigy's
binary text classification (`textcat.teach`, `textcat.manual` with one label, `prodigy
train --textcat`, `db-in`) holds exactly that: one `label` per task, `answer`ed accept or
reject. A kept or starred article accepts the label, a discarded one rejects it, and one
only read or new is `ignore` (Prodigy trains on neither), as the `jsonl` format answers
(`jsonl.ANSWERS`). Each line: the body as `text`, the `label` (`Export.label`, the CLI's
`--label`), the `answer`, `_view_id: classification` (the interface Prodigy shows such a
task in), the article's id, title, dump and state in `meta`, and the hashes Prodigy's
`set_hashes` makes (the task's over its label). Articles whose dump is not present are left
out. `reader import` reads the file back (`importers.json_lines`): an answer given in
Prodigy is the article's triage state there.
"""

from __future__ import annotations

from typing import Any

from reader.interchange.exporters.jsonl import ANSWERS, hashed_text, prodigy_hash
from reader.interchange.exporters.records import Export, ExportArticle
from reader.text import json_out

VIEW = "classification"
"""The Prodigy interface of a task with one label to accept or reject."""


def pieces(export: Export) -> list[bytes]:
    """The tasks, one JSON object per line, in the export's article order."""
    return [
        json_out.dumps(task(article, export.label), newline=True)
        for article in export.articles
        if article.body is not None
    ]


def task(article: ExportArticle, label: str) -> dict[str, Any]:
    """One article's task: its text and `label`, answered as its triage state says."""
    text, input_hash = hashed_text(article.body or "")
    return {
        "text": text,
        "label": label,
        "answer": ANSWERS.get(article.state, "ignore"),
        "_view_id": VIEW,
        "meta": {
            **article.meta,
            "article_id": article.id,
            "title": article.title,
            "source": article.source,
            "state": article.state,
        },
        "_input_hash": input_hash,
        "_task_hash": prodigy_hash({"label": label}, prefix=b"%d" % input_hash),
    }
