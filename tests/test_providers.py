"""The model seam (providers/__init__.py: make_llm, the LLM) under faults: hand-made fault fixtures
around real recorded answers."""

from __future__ import annotations

import json
import re
import socket

import httpx
import pytest
from conftest import ScriptedTransport

from summarizer.core.article import Article
from summarizer.core.errors import ConfigError, ModelError
from summarizer.extraction.summary import extract_summary
from summarizer.providers import BackendConfig, make_llm, resolve_backend_name

SECRET = "sk-test-SECRET-0123456789abcdef"


def llm_with(script, **cfg):
    config = BackendConfig(backend="openai", api_key=SECRET, attempts=3, retry_wait=0.01, reasks=1, **cfg)
    transport = ScriptedTransport(script)
    return make_llm(config, transport=transport), transport


def with_content(ok: httpx.Response, content: str) -> httpx.Response:
    """Hand-made fault fixture: a real recorded answer with its content replaced."""
    body = json.loads(ok.content)
    body["choices"][0]["message"]["content"] = content
    return httpx.Response(200, json=body)


async def test_recorded_answer_grounds(seed, ok_response, where_when_response, agenda_response):
    llm, t = llm_with([ok_response, where_when_response, agenda_response])
    s = await extract_summary(seed, llm)
    assert len(t.requests) == 3
    assert s.usage.calls == 3 and s.usage.prompt_tokens > 0
    for _, item in s.items():
        for ev in item.evidence:
            assert s.text[ev.start : ev.end] == ev.quote


async def test_429_with_retry_after_is_retried(seed, ok_response, where_when_response, agenda_response):
    llm, t = llm_with(
        [
            httpx.Response(429, headers={"retry-after": "0"}, json={"error": {"message": "slow down"}}),
            ok_response,
            where_when_response,
            agenda_response,
        ]
    )
    s = await extract_summary(seed, llm)
    assert len(t.requests) == 4 and s.summit_found  # 429, then who, where/when and agenda


async def test_429_without_retry_after_gives_up_with_advice(seed):
    llm, t = llm_with([httpx.Response(429, json={"error": {"message": "rate limit"}})])
    with pytest.raises(ModelError, match=r"429.*lower --concurrency"):
        await extract_summary(seed, llm)
    assert len(t.requests) == 3  # the configured attempts, no more


@pytest.mark.parametrize("status", [500, 503])
async def test_server_errors_are_retried_then_reported(seed, ok_response, where_when_response, agenda_response, status):
    llm, _ = llm_with(
        [httpx.Response(status, json={"error": {"message": "boom"}}), ok_response, where_when_response, agenda_response]
    )
    assert (await extract_summary(seed, llm)).summit_found
    llm, _t = llm_with([httpx.Response(status, json={"error": {"message": "boom"}})])
    with pytest.raises(ModelError, match=f"HTTP {status}"):
        await extract_summary(seed, llm)


async def test_timeout_and_connection_refused(seed, ok_response, where_when_response, agenda_response):
    llm, _t = llm_with([httpx.ReadTimeout("slow"), ok_response, where_when_response, agenda_response])
    assert (await extract_summary(seed, llm)).summit_found
    llm, _ = llm_with([httpx.ReadTimeout("slow")])
    with pytest.raises(ModelError, match="did not answer"):
        await extract_summary(seed, llm)
    llm, _ = llm_with([httpx.ConnectError("refused")])
    with pytest.raises(ModelError, match="cannot reach"):
        await extract_summary(seed, llm)


async def test_malformed_json_is_reasked_and_usage_summed(seed, ok_response, where_when_response, agenda_response):
    llm, t = llm_with(
        [
            with_content(ok_response, '{"summit_found": true, "participants": [ {oops'),
            ok_response,
            where_when_response,
            agenda_response,
        ]
    )
    s = await extract_summary(seed, llm)
    assert len(t.requests) == 4  # who, who re-asked, where/when, agenda
    who = json.loads(ok_response.content)["usage"]
    where_when = json.loads(where_when_response.content)["usage"]
    agenda = json.loads(agenda_response.content)["usage"]
    assert s.usage.prompt_tokens == 2 * who["prompt_tokens"] + where_when["prompt_tokens"] + agenda["prompt_tokens"]


