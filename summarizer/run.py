"""Run extraction over many articles: concurrent, in input order, one failure never sinks the rest.

The path of an article, in the order the code takes it:

1. **ingest**: :func:`load_inputs` reads every input into an ``Article`` (or the error it
   met) and :func:`fill_published` dates the undated ones;
2. **cache, then extraction**: ``_Extractor.one`` serves the article from the result
   cache (re-judged by today's rules, :func:`rejudge`) or asks the model through
   ``extraction.summary.extract_summary``, which reads the article once
   (``language.reading``) and checks each field of the answer;
3. **merge**: :func:`brief_of` groups the summaries into summits and merges them
   (``merge.events.merge_summaries``); ``rendering`` prints the brief.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import functools
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple, ParamSpec, TypeVar

from pydantic import BaseModel, Field

from summarizer.cache import ResultCache
from summarizer.core.article import Article, Failure
from summarizer.core.brief import Brief
from summarizer.core.errors import ArticleError, ModelError, SummarizerError
from summarizer.core.schema import ALL_RULES, ArticleSummary, Rule, Usage
from summarizer.extraction.summary import build_summary, extract_summary
from summarizer.ingest.load import iter_articles
from summarizer.ingest.text import DEFAULT_MAX_BYTES
from summarizer.language.sentences import chunk_sentences, split_sentences
from summarizer.merge.events import merge_summaries
from summarizer.providers import LLM, BackendConfig, make_llm
from summarizer.providers.local import default_workers
from summarizer.providers.pricing import cost_usd, load_prices

ArticleInput = Article | str | Path

P = ParamSpec("P")
R = TypeVar("R")

#: Default articles in flight per backend: a server benefits from several at once; the
#: embedded model takes one per llama.cpp context (``local.default_workers``), 1 only
#: where its transport was replaced.
DEFAULT_CONCURRENCY = {"local": 1, "openai": 8, "replay": 8}

#: ``cache="default"``: a ``ResultCache`` in ``default_cache_dir()`` for these backends.
#: Replay answers cost nothing and tests run on it, so it caches only when given a cache
#: explicitly: a test never reads or writes the user's cache folder by accident.
CACHED_BACKENDS = frozenset({"openai", "local"})

CacheChoice = ResultCache | Literal["default"] | None


class ExtractionRun(BaseModel):
    """The outcome of extracting many articles. ``summaries`` keep the input order."""

    summaries: list[ArticleSummary] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)


ProgressFn = Callable[[str, ArticleSummary | Failure], None]


class _RunOptions(NamedTuple):
    """The options of a run that reach the extraction loop."""

    concurrency: int | None
    on_result: ProgressFn | None
    cache: CacheChoice


Loaded = tuple[str, Article | ArticleError]


class LoadedInputs(list[Loaded]):
    """What :func:`load_inputs` read: (label, article or error) per input, in order.

    :func:`extract_async` takes it as it is, so a caller can look at the articles first
    (count them for a progress bar, fill in a publication date) without reading twice.
    """


def input_failure(label: str, error: ArticleError) -> Failure:
    """The failure of an input that could not be read, named once: by ``label``, not again in ``error``."""
    return Failure(article_id=label, error=getattr(error, "reason", None) or str(error), kind="input")


def load_inputs(
    inputs: Sequence[ArticleInput], published: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> LoadedInputs:
    """Expand every input (file, folder, JSONL, URL, ``-``, ``Article``) into (label, article or error), in order.

    The label names the input as the user gave it (an ``Article``'s id for articles).
    ``published`` dates the articles that carry no date of their own (:func:`fill_published`).
    """
    entries = LoadedInputs()
    pending: list[str | Path] = []

    def flush() -> None:
        # Consecutive paths go to iter_articles together so that it can keep ids unique
        # across them (two a.txt from different folders).
        for entry in iter_articles(pending, max_bytes=max_bytes):
            label = entry.id if isinstance(entry, Article) else str(getattr(entry, "source", "input"))
            entries.append((label, entry))
        pending.clear()

    for item in inputs:
        if isinstance(item, Article):
            flush()
            entries.append((item.id, item))
        else:
            pending.append(item)
    flush()
    fill_published(entries, published)
    return entries


def fill_published(entries: Sequence[Loaded], published: str | None) -> list[Article]:
    """Give ``published`` to every article that carries no date of its own; return the articles it dated.

    The one path for a caller's publication date (the CLI's ``--published``, the API's
    ``published=``): an article's own date (its metadata or date line) always wins.
    """
    if published is None:
        return []
    filled = [a for _, a in entries if isinstance(a, Article) and a.meta.published is None]
    for article in filled:
        article.meta.published = published
    return filled


class _Extractor:
    """One run's model, cache and concurrency limit: extracts articles, each once."""

    def __init__(self, llm: LLM, store: ResultCache | None, concurrency: int | None) -> None:
        self.llm = llm
        self.store = store
        self.limit = asyncio.Semaphore(concurrency or _default_concurrency(llm))
        # Keys being extracted right now: a second copy of the same article (a wire story
        # in several outlets) waits for the first instead of paying for it twice.
        self.in_flight: dict[str, asyncio.Event] = {}

    async def one(self, article: Article) -> ArticleSummary | Failure:
        if self.store is None:
            return await self._ask(article)
        key = self.store.key(article, self.llm)
        while (busy := self.in_flight.get(key)) is not None:
            await busy.wait()
        # Looked up outside the semaphore: a hit needs no model slot, so cached
        # articles never queue behind slow model calls.
        cached = self.store.get(key)
        if cached is not None:
            # The cache keeps what the model answered; the checks run anew on it, so a rule
            # fixed since (or this article's current publication date) reaches it too.
            return rejudge(article, self.store.as_served(article, cached), ALL_RULES)
        self.in_flight[key] = asyncio.Event()
        try:
            result = await self._ask(article)
            if isinstance(result, ArticleSummary):
                # Stored at once, not at the end of the run: a run killed halfway keeps
                # every article it finished.
                self.store.put(key, result)
            return result
        finally:
            # Whatever happened, let the copies go on: they find the result in the
            # cache, or (after a failure) try for themselves.
            self.in_flight.pop(key).set()

    async def _ask(self, article: Article) -> ArticleSummary | Failure:
        async with self.limit:
            try:
                return await extract_summary(article, self.llm)
            except SummarizerError as e:
                return Failure(article_id=article.id, error=str(e), kind="model")


