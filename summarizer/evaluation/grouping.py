"""How well a brief tells summits apart: its events against the answer keys' ``events``.

The adjusted Rand index (scikit-learn's ``adjusted_rand_score``) compares the brief's
grouping of the scored articles with the key's: 1.0 is the same partition, about 0 a random
one. Articles about no summit are a group of their own in both. Only articles the key
assigns to an event and the brief has seen are counted.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from summarizer.core.brief import Brief
from summarizer.evaluation.gold import GoldFile

#: The label of articles that are in no event (no summit found, or the key gives none).
NO_EVENT = "(no summit)"


class GroupingScore(BaseModel):
    """The brief's events against the key's."""

    ari: float | None = Field(default=None, description="Adjusted Rand index over the scored articles.")
    events_found: int = 0
    events_expected: int = 0
    articles: int = Field(default=0, description="Articles counted (in the key and in the brief).")
    split: list[str] = Field(default_factory=list, description="Key events whose articles the brief split.")
    merged: list[str] = Field(
        default_factory=list, description="Brief events that hold articles of several key events."
    )


def _key_events(gold: GoldFile) -> dict[str, str]:
    """File name -> the key's event for it."""
    out: dict[str, str] = {}
    for event_id, event in gold.events.items():
        for name in event.get("articles", []) if isinstance(event, dict) else []:
            out[name] = event_id
    for name, entry in gold.articles.items():
        if name not in out and entry.event:
            out[name] = entry.event
    return out


def score_grouping(brief: Brief, gold: GoldFile) -> GroupingScore:
    """Score ``brief``'s events (by their articles' file names) against ``gold``'s events."""
    from sklearn.metrics import adjusted_rand_score  # imported here: only eval needs it

    expected = _key_events(gold)
    found: dict[str, str] = {}
    for event in brief.events:
        for article_id in event.article_ids:
            found[Path(article_id).name] = event.id
    for source in brief.sources:
        found.setdefault(Path(source.article_id).name, NO_EVENT)
    names = sorted(n for n in found if n in expected)
    if not names:
        return GroupingScore()
    truth = [expected[n] for n in names]
    guess = [found[n] for n in names]
    return GroupingScore(
        ari=float(adjusted_rand_score(truth, guess)),
        events_found=len({g for g in guess if g != NO_EVENT}),
        events_expected=len({t for t in truth if t != NO_EVENT}),
        articles=len(names),
        split=sorted(t for t in set(truth) if len({g for g, tt in zip(guess, truth, strict=True) if tt == t}) > 1),
        merged=sorted(
            g
            for g in set(guess)
            if g != NO_EVENT and len({t for t, gg in zip(truth, guess, strict=True) if gg == g}) > 1
        ),
    )


__all__ = ["NO_EVENT", "GroupingScore", "score_grouping"]
