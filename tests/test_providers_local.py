"""providers/local.py: the embedded llama.cpp transport, without loading the model."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_the_decoding_is_part_of_the_result_cache_key(monkeypatch):
    # Drafted batches round differently from one-token steps (docs/speed.md), so answers
    # cached under one decoding must not be served for another.
    from pathlib import Path

    from summarizer.providers.local import LlamaTransport

    monkeypatch.delenv("SUMMARIZER_SCHEMA_DRAFT", raising=False)
    monkeypatch.delenv("SUMMARIZER_DRAFT_LOOKUP", raising=False)
    t = LlamaTransport(Path("never-loaded.gguf"), model_name="m")
    assert t.decoding == "schema-drafts-lookup-4"
    t.draft_lookup = 0
    assert t.decoding == "schema-drafts-lookup-0"
    t.schema_draft = False
    assert t.decoding == "token-by-token"
    t.top_first_grammar = False
    assert t.decoding == "stock"


def test_llama_extra_buffers_are_off_where_the_cpu_reports_amx(tmp_path, monkeypatch):
    """AMX reported but not enabled (a VM) made llama.cpp segfault: no extra buffers there."""
    from summarizer.providers.local import EXTRA_BUFFERS_ENV, use_extra_buffers

    monkeypatch.delenv(EXTRA_BUFFERS_ENV, raising=False)
    amx = tmp_path / "amx"
    amx.write_text("flags\t\t: fpu avx2 avx512f amx_bf16 amx_tile amx_int8\n", encoding="utf-8")
    plain = tmp_path / "plain"
    plain.write_text("flags\t\t: fpu avx2 avx512f avx512_vnni\n", encoding="utf-8")
    assert use_extra_buffers(amx) is False
    assert use_extra_buffers(plain) is True
    assert use_extra_buffers(tmp_path / "no-such-file") is True
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "1")
    assert use_extra_buffers(amx) is True
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "0")
    assert use_extra_buffers(plain) is False


def test_an_embedded_model_failure_is_that_articles_error_not_a_connection_error(tmp_path) -> None:
    """Hand-made fault: llama.cpp raising inside the in-process transport."""
    import asyncio

    from summarizer.core.article import Article
    from summarizer.core.errors import ModelError
    from summarizer.extraction.summary import extract_summary
    from summarizer.providers import BackendConfig, make_llm
    from summarizer.providers.local import LlamaTransport

    (tmp_path / "model.gguf").write_bytes(b"not a model: never loaded")
    llm = make_llm(BackendConfig(backend="local", local_model=tmp_path / "model.gguf"))
    transport = llm.transport
    while not isinstance(transport, LlamaTransport):
        transport = transport.inner  # type: ignore[attr-defined]
    calls = []

    def broken(body):
        calls.append(body)
        raise ValueError("could not broadcast input array")

    transport._complete = broken  # type: ignore[method-assign]
    article = Article(id="a.txt", text="President Ana Lindqvist met Prime Minister Tomas Okafor in Geneva.")
    with pytest.raises(ModelError) as err:
        asyncio.run(extract_summary(article, llm))
    message = str(err.value)
    assert "embedded model (llama.cpp) failed" in message and "could not broadcast" in message
    assert "cannot reach" not in message
    assert len(calls) == 1  # an error answer, not retried


def test_each_request_goes_to_the_idle_context_already_holding_its_article() -> None:
    """The pool's routing (no model loaded): an article's next question finds its context."""
    import threading

    from summarizer.providers.local import LlamaTransport

    t = LlamaTransport(Path("never-loaded.gguf"), model_name="m", workers=2, n_threads=2)
    system = {"role": "system", "content": "You extract facts."}

    def ask(article: str, *more: str) -> list[dict[str, str]]:
        return [system, {"role": "user", "content": article}, *({"role": "user", "content": m} for m in more)]

    with t._worker_for(ask("article A", "who?")) as a, t._worker_for(ask("article B", "who?")) as b:
        assert a is not b  # a busy context is never handed out twice
    # Both idle now: each article's second question goes back to the context that read it.
    with t._worker_for(ask("article B", "who?", "where?")) as again:
        assert again is b
    with t._worker_for(ask("article A", "who?", "where?")) as again:
        assert again is a
    # With every context busy, a request waits until one is given back.
    got: list[object] = []
    with t._worker_for(ask("article A")), t._worker_for(ask("article B")):
        waiter = threading.Thread(target=lambda: got.append(t._worker_for(ask("article C")).__enter__()))
        waiter.start()
        waiter.join(0.2)
        assert got == []  # still waiting: both contexts are taken
    waiter.join(5)
    assert got and got[0] in (a, b)


def test_a_run_reads_articles_side_by_side_but_a_lone_article_gets_every_core(tmp_path) -> None:
    from summarizer.providers import BackendConfig, make_llm
    from summarizer.providers.local import default_workers
    from summarizer.run import _Extractor, _with_local_workers

    assert default_workers(1) == 1 and default_workers(2) == 2 and default_workers(16) == 2
    assert _with_local_workers(None, None, 30).local_workers == default_workers()
    assert _with_local_workers(None, None, 1).local_workers == 1  # one article: one context, every core
    assert _with_local_workers(None, 3, 30).local_workers == 3  # --concurrency sets the contexts
    assert _with_local_workers(BackendConfig(local_workers=1), 3, 30).local_workers == 1  # the caller's own wins
    (tmp_path / "model.gguf").write_bytes(b"never loaded")
    llm = make_llm(BackendConfig(backend="local", local_model=tmp_path / "model.gguf", local_workers=2))
    transport = llm.backend_transport()
    assert transport.workers == 2 and len(transport._workers) == 2
    assert _Extractor(llm, None, None).limit._value == 2  # one article in flight per context
    assert (
        make_llm(BackendConfig(backend="local", local_model=tmp_path / "model.gguf")).backend_transport().workers == 1
    )
