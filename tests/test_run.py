"""run.py: the brief()/brief_async() API (extraction replaced: no model)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from test_ingest_load import JSONL, TXT
from test_merge_events import groups_of, realistic_articles

from summarizer import run as briefing
from summarizer.core.article import Article
from summarizer.core.errors import ModelError
from summarizer.core.schema import ArticleSummary
from summarizer.run import ExtractionRun, Failure, extract_async


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    async def extract_async(inputs: Any, **kw: Any) -> ExtractionRun:
        calls.append({"inputs": list(inputs), **kw})
        return ExtractionRun(
            summaries=realistic_articles(), failures=[Failure(article_id="gone.txt", error="missing", kind="input")]
        )

    monkeypatch.setattr(briefing, "extract_async", extract_async)
    return calls


async def test_brief_async_merges_what_the_pipeline_extracted(fake_extraction: list[dict[str, Any]]) -> None:
    result = await briefing.brief_async(["a.txt", "gone.txt"], concurrency=3, published="2024-06-17")
    assert sorted(groups_of(result)) == [["000", "004"], ["001", "002", "003"]]
    assert [f.article_id for f in result.failures] == ["gone.txt"]
    assert fake_extraction[0]["inputs"] == ["a.txt", "gone.txt"]
    assert (fake_extraction[0]["concurrency"], fake_extraction[0]["published"]) == (3, "2024-06-17")


def test_brief_is_the_sync_twin(fake_extraction: list[dict[str, Any]]) -> None:
    result = briefing.brief(["a.txt"])
    assert len(result.events) == 2 and len(result.sources) == 5


async def test_pipeline_expands_inputs_and_reports_input_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.run as pipeline

    loaded: list[str] = []

    async def refuse(article: Article, llm: object) -> ArticleSummary:
        # Stands in for the model step: records what the loader handed over, then fails.
        loaded.append(article.id)
        raise ModelError("no model in tests")

    monkeypatch.setattr(pipeline, "extract_summary", refuse)
    seen: list[tuple[str, str]] = []

    def on_result(article_id: str, result: ArticleSummary | Failure) -> None:
        assert isinstance(result, Failure)
        seen.append((article_id, result.kind))

    run = await extract_async(
        [JSONL, tmp_path / "missing.txt", TXT],
        # Replay is never cached by default, so nothing touches a cache folder.
        llm=SimpleNamespace(backend="replay", model="none"),  # type: ignore[arg-type]
        concurrency=1,
        on_result=on_result,
    )
    assert loaded == ["summits.jsonl#sochi", "summits.jsonl#2", "summit_scraped.txt"]
    assert [(f.article_id, f.kind) for f in run.failures] == [
        ("summits.jsonl#sochi", "model"),
        ("summits.jsonl#2", "model"),
        (str(tmp_path / "missing.txt"), "input"),
        ("summit_scraped.txt", "model"),
    ]
    assert "no such file" in run.failures[2].error
    assert sorted(seen) == sorted((f.article_id, f.kind) for f in run.failures)
