"""People's names as written: a name without the titles and nationality before it.

Read by the checks of one article (``extraction.people``: the same person listed twice) and by
the merge across articles (``merge.people``: one name per person).
"""

from __future__ import annotations

import re

from summarizer.language.lexicon import TITLE_WORDS
from summarizer.language.places import WORD as _WORD
from summarizer.language.places import gazetteer as _gazetteer
from summarizer.language.text import fold as _fold

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


__all__ = ["display_name"]
