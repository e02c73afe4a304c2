"""Check the model's confirmed/speculative flag against the sentence it quotes.

Small models over-use "confirmed". docs/annotation.md makes a claim speculative when the
article hedges it or attributes it to analysts, experts, unsided sources, media reports
or a third government. Those are surface cues: when the quoted evidence carries one,
the item is speculative whatever the model said. We never upgrade to confirmed on cues
alone: an unhedged sentence can still report a rumour, so that call stays the model's.
"""

from __future__ import annotations

import re

from summarizer.core.schema import Status

# Grouped by why they make a claim speculative; each is a whole-word pattern.
_HEDGES = [
    r"may",
    r"might",
    r"could",
    r"likely",
    r"unlikely",
    r"possibl[ey]",
    r"possibility",
    r"potential(?:ly)?",
    r"reportedly",
    r"(?:is|are|was|were) said to",
    r"expected to",
    r"anticipated",
    r"rumou?r(?:s|ed)?",
    r"speculat\w*",
    r"perhaps",
    r"would",
    r"contemplat\w*",
    r"consider(?:s|ing)?",
    r"mull\w*",
    r"hint(?:s|ed)?",
    r"suggest\w*",
    r"believe[sd]?",
    r"belief",
    r"predict\w*",
    r"forecast\w*",
    r"if",
    r"whether",
    r"seek(?:s|ing)?",
]
_ATTRIBUTIONS = [
    r"analysts?",
    r"experts?",
    r"observers?",
    r"commentators?",
    r"political scientists?",
    r"media reports?",
    r"reports? (?:say|suggest|indicate)",
    r"according to (?:media|reports|sources)",
    r"citing",
    r"sources? (?:say|said|hinted|familiar)",
    r"unnamed sources?",
    r"intelligence",
    r"warn(?:s|ed|ing)?",
    r"cautioned",
]
_CUE = re.compile(r"\b(" + "|".join(_HEDGES + _ATTRIBUTIONS) + r")\b", re.I)


def speculative_cues(text: str) -> list[str]:
    """The hedge or attribution words in ``text``, lower-cased, in order, without repeats."""
    seen: list[str] = []
    for m in _CUE.finditer(text):
        cue = m.group(1).lower()
        if cue not in seen:
            seen.append(cue)
    return seen


# "X has been confirmed by the Kremlin, following months of speculation": a sentence that
# reports a confirmation mentions the earlier rumours only as background. There, words
# that merely *name* speculation do not hedge the claim; real hedges (may, could) still do.
_CONFIRMS = re.compile(r"\b(?:confirm(?:ed|s)|announced|officially)\b", re.I)
_NAMES_SPECULATION = re.compile(r"^(?:speculat\w*|rumou?r(?:s|ed)?)$")


def _hedges(quote: str) -> list[str]:
    cues = speculative_cues(quote)
    if _CONFIRMS.search(quote):
        cues = [c for c in cues if not _NAMES_SPECULATION.match(c)]
    return cues


# An agenda item is confirmed when the article says the leaders discuss it, agreed on it,
# or that a side announced it. A sentence stating a background fact ("the two share a
# disdain for sanctions") confirms the fact, not that it is on the table.
_TABLED = re.compile(
    r"\b(?:discuss\w*|talks?|agree\w*|sign\w*|deals?|pacts?|treaty|treaties|accords?|agenda|negotiat\w*"
    r"|announc\w*|confirm\w*|said|says|stated|declared|pledg\w*|vow\w*|rais(?:e|es|ed|ing)|request\w*"
    r"|ask(?:s|ed)?|offer\w*|focus\w*|address\w*|cover\w*|meeting|summit)\b",
    re.I,
)


def check_flag(status: Status, quotes: list[str], *, agenda: bool = False) -> tuple[Status, str | None]:
    """Return the flag to keep and, when it changed, a note saying why.

    ``agenda``: the item is an agenda topic, which is confirmed only when its sentence
    also says it is discussed, agreed or announced.
    """
    if status is Status.speculative:
        return status, None
    cues = [c for q in quotes for c in _hedges(q)]
    if cues:
        shown = ", ".join(dict.fromkeys(cues))
        return Status.speculative, f"model said confirmed; the quoted evidence hedges or attributes it ({shown})"
    if agenda and not any(_TABLED.search(q) for q in quotes):
        return Status.speculative, (
            "model said confirmed; the quoted evidence states a fact but not that the leaders discuss or agreed on it"
        )
    return status, None


__all__ = ["check_flag", "speculative_cues"]