async def _extract_loaded(
    entries: Sequence[Loaded], config: BackendConfig | None, llm: LLM | None, opts: _RunOptions
) -> ExtractionRun:
    """The one run path: the CLI, ``extract``, ``brief`` and ``summarize_article`` all come here."""
    concurrency, on_result, cache = opts
    results: list[ArticleSummary | Failure | None] = [None] * len(entries)
    for i, (label, entry) in enumerate(entries):
        if not isinstance(entry, Article):
            results[i] = input_failure(label, entry)
            if on_result:
                on_result(label, results[i])  # type: ignore[arg-type]
    todo = [(i, entry) for i, (_, entry) in enumerate(entries) if isinstance(entry, Article)]
    if todo:
        model = llm or make_llm(_with_local_workers(config, concurrency, len(todo)))
        store = _open_cache(cache, model.backend)
        extractor = _Extractor(model, store, concurrency)

        async def one(i: int, article: Article) -> None:
            results[i] = await extractor.one(article)
            if on_result:
                on_result(article.id, results[i])  # type: ignore[arg-type]

        try:
            await asyncio.gather(*(one(i, a) for i, a in todo))
        finally:
            if llm is None:
                await model.aclose()
            if store is not None and store is not cache:
                store.close()
    return _collect(results)


def _default_concurrency(llm: LLM) -> int:
    """The embedded model takes as many articles at once as it has contexts; others, the backend's default."""
    workers = getattr(llm.backend_transport(), "workers", None) if isinstance(llm, LLM) else None
    return workers or DEFAULT_CONCURRENCY.get(llm.backend, 4)


