"""Where a split's CPU goes, stage by stage, and what the dump's running prose costs: the
figures each pass over the splitter's speed took by hand, in one command, so a change to the
rules can be weighed where it lands.

`python -m bench.split_stages [--articles N]` builds the generated dump (`bench.corpus`,
10,000 articles unless told) and, in this one process, times each stage alone on what the
stage before it made (best of three, CPU): reading lines (`logical_lines`), giving them
roles (`roles.Classifier`), finding where articles start (`boundaries.iter_spans`, the
roles subtracted) and assembling the articles (`assemble`), with the whole `split_text`
beside them (what is left is the run around the stages, the dump's matter and the
articles' hand-over, and what the stages cost run together, line by line, more than each
alone). Then the running prose (lines of text over 140 characters that no rule gave a
role or a headline's shape, most of a dump's text): its share of the lines and characters,
what giving it roles costs, and what assembling it costs at most (the articles assembled
again with one such line each), and what the whole split saves when the rules' chain
(`roles._short_role`) answers "text" at once for every line over 140 characters (wrong
answers, measured only: a line's words and facts are still made, and the lines of 141 to
300 characters are the ones the chain reads; longer ones meet one rule). A step deciding
prose as body at once could save no more than those. Last, what assembling's two costs in
C take of the whole split: the language guess (`language.article_language`) and the article id
(`article.article_id`), each measured as the split with it answered at once (wrong answers,
measured only), since each is a C pass or more over every article's text that no rule
changes. Timings on a shared machine drift with its load (printed): read the shares, and
compare runs only in pairs. Not part of `make bench`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from types import ModuleType

from bench import corpus
from reader.collector import collector_paused
from reader.dumps import assemble as assemble_module
from reader.dumps import roles
from reader.dumps.assemble import assemble
from reader.dumps.boundaries import iter_spans
from reader.dumps.lines import Line, logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import Classifier, Facts, classify

PROSE_CHARS = 140
"""Lines longer than this are not remembered by `roles.Classifier`: each is classified."""


def best_cpu(work: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU seconds of `repeat` runs of `work`."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def is_prose(fact: Facts) -> bool:
    """Running prose: a line of text over `PROSE_CHARS` with no headline's shape."""
    line = fact.line
    return (
        fact.role == "text"
        and fact.shape is None
        and not line.heading
        and (len(line.text) > PROSE_CHARS)
    )


def _assemble_all(spans: Sequence[Sequence[Facts]]) -> None:
    for index, span in enumerate(spans):
        assemble(span, "bench", index)


def _one_prose_line_each(spans: Sequence[list[Facts]]) -> list[list[Facts]]:
    """The articles' lines with all but the first prose line of each left out."""
    thinned = []
    for span in spans:
        prose = [at for at, fact in enumerate(span) if is_prose(fact)]
        dropped = set(prose[1:])
        thinned.append([fact for at, fact in enumerate(span) if at not in dropped])
    return thinned


def _split_with(text: str, module: ModuleType, name: str, stand_in: Callable[..., object]) -> None:
    """A split of `text` with `module.name` replaced by `stand_in`, and put back after."""
    real = getattr(module, name)
    setattr(module, name, stand_in)
    try:
        split_text(text)
    finally:
        setattr(module, name, real)


def _chain_skipped(text: str) -> None:
    """A split of `text` in which `roles._short_role` (the rules' chain) answers "text" at once
    for every line over `PROSE_CHARS`, the running prose's and any other's: no step that
    decides prose before the chain can save more. Wrong answers, so measured only."""
    chain = roles._short_role

    def prose_at_once(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        return ("text", ()) if len(line) > PROSE_CHARS else chain(line)

    _split_with(text, roles, "_short_role", prose_at_once)


def _language_known(text: str) -> None:
    """A split of `text` in which every article's language is English without reading it:
    what the language guess (marker words, CLD2 for some) costs. Measured only."""
    _split_with(text, assemble_module, "article_language", lambda _title, _body, _ranges: "en")


def _id_known(text: str) -> None:
    """A split of `text` in which every article's id is the same sixteen zeros: what the id
    (the text folded, encoded and hashed) costs. Wrong ids, so measured only."""
    _split_with(text, assemble_module, "article_id", lambda _title, _body, _pieces=None: "0" * 16)


def stages(text: str) -> tuple[list[tuple[str, float]], list[Facts]]:
    """(stage, CPU seconds) of a split of `text`, each stage alone, then the prose's part;
    and every line's facts as the split has them."""
    lines: list[Line] = list(logical_lines(text))
    roles = best_cpu(lambda: list(map(Classifier(), lines)))
    spans = list(iter_spans(map(Classifier(), lines)))
    prose = [fact.line for span in spans for fact in span if is_prose(fact)]
    thinned = _one_prose_line_each(spans)
    assembled = best_cpu(lambda: _assemble_all(spans))
    whole = best_cpu(lambda: split_text(text))
    parts = [
        ("  lines", best_cpu(lambda: list(logical_lines(text)))),
        ("  roles", roles),
        ("  boundaries", best_cpu(lambda: list(iter_spans(map(Classifier(), lines)))) - roles),
        ("  assembling", assembled),
    ]
    rows = [
        ("split_text, the whole run", whole),
        *parts,
        ("  the rest: the run, the stages together", whole - sum(cpu for _, cpu in parts)),
        ("prose: roles", best_cpu(lambda: list(map(classify, prose)))),
        ("prose: assembling, at most", assembled - best_cpu(lambda: _assemble_all(thinned))),
        ("prose: roles, the most a step saves", whole - best_cpu(lambda: _chain_skipped(text))),
        ("assembling: the language guess", whole - best_cpu(lambda: _language_known(text))),
        ("assembling: the article id", whole - best_cpu(lambda: _id_known(text))),
    ]
    return rows, [fact for span in spans for fact in span]


def main(argv: list[str]) -> int:
    """Prints each stage's CPU and share of the whole split, and the prose's."""
    parser = argparse.ArgumentParser(prog="python -m bench.split_stages")
    parser.add_argument("--articles", type=int, default=10_000)
    articles = parser.parse_args(argv).articles
    text = corpus.dump(articles)
    split_text(text)  # patterns compiled, models read
    load = os.getloadavg()[0]
    with collector_paused():
        rows, facts = stages(text)
    whole = rows[0][1]
    megabytes = len(text.encode("utf-8")) / 1e6
    loads = f"load {load:.1f} -> {os.getloadavg()[0]:.1f}"
    print(f"{articles:,} articles ({megabytes:.1f} MB), CPU, best of 3, {loads}")
    for name, seconds in rows:
        print(f"{name:<40} {seconds:7.3f} s  {seconds / whole:6.1%}")
    prose = [fact for fact in facts if is_prose(fact)]
    chars = sum(len(fact.line.text) for fact in prose) / len(text)
    print(f"prose: {len(prose):,} of {len(facts):,} lines, {chars:.0%} of the characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
