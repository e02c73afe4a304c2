"""The ledger (summarizer/evaluation/ledger.py) and the model-only figure, on the three
answer keys replayed from the embedded model's recorded answers, and on invented cases.

The rule every judgment is held to (docs/quality.md, "The ledger"): on each key it turns at
least as many items right as wrong, and the judged flags are at least the model's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RECORDINGS, ROOT

from summarizer import BackendConfig, extract
from summarizer.core.article import Article
from summarizer.core.schema import ArticleSummary, DraftSummary, Rule, Status
from summarizer.evaluation.gold import GoldFile, load_gold
from summarizer.evaluation.ledger import compare, key_figures, ledger, outcome, replay_model_only
from summarizer.ingest.load import iter_articles
from summarizer.run import rejudge

KEYS = {
    "seeds": (ROOT / "examples" / "gold" / "seeds.json", ROOT / "examples" / "articles"),
    "dev": (ROOT / "examples" / "dev" / "gold.json", ROOT / "examples" / "dev" / "articles"),
    "dev2": (ROOT / "examples" / "dev2" / "gold.json", ROOT / "examples" / "dev2" / "articles"),
}


def _articles(folder: Path) -> dict[str, Article]:
    return {a.id: a for a in iter_articles([str(folder)]) if isinstance(a, Article)}


@pytest.fixture(scope="module")
def replayed() -> dict[str, tuple[GoldFile, list[ArticleSummary], dict[str, Article]]]:
    out = {}
    for name, (key, folder) in KEYS.items():
        run = extract([folder], config=BackendConfig(backend="replay", recordings=RECORDINGS), cache=None)
        assert not run.failures, run.failures  # every article of every key replays
        out[name] = (load_gold(key), run.summaries, _articles(folder))
    return out


def test_every_rule_earns_its_place_on_every_key(replayed) -> None:
    for name, (gold, summaries, articles) in replayed.items():
        for row in ledger(summaries, [(name, gold)], articles, rejudge):
            assert row.total.to_right >= row.total.to_wrong, (name, row)


def test_judged_flags_are_at_least_the_model_s_own_on_every_key(replayed) -> None:
    for name, (gold, summaries, articles) in replayed.items():
        model_only = replay_model_only(summaries, articles, rejudge)
        k = key_figures(name, summaries, model_only, gold)
        assert k.articles == len(summaries)
        assert (k.judged_micro.flag_accuracy or 0) >= (k.model_micro.flag_accuracy or 0), k
        assert (k.judged_micro.field_score or 0) > (k.model_micro.field_score or 0), k


def test_replaying_with_every_rule_gives_the_summary_as_extracted(replayed) -> None:
    _gold, summaries, articles = replayed["dev2"]
    for s in summaries:
        assert rejudge(articles[s.article_id], s, frozenset(Rule)).model_dump() == s.model_dump()


def test_model_only_keeps_the_model_s_flags_and_values(replayed) -> None:
    _gold, summaries, articles = replayed["dev2"]
    for s in summaries:
        assert s.model_answer is not None
        raw = rejudge(articles[s.article_id], s, frozenset())
        assert not raw.rejected or all(r.code is Rule.model_no_summit for r in raw.rejected)
        assert all(item.flag_code is None for _, item in raw.items())
        if s.model_answer.summit_found:
            assert [a.topic for a in raw.agenda_items] == [a.topic for a in s.model_answer.agenda_items]
            assert [a.status for a in raw.agenda_items] == [a.status for a in s.model_answer.agenda_items]


# Invented: one article, one answer, the key, and what a rule does to it.

TEXT = (
    "Leaders of Norvalia and Belmaris meet\n\n"
    "President Ana Lindqvist of Norvalia will meet Prime Minister Tomas Okafor of Belmaris in Port Lira on 3 May. "
    "The two leaders will discuss fishing rights, officials said, and France will observe.\n"
)
GOLD = GoldFile.model_validate(
    {
        "articles": {
            "a.txt": {
                "participants": {
                    "principals": [
                        {"name": "Ana Lindqvist", "keywords": ["Lindqvist"]},
                        {"name": "Tomas Okafor", "keywords": ["Okafor"]},
                    ]
                },
                "location": {"keywords": ["Port Lira"], "status": "confirmed"},
                "date": {"keywords": ["3 May"], "status": "confirmed"},
                "agenda": [{"id": "fish", "keywords": ["fishing"], "status": "confirmed"}],
            }
        }
    }
)


def _draft(fish_status: str = "confirmed") -> DraftSummary:
    return DraftSummary.model_validate(
        {
            "participants": [
                {"name": "Ana Lindqvist", "role": "President", "sentence": 2, "status": "confirmed"},
                {"name": "Tomas Okafor", "role": "Prime Minister", "sentence": 2, "status": "confirmed"},
                {"name": "France", "role": None, "sentence": 3, "status": "confirmed"},
            ],
            "location": {"value": "Port Lira", "sentence": 2, "status": "confirmed"},
            "date": {"value": "3 May", "sentence": 2, "status": "confirmed"},
            "agenda_items": [
                {"topic": "fishing rights", "sentence": 3, "said_by": None, "status": fish_status},
                {"topic": "fishing rights", "sentence": 3, "said_by": None, "status": fish_status},
            ],
        }
    )


def test_a_rule_that_refuses_a_false_item_turns_it_right() -> None:
    from summarizer.extraction.summary import build_summary

    article = Article(id="a.txt", text=TEXT)
    judged = build_summary(article, _draft(), model="m", backend="test")
    codes = {r.code for r in judged.rejected}
    assert Rule.country_not_person in codes and Rule.duplicate_topic in codes
    entry = GOLD.articles["a.txt"]
    # Two rules refuse a country named as a participant; with one of them off the other still
    # does (the ledger shows each rule's effect given all the others), so both are turned off.
    without = rejudge(article, judged, frozenset(Rule) - {Rule.country_not_person, Rule.not_a_person})
    fields, flags = compare(outcome(without, entry), outcome(judged, entry))
    assert (fields.to_right, fields.to_wrong) == (1, 0)  # the country taken for a participant
    assert (flags.to_right, flags.to_wrong) == (0, 0)
    rows = {r.code: r for r in ledger([judged], [("invented", GOLD)], {"a.txt": article}, rejudge)}
    assert rows[Rule.duplicate_topic].fields.to_right == 1
    assert rows[Rule.flag_hedged].total.to_right == rows[Rule.flag_hedged].total.to_wrong == 0


def test_a_flag_rule_that_demotes_a_confirmed_item_is_counted_against_it() -> None:
    from summarizer.extraction.summary import build_summary

    text = TEXT.replace("The two leaders will discuss", "The two leaders may discuss")
    article = Article(id="a.txt", text=text)
    judged = build_summary(article, _draft(), model="m", backend="test")
    (fish,) = judged.agenda_items
    assert (fish.status, fish.flag_code) == (Status.speculative, Rule.flag_hedged)
    rows = {r.code: r for r in ledger([judged], [("invented", GOLD)], {"a.txt": article}, rejudge)}
    # The key says confirmed: the demotion is the rule's mistake, and the ledger says so.
    assert (rows[Rule.flag_hedged].flags.to_right, rows[Rule.flag_hedged].flags.to_wrong) == (0, 1)