def _with_local_workers(config: BackendConfig | None, concurrency: int | None, articles: int) -> BackendConfig:
    """The embedded model's contexts for this run: ``concurrency`` (``--concurrency``) or the
    default pool, never more than there are articles: a lone article gets every core."""
    config = config or BackendConfig()
    if config.local_workers is not None:
        return config
    return dataclasses.replace(config, local_workers=max(1, min(concurrency or default_workers(), articles)))


def _collect(results: Sequence[ArticleSummary | Failure | None]) -> ExtractionRun:
    run = ExtractionRun()
    for result in results:
        if isinstance(result, ArticleSummary):
            run.summaries.append(result)
            run.usage = run.usage.add(result.usage)
        elif isinstance(result, Failure):
            run.failures.append(result)
    return run


async def extract_async(
    inputs: Sequence[ArticleInput] | LoadedInputs,
    *,
    config: BackendConfig | None = None,
    llm: LLM | None = None,
    concurrency: int | None = None,
    published: str | None = None,
    on_result: ProgressFn | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: CacheChoice = "default",
) -> ExtractionRun:
    """Extract a summary for each input: files, folders, JSONL files, URLs, ``-`` or ``Article`` objects
    (or what :func:`load_inputs` returned, taken as it is).

    Folders and JSONL files expand to one article each, in order. Articles that cannot
    be read or extracted end up in ``failures`` with the reason; the others are unaffected.

    At most ``concurrency`` articles are with the model at once (default per backend:
    ``DEFAULT_CONCURRENCY``); results keep the input order whatever order they finish in.
    ``cache``: a ``ResultCache``, ``None`` for no cache, or ``"default"`` for the cache in
    ``default_cache_dir()`` on the openai and local backends and none on replay. Each
    article is stored as soon as it is done, so a killed run resumes where it stopped.

    >>> from summarizer import extract, BackendConfig
    >>> run = extract(["examples/articles/001_82bccb309aa3b23e.txt"],
    ...               config=BackendConfig(backend="replay", recordings="tests/recordings"))  # doctest: +SKIP
    >>> run.summaries[0].location.value  # doctest: +SKIP
    "Russia's Vostochny Space Centre"
    """
    entries = inputs if isinstance(inputs, LoadedInputs) else load_inputs(inputs, published, max_bytes)
    return await _extract_loaded(entries, config, llm, _RunOptions(concurrency, on_result, cache))


def _open_cache(cache: CacheChoice, backend: str) -> ResultCache | None:
    if cache == "default":
        return ResultCache() if backend in CACHED_BACKENDS else None
    return cache


async def summarize_article_async(
    article: ArticleInput, *, config: BackendConfig | None = None, cache: CacheChoice = "default"
) -> ArticleSummary:
    """Extract one article (through the cache, as ``extract`` does); raises ``SummarizerError`` if it fails."""
    entries = load_inputs([article], None)
    if len(entries) != 1:
        raise ArticleError(f"{article}: holds {len(entries)} articles; use extract() for folders and JSONL files.")
    label, entry = entries[0]
    if isinstance(entry, ArticleError):
        raise entry
    run = await extract_async(entries, config=config, cache=cache)
    if run.failures:
        raise ModelError(f"{label}: {run.failures[0].error}")
    return run.summaries[0]


async def brief_async(
    inputs: Sequence[ArticleInput],
    *,
    config: BackendConfig | None = None,
    concurrency: int | None = None,
    published: str | None = None,
    on_result: ProgressFn | None = None,
    cache: CacheChoice = "default",
) -> Brief:
    """Extract every input (paths or ``Article`` objects) and merge the summaries.

    Articles that fail are listed in ``Brief.failures``; the others are briefed as usual.
    Arguments are those of :func:`summarizer.run.extract_async`.
    """
    run = await extract_async(
        inputs, config=config, concurrency=concurrency, published=published, on_result=on_result, cache=cache
    )
    return brief_of(run)


