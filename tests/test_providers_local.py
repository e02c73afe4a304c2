"""providers/local.py: the embedded llama.cpp transport, without loading the model."""

from __future__ import annotations


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
