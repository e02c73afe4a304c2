"""The review view: every article with the sentences the brief rests on highlighted, and what was refused.

An editor who doubts a line of the brief clicks its source number and lands on the
sentence in its article, highlighted by flag (confirmed, speculative), with every item it
proves named beside it. Under each article, the items the model proposed and the checks
refused, with the reason. The same spans go out as JSONL in langextract's
``AnnotatedDocument`` shape (``document_id``, ``text``, ``extractions`` with
``char_interval``), so that its viewer (``langextract.visualize``) opens them too.

Offsets are the summaries' own (they index the text as the user gave it); nothing here
re-reads an article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.core.brief import Brief
from summarizer.core.schema import ArticleSummary, Evidence, Status
from summarizer.rendering.environment import environment
from summarizer.rendering.proof import span_id


@dataclass(frozen=True)
class Label:
    """One item a span proves: its kind, its words and its flag."""

    kind: str
    text: str
    status: Status


@dataclass(frozen=True)
class Piece:
    """A run of an article's text: plain, or a highlighted span with what it proves."""

    text: str
    anchor: str | None = None
    labels: tuple[Label, ...] = ()

    @property
    def confirmed(self) -> bool:
        return any(label.status == Status.confirmed for label in self.labels)


#: The review page's word for each kind of kept item (``ArticleSummary.items``).
_KIND_LABEL = {"participant": "participant", "location": "where", "date": "when", "agenda_item": "agenda"}


def _labelled_spans(s: ArticleSummary) -> dict[tuple[int, int], list[Label]]:
    """Every kept item's evidence span, with the items it proves (one sentence may prove several)."""
    proved: list[tuple[str, str, Status, list[Evidence]]] = [
        (_KIND_LABEL[kind], _words(item), item.status, item.evidence) for kind, item in s.items()
    ]
    if (st := s.summit_status) is not None:
        proved.append(("status", st.state, st.status, st.evidence))
    spans: dict[tuple[int, int], list[Label]] = {}
    for kind, text, status, evidence in proved:
        for e in evidence:
            spans.setdefault((e.start, e.end), []).append(Label(kind, text, status))
    return spans


def _words(item: object) -> str:
    """An item's own words: a participant's name, a place's or date's value, a topic."""
    for field in ("name", "value", "topic"):
        if isinstance(words := getattr(item, field, None), str):
            return words
    return ""


def pieces(number: int, s: ArticleSummary) -> list[Piece]:
    """The article's text cut at its evidence spans, in order. Spans are whole sentences, so
    they never overlap; one that would (a malformed summary) is left plain."""
    out: list[Piece] = []
    at = 0
    for (start, end), labels in sorted(_labelled_spans(s).items()):
        if start < at or end > len(s.text):
            continue
        if start > at:
            out.append(Piece(s.text[at:start]))
        out.append(Piece(s.text[start:end], span_id(number, start, end), tuple(labels)))
        at = end
    if at < len(s.text):
        out.append(Piece(s.text[at:]))
    return out


def render_review(
    summaries: Sequence[ArticleSummary], *, brief: Brief | None = None, brief_href: str | None = None
) -> str:
    """The review page for ``summaries``, numbered as the brief numbers its sources (1..n in order);
    with ``brief``, each summit's timeline first (its sources in publication order, what each added)."""
    env = environment()
    articles = [(n, s, pieces(n, s)) for n, s in enumerate(summaries, 1)]
    events = brief.events if brief is not None else []
    return env.get_template("review.html.j2").render(articles=articles, events=events, brief_href=brief_href)


def langextract_jsonl(summaries: Sequence[ArticleSummary]) -> str:
    """The evidence spans as langextract ``AnnotatedDocument`` JSON lines, one article a line."""
    lines = []
    for s in summaries:
        extractions: list[dict[str, object]] = []
        for (start, end), labels in sorted(_labelled_spans(s).items()):
            for label in labels:
                extractions.append(
                    {
                        "extraction_class": label.kind,
                        "extraction_text": s.text[start:end],
                        "char_interval": {"start_pos": start, "end_pos": end},
                        "alignment_status": "match_exact",
                        "extraction_index": len(extractions) + 1,
                        "group_index": len(extractions),
                        "description": label.text,
                        "attributes": {"status": label.status.value, "item": label.text},
                    }
                )
        lines.append(json.dumps({"document_id": s.article_id, "text": s.text, "extractions": extractions}))
    return "\n".join(lines) + ("\n" if lines else "")


__all__ = ["Label", "Piece", "langextract_jsonl", "pieces", "render_review"]
