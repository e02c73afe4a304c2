"""Extraction over many articles: bounded concurrency, input order, retries that stall no one, usage and cost.

These tests are about plumbing (which requests are made, when, in what order), not about
what the model says, so the fake model below answers every request with the smallest
valid answer, "no summit here", wrapped in a normal chat-completion envelope. That keeps
them independent of the recordings and of how many focused calls an article takes.
Ordering is forced with events, never with sleeps of different lengths, and nothing
asserts on elapsed time.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from collections.abc import Awaitable, Callable

import httpx
import pytest
from conftest import ARTICLES, SEED_IDS

from summarizer.core.article import Article
from summarizer.providers import LLM, BackendConfig, make_llm
from summarizer.run import DEFAULT_CONCURRENCY, extract_async

#: Generous bound for an event that must come; it only turns a bug into a failure instead of a hang.
DEADLOCK_GUARD = 30.0

NO_SUMMIT = {"summit_found": False, "participants": [], "location": None, "date": None, "agenda_items": []}
PROMPT_TOKENS, COMPLETION_TOKENS = 1000, 40
_MARK = re.compile(r"\[article (\d+)\]")


def make_articles(n: int) -> list[Article]:
    """``n`` distinct articles: the seed texts in turn, each under a unique mark the fake model reads."""
    seeds = [(ARTICLES / name).read_text(encoding="utf-8") for name in SEED_IDS]
    return [Article(id=f"a{i:02d}.txt", text=f"[article {i:02d}]\n{seeds[i % len(seeds)]}") for i in range(n)]


def answer(content: dict[str, object] = NO_SUMMIT) -> httpx.Response:
    """A chat completion in the OpenAI wire format carrying ``content`` as the message."""
    return httpx.Response(
        200,
        json={
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 0,
            "model": "fake",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": json.dumps(content)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": PROMPT_TOKENS,
                "completion_tokens": COMPLETION_TOKENS,
                "total_tokens": PROMPT_TOKENS + COMPLETION_TOKENS,
            },
        },
    )


Responder = Callable[[str, int], Awaitable[httpx.Response]]


async def _immediately(_article: str, _nth: int) -> httpx.Response:
    return answer()


class FakeModel(httpx.AsyncBaseTransport):
    """An OpenAI-compatible model in-process: logs every request by article and asks ``respond``.

    ``respond(article_index, nth_request_for_that_article)`` returns the response.
    """

    def __init__(self, respond: Responder = _immediately):
        self.respond = respond
        self.requests: list[str] = []  # article index per request, in arrival order
        self.log: list[tuple[str, str]] = []  # ("request" | "done", article index), shared with on_result
        self.in_flight = 0
        self.max_in_flight = 0
        self.headers: list[httpx.Headers] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        # Every user turn: the article may come after worked examples or before a follow-up question.
        user = "\n".join(str(m.get("content") or "") for m in body["messages"] if m["role"] == "user")
        article = _MARK.search(user).group(1)  # type: ignore[union-attr]
        self.requests.append(article)
        self.headers.append(request.headers)
        self.log.append(("request", article))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return await self.respond(article, self.requests.count(article))
        finally:
            self.in_flight -= 1

    def on_result(self, article_id: str, _result: object) -> None:
        self.log.append(("done", article_id.removeprefix("a").removesuffix(".txt")))


def fake_llm(transport: FakeModel, **cfg: object) -> LLM:
    """An openai-backend ``LLM`` whose HTTP requests go to ``transport``."""
    config = BackendConfig(backend="openai", api_key="sk-test", attempts=3, retry_wait=0.01, reasks=0, **cfg)  # type: ignore[arg-type]
    return make_llm(config, transport=transport)


async def test_results_keep_input_order_when_answers_arrive_in_reverse() -> None:
    n = 5
    finished = {f"{i:02d}": asyncio.Event() for i in range(n)}

    async def respond(article: str, nth: int) -> httpx.Response:
        # Article i is answered only once article i+1 is completely done: completion
        # order is forced to be the reverse of the input order.
        nxt = f"{int(article) + 1:02d}"
        if nth == 1 and nxt in finished:
            await asyncio.wait_for(finished[nxt].wait(), DEADLOCK_GUARD)
        return answer()

    model = FakeModel(respond)

    def on_result(article_id: str, result: object) -> None:
        model.on_result(article_id, result)
        finished[article_id[1:3]].set()

    articles = make_articles(n)
    run = await extract_async(articles, llm=fake_llm(model), concurrency=n, cache=None, on_result=on_result)

    done = [a for kind, a in model.log if kind == "done"]
    assert done == [f"{i:02d}" for i in reversed(range(n))]  # they really finished back to front
    assert [s.article_id for s in run.summaries] == [a.id for a in articles]  # yet come out in input order
    assert not run.failures


async def test_a_429_with_retry_after_does_not_stall_the_others() -> None:
    n = 4
    first_refused = asyncio.Event()

    async def respond(article: str, nth: int) -> httpx.Response:
        if article == "00" and nth == 1:
            first_refused.set()
            return httpx.Response(429, headers={"retry-after": "1"}, json={"error": {"message": "slow down"}})
        if article != "00":
            # The others are answered only after article 00 was told to wait, so they are
            # in flight during its Retry-After pause.
            await asyncio.wait_for(first_refused.wait(), DEADLOCK_GUARD)
        return answer()

    model = FakeModel(respond)
    run = await extract_async(
        make_articles(n), llm=fake_llm(model), concurrency=n, cache=None, on_result=model.on_result
    )

    assert not run.failures
    assert Counter(model.requests)["00"] == 2  # refused once, then retried
    retry_at = [i for i, event in enumerate(model.log) if event == ("request", "00")][1]
    others_done = [i for i, (kind, a) in enumerate(model.log) if kind == "done" and a != "00"]
    # Every other article finished while article 00 was waiting out its Retry-After:
    # the wait is an async sleep of that one request, not a pause of the whole run.
    assert len(others_done) == n - 1 and max(others_done) < retry_at
    assert model.log[-1] == ("done", "00")


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_concurrency_is_bounded(concurrency: int) -> None:
    async def respond(_article: str, _nth: int) -> httpx.Response:
        await asyncio.sleep(0.01)  # stay in flight long enough for others to pile up
        return answer()

    model = FakeModel(respond)
    run = await extract_async(make_articles(7), llm=fake_llm(model), concurrency=concurrency, cache=None)
    assert len(run.summaries) == 7
    assert model.max_in_flight == concurrency


async def test_default_concurrency_is_the_backends() -> None:
    async def respond(_article: str, _nth: int) -> httpx.Response:
        await asyncio.sleep(0.01)
        return answer()

    model = FakeModel(respond)
    llm = fake_llm(model)
    await extract_async(make_articles(DEFAULT_CONCURRENCY["openai"] + 3), llm=llm, cache=None)
    assert llm.backend == "openai" and model.max_in_flight == DEFAULT_CONCURRENCY["openai"] == 8
    assert DEFAULT_CONCURRENCY["local"] == 1  # llama.cpp in-process serves one request at a time


async def test_one_failing_article_leaves_the_others() -> None:
    async def respond(article: str, _nth: int) -> httpx.Response:
        if article == "01":
            return httpx.Response(400, json={"error": {"message": "bad request"}})
        return answer()

    model = FakeModel(respond)
    run = await extract_async(make_articles(3), llm=fake_llm(model), concurrency=2, cache=None)
    assert [s.article_id for s in run.summaries] == ["a00.txt", "a02.txt"]
    assert [(f.article_id, f.kind) for f in run.failures] == [("a01.txt", "model")]
    assert run.usage.calls == 2 and run.usage.prompt_tokens == 2 * PROMPT_TOKENS


async def test_run_usage_sums_real_calls_only() -> None:
    model = FakeModel()
    run = await extract_async(make_articles(3), llm=fake_llm(model), cache=None)
    assert run.usage.calls == len(model.requests) == sum(s.usage.calls for s in run.summaries)
    assert run.usage.prompt_tokens == PROMPT_TOKENS * len(model.requests)


def test_summarize_article_goes_through_the_cache_like_extract(tmp_path):
    """One run path: a single article is cached (and served from the cache) as in a batch."""
    from conftest import ARTICLES, RECORDINGS, SEED_IDS

    from summarizer import BackendConfig, ResultCache, summarize_article

    config = BackendConfig(backend="replay", recordings=RECORDINGS)
    with ResultCache(tmp_path / "c") as cache:
        first = summarize_article(ARTICLES / SEED_IDS[1], config=config, cache=cache)
        assert len(cache) == 1 and not first.usage.cached
        again = summarize_article(ARTICLES / SEED_IDS[1], config=config, cache=cache)
    assert again.usage.cached and again.participants == first.participants
