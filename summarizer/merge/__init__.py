"""Step 3, merge: many ``ArticleSummary`` objects become one ``Brief``, one event per summit.

Owns: telling summits apart, unifying names, reconciling each field with its sources,
superseded speculation and disagreements, and merging agenda topics.
May import: ``summarizer.core``. Never a provider, the run, or the renderers.
"""
