"""Entity analysis of a whole corpus on Dask (`dask.distributed`): a laptop or a cluster.

One code path serves both: with no scheduler address a `LocalCluster` of worker
processes starts on loopback; with one, the client connects to a running cluster.
Each task analyses a chunk of articles with the same pipeline `EntityService`
uses (`reader.nlp.pipeline`, whole bodies or windows), loaded once per worker
process by a worker plugin, never shipped from the client. Results come back as
plain offset tuples and the client alone writes them into the entity cache, one
transaction per chunk, so an interrupted run leaves every finished chunk cached
and a second run skips them.

Only `reader analyse` imports this module: Dask is never loaded by the TUI.
"""

from __future__ import annotations

import functools
import logging
import os
import signal
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import resource_tracker
from typing import TYPE_CHECKING, Any

from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed
from distributed.client import FutureCancelledError

from reader.analysis import Analysis, Entity
from reader.article import Article
from reader.errors import ReaderError
from reader.nlp.cache import EntityCache, text_key
from reader.nlp.segments import Window, confine, paragraph_ranges, windows

if TYPE_CHECKING:
    from reader.nlp.segments import Found

PLUGIN_NAME = "reader-pipeline"
DEFAULT_CHUNK_SIZE = 32
"""Articles per task: about a second of work each, so scheduling costs little and a
lost worker loses little."""
DEFAULT_BATCH_SIZE = 16
"""Docs (bodies or windows) per `nlp.pipe` batch in a task (as `EntityService.analyse_many`)."""
RETRIES = 2
"""Extra attempts for a task that raised; a task on a lost worker is rescheduled anyway."""
CONNECT_TIMEOUT_S = 30.0
_AHEAD_PER_THREAD = 2
"""Chunks in flight per worker thread: all stay busy, and the client holds little text."""
_DASHBOARD_PROBE_S = 2.0
_LOCAL_HOST = "127.0.0.1"

Payload = list[list[Window]]
"""A chunk as shipped to a worker: per article, the windows of its body."""


class ClusterError(ReaderError):
    """The cluster cannot be reached or its workers cannot run the pipeline."""


@dataclass(frozen=True, slots=True)
class Chunk:
    """Articles analysed by one task, their cache keys, and what the task is sent."""

    number: int
    articles: tuple[Article, ...]
    keys: tuple[bytes, ...]
    payload: Payload


@dataclass(frozen=True, slots=True)
class Survey:
    """What a run will do before it starts: articles in all, cached, left to analyse."""

    articles: int
    cached: int
    empty: int
    repeats: int
    """Articles whose text an earlier one of the run has (an article in two dumps, a dump
    saved again in another encoding): analysed once, with the first."""

    @property
    def to_analyse(self) -> int:
        """Texts that need the model (neither cached, nor empty, nor a repeat)."""
        return self.articles - self.cached - self.empty - self.repeats


@dataclass
class Progress:
    """Where a run stands: what the progress line shows (articles, rate, time left)."""

    total: int
    """Articles this run has to analyse (cached ones excluded)."""
    started: float = field(default_factory=time.monotonic)
    done: int = 0
    failed: int = 0

    def rate(self, now: float | None = None) -> float:
        """Articles analysed per second since the run started (0 before the first chunk)."""
        elapsed = (now if now is not None else time.monotonic()) - self.started
        return self.done / elapsed if self.done and elapsed > 0 else 0.0

    def eta(self, now: float | None = None) -> float | None:
        """Seconds left at the current rate, or None while there is no rate yet."""
        rate = self.rate(now)
        left = self.total - self.done - self.failed
        return left / rate if rate > 0 else None


@dataclass(frozen=True, slots=True)
class RunReport:
    """How a run ended: counts, the chunks that failed (with why), and whether it was cut."""

    identity: str
    analysed: int
    failures: tuple[str, ...] = ()
    interrupted: bool = False
    seconds: float = 0.0


# --- the worker side -------------------------------------------------------------------

