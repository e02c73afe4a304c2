"""Participants: each named in the article, by its evidence sentence, with an office."""

from __future__ import annotations

from summarizer.core.schema import DraftParticipant, Evidence, Participant
from summarizer.extraction.checks import ArticleCheck
from summarizer.extraction.ground import mentions, offices


def check_participants(check: ArticleCheck, drafts: list[DraftParticipant]) -> list[Participant]:
    """The model's participants that the article proves; the same person listed twice is kept once."""
    kept: dict[str, Participant] = {}
    for p in drafts:
        evidence = _grounded(check, p)
        if evidence is None:
            continue
        key = " ".join(p.name.lower().split())
        if key in kept:  # the same person listed twice: keep one, with all evidence
            prev = kept[key]
            prev.evidence.extend(e for e in evidence if all(e.start != x.start for x in prev.evidence))
            continue
        kept[key] = Participant(name=p.name.strip(), role=p.role, **check.flag(p, evidence))
    return list(kept.values())


def _grounded(check: ArticleCheck, p: DraftParticipant) -> list[Evidence] | None:
    named = check.named("participant", p, p.name, "name")
    if named is None:
        return None
    # A participant is a leader or a delegation member: some sentence of the article
    # that names them must say what office they hold. The model's own "role" does not
    # count: asked about a football report, it called both clubs "leader".
    if not any(offices(s.text) for s in check.sentences if mentions(s.text, p.name)):
        check.reject("participant", p, f"no sentence naming {p.name!r} gives them an office (leader, minister, envoy...)")
        return None
    return named


__all__ = ["check_participants"]
