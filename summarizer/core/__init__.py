"""The types every step shares, and nothing else.

Owns: ``Article``, ``ArticleSummary`` and its parts (``schema``), ``Brief`` (``brief``),
``Failure``, the errors, the ``ChatModel`` protocol extraction talks to, and the small
utilities more than one step needs (dates, the gazetteer, secret masking).

May import: nothing of the package (checked by import-linter, ``pyproject.toml``).
"""
