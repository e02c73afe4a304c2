"""evaluation/grouping.py: the brief's summits scored against the answer key's events."""

from __future__ import annotations

from test_evaluation_score import GOLD_ENTRY, gold_file


def test_grouping_is_scored_against_the_key_events() -> None:
    from summarizer.core.brief import Brief, Event, Source
    from summarizer.evaluation.grouping import score_grouping

    key = gold_file(**{n: GOLD_ENTRY for n in ("a.txt", "b.txt", "c.txt", "d.txt")})
    key.events = {"one": {"articles": ["a.txt", "b.txt"]}, "two": {"articles": ["c.txt", "d.txt"]}}

    def brief(*groups: list[str]) -> Brief:
        events = [Event(id=f"e{i}", title="t", articles=[], article_ids=g) for i, g in enumerate(groups)]
        names = [n for g in groups for n in g]
        return Brief(events=events, sources=[Source(number=i + 1, article_id=n) for i, n in enumerate(names)])

    right = score_grouping(brief(["a.txt", "b.txt"], ["c.txt", "d.txt"]), key)
    assert (right.ari, right.events_found, right.events_expected, right.split, right.merged) == (1.0, 2, 2, [], [])
    split = score_grouping(brief(["a.txt"], ["b.txt"], ["c.txt", "d.txt"]), key)
    assert split.ari is not None and split.ari < 1.0 and split.split == ["one"] and split.events_found == 3
    merged = score_grouping(brief(["a.txt", "b.txt", "c.txt", "d.txt"]), key)
    assert merged.merged == ["e0"] and merged.ari == 0.0
