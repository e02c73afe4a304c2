"""The round driver: run the extraction with every chat call deferred, one round at a time.

Every article not yet in the result cache is extracted as a live run would extract it
(``run.extract_async``), but under a ``DeferringTransport``: a call whose answer is in the
state returns at once, the others wait. When every unfinished article waits, the round is
settled: its questions (the first question of every chunk in round 1; the questions that
depend on those answers in round 2, and so on) go out as one batch, or into one requests
file. Answers come back, the articles go on, and each one finished is stored in the cache
at once. An off-topic article stops after round 1, so a run is at most three rounds, plus
one per re-ask when re-asks wait for a round.

A killed run resumes by doing it all again: the answers already received are in the state,
so the articles go straight back to where they were, and a question whose batch was
submitted waits for that batch (by its saved id) instead of being asked again.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from summarizer.batch.lines import Answer, no_answer, read_results, requests_jsonl
from summarizer.batch.server import BatchServer, Say
from summarizer.batch.state import BatchState, Round
from summarizer.batch.transport import DeferringTransport, ReaskMode, Waiting
from summarizer.cache import ResultCache
from summarizer.core.article import Article, Failure
from summarizer.core.errors import ConfigError
from summarizer.core.schema import ArticleSummary
from summarizer.providers import LLM, BackendConfig, make_llm
from summarizer.providers.redact import public_url
from summarizer.run import ExtractionRun, Loaded, LoadedInputs, ProgressFn, extract_async, input_failure

#: What to do with a settled round's questions; False ends the run there.
OnSettle = Callable[[dict[str, Waiting]], Awaitable[bool]]


@dataclass
class BatchOutcome:
    """What one ``batch`` command did."""

    #: The articles finished (stored in the cache) or failed in this run, and unreadable inputs.
    run: ExtractionRun = field(default_factory=ExtractionRun)
    #: Articles that were already in the cache (nothing asked for them).
    cached: int = 0
    #: Further copies of an article (same text and title) in the inputs: asked once, cached once.
    copies: int = 0
    #: Articles still waiting for an answer when the run stopped (prepare, collect).
    unfinished: int = 0
    #: Questions written to the requests file (prepare), 0 when every article is done.
    written: int = 0
    #: Rounds this run submitted or waited for.
    rounds: list[int] = field(default_factory=list)
    #: Chat calls made live: the re-asks of answers that broke the schema.
    live_calls: int = 0
    #: Results read from a results file (collect), and how many of them this run asked for.
    results: int = 0
    results_used: int = 0


class _Run:
    """One batch command's model, state, cache and the articles it still has to do."""

    def __init__(
        self,
        entries: Sequence[Loaded],
        config: BackendConfig,
        cache: ResultCache,
        state: BatchState,
        reask: ReaskMode,
        on_result: ProgressFn | None,
    ) -> None:
        self.cache = cache
        self.state = state
        self.on_result = on_result
        self.llm, self.transport = _deferring_llm(config, state, reask)
        self.outcome = BatchOutcome()
        self.todo: list[Article] = []
        self._sort(entries)
        self.unfinished = len(self.todo)
        self.settled = asyncio.Event()
        self.transport.on_wait = self._check

    @property
    def server(self) -> str:
        return public_url(str(self.llm.client.client.base_url))

    def _sort(self, entries: Sequence[Loaded]) -> None:
        """Inputs that cannot be read fail here; cached articles are counted; copies are asked once.

        Both are reported to ``on_result`` as ``extract`` reports them, so a progress bar
        over all the inputs reaches its end.
        """
        keys: set[str] = set()
        for label, entry in entries:
            if not isinstance(entry, Article):
                failure = input_failure(label, entry)
                self.outcome.run.failures.append(failure)
                self._tell(label, failure)
                continue
            key = self.cache.key(entry, self.llm)
            cached = self.cache.get(key)
            if cached is not None:
                self.outcome.cached += 1
                self._tell(label, self.cache.as_served(entry, cached))
            elif key not in keys:
                self.todo.append(entry)
            else:
                # A second copy (one wire story in two files) is asked once; the cache serves it later.
                self.outcome.copies += 1
            keys.add(key)

    def _tell(self, label: str, result: ArticleSummary | Failure) -> None:
        if self.on_result is not None:
            self.on_result(label, result)

    def _check(self) -> None:
        # Settled: every article not finished waits for an answer, so none can go on without a round.
        if self.transport.blocked == self.unfinished:
            self.settled.set()

    def _heard(self, label: str, result: ArticleSummary | Failure) -> None:
        """An article finished (stored in the cache, or failed)."""
        if isinstance(result, ArticleSummary):
            self.outcome.run.summaries.append(result)
            self.outcome.run.usage = self.outcome.run.usage.add(result.usage)
        else:
            self.outcome.run.failures.append(result)
        self.unfinished -= 1
        self._check()
        self._tell(label, result)

    async def drive(self, on_settle: OnSettle) -> BatchOutcome:
        """Extract ``todo`` round by round, handing each settled round to ``on_settle``."""
        entries = LoadedInputs((a.id, a) for a in self.todo)
        extraction = asyncio.create_task(
            # Every article at once: a call only queues a question, nothing goes to the server.
            extract_async(
                entries,
                llm=self.llm,
                cache=self.cache,
                concurrency=max(1, len(entries)),
                on_result=self._heard,
            )
        )
        try:
            while await self._next_round(extraction):
                waiting = self.transport.take_waiting()
                if not await on_settle(waiting):
                    break
        finally:
            await _stop(extraction)
            self.outcome.unfinished = self.unfinished
            self.outcome.live_calls = self.transport.live_calls
            await self.llm.aclose()
        return self.outcome

    async def _next_round(self, extraction: asyncio.Task[ExtractionRun]) -> bool:
        """Wait until a round is settled (True) or every article is finished (False)."""
        settled = asyncio.create_task(self.settled.wait())
        try:
            await asyncio.wait({extraction, settled}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            settled.cancel()
        if extraction.done():
            extraction.result()  # a bug in the extraction surfaces here, not as a hang
            return False
        self.settled.clear()
        if self.unfinished == 0:
            await extraction
            return False
        return True


async def _stop(extraction: asyncio.Task[ExtractionRun]) -> None:
    """Cancel the extraction if it still waits for answers (prepare, collect, an error)."""
    if not extraction.done():
        extraction.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await extraction


def _deferring_llm(config: BackendConfig, state: BatchState, reask: ReaskMode) -> tuple[LLM, DeferringTransport]:
    if config.backend in ("local", "replay"):
        raise ConfigError(
            f"batch runs on a server (--base-url, or OPENAI_API_KEY for OpenAI), not the {config.backend} backend."
        )
    made: list[DeferringTransport] = []

    def wrap(inner: httpx.AsyncBaseTransport) -> DeferringTransport:
        made.append(DeferringTransport(inner, state, reask=reask))
        return made[0]

    llm = make_llm(dataclasses.replace(config, backend="openai"), wrap=wrap)
    return llm, made[0]


def _resolve(waiting: Waiting, answer: Answer) -> None:
    for future in waiting.futures:
        if not future.done():
            future.set_result(answer)


async def batch_async(
    entries: Sequence[Loaded],
    config: BackendConfig,
    *,
    cache: ResultCache,
    state: BatchState,
    poll_interval: float = 30.0,
    reask: ReaskMode = "live",
    on_result: ProgressFn | None = None,
    say: Say | None = None,
) -> BatchOutcome:
    """Extract every article not yet in ``cache`` through the server's Batch API, round by round.

    Each round is one batch; the run polls it every ``poll_interval`` seconds and goes on
    with its answers. ``reask``: an answer that breaks the schema is re-asked live (default)
    or in the next round. A killed run, started again with the same ``state``, resumes.
    """
    run = _Run(entries, config, cache, state, reask, on_result)
    server = BatchServer(run.llm.client.client, run.server, poll_interval=poll_interval, say=say or _silent)
    return await run.drive(_Online(run, server))


def _silent(_line: str) -> None:
    pass


class _Online:
    """A settled round goes to the server as one batch; its answers release the waiting calls."""

    def __init__(self, run: _Run, server: BatchServer) -> None:
        self.run = run
        self.server = server
        self.waiting: dict[str, Waiting] = {}

    async def __call__(self, waiting: dict[str, Waiting]) -> bool:
        self.waiting.update(waiting)
        state = self.run.state
        # A killed run's batches that hold some of these questions: wait for them, do not ask again.
        rounds = [r for r in state.in_flight(self.run.server) if r.covers(set(waiting))]
        covered = {k for r in rounds for k in r.keys}
        new = [k for k in waiting if k not in covered]
        if new:
            rounds.append(await self.server.submit(state, new, requests_jsonl(waiting[k].body for k in new)))
        self.run.outcome.rounds.extend(r.number for r in rounds)
        await asyncio.gather(*(self._finish(r) for r in rounds))
        return True

    async def _finish(self, round_: Round) -> None:
        state = self.run.state
        for key, answer in (await self.server.finish(state, round_)).items():
            state.put(key, answer)
        round_.collected = True
        state.save()
        for key in round_.keys:
            waiting = self.waiting.pop(key, None)
            if waiting is not None:
                answer = state.take(key) or no_answer(f"batch {round_.batch_id} ({round_.status}) gave no answer")
                _resolve(waiting, answer)


async def prepare_async(
    entries: Sequence[Loaded],
    config: BackendConfig,
    *,
    cache: ResultCache,
    state: BatchState,
    output: Path,
    on_result: ProgressFn | None = None,
) -> BatchOutcome:
    """Write the next round's requests to ``output`` (for ``vllm run-batch`` or any batch runner).

    Articles whose answers are all known (``collect_async`` read them) are finished and
    cached first; the file holds the questions of those that still need one. When every
    article is done, no file is written and ``outcome.written`` is 0.
    """
    run = _Run(entries, config, cache, state, "round", on_result)

    async def write(waiting: dict[str, Waiting]) -> bool:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(requests_jsonl(w.body for w in waiting.values()), encoding="utf-8")
        number = state.next_number()
        state.add(Round(number, "file", len(waiting), file=str(output.resolve()), status="written"))
        run.outcome.rounds.append(number)
        run.outcome.written = len(waiting)
        return False

    return await run.drive(write)


async def collect_async(
    entries: Sequence[Loaded],
    config: BackendConfig,
    *,
    cache: ResultCache,
    state: BatchState,
    results: Path,
    on_result: ProgressFn | None = None,
) -> BatchOutcome:
    """Read a batch results file (OpenAI's or ``vllm run-batch``'s output) into the state, and
    cache every article whose answers are now all known. The others need another round:
    ``prepare_async`` writes it."""
    try:
        text = results.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read the results file {results}: {e.strerror or e}") from None
    answers = read_results(text, str(results))
    for key, answer in answers.items():
        state.put(key, answer)
    run = _Run(entries, config, cache, state, "round", on_result)

    async def stop(_waiting: dict[str, Waiting]) -> bool:
        return False

    outcome = await run.drive(stop)
    outcome.results = len(answers)
    outcome.results_used = len(run.transport.asked & set(answers))
    return outcome


__all__ = ["BatchOutcome", "batch_async", "collect_async", "prepare_async"]
