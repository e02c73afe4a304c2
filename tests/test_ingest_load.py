"""ingest/load.py: loading articles from files, and where their publication date comes from."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_language_dates import PUB, STORY

from summarizer.core.errors import ConfigError
from summarizer.ingest.load import iter_articles, load_article
from summarizer.language.dates import resolve_date


def test_front_matter_date_resolves_on_wednesday(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(f"---\ntitle: Kim and Putin to meet\npublished: {PUB}\n---\n{STORY}", encoding="utf-8")
    art = load_article(f)
    assert art.meta.published == PUB
    assert resolve_date("on Wednesday", art.meta.published) == "2023-09-13"


def test_without_publication_date_it_stays_none(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(STORY, encoding="utf-8")
    art = load_article(f)
    assert art.meta.published is None
    assert resolve_date("on Wednesday", art.meta.published) is None


def test_date_header_line_gives_the_date_and_leaves_the_text(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(f"Tuesday, September 12, 2023\nKim and Putin to meet\n\n{STORY}", encoding="utf-8")
    art = load_article(f)
    assert art.meta.published == PUB
    assert "2023" not in art.text
    assert resolve_date("Wednesday afternoon", art.meta.published) == "2023-09-13"


def test_metadata_beats_header_and_argument(tmp_path: Path) -> None:
    f = tmp_path / "kim.md"
    f.write_text(f"---\npublished: 2023-09-10\n---\nPublished: 11 September 2023\n\n{STORY}", encoding="utf-8")
    assert load_article(f, published="2023-01-01").meta.published == "2023-09-10"


def test_header_beats_argument_and_argument_fills_in_when_none(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text(f"Published: 11 September 2023\n\n{STORY}", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(STORY, encoding="utf-8")
    a, b = iter_articles([dated, undated], published=PUB)
    assert a.meta.published == "2023-09-11"  # type: ignore[union-attr]
    assert b.meta.published == PUB  # type: ignore[union-attr]


def test_front_matter_date_in_other_formats_is_normalised(tmp_path: Path) -> None:
    f = tmp_path / "kim.md"
    f.write_text(f'---\npublished: "12 September 2023"\n---\n{STORY}', encoding="utf-8")
    assert load_article(f).meta.published == PUB
    f.write_text(f'---\npublished: "2023-09-12T08:15:00+00:00"\n---\n{STORY}', encoding="utf-8")
    assert load_article(f).meta.published == PUB
    f.write_text(f'---\npublished: "soon"\n---\n{STORY}', encoding="utf-8")
    assert load_article(f).meta.published is None


@pytest.mark.parametrize("bad", ["12/09/2023", "2023-13-01", "yesterday"])
def test_malformed_published_argument_is_a_usage_error(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(STORY, encoding="utf-8")
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        iter_articles([f], published=bad)
