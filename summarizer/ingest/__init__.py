"""Step 1, ingest: files, folders, JSONL, HTML pages, URLs and stdin become ``Article`` objects.

Owns: loading and size checks (``load``), boilerplate removal (``clean``).
May import: ``summarizer.core``.
"""