async def test_schema_breaking_json_and_empty_reply_fail_clearly(
    seed, ok_response, where_when_response, agenda_response
):
    llm, t = llm_with([with_content(ok_response, '{"participants": "nobody"}')])
    with pytest.raises(ModelError, match="did not fit the schema"):
        await extract_summary(seed, llm)
    assert len(t.requests) == 2  # one re-ask
    llm, _ = llm_with([with_content(ok_response, "I'm sorry, I can't help with that.")])
    with pytest.raises(ModelError, match="did not fit the schema"):
        await extract_summary(seed, llm)


async def test_context_length_exceeded_is_not_retried(seed):
    body = {
        "error": {"message": "This model's maximum context length is 8192 tokens", "code": "context_length_exceeded"}
    }
    llm, t = llm_with([httpx.Response(400, json=body)])
    with pytest.raises(ModelError, match="context window"):
        await extract_summary(seed, llm)
    assert len(t.requests) == 1


async def test_errors_never_show_the_api_key(seed):
    llm, _ = llm_with([httpx.Response(401, json={"error": {"message": f"Incorrect API key provided: {SECRET}"}})])
    with pytest.raises(ModelError) as info:
        await extract_summary(seed, llm)
    assert SECRET not in str(info.value) and "401" in str(info.value)


def test_backend_choice(monkeypatch, tmp_path):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    assert resolve_backend_name(BackendConfig(recordings=tmp_path)) == "replay"
    assert resolve_backend_name(BackendConfig(base_url="http://127.0.0.1:9/v1")) == "openai"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert resolve_backend_name(BackendConfig()) == "openai"
    assert resolve_backend_name(BackendConfig(local_model=tmp_path / "m.gguf")) == "local"
    monkeypatch.delenv("OPENAI_BASE_URL")
    monkeypatch.setattr("summarizer.providers.model_parts_installed", lambda: False)
    with pytest.raises(ConfigError, match=r"(?s)--base-url.*summarizer\[local\].*--recordings"):
        resolve_backend_name(BackendConfig())


# --------------------------------------------------------------------------------------
# The fault matrix without recordings
#
# The tests above wrap faults around a real recorded answer and need tests/recordings.
# These need nothing but a hand-made answer, so every row of the matrix is checked even
# while the recordings are being re-made: transient faults are retried within the
# configured budget (attempts=3 here) and then become one clear ModelError that names
# the cause and what to do; answers that are not usable JSON are re-asked (reasks=1)
# and then reported; errors that retrying cannot fix are reported at once.
# --------------------------------------------------------------------------------------

#: Hand-made fixture, NOT model output: the smallest valid answer to the first
#: ("who") call, "no summit here". One call per article, whatever the article says.
HANDMADE_NO_SUMMIT = {"participants": [], "location": None, "date": None, "summit_found": False}

#: An invented article; the model never sees it, the scripted transport answers instead.
HANDMADE_ARTICLE = Article(
    id="handmade.txt",
    text="President Ana Lindqvist of Norvalia met Prime Minister Tomas Okafor of Belmaris in Geneva on Monday.",
)


def handmade_body(content: str | None, *, finish_reason: str = "stop", refusal: str | None = None) -> dict:
    """Hand-made fixture: an OpenAI ``chat.completion`` body carrying ``content`` as the answer."""
    message: dict[str, object] = {"role": "assistant", "content": content}
    if refusal is not None:
        message["refusal"] = refusal
    return {
        "id": "chatcmpl-handmade",
        "object": "chat.completion",
        "created": 0,
        "model": "handmade",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110},
    }


def handmade_completion(
    content: str | None, *, finish_reason: str = "stop", refusal: str | None = None
) -> httpx.Response:
    """:func:`handmade_body` as an HTTP 200 response."""
    return httpx.Response(200, json=handmade_body(content, finish_reason=finish_reason, refusal=refusal))


def handmade_ok() -> httpx.Response:
    return handmade_completion(json.dumps(HANDMADE_NO_SUMMIT))


def _error(status: int, message: str, headers: dict[str, str] | None = None, **extra: object) -> httpx.Response:
    return httpx.Response(status, headers=headers or {}, json={"error": {"message": message, **extra}})


