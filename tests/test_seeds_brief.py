"""Issue 3's acceptance check: the seeds' brief from the recorded embedded-model answers.

Run as a user types it (``summarizer brief ... -o brief.json --backend replay``) and
compared with the answer key's events (examples/gold/seeds.json): which articles cover
which summit, and where the Kim-in-Russia summit is (Vostochny, with the Vladivostok
rumour superseded, not a second venue).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import ARTICLES, RECORDINGS, SEED_IDS

from summarizer.cli import main

GOLD = Path(__file__).parent.parent / "examples" / "gold" / "seeds.json"


def _brief(tmp_path: Path) -> dict:
    out = tmp_path / "brief.json"
    args = ["brief", *[str(ARTICLES / a) for a in SEED_IDS], "-o", str(out)]
    result = CliRunner().invoke(main, [*args, "--backend", "replay", "--recordings", str(RECORDINGS)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_two_summits_holding_the_right_articles(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    ids = {s["number"]: s["article_id"] for s in brief["sources"]}
    got = sorted(sorted(ids[n] for n in event["articles"]) for event in brief["events"])
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    assert got == sorted(sorted(e["articles"]) for e in gold.values())


def test_vostochny_confirmed_and_vladivostok_superseded(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    (kim_in_russia,) = [e for e in brief["events"] if len(e["articles"]) == 3]
    location = kim_in_russia["location"]
    assert "Vostochny" in location["value"]["value"] and location["value"]["status"] == "confirmed"
    assert [c["value"] for c in location["superseded"] if "Vladivostok" in c["value"]]
    assert not location["disputed"]  # Vladivostok is earlier speculation, not a second venue


def test_no_line_without_a_source(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    numbers = {s["number"] for s in brief["sources"]}
    for event in brief["events"]:
        items = [*event["participants"], *event["agenda_items"]]
        for field in ("location", "date"):
            merged = event[field]
            items += [
                c for c in (merged["value"], *merged["disputed"], *merged["alternatives"], *merged["superseded"]) if c
            ]
        assert items
        for item in items:
            assert item["sources"] and {r["source"] for r in item["sources"]} <= numbers
