"""Step 2, extract: one article and a model in, one grounded, flagged ``ArticleSummary`` out.

Owns: the prompts and the conversation with the model (``prompting``, ``summary``), the
numbered sentences it points at (``sentences``), and one check per field: grounding
(``ground``), flags (``flags``), the venue (``venue``), the agenda (``agenda``).
May import: ``summarizer.core``; it reaches the model only through ``core.model.ChatModel``.
"""