#: Faults that may go away on their own: (fault, what the error must say once retries run out).
TRANSIENT_FAULTS = {
    "429 with Retry-After": (
        _error(429, "Rate limit reached", {"retry-after": "0"}),
        r"rate limited \(HTTP 429\) after 3 tries: Rate limit reached\. Wait, or lower --concurrency",
    ),
    "429 without Retry-After": (
        _error(429, "Rate limit reached"),
        r"rate limited \(HTTP 429\) after 3 tries: Rate limit reached\. Wait, or lower --concurrency",
    ),
    "500": (_error(500, "internal error"), r"model server failed \(HTTP 500\) after 3 tries: .*Try again later"),
    "503": (_error(503, "overloaded"), r"model server failed \(HTTP 503\) after 3 tries: .*Try again later"),
    "502 from a proxy, HTML body": (
        httpx.Response(502, text="<html><body>Bad Gateway</body></html>"),
        r"model server failed \(HTTP 502\) after 3 tries.*Try again later",
    ),
    "read timeout": (
        httpx.ReadTimeout("timed out"),
        r"did not answer within \d+s after 3 tries\. Try again later, raise --timeout, or lower --concurrency",
    ),
    "connect timeout": (httpx.ConnectTimeout("timed out"), r"did not answer within \d+s after 3 tries"),
    "connection refused": (
        httpx.ConnectError("[Errno 111] Connection refused"),
        r"cannot reach the model server at .*Check --base-url and that the server is running",
    ),
}


@pytest.mark.parametrize("name", TRANSIENT_FAULTS)
async def test_transient_fault_is_retried_until_it_clears(name: str) -> None:
    fault, _ = TRANSIENT_FAULTS[name]
    llm, t = llm_with([fault, fault, handmade_ok()])
    summary = await extract_summary(HANDMADE_ARTICLE, llm)
    assert len(t.requests) == 3  # two failures, then the answer
    assert summary.article_id == "handmade.txt" and summary.summit_found is False


@pytest.mark.parametrize("name", TRANSIENT_FAULTS)
async def test_transient_fault_that_persists_is_reported_after_the_budget(name: str) -> None:
    fault, message = TRANSIENT_FAULTS[name]
    llm, t = llm_with([fault])
    with pytest.raises(ModelError, match=message):
        await extract_summary(HANDMADE_ARTICLE, llm)
    assert len(t.requests) == 3  # attempts=3: no more, no fewer


#: Answers that arrive fine but cannot be used: re-asked, then reported.
UNUSABLE_ANSWERS = {
    "malformed JSON": handmade_completion('{"summit_found": true, "participants": [ {oops'),
    "JSON that breaks the schema": handmade_completion('{"participants": "nobody", "summit_found": "maybe"}'),
    "empty content": handmade_completion(""),
    "no content at all": handmade_completion(None),
    "refusal field": handmade_completion(None, refusal="I'm sorry, I can't help with that request."),
    "refusal as text": handmade_completion("I'm sorry, but I can't help with that request."),
}


@pytest.mark.parametrize("name", UNUSABLE_ANSWERS)
async def test_unusable_answer_is_reasked_and_a_good_one_is_kept(name: str) -> None:
    llm, t = llm_with([UNUSABLE_ANSWERS[name], handmade_ok()])
    summary = await extract_summary(HANDMADE_ARTICLE, llm)
    assert len(t.requests) == 2  # the re-ask
    assert summary.summit_found is False
    # The re-ask tells the model what was wrong with its answer.
    reask = json.loads(t.requests[1].content)["messages"]
    assert len(reask) > len(json.loads(t.requests[0].content)["messages"])


@pytest.mark.parametrize("name", UNUSABLE_ANSWERS)
async def test_unusable_answer_that_persists_is_a_clear_error(name: str) -> None:
    llm, t = llm_with([UNUSABLE_ANSWERS[name]])
    # Today every such answer reads "did not fit the schema"; a message naming the cause
    # (see the next test) must still say how many tries were made and what to do.
    with pytest.raises(ModelError, match=r"^the model.* after 2 tries\b.*\. (Try|Check) "):
        await extract_summary(HANDMADE_ARTICLE, llm)
    assert len(t.requests) == 2  # reasks=1: one answer and one re-ask, no more


