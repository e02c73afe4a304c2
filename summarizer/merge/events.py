"""One event per summit, and the brief: the entry point of the merge step."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from summarizer.core.article import Failure
from summarizer.core.brief import (
    Brief,
    Event,
    MergedField,
    NoSummit,
    Source,
)
from summarizer.core.schema import ArticleSummary, Location, Usage
from summarizer.language.dates import day_range_phrase, parse_iso_date, parse_span
from summarizer.language.grammar import where_it_lies
from summarizer.language.places import Place, country_name, locate
from summarizer.language.text import fold as _fold
from summarizer.merge.agenda import merge_agenda
from summarizer.merge.fields import Raw, reconcile
from summarizer.merge.lede import lede
from summarizer.merge.people import NameIndex, merge_participants, name_key
from summarizer.merge.status import status_of
from summarizer.merge.summits import Profile, cluster, delegates_of, is_principal_role, profile
from summarizer.merge.timeline import timeline_of

# ======================================================================================
# Events and the brief
# ======================================================================================


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")


def _build_event(group: list[Profile], names: NameIndex) -> Event:
    entries = [(p.number, p.summary) for p in group]
    participants = merge_participants(entries, names)

    loc_raws = [
        Raw(n, s.article_id, s.location.status, s.location.value, s.location.attributed_to, s.location.evidence,
             locate(s.location), parse_iso_date(s.meta.published), _surroundings(s.location))
        for n, s in entries
        if s.location
    ]  # fmt: skip
    date_raws = [
        Raw(n, s.article_id, s.date.status, s.date.value, s.date.attributed_to, s.date.evidence,
             parse_span(s.date.iso), parse_iso_date(s.meta.published))
        for n, s in entries
        if s.date
    ]  # fmt: skip
    location, loc_dis = reconcile("location", loc_raws)
    date, date_dis = reconcile("date", date_raws)

    # People's names are not agenda concepts ("Kim's request" is about the request).
    exclude = frozenset(t for p in participants for n in [p.name, *p.aliases] for t in name_key(n))
    agenda = merge_agenda(entries, exclude)
    status, earlier_status = status_of(entries)
    timeline = timeline_of(entries)

    host = _host(loc_raws, location)
    # The title names the leaders: people given a head-of-state role come first.
    principals = [p for p in participants if any(is_principal_role(r) for r in p.roles)]
    # A leader that few of the summit's sources name is one its leaders met on the side (the
    # host's prime minister greeting a guest the day before): named in the list, not the title.
    most = max((len(p.sources) for p in principals), default=0)
    principals = [p for p in principals if 2 * len(p.sources) >= most]
    for p in participants:
        p.principal = not principals or p in principals
    # Every head of state or government of a summit of three or more (up to four); else the first two named.
    leaders = [p.name for p in principals[:4]] if principals else [p.name for p in participants[:2]]
    when, _ = when_of(date, group)
    title = " · ".join(x for x in (" – ".join(leaders) or "Unnamed participants", _where(location, host), when) if x)
    id_parts = [*leaders, host or "", (date.value.iso or "")[:7] if date.value else ""]
    return Event(
        id=_slug(" ".join(x for x in id_parts if x)) or "event",
        title=title,
        articles=[p.number for p in group],
        article_ids=[p.summary.article_id for p in group],
        host_country=host,
        participants=participants,
        status=status,
        earlier_status=earlier_status,
        timeline=timeline,
        location=location,
        date=date,
        agenda_items=agenda,
        disagreements=loc_dis + date_dis,
    )


def _surroundings(location: Location) -> frozenset[str]:
    """Words of the places the venue's own quotes say it lies in ("Far Eastern Federal
    University on Russky Island in the city of Vladivostok")."""
    said = " ".join(where_it_lies(e.quote, location.value) for e in location.evidence)
    return frozenset(t for t in re.split(r"[^a-z0-9]+", _fold(said)) if t)


def when_of(date: MergedField, group: list[Profile]) -> tuple[str, tuple[int, dt.date]]:
    """The event's date with its year, and its place in time order (undated last).

    The summit date resolved from its articles, else the range of their publication dates
    ("articles of 11–14 Sept 2023"), else "date unknown" (no article carries a date: give
    each file a `published:` date, or `--published`).
    """
    span = parse_span(date.value.iso) if date.value else None
    if span is not None:
        return day_range_phrase(*span), (0, span[0])
    published = sorted(p.published[0] for p in group if p.published)
    if published:
        return f"articles of {day_range_phrase(published[0], published[-1])}", (0, published[0])
    # A headline for an editor: it says what is missing; how to supply it is in the docs.
    return "date unknown", (1, dt.date.min)


#: A country the gazetteer guessed for a bare town name ("Bali" in India) weighs half a named one.
_GUESSED_VOTE = 0.5


def _host(places: list[Raw], location: MergedField) -> str | None:
    """The host country most of the event's articles name (a caption's other country is
    outvoted). A place the merge struck (Pyongyang floated, Panmunjom reported) gives none."""
    struck = {r.source for c in location.superseded for r in c.sources}
    votes: dict[str, float] = {}
    for raw in places:
        place: Place = raw.key
        if raw.number not in struck and len(place.countries) == 1:
            code = next(iter(place.countries))
            votes[code] = votes.get(code, 0.0) + (_GUESSED_VOTE if place.guessed else 1.0)
    ranked = sorted(votes.items(), key=lambda cv: -cv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return country_name(ranked[0][0])


def _where(location: MergedField, host: str | None) -> str | None:
    """ "Vostochny Space Centre, Russia": the venue, with its country unless it names it already."""
    venue = location.value.value if location.value else None
    if venue and host and host.lower() not in venue.lower():
        return f"{venue}, {host}"
    return venue or host


def _event_sort_key(event: Event, group: list[Profile]) -> tuple[int, dt.date, int]:
    rank, day = when_of(event.date, group)[1]
    return (rank, day, min(p.number for p in group))


def outlet_of(url: str | None) -> str | None:
    """The outlet a link names by its host: "https://www3.nhk.or.jp/news/..." -> "nhk.or.jp"."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return re.sub(r"^(?:www\d*|m|amp|mobile|edition)\.", "", host) or None


#: Words of an article's opening shown for a source with no headline.
OPENING_WORDS = 12


def opening_of(text: str) -> str | None:
    """The article's first words, for a source with no headline: "North Korean supremo, Kim
    Jong Un, has embarked on a journey to Russia in a …"."""
    words = text.split()
    if not words:
        return None
    return " ".join(words[:OPENING_WORDS]) + (" …" if len(words) > OPENING_WORDS else "")


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
            outlet=s.meta.source or outlet_of(s.meta.url),
            opening=None if s.meta.title else opening_of(s.text),
            summit_found=s.summit_found,
        )
        for i, s in enumerate(summaries, 1)
    ]
    found = [(i, s) for i, s in enumerate(summaries, 1) if s.summit_found]
    names = NameIndex(p.name for _, s in found for p in s.participants)
    delegates = delegates_of((s for _, s in found), names)
    profiles = [profile(i, s, names, delegates) for i, s in found]
    built = [(_build_event(g, names), g) for g in cluster(profiles)]
    events = [e for e, _ in sorted(built, key=lambda eg: _event_sort_key(*eg))]
    for e in events:
        e.lede = lede(e)
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


__all__ = ["merge_summaries", "outlet_of", "when_of"]
