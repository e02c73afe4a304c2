"""The HTTP transport that turns live chat calls into batch requests.

The batch path runs the very extraction a live run does (``extract_summary`` through
``LLM.complete``, instructor and the ``openai`` client), under this transport. A chat
call is answered from the state's answers when one is there; otherwise it waits, and
the round driver (``summarizer.batch.rounds``) collects every waiting request into one
batch once no article can go on without an answer. So a round's requests are exactly
the bodies the live calls would send, and the answers are parsed, validated and re-asked
by the same code as a live answer.

A re-ask (instructor's follow-up after an answer that breaks the schema) is recognised
as a request that extends an answered one with the same schema; it goes to the server
live (``reask="live"``) or waits for the next round like any question.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from summarizer.batch.lines import Answer, answer_key
from summarizer.batch.state import BatchState

ReaskMode = Literal["live", "round"]


@dataclass
class Waiting:
    """A question no answer is known for yet, and the calls that wait for it."""

    key: str
    body: dict[str, Any]
    futures: list[asyncio.Future[Answer]] = field(default_factory=list)


class DeferringTransport(httpx.AsyncBaseTransport):
    """Chat completions wait for a batch (or come from the state); everything else goes to ``inner``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        state: BatchState,
        *,
        reask: ReaskMode = "live",
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        self.inner = inner  # named so that LLM.answer_settings looks through it
        self.state = state
        self.reask = reask
        self.on_wait = on_wait
        self.waiting: dict[str, Waiting] = {}
        #: Calls blocked here now (several may wait on one question).
        self.blocked = 0
        self.live_calls = 0
        #: Keys of every request asked in this run: a round's requests that it never asked
        #: (another run's, or the articles differ) are not waited for.
        self.asked: set[str] = set()
        self._answered: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST" or not request.url.path.endswith("/chat/completions"):
            return await self.inner.handle_async_request(request)
        body = json.loads(await request.aread())
        key = answer_key(body)
        self.asked.add(key)
        answer = self.state.take(key)
        if answer is None and self.reask == "live" and self._is_reask(body):
            answer = await self._live(request, key)
        if answer is None:
            answer = await self._wait(key, body)
        if answer.ok:
            self._answered.add(_conversation_key(body, len(body.get("messages", []))))
        return httpx.Response(answer.status, json=answer.body, headers=answer.headers)

    def take_waiting(self) -> dict[str, Waiting]:
        """Hand over every waiting question (to be asked in one round); the calls stay blocked on them."""
        taken, self.waiting = self.waiting, {}
        self.blocked -= sum(len(w.futures) for w in taken.values())
        return taken

    def _is_reask(self, body: dict[str, Any]) -> bool:
        """True if ``body`` is an answered request with more turns after it and the same schema.

        The next question of a conversation also extends an answered request, but with
        another schema (``response_format`` or ``tools``); only a re-ask keeps it.
        """
        n = len(body.get("messages", []))
        return any(_conversation_key(body, k) in self._answered for k in range(1, n))

    async def _live(self, request: httpx.Request, key: str) -> Answer:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        self.live_calls += 1
        try:
            answer = Answer(response.status_code, json.loads(content), dict(response.headers))
        except ValueError:
            answer = Answer(response.status_code, {"error": {"message": content.decode(errors="replace")[:200]}})
        if answer.ok:
            self.state.put(key, answer)
        return answer

    async def _wait(self, key: str, body: dict[str, Any]) -> Answer:
        waiting = self.waiting.setdefault(key, Waiting(key, body))
        future: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()
        waiting.futures.append(future)
        self.blocked += 1
        if self.on_wait is not None:
            self.on_wait()
        return await future

    async def aclose(self) -> None:
        await self.inner.aclose()


def _conversation_key(body: dict[str, Any], turns: int) -> str:
    """The first ``turns`` messages of ``body`` with everything but the messages (schema, model, settings)."""
    rest = {k: v for k, v in body.items() if k not in ("messages", "stream")}
    canon = json.dumps([rest, body.get("messages", [])[:turns]], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


__all__ = ["DeferringTransport", "ReaskMode", "Waiting"]
