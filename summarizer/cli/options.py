"""The options every model-calling command shares, and the BackendConfig they make."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, TypeVar

import click

from summarizer.cli.output import err
from summarizer.ingest.text import DEFAULT_MAX_BYTES
from summarizer.providers import BackendConfig

F = TypeVar("F", bound=Callable[..., Any])


def backend_options(fn: Callable[..., Any], *, leave_out: Collection[str] = ()) -> Callable[..., Any]:
    """The options every model-calling command shares (but those named in ``leave_out``)."""
    opts = [
        click.option(
            "--backend",
            type=click.Choice(["auto", "openai", "local", "replay"]),
            default="auto",
            show_default=True,
            envvar="SUMMARIZER_BACKEND",
            show_envvar=True,
            help="auto: --recordings if given, else OPENAI_* settings if set, else the embedded model.",
        ),
        click.option(
            "--model",
            envvar="SUMMARIZER_MODEL",
            show_envvar=True,
            help="Model name on the server (openai backend). Default: gpt-4o-mini.",
        ),
        click.option(
            "--base-url",
            envvar="SUMMARIZER_BASE_URL",
            show_envvar=True,
            help="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 (default: $OPENAI_BASE_URL).",
        ),
        click.option("--api-key", help="API key (default: $OPENAI_API_KEY). Never logged or saved."),
        click.option(
            "--local-model",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            envvar="SUMMARIZER_LOCAL_MODEL",
            show_envvar=True,
            help="Run this GGUF file in-process. Default: the bundled Qwen2.5-Coder-1.5B-Instruct (local extra).",
        ),
        click.option(
            "--recordings",
            type=click.Path(file_okay=False, path_type=Path),
            envvar="SUMMARIZER_RECORDINGS",
            show_envvar=True,
            help="Folder of recorded model exchanges for --backend replay (e.g. tests/recordings). Default: none.",
        ),
        click.option(
            "--record",
            "record_to",
            type=click.Path(file_okay=False, path_type=Path),
            help="Also save every model exchange into this folder (for later replay). Default: off.",
        ),
        click.option(
            "--mode",
            type=click.Choice(["tools", "json_schema", "json"]),
            envvar="SUMMARIZER_MODE",
            show_envvar=True,
            help="Structured-output mode. Default: tools on a server, json_schema (a grammar) in-process.",
        ),
        click.option(
            "--timeout",
            type=float,
            default=120.0,
            show_default=True,
            envvar="SUMMARIZER_TIMEOUT",
            show_envvar=True,
            help="Seconds per model call.",
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(min=1),
            envvar="SUMMARIZER_CONCURRENCY",
            show_envvar=True,
            help="Articles in flight at once (default: 8 on a server or replay; on the embedded model 2 "
            "where there are 2 cores or more: two llama.cpp contexts side by side, each with its share of "
            "the cores). Raise it for a server that batches requests (vLLM).",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Ask the model again even for articles already done (neither read nor write the result cache). "
            "Default: the cache is used.",
        ),
        click.option(
            "--cache-dir",
            type=click.Path(file_okay=False, path_type=Path),
            help="Result cache folder (default: ~/.cache/summarizer/results, or $SUMMARIZER_CACHE_DIR/results; "
            "the replay backend uses a cache only when this is given).",
        ),
        click.option(
            "--published",
            metavar="YYYY-MM-DD",
            help="Fallback publication date for EVERY article that carries none (front matter, page metadata "
            "or a dated header): relative dates ('Tuesday') resolve against it. Articles written on "
            "different days then share one date, which can merge or split summits: prefer dating each file. "
            "Default: none (relative dates stay unresolved).",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            help="Refuse article files larger than this (a multi-MB 'article' is usually a mistake).",
        ),
        click.option(
            "-v", "--verbose", count=True, help="More log output on stderr (-vv for debug). Default: warnings."
        ),
        click.option(
            "--dry-run",
            is_flag=True,
            help="Say what the run would do (articles, chunks, tokens estimated, how many the cache already "
            "holds, the price where the model has one) and stop before any model call.",
        ),
        click.option(
            "-q",
            "--quiet",
            is_flag=True,
            envvar="SUMMARIZER_QUIET",
            show_envvar=True,
            help="No progress and no usage line on stderr; warnings and errors are still printed.",
        ),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    if leave_out:
        # click keeps a command's options on the function until the command is made.
        params = fn.__click_params__  # type: ignore[attr-defined]
        fn.__click_params__ = [p for p in params if p.name not in leave_out]  # type: ignore[attr-defined]
    return fn


def make_config(kw: dict[str, Any]) -> BackendConfig:
    api_key = kw.pop("api_key", None)
    # OPENAI_* from the environment are read by the backend, not here, so that an explicit
    # --local-model is not overridden by a key that happens to be set in the shell.
    return BackendConfig(
        backend=kw.pop("backend"),
        model=kw.pop("model"),
        base_url=kw.pop("base_url"),
        api_key=api_key,
        local_model=kw.pop("local_model"),
        recordings=kw.pop("recordings"),
        record_to=kw.pop("record_to"),
        mode=kw.pop("mode"),
        timeout=kw.pop("timeout"),
        on_model_progress=_ModelAssembly().update,
    )


class _ModelAssembly:
    """A progress bar on stderr while the bundled model is assembled (once, 1.1 GB)."""

    def __init__(self) -> None:
        self._bar: Any = None

    def update(self, done: int, total: int) -> None:
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

        if self._bar is None:
            self._bar = Progress(
                TextColumn("assembling embedded model"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                console=err, transient=True,
            )  # fmt: skip
            self._task = self._bar.add_task("assemble", total=total)
            self._bar.start()
        self._bar.update(self._task, completed=done)
        if done >= total:
            self._bar.stop()


__all__ = ["backend_options", "make_config"]


def output_file(help_text: str, *, required: bool = False) -> Callable[[F], F]:
    """The ``-o/--output FILE`` option of a command that writes one file."""
    return click.option(
        "-o", "--output", required=required, type=click.Path(dir_okay=False, path_type=Path), help=help_text
    )
