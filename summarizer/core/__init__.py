"""The types every step shares, and nothing else.

Owns: ``Article``, ``ArticleSummary`` and its parts (``schema``), ``Brief`` (``brief``),
``Failure``, the errors, and the ``ChatModel`` protocol extraction talks to. No rules:
reading text (dates, places, sentences, word classes) is ``summarizer.language``'s.

May import: nothing of the package (checked by import-linter, ``pyproject.toml``).
"""
