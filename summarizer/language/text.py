"""The text normalisers: one module, each named for the comparison it serves.

Every step compares text (a name against an article, a line against a line seen before, a
topic against a topic): these say once what "the same text" means for each comparison.
Offsets are never taken from normalised text; ``extraction.ground`` keeps its own mapping
from normalised characters back to the article's.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans("’‘“”–—", "''\"\"--")


def fold(text: str) -> str:
    """Lowercase ASCII form: accents stripped, curly apostrophes straightened (names, places)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def strip_accents(text: str) -> str:
    """``text`` without combining accents, case and punctuation kept (word lists match "presidente")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def line_key(line: str) -> str:
    """Two lines are the same line: case, quote marks, dashes and spacing do not make them differ."""
    s = unicodedata.normalize("NFKC", line).casefold()
    s = s.translate(_QUOTES)
    return " ".join(re.sub(r"[^\w'\"-]+", " ", s).split())


def phrase_key(text: str) -> str:
    """Two phrases say the same words: only letters and digits count ("Sept. 13" = "sept 13")."""
    return " ".join(re.split(r"[^a-z0-9]+", fold(text))).strip()


def locate_in(text: str, quote: str, near: int) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text`` with any whitespace between its words (cleaning joins
    wrapped lines and collapses spaces), the occurrence nearest ``near``; ``None`` if nowhere."""
    words = quote.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [(abs(m.start() - near), m.start(), m.end()) for m in pattern.finditer(text)]
    if not found:
        return None
    _, start, end = min(found)
    return start, end


#: A topic longer than this many words is a clause the model copied from its sentence; the
#: page shows its head and the quote beside it shows the rest (the JSON keeps it whole).
LABEL_WORDS = 10
#: Where a copied clause may be cut: before a comma, a conjunction or a preposition that
#: opens what follows the topic's head.
_LABEL_CUT = re.compile(r",|\b(?:and|or|for|to|in|with|including|by|as|from)\b", re.I)


def topic_head(topic: str) -> str:
    """``topic`` as the page and the lede print it: whole when short; else its head, cut at a word boundary
    before a comma or a joining word after at least four words, at most ``LABEL_WORDS``, and "…"."""
    words = topic.split()
    if len(words) <= LABEL_WORDS:
        return topic
    head = " ".join(words[:LABEL_WORDS])
    cuts = [m.start() for m in _LABEL_CUT.finditer(head) if len(head[: m.start()].split()) >= 4]
    return (head[: cuts[0]] if cuts else head).rstrip(" ,;:") + " …"


__all__ = ["LABEL_WORDS", "fold", "line_key", "locate_in", "phrase_key", "strip_accents", "topic_head"]
