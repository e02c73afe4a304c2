"""A summit's story in its sources' order: what each article added to what came before.

The sources of a summit in publication order (undated ones last, in input order), each with
what it said first: a venue floated or confirmed, a date floated or set, topics reported
discussed or agreed, a status the earlier sources did not give (held, on hold, called off).
An article that only repeats what came before adds nothing and says so by an empty list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from summarizer.core.brief import TimelineEntry
from summarizer.core.schema import ArticleSummary, Status
from summarizer.language.dates import parse_iso_date
from summarizer.language.text import phrase_key


def timeline_of(entries: Sequence[tuple[int, ArticleSummary]]) -> list[TimelineEntry]:
    """The timeline of one summit's numbered articles."""
    seen: set[str] = set()
    out: list[TimelineEntry] = []
    for number, s in sorted(entries, key=_order):
        facts = _facts(s)
        # Floated after it was confirmed is no news either.
        added = [fact for key, fact in facts if key not in seen and key.replace(":floated:", ":confirmed:") not in seen]
        seen.update(key for key, _ in facts)
        out.append(TimelineEntry(source=number, published=s.meta.published, added=added))
    return out


def _order(entry: tuple[int, ArticleSummary]) -> tuple[bool, dt.date, int]:
    number, s = entry
    published = parse_iso_date(s.meta.published)
    return published is None, published or dt.date.min, number


def _facts(s: ArticleSummary) -> list[tuple[str, str]]:
    """(key, words) of what ``s`` says: the key tells a repeat from news (a venue confirmed after
    it was floated is news; floated again is not)."""
    facts: list[tuple[str, str]] = []
    for label, item in (("venue", s.location), ("date", s.date)):
        if item is not None:
            firm = "confirmed" if item.status == Status.confirmed else "floated"
            verb = ("set" if label == "date" else "confirmed") if firm == "confirmed" else "floated"
            # A date is the same date however it is written ("June 12th", "June 12"), once resolved.
            same = (s.date.iso if label == "date" and s.date is not None else None) or phrase_key(item.value)
            facts.append((f"{label}:{firm}:{same}", f"{label} {verb}: {item.value}"))
    for stage in ("agreed", "not agreed", "discussed"):
        topics = [a.topic for a in s.agenda_items if a.stage == stage and a.status == Status.confirmed]
        if topics:
            facts += [(f"topic:{stage}:{phrase_key(t)}", f"{stage}: {t}") for t in topics]
    if s.summit_status is not None and s.summit_status.state != "planned":
        facts.append((f"status:{s.summit_status.state}", f"status: {s.summit_status.state}"))
    return facts


__all__ = ["timeline_of"]
