"""Step 4, render: a ``Brief`` becomes Markdown, a one-page HTML document, or JSON.

Owns: the renderers (``brief``) and the HTML template (``templates/``).
May import: ``summarizer.core``. Never a provider or the run.
"""