#: What the error for each unusable answer must name so a user knows what went wrong.
UNUSABLE_CAUSES = {
    "malformed JSON": r"(?i)invalid json|not (valid )?json",
    "JSON that breaks the schema": r"participants",
    "empty content": r"(?i)empty",
    "no content at all": r"(?i)empty|no answer|no content",
    "refusal field": r"(?i)refus.*I'm sorry, I can't help",
    "refusal as text": r"I'm sorry, but I can't help",
}


@pytest.mark.parametrize("name", UNUSABLE_ANSWERS)
async def test_unusable_answer_error_names_the_cause(name: str) -> None:
    llm, _ = llm_with([UNUSABLE_ANSWERS[name]])
    with pytest.raises(ModelError) as info:
        await extract_summary(HANDMADE_ARTICLE, llm)
    assert "<failed_attempts>" not in str(info.value)
    assert re.search(UNUSABLE_CAUSES[name], str(info.value)), str(info.value)


async def test_answer_cut_off_at_max_tokens_is_a_clear_error() -> None:
    llm, t = llm_with([handmade_completion('{"participants": [{"name": "Ana Lind', finish_reason="length")])
    with pytest.raises(ModelError, match="max_tokens"):
        await extract_summary(HANDMADE_ARTICLE, llm)
    assert len(t.requests) <= 2


#: "Context length exceeded" as each kind of server words it (HTTP 400, never transient).
CONTEXT_ERRORS = {
    "OpenAI": _error(
        400,
        "This model's maximum context length is 8192 tokens. However, your messages resulted in 9120 tokens. "
        "Please reduce the length of the messages.",
        type="invalid_request_error",
        code="context_length_exceeded",
    ),
    "vLLM": _error(
        400,
        "This model's maximum context length is 4096 tokens. However, you requested 5210 tokens "
        "(3162 in the messages, 2048 in the completion). Please reduce the length of the messages or completion.",
        type="BadRequestError",
    ),
    # What summarizer.providers.local.LlamaTransport answers for llama-cpp-python's ValueError.
    "embedded llama.cpp": _error(
        400, "Requested tokens (9120) exceed context window of 8192", code="context_length_exceeded"
    ),
    "llama.cpp server": pytest.param(
        _error(
            400,
            "request (9120 tokens) exceeds the available context size (8192 tokens)",
            type="exceed_context_size_error",
            n_prompt_tokens=9120,
            n_ctx=8192,
        ),
    ),
}


@pytest.mark.parametrize("response", list(CONTEXT_ERRORS.values()), ids=list(CONTEXT_ERRORS))
async def test_context_length_exceeded_is_reported_at_once_with_advice(response: httpx.Response) -> None:
    llm, t = llm_with([response])
    with pytest.raises(ModelError, match=r"does not fit the model's context window.*Shorten it or use a larger model"):
        await extract_summary(HANDMADE_ARTICLE, llm)
    assert len(t.requests) == 1  # retrying the same request cannot help


# Real sockets on 127.0.0.1, no injected transport: the faults as the network makes them.


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_connection_refused_by_a_real_socket() -> None:
    base_url = f"http://127.0.0.1:{_free_port()}/v1"  # nothing listens there any more
    config = BackendConfig(backend="openai", base_url=base_url, api_key=SECRET, attempts=2, retry_wait=0.01)
    llm = make_llm(config)
    try:
        with pytest.raises(ModelError, match=rf"cannot reach the model server at {re.escape(base_url)}"):
            await extract_summary(HANDMADE_ARTICLE, llm)
    finally:
        await llm.aclose()


async def test_a_server_that_never_answers_times_out() -> None:
    # A listening socket that is never accepted from: the connection opens, no answer comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        config = BackendConfig(
            backend="openai",
            base_url=f"http://127.0.0.1:{port}/v1",
            api_key=SECRET,
            attempts=2,
            retry_wait=0.01,
            timeout=0.2,
        )
        llm = make_llm(config)
        try:
            with pytest.raises(ModelError, match=r"did not answer within .* after 2 tries.*raise --timeout"):
                await extract_summary(HANDMADE_ARTICLE, llm)
        finally:
            await llm.aclose()
