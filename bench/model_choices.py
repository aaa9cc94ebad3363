"""The choices both splitter models are fitted with, and when a search may change them.

`bench/model_choices.json` holds each model's L2 strength and threshold (the start model's
margin toward the rules too). `make train-splitter` fits both artefacts with them and nothing
else, so it rebuilds the shipped models byte for byte from the text in the repository, in a
minute or two. `make search-splitter` cross-validates (`bench.train_fields`,
`bench.train_splitter`, `--search`) and writes a choice here only when it beats the recorded
one beyond noise (`beyond_noise`): in sessions 32 to 36 each full search took another
neighbour of the shipped choice from commit to commit, a gold body or two apart of some 1,500,
so a target that trusted it rebuilt other models from one commit to the next. Both searches
hold out one half (one source) at a time and judge a choice half by half: the judging halves
are each a source the models never read, and a half's dumps, laid out by one builder from one
source, win or lose together (up to session 37 the noise was reckoned dump by dump, as if
each dump were another source, which made it look smaller than it is). A choice a search
records is a candidate for the splitter's gate, not a verdict: session 38's first grouped
search moved the start model from L2 100, offset -2, margin 1 to L2 10, -3.5, 2.5 (the same
score on the halves left out, a better neighbourhood on a wider grid), and the gate refused
the refit on the second look (bodies 739 -> 736); the recorded choice stayed. Since session
39 both searches set a choice's own scores against the recorded one's (the start model's had
set neighbourhoods, which the grid's edge cuts short: `bench.train_splitter.searched`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench.split_quality import TUNING

CHOICES = Path(__file__).with_name("model_choices.json")
SURE = 2.0
"""How many standard errors of the paired difference (held-out half by held-out half) a
searched choice must win by to replace the recorded one. At 2 a gain must be spread: of n
held-out halves, k each one hit up and none down win when k > 4n / (n + 3), so four such halves
at least, and a gain on one half alone, however large, never counts."""


def recorded(model: str, path: Path = CHOICES) -> dict[str, float]:
    """The choices `model` ("field" or "start") is fitted with."""
    chosen = json.loads(path.read_text(encoding="utf-8"))[model]
    return {name: float(value) for name, value in chosen.items()}


def record(model: str, choice: Mapping[str, float], path: Path = CHOICES) -> None:
    """Writes `model`'s choices, the other model's left as they are (sorted keys: the same
    choices give the same bytes)."""
    every = json.loads(path.read_text(encoding="utf-8"))
    every[model] = dict(choice)
    path.write_text(json.dumps(every, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def search_asked(argv: Sequence[str], left: Sequence[str]) -> bool:
    """Whether a trainer's command line asks to cross-validate (`--search`): refused with
    dumps left out (`--leave-out`) or generated ones in, so a control run never writes
    the recorded choices."""
    searching = "--search" in argv
    if searching and (left or "--generated" in argv):
        raise SystemExit("--search chooses for the shipped training text only")
    return searching


def also_asked(argv: Sequence[str], trained: Sequence[str]) -> list[str]:
    """The tuning halves a search is asked (`--also HALF`, repeatable) to weigh training on
    as well: never a half already trained on, nor one kept for judging (second look, sealed),
    which no trainer reads; only with `--search`, which never trains the artefact on them."""
    asked = sorted(argv[at + 1] for at, arg in enumerate(argv[:-1]) if arg == "--also")
    if asked and "--search" not in argv:
        raise SystemExit("--also is weighed by a search (--search) only")
    refused = sorted(set(asked) - set(TUNING) | set(asked) & set(trained))
    if refused:
        raise SystemExit(f"--also takes tuning halves not trained on, not {', '.join(refused)}")
    return asked


def standard_error(one: Sequence[float], other: Sequence[float]) -> float:
    """The standard error of the sum of two choices' differences, held-out half by held-out
    half: how far apart two choices as good as each other may score on sources like these."""
    differences = [a - b for a, b in zip(one, other, strict=True)]
    mean = sum(differences) / len(differences)
    spread = sum((d - mean) ** 2 for d in differences) / max(len(differences) - 1, 1)
    return math.sqrt(len(differences) * spread)


def beyond_noise(new: Sequence[float], old: Sequence[float]) -> bool:
    """Whether `new` (a score per held-out half) beats `old` on the same halves by more than
    `SURE` standard errors of their difference: only then does a search replace a recorded
    choice, so that neighbouring choices a hit or two apart cannot flip it."""
    return sum(new) - sum(old) > SURE * standard_error(new, old)


def settle(path: Path, made: str, name: str, check: bool) -> int:
    """Writes the artefact `made` (unless it is there already), or with `check` only says
    whether the shipped one is it: 0 when it is, and never for a control trained without
    some dumps (`--leave-out`), so that such a control cannot pass for the shipped model."""
    shipped = path.read_text(encoding="utf-8") if path.exists() else ""
    same = made == shipped
    if not check:
        if not same:
            path.write_text(made, encoding="utf-8")
        print(f"the {name} {'was already' if same else 'is now'} what training yields")
        return 0
    print(f"the shipped {name} {'is' if same else 'is not'} what training yields")
    if same and "left_out" in json.loads(made):
        print(f"the {name} was trained without some dumps (--leave-out): a control, never")
        print("to ship (a run without --leave-out, or git checkout, restores the shipped one)")
        return 1
    return 0 if same else 1