_pipelines: dict[str, Any] = {}
_pipelines_lock = threading.Lock()


def worker_pipeline(model: str) -> Any:
    """(nlp, info, lock) of `model` in this process, loaded on first use and kept.

    Unlike `pipeline.shared`, the rule fallback is kept too: a worker without the
    model must not rebuild it for every task.
    """
    with _pipelines_lock:
        found = _pipelines.get(model)
        if found is None:
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
            from reader.nlp import pipeline

            found = pipeline.shared(model)
            _pipelines[model] = found
        return found


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline when a worker starts (and when one restarts), not per task.

    `quiet_interrupt` is for workers this process started: Ctrl+C in the terminal
    reaches the whole process group, and the client (not each worker) decides how
    the run ends, so those workers ignore it. They also keep distributed's error logs
    off the user's terminal: the client reports every failed chunk itself, and a
    worker whose scheduler went away at Ctrl+C would print a heartbeat traceback
    under the run's last line. Workers started by `dask worker` keep their own
    Ctrl+C and logs.
    """

    name = PLUGIN_NAME
    idempotent = True

    def __init__(self, model: str, *, quiet_interrupt: bool = False) -> None:
        self.model = model
        self.quiet_interrupt = quiet_interrupt

    def setup(self, worker: object) -> None:
        """Runs in each worker process as it joins the cluster."""
        if self.quiet_interrupt:
            logging.getLogger("distributed").setLevel(logging.CRITICAL)
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGINT, signal.SIG_IGN)
        worker_pipeline(self.model)


def pipeline_identity(model: str) -> tuple[str, str | None]:
    """The loaded pipeline's cache identity in this worker, and why it fell back (if it did)."""
    info = worker_pipeline(model)[1]
    return info.identity, info.reason if info.fallback else None


def analyse_chunk(model: str, payload: Payload, batch_size: int) -> tuple[str, list[Found]]:
    """A task: every article of a chunk through the worker's pipeline, in chunk order.

    Returns the pipeline identity with the results, so the client never caches
    results of one model under the name of another.
    """
    from reader.nlp import pipeline

    nlp, info, lock = worker_pipeline(model)
    items = list(enumerate(payload))
    found: list[Found] = [([], []) for _ in payload]
    for index, results in pipeline.run(nlp, items, batch_size, lock):
        found[index] = results
    return info.identity, found


# --- the client side -------------------------------------------------------------------


@dataclass
class Session:
    """A client on a cluster whose workers have the pipeline loaded and agree on it."""

    client: Client
    model: str
    identity: str
    fallback_reason: str | None
    address: str
    local: bool
    dashboard: str | None

    @property
    def threads(self) -> int:
        """Worker threads in the cluster now (tasks that can run at once)."""
        workers = self.client.scheduler_info().get("workers", {})
        return sum(int(w.get("nthreads", 1)) for w in workers.values()) or 1

    @property
    def workers(self) -> int:
        """Workers in the cluster now."""
        return len(self.client.scheduler_info().get("workers", {}))


@contextmanager
def open_session(
    scheduler: str | None,
    model: str,
    *,
    workers: int | None = None,
    timeout: float = CONNECT_TIMEOUT_S,
) -> Iterator[Session]:
    """A `Session` on a running scheduler, or on a `LocalCluster` started for the run.

    The local cluster has `workers` single-threaded worker processes (default: the
    machine's cores) listening on loopback only, with its HTTP server on a free
    port; everything it started is closed on the way out, Ctrl+C included.
    """
    cluster: LocalCluster | None = None
    try:
        if scheduler is None:
            cluster = _local_cluster(workers or os.cpu_count() or 1)
            client = Client(cluster, timeout=timeout)
        else:
            client = _connect(scheduler, timeout)
        try:
            yield _prepare(client, model, local=cluster is not None, timeout=timeout)
        finally:
            client.close()
    except KeyboardInterrupt:  # before the run (`analyse` answers one during it)
        quiet_teardown(local=cluster is not None)
        raise
    finally:
        if cluster is not None:
            cluster.close()


