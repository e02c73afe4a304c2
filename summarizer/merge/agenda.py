"""Agenda items across articles: topics that name the same thing become one item, with every source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.core.brief import (
    MergedAgendaItem,
    SourceRef,
)
from summarizer.core.places import gazetteer as _gazetteer
from summarizer.core.places import words as _words
from summarizer.core.schema import AgendaItem, ArticleSummary, Status
from summarizer.core.text import fold as _fold
from summarizer.core.text import phrase_key
from summarizer.merge.clustering import agglomerate
from summarizer.merge.fields import cite_once

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
        if fuzz.token_set_ratio(phrase_key(a.item.topic), phrase_key(b.item.topic)) >= 90:
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


def merge_agenda(entries: list[tuple[int, ArticleSummary]], exclude: frozenset[str]) -> list[MergedAgendaItem]:
    """The event's agenda: topics grouped by meaning, most-cited first, confirmed before speculative."""
    topics = _topics_of(entries, exclude)
    n = len(topics)
    score = [[_topic_score(topics[i], topics[j]) if i != j else 1.0 for j in range(n)] for i in range(n)]
    merged: list[tuple[tuple[int, bool, int], MergedAgendaItem]] = []
    for gi, members in enumerate(_cluster_topics(score)):
        item = _merged_item(topics, members, score)
        # Most-cited first, confirmed before speculative, then first mention.
        merged.append(((-len(item.sources), item.status != Status.confirmed, gi), item))
    return [m for _, m in sorted(merged, key=lambda x: x[0])]


def _topics_of(entries: list[tuple[int, ArticleSummary]], exclude: frozenset[str]) -> list[_Topic]:
    topics: list[_Topic] = []
    for number, s in entries:
        for item in s.agenda_items:
            topics.append(_Topic(number, s.article_id, item, _concepts(item.topic, exclude)))
    return topics


def _cluster_topics(score: list[list[float]]) -> list[list[int]]:
    """Average-linkage clustering: repeatedly join the two closest groups, but only when
    at least half of the cross pairs match, so near-misses cannot chain into one blob."""

    def fit(a: list[int], b: list[int]) -> float | None:
        pairs = [score[x][y] for x in a for y in b]
        if sum(p >= AGENDA_MATCH_MIN for p in pairs) * 2 < len(pairs):
            return None
        return sum(pairs) / len(pairs)

    return sorted(agglomerate(len(score), fit), key=lambda g: g[0])


def _merged_item(topics: list[_Topic], members: list[int], score: list[list[float]]) -> MergedAgendaItem:
    g = [topics[i] for i in members]

    def centrality(i: int) -> tuple[bool, float, int]:
        # The confirmed, most typical wording.
        t = topics[i]
        return (t.item.status == Status.confirmed, sum(score[i][j] for j in members), -i)

    rep = topics[max(members, key=centrality)]
    refs: dict[int, SourceRef] = {}
    for t in g:
        cite_once(refs, SourceRef(
            source=t.number,
            article_id=t.article_id,
            status=t.item.status,
            says=t.item.topic,
            attributed_to=t.item.attributed_to,
            evidence=list(t.item.evidence),
        ))  # fmt: skip
    status = Status.confirmed if any(t.item.status == Status.confirmed for t in g) else Status.speculative
    return MergedAgendaItem(topic=rep.item.topic, status=status, sources=[refs[k] for k in sorted(refs)])


__all__ = ["AGENDA_MATCH_MIN", "merge_agenda"]
