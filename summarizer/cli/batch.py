"""``summarizer batch``: run, prepare, collect, status (see ``summarizer.batch``)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, cast

import click
from rich.markup import escape

from summarizer.batch import BatchOutcome, BatchState, ReaskMode, batch_async, collect_async, prepare_async
from summarizer.batch.state import read_rounds
from summarizer.cache import ResultCache, default_cache_dir
from summarizer.cli import output as exits
from summarizer.cli.options import backend_options, make_config, output_file
from summarizer.cli.output import (
    COMMAND_EPILOG,
    err,
    is_quiet,
    progress,
    report_usage,
    set_quiet,
)
from summarizer.core.errors import SummarizerError
from summarizer.ingest.text import check_published
from summarizer.providers import BackendConfig
from summarizer.run import LoadedInputs, ProgressFn, estimate_run, load_inputs

#: The shared options that mean nothing to a batch: it runs on a server, and its answers go to the cache.
_NOT_FOR_BATCH = ("backend", "local_model", "recordings", "record_to", "concurrency", "no_cache")

STATE_HELP = "Folder of the batch state: round ids and answers received. Default: batch/ in the result cache folder."


class _RunByDefault(click.Group):
    """``summarizer batch ARTICLES...`` is ``summarizer batch run ARTICLES...``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        # As the other commands' handle_errors: an error the user can act on, never a traceback.
        try:
            return super().invoke(ctx)
        except SummarizerError as e:
            err.print(f"[bold red]error:[/] {escape(str(e))}")
            sys.exit(exits.EXIT_CONFIG)


@click.group(
    "batch", cls=_RunByDefault, short_help="Extract many articles through a Batch API (run, prepare, collect)."
)
def batch_group() -> None:
    """Extract many articles through a Batch API, in a few rounds, into the result cache.

    Each round is one batch: the first question of every article not yet in the cache,
    then the questions that depend on those answers (at most three rounds, plus re-asks).
    Every finished article is stored in the result cache, where `brief` and `extract`
    (given the same --base-url, --model and --mode) find it without a model call.

    \b
    Online (a server with the Files and Batches APIs: OpenAI, Azure, LiteLLM):
      summarizer batch run ARTICLES --base-url URL --model NAME   (or just: summarizer batch ARTICLES)
      A killed run, started again, resumes from the batch ids it saved.
    Offline (vllm run-batch, or any runner of OpenAI batch files), one round at a time:
      summarizer batch prepare ARTICLES -o requests.jsonl --base-url URL --model NAME
      vllm run-batch -i requests.jsonl -o results.jsonl --model NAME
      summarizer batch collect ARTICLES --from results.jsonl --base-url URL --model NAME
      ... prepare again until it writes nothing (it prints the file's name when it writes one).
    """


