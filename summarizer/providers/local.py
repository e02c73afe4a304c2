"""The embedded backend: llama.cpp in-process, spoken to as if it were an OpenAI server.

``LlamaTransport`` is an ``httpx`` transport that answers ``POST /chat/completions``
by calling ``llama_cpp.Llama.create_chat_completion``. The ``openai`` client and
``instructor`` run unchanged on top of it, so the embedded model goes through exactly
the code path a real server does (retries, re-asks, usage, recordings).

The request's ``response_format`` of type ``json_schema`` is turned into llama.cpp's
``json_object`` + ``schema``, which compiles the schema to a grammar: even a small
model can then only produce JSON of the right shape.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from summarizer.core.errors import ConfigError
from summarizer.providers.json_draft import SchemaDraft

#: Big enough for a long article plus the prompt and answer. Longer articles are
#: answered with a ``context_length_exceeded`` error, as a hosted API would.
DEFAULT_N_CTX = 8192


def default_workers(cores: int | None = None) -> int:
    """Contexts for a pile of articles read side by side: two wherever there are two cores or more.

    Writing a token is bound by memory, not arithmetic: two contexts with one core each
    write about 1.3 times as many tokens a second as one context with both cores, and
    read about as fast (docs/speed.md, session 16). More than two gained nothing measurable
    on two cores and cost a context's memory each (~250 MB at 8k tokens).
    """
    cores = cores or os.cpu_count() or 1
    return 2 if cores >= 2 else 1


@dataclass
class _Worker:
    """One llama.cpp context over the shared weights, and what its prefix cache holds."""

    llm: Any = None
    #: The last request's messages: llama.cpp keeps their tokens, so a request that starts
    #: with the same messages (the same article's next question) reads only what is new.
    messages: list[dict[str, Any]] = field(default_factory=list)
    busy: bool = False


def _shared_prefix(cached: list[dict[str, Any]], messages: list[dict[str, Any]]) -> int:
    """Characters of the leading messages two requests share (what a context need not re-read)."""
    shared = 0
    for a, b in zip(cached, messages, strict=False):
        if a != b:
            break
        shared += len(str(b.get("content", "")))
    return shared


class LlamaTransport(httpx.AsyncBaseTransport):
    """Serve OpenAI chat-completion requests from an in-process llama.cpp model."""

    def __init__(
        self,
        model_path: Path,
        *,
        model_name: str,
        n_ctx: int = DEFAULT_N_CTX,
        n_threads: int | None = None,
        top_first_grammar: bool = True,
        schema_draft: bool | None = None,
        workers: int | None = None,
    ):
        self.model_path = Path(model_path)
        #: Check the model's first choice against the JSON grammar before filtering the whole
        #: vocabulary (same tokens at temperature 0, faster: see backends/fast_grammar.py).
        #: False gives llama-cpp-python's own sampling, for comparison (bench/embedded.py).
        self.top_first_grammar = top_first_grammar
        self.model_name = model_name
        self.n_ctx = n_ctx
        self.n_threads = n_threads or os.cpu_count() or 2
        #: Contexts answering at once, each with its share of the threads (the weights are
        #: mapped once and shared). Each request goes to the idle context whose cache holds
        #: the longest part of it, so an article's later questions find its text cached.
        self.workers = max(1, workers or 1)
        self._workers = [_Worker() for _ in range(self.workers)]
        # llama.cpp is not safe to call from two threads on one context: a context is taken
        # (busy) for a whole request, under this condition.
        self._free = threading.Condition()
        self._loading = threading.Lock()
        #: One entry per call: prompt/completion tokens and seconds (read by bench/embedded.py).
        self.stats: list[dict[str, float]] = []
        #: Draft tokens per step by prompt lookup (0: off). Set before the first call.
        self.prompt_lookup = int(os.environ.get("SUMMARIZER_PROMPT_LOOKUP", "0") or 0)
        #: Draft what the answer's JSON schema fixes (keys, quotes, the rest of an enum value) for
        #: the model to check in one batch (providers/json_draft.py). ``SUMMARIZER_SCHEMA_DRAFT=0``: off.
        if schema_draft is None:
            schema_draft = os.environ.get("SUMMARIZER_SCHEMA_DRAFT", "1").strip() != "0"
        self.schema_draft = schema_draft
        #: Inside strings, also draft up to N tokens that followed the same words in the prompt
        #: (prompt lookup without ``logits_all``; measured 5-8% faster). ``SUMMARIZER_DRAFT_LOOKUP=0``: off.
        self.draft_lookup = int(os.environ.get("SUMMARIZER_DRAFT_LOOKUP", "4") or 0)

    @property
    def decoding(self) -> str:
        """How answers are decoded, for the result cache's key: the ways differ on near-ties."""
        if self.prompt_lookup:
            return f"prompt-lookup-{self.prompt_lookup}"
        if not self.top_first_grammar:
            return "stock"
        return f"schema-drafts-lookup-{self.draft_lookup}" if self.schema_draft else "token-by-token"

    def _draft(self) -> dict[str, Any]:
        """Prompt-lookup decoding when ``prompt_lookup`` > 0: answers copy the article's words,
        which a lookup in the prompt drafts for the model to check in one batch."""
        if not self.prompt_lookup:
            return {}
        from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

        # Drafting needs the logits of every position (llama-cpp-python keeps n_ctx x vocab
        # floats: about 5 GB at 8,192 tokens of context for this model's 152k-token vocabulary).
        return {"draft_model": LlamaPromptLookupDecoding(num_pred_tokens=self.prompt_lookup), "logits_all": True}

    def _load(self, worker: _Worker | None = None) -> Any:
        """The context of ``worker`` (default: the first), loaded on first use."""
        worker = worker or self._workers[0]
        # One load at a time: a context loaded while another loads would find no weights to share
        # (and the loader is swapped for its construction, see ``_same_weights``).
        with self._loading:
            return self._load_locked(worker)

    def _load_locked(self, worker: _Worker) -> Any:
        if worker.llm is None:
            try:
                import llama_cpp

                from summarizer.providers.fast_grammar import make_llama
            except ImportError as e:  # pragma: no cover - depends on the install
                raise ConfigError("the embedded backend needs llama-cpp-python: pip install 'summarizer[local]'") from e
            if not self.model_path.is_file():
                raise ConfigError(f"local model not found: {self.model_path}")
            loaded = next((w.llm for w in self._workers if w.llm is not None), None)
            with _extra_buffers(use_extra_buffers()), _same_weights(loaded):
                llm: Any = (make_llama if self.top_first_grammar else llama_cpp.Llama)(
                    model_path=str(self.model_path),
                    n_ctx=self.n_ctx,
                    n_threads=max(1, self.n_threads // self.workers),
                    n_batch=512,
                    seed=0,
                    verbose=False,
                    **self._draft(),
                )
                if self.schema_draft and self.top_first_grammar and not self.prompt_lookup:
                    llm.draft_model = SchemaDraft(
                        lambda b: llm.tokenize(b, add_bos=False), llm.detokenize, lookup_tokens=self.draft_lookup
                    )
                worker.llm = llm
        return worker.llm

    @contextlib.contextmanager
    def _worker_for(self, messages: list[dict[str, Any]]) -> Iterator[_Worker]:
        """The idle context sharing the most of ``messages`` (waits while all are busy)."""
        with self._free:
            self._free.wait_for(lambda: any(not w.busy for w in self._workers))
            worker = max((w for w in self._workers if not w.busy), key=lambda w: _shared_prefix(w.messages, messages))
            worker.busy = True
        try:
            yield worker
        finally:
            with self._free:
                worker.messages = messages
                worker.busy = False
                self._free.notify()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST" or not request.url.path.endswith("/chat/completions"):
            return _error(404, f"the embedded backend only serves chat completions, not {request.url.path}")
        body = json.loads(request.content)
        try:
            return await asyncio.to_thread(self._complete, body)
        except ConfigError:
            raise
        except Exception as e:  # any llama.cpp failure becomes this article's error
            # Raised, it would reach the client as a connection error ("cannot reach the model
            # server"), and be retried. An error answer says what failed, and is not retried.
            return _error(
                422,
                f"the embedded model (llama.cpp) failed on this article: {type(e).__name__}: {str(e)[:200]}. "
                "The other articles go on; if it repeats, try --local-model with another GGUF file or a server.",
                code="embedded_model_failed",
            )

    def _complete(self, body: dict[str, Any]) -> httpx.Response:
        kwargs: dict[str, Any] = {
            "messages": body["messages"],
            "temperature": body.get("temperature", 0.0),
            "max_tokens": body.get("max_tokens") or body.get("max_completion_tokens") or 2048,
            "seed": body.get("seed", 0),
        }
        rf = body.get("response_format")
        if rf and rf.get("type") == "json_schema":
            kwargs["response_format"] = {"type": "json_object", "schema": rf["json_schema"]["schema"]}
        elif rf and rf.get("type") == "json_object":
            kwargs["response_format"] = {"type": "json_object", **({"schema": rf["schema"]} if "schema" in rf else {})}
        if body.get("tools"):
            return _error(400, "the embedded backend takes JSON-schema requests (mode json_schema), not tools")
        with self._worker_for(body["messages"]) as worker:
            llm = self._load(worker)
            llm.last_top_first = None
            drafter = getattr(llm, "draft_model", None)
            if isinstance(drafter, SchemaDraft):
                drafter.expect((kwargs.get("response_format") or {}).get("schema"))
            t0 = time.perf_counter()
            try:
                out = llm.create_chat_completion(**kwargs)
            except ValueError as e:
                # llama-cpp-python raises ValueError("Requested tokens (N) exceed context window of M").
                if "context window" in str(e):
                    return _error(400, str(e), code="context_length_exceeded")
                raise
            elapsed = time.perf_counter() - t0
        usage = out.get("usage") or {}
        self.stats.append(
            {
                "prompt_tokens": usage.get("prompt_tokens", 0),
                "completion_tokens": usage.get("completion_tokens", 0),
                "seconds": elapsed,
                "grammar": "response_format" in kwargs,
                # Tokens whose first choice the grammar refused (the whole vocabulary filtered).
                "grammar_full_passes": getattr(getattr(llm, "last_top_first", None), "full_passes", 0),
                # Tokens drafted from the schema for the model to check (json_draft.py).
                "drafted": getattr(drafter, "drafted", 0),
            }
        )
        out["model"] = self.model_name
        return httpx.Response(200, json=out, headers={"x-summarizer-seconds": f"{elapsed:.3f}"})


#: "1" or "0" forces llama.cpp's extra weight buffers (repacked and AMX kernels) on or off.
EXTRA_BUFFERS_ENV = "SUMMARIZER_LLAMA_EXTRA_BUFFERS"


def use_extra_buffers(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether llama.cpp may put weights in its extra buffer types (on unless the CPU reports AMX).

    llama.cpp built with ``-march=native`` on a CPU that reports AMX multiplies matrices with
    AMX tiles. In virtual machines that report AMX without enabling it (seen on this
    project's 2-core Firecracker machines) the first matrix product dies with a general
    protection fault: a segfault, not an error. Without the extra buffers llama.cpp uses its
    ordinary AVX-512/AVX2 kernels, which work everywhere; ``SUMMARIZER_LLAMA_EXTRA_BUFFERS=1``
    turns them back on for a machine where AMX really works.
    """
    forced = os.environ.get(EXTRA_BUFFERS_ENV, "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    try:
        flags = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return " amx_tile" not in flags


@contextlib.contextmanager
def _extra_buffers(enabled: bool) -> Iterator[None]:
    """Build a ``Llama`` with ``use_extra_bufts`` set: llama-cpp-python has no argument for it.

    ``Llama.__init__`` takes its model parameters from ``llama_model_default_params()``;
    for the construction only, that function returns them with the flag changed.
    """
    if enabled:
        yield
        return
    import llama_cpp.llama_cpp as native

    default = native.llama_model_default_params

    def without_extra_buffers() -> Any:
        params = default()
        params.use_extra_bufts = False
        return params

    native.llama_model_default_params = without_extra_buffers
    try:
        yield
    finally:
        native.llama_model_default_params = default


@contextlib.contextmanager
def _same_weights(loaded: Any) -> Iterator[None]:
    """Build a ``Llama`` over the weights ``loaded`` (another ``Llama``) already holds, when given.

    ``Llama.__init__`` always loads the model file again (``_internals.LlamaModel``), and with
    llama.cpp's repacked kernels each load is its own 1 GB copy of the weights. A second
    context needs only its own cache, so for its construction the loader returns the model
    already loaded. Both ``Llama`` objects then close the same model; its exit stack frees it
    once. The transport keeps every context alive as long as itself.
    """
    if loaded is None:
        yield
        return
    from llama_cpp import _internals

    load = _internals.LlamaModel
    _internals.LlamaModel = lambda **_: loaded._model  # type: ignore[assignment,misc]
    try:
        yield
    finally:
        _internals.LlamaModel = load  # type: ignore[misc]


def _error(status: int, message: str, *, code: str | None = None) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": message, "type": "invalid_request_error", "code": code}})


__all__ = [
    "DEFAULT_N_CTX",
    "EXTRA_BUFFERS_ENV",
    "LlamaTransport",
    "default_workers",
    "use_extra_buffers",
]
