"""A round on a server: its Files and Batches APIs, through the ``openai`` client.

Any server that offers ``POST /files``, ``POST /batches``, ``GET /batches/{id}`` and
``GET /files/{id}/content`` will do (OpenAI, Azure OpenAI, LiteLLM's proxy). Every call is
retried on transient failures like a model call; every other failure becomes an error
that says what to do, with no API key in it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import openai

from summarizer.batch.lines import CHAT_URL, Answer, read_results
from summarizer.batch.state import BatchState, Round
from summarizer.core.errors import ConfigError, ModelError
from summarizer.providers.redact import redact
from summarizer.providers.retry import api_error, call_with_retries

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Statuses after which a batch changes no more.
FINAL = frozenset({"completed", "failed", "expired", "cancelled"})

Say = Callable[[str], None]


class BatchServer:
    """The Files and Batches endpoints of one server (``client``: the run's ``openai.AsyncOpenAI``)."""

    def __init__(self, client: Any, server: str, *, poll_interval: float, say: Say) -> None:
        self.client = client
        self.server = server
        self.poll_interval = poll_interval
        self.say = say

    async def submit(self, state: BatchState, keys: list[str], jsonl: str) -> Round:
        """Upload ``jsonl`` and start a batch on it; the round is saved once each id is known.

        Saved after the upload and again after the batch is created: a run killed in
        between finds the batch (or starts it on the uploaded file) instead of uploading anew.
        """
        number = state.next_number()
        uploaded = await self._call(
            "upload the requests (POST /files)",
            lambda: self.client.files.create(file=(f"round-{number}.jsonl", jsonl.encode()), purpose="batch"),
        )
        round_ = state.add(
            Round(number, "batch", len(keys), keys, server=self.server, input_file_id=uploaded.id, status="uploaded")
        )
        await self.start(state, round_, resumed=False)
        self.say(f"round {number}: {len(keys)} request(s) submitted as batch {round_.batch_id}")
        return round_

    async def start(self, state: BatchState, round_: Round, *, resumed: bool) -> None:
        """Create the batch of an uploaded round (or, ``resumed``, adopt the one a killed run created)."""
        file_id = round_.input_file_id
        assert file_id is not None
        found: Any = await self._find(file_id) if resumed else None
        if found is None:
            found = await self._call(
                "start the batch (POST /batches)",
                lambda: self.client.batches.create(
                    input_file_id=file_id,
                    endpoint=CHAT_URL,
                    completion_window="24h",
                    metadata={"summarizer_round": str(round_.number)},
                ),
            )
        round_.batch_id, round_.status = found.id, found.status
        state.save()

    async def finish(self, state: BatchState, round_: Round) -> dict[str, Answer]:
        """Poll the round's batch until it ends, then fetch its answers (output and error files)."""
        if round_.batch_id is None:
            await self.start(state, round_, resumed=True)
        batch = await self._poll(state, round_)
        answers: dict[str, Answer] = {}
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                text = await self._fetch(file_id)
                answers.update(read_results(text, f"batch {round_.batch_id} file {file_id}"))
        errors = getattr(batch, "errors", None)
        if batch.status == "failed" and errors is not None:
            reasons = "; ".join(str(getattr(e, "message", e)) for e in getattr(errors, "data", None) or [])
            self.say(f"round {round_.number}: batch {round_.batch_id} failed: {redact(reasons) or 'no reason given'}")
        return answers

    async def _poll(self, state: BatchState, round_: Round) -> Any:
        shown = ""
        batch_id = round_.batch_id
        while True:
            batch = await self._call(
                "check the batch (GET /batches/{id})", lambda: self.client.batches.retrieve(batch_id)
            )
            counts = getattr(batch, "request_counts", None)
            done = f" ({counts.completed + counts.failed}/{counts.total})" if counts and counts.total else ""
            line = f"round {round_.number}: batch {batch_id} {batch.status}{done}"
            if line != shown:
                self.say(line)
                shown = line
            if batch.status != round_.status:
                round_.status = batch.status
                state.save()
            if batch.status in FINAL:
                return batch
            await asyncio.sleep(self.poll_interval)

    async def _find(self, input_file_id: str) -> Any:
        """The batch already started on ``input_file_id``, if any (a run killed right after creating it)."""
        try:
            page = await self.client.batches.list(limit=100)
        except openai.APIError:
            return None  # listing is a convenience: without it the batch is created (again)
        return next((b for b in getattr(page, "data", []) if b.input_file_id == input_file_id), None)

    async def _fetch(self, file_id: str) -> str:
        async def content() -> str:
            response = await self.client.files.content(file_id)
            return str(response.text)

        return await self._call("fetch the results (GET /files/{id}/content)", content)

    async def _call(self, what: str, fn: Callable[[], Awaitable[T]]) -> T:
        try:
            return await call_with_retries(fn)
        except Exception as e:
            raise self._explain(what, e) from None

    def _explain(self, what: str, e: Exception) -> ConfigError | ModelError:
        cause = api_error(e) or e
        where = self.server
        if isinstance(cause, openai.APIStatusError) and cause.status_code in (404, 405, 501):
            return ConfigError(
                f"{where} does not offer the Files and Batches APIs (HTTP {cause.status_code} when trying to {what}). "
                "`summarizer batch run` needs a server that does (OpenAI, Azure OpenAI, LiteLLM's proxy); "
                "for vLLM, write the requests with `summarizer batch prepare` and run `vllm run-batch` on them."
            )
        if isinstance(cause, openai.APIStatusError) and cause.status_code in (401, 403):
            return ConfigError(
                f"{where} refused the API key (HTTP {cause.status_code}) when trying to {what}. "
                "Check --api-key or OPENAI_API_KEY, and that the key may use the Batch API."
            )
        if isinstance(cause, openai.APIConnectionError):
            return ModelError(f"cannot reach {where} to {what}. Check --base-url and that the server is running.")
        if isinstance(cause, openai.APIStatusError):
            return ModelError(f"{where} failed to {what} (HTTP {cause.status_code}): {redact(cause.message)}")
        return ModelError(f"could not {what} on {where}: {type(e).__name__}: {redact(str(e))[:200]}")


__all__ = ["FINAL", "BatchServer"]
