"""Score summaries against a hand-made answer key (``examples/gold/seeds.json``).

Everything here is a pure function of (``ArticleSummary``, gold entry): no model, no
I/O except :func:`load_gold`. The matching rules are the ones in the answer key's
``about`` field; where that field leaves a choice open, the choice is written down in
the docstring of the function that makes it, and summarised here.

Per article (kept items only; ``rejected`` items are not claims of the summary):

* **Participants** P/R/F1. A predicted name matches a principal when any of the
  principal's keywords is a case-insensitive substring of it. Matching is one-to-one:
  a second name matching an already matched principal (a duplicate such as "Kim Jong
  Un" and "Kim Jong-un") is a false positive. Names matching an ``allowed`` entry (and
  no principal) are neutral; every other name, including ``not_participants``, is a
  false positive. Recall is over principals.
* **Location accuracy** 1 when the predicted ``value`` contains a gold keyword; with a
  null gold location, 1 when nothing is predicted. Otherwise 0.
* **Date accuracy** gold null: 1 when nothing is predicted; else 1 when a keyword
  occurs in the predicted ``value`` or ``iso``. Otherwise 0.
* **Agenda** P/R/F1. A prediction's text is its ``topic``.
  Predictions are taken in order; each takes the best still-unmatched gold item one
  of whose keywords occurs in its text (best = keyword in the topic itself, then
  core, then gold order). A prediction matched to a core item is a true positive; to
  a core=false item, neutral; unmatched (including a duplicate of an item already
  taken), a false positive. Recall is over core items.
* **Flag accuracy** over matched items that have a gold status: a correct location, a
  correct date (both only when the gold is not null) and matched agenda items (core or
  not). Participants are left out: the key gives them no status.
* **Evidence share** kept items with at least one quote, over kept items plus items
  rejected for a missing or unfound quote (items rejected for other reasons, such as a
  name not in the article or a duplicate, were never judged on evidence).
* **Verbatim share** kept quotes that are the article's own words as they stand: the
  sentence the model pointed at (``match == "sentence"``), the sentence naming the item
  when the model's did not (``"anchored"``), over every piece of evidence the model gave
  that we can still see: kept quotes plus the sentence numbers or non-blank raw quotes of
  items rejected because their evidence was not in the article. (Evidence dropped from a
  *kept* item is not recorded, so it cannot be counted.)
* **Offsets exact** kept quotes with ``text[start:end] == quote``, over kept quotes.
* **Field score** mean of participant F1, location accuracy, date accuracy, agenda F1.

P/R/F1 with nothing to count: precision is 1 when nothing was predicted *and* there
was nothing to find, else 0 with no predictions; recall is 1 when there was nothing
to find and nothing was predicted, else 0 with no gold items. So both sides empty is
perfect, and one side empty scores F1 = 0.

A failed extraction scores 0 on every field (even a null gold date), counts all its
principals and core agenda items as missed in the micro totals, and has no flag or
evidence numbers.

Overall, **macro** is the mean over scored articles of each per-article number (for
the ratio metrics, over the articles where it is defined). **Micro** pools counts over
articles: participant and agenda P/R/F1 from summed TP/FP/FN, flag/evidence/verbatim/
offsets from summed numerators and denominators. Location and date accuracy are one
0/1 per article, so micro equals macro for them; micro field score is the mean of the
four micro field numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from summarizer.core.schema import ArticleSummary, RejectedItem, Rule, Status
from summarizer.evaluation.gold import GoldArticle, GoldFile, keyword_hits
from summarizer.evaluation.report import PRF, AggregateScore, ArticleScore, EvalReport, Figures, Ratio

# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------


def score_participants(summary: ArticleSummary, gold: GoldArticle) -> tuple[PRF, list[str], list[str]]:
    """Participant counts, the principals missed and the names counted as false.

    Principals are tried first (in gold order, first one not yet matched), then
    ``allowed``; a name matching only an already matched principal is a duplicate and
    counts as a false positive, as does any name matching nothing.
    """
    principals = gold.participants.principals
    taken = [False] * len(principals)
    prf = PRF()
    false: list[str] = []
    for p in summary.participants:
        matching = [i for i, g in enumerate(principals) if keyword_hits(g.keywords, p.name)]
        free = [i for i in matching if not taken[i]]
        if free:
            taken[free[0]] = True
            prf.tp += 1
        elif not matching and any(keyword_hits(a.keywords, p.name) for a in gold.participants.allowed):
            prf.neutral += 1
        else:
            prf.fp += 1
            false.append(p.name)
    missed = [g.name for g, t in zip(principals, taken, strict=True) if not t]
    prf.fn = len(missed)
    return prf, missed, false


def location_correct(summary: ArticleSummary, gold: GoldArticle) -> bool:
    """Whether the predicted location agrees with the key (both null counts as agreeing)."""
    if gold.location is None:
        return summary.location is None
    return summary.location is not None and keyword_hits(gold.location.keywords, summary.location.value)


def date_correct(summary: ArticleSummary, gold: GoldArticle) -> bool:
    """Whether the predicted date agrees with the key: a keyword in ``value`` or ``iso``.

    A null gold date means the article states none, so only a null prediction is right.
    """
    if gold.date is None:
        return summary.date is None
    d = summary.date
    return d is not None and (keyword_hits(gold.date.keywords, d.value) or keyword_hits(gold.date.keywords, d.iso))


def match_agenda(summary: ArticleSummary, gold: GoldArticle) -> list[int | None]:
    """For each predicted agenda item, the index of the gold item it matches, or ``None``.

    Greedy in prediction order; each gold item is used once. Among the still-free gold
    items with a keyword in the prediction's topic, the best is a core item (so an item
    that could be either is not wasted on an optional extra), then the first in gold order.
    """
    taken = [False] * len(gold.agenda)
    out: list[int | None] = []
    for a in summary.agenda_items:
        best: tuple[bool, int] | None = None
        for i, g in enumerate(gold.agenda):
            if taken[i] or not keyword_hits(g.keywords, a.topic):
                continue
            # The highest rank wins; -i makes earlier gold items win ties.
            rank = (g.core, -i)
            if best is None or rank > best:
                best = rank
        if best is None:
            out.append(None)
        else:
            taken[-best[1]] = True
            out.append(-best[1])
    return out


def score_agenda(
    summary: ArticleSummary, gold: GoldArticle, matches: Sequence[int | None]
) -> tuple[PRF, list[str], list[str]]:
    """Agenda counts from :func:`match_agenda`, with the core ids missed and false topics."""
    prf = PRF()
    false: list[str] = []
    for a, m in zip(summary.agenda_items, matches, strict=True):
        if m is None:
            prf.fp += 1
            false.append(a.topic)
        elif gold.agenda[m].core:
            prf.tp += 1
        else:
            prf.neutral += 1
    found = {m for m in matches if m is not None}
    missed = [g.id for i, g in enumerate(gold.agenda) if g.core and i not in found]
    prf.fn = len(missed)
    return prf, missed, false


def score_flags(summary: ArticleSummary, gold: GoldArticle, matches: Sequence[int | None]) -> tuple[Ratio, list[str]]:
    """Flags of matched items against the gold status, and a note for each wrong one."""
    pairs: list[tuple[str, Status, Status]] = []
    if gold.location is not None and summary.location is not None and location_correct(summary, gold):
        pairs.append((f"location {summary.location.value!r}", summary.location.status, gold.location.status))
    if gold.date is not None and summary.date is not None and date_correct(summary, gold):
        pairs.append((f"date {summary.date.value!r}", summary.date.status, gold.date.status))
    for a, m in zip(summary.agenda_items, matches, strict=True):
        if m is not None:
            g = gold.agenda[m]
            pairs.append((f"agenda {a.topic!r} ({g.id})", a.status, g.status))
    errors = [f"{what}: {got.value}, gold {want.value}" for what, got, want in pairs if got != want]
    return Ratio(num=len(pairs) - len(errors), den=len(pairs)), errors


#: Refusals for the evidence itself: the sentence the model named is not in the article.
_UNFOUND = frozenset({Rule.sentence_missing})


def _quotes_not_found(rejected: RejectedItem) -> bool:
    """The item was rejected because none of its quotes (or its sentence) is in the article.

    By its code; summaries saved before codes existed are read by their reason's fixed
    wording (before any quoted model text).
    """
    if rejected.code is not None:
        return rejected.code in _UNFOUND
    words = re.split(r"['\"]", rejected.reason, maxsplit=1)[0].lower()
    return "not found" in words or "is not in the article" in words or "no evidence" in words


def _raw_quotes(item: Mapping[str, object]) -> list[str]:
    """The non-blank quotes of a rejected item's raw model dict.

    Drafts have carried evidence as ``evidence: [str, ...]``, as one ``quote: str`` and
    as a ``sentence`` number; all are read so that summaries saved under any prompt score
    the same way (a sentence number is returned as its string).
    """
    raw: list[object] = []
    ev = item.get("evidence")
    if isinstance(ev, list):
        raw.extend(ev)
    raw.append(item.get("quote"))
    sentence = item.get("sentence")
    if isinstance(sentence, int) and not isinstance(sentence, bool):
        raw.append(str(sentence))
    return [q for q in raw if isinstance(q, str) and q.strip()]


#: Evidence that is the article's text as the model pointed at it. "anchored" (moved to the
#: sentence naming the item) is the article's own sentence too.
_VERBATIM = ("sentence", "anchored")


def score_evidence(summary: ArticleSummary) -> tuple[Ratio, Ratio, Ratio]:
    """Evidence share, verbatim share and offsets-exact share of one summary."""
    kept = [item for _, item in summary.items()]
    quotes = [e for item in kept for e in item.evidence]
    judged_rejects = [r for r in summary.rejected if _quotes_not_found(r)]
    unfound = sum(len(_raw_quotes(r.item)) for r in summary.rejected if _quotes_not_found(r))
    evidence = Ratio(num=sum(1 for item in kept if item.evidence), den=len(kept) + len(judged_rejects))
    verbatim = Ratio(num=sum(1 for e in quotes if e.match in _VERBATIM), den=len(quotes) + unfound)
    offsets = Ratio(num=sum(1 for e in quotes if summary.text[e.start : e.end] == e.quote), den=len(quotes))
    return evidence, verbatim, offsets


def score_article(summary: ArticleSummary, gold: GoldArticle, *, article_id: str | None = None) -> ArticleScore:
    """Score one summary against its gold entry (see the module docstring for the rules)."""
    participants, missed_p, false_p = score_participants(summary, gold)
    matches = match_agenda(summary, gold)
    agenda, missed_a, false_a = score_agenda(summary, gold, matches)
    flags, flag_errors = score_flags(summary, gold, matches)
    evidence, verbatim, offsets = score_evidence(summary)
    return ArticleScore(
        article_id=article_id or summary.article_id,
        participants=participants,
        location_accuracy=float(location_correct(summary, gold)),
        date_accuracy=float(date_correct(summary, gold)),
        agenda=agenda,
        flags=flags,
        evidence=evidence,
        verbatim=verbatim,
        offsets=offsets,
        missed_principals=missed_p,
        false_participants=false_p,
        missed_agenda=missed_a,
        false_agenda=false_a,
        flag_errors=flag_errors,
        field_errors=field_errors(summary, gold),
    )


def field_errors(summary: ArticleSummary, gold: GoldArticle) -> list[str]:
    """A wrong location or date, named: the kept value (or none) against the key's words."""
    out = []
    if not location_correct(summary, gold):
        kept = summary.location.value if summary.location else None
        want = gold.location.keywords if gold.location else None
        out.append(f"location {kept!r}, key {want!r}")
    if not date_correct(summary, gold):
        kept = f"{summary.date.value} ({summary.date.iso})" if summary.date else None
        want = gold.date.keywords if gold.date else None
        out.append(f"date {kept!r}, key {want!r}")
    return out


