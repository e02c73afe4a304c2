"""providers/retry.py: retrying the model server: how long to wait, and waiting without stalling the other calls."""

from __future__ import annotations

import asyncio

import httpx
import openai
import pytest
from test_pipeline import DEADLOCK_GUARD
from test_providers import HANDMADE_ARTICLE, _error, llm_with

from summarizer.core.errors import ModelError
from summarizer.extraction.summary import extract_summary
from summarizer.providers.retry import _Wait, call_with_retries, retry_after_seconds


def test_retry_after_header_is_honoured():
    req = httpx.Request("POST", "http://x/v1/chat/completions")
    exc = openai.RateLimitError(
        "slow", response=httpx.Response(429, headers={"retry-after": "7"}, request=req), body=None
    )
    assert retry_after_seconds(exc) == 7.0

    class State:
        attempt_number = 1

        class outcome:
            @staticmethod
            def exception():
                return exc

    assert _Wait(0.01, 1.0)(State()) == 7.0


async def test_retry_after_beyond_the_cap_is_reported_not_waited_out(monkeypatch: pytest.MonkeyPatch) -> None:
    # A small cap keeps the test fast whichever way the code behaves.
    monkeypatch.setattr("summarizer.providers.retry.MAX_RETRY_AFTER", 0.01)
    llm, t = llm_with([_error(429, "daily quota exhausted", {"retry-after": "3600"})])
    with pytest.raises(ModelError, match=r"429.*(3600|1 h)"):
        await extract_summary(HANDMADE_ARTICLE, llm)
    assert len(t.requests) == 1


async def test_retry_after_wait_is_an_async_sleep_of_that_call_only() -> None:
    """``call_with_retries`` waits out a 429's Retry-After without blocking the event loop."""
    log: list[str] = []
    refused = asyncio.Event()
    calls = 0

    async def rate_limited_once() -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            refused.set()
            request = httpx.Request("POST", "http://model.invalid/v1/chat/completions")
            response = httpx.Response(429, headers={"retry-after": "1"}, request=request)
            raise openai.RateLimitError("slow down", response=response, body=None)
        log.append("retried")
        return "ok"

    async def other_request(name: str) -> None:
        await asyncio.wait_for(refused.wait(), DEADLOCK_GUARD)
        await asyncio.sleep(0)
        log.append(name)

    result, *_ = await asyncio.gather(
        call_with_retries(rate_limited_once, attempts=3, initial_wait=0.01),
        other_request("b"),
        other_request("c"),
    )
    assert result == "ok" and calls == 2
    assert log == ["b", "c", "retried"]  # the others ran while the refused call waited
