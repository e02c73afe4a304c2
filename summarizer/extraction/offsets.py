"""Evidence offsets into the text as the user gave it.

The model reads the cleaned text (boilerplate out, wrapped lines joined, a title from
metadata put first); the summary's evidence must index the article as given, so that an
editor can check every quote in the file itself. Each quote is looked up in the given text
with any whitespace between its words (:func:`summarizer.language.text.locate_in`), the
occurrence nearest its cleaned position; the quote becomes the given text's own words.
A quote that is not in the given text (a title that came only from metadata) cannot
prove anything there: it is dropped, and an item left with no quote is rejected.
"""

from __future__ import annotations

from typing import Any

from summarizer.core.article import Article
from summarizer.core.schema import Evidence, ItemKind, RejectedItem, Rule
from summarizer.language.text import locate_in

#: The summary fields that carry evidence, and their kind in ``rejected``.
_KINDS: tuple[tuple[str, ItemKind], ...] = (
    ("participants", "participant"),
    ("location", "location"),
    ("date", "date"),
    ("agenda_items", "agenda_item"),
)


def _moved(given: str, evidence: list[Evidence]) -> list[Evidence]:
    out: list[Evidence] = []
    for ev in evidence:
        span = locate_in(given, ev.quote, ev.start)
        if span is not None:
            start, end = span
            out.append(ev.model_copy(update={"quote": given[start:end], "start": start, "end": end}))
    return out


def to_given_text(article: Article, fields: dict[str, Any], rejected: list[RejectedItem]) -> dict[str, Any]:
    """``fields`` with every evidence offset into ``article.given``; items left unproven go to ``rejected``."""
    if article.source_text is None:
        return fields
    out = dict(fields)
    why = "its quote is not in the text as given (it came from the title in the metadata)"
    for name, kind in _KINDS:
        value = fields.get(name)
        items = value if isinstance(value, list) else [value] if value is not None else []
        kept = []
        for item in items:
            evidence = _moved(article.given, item.evidence)
            # An item with no evidence at all only comes from a replay without the rules
            # (``summarizer eval``'s model-only figure): there is nothing to move.
            if evidence or not item.evidence:
                kept.append(item.model_copy(update={"evidence": evidence}))
            else:
                rejected.append(
                    RejectedItem(kind=kind, item=item.model_dump(mode="json"), reason=why, code=Rule.not_in_given_text)
                )
        if name in fields:
            out[name] = kept if isinstance(value, list) else (kept[0] if kept else None)
    # The summit's status is the article's own words, not a model's item: without its quote
    # in the given text it is left out, with nothing to reject.
    if (status := fields.get("summit_status")) is not None:
        evidence = _moved(article.given, status.evidence)
        out["summit_status"] = status.model_copy(update={"evidence": evidence}) if evidence else None
    return out


__all__ = ["to_given_text"]
