"""providers/pricing.py: what a model's tokens cost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.providers.pricing import PRICES, cost_usd, load_prices, price_for


def test_prices_known_snapshot_free_and_unknown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SUMMARIZER_PRICES", raising=False)
    prices = load_prices()
    assert price_for("gpt-4o-mini-2024-07-18", prices) == PRICES["gpt-4o-mini"]  # not gpt-4o's
    assert cost_usd("gpt-4o-mini", "openai", 1_000_000, 1_000_000, prices) == pytest.approx(0.75)
    assert cost_usd("qwen", "local", 10**6, 10**6, prices) == 0.0
    assert cost_usd("anything", "replay", 10**6, 10**6, prices) == 0.0
    assert cost_usd("my-vllm-model", "openai", 10, 10, prices) is None

    monkeypatch.setenv("SUMMARIZER_PRICES", '{"my-vllm-model": {"input": 1, "output": 2}, "gpt-4o": [5, 20]}')
    prices = load_prices()
    assert cost_usd("my-vllm-model", "openai", 10**6, 10**6, prices) == pytest.approx(3.0)
    assert prices["gpt-4o"].output == 20  # the user's price wins
    file = tmp_path / "prices.json"
    file.write_text(json.dumps({"azure-mini": [0.15, 0.6]}))
    monkeypatch.setenv("SUMMARIZER_PRICES", str(file))
    assert price_for("azure-mini", load_prices()) == (0.15, 0.6)
