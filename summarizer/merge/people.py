"""People across articles: one name per person (spellings unified), roles kept, sources listed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz

from summarizer.core.brief import (
    MergedParticipant,
)
from summarizer.core.schema import ArticleSummary, Status
from summarizer.language.lexicon import OFFICE, TITLE_WORDS
from summarizer.language.names import display_name
from summarizer.language.places import gazetteer as _gazetteer
from summarizer.language.text import fold as _fold
from summarizer.merge.fields import cite_once, source_ref

# ======================================================================================
# Names
# ======================================================================================


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


_ROLE_BEFORE_MAX = 5


def _role_word(word: str) -> bool:
    """A word of a role phrase: a title ("President", "leader") or a country or nationality
    ("North", "Korean", "China's", "U.S.")."""
    folded = _fold(word).strip(".")
    folded = folded[:-2] if folded.endswith(("'s", "’s")) else folded
    if folded in TITLE_WORDS or folded in ("north", "south", "us", "u.s"):
        return True
    # "Korean" of "North Korean": a nationality the gazetteer knows only with its prefix.
    return bool(_gazetteer().find_countries(word) or _gazetteer().find_countries(f"North {word}"))


def roles_in_text(name: str, text: str) -> Counter[str]:
    """The roles ``text`` gives ``name`` right before it, counted: "Russian President Vladimir
    Putin" -> "Russian President". Title words and countries or nationalities, on the name's
    own line, ending with a title word."""
    found: Counter[str] = Counter()
    parts = name_key(name)
    if not parts:
        return found
    surname = re.escape(display_name(name).split()[-1])
    for m in re.finditer(rf"\b{surname}\b", text):
        # Inside someone else's longer name ("Kim Jong Un" for "Kim Yo Jong"): not this person.
        after = re.match(r"[ \t]+([A-Z][\w'-]*)", text[m.end() :])
        if after and _fold(after.group(1)) not in parts and not _role_word(after.group(1)):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 80) : m.start()].split()
        # Skip the person's own given names ("Vladimir" of "Vladimir Putin").
        while before and _fold(before[-1]).strip(".,") in parts:
            before.pop()
        role: list[str] = []
        for w in reversed(before[-_ROLE_BEFORE_MAX:]):
            bare = w.strip(',;:()"“”')
            if w.endswith((",", ";", ":", ")", '"', "”")) or not bare or not _role_word(bare):
                break
            role.insert(0, bare)
            if bare != w:  # an opening quote or bracket: the phrase starts here
                break
        while role and _fold(role[0]) in ("the", "his", "her", "first", "special", "top"):
            role.pop(0)
        if role and _fold(role[-1]).strip(".") in TITLE_WORDS and OFFICE.search(" ".join(role)):
            found[" ".join(role)] += 1
    return found


def _ranked_roles(said: Counter[str]) -> list[str]:
    """Roles the articles give, one per spelling ignoring case, those that name a country
    ("Indian Prime Minister" over "Prime Minister") first, then the most used."""
    by_fold: dict[str, Counter[str]] = {}
    for role, n in said.items():
        by_fold.setdefault(_fold(role), Counter())[role] += n
    spelled = {max(c, key=lambda r: (c[r], sum(ch.isupper() for ch in r))): sum(c.values()) for c in by_fold.values()}

    def names_country(role: str) -> bool:
        return any(_fold(w).strip(".") not in TITLE_WORDS for w in role.split())

    return sorted(spelled, key=lambda r: (not names_country(r), -spelled[r], -len(r)))


def merge_participants(
    entries: list[tuple[int, ArticleSummary]], names: NameIndex | None = None
) -> list[MergedParticipant]:
    """One entry per person across ``entries``; ``names``: the brief's own index, so that a
    person has one name in every summit of the brief (default: an index of these entries)."""
    names = names or NameIndex(p.name for _, s in entries for p in s.participants)
    by_key: dict[tuple[str, ...], dict[str, Any]] = {}
    unnamed = 0
    for number, s in entries:
        for p in s.participants:
            key = names.key(p.name)
            if key is None:
                unnamed += 1
                key = ("", str(unnamed))
            slot = by_key.setdefault(
                key, {"spellings": [], "roles": [], "refs": {}, "first": len(by_key), "said": Counter()}
            )
            slot["said"].update(roles_in_text(p.name, s.text))
            shown = display_name(p.name)
            if shown not in slot["spellings"]:
                slot["spellings"].append(shown)
            if p.role and not any(fuzz.ratio(_fold(p.role), _fold(r)) >= 90 for r in slot["roles"]):
                slot["roles"].append(p.role)
            cite_once(slot["refs"], source_ref(number, s.article_id, p, p.name), repeat_says=False)
    out: list[tuple[tuple[int, int, int], MergedParticipant]] = []
    for key, slot in by_key.items():
        refs = [slot["refs"][k] for k in sorted(slot["refs"])]
        name = names.canonical(key) if key[0] else slot["spellings"][0]
        status = Status.confirmed if any(r.status == Status.confirmed for r in refs) else Status.speculative
        # The articles' own words for the role first: one that names the country
        # ("Russian President" over "President"), the most used, then the longest.
        said = _ranked_roles(slot["said"])
        roles = said + [r for r in slot["roles"] if not any(_fold(r) in _fold(x) for x in said)]
        out.append(
            (
                (-len(refs), status != Status.confirmed, slot["first"]),
                MergedParticipant(
                    name=name,
                    aliases=[a for a in slot["spellings"] if a != name],
                    roles=roles,
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
    "roles_in_text",
]