def quiet_teardown(*, local: bool) -> None:
    """Keeps a run's end by Ctrl+C off the terminal: the client's own tasks waiting on work
    cancelled may end in an error nobody awaits, which asyncio logs as a traceback, and a
    `local` cluster, going down with this process, logs each worker it can no longer reach.
    A Ctrl+C while the workers loaded the pipeline printed both (the run was not yet
    under way, where `analyse` quieted them)."""
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    if local:
        logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _local_cluster(workers: int) -> LocalCluster:
    """Worker processes that never take Ctrl+C (the client handles it for them), started so
    that it still stops the command at once (`_deaf_start`). Where signals cannot be blocked
    (Windows) the cluster starts as it is: an ignored Ctrl+C passed to no worker there."""
    start = functools.partial(
        LocalCluster,
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host=_LOCAL_HOST,
        dashboard_address=f"{_LOCAL_HOST}:0",
        silence_logs=logging.ERROR,
    )
    in_main = threading.current_thread() is threading.main_thread()
    return _deaf_start(start) if in_main and hasattr(signal, "pthread_sigmask") else start()


def _deaf_start(start: Callable[[], LocalCluster]) -> LocalCluster:
    """`start()` in a thread that cannot take Ctrl+C, nor can the threads it starts or the
    worker processes they start (a blocked signal is inherited, as an ignored one is), while
    this thread waits for it and takes Ctrl+C as ever. The cluster used to start with Ctrl+C
    ignored in the whole process, which lost the user's Ctrl+C for the seconds its workers
    took to come up: the run went on. A cluster still starting when Ctrl+C comes is left to
    Dask, which closes the clusters it started as the process exits."""
    made: list[LocalCluster] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            made.append(start())
        except BaseException as exc:  # the caller's to raise
            failed.append(exc)

    resource_tracker.ensure_running()  # here: started by the thread, it unblocks Ctrl+C there
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        thread = threading.Thread(target=run, name="cluster-start", daemon=True)
        thread.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
    thread.join()
    if failed:
        raise failed[0]
    return made[0]


def _connect(address: str, timeout: float) -> Client:
    try:
        return Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc


