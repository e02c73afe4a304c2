"""Pin the public API: a name added to or dropped from ``summarizer`` must be a decision."""

import summarizer

EXPECTED = {
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
}


def test_public_names_are_pinned():
    assert set(summarizer.__all__) == EXPECTED
    for name in EXPECTED:
        assert hasattr(summarizer, name), name


def test_merging_and_rendering_load_no_model_client():
    """The lazy package root: a newsroom tool that only merges and renders pays for no LLM client."""
    import subprocess
    import sys

    code = (
        "import sys, summarizer.merge.events, summarizer.rendering.brief\n"
        "from summarizer import Brief, merge_summaries, render_markdown\n"
        "print(sorted(m for m in ('openai', 'instructor', 'llama_cpp', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_names_resolve_to_the_objects_not_the_step_folders():
    import summarizer.extraction  # a step folder loaded first must not shadow a public name

    for name in summarizer.__all__:
        assert not isinstance(getattr(summarizer, name), type(summarizer)), name