def batch_options(*, dry_run: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--state`` and the shared options that a batch command uses (``--dry-run`` if it can estimate)."""

    def add(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option("--state", type=click.Path(file_okay=False, path_type=Path), help=STATE_HELP)(fn)
        return backend_options(fn, leave_out=_NOT_FOR_BATCH if dry_run else (*_NOT_FOR_BATCH, "dry_run"))

    return add


@batch_group.command("run", epilog=COMMAND_EPILOG)
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0),
    default=30.0,
    show_default=True,
    help="Seconds between two checks of a batch's status.",
)
@click.option(
    "--reask",
    type=click.Choice(["live", "round"]),
    default="live",
    show_default=True,
    help="An answer that breaks the schema is asked again: live at once, or in the next round (one more batch).",
)
@batch_options()
def run_cmd(articles: tuple[str, ...], poll_interval: float, reask: str, **kw: Any) -> None:
    """Submit every round as a batch, wait for it, and go on until every article is in the cache."""
    job = _Job(articles, kw)

    def go(on_result: ProgressFn, state: BatchState) -> Coroutine[Any, Any, BatchOutcome]:
        return batch_async(
            job.entries,
            job.config,
            cache=job.cache,
            state=state,
            poll_interval=poll_interval,
            reask=cast(ReaskMode, reask),
            on_result=on_result,
            say=_say,
        )

    outcome = job.run(go)
    rounds = ", ".join(str(n) for n in outcome.rounds) or "none"
    job.finish(outcome, f"; round(s) {rounds}; {outcome.live_calls} live call(s) (re-asks of broken answers)")


@batch_group.command("prepare", epilog=COMMAND_EPILOG)
@click.argument("articles", nargs=-1, required=True)
@output_file(
    "Write the round's requests here (OpenAI batch input JSONL, as `vllm run-batch -i` reads it).",
    required=True,
)
@batch_options()
def prepare_cmd(articles: tuple[str, ...], output: Path, **kw: Any) -> None:
    """Write the next round's requests for the articles not yet in the cache.

    Prints the file's name on stdout when it wrote one, and nothing when every article is
    done: `while summarizer batch prepare ... -o r.jsonl | grep -q .; do ...; done` loops
    over the rounds.
    """
    job = _Job(articles, kw)
    outcome = job.run(
        lambda on_result, state: prepare_async(
            job.entries, job.config, cache=job.cache, state=state, output=output, on_result=on_result
        )
    )
    if outcome.written:
        click.echo(str(output))
        _say(
            f"round {outcome.rounds[-1]}: wrote {outcome.written} request(s) for {outcome.unfinished} article(s) to "
            f"{output}. Run them (e.g. vllm run-batch -i {output} -o results.jsonl --model NAME), then "
            "`summarizer batch collect` the results with the same articles and options."
        )
    else:
        _say("every article is in the cache (or failed): nothing to prepare.")
    job.finish(outcome)


@batch_group.command("collect", epilog=COMMAND_EPILOG)
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "--from",
    "results",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A results file: the output of `vllm run-batch` or of an OpenAI batch.",
)
@batch_options(dry_run=False)
def collect_cmd(articles: tuple[str, ...], results: Path, **kw: Any) -> None:
    """Read a round's results and store every article they finish in the result cache.

    Give the articles and options given to `prepare`. Articles that need another round
    (the questions after the first, a re-ask) stay; `prepare` writes that round.
    """
    job = _Job(articles, kw)
    outcome = job.run(
        lambda on_result, state: collect_async(
            job.entries, job.config, cache=job.cache, state=state, results=results, on_result=on_result
        )
    )
    _say(
        f"read {outcome.results} result(s) from {results}; {len(outcome.run.summaries)} article(s) done now, "
        f"{outcome.unfinished} need another round"
        + (" (`summarizer batch prepare` writes it)" if outcome.unfinished else "")
    )
    if outcome.results and not outcome.results_used and outcome.unfinished:
        err.print(
            f"[yellow]warning:[/] none of the results in {escape(str(results))} answers a question of these "
            "articles: give `collect` the articles, --model and --mode that `prepare` was given."
        )
    job.finish(outcome)


@batch_group.command("status")
@click.option("--state", type=click.Path(file_okay=False, path_type=Path), help=STATE_HELP)
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), help="Result cache folder.")
def status_cmd(state: Path | None, cache_dir: Path | None) -> None:
    """List the rounds saved in the batch state (no server is asked)."""
    folder = _state_dir(state, cache_dir)
    rounds = read_rounds(folder)
    if not rounds:
        click.echo(f"no batch round in {folder}")
        return
    for r in rounds:
        where = (r.batch_id or r.input_file_id or "") if r.kind == "batch" else (r.file or "")
        fetched = "answers fetched" if r.collected else "answers not fetched" if r.kind == "batch" else ""
        click.echo(f"round {r.number}\t{r.kind}\t{r.requests} request(s)\t{where}\t{r.status}\t{fetched}".rstrip())


def _state_dir(state: Path | None, cache_dir: Path | None) -> Path:
    if state is not None:
        return state
    return (cache_dir or default_cache_dir()).expanduser() / "batch"


class _Job:
    """A batch command's inputs, model settings, cache and state folder, from its options."""

    def __init__(self, articles: tuple[str, ...], kw: dict[str, Any]) -> None:
        # Imported here: summarizer.cli imports this module to add the group to the command.
        from summarizer.cli import _fill_published, _print_estimate, _setup_logging

        _setup_logging(kw.pop("verbose"))
        set_quiet(kw.pop("quiet"))
        dry_run = kw.pop("dry_run", False)
        published = check_published(kw.pop("published"))
        max_bytes = kw.pop("max_bytes")
        cache_dir = kw.pop("cache_dir", None)
        self.state_dir = _state_dir(kw.pop("state", None), cache_dir)
        self.config: BackendConfig = make_config({**kw, **{k: None for k in _NOT_FOR_BATCH}, "backend": "openai"})
        self.entries: LoadedInputs = load_inputs(list(articles), None, max_bytes)
        _fill_published(self.entries, published)
        self.cache = ResultCache(cache_dir) if cache_dir else ResultCache()
        if dry_run:
            _print_estimate(estimate_run(self.entries, self.config, self.cache))
            self.cache.close()
            sys.exit(exits.EXIT_OK)

    def run(self, go: Callable[[ProgressFn, BatchState], Coroutine[Any, Any, BatchOutcome]]) -> BatchOutcome:
        shown, stop = progress(len(self.entries))
        try:
            with BatchState(self.state_dir) as state:
                return asyncio.run(go(shown, state))
        finally:
            stop()
            self.cache.close()

    def finish(self, outcome: BatchOutcome, more: str = "") -> None:
        """What the run did, the usage line, then the exit: 1 if some article failed, 3 if all did."""
        run = outcome.run
        _say(
            f"batch: {len(run.summaries)} article(s) done now, {outcome.cached} already in the cache, "
            f"{len(run.failures)} failed, {outcome.unfinished} waiting for another round{more}"
        )
        report_usage(run)
        done = len(outcome.run.summaries) + outcome.cached
        if outcome.run.failures:
            sys.exit(exits.EXIT_PARTIAL if done or outcome.unfinished else exits.EXIT_ALL_FAILED)
        sys.exit(exits.EXIT_OK)


def _say(line: str) -> None:
    if not is_quiet():
        err.print(escape(line))


__all__ = ["batch_group"]
