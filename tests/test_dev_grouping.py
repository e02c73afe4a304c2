"""The seeds and the development set (35 real articles, 8 summits), replayed from the embedded
model's recorded answers: the brief finds exactly the answer keys' summits, in either order.

The recordings are real (tests/recordings, made with the embedded model); the answer keys
are examples/gold/seeds.json and examples/dev/gold.json. ``summarizer eval`` prints the same
figure (adjusted Rand index) for any backend.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import RECORDINGS, ROOT

from summarizer import BackendConfig, brief
from summarizer.evaluation.gold import load_gold, merge_gold
from summarizer.evaluation.grouping import score_grouping

FILES = sorted((ROOT / "examples" / "articles").glob("*.txt")) + sorted(
    (ROOT / "examples" / "dev" / "articles").glob("*.txt")
)
KEYS = merge_gold(
    [load_gold(ROOT / "examples" / "gold" / "seeds.json"), load_gold(ROOT / "examples" / "dev" / "gold.json")]
)


@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_seeds_and_dev_group_into_their_eight_summits(order: str) -> None:
    files: list[Path] = FILES if order == "forward" else FILES[::-1]
    result = brief(files, config=BackendConfig(backend="replay", recordings=RECORDINGS))
    assert not result.failures, result.failures
    score = score_grouping(result, KEYS)
    assert (score.events_found, score.events_expected, score.ari) == (8, 8, 1.0), score
    # Dated with their year (or marked undated), in time order, undated last.
    whens = [e.title.rsplit(" · ", 1)[-1] for e in result.events]
    assert all(w[-4:].isdigit() or w == "date unknown" for w in whens), whens
    assert [w == "date unknown" for w in whens] == sorted(w == "date unknown" for w in whens)


def test_the_dev_key_is_the_one_in_the_project() -> None:
    shared = ROOT.parent / "shared" / "dev" / "gold.json"
    if not shared.is_file():
        pytest.skip("no ../shared beside this checkout (a user's clone)")
    assert json.loads(shared.read_text()) == json.loads((ROOT / "examples" / "dev" / "gold.json").read_text())