#: Per chunk, from the seeds and the development set on the embedded model: the three
#: questions re-send the conversation, so the prompt tokens billed are about three times the
#: article's plus the instructions and earlier answers; the answers are a few hundred tokens.
_PROMPT_OVERHEAD_TOKENS = 700
_ANSWER_TOKENS = 400
_CHARS_PER_TOKEN = 4


class RunEstimate(NamedTuple):
    """What a run would do, before it does it (``--dry-run``)."""

    articles: int
    unreadable: int
    chunks: int
    cached: int
    prompt_tokens: int
    completion_tokens: int
    model: str
    backend: str
    usd: float | None


def estimate_run(entries: Sequence[Loaded], config: BackendConfig | None, cache: CacheChoice) -> RunEstimate:
    """Articles, chunks, an estimate of the tokens, how many the cache already holds, and the
    price where the model has one; no model call (the embedded model's file may be assembled)."""
    llm = make_llm(config)
    store = _open_cache(cache, llm.backend)
    articles = [a for _, a in entries if isinstance(a, Article)]
    try:
        todo = [a for a in articles if store is None or store.get(store.key(a, llm)) is None]
    finally:
        if store is not None and store is not cache:
            store.close()
    chunks = [chunk_sentences(split_sentences(a.text), llm.config.max_article_chars) for a in todo]
    prompt = sum(
        3 * (sum(len(s.text) for s in chunk) // _CHARS_PER_TOKEN + _PROMPT_OVERHEAD_TOKENS)
        for article_chunks in chunks
        for chunk in article_chunks
    )
    completion = sum(len(c) for c in chunks) * _ANSWER_TOKENS
    return RunEstimate(
        articles=len(articles),
        unreadable=len(entries) - len(articles),
        chunks=sum(len(c) for c in chunks),
        cached=len(articles) - len(todo),
        prompt_tokens=prompt,
        completion_tokens=completion,
        model=llm.model,
        backend=llm.backend,
        usd=cost_usd(llm.model, llm.backend, prompt, completion, load_prices()),
    )


def rejudge(article: Article, summary: ArticleSummary, rules: frozenset[Rule]) -> ArticleSummary:
    """``summary`` rebuilt from the model's answer it keeps, with only ``rules`` in force (no model call)."""
    if summary.model_answer is None:
        return summary
    return build_summary(
        article, summary.model_answer, model=summary.model, backend=summary.backend, usage=summary.usage, rules=rules
    )


def brief_of(run: ExtractionRun) -> Brief:
    """The brief of an extraction run: its summaries merged, its failures listed."""
    return merge_summaries(run.summaries, run.failures)


def _sync_twin(fn: Callable[P, Coroutine[Any, Any, R]], name: str) -> Callable[P, R]:
    """``fn`` run to completion in a fresh event loop: the synchronous twin of an async entry point.

    Called where an event loop already runs in this thread (a Jupyter cell, an async web
    handler), ``asyncio.run`` would raise; the coroutine then runs in its own loop on a
    worker thread, and the caller waits for it as for any synchronous call.
    """

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(fn(*args, **kwargs))
        with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer") as pool:
            return pool.submit(lambda: asyncio.run(fn(*args, **kwargs))).result()

    run.__name__ = run.__qualname__ = name
    run.__doc__ = f"Synchronous twin of :func:`{fn.__name__}` (same arguments).\n\n{fn.__doc__ or ''}"
    return run


extract = _sync_twin(extract_async, "extract")
summarize_article = _sync_twin(summarize_article_async, "summarize_article")
brief = _sync_twin(brief_async, "brief")


__all__ = [
    "CACHED_BACKENDS",
    "DEFAULT_CONCURRENCY",
    "ArticleInput",
    "CacheChoice",
    "ExtractionRun",
    "Loaded",
    "LoadedInputs",
    "ProgressFn",
    "RunEstimate",
    "brief",
    "brief_async",
    "brief_of",
    "estimate_run",
    "extract",
    "extract_async",
    "input_failure",
    "load_inputs",
    "rejudge",
    "summarize_article",
    "summarize_article_async",
]
