"""ingest/html.py: the main text and metadata of an HTML page (fixtures in tests/fixtures)."""

from __future__ import annotations

import pytest
from test_ingest_load import HTML, STORY, TITLE

from summarizer.ingest.load import load_article


def test_html_main_text_and_metadata() -> None:
    art = load_article(HTML)
    assert art.id == "summit_page.html"
    assert art.meta.title == TITLE
    assert art.meta.published == "2023-09-12"  # from the page's metadata
    assert art.meta.source == "The Meridian Post"
    assert art.meta.url == "https://meridianpost.example/world/2023/09/12/erdogan-putin-sochi"
    for furniture in ("Subscribe", "Politics", "Related stories", "Wheat prices", "Leave a Reply", "©", "dataLayer"):
        assert furniture not in art.text


def test_html_falls_back_to_a_plain_dump_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    art = load_article(HTML)
    assert art.meta.title == "Erdogan and Putin to meet in Sochi on Wednesday | The Meridian Post"
    assert STORY[1] in art.text and STORY[-1] in art.text
    assert "dataLayer" not in art.text and "Related stories" not in art.text
