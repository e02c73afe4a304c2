"""Run extraction over many articles: concurrent, in input order, one failure never sinks the rest."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from summarizer.cache import ResultCache
from summarizer.core.article import Article, Failure
from summarizer.core.brief import Brief
from summarizer.core.errors import ArticleError, SummarizerError
from summarizer.core.schema import ArticleSummary, Usage
from summarizer.extraction.summary import extract_summary
from summarizer.ingest.load import DEFAULT_MAX_BYTES, iter_articles
from summarizer.merge.events import merge_summaries
from summarizer.providers import LLM, BackendConfig, make_llm

ArticleInput = Article | str | Path

#: Default parallel requests per backend: llama.cpp in-process serves one at a time,
#: a server benefits from several in flight.
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


def input_failure(label: str, error: ArticleError) -> Failure:
    """The failure of an input that could not be read, named once: by ``label``, not again in ``error``."""
    return Failure(article_id=label, error=getattr(error, "reason", None) or str(error), kind="input")


def _load_all(
    inputs: Sequence[ArticleInput], published: str | None, max_bytes: int
) -> list[tuple[str, Article | ArticleError]]:
    """Expand every input (file, folder, JSONL, URL, ``-``) into (label, article or error), in order."""
    entries: list[tuple[str, Article | ArticleError]] = []
    pending: list[str | Path] = []

    def flush() -> None:
        # Consecutive paths go to iter_articles together so that it can keep ids unique
        # across them (two a.txt from different folders).
        for entry in iter_articles(pending, published=published, max_bytes=max_bytes):
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
    return entries


#: Public name: the CLI expands inputs first to size its progress bar.
load_inputs = _load_all


def _load(item: ArticleInput, published: str | None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Exactly one article from ``item``; raises ``ArticleError`` otherwise."""
    entries = _load_all([item], published, max_bytes)
    if len(entries) != 1:
        raise ArticleError(f"{item}: holds {len(entries)} articles; use extract() for folders and JSONL files.")
    entry = entries[0][1]
    if isinstance(entry, ArticleError):
        raise entry
    return entry


async def extract_async(
    inputs: Sequence[ArticleInput],
    *,
    config: BackendConfig | None = None,
    llm: LLM | None = None,
    concurrency: int | None = None,
    published: str | None = None,
    on_result: ProgressFn | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: CacheChoice = "default",
) -> ExtractionRun:
    """Extract a summary for each input: files, folders, JSONL files, URLs, ``-`` or ``Article`` objects.

    Folders and JSONL files expand to one article each, in order. Articles that cannot
    be read or extracted end up in ``failures`` with the reason; the others are unaffected.

    At most ``concurrency`` articles are with the model at once (default per backend:
    ``DEFAULT_CONCURRENCY``); results keep the input order whatever order they finish in.
    ``cache``: a ``ResultCache``, ``None`` for no cache, or ``"default"`` for the cache in
    ``default_cache_dir()`` on the openai and local backends and none on replay. Each
    article is stored as soon as it is done, so a killed run resumes where it stopped.
    """
    own_llm = llm is None
    run = ExtractionRun()
    entries = _load_all(inputs, published, max_bytes)
    slots: list[ArticleSummary | Failure | None] = [None] * len(entries)
    articles: list[tuple[int, Article]] = []
    for i, (label, entry) in enumerate(entries):
        if isinstance(entry, Article):
            articles.append((i, entry))
            continue
        failure = input_failure(label, entry)
        slots[i] = failure
        if on_result:
            on_result(label, failure)
    if articles:
        llm = llm or make_llm(config)
        limit = asyncio.Semaphore(concurrency or DEFAULT_CONCURRENCY.get(llm.backend, 4))
        store = _open_cache(cache, llm.backend)
        # Keys being extracted right now: a second copy of the same article (a wire story
        # in several outlets) waits for the first instead of paying for it twice.
        in_flight: dict[str, asyncio.Event] = {}

        async def one(i: int, article: Article) -> None:
            result: ArticleSummary | Failure | None = None
            key: str | None = None
            owner = False
            if store is not None:
                key = store.key(article, llm)  # type: ignore[arg-type]
                while (busy := in_flight.get(key)) is not None:
                    await busy.wait()
                # Looked up outside the semaphore: a hit needs no model slot, so cached
                # articles never queue behind slow model calls.
                cached = store.get(key)
                if cached is not None:
                    result = store.hit(article, cached)
                else:
                    in_flight[key] = asyncio.Event()
                    owner = True
            try:
                if result is None:
                    async with limit:
                        try:
                            result = await extract_summary(article, llm)  # type: ignore[arg-type]
                        except SummarizerError as e:
                            result = Failure(article_id=article.id, error=str(e), kind="model")
                        if store is not None and key is not None and isinstance(result, ArticleSummary):
                            # Stored at once, not at the end of the run: a run killed
                            # halfway keeps every article it finished.
                            store.put(key, result)
            finally:
                if owner and key is not None:
                    # Whatever happened, let the copies go on: they find the result in
                    # the cache, or (after a failure) try for themselves.
                    in_flight.pop(key).set()
            slots[i] = result
            if on_result:
                on_result(article.id, result)

        try:
            await asyncio.gather(*(one(i, a) for i, a in articles))
        finally:
            if own_llm:
                await llm.aclose()
            if store is not None and store is not cache:
                store.close()
    for slot in slots:
        if isinstance(slot, ArticleSummary):
            run.summaries.append(slot)
            run.usage = run.usage.add(slot.usage)
        elif isinstance(slot, Failure):
            run.failures.append(slot)
    return run


