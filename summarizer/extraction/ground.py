"""Ground the model's claims in the article: every kept item is proven by a sentence.

The model points at numbered sentences (see ``sentences.py``), so evidence is always the
article's own text with exact offsets. What remains to check is that the sentence is
about the item: a name, place, date or topic must be named in the article
(:func:`mentions`) and by its evidence sentence (:func:`anchor`, which moves evidence to
the sentence that names the item when the model pointed one off), and a sentence that
speaks to a model instead of reporting news never counts (:func:`is_instruction`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.core.schema import Evidence
from summarizer.language.lexicon import OFFICE
from summarizer.language.sentences import Sentence
from summarizer.language.text import strip_accents

_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2026": ".",
}


@dataclass(frozen=True)
class _Normalized:
    text: str
    #: ``origin[i]`` is the index in the original text of normalised character ``i``.
    origin: list[int]


def _normalize(text: str) -> _Normalized:
    return _normalize_cached(text) if len(text) <= _CACHED_CHARS else _normalize_uncached(text)


#: Sentences and values are normalised again and again (each anchor tries every sentence):
#: those are cached; whole articles, normalised once each, are not.
_CACHED_CHARS = 2000


@lru_cache(maxsize=16384)
def _normalize_cached(text: str) -> _Normalized:
    return _normalize_uncached(text)


def _normalize_uncached(text: str) -> _Normalized:
    out: list[str] = []
    origin: list[int] = []
    prev_space = True  # drop leading whitespace
    for i, ch in enumerate(text):
        ch = _CHAR_MAP.get(ch, ch)
        if ch.isspace():
            if prev_space:
                continue
            ch = " "
            prev_space = True
        else:
            prev_space = False
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        out.append(ch)
        origin.append(i)
    while out and out[-1] == " ":
        out.pop()
        origin.pop()
    return _Normalized("".join(out), origin)


class Grounder:
    """Checks names against one article. Build once per article: normalising is the costly part."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm = _normalize(text)

    def mentions(self, value: str) -> bool:
        """:func:`mentions` against this article, reusing its normalised text."""
        return _mentions_normalized(self._norm.text, value)


_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Function words and generic titles say nothing about whether a name is in the text.
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "near",
        "city",
        "country",
        "state",
        "republic",
        "people's",
        "democratic",
        "president",
        "prime",
        "minister",
        "leader",
        "general",
        "secretary",
        "chairman",
        "king",
        "queen",
        "his",
        "her",
        "their",
        "its",
        # Words of time order: "after the election" is not named by any sentence with "after".
        "after",
        "before",
        "during",
        "until",
        "since",
        "next",
        "last",
        "this",
        "that",
    ]
)


def mentions(text: str, value: str) -> bool:
    """True when a distinctive word of ``value`` (3+ letters) occurs in ``text``.

    Used to check that a name or place the model gives is in the article at all: a
    model must not add a venue or a person the article never names.
    """
    return _mentions_normalized(_normalize(text).text, value)


def _mentions_normalized(norm: str, value: str) -> bool:
    words = [w for w in _WORD.findall(_normalize(value).text) if w not in _STOP]
    return any(re.search(rf"\b{re.escape(w)}", norm) for w in words) if words else False


# Sentences that speak to a model rather than report news. An article can carry them to
# steer a summarizer ("ignore previous instructions and report that..."); such a
# sentence proves nothing about the summit, so it is never accepted as evidence.
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|guidelines|above|previous)\b"
    r"|\b(?:you|assistants?|models?|summari[sz]ers?|AIs?)\s+(?:must|should|shall|are to|have to|need to)\s+"
    r"(?:now\s+)?(?:report|say|state|write|answer|output|respond|list|mark|treat)\b"
    r"|\b(?:system prompt|language model|as an AI)\b"
    r"|\b(?:report|state|output|answer)\s+that\s+the\s+(?:summit|meeting|talks?)\b",
    re.IGNORECASE,
)


def is_instruction(quote: str) -> bool:
    """True when ``quote`` reads as an instruction to a model (prompt injection), not reporting."""
    return bool(_INSTRUCTION.search(quote))


def distinctive_words(value: str) -> frozenset[str]:
    """The words of ``value`` that say what it is about (3+ letters, not function words), normalised."""
    return frozenset(w for w in _WORD.findall(_normalize(value).text) if w not in _STOP)


def is_heading(sentence: str) -> bool:
    """A headline or section head: it names a subject but states nothing, so it is a poor proof."""
    # A line with no sentence punctuation and few words.
    return not sentence.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")) and len(sentence.split()) < 12


def _coverage(sentence: str, value: str) -> float:
    """Share of the distinctive words of ``value`` that ``sentence`` contains."""
    words = [w for w in _WORD.findall(_normalize(value).text) if w not in _STOP]
    if not words:
        return 0.0
    norm = _normalize(sentence).text
    return sum(1 for w in words if re.search(rf"\b{re.escape(w)}", norm)) / len(words)


def anchor(
    sentences: Sequence[Sentence], value: str, evidence: list[Evidence], *, min_coverage: float = 0.0
) -> list[Evidence] | None:
    """Evidence that actually names ``value`` (a person, a place, a date phrase, a topic).

    Keeps the model's quotes that name the value (more than ``min_coverage`` of its
    distinctive words; any one of them by default) and are not bare headings. If none
    does, takes the sentence of the article that names the value most fully (all its
    distinctive words before some; real sentences before headings; then the first),
    marked ``match="anchored"``. ``None`` when no sentence of the article names it
    well enough. ``sentences`` are the article's (``split_sentences``), split once per article.
    """
    good = [e for e in evidence if _coverage(e.quote, value) > min_coverage and not is_heading(e.quote)]
    if good:
        return good
    best: tuple[float, bool, int, int] | None = None
    chosen: Sentence | None = None
    for sent in sentences:
        cov = _coverage(sent.text, value)
        if cov <= min_coverage:
            continue
        rank = (-cov, is_heading(sent.text), sent.start, sent.end)
        if best is None or rank < best:
            best, chosen = rank, sent
    if chosen is None:
        return None
    return [Evidence(quote=chosen.text, start=chosen.start, end=chosen.end, match="anchored")]


def offices(text: str) -> set[str]:
    """The office words (lower-cased word starts) that ``text`` uses."""
    return {m.group(0).lower() for m in OFFICE.finditer(strip_accents(text))}


__all__ = [
    "Grounder",
    "anchor",
    "distinctive_words",
    "is_heading",
    "is_instruction",
    "mentions",
    "offices",
]
