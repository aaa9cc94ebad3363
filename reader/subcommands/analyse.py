"""`reader analyse PATH...`: a whole corpus through the entity pipeline on Dask.

Fills the workspace's entity cache (so the TUI and `reader entities` open the
dumps with their entities at once) on a local cluster of this machine's cores or
on a running Dask cluster (`--scheduler`), and optionally writes Parquet shards.
Dask is imported only here, when the command runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reader.article import Article
from reader.dumps.load import load_dump, load_dumps
from reader.errors import ReaderError
from reader.nlp.cache import EntityCache
from reader.nlp.service import expected_identity, resolve_model_name
from reader.store.records import ArticleCorrection
from reader.subcommands import given_path
from reader.subcommands._console import warn
from reader.subcommands._corrected import applied, read_corrections
from reader.subcommands._dumps import each_readable, named_dumps
from reader.subcommands._progress import ProgressLine
from reader.text.counted import counted
from reader.workspace import Workspace

if TYPE_CHECKING:
    from reader.nlp.cluster import RunReport, Session, Survey
    from reader.nlp.shards import ShardWriter

INSTALL_HINT = "pip install 'reader[analyse]' (dask[distributed] and pyarrow)"
EXIT_INTERRUPTED = 130


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Adds the `analyse` parser."""
    parser = sub.add_parser(
        "analyse",
        help="analyse dumps on Dask (local cores or a cluster) into the entity cache",
        description="Runs the entity pipeline over every article of the dumps as Dask "
        "tasks and caches the results; a second run skips what is cached.",
    )
    parser.add_argument(
        "paths", nargs="+", type=given_path, metavar="PATH", help="dump files or folders"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a running Dask scheduler (tcp://HOST:PORT); default: a local cluster",
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="worker processes of the local cluster (default: one per core)",
    )
    parser.add_argument(
        "--chunk-size", type=_positive, metavar="N", help="articles per task (default: 32)"
    )
    parser.add_argument(
        "--out",
        type=given_path,
        metavar="DIR",
        help="also write Parquet shards, one row per entity",
    )
    parser.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline (default: $READER_MODEL, reader.toml)"
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Analyses every uncached article of the dumps and reports what was done."""
    if args.scheduler and args.workers:
        raise ReaderError("--workers sizes the local cluster; it cannot be used with --scheduler")
    try:
        from reader.nlp import cluster
    except ImportError as exc:
        raise ReaderError(
            f"reader analyse needs Dask ({exc.name} is missing): {INSTALL_HINT}"
        ) from exc
    workspace = Workspace.open(args.workspace, args.db)
    cache = EntityCache(workspace.cache_dir)
    job = _Job(args, named_dumps(args.paths), cache, read_corrections(workspace))
    model = resolve_model_name(args.model, workspace)
    here = expected_identity(model)
    try:
        if job.survey(here).to_analyse == 0:
            report = job.from_cache(here)
        else:
            started = time.monotonic()
            with cluster.open_session(args.scheduler, model, workers=args.workers) as session:
                _describe(session, time.monotonic() - started, here)
                if session.identity != here:
                    job.survey(session.identity)
                report = job.analyse(session)
    except KeyboardInterrupt:  # one in the run is the run's to report (`_summarise`)
        warn("interrupted before the run began: nothing analysed")
        return EXIT_INTERRUPTED
    finally:
        job.cache.close()
    return _summarise(report, job.cache)


class _Job:
    """One `reader analyse` run: its dumps, the cache, the plan, the optional shards."""

    def __init__(
        self,
        args: argparse.Namespace,
        paths: list[Path],
        cache: EntityCache,
        corrections: list[ArticleCorrection],
    ) -> None:
        self.args = args
        self.paths = paths
        self.cache = cache
        self.readable: list[Path] = []
        """The dumps the first survey could read: later passes read these alone."""
        self.plan: Survey | None = None
        self.corrections = corrections
        """The store's breaks, welds and retitles: the articles analysed are those the TUI
        shows, so it opens them with their entities cached."""

    def survey(self, identity: str) -> Survey:
        """Counts what is cached under `identity` and says so in one line."""
        from reader.nlp import cluster

        self.plan = plan = cluster.survey(self.dumps(), self.cache, identity)
        left_out = [
            f"{plan.repeats} repeat the text of an earlier one" if plan.repeats else "",
            f"{plan.empty} have no text" if plan.empty else "",
        ]
        print(
            f"{counted(plan.articles, 'article')} in {counted(len(self.readable), 'dump')}: "
            f"{plan.cached} cached, "
            f"{plan.to_analyse} to analyse{''.join(f', {part}' for part in left_out if part)} "
            f"({identity})",
            flush=True,
        )
        return plan

    def from_cache(self, identity: str) -> RunReport:
        """Nothing to analyse: no cluster is started; shards (if asked for) come from the cache."""
        from reader.nlp import cluster

        writer = self._writer(identity)
        if writer is not None:
            cluster.replay(self.dumps(), self.cache, identity, writer.add)
            self._close(writer)
        return cluster.RunReport(identity, 0)

    def analyse(self, session: Session) -> RunReport:
        """Runs the uncached articles on the cluster, with a progress line."""
        from reader.nlp import cluster

        assert self.plan is not None
        writer = self._writer(session.identity)
        line = ProgressLine(sys.stderr)
        try:
            return cluster.analyse(
                session,
                self.dumps(),
                self.cache,
                total=self.plan.to_analyse,
                chunk_size=self.args.chunk_size or cluster.DEFAULT_CHUNK_SIZE,
                on_result=writer.add if writer is not None else None,
                on_progress=line.update,
            )
        finally:
            line.close()
            if writer is not None:
                self._close(writer)

    def dumps(self) -> Iterator[list[Article]]:
        """The articles of each dump in turn, corrected. The first pass (the first survey)
        warns at once of a dump that cannot be read and of one that gives no article, as
        every command that reads dumps does, counts only those it read (`readable`), and
        lists the corrections that no longer apply; it ends the command (`DumpError`) when
        not one could be read. Later passes read the readable ones again, quietly."""
        if self.plan is not None:
            for _path, articles in each_readable(self.readable, load_dump, named=False):
                yield applied(articles, self.corrections, tell=False)
            return
        self.readable.clear()
        for path, articles in each_readable(self.paths, self._load_telling, named=True):
            self.readable.append(path)
            yield applied(articles, self.corrections, tell=True)

    @staticmethod
    def _load_telling(path: Path) -> list[Article]:
        return load_dumps([path], on_empty=warn)

    def _writer(self, identity: str) -> ShardWriter | None:
        if self.args.out is None:
            return None
        from reader.nlp.shards import ShardWriter

        return ShardWriter(self.args.out, identity)

    def _close(self, writer: ShardWriter) -> None:
        writer.flush()
        print(
            f"shards: {counted(writer.rows, 'entity')} in {counted(writer.shards, 'file')} "
            f"in {writer.folder}"
        )


def _describe(session: Session, seconds: float, here: str) -> None:
    where = "local cluster" if session.local else f"scheduler {session.address}"
    print(
        f"{where}: {counted(session.workers, 'worker')}, {counted(session.threads, 'thread')}, "
        f"{session.identity}, ready in {seconds:.1f} s",
        flush=True,
    )
    if session.dashboard:
        print(f"dashboard: {session.dashboard}", flush=True)
    if session.fallback_reason:
        warn(f"{session.fallback_reason}; the workers use rule-based entities")
    if session.identity != here:
        warn(
            f"the workers run {session.identity} but reader here uses {here}: the TUI here "
            "will not find these results (reader cache export them to a machine with that model)"
        )


def _summarise(report: RunReport, cache: EntityCache) -> int:
    """The run's last lines and its exit status (an unreadable dump was said at once, and
    fails the run only when none could be read: `_Job.dumps`)."""
    rate = report.analysed / report.seconds if report.seconds > 0 else 0.0
    print(
        f"analysed {counted(report.analysed, 'article')} in {report.seconds:.1f} s "
        f"({rate:.1f} articles/s); cache: {cache.path}"
    )
    if cache.problem:
        warn(cache.problem)
    if report.interrupted:
        warn("interrupted: every finished chunk is cached; run the same command to resume")
        return EXIT_INTERRUPTED
    if report.failures:
        for failure in report.failures[:5]:
            warn(failure)
        warn(f"{counted(len(report.failures), 'problem')}; run the same command again to retry")
        return 1
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
