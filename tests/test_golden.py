"""Outputs pinned before the layout move: replaying ``tests/recordings`` must give byte-identical
ArticleSummary JSON for every recorded article and the identical Brief JSON for the seeds.

The files in ``tests/golden/`` were written by this test's own code before the package was
reorganised; a change that is meant to alter answers re-writes them on purpose:

    SUMMARIZER_REGOLD=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ARTICLES, RECORDINGS, ROOT

from summarizer import BackendConfig, extract, merge_summaries

GOLDEN = ROOT / "tests" / "golden"
FIXTURES = ROOT / "tests" / "fixtures"
#: Every article tests/recordings holds answers for, as relative paths (they are part of the JSON).
RECORDED = [
    *sorted(p.relative_to(ROOT).as_posix() for p in ARTICLES.glob("*.txt")),
    "tests/fixtures/injection.txt",
    "tests/fixtures/non_english.txt",
    "tests/fixtures/offtopic_sports.txt",
]


def _check(path: Path, text: str) -> None:
    if os.environ.get("SUMMARIZER_REGOLD") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} missing: run with SUMMARIZER_REGOLD=1 once"
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs from the pinned output"


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.usefixtures("at_root")
def test_replayed_summaries_and_seed_brief_are_as_pinned() -> None:
    config = BackendConfig(backend="replay", recordings=RECORDINGS)
    run = extract(RECORDED, config=config, cache=None)
    assert not run.failures, run.failures
    assert len(run.summaries) == len(RECORDED)
    for summary in run.summaries:
        _check(GOLDEN / f"{summary.article_id}.json", summary.model_dump_json(indent=2) + "\n")
    seeds = [s for s in run.summaries if s.meta.path and s.meta.path.startswith("examples/")]
    _check(GOLDEN / "seeds.brief.json", merge_summaries(seeds, []).model_dump_json(indent=2) + "\n")


@pytest.mark.usefixtures("at_root")
def test_offsets_index_the_file_as_given() -> None:
    """Front matter aside, the summary's text is the file's text, and every quote stands in it."""
    from summarizer.ingest.text import split_front_matter

    run = extract(RECORDED, config=BackendConfig(backend="replay", recordings=RECORDINGS), cache=None)
    for path, summary in zip(RECORDED, run.summaries, strict=True):
        _, body = split_front_matter((ROOT / path).read_text(encoding="utf-8"))
        assert summary.text == body, path
        for _, item in summary.items():
            for ev in item.evidence:
                assert body[ev.start : ev.end] == ev.quote, (path, ev)
