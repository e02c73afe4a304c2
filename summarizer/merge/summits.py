"""Telling summits apart: which articles cover the same summit.

The rule is in the docstring of ``summarizer.merge``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.core.dates import Span, gap_days, parse_iso_date, parse_span
from summarizer.core.places import locate
from summarizer.core.schema import ArticleSummary
from summarizer.core.vocabulary import DEPUTY_ROLE, PRINCIPAL_ROLE
from summarizer.merge.clustering import agglomerate
from summarizer.merge.people import NameIndex, display_name

#: Two summit dates further apart than this are two summits (a summit may run over
#: midnight or across time zones, hence one day of slack).
SUMMIT_DATE_SLACK_DAYS = 1
#: Articles whose dates (summit or publication) are further apart than this are not
#: about the same summit: pre-summit speculation rarely starts more than a few months ahead.
MAX_ARTICLE_GAP_DAYS = 120



# ======================================================================================
# Grouping articles into events
# ======================================================================================


@dataclass
class Profile:
    number: int
    summary: ArticleSummary
    hosts: frozenset[str]
    people: frozenset[tuple[str, ...]]
    span: Span | None
    published: Span | None




def is_principal_role(text: str) -> bool:
    return bool(PRINCIPAL_ROLE.search(text)) and not DEPUTY_ROLE.search(text)


def delegates_of(found: Iterable[ArticleSummary], names: NameIndex) -> set[tuple[str, ...]]:
    """People every article that gives them a role calls something other than a leader."""
    leader: set[tuple[str, ...]] = set()
    other: set[tuple[str, ...]] = set()
    for s in found:
        for p in s.participants:
            key = names.key(p.name)
            # Titles in the name count as a role: "President Putin".
            role = " ".join(x for x in (p.role, p.name if display_name(p.name) != p.name.strip() else None) if x)
            if key and role:
                (leader if is_principal_role(role) else other).add(key)
    # Unknown roles count as leaders: splitting too often is the safe mistake.
    return other - leader


def profile(number: int, s: ArticleSummary, names: NameIndex, delegates: set[tuple[str, ...]]) -> Profile:
    hosts = locate(s.location).countries if s.location else frozenset()
    everyone = frozenset(k for p in s.participants if (k := names.key(p.name)))
    # Summits are told apart by their principals; delegations vary between reports.
    people = frozenset(everyone - delegates) or everyone
    pub = parse_iso_date(s.meta.published)
    return Profile(
        number=number,
        summary=s,
        hosts=hosts,
        people=people,
        span=parse_span(s.date.iso) if s.date else None,
        published=(pub, pub) if pub else None,
    )


def _people_compatible(a: frozenset[Any], b: frozenset[Any]) -> bool:
    need = 1 if min(len(a), len(b)) == 1 else 2
    return len(a & b) >= need


def _relate(a: Profile, b: Profile) -> tuple[bool, bool]:
    """(conflict, link) between two articles; see the module docstring for the rule."""
    if a.hosts and b.hosts and not (a.hosts & b.hosts):
        return True, False
    if a.span and b.span and gap_days(a.span, b.span) > SUMMIT_DATE_SLACK_DAYS:
        return True, False
    anchors_a = [x for x in (a.span, a.published) if x]
    anchors_b = [x for x in (b.span, b.published) if x]
    if any(gap_days(x, y) > MAX_ARTICLE_GAP_DAYS for x in anchors_a for y in anchors_b):
        return True, False
    both_people = bool(a.people) and bool(b.people)
    if both_people and not _people_compatible(a.people, b.people):
        return True, False
    # An ambiguous location ("on the border of A and B") is no evidence for either.
    host_match = len(a.hosts) == 1 and a.hosts == b.hosts
    date_match = bool(a.span and b.span)  # within the slack, or we would have returned
    link = (host_match or date_match) if both_people else (host_match and date_match)
    return False, link


def cluster(profiles: Sequence[Profile]) -> list[list[Profile]]:
    n = len(profiles)
    conflict = [[False] * n for _ in range(n)]
    link = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            c, lk = _relate(profiles[i], profiles[j])
            conflict[i][j] = conflict[j][i] = c
            link[i][j] = link[j][i] = lk

    def fit(a: list[int], b: list[int]) -> float | None:
        # Joined only while no article of one group conflicts with any of the other; the
        # pair with the most links first.
        if any(conflict[x][y] for x in a for y in b):
            return None
        links = sum(link[x][y] for x in a for y in b)
        return float(links) if links else None

    return [[profiles[i] for i in g] for g in agglomerate(n, fit)]


__all__ = [
    "MAX_ARTICLE_GAP_DAYS",
    "SUMMIT_DATE_SLACK_DAYS",
    "Profile",
    "cluster",
    "delegates_of",
    "is_principal_role",
    "profile",
]
