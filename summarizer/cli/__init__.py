"""The ``summarizer`` command: extract, brief, eval, batch.

Exit codes: 0 all articles done; 1 some articles failed (the rest were written);
2 usage or configuration error (nothing was run); 3 every article failed.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

import click
from rich.console import Console
from rich.markup import escape

from summarizer.cache import ResultCache
from summarizer.cli.options import backend_options, make_config, output_file
from summarizer.cli.output import (
    COMMAND_EPILOG,
    EXIT_ALL_FAILED,
    EXIT_CONFIG,
    EXIT_OK,
    EXIT_PARTIAL,
    err,
    exit_code,
    progress,
    report_usage,
    set_quiet,
    write_json_dir,
)
from summarizer.core.article import Article, Failure
from summarizer.core.errors import SummarizerError
from summarizer.core.schema import ArticleSummary
from summarizer.ingest.text import check_published
from summarizer.run import (
    ExtractionRun,
    Loaded,
    LoadedInputs,
    ProgressFn,
    RunEstimate,
    brief_of,
    estimate_run,
    extract_async,
    fill_published,
    load_inputs,
    rejudge,
)

if TYPE_CHECKING:
    from summarizer.rendering.brief import Format


_FORMATS: dict[str, Format] = {"md": "markdown", "html": "html", "json": "json"}


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "openai"):
        logging.getLogger(noisy).setLevel(max(level, logging.INFO if verbose >= 2 else logging.WARNING))
    # instructor logs every failed attempt at ERROR; we report failures ourselves, once,
    # with advice, so its lines only show at -vv.
    logging.getLogger("instructor").setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except SummarizerError as e:
            err.print(f"[bold red]error:[/] {escape(str(e))}")
            sys.exit(EXIT_CONFIG)

    return wrapper


def run_extraction(
    inputs: tuple[str, ...],
    kw: dict[str, Any],
    select: Callable[[LoadedInputs], LoadedInputs] | None = None,
    also: ProgressFn | None = None,
) -> ExtractionRun:
    """Load the inputs once, then extract them with the options in ``kw`` (progress on stderr).

    ``select`` may drop loaded inputs before any model call (``eval`` keeps those in its key);
    ``also`` hears of each article as it finishes, after the progress line.
    """
    _setup_logging(kw.pop("verbose"))
    set_quiet(kw.pop("quiet"))
    dry_run = kw.pop("dry_run", False)
    concurrency = kw.pop("concurrency")
    # Checked before anything is read: a malformed date is a usage error (exit 2).
    published = check_published(kw.pop("published"))
    max_bytes = kw.pop("max_bytes")
    no_cache = kw.pop("no_cache", False)
    cache_dir = kw.pop("cache_dir", None)
    config = make_config(kw)
    # --no-cache wins over --cache-dir: it is the one a user adds to force a fresh answer.
    cache: ResultCache | Literal["default"] | None = (
        None if no_cache else ResultCache(cache_dir) if cache_dir else "default"
    )
    # Expand folders, JSONL and URLs first so the progress bar knows the real total.
    entries = load_inputs(list(inputs), None, max_bytes)
    if select is not None:
        entries = select(entries)
    _fill_published(entries, published)
    if dry_run:
        _print_estimate(estimate_run(entries, config, cache))
        sys.exit(EXIT_OK)
    shown, stop = progress(len(entries))

    def on_result(label: str, result: ArticleSummary | Failure) -> None:
        shown(label, result)
        if also is not None:
            also(label, result)

    try:
        return asyncio.run(
            extract_async(entries, config=config, concurrency=concurrency, on_result=on_result, cache=cache)
        )
    finally:
        stop()
        if isinstance(cache, ResultCache):
            cache.close()


def _print_estimate(e: RunEstimate) -> None:
    """The dry run's answer, on stdout (it is the command's output)."""
    price = "free" if e.usd == 0 else f"about ${e.usd:.4f}" if e.usd is not None else "price unknown for this model"
    click.echo(
        f"dry run: {e.articles} article(s) ({e.unreadable} input(s) unreadable), {e.cached} already in the cache; "
        f"{e.articles - e.cached} to extract in {e.chunks} chunk(s), about {e.prompt_tokens:,} prompt + "
        f"{e.completion_tokens:,} completion tokens on {e.model} ({e.backend}): {price}. No model was called."
    )


def _fill_published(entries: Sequence[Loaded], published: str | None) -> None:
    """Give ``--published`` to every article that carries no date, and warn when it dates more than one.

    Done after ``load_inputs`` so the CLI can count them: one date for many undated
    articles is a guess that can merge or split summits, and the user should know.
    """
    filled = fill_published(entries, published)
    if published is not None and len(filled) > 1:
        err.print(
            f"[yellow]warning:[/] --published {escape(published)} dated {len(filled)} articles that carry no date "
            "of their own; if they were written on different days, date each file instead (front matter "
            "'published:'), or summits may be merged or split wrongly.",
        )


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="summit-brief")
def main() -> None:
    """Summarize news articles about diplomatic summits into grounded, flagged briefs.

    Every participant, place, date and agenda item is flagged confirmed or speculative
    and carries a verbatim quote from its article (with character offsets).

    \b
    Quick start (offline, embedded model):
      summarizer brief examples/articles -o brief.html
      summarizer extract examples/articles/001_82bccb309aa3b23e.txt
    With a server (OpenAI, vLLM, Ollama, llama.cpp server):
      summarizer brief a.txt b.html --base-url http://localhost:8000/v1 --model qwen2.5-7b-instruct
    From recordings (no model at all):
      summarizer brief examples/articles --backend replay --recordings tests/recordings
    Each command's --help lists the inputs it takes and its exit codes.
    """


@main.command("extract", epilog=COMMAND_EPILOG)
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "--json-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write <article file name>.json per article here instead of printing to stdout.",
)
@output_file(
    "Append one JSON line per article to this file as each one finishes (failures too, as "
    '{"article_id", "failed": true, "error", "kind"}), so that another tool can follow it.',
)
@click.option("--no-text", is_flag=True, help="Leave the article text out of the JSON (offsets still index it).")
@backend_options
@handle_errors
def extract_cmd(
    articles: tuple[str, ...], json_dir: Path | None, output: Path | None, no_text: bool, **kw: Any
) -> None:
    """Extract one ArticleSummary JSON per article.

    With -o FILE.jsonl each article is appended as one line the moment it is done; with
    --json-dir one file per article at the end; else one article as indented JSON, several
    as one JSON document per line, on stdout. Progress and errors go to stderr.
    """
    if output is not None:
        with output.open("a", encoding="utf-8") as sink:
            run = run_extraction(articles, kw, also=lambda label, result: _append_line(sink, result, no_text))
        report_usage(run)
        sys.exit(exit_code(run))
    run = run_extraction(articles, kw)
    if no_text:
        run.summaries = [s.model_copy(update={"text": ""}) for s in run.summaries]
    if json_dir:
        write_json_dir(run, json_dir)
    elif len(run.summaries) == 1 and len(articles) == 1:
        click.echo(run.summaries[0].model_dump_json(indent=2))
    else:
        for s in run.summaries:
            click.echo(s.model_dump_json())
    report_usage(run)
    sys.exit(exit_code(run))


def _append_line(sink: TextIO, result: ArticleSummary | Failure, no_text: bool) -> None:
    """One finished article as one JSON line, written through at once (a reader may be tailing the file)."""
    if isinstance(result, Failure):
        line = json.dumps({"article_id": result.article_id, "failed": True, "error": result.error, "kind": result.kind})
    else:
        line = (result.model_copy(update={"text": ""}) if no_text else result).model_dump_json()
    sink.write(line + "\n")
    sink.flush()


@main.command("eval", short_help="Score extraction against an answer key (--gold).", epilog=COMMAND_EPILOG)
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "--gold",
    "gold_paths",
    required=True,
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Answer key in the format of examples/gold/seeds.json; give it again for several keys at once.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of a table.")
@click.option(
    "--json-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write <article file name>.json per article here (the summaries that were scored).",
)
@click.option("--details", is_flag=True, help="Under the table, list each article's mistakes.")
@click.option(
    "--ledger/--no-ledger",
    default=True,
    show_default=True,
    help="Replay the model's answers without each rule in turn and print what each rule turns right and wrong, per key.",
)
@backend_options
@handle_errors
def eval_cmd(
    articles: tuple[str, ...],
    gold_paths: tuple[Path, ...],
    as_json: bool,
    json_dir: Path | None,
    details: bool,
    ledger: bool,
    **kw: Any,
) -> None:
    """Extract the ARTICLES and score them against an answer key (--gold).

    \b
    Per article and overall (macro: mean over articles; micro: counts pooled):
      participants and agenda precision/recall/F1, location and date accuracy,
      flag accuracy on matched items, share of items with evidence, share of quotes
      found verbatim, share of exact offsets, and the field score (mean of
      participant F1, location, date and agenda F1).
    Then the brief's grouping against the keys' events: adjusted Rand index,
    summits found and expected, the summits split and merged. Per key, the same
    figures for the model's own answers with no rule applied (model-only), and the
    ledger: for each rule, the items it turns right and wrong (replayed, no model call).
    Articles not in the answer keys are warned about and not extracted; failed
    extractions score 0 and are listed. Examples:
      summarizer eval --gold examples/gold/seeds.json examples/articles
      summarizer eval --gold examples/gold/seeds.json --gold examples/dev/gold.json examples/articles examples/dev/articles
    """
    # Imported here: the command is the only user, and `extract` should not pay for it.
    from summarizer.evaluation.gold import load_gold, merge_gold
    from summarizer.evaluation.grouping import score_grouping
    from summarizer.evaluation.ledger import key_figures, replay_model_only
    from summarizer.evaluation.ledger import ledger as rule_ledger
    from summarizer.evaluation.page import score_page
    from summarizer.evaluation.score import evaluate as score_summaries
    from summarizer.evaluation.table import print_report

    # A key is named by its file, or by its folder when the file is a plain gold.json.
    gold_files = [(p.parent.name if p.stem == "gold" else p.stem, load_gold(p)) for p in gold_paths]
    gold = merge_gold([g for _, g in gold_files])
    loaded: dict[str, Article] = {}
    keys = ", ".join(str(p) for p in gold_paths)
    unknown: list[str] = []
    order: dict[str, int] = {}

    def in_key(entries: LoadedInputs) -> LoadedInputs:
        # Folders are expanded first, so every article is looked up by its own file name.
        kept = LoadedInputs(e for e in entries if gold.lookup(e[0]) is not None)
        loaded.update((a.id, a) for _, a in kept if isinstance(a, Article))
        order.update((Path(label).name, i) for i, (label, _) in enumerate(kept))
        unknown.extend(label for label, _ in entries if gold.lookup(label) is None)
        for label in unknown:
            err.print(f"[yellow]warning:[/] {escape(label)} is not in {escape(keys)}; left out of the score")
        if not kept:
            # Nothing to score, so do not spend model calls on it.
            err.print(f"[bold red]error:[/] none of the given articles is in {escape(keys)}.")
            sys.exit(EXIT_CONFIG)
        return kept

    run = run_extraction(articles, kw, select=in_key)
    if json_dir:
        write_json_dir(run, json_dir)
    report = score_summaries(run.summaries, gold, failures={f.article_id: f.error for f in run.failures})
    report.not_in_gold = unknown + report.not_in_gold
    brief = brief_of(run)
    report.grouping = score_grouping(brief, gold)
    report.page = score_page(brief, gold)
    model_only = replay_model_only(run.summaries, loaded, rejudge)
    report.keys = [key_figures(name, run.summaries, model_only, g) for name, g in gold_files]
    if ledger:
        report.ledger = rule_ledger(run.summaries, gold_files, loaded, rejudge)
    # evaluate() lists failures last; the table reads better in the order given.
    report.articles.sort(key=lambda sc: order.get(Path(sc.article_id).name, len(order)))

    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        # A pipe or file gets a fixed width: rich's 80-column default squeezes 14 columns.
        out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
        title = "Scores against " + ", ".join(p.name for p in gold_paths)
        print_report(report, title=title, console=out, details=details)
    report_usage(run)
    sys.exit(exit_code(run))


@main.command("brief", epilog=COMMAND_EPILOG)
@click.argument("articles", nargs=-1, required=True)
@output_file(
    "Write the brief here; the extension picks the format: .md, .html (one printable page) or .json. "
    "Default: stdout, in --format.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "json"]),
    help="Format of the brief. Default: from the -o extension, else md.",
)
@click.option(
    "--review",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the review page here (HTML): every article with the sentences the brief rests on "
    "highlighted by flag, and the items the checks refused. An HTML brief's source numbers link to it.",
)
@click.option(
    "--spans",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the evidence spans here as JSONL in langextract's AnnotatedDocument shape "
    "(open them with langextract.visualize).",
)
@backend_options
@handle_errors
def brief_cmd(
    articles: tuple[str, ...], output: Path | None, fmt: str | None, review: Path | None, spans: Path | None, **kw: Any
) -> None:
    """Merge the articles into a one-page brief: one section per summit.

    Every participant, place, date and agenda item is marked confirmed or speculative
    and cites its numbered sources; what a confirmed or later word overtook, and
    disagreements between sources, are shown, not hidden. Articles that fail are listed in the brief (exit 1).
    """
    # Imported here so that the other commands start without loading the merge step.
    from summarizer.rendering.brief import format_for_path, render
    from summarizer.rendering.review import langextract_jsonl, render_review

    # Check the output name before spending any model calls on the articles.
    chosen: Format = _FORMATS[fmt] if fmt else format_for_path(output) if output else "markdown"
    run = run_extraction(articles, kw)
    review_href = _relative_href(review, output) if review else None
    brief = brief_of(run)
    text = render(brief, chosen, review_href=review_href)
    if review:
        brief_href = _relative_href(output, review) if output else None
        _write(review, render_review(run.summaries, brief=brief, brief_href=brief_href))
    if spans:
        _write(spans, langextract_jsonl(run.summaries))
    if output:
        _write(output, text)
    else:
        click.echo(text, nl=False)
    report_usage(run)
    sys.exit(exit_code(run))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    err.print(f"wrote {path}")


def _relative_href(target: Path, page: Path | None) -> str:
    """A link to ``target`` from a page written at ``page`` (relative, so the two can move together)."""
    base = (page or Path("page")).resolve().parent
    return Path(os.path.relpath(target.resolve(), base)).as_posix()


# Last: the batch commands use this module's helpers (imported where they are used).
from summarizer.cli.batch import batch_group  # noqa: E402

main.add_command(batch_group)

__all__ = ["EXIT_ALL_FAILED", "EXIT_CONFIG", "EXIT_OK", "EXIT_PARTIAL", "main"]
