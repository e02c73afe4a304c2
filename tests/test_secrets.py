"""The API key never leaks: not in logs at any verbosity, caches, recordings, error messages or reprs.

The model is a fake OpenAI-compatible server on 127.0.0.1 (:class:`FakeOpenAI`, also used by
test_bad_input.py): only a real socket shows the real ``Authorization`` header, and the
server can echo the key back in its error message, as OpenAI does in a 401. Its answers
are hand-made (``HANDMADE_NO_SUMMIT`` in test_providers.py), never model output.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_providers import HANDMADE_ARTICLE, HANDMADE_NO_SUMMIT, handmade_body

from summarizer import cli
from summarizer.core.errors import ModelError
from summarizer.extraction.summary import extract_summary
from summarizer.providers import BackendConfig, make_llm
from summarizer.run import extract_async

#: Looks like a real key; long enough to be registered for masking (8+ characters).
KEY = "sk-proj-LEAKCHECK-7f3a9c2e5b8d1f4a6c0e"
ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------
# A fake OpenAI-compatible server
# --------------------------------------------------------------------------------------


@dataclass
class Seen:
    """One request as the server saw it."""

    path: str
    authorization: str
    body: dict[str, Any]

    @property
    def key(self) -> str:
        return self.authorization.removeprefix("Bearer ")

    def user_text(self) -> str:
        """Every user turn of the conversation, joined."""
        return "\n".join(str(m.get("content") or "") for m in self.body.get("messages", []) if m["role"] == "user")

    def last_user_text(self) -> str:
        users = [m for m in self.body.get("messages", []) if m["role"] == "user"]
        return str(users[-1].get("content") or "") if users else ""

    def schema(self) -> str | None:
        """The response model asked for ("DraftWho", "DraftWhereWhen", "DraftAgenda")."""
        rf = self.body.get("response_format") or {}
        if rf.get("type") == "json_schema":
            return rf.get("json_schema", {}).get("name")
        tools = self.body.get("tools") or []
        return tools[0]["function"]["name"] if tools else None


#: What the server does with a request: (HTTP status, JSON body).
Responder = Callable[[Seen], tuple[int, dict[str, Any]]]


def answer_no_summit(_seen: Seen) -> tuple[int, dict[str, Any]]:
    """200 with the hand-made "no summit here" answer."""
    return 200, handmade_body(json.dumps(HANDMADE_NO_SUMMIT))


def echo_key(status: int) -> Responder:
    """An error that quotes the key it was sent, the way OpenAI's 401 does."""

    def respond(seen: Seen) -> tuple[int, dict[str, Any]]:
        message = (
            f"Incorrect API key provided: {seen.key}. You can find your API key at "
            "https://platform.openai.com/account/api-keys."
        )
        return status, {"error": {"message": message, "type": "invalid_request_error", "code": "invalid_api_key"}}

    return respond


class FakeOpenAI:
    """``POST /v1/chat/completions`` on 127.0.0.1, in a thread, answered by ``respond``.

    >>> with FakeOpenAI(answer_no_summit) as server:  # doctest: +SKIP
    ...     server.base_url, server.seen
    """

    def __init__(self, respond: Responder = answer_no_summit) -> None:
        self.respond = respond
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                seen = Seen(self.path, self.headers.get("authorization", ""), json.loads(raw or b"{}"))
                with outer._lock:
                    outer.seen.append(seen)
                status, payload = outer.respond(seen)
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:  # keep the test output clean
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join()


@pytest.fixture(autouse=True)
def _no_openai_env_or_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No key from the shell, and never the user's cache folder."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "user-cache"))


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "handmade.txt"
    path.write_text(HANDMADE_ARTICLE.text + "\n", encoding="utf-8")
    return path


def _all_bytes_under(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]


# --------------------------------------------------------------------------------------
# Logs, at every verbosity
# --------------------------------------------------------------------------------------

SERVERS: dict[str, Responder] = {"401 echoing the key": echo_key(401), "200": answer_no_summit}


