"""Retries for transient model-server failures, in one place.

Validation failures (the model's JSON does not fit the schema) are re-asked by
instructor. Everything transport-level is retried here, with tenacity: 429, 5xx,
timeouts and connection errors, with exponential backoff and jitter, and never sooner
than the server's ``Retry-After``. Other errors (400, 401, 404...) are not retried:
trying again cannot fix them.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_exponential_jitter

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Longest wait we accept from a ``Retry-After`` header; past this the error is reported.
MAX_RETRY_AFTER = 120.0


def api_error(exc: BaseException | None) -> BaseException | None:
    """The ``openai`` error behind ``exc``, if any.

    instructor wraps every failure of a call, API errors included, in its own
    ``InstructorRetryException``; the server's error is its ``__cause__``.
    """
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, openai.APIError):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def is_transient(exc: BaseException) -> bool:
    """True for failures that may go away on their own."""
    exc = api_error(exc) or exc
    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    return False


def retry_after_seconds(exc: BaseException | None) -> float | None:
    """The server's ``Retry-After`` (seconds or an HTTP date), if it sent one."""
    exc = api_error(exc)
    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
    raw = headers.get("retry-after-ms")
    if raw:
        try:
            return float(raw) / 1000
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(raw)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


class _Wait:
    def __init__(self, initial: float, maximum: float):
        self._backoff = wait_exponential_jitter(multiplier=initial, max=maximum, jitter=initial)

    def __call__(self, state: RetryCallState) -> float:
        backoff = self._backoff(state)
        exc = state.outcome.exception() if state.outcome else None
        server = retry_after_seconds(exc)
        if server is not None:
            return min(max(server, 0.0), MAX_RETRY_AFTER)
        return backoff


async def call_with_retries(
    fn: Callable[[], Awaitable[T]],
    *,
    attempts: int = 5,
    initial_wait: float = 1.0,
    max_wait: float = 30.0,
) -> T:
    """Await ``fn()``, retrying transient failures up to ``attempts`` tries in all."""

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        log.warning("model call failed (%s); retry %d in %.1fs", _describe(exc), state.attempt_number, wait)

    retrying = AsyncRetrying(
        stop=stop_after_attempt(max(1, attempts)),
        wait=_Wait(initial_wait, max_wait),
        # A server asking for a longer wait than we accept is reported at once, not polled.
        retry=retry_if_exception(lambda e: is_transient(e) and (retry_after_seconds(e) or 0.0) <= MAX_RETRY_AFTER),
        before_sleep=before_sleep,
        reraise=True,
    )
    async for attempt in retrying:
        with attempt:
            return await fn()
    raise AssertionError("unreachable")  # pragma: no cover


def _describe(exc: BaseException | None) -> str:
    exc = api_error(exc) or exc
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    return type(exc).__name__ if exc else "unknown"


__all__ = [
    "MAX_RETRY_AFTER",
    "api_error",
    "call_with_retries",
    "is_transient",
    "retry_after_seconds",
]