def score_failure(article_id: str, gold: GoldArticle, error: str) -> ArticleScore:
    """A failed extraction: 0 on every field, every principal and core item missed."""
    principals = [g.name for g in gold.participants.principals]
    core = [g.id for g in gold.agenda if g.core]
    return ArticleScore(
        article_id=article_id,
        failed=True,
        error=error,
        participants=PRF(fn=len(principals)),
        agenda=PRF(fn=len(core)),
        missed_principals=principals,
        missed_agenda=core,
    )


# --------------------------------------------------------------------------------------
# Overall
# --------------------------------------------------------------------------------------


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _field_mean(*values: float | None) -> float | None:
    return None if any(v is None for v in values) else sum(v for v in values if v is not None) / len(values)


def _mean_figures(prfs: Sequence[PRF]) -> Figures:
    return Figures(
        precision=_mean([p.precision for p in prfs]),
        recall=_mean([p.recall for p in prfs]),
        f1=_mean([p.f1 for p in prfs]),
    )


def macro_average(scores: Sequence[ArticleScore]) -> AggregateScore:
    """Mean over articles of each per-article number (ratios: where defined)."""
    if not scores:
        return AggregateScore()
    return AggregateScore(
        participants=_mean_figures([s.participants for s in scores]),
        location_accuracy=_mean([s.location_accuracy for s in scores]),
        date_accuracy=_mean([s.date_accuracy for s in scores]),
        agenda=_mean_figures([s.agenda for s in scores]),
        flag_accuracy=_mean([s.flags.value for s in scores]),
        evidence_share=_mean([s.evidence.value for s in scores]),
        verbatim_share=_mean([s.verbatim.value for s in scores]),
        offsets_exact=_mean([s.offsets.value for s in scores]),
        field_score=_mean([s.field_score for s in scores]),
    )


