"""What the commands print on stderr (progress, the usage line) and how they exit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from summarizer.core.article import Failure
from summarizer.core.errors import SummarizerError
from summarizer.core.schema import ArticleSummary
from summarizer.providers.pricing import PRICES_ENV, run_cost
from summarizer.run import ExtractionRun

#: Exit codes (also in every command's --help).
EXIT_OK, EXIT_PARTIAL, EXIT_CONFIG, EXIT_ALL_FAILED = 0, 1, 2, 3

#: Shown in every command's help: what ARTICLES may be, and what the exit status means.
INPUTS_HELP = """\b
ARTICLES: any mix of
  .txt / .md files (optional YAML front matter: title, url, source, published),
  .html / .htm pages, http(s):// URLs, .jsonl files (one {"text": ...} per line),
  folders (searched for all of these), and - for standard input.
An input that cannot be read fails on its own; the others go on."""

EXIT_HELP = """\b
Exit status: 0 every article done; 1 some failed (the rest were written);
2 usage or configuration error (nothing run); 3 every article failed."""

#: What every command that reads articles prints under its help: the inputs it takes and its exit codes.
COMMAND_EPILOG = f"{INPUTS_HELP}\n\n{EXIT_HELP}"

err = Console(stderr=True, highlight=False, soft_wrap=True)


_QUIET = "summarizer.quiet"


def set_quiet(quiet: bool) -> None:
    """Remember ``-q`` for this command: no progress, no usage line."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[_QUIET] = quiet


def is_quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(_QUIET))


def progress(total: int) -> tuple[Callable[[str, ArticleSummary | Failure], None], Callable[[], None]]:
    """A progress bar on stderr and a line per finished article; with ``-q``, failures only."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if is_quiet():

        def failures_only(article_id: str, result: ArticleSummary | Failure) -> None:
            if isinstance(result, Failure):
                err.print(f"[red]failed[/] {escape(article_id)}: {escape(result.error)}")

        return failures_only, lambda: None

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=total < 1,
    )
    task = bar.add_task("extracting", total=total)
    bar.start()

    def on_result(article_id: str, result: ArticleSummary | Failure) -> None:
        if isinstance(result, Failure):
            bar.console.print(f"[red]failed[/] {escape(article_id)}: {escape(result.error)}")
        else:
            n = len(result.items())
            bar.console.print(f"[green]done[/]   {escape(article_id)}: {n} items, {len(result.rejected)} rejected")
        bar.advance(task)

    return on_result, bar.stop


def write_json_dir(run: ExtractionRun, json_dir: Path) -> None:
    """One ``<article id>.json`` per summary in ``json_dir``."""
    json_dir.mkdir(parents=True, exist_ok=True)
    for summary in run.summaries:
        path = json_dir / f"{summary.article_id}.json"
        path.write_text(summary.model_dump_json(indent=2) + "\n", encoding="utf-8")
    err.print(f"wrote {len(run.summaries)} file(s) to {json_dir}")


def exit_code(run: ExtractionRun) -> int:
    if run.failures and not run.summaries:
        return EXIT_ALL_FAILED
    return EXIT_PARTIAL if run.failures else EXIT_OK


def report_usage(run: ExtractionRun) -> None:
    """One line on stderr: articles done (from cache), failed, model calls, tokens and cost (not with ``-q``)."""
    if is_quiet():
        return
    u = run.usage
    cached = sum(1 for s in run.summaries if s.usage.cached)
    try:
        cost = run_cost(run.summaries)
        if cost.unknown_models:
            money = f"cost unknown for {', '.join(cost.unknown_models)} (set {PRICES_ENV})"
            if cost.usd:
                money = f"${cost.usd:.4f} + {money}"
        else:
            money = f"${cost.usd:.4f}"
    except SummarizerError as e:  # a bad price table must not hide the rest of the report
        money = f"cost unknown: {e}"
    err.print(
        f"{len(run.summaries)} summarized ({cached} from cache), {len(run.failures)} failed · "
        f"{u.calls} model calls · {u.prompt_tokens:,} prompt + {u.completion_tokens:,} completion tokens · {money}",
        markup=False,
        soft_wrap=True,  # one line, whatever the terminal width: scripts grep it
    )


__all__ = [
    "COMMAND_EPILOG",
    "EXIT_ALL_FAILED",
    "EXIT_CONFIG",
    "EXIT_HELP",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "INPUTS_HELP",
    "err",
    "exit_code",
    "is_quiet",
    "progress",
    "report_usage",
    "set_quiet",
    "write_json_dir",
]
