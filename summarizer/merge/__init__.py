"""Step 3, merge: many ``ArticleSummary`` objects become one ``Brief``, one event per summit.

Modules: ``summits`` (which articles are one summit), ``people``, ``fields`` (location,
date), ``agenda``, ``events`` (the Brief). May import: ``summarizer.core`` only (checked).

Two steps, both deterministic and model-free:

1. **Group articles into events** (``summits.cluster``). Every pair of articles adds up
   evidence as log-odds, no single field vetoing: the same principals (canonical names,
   ``Kim Jong-un`` = ``Kim Jong Un`` = ``Kim``; ministers and aides left out) or other
   ones; the same host country (resolved offline from country names, adjectives, seats
   of government and the GeoNames gazetteer, :func:`summarizer.language.places.locate`) or
   another; publication dates near or months apart; resolved summit dates that agree
   or not; and the texts' TF-IDF similarity, capped, because two summits of one leader
   pair read alike. SciPy's average-linkage clustering joins articles while their
   average affinity is even odds or better; the input order does not matter.

2. **Reconcile each field** of an event across its articles (:func:`merge_summaries`):
   participants under canonical names; location and date as claims that are
   *accepted*, *disputed* (two confirmed claims disagree: all are shown, none picked),
   *possible* (unconfirmed, not contradicted) or *superseded* (speculation that a
   confirmed claim overtook); agenda items deduplicated by keyword/synonym overlap of
   topic. Every merged item lists its sources, and each source's own flag.
"""