def micro_average(scores: Sequence[ArticleScore]) -> AggregateScore:
    """Counts pooled over articles; location and date stay per-article means."""
    if not scores:
        return AggregateScore()
    participants = sum((s.participants for s in scores), PRF())
    agenda = sum((s.agenda for s in scores), PRF())
    location = _mean([s.location_accuracy for s in scores])
    date = _mean([s.date_accuracy for s in scores])
    return AggregateScore(
        participants=Figures(precision=participants.precision, recall=participants.recall, f1=participants.f1),
        location_accuracy=location,
        date_accuracy=date,
        agenda=Figures(precision=agenda.precision, recall=agenda.recall, f1=agenda.f1),
        flag_accuracy=sum((s.flags for s in scores), Ratio()).value,
        evidence_share=sum((s.evidence for s in scores), Ratio()).value,
        verbatim_share=sum((s.verbatim for s in scores), Ratio()).value,
        offsets_exact=sum((s.offsets for s in scores), Ratio()).value,
        field_score=_field_mean(participants.f1, location, date, agenda.f1),
    )


def evaluate(
    summaries: Sequence[ArticleSummary],
    gold: GoldFile,
    *,
    failures: Mapping[str, str] | None = None,
) -> EvalReport:
    """Score ``summaries`` (and failed articles: ``failures`` maps id to error) against ``gold``.

    Articles in the key but not given are ignored; given articles not in the key are
    listed in ``not_in_gold`` and left out of the score. Articles are reported in the
    order given, failures after summaries.
    """
    report = EvalReport()
    for s in summaries:
        found = gold.lookup(s.article_id)
        if found is None:
            report.not_in_gold.append(s.article_id)
            continue
        key, entry = found
        report.articles.append(score_article(s, entry, article_id=key))
    for article_id, error in (failures or {}).items():
        found = gold.lookup(article_id)
        if found is None:
            report.not_in_gold.append(article_id)
            continue
        key, entry = found
        report.articles.append(score_failure(key, entry, error))
        report.failed.append(key)
    report.macro = macro_average(report.articles)
    report.micro = micro_average(report.articles)
    return report


__all__ = [
    "date_correct",
    "evaluate",
    "location_correct",
    "macro_average",
    "match_agenda",
    "micro_average",
    "score_agenda",
    "score_article",
    "score_evidence",
    "score_failure",
    "score_flags",
    "score_participants",
]
