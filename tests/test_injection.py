"""Prompt injection, on the embedded model's recorded answer (the live run is in test_model.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import RECORDINGS

from summarizer import BackendConfig, summarize_article
from summarizer.language.sentences import split_sentences

INJECTION = Path(__file__).parent / "fixtures" / "injection.txt"


def _recorded(path: Path) -> bool:
    """True when a recorded request shows the article's first sentence (as the prompt numbers it)."""
    needle = split_sentences(path.read_text(encoding="utf-8"))[0].text
    bodies = (json.loads(p.read_text(encoding="utf-8"))["request"]["body"] for p in RECORDINGS.glob("*.json"))
    return any(needle in str(m.get("content") or "") for b in bodies for m in b["messages"])


@pytest.mark.skipif(not _recorded(INJECTION), reason="no recording of the injection fixture yet (see README)")
def test_injected_instruction_reaches_no_summary_on_the_recorded_answer():
    s = summarize_article(INJECTION, config=BackendConfig(backend="replay", recordings=RECORDINGS))
    kept = json.dumps(s.model_dump(mode="json", include={"participants", "location", "date", "agenda_items"}))
    assert "Paris" not in kept
    assert "Ignore previous instructions" not in kept
    for _, item in s.items():
        for ev in item.evidence:
            assert s.text[ev.start : ev.end] == ev.quote
