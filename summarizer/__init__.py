"""summarizer: grounded, flagged briefs of diplomatic summits from news articles.

Public API (sync and async twins; every result is a pydantic model)::

    from summarizer import BackendConfig, brief, render_markdown, summarize_article

    cfg = BackendConfig(backend="replay", recordings="tests/recordings")
    summary = summarize_article("examples/articles/001_82bccb309aa3b23e.txt", config=cfg)
    print(summary.model_dump_json(indent=2))
    print(render_markdown(brief(["examples/articles"], config=cfg)))
"""

from summarizer.cache import ResultCache
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
from summarizer.evaluate.score import EvalReport, evaluate, load_gold
from summarizer.ingest.load import Article, iter_articles, load_article
from summarizer.merge.summits import merge_summaries
from summarizer.providers import BackendConfig
from summarizer.render.brief import render, render_html, render_json, render_markdown
from summarizer.run import (
    ExtractionRun,
    Failure,
    brief,
    brief_async,
    extract,
    extract_async,
    summarize_article,
    summarize_article_async,
)

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