def _prepare(client: Client, model: str, *, local: bool, timeout: float) -> Session:
    """Waits for a worker, loads the pipeline on every worker and checks they agree."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError as exc:
        raise ClusterError(f"no Dask worker joined the scheduler within {timeout:.0f} s") from exc
    try:
        client.register_plugin(PipelinePlugin(model, quiet_interrupt=local))
        identities = client.run(pipeline_identity, model)
    except Exception as exc:  # a worker without reader or spaCy fails in its own way
        raise ClusterError(f"Dask workers cannot load the pipeline ({_first_line(exc)})") from exc
    found = set(identities.values())
    if len(found) > 1:
        raise ClusterError(
            "Dask workers run different pipelines ("
            + ", ".join(sorted(identity for identity, _ in found))
            + "); install the same model on every worker"
        )
    identity, reason = found.pop()
    return Session(
        client=client,
        model=model,
        identity=identity,
        fallback_reason=reason,
        address=str(client.scheduler.address),
        local=local,
        dashboard=_dashboard(client),
    )


def _dashboard(client: Client) -> str | None:
    """The dashboard link when the scheduler serves one (it needs bokeh), else None."""
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        link = client.dashboard_link
        with direct.open(link, timeout=_DASHBOARD_PROBE_S) as answer:
            page = answer.read(4096)
    except Exception:  # no HTTP server, a proxy, a refused port: no link to show
        return None
    return None if b"needs bokeh" in page.lower() else link


def survey(batches: Iterable[Sequence[Article]], cache: EntityCache, identity: str) -> Survey:
    """Counts what a run will do (a first, cheap pass: no text kept, no NLP)."""
    articles = cached = empty = repeats = 0
    texts: set[bytes] = set()
    for batch in batches:
        keys = [text_key(article) for article in batch]
        hits = cache.cached_keys(identity, keys)
        articles += len(batch)
        for article, key in zip(batch, keys, strict=True):
            if key in hits:
                cached += 1
            elif not paragraph_ranges(article):
                empty += 1
            elif key in texts:
                repeats += 1
            texts.add(key)
    return Survey(articles, cached, empty, repeats)


OnResult = Callable[[Article, Analysis], None]
OnProgress = Callable[[Progress], None]


def replay(
    batches: Iterable[Sequence[Article]], cache: EntityCache, identity: str, on_result: OnResult
) -> None:
    """Hands every cached article (and every one without text) to `on_result`, no cluster.

    For a corpus already analysed: its shards are written from the cache alone;
    articles not cached are left out.
    """
    for _chunk in _chunks(batches, cache, identity, sys.maxsize, on_result, []):
        continue


def analyse(
    session: Session,
    batches: Iterable[Sequence[Article]],
    cache: EntityCache,
    *,
    total: int,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_result: OnResult | None = None,
    on_progress: OnProgress | None = None,
    timeout: float | None = None,
) -> RunReport:
    """Analyses every uncached article of `batches` on the cluster, caching each chunk.

    `batches` are articles in groups (one dump each); `total` is how many need the
    model (from `survey`), for the progress line. `on_result` sees every article
    with its analysis, cached ones included (for Parquet shards). A chunk whose task
    fails after its retries is reported, not fatal. Ctrl+C cancels what is in
    flight and returns a report marked interrupted; the cache keeps every chunk
    already done. `timeout` bounds the whole run (tests).
    """
    run = _Run(session, cache, batch_size, on_result, on_progress, Progress(total))
    repeats: list[tuple[Article, bytes]] = []
    chunks = _chunks(batches, cache, session.identity, chunk_size, on_result, repeats)
    limit = max(2, _AHEAD_PER_THREAD * session.threads)
    waiting = as_completed(timeout=timeout)
    try:
        for chunk in _take(chunks, limit):
            waiting.add(run.submit(chunk))
        for future in waiting:
            run.collect(future)
            for chunk in _take(chunks, 1):
                waiting.add(run.submit(chunk))
    except KeyboardInterrupt:
        quiet_teardown(local=session.local)
        run.cancel()
        return run.report(interrupted=True)
    except BaseException:
        run.cancel()
        raise
    run.hand_over(repeats)
    return run.report(interrupted=False)


def _take(chunks: Iterator[Chunk], count: int) -> Iterator[Chunk]:
    for _ in range(count):
        chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk


def _chunks(
    batches: Iterable[Sequence[Article]],
    cache: EntityCache,
    identity: str,
    chunk_size: int,
    on_result: OnResult | None,
    repeats: list[tuple[Article, bytes]],
) -> Iterator[Chunk]:
    """Chunks of the articles not yet cached; cached ones go straight to `on_result`. An
    article whose text a chunk before took is never shipped again: the count `survey` gave
    holds whenever that chunk comes back, and (with `on_result`) it waits in `repeats`."""
    number = 0
    shipped: set[bytes] = set()
    for batch in batches:
        keys = [text_key(article) for article in batch]
        hits = cache.get_many(identity, keys) if on_result is not None else {}
        known = hits.keys() if on_result is not None else cache.cached_keys(identity, keys)
        todo: list[tuple[Article, bytes, list[Window]]] = []
        for article, key in zip(batch, keys, strict=True):
            if key in known:
                if on_result is not None:
                    on_result(article, hits[key])
                continue
            if key in shipped:
                if on_result is not None:
                    repeats.append((article, key))
                continue
            payload = windows(article)
            if payload:
                todo.append((article, key, payload))
                shipped.add(key)
            elif on_result is not None:
                on_result(article, Analysis((), ()))
        for at in range(0, len(todo), chunk_size):
            part = todo[at : at + chunk_size]
            articles, chunk_keys, payload = zip(*part, strict=True)
            yield Chunk(number, articles, chunk_keys, list(payload))
            number += 1


def _confined(article: Article, found: Sequence[Any], bounds: Sequence[Any]) -> Analysis:
    """A worker's raw results cut at the article's paragraphs (as `EntityService` does)."""
    entities, sentences, _cuts = confine(
        paragraph_ranges(article), [tuple(e) for e in found], [tuple(b) for b in bounds]
    )
    return Analysis(tuple(Entity(*e) for e in entities), tuple(sentences))


class _Run:
    """The client's bookkeeping for one run: futures in flight, counts, failures."""

    def __init__(
        self,
        session: Session,
        cache: EntityCache,
        batch_size: int,
        on_result: OnResult | None,
        on_progress: OnProgress | None,
        progress: Progress,
    ) -> None:
        self.session = session
        self.cache = cache
        self.batch_size = batch_size
        self.on_result = on_result
        self.on_progress = on_progress
        self.progress = progress
        self.token = uuid.uuid4().hex[:12]
        self.in_flight: dict[str, tuple[Chunk, Future]] = {}
        self.failures: list[str] = []

    def submit(self, chunk: Chunk) -> Future:
        """Sends one chunk to the cluster (retried on error, rescheduled if its worker dies)."""
        key = f"reader-analyse-{self.token}-{chunk.number}"
        future = self.session.client.submit(
            analyse_chunk,
            self.session.model,
            chunk.payload,
            self.batch_size,
            key=key,
            retries=RETRIES,
            pure=False,
        )
        self.in_flight[key] = (chunk, future)
        return future

    def collect(self, future: Future) -> None:
        """Caches a finished chunk (one transaction) or records why it failed."""
        chunk, _ = self.in_flight.pop(future.key)
        try:
            identity, results = future.result()
        except FutureCancelledError:
            return
        except Exception as exc:  # the task's own error after its retries, or KilledWorker
            self.failures.append(f"chunk {chunk.number}: {_first_line(exc)}")
            self.progress.failed += len(chunk.articles)
        else:
            if identity != self.session.identity:
                raise ClusterError(
                    f"a Dask worker ran {identity}, not {self.session.identity}; "
                    "install the same model on every worker"
                )
            self._store(chunk, results)
        finally:
            future.release()
        if self.on_progress is not None:
            self.on_progress(self.progress)

    def _store(self, chunk: Chunk, results: list[Found]) -> None:
        analyses = [
            _confined(article, found, bounds)
            for article, (found, bounds) in zip(chunk.articles, results, strict=True)
        ]
        self.cache.put_many(self.session.identity, zip(chunk.keys, analyses, strict=True))
        self.progress.done += len(chunk.articles)
        if self.on_result is not None:
            for article, analysis in zip(chunk.articles, analyses, strict=True):
                self.on_result(article, analysis)

    def hand_over(self, repeats: Sequence[tuple[Article, bytes]]) -> None:
        """Gives `on_result` each repeat with what its text's chunk cached (none for a text
        whose chunk failed, as for the chunk's own articles)."""
        if self.on_result is None or not repeats:
            return
        found = self.cache.get_many(self.session.identity, [key for _, key in repeats])
        for article, key in repeats:
            if key in found:
                self.on_result(article, found[key])

    def cancel(self) -> None:
        """Cancels every chunk still in flight (their articles stay uncached)."""
        futures = [future for _, future in self.in_flight.values()]
        self.in_flight.clear()
        if futures:
            try:
                self.session.client.cancel(futures)
            except Exception:  # the cluster may already be going away
                logging.getLogger(__name__).debug("cancel failed", exc_info=True)

    def report(self, *, interrupted: bool) -> RunReport:
        """The run's outcome, for the summary line."""
        return RunReport(
            identity=self.session.identity,
            analysed=self.progress.done,
            failures=tuple(self.failures),
            interrupted=interrupted,
            seconds=time.monotonic() - self.progress.started,
        )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    line = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {line}" if line else type(exc).__name__
