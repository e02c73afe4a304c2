"""What each judgment does to the model's answers, measured against the answer keys.

A summary keeps the model's own answer (``ArticleSummary.model_answer``), so the rules can
be replayed over it with no model call:

* **model-only**: the answer with no rule at all (each item at the sentence the model
  named, with the model's flag), scored like any summary. A judgment layer is worth what
  it adds over this figure.
* **the ledger**: for every rule, the summaries rebuilt with that one rule off, compared
  item by item with the summaries built with every rule (what the rule changes, given all
  the others). An item is one thing the key can call right or wrong: a principal found, a
  false participant, the venue, the date, a core agenda topic found, a false topic (fields);
  the flag of an item matched to the key in both versions (flags).

A rule earns its place when, on every key, it changes at least as many items to right as
to wrong (docs/quality.md, "The ledger").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from pydantic import BaseModel, Field

from summarizer.core.article import Article
from summarizer.core.schema import ALL_RULES, ArticleSummary, Rule
from summarizer.evaluation.gold import GoldArticle, GoldFile
from summarizer.evaluation.report import Change, KeyFigures, LedgerRow
from summarizer.evaluation.score import date_correct, evaluate, location_correct, match_agenda, score_participants

#: Rebuilds a summary from its model answer with the given rules in force.
Rebuild = Callable[[Article, ArticleSummary, frozenset[Rule]], ArticleSummary]


class _Outcome(BaseModel):
    """Which items of one summary the key calls right (booleans) and how many false ones it has."""

    right: dict[str, bool] = Field(default_factory=dict)
    false: Counter[str] = Field(default_factory=Counter)
    flags: dict[str, bool] = Field(default_factory=dict)


def outcome(summary: ArticleSummary, gold: GoldArticle) -> _Outcome:
    """Every item of ``summary`` the key can judge, with whether it is right."""
    out = _Outcome()
    _participants, missed, false_names = score_participants(summary, gold)
    for p in gold.participants.principals:
        out.right[f"principal:{p.name}"] = p.name not in missed
    out.false["participant"] = len(false_names)
    out.right["location"] = location_correct(summary, gold)
    out.right["date"] = date_correct(summary, gold)
    matches = match_agenda(summary, gold)
    found = {m for m in matches if m is not None}
    for i, g in enumerate(gold.agenda):
        if g.core:
            out.right[f"agenda:{g.id}"] = i in found
    out.false["agenda"] = sum(1 for m in matches if m is None)
    if gold.location is not None and summary.location is not None and out.right["location"]:
        out.flags["location"] = summary.location.status is gold.location.status
    if gold.date is not None and summary.date is not None and out.right["date"]:
        out.flags["date"] = summary.date.status is gold.date.status
    for a, m in zip(summary.agenda_items, matches, strict=True):
        if m is not None:
            out.flags[f"agenda:{gold.agenda[m].id}"] = a.status is gold.agenda[m].status
    return out


def compare(before: _Outcome, after: _Outcome) -> tuple[Change, Change]:
    """Field and flag items that ``after`` gets right where ``before`` got them wrong, and the reverse."""
    fields, flags = Change(), Change()
    for slot, was in before.right.items():
        now = after.right.get(slot, was)
        fields = fields.add(Change(to_right=int(now and not was), to_wrong=int(was and not now)))
    for kind in set(before.false) | set(after.false):
        delta = after.false[kind] - before.false[kind]
        fields = fields.add(Change(to_right=max(-delta, 0), to_wrong=max(delta, 0)))
    for slot, was in before.flags.items():
        if slot in after.flags:
            now = after.flags[slot]
            flags = flags.add(Change(to_right=int(now and not was), to_wrong=int(was and not now)))
    return fields, flags


class Replayed(BaseModel):
    """The judged summaries of one key, and the same answers with no rule."""

    key: str
    judged: list[ArticleSummary]
    model_only: list[ArticleSummary]


def replay_model_only(
    summaries: Sequence[ArticleSummary], articles: Mapping[str, Article], rebuild: Rebuild
) -> list[ArticleSummary]:
    """The summaries rebuilt with no rule (those without a stored model answer as they are)."""
    out = []
    for s in summaries:
        article = articles.get(s.article_id)
        out.append(rebuild(article, s, frozenset()) if article is not None and s.model_answer is not None else s)
    return out


def ledger(
    summaries: Sequence[ArticleSummary],
    gold_files: Sequence[tuple[str, GoldFile]],
    articles: Mapping[str, Article],
    rebuild: Rebuild,
    *,
    codes: Sequence[Rule] | None = None,
) -> list[LedgerRow]:
    """For each rule (``codes``, default all) and each key: what turning that rule off changes.

    A row's counts are from the rule's point of view: ``to_right`` are items the rule makes
    right (wrong without it).
    """
    rows: list[LedgerRow] = []
    for key, gold in gold_files:
        judged = _replayable(summaries, gold, articles)
        base = [outcome(s, e) for s, e in judged]
        for code in codes or list(Rule):
            if code is Rule.model_no_summit:
                continue
            row = LedgerRow(code=code, key=key)
            for (s, entry), with_rule in zip(judged, base, strict=True):
                without = outcome(rebuild(articles[s.article_id], s, ALL_RULES - {code}), entry)
                fields, flags = compare(without, with_rule)
                row.fields, row.flags = row.fields.add(fields), row.flags.add(flags)
            rows.append(row)
    return rows


def _replayable(
    summaries: Sequence[ArticleSummary], gold: GoldFile, articles: Mapping[str, Article]
) -> list[tuple[ArticleSummary, GoldArticle]]:
    """The summaries of ``gold``'s articles that keep a model answer to replay, with their entries."""
    out = []
    for s in summaries:
        found = gold.lookup(s.article_id)
        if found is not None and s.model_answer is not None and s.article_id in articles:
            out.append((s, found[1]))
    return out


def key_figures(
    key: str, judged: Sequence[ArticleSummary], model_only: Sequence[ArticleSummary], gold: GoldFile
) -> KeyFigures:
    """The judged and model-only figures of the articles of one key, and what the rules change there."""
    mine = [i for i, s in enumerate(judged) if gold.lookup(s.article_id) is not None]
    j = evaluate([judged[i] for i in mine], gold)
    m = evaluate([model_only[i] for i in mine], gold)
    fields, flags = overall_change([judged[i] for i in mine], [model_only[i] for i in mine], gold)
    return KeyFigures(
        key=key,
        articles=len(mine),
        judged_macro=j.macro,
        judged_micro=j.micro,
        model_macro=m.macro,
        model_micro=m.micro,
        fields=fields,
        flags=flags,
    )


def overall_change(
    judged: Sequence[ArticleSummary], model_only: Sequence[ArticleSummary], gold: GoldFile
) -> tuple[Change, Change]:
    """What all the rules together change, fields and flags, over the articles of ``gold``."""
    fields, flags = Change(), Change()
    for j, m in zip(judged, model_only, strict=True):
        found = gold.lookup(j.article_id)
        if found is None:
            continue
        f, g = compare(outcome(m, found[1]), outcome(j, found[1]))
        fields, flags = fields.add(f), flags.add(g)
    return fields, flags


__all__ = ["Rebuild", "compare", "key_figures", "ledger", "outcome", "overall_change", "replay_model_only"]
