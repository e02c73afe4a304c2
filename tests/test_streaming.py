"""Results as they come: ``extract -o out.jsonl`` against a slow server, and the
synchronous API called from inside a running event loop (a notebook, an async handler).

The slow server is a hand-made fixture: an OpenAI-compatible ``/v1/chat/completions`` that
answers each request from tests/recordings (the embedded model's real answers, looked up
by the request as the replay backend does) after a pause, so that a run takes long enough
for a reader to see its first lines while it goes on.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import RECORDINGS, ROOT, serving

from summarizer import Article, BackendConfig, brief, summarize_article
from summarizer.providers.recording import request_key

DEV = sorted((ROOT / "examples" / "dev" / "articles").glob("*.txt"))[:20]
PAUSE_S = 0.2


def _answers() -> dict[str, dict]:
    out = {}
    for path in RECORDINGS.glob("*.json"):
        rec = json.loads(path.read_text(encoding="utf-8"))
        out[rec["key"]] = rec["response"]["body"]
    return out


@pytest.fixture
def slow_server() -> Iterator[str]:
    answers = _answers()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            time.sleep(PAUSE_S)
            answer = answers.get(request_key(body))
            data = json.dumps(answer or {"error": {"message": "no recording"}}).encode()
            self.send_response(200 if answer else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as url:
        yield url + "/v1"


def test_extract_output_streams_one_line_per_article_while_the_run_goes_on(slow_server: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    missing = tmp_path / "no-such-article.txt"
    cmd = [sys.executable, "-m", "summarizer", "extract", *map(str, DEV), str(missing), "-o", str(out), "--no-text"]
    cmd += ["--backend", "openai", "--base-url", slow_server, "--api-key", "test", "--mode", "json_schema"]
    cmd += ["--model", "qwen2.5-coder-1.5b-instruct-q4_k_m", "--no-cache", "--concurrency", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    first_seen = 0  # how many lines the file held the first time it held any, while the run went on
    while proc.poll() is None and not first_seen:
        if out.is_file():
            first_seen = len(out.read_text(encoding="utf-8").splitlines())
        time.sleep(0.05)
    _stdout, stderr = proc.communicate()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # Read before the last article was done: the first lines were there while the run went on.
    assert 1 <= first_seen < len(lines), (first_seen, len(lines))
    assert proc.returncode == 1, stderr  # one input failed, the others were written
    failed = [r for r in lines if r.get("failed")]
    assert [r["kind"] for r in failed] == ["input"] and "no-such-article.txt" in failed[0]["article_id"]
    done = [r for r in lines if not r.get("failed")]
    assert sorted(r["article_id"] for r in done) == sorted(p.name for p in DEV)
    assert all(r["text"] == "" for r in done)  # --no-text
    assert "summarized" not in stderr  # -q: no usage line


def test_the_sync_api_works_inside_a_running_event_loop() -> None:
    config = BackendConfig(backend="replay", recordings=RECORDINGS)
    seed = sorted((ROOT / "examples" / "articles").glob("*.txt"))[1]

    async def handler() -> tuple[str | None, int]:
        # A notebook cell or an async web handler: a loop is running in this thread.
        summary = summarize_article(seed, config=config, cache=None)
        result = brief([seed], config=config, cache=None)
        return (summary.location.value if summary.location else None), len(result.events)

    venue, events = asyncio.run(handler())
    assert venue and "Vostochny" in venue
    assert events == 1
    assert isinstance(Article(id="x", text="y"), Article)
