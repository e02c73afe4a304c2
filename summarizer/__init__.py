"""summarizer: grounded, flagged briefs of diplomatic summits from news articles.

Public API (sync and async twins; every result is a pydantic model)::

    from summarizer import BackendConfig, brief, render_markdown, summarize_article

    cfg = BackendConfig(backend="replay", recordings="tests/recordings")
    summary = summarize_article("examples/articles/001_82bccb309aa3b23e.txt", config=cfg)
    print(summary.model_dump_json(indent=2))
    print(render_markdown(brief(["examples/articles"], config=cfg)))

The names are loaded on first use (PEP 562), so that ``import summarizer.merge`` or
``summarizer.rendering`` does not pull in the model clients (openai, instructor, llama.cpp)
that only extraction needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.cache import ResultCache
    from summarizer.core.article import Article, Failure
    from summarizer.core.brief import Brief, Event
    from summarizer.core.errors import ArticleError, ConfigError, ModelError, SummarizerError
    from summarizer.core.schema import (
        AgendaItem,
        ArticleMeta,
        ArticleSummary,
        Evidence,
        Location,
        Participant,
        RejectedItem,
        Status,
        SummitDate,
        Usage,
    )
    from summarizer.evaluation.gold import load_gold
    from summarizer.evaluation.report import EvalReport
    from summarizer.evaluation.score import evaluate
    from summarizer.ingest.load import iter_articles, load_article
    from summarizer.merge.events import merge_summaries
    from summarizer.providers import BackendConfig
    from summarizer.rendering.brief import render, render_html, render_json, render_markdown
    from summarizer.run import (
        ExtractionRun,
        brief,
        brief_async,
        extract,
        extract_async,
        summarize_article,
        summarize_article_async,
    )

#: Public name -> the module that defines it.
_HOME: dict[str, str] = {
    "AgendaItem": "summarizer.core.schema",
    "Article": "summarizer.core.article",
    "ArticleError": "summarizer.core.errors",
    "ArticleMeta": "summarizer.core.schema",
    "ArticleSummary": "summarizer.core.schema",
    "BackendConfig": "summarizer.providers",
    "Brief": "summarizer.core.brief",
    "ConfigError": "summarizer.core.errors",
    "EvalReport": "summarizer.evaluation.report",
    "Event": "summarizer.core.brief",
    "Evidence": "summarizer.core.schema",
    "ExtractionRun": "summarizer.run",
    "Failure": "summarizer.core.article",
    "Location": "summarizer.core.schema",
    "ModelError": "summarizer.core.errors",
    "Participant": "summarizer.core.schema",
    "RejectedItem": "summarizer.core.schema",
    "ResultCache": "summarizer.cache",
    "Status": "summarizer.core.schema",
    "SummarizerError": "summarizer.core.errors",
    "SummitDate": "summarizer.core.schema",
    "Usage": "summarizer.core.schema",
    "brief": "summarizer.run",
    "brief_async": "summarizer.run",
    "evaluate": "summarizer.evaluation.score",
    "extract": "summarizer.run",
    "extract_async": "summarizer.run",
    "iter_articles": "summarizer.ingest.load",
    "load_article": "summarizer.ingest.load",
    "load_gold": "summarizer.evaluation.gold",
    "merge_summaries": "summarizer.merge.events",
    "render": "summarizer.rendering.brief",
    "render_html": "summarizer.rendering.brief",
    "render_json": "summarizer.rendering.brief",
    "render_markdown": "summarizer.rendering.brief",
    "summarize_article": "summarizer.run",
    "summarize_article_async": "summarizer.run",
}

__all__ = [
    "AgendaItem",
    "Article",
    "ArticleError",
    "ArticleMeta",
    "ArticleSummary",
    "BackendConfig",
    "Brief",
    "ConfigError",
    "EvalReport",
    "Event",
    "Evidence",
    "ExtractionRun",
    "Failure",
    "Location",
    "ModelError",
    "Participant",
    "RejectedItem",
    "ResultCache",
    "Status",
    "SummarizerError",
    "SummitDate",
    "Usage",
    "brief",
    "brief_async",
    "evaluate",
    "extract",
    "extract_async",
    "iter_articles",
    "load_article",
    "load_gold",
    "merge_summaries",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "summarize_article",
    "summarize_article_async",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