@pytest.mark.parametrize("key_from", ["--api-key", "OPENAI_API_KEY"])
@pytest.mark.parametrize("verbosity", ["-v", "-vv"])
@pytest.mark.parametrize("server_kind", list(SERVERS))
def test_log_records_and_output_never_show_the_key(
    server_kind: str,
    verbosity: str,
    key_from: str,
    article_file: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every record any library creates is captured, whatever level the command sets.
    caplog.set_level(logging.DEBUG)
    args = ["extract", str(article_file), "--backend", "openai", "--mode", "json_schema", verbosity]
    args += ["--cache-dir", str(tmp_path / "cache")]
    if key_from == "--api-key":
        args += ["--api-key", KEY]
    else:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with FakeOpenAI(SERVERS[server_kind]) as server:
        result = CliRunner().invoke(cli.main, [*args, "--base-url", server.base_url])

    assert server.seen and {s.authorization for s in server.seen} == {f"Bearer {KEY}"}  # the key was used...
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert KEY not in result.output and KEY not in result.stderr  # ...and never shown
    assert KEY not in caplog.text
    for record in caplog.records:
        assert KEY not in record.getMessage(), record.name
        assert KEY not in str(record.exc_text or ""), record.name
    if server_kind == "200":
        assert result.exit_code == cli.EXIT_OK, result.output
    else:
        assert result.exit_code == cli.EXIT_ALL_FAILED
        assert "refused the API key (HTTP 401)" in result.stderr
        if verbosity == "-vv":
            # The server's message with the key in it did reach the logs, masked.
            assert any("Incorrect API key provided: ***" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("verbosity", ["-v", "-vv"])
@pytest.mark.parametrize("server_kind", list(SERVERS))
def test_the_command_s_stderr_never_shows_the_key(
    server_kind: str, verbosity: str, article_file: Path, tmp_path: Path
) -> None:
    """The real command in its own process: its logging setup writes to the real stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(OPENAI_API_KEY=KEY, SUMMARIZER_CACHE_DIR=str(tmp_path / "user-cache"), COLUMNS="200")
    with FakeOpenAI(SERVERS[server_kind]) as server:
        args = [sys.executable, "-m", "summarizer.cli", "extract", str(article_file), verbosity]
        args += ["--backend", "openai", "--base-url", server.base_url, "--mode", "json_schema"]
        args += ["--record", str(tmp_path / "rec"), "--cache-dir", str(tmp_path / "cache")]
        done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False)

    assert server.seen and server.seen[0].authorization == f"Bearer {KEY}"
    assert KEY not in done.stdout and KEY not in done.stderr
    if verbosity == "-vv":
        # Debug logging really was on (so there was something to leak).
        assert "HTTP Request: POST" in done.stderr, done.stderr[-2000:]
    if server_kind == "200":
        assert done.returncode == cli.EXIT_OK, done.stderr[-2000:]
    else:
        assert done.returncode == cli.EXIT_ALL_FAILED
        assert "refused the API key (HTTP 401)" in done.stderr
        if verbosity == "-vv":
            assert "Incorrect API key provided: ***" in done.stderr
    for path, data in _all_bytes_under(tmp_path):
        assert KEY.encode() not in data, path


# --------------------------------------------------------------------------------------
# Caches and recordings
# --------------------------------------------------------------------------------------


def test_cache_and_recordings_never_hold_the_key(article_file: Path, tmp_path: Path) -> None:
    cache, rec = tmp_path / "cache", tmp_path / "rec"
    with FakeOpenAI() as server:
        args = ["extract", str(article_file), "--backend", "openai", "--base-url", server.base_url]
        args += ["--api-key", KEY, "--mode", "json_schema", "--cache-dir", str(cache), "--record", str(rec)]
        result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == cli.EXIT_OK, result.output
    assert server.seen[0].authorization == f"Bearer {KEY}"
    recordings = _all_bytes_under(rec)
    cached = _all_bytes_under(cache)
    assert recordings and cached  # both were written...
    for path, data in recordings + cached:
        assert KEY.encode() not in data, path  # ...without the key
        assert b"authorization" not in data.lower(), path


# --------------------------------------------------------------------------------------
# Error messages
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status",
    [401, 400, 403, 404, 429, 500],
)
async def test_model_errors_never_show_the_key_a_server_echoes(status: int) -> None:
    with FakeOpenAI(echo_key(status)) as server:
        config = BackendConfig(
            backend="openai", base_url=server.base_url, api_key=KEY, attempts=1, reasks=0, mode="json_schema"
        )
        llm = make_llm(config)
        try:
            with pytest.raises(ModelError) as info:
                await extract_summary(HANDMADE_ARTICLE, llm)
        finally:
            await llm.aclose()
    assert server.seen[0].key == KEY
    assert f"HTTP {status}" in str(info.value)
    assert KEY not in str(info.value) and KEY not in repr(info.value)


def test_a_brief_never_lists_the_key_among_its_failures(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    with FakeOpenAI(echo_key(403)) as server:
        args = ["brief", str(article_file), "-o", str(out), "--backend", "openai", "--base-url", server.base_url]
        args += ["--api-key", KEY, "--mode", "json_schema", "--no-cache"]
        result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == cli.EXIT_ALL_FAILED
    failures = json.loads(out.read_text(encoding="utf-8"))["failures"]
    assert [f["article_id"] for f in failures] == ["handmade.txt"]
    assert KEY not in out.read_text(encoding="utf-8")
    assert KEY not in result.stderr


async def test_unreachable_server_error_hides_credentials_in_the_base_url() -> None:
    base_url = f"http://user:{KEY}@127.0.0.1:9/v1?api-key={KEY}"
    config = BackendConfig(backend="openai", base_url=base_url, api_key=KEY, attempts=1)
    llm = make_llm(config)
    try:
        with pytest.raises(ModelError, match="cannot reach the model server") as info:
            await extract_summary(HANDMADE_ARTICLE, llm)
    finally:
        await llm.aclose()
    assert KEY not in str(info.value)


# --------------------------------------------------------------------------------------
# Reprs
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("key_from", ["config", "OPENAI_API_KEY"])
def test_no_repr_shows_the_key(key_from: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if key_from == "config":
        config = BackendConfig(backend="openai", base_url="http://127.0.0.1:9/v1", api_key=KEY)
    else:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        config = BackendConfig(backend="openai", base_url="http://127.0.0.1:9/v1")
    llm = make_llm(config)
    oai = llm.client.client  # the AsyncOpenAI client under instructor
    assert oai.api_key == KEY  # the client really holds it...
    shown = [repr(config), str(config), repr(config.api_key), str(config.api_key), repr(llm), str(llm)]
    shown += [repr(llm.client), repr(oai), str(oai), repr(oai._client), repr(llm.transport)]
    for text in shown:
        assert KEY not in text, text  # ...and no repr shows it


async def test_a_failed_run_s_results_never_show_the_key(tmp_path: Path) -> None:
    """The pipeline's own objects (Failure, ExtractionRun) carry the message, not the key."""
    with FakeOpenAI(echo_key(401)) as server:
        config = BackendConfig(backend="openai", base_url=server.base_url, api_key=KEY, mode="json_schema")
        run = await extract_async([HANDMADE_ARTICLE], config=config, cache=None)
    assert [f.kind for f in run.failures] == ["model"]
    assert "401" in run.failures[0].error
    assert KEY not in repr(run) and KEY not in run.model_dump_json()