def _open_cache(cache: CacheChoice, backend: str) -> ResultCache | None:
    if cache == "default":
        return ResultCache() if backend in CACHED_BACKENDS else None
    return cache


def extract(
    inputs: Sequence[ArticleInput],
    *,
    config: BackendConfig | None = None,
    concurrency: int | None = None,
    published: str | None = None,
    on_result: ProgressFn | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: CacheChoice = "default",
) -> ExtractionRun:
    """Synchronous twin of :func:`extract_async`.

    >>> from summarizer import extract, BackendConfig
    >>> run = extract(["examples/articles/001_82bccb309aa3b23e.txt"],
    ...               config=BackendConfig(backend="replay", recordings="tests/recordings"))  # doctest: +SKIP
    >>> run.summaries[0].location.value  # doctest: +SKIP
    "Russia's Vostochny Space Centre"
    """
    return asyncio.run(
        extract_async(
            inputs,
            config=config,
            concurrency=concurrency,
            published=published,
            on_result=on_result,
            max_bytes=max_bytes,
            cache=cache,
        )
    )


async def summarize_article_async(article: ArticleInput, *, config: BackendConfig | None = None) -> ArticleSummary:
    """Extract one article; raises ``SummarizerError`` with the reason if it fails."""
    llm = make_llm(config)
    try:
        return await extract_summary(_load(article, None), llm)
    finally:
        await llm.aclose()


def summarize_article(article: ArticleInput, *, config: BackendConfig | None = None) -> ArticleSummary:
    """Synchronous twin of :func:`summarize_article_async`."""
    return asyncio.run(summarize_article_async(article, config=config))


async def brief_async(
    inputs: Sequence[ArticleInput],
    *,
    config: BackendConfig | None = None,
    concurrency: int | None = None,
    published: str | None = None,
    on_result: ProgressFn | None = None,
) -> Brief:
    """Extract every input (paths or ``Article`` objects) and merge the summaries.

    Articles that fail are listed in ``Brief.failures``; the others are briefed as usual.
    Arguments are those of :func:`summarizer.run.extract_async`.
    """
    run = await extract_async(inputs, config=config, concurrency=concurrency, published=published, on_result=on_result)
    return merge_summaries(run.summaries, run.failures)


def brief(
    inputs: Sequence[ArticleInput],
    *,
    config: BackendConfig | None = None,
    concurrency: int | None = None,
    published: str | None = None,
    on_result: ProgressFn | None = None,
) -> Brief:
    """Synchronous twin of :func:`brief_async`."""
    return asyncio.run(
        brief_async(inputs, config=config, concurrency=concurrency, published=published, on_result=on_result)
    )
