"""evaluation/gold.py: reading answer keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_evaluation_score import GOLD_ENTRY, gold_file

from summarizer.core.errors import ConfigError
from summarizer.evaluation.gold import load_gold


def test_load_gold_reads_the_seed_key() -> None:
    gold = load_gold(Path(__file__).parent.parent / "examples" / "gold" / "seeds.json")
    assert len(gold.articles) == 5
    assert gold.articles["002_9c2222ef2acf77fe.txt"].date is None
    first = gold.articles["000_7c285f17352345d0.txt"]
    assert [g.name for g in first.participants.principals] == ["Vladimir Putin", "Kim Jong Un"]
    assert first.agenda[4].core is False
    assert gold.lookup("examples/articles/001_82bccb309aa3b23e.txt") is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (
            json.dumps({"articles": {"a.txt": {**GOLD_ENTRY, "location": {"keywords": [" "], "status": "confirmed"}}}}),
            "keyword",
        ),
        (json.dumps({"articles": {"a.txt": {**GOLD_ENTRY, "date": {"keywords": ["x"], "status": "maybe"}}}}), "date"),
        (json.dumps({"version": 1}), "articles"),
    ],
)
def test_load_gold_refuses_bad_keys(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "gold.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_gold(p)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_gold(tmp_path / "nope.json")


def test_several_answer_keys_score_as_one_and_may_not_overlap() -> None:
    from summarizer.core.errors import ConfigError
    from summarizer.evaluation.gold import merge_gold

    one = gold_file(**{"a.txt": GOLD_ENTRY})
    two = gold_file(**{"b.txt": GOLD_ENTRY})
    merged = merge_gold([one, two])
    assert set(merged.articles) == {"a.txt", "b.txt"}
    with pytest.raises(ConfigError, match=r"answer keys overlap: a\.txt"):
        merge_gold([one, gold_file(**{"a.txt": GOLD_ENTRY})])
