"""What a run cost, for models whose price is known.

``PRICES`` holds OpenAI's list prices (standard tier, USD per 1M tokens) for a few
well-known models; prices change, so check https://openai.com/api/pricing and override
or extend them with ``SUMMARIZER_PRICES``: either inline JSON or the path of a JSON file,
mapping model names to ``{"input": USD, "output": USD}`` (or ``[input, output]``)::

    export SUMMARIZER_PRICES='{"my-azure-deployment": {"input": 0.15, "output": 0.6}}'

The embedded model and replayed recordings cost nothing. A dated snapshot
(``gpt-4o-mini-2024-07-18``) is priced as its base model.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from summarizer.core.errors import ConfigError
from summarizer.core.schema import ArticleSummary

PRICES_ENV = "SUMMARIZER_PRICES"

#: Backends that run no paid API.
FREE_BACKENDS = frozenset({"local", "replay"})


class Price(NamedTuple):
    """USD per 1M tokens."""

    input: float
    output: float


#: OpenAI list prices, standard tier, checked 2025-08. Cached-input discounts are not
#: modelled: the figure is an upper bound.
PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "gpt-5": Price(1.25, 10.00),
    "gpt-5-mini": Price(0.25, 2.00),
    "gpt-5-nano": Price(0.05, 0.40),
    "o4-mini": Price(1.10, 4.40),
    "gpt-3.5-turbo": Price(0.50, 1.50),
}


def _parse_price(model: str, value: Any) -> Price:
    try:
        if isinstance(value, Mapping):
            return Price(float(value["input"]), float(value["output"]))
        if isinstance(value, list | tuple) and len(value) == 2:
            return Price(float(value[0]), float(value[1]))
    except (KeyError, TypeError, ValueError):
        pass
    raise ConfigError(
        f'{PRICES_ENV}: the price of {model!r} must be {{"input": USD, "output": USD}} per 1M tokens, got {value!r}'
    )


def load_prices(environ: Mapping[str, str] | None = None) -> dict[str, Price]:
    """``PRICES`` updated with ``$SUMMARIZER_PRICES`` (inline JSON or a JSON file path)."""
    env = os.environ if environ is None else environ
    raw = env.get(PRICES_ENV, "").strip()
    prices = dict(PRICES)
    if not raw:
        return prices
    try:
        text = raw if raw.startswith("{") else Path(raw).expanduser().read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as e:
        raise ConfigError(f"{PRICES_ENV}: cannot read the price file {raw!r} ({e.strerror}).") from None
    except ValueError as e:
        raise ConfigError(f"{PRICES_ENV} is not valid JSON ({e}).") from None
    if not isinstance(data, dict):
        raise ConfigError(f'{PRICES_ENV} must be a JSON object like {{"model": {{"input": 0.15, "output": 0.6}}}}.')
    prices.update({str(model): _parse_price(str(model), value) for model, value in data.items()})
    return prices


def price_for(model: str, prices: Mapping[str, Price]) -> Price | None:
    """The price of ``model``: exact name, else the longest known name it extends with ``-``."""
    if model in prices:
        return prices[model]
    bases = [name for name in prices if model.startswith(name + "-")]
    return prices[max(bases, key=len)] if bases else None


def cost_usd(
    model: str, backend: str, prompt_tokens: int, completion_tokens: int, prices: Mapping[str, Price]
) -> float | None:
    """USD for these tokens, 0 on free backends or when nothing was spent, ``None`` if the price is unknown."""
    if backend in FREE_BACKENDS or prompt_tokens + completion_tokens == 0:
        return 0.0
    price = price_for(model, prices)
    if price is None:
        return None
    return (prompt_tokens * price.input + completion_tokens * price.output) / 1_000_000


class RunCost(NamedTuple):
    """Total USD over the articles whose model price is known, and the models whose price is not."""

    usd: float
    unknown_models: list[str]


def run_cost(summaries: Iterable[ArticleSummary], prices: Mapping[str, Price] | None = None) -> RunCost:
    """Sum the cost of each summary's own usage (cache hits carry zero usage: they cost nothing)."""
    prices = load_prices() if prices is None else prices
    total = 0.0
    unknown: set[str] = set()
    for s in summaries:
        usd = cost_usd(s.model, s.backend, s.usage.prompt_tokens, s.usage.completion_tokens, prices)
        if usd is None:
            unknown.add(s.model)
        else:
            total += usd
    return RunCost(total, sorted(unknown))


__all__ = ["PRICES", "PRICES_ENV", "Price", "RunCost", "cost_usd", "load_prices", "price_for", "run_cost"]
