"""People across articles: one name per person (spellings unified), roles kept, sources listed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz

from summarizer.core.brief import (
    MergedParticipant,
    SourceRef,
)
from summarizer.core.places import WORD as _WORD
from summarizer.core.places import gazetteer as _gazetteer
from summarizer.core.schema import ArticleSummary, Status
from summarizer.core.text import fold as _fold
from summarizer.core.vocabulary import TITLE_WORDS
from summarizer.merge.fields import cite_once

# ======================================================================================
# Names
# ======================================================================================



_INITIALS = re.compile(r"\b(?:[A-Z]\.\s*){2,}")


def display_name(raw: str) -> str:
    """A person's name without leading titles or nationality ('President Vladimir Putin' -> 'Vladimir Putin').

    Names that are only a role ("North Korea's foreign minister") come back unchanged.
    """
    text = raw.strip()
    covered = [(s, e) for s, e, _ in _gazetteer().find_countries(text)]
    # Initials before a title ("U. S. President") abbreviate a country, not the name
    # ("J. D. Vance" keeps his).
    covered += [
        (m.start(), m.end())
        for m in _INITIALS.finditer(text)
        if _fold(text[m.end() :].split(" ", 1)[0]).strip("'.,") in TITLE_WORDS
    ]
    for m in _WORD.finditer(text):
        word = _fold(m.group(0)).strip("'.")
        word = word[:-2] if word.endswith("'s") else word
        in_country = any(s <= m.start() < e for s, e in covered)
        if in_country or word in TITLE_WORDS:
            continue
        if not m.group(0)[:1].isupper():
            return text  # a lowercase word after the titles: a description, not a name
        return text[m.start() :].strip(" ,.")
    return text


def name_key(raw: str) -> tuple[str, ...]:
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
            key = name_key(raw)
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

    def key(self, raw: str) -> tuple[str, ...] | None:
        """The identity of a spelling (a hashable key), or None for an empty name."""
        k = name_key(raw)
        return self._group.get(k) if k else None

    def canonical(self, key: tuple[str, ...]) -> str:
        """The fullest, most used spelling of an identity."""
        spellings: Counter[str] = Counter()
        for k, g in self._group.items():
            if g == key:
                spellings.update(self._raw[k])
        first = {s: i for i, s in enumerate(spellings)}
        return max(spellings, key=lambda s: (len(name_key(s)), spellings[s], -first[s]))



# ======================================================================================
# Participants
# ======================================================================================


def merge_participants(entries: list[tuple[int, ArticleSummary]]) -> list[MergedParticipant]:
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
            new = SourceRef(
                source=number,
                article_id=s.article_id,
                status=p.status,
                says=p.name,
                attributed_to=p.attributed_to,
                evidence=list(p.evidence),
            )
            cite_once(slot["refs"], new, repeat_says=False)
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


__all__ = [
    "NameIndex",
    "display_name",
    "merge_participants",
    "name_key",
]
