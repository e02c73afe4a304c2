"""providers/retry.py: how long to wait before retrying the model server."""

from __future__ import annotations

import httpx
import openai
import pytest
from test_providers import HANDMADE_ARTICLE, _error, llm_with

from summarizer.core.errors import ModelError
from summarizer.extraction.summary import extract_summary
from summarizer.providers.retry import _Wait, retry_after_seconds


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
