"""One event per summit, and the brief: the entry point of the merge step.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from summarizer.core.article import Failure
from summarizer.core.brief import (
    Brief,
    Event,
    NoSummit,
    Source,
)
from summarizer.core.dates import parse_span
from summarizer.core.places import country_name, locate
from summarizer.core.schema import ArticleSummary, Usage
from summarizer.core.text import fold as _fold
from summarizer.merge.agenda import merge_agenda
from summarizer.merge.fields import Raw, reconcile
from summarizer.merge.people import NameIndex, merge_participants, name_key
from summarizer.merge.summits import Profile, cluster, delegates_of, is_principal_role, profile

# ======================================================================================
# Events and the brief
# ======================================================================================


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")


def _build_event(group: list[Profile]) -> Event:
    entries = [(p.number, p.summary) for p in group]
    participants = merge_participants(entries)

    loc_raws = [
        Raw(n, s.article_id, s.location.status, s.location.value, s.location.attributed_to, s.location.evidence,
             locate(s.location))
        for n, s in entries
        if s.location
    ]  # fmt: skip
    date_raws = [
        Raw(n, s.article_id, s.date.status, s.date.value, s.date.attributed_to, s.date.evidence,
             parse_span(s.date.iso))
        for n, s in entries
        if s.date
    ]  # fmt: skip
    location, loc_dis = reconcile("location", loc_raws)
    date, date_dis = reconcile("date", date_raws)

    # People's names are not agenda concepts ("Kim's request" is about the request).
    exclude = frozenset(t for p in participants for n in [p.name, *p.aliases] for t in name_key(n))
    agenda = merge_agenda(entries, exclude)

    hosts = frozenset.intersection(*(p.hosts for p in group if p.hosts)) if any(p.hosts for p in group) else None
    host = country_name(next(iter(hosts))) if hosts and len(hosts) == 1 else None

    # The title names the leaders: people given a head-of-state role come first.
    principals = [p for p in participants if any(is_principal_role(r) for r in p.roles)]
    leaders = [p.name for p in (principals or participants)[:2]]
    who = " and ".join(leaders) if leaders else "Unnamed participants"
    where = host or (location.value.value if location.value else None)
    when = date.value.iso or date.value.value if date.value else None
    title = f"{who} summit" + (f" in {where}" if where else "") + (f", {when}" if when else "")
    id_parts = [
        *leaders,
        (next(iter(hosts)) if hosts and len(hosts) == 1 else ""),
        (date.value.iso or "")[:7] if date.value else "",
    ]
    return Event(
        id=_slug(" ".join(x for x in id_parts if x)) or "event",
        title=title,
        articles=[p.number for p in group],
        article_ids=[p.summary.article_id for p in group],
        host_country=host,
        participants=participants,
        location=location,
        date=date,
        agenda_items=agenda,
        disagreements=loc_dis + date_dis,
    )


def _event_sort_key(group: list[Profile]) -> tuple[int, dt.date, int]:
    anchors = [x[0] for p in group for x in (p.span, p.published) if x]
    first = min(p.number for p in group)
    return (0, min(anchors), first) if anchors else (1, dt.date.min, first)


def merge_summaries(summaries: Sequence[ArticleSummary], failures: Sequence[Failure] = ()) -> Brief:
    """Merge per-article summaries into a :class:`Brief`; no model needed.

    Sources are numbered 1..n in input order (``Brief.sources``); every merged item
    cites them. Articles with ``summit_found=False`` are listed in ``no_summit``;
    ``failures`` (from :func:`summarizer.run.extract_async`) are carried over.

    >>> brief = merge_summaries(run.summaries, run.failures)  # doctest: +SKIP
    >>> [e.title for e in brief.events]  # doctest: +SKIP
    """
    sources = [
        Source(
            number=i,
            article_id=s.article_id,
            title=s.meta.title,
            url=s.meta.url,
            published=s.meta.published,
            file=s.meta.path,
            outlet=s.meta.source,
            summit_found=s.summit_found,
        )
        for i, s in enumerate(summaries, 1)
    ]
    found = [(i, s) for i, s in enumerate(summaries, 1) if s.summit_found]
    names = NameIndex(p.name for _, s in found for p in s.participants)
    delegates = delegates_of((s for _, s in found), names)
    profiles = [profile(i, s, names, delegates) for i, s in found]
    groups = sorted(cluster(profiles), key=_event_sort_key)
    events = [_build_event(g) for g in groups]
    seen: Counter[str] = Counter()
    for e in events:
        seen[e.id] += 1
        if seen[e.id] > 1:
            e.id = f"{e.id}-{seen[e.id]}"
    usage = Usage()
    for s in summaries:
        usage = usage.add(s.usage)
    return Brief(
        events=events,
        sources=sources,
        no_summit=[
            NoSummit(source=i, article_id=s.article_id, title=s.meta.title)
            for i, s in enumerate(summaries, 1)
            if not s.summit_found
        ],
        failures=list(failures),
        usage=usage,
    )


__all__ = ["merge_summaries"]
