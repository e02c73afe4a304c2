"""Shared fixtures.

Tests mirror modules, flat (tests/test_layout.py checks it): the unit tests of
``summarizer/<package>/<module>.py`` are in ``test_<package>_<module>.py``, of a package's
``__init__.py`` in ``test_<package>.py``, of ``summarizer/<module>.py`` in ``test_<module>.py``.
The test files import helpers from each other by module name (tests/ is on sys.path).

Files named for the whole pipeline or a user surface instead of a module:
``test_golden.py`` (pinned replayed summaries and seed brief), ``test_pipeline.py`` (extraction
over many articles), ``test_streaming.py`` (results as they come, the sync API in a running
loop), ``test_cli.py`` (the command line, ``summarizer/cli/``), ``test_public_api.py``,
``test_bad_input.py``, ``test_secrets.py`` (the API key never shown or stored),
``test_ledger.py`` (the rules on the three answer keys), ``test_injection.py``,
``test_seeds_brief.py``, ``test_dev_grouping.py``, ``test_render_chromium.py`` (``-m chromium``)
and ``test_model.py`` (the real model, ``-m model``).

``ScriptedTransport`` serves a fixed sequence of HTTP responses: it is how the tests
inject hand-made faults (429, 500, malformed JSON...) under the real ``openai`` client.
Responses that stand for model output are taken from ``tests/recordings`` (real
exchanges with the embedded model), never typed by hand.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from summarizer.core.article import Article
from summarizer.ingest.load import load_article
from summarizer.language.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "examples" / "articles"
RECORDINGS = ROOT / "tests" / "recordings"
SEED_IDS = sorted(p.name for p in ARTICLES.glob("*.txt"))


class ScriptedTransport(httpx.AsyncBaseTransport):
    """Answer each request with the next scripted response (the last one repeats)."""

    def __init__(self, script: list[httpx.Response | Exception]):
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        return httpx.Response(item.status_code, headers=item.headers, content=item.content)


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """``handler`` served on a free local port in a background thread: yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def recorded_bodies_for(article: Article) -> list[dict[str, Any]]:
    """The real recorded model responses for ``article``, in the order they are asked
    (who, then where and when, then the agenda: each conversation one turn longer)."""
    # The prompt shows the article as numbered sentences; its first sentence is verbatim there.
    needle = split_sentences(article.text)[0].text
    found = []
    for path in sorted(RECORDINGS.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        msgs = rec["request"]["body"]["messages"]
        if any(needle in m.get("content", "") for m in msgs):
            found.append((len(msgs), rec["response"]["body"]))
    if not found:
        raise LookupError(f"no recording for {article.id}; re-record (see README)")
    return [body for _, body in sorted(found, key=lambda pair: pair[0])]


@pytest.fixture
def seed() -> Article:
    return load_article(ARTICLES / "001_82bccb309aa3b23e.txt")


@pytest.fixture
def ok_response(seed: Article) -> httpx.Response:
    """The recorded answer to the first question (who)."""
    return httpx.Response(200, json=recorded_bodies_for(seed)[0])


@pytest.fixture
def where_when_response(seed: Article) -> httpx.Response:
    """The recorded answer to the second question (where and when)."""
    return httpx.Response(200, json=recorded_bodies_for(seed)[1])


@pytest.fixture
def agenda_response(seed: Article) -> httpx.Response:
    """The recorded answer to the third question (the agenda)."""
    return httpx.Response(200, json=recorded_bodies_for(seed)[2])
