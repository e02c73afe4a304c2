"""The proof printed under each line of the brief: a short quote and who says it.

An editor must be able to check a line without the article. So each line shows one
quote, from a source that flags the item as the line does (a confirmed line quotes a
confirming source), trimmed around the words that prove it: the item's own words and the
words that decide its flag ("may", "analysts", "confirmed by"). A trim never cuts inside
those; what is cut is marked "…". Beside the quote, who says it, in the article's words:
"per Japan's Kyodo news agency", "the Kremlin said", "analysts say".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.core.brief import SourceRef
from summarizer.core.schema import Status
from summarizer.language.lexicon import NOT_NAMES
from summarizer.language.text import fold

#: Words kept on either side of the proof words.
CONTEXT_WORDS = 4
#: A quote of at most this many words is shown whole.
WHOLE_WORDS = 24

#: Words that decide a flag: hedges, attributions and verbs of saying or confirming.
_CUES = re.compile(
    r"^(?:may|might|could|would|likely|unlikely|possibl[ey]|potential(?:ly)?|reportedly|expected|rumou?r\w*|"
    r"speculat\w*|analysts?|experts?|sources?|reports?|said|says|say|told|confirm\w*|announc\w*|according|"
    r"agreed|signed|pledged|plans?|planning|will|if|whether)$",
    re.I,
)
_WORD = re.compile(r"\S+")

# Who says it, in the sentence's own words. Names and bodies are a run of words up to a
# comma, a full stop or "that".
_WHO = r"((?:the\s+)?(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)"
_PER = re.compile(
    rf"\b(?:according to|as confirmed by|confirmed by|as reported by|reported by|citing|quoted by)\s+{_WHO}(?=\s*(?:[,.;:”\"]|$|\s+(?:that|on|in|as|and)\b))",
    re.I,
)
_SAID_BY = re.compile(
    r"((?i:the)\s+(?:\w+\s+){0,2}(?:ministry|office|government|spokes\w+)|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)"
    r"\s+(?:said|says|told|announced|confirmed|stated|declared|added)\b"
)
_SAID_AFTER = re.compile(r"\b(?:said|says|added|told)\s+((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)")
_GROUP = re.compile(r"\b(analysts|experts|observers|sources|media reports|officials|diplomats)\b", re.I)


@dataclass(frozen=True)
class Proof:
    """A line's quote (trimmed), the source it is from, and who it says makes the claim."""

    quote: str
    source: int
    credit: str | None


def credit_of(quote: str) -> str | None:
    """Who ``quote`` says makes its claim: "per X" for "according to X" / "as confirmed by X",
    "X said" for a named speaker, "analysts say" for a group; None when it is the article's
    own statement."""
    if m := _PER.search(quote):
        return "per " + m.group(1).strip().rstrip(".,;:")
    for pattern in (_SAID_BY, _SAID_AFTER):
        for m in pattern.finditer(quote):
            words = m.group(1).split()
            lead = ["the"] if words[0] in ("The", "the") and len(words) > 1 else []
            who = " ".join(lead + [w for w in words if w not in NOT_NAMES and w != "the"])
            if who and who != "the":
                return f"{who} said"
    if m := _GROUP.search(quote):
        said = re.match(r"[\s,]*(?:\w+\s+){0,2}?(?:said|told|added)\b", quote[m.end() :])
        return f"{m.group(1).lower()} {'said' if said else 'say'}"
    return None


def _stem(word: str) -> str:
    return fold(word).strip(".,;:!?\"'“”‘’()")[:5]


def _wanted(text: str) -> set[str]:
    """The stems of ``text``'s words worth finding in a quote (three letters or more)."""
    return {_stem(w) for w in text.split() if len(_stem(w)) >= 3}


def trim(quote: str, says: str) -> str:
    """``quote`` cut to the words that prove ``says`` (its own words, and the hedges,
    attributions and verbs of saying of the quote) with a few words around them."""
    tokens = _WORD.findall(" ".join(quote.split()))
    if len(tokens) <= WHOLE_WORDS:
        return " ".join(tokens)
    wanted = _wanted(says)
    keep = [i for i, t in enumerate(tokens) if _stem(t) in wanted]
    if not keep:
        return " ".join(tokens)
    cues = [i for i, t in enumerate(tokens) if _CUES.match(t.strip(".,;:!?\"'“”‘’()"))]
    # The cue nearest the item's words decides its flag; keep it with them.
    if cues:
        nearest = min(cues, key=lambda i: min(abs(i - k) for k in keep))
        keep.append(nearest)
    spans = sorted((max(0, i - CONTEXT_WORDS), min(len(tokens), i + CONTEXT_WORDS + 1)) for i in keep)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1] + 2:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    parts = [("… " if s > 0 and n == 0 else "") + " ".join(tokens[s:e]) for n, (s, e) in enumerate(merged)]
    text = " … ".join(parts)
    return text + (" …" if merged[-1][1] < len(tokens) else "")


def _coverage(quote: str, line: str) -> float:
    """The share of the line's words (by stem) that the quote contains."""
    wanted = _wanted(line)
    have = {_stem(w) for w in quote.split()}
    return len(wanted & have) / len(wanted) if wanted else 0.0


def proof(sources: list[SourceRef], status: Status | str, line: str = "") -> Proof | None:
    """The quote to print for a line ``line`` flagged ``status``: from a source flagging it
    the same way when one does, the one naming most of the line's words, then the
    shortest once trimmed; None when no source has a quote."""
    same = [r for r in sources if r.status == status] or list(sources)
    candidates = [(r, ev.quote) for r in sorted(same, key=lambda r: r.source) for ev in r.evidence]
    if not candidates:
        return None

    def rank(c: tuple[SourceRef, str]) -> tuple[float, int]:
        r, quote = c
        return (-_coverage(quote, line or r.says), len(trim(quote, line or r.says)))

    r, quote = min(candidates, key=rank)
    return Proof(quote=trim(quote, f"{line} {r.says}"), source=r.source, credit=credit_of(quote))


__all__ = ["CONTEXT_WORDS", "Proof", "credit_of", "proof", "trim"]
