"""cli/output.py: what the command line prints besides the brief (the usage and cost line)."""

from __future__ import annotations

import pytest

from summarizer.cli.output import report_usage
from summarizer.core.schema import ArticleSummary, Usage
from summarizer.run import ExtractionRun


def summary(model: str, backend: str, usage: Usage) -> ArticleSummary:
    return ArticleSummary(article_id="x.txt", text="t", prompt_version="p", model=model, backend=backend, usage=usage)


def test_usage_line_counts_calls_cache_tokens_and_cost(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SUMMARIZER_PRICES", raising=False)
    paid = Usage(calls=2, prompt_tokens=200_000, completion_tokens=10_000)
    run = ExtractionRun(
        summaries=[summary("gpt-4o-mini", "openai", paid), summary("gpt-4o-mini", "openai", Usage(cached=True))],
        usage=paid,
    )
    report_usage(run)
    line = capsys.readouterr().err
    # 200k x $0.15/M + 10k x $0.60/M = $0.036; the cached article costs nothing.
    assert "2 summarized (1 from cache), 0 failed" in line and "2 model calls" in line
    assert "200,000 prompt + 10,000 completion tokens" in line and "$0.0360" in line

    run = ExtractionRun(summaries=[summary("my-vllm-model", "openai", paid)], usage=paid)
    report_usage(run)
    assert "cost unknown for my-vllm-model (set SUMMARIZER_PRICES)" in capsys.readouterr().err

    monkeypatch.setenv("SUMMARIZER_PRICES", "{not json")
    report_usage(run)
    assert "cost unknown: SUMMARIZER_PRICES is not valid JSON" in capsys.readouterr().err
