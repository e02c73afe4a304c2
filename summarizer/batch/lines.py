"""The two JSONL formats of a batch: the requests we write and the results we read back.

A request line is the OpenAI batch input format, which ``vllm run-batch``, LiteLLM and
Ray Data read too::

    {"custom_id": "<answer key>", "method": "POST", "url": "/v1/chat/completions", "body": {...}}

where ``body`` is byte for byte the chat-completions body the live call would send. A result
line is what OpenAI's Batch API and ``vllm run-batch`` write::

    {"id": "...", "custom_id": "<answer key>", "response": {"status_code": 200, "body": {...}}, "error": null}

or, for a request that got no answer, ``"response": null, "error": {"code": ..., "message": ...}``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from summarizer.core.errors import ConfigError

CHAT_URL = "/v1/chat/completions"


def answer_key(body: dict[str, Any]) -> str:
    """SHA-256 (hex) of a chat request body, the model included: the ``custom_id`` of its line.

    Unlike the recordings' key, the model is part of it: an answer of one model must not
    answer another's question. Two articles that ask the very same question (one text under
    two titles) share one line and one answer.
    """
    keyed = {k: v for k, v in body.items() if k != "stream"}
    canon = json.dumps(keyed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def request_line(body: dict[str, Any]) -> str:
    """One request of a batch input file (no newline)."""
    line = {"custom_id": answer_key(body), "method": "POST", "url": CHAT_URL, "body": body}
    return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


def requests_jsonl(bodies: Iterable[dict[str, Any]]) -> str:
    """A batch input file: one line per body, in the order given."""
    return "".join(request_line(body) + "\n" for body in bodies)


@dataclass(frozen=True)
class Answer:
    """What a request got: an HTTP status and a JSON body, as the live call would have."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == 200


def no_answer(reason: str) -> Answer:
    """The answer of a request that a finished batch left unanswered (expired, cancelled, lost).

    It is a 503 with ``Retry-After: 0``: a transient failure, so the call is retried at
    once, which puts it in the next round; after the usual number of tries it fails as a
    live call would.
    """
    return Answer(503, {"error": {"message": reason, "type": "batch_no_answer"}}, {"retry-after": "0"})


def read_results(text: str, source: str) -> dict[str, Answer]:
    """The answers in a batch output (or error) file, by ``custom_id``.

    ``source`` names the file in error messages. A malformed line is an error that says
    which line: a results file is read whole or not at all.
    """
    answers: dict[str, Answer] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
            custom_id, answer = _answer_of(line)
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            raise ConfigError(
                f"{source}, line {number}: not a batch result line ({type(e).__name__}: {e}). "
                "Expected the output of the OpenAI Batch API or `vllm run-batch`."
            ) from None
        answers[custom_id] = answer
    return answers


def _answer_of(line: dict[str, Any]) -> tuple[str, Answer]:
    custom_id = line["custom_id"]
    if not isinstance(custom_id, str):
        raise TypeError("custom_id is not a string")
    response = line.get("response")
    if response:
        body = response.get("body")
        # vLLM has written the body as a JSON string in some releases, an object in others.
        if isinstance(body, str):
            body = json.loads(body)
        if not isinstance(body, dict):
            raise TypeError("response.body is not a JSON object")
        return custom_id, Answer(int(response.get("status_code", 200)), body)
    error = line.get("error") or {}
    message = error.get("message") or "no answer in the batch results"
    code = str(error.get("code") or "")
    # An expired or cancelled request may succeed another time; anything else is the server's verdict.
    if code in ("batch_expired", "batch_cancelled", "") or "expired" in code:
        return custom_id, no_answer(f"{message} ({code or 'no code'})")
    return custom_id, Answer(400, {"error": {"message": message, "code": code}})


__all__ = ["CHAT_URL", "Answer", "answer_key", "no_answer", "read_results", "request_line", "requests_jsonl"]
