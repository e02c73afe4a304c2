"""Scoring: summaries against an answer key (``score``), printed by ``summarizer eval``.

May import: ``summarizer.core``.
"""
