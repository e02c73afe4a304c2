"""run.py: the brief()/brief_async() API (extraction replaced: no model)."""

from __future__ import annotations

from typing import Any

import pytest
from test_merge_events import groups_of, realistic_articles

from summarizer import run as briefing
from summarizer.run import ExtractionRun, Failure


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
