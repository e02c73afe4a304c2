"""Record real model exchanges and replay them, at the HTTP layer.

Both are ``httpx`` transports under the real ``openai`` client, so replaying exercises
the same HTTP, parsing, re-ask and grounding code as a live run.

A recording is one JSON file per request::

    {"key": "<sha256 of the request body without 'model'>",
     "request": {"method": "POST", "path": "/v1/chat/completions", "body": {...}},
     "response": {"status": 200, "body": {...}},
     "model": "...", "recorded_at": "..."}

Request headers are never stored, so an ``Authorization`` header or API key cannot
end up in a recording. The key leaves out the model name so that recordings made
through llama.cpp's server and in-process answer the same requests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import httpx

REPLAY_MISS_HEADER = "x-summarizer-replay-miss"


def request_key(body: dict[str, Any]) -> str:
    """Stable key of a chat request: what the model is asked, not which model is asked."""
    keyed = {k: v for k, v in body.items() if k not in ("model", "stream")}
    canon = json.dumps(keyed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


class RecordingTransport(httpx.AsyncBaseTransport):
    """Pass requests to ``inner`` and save each successful exchange under ``directory``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, directory: Path):
        self.inner = inner
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        if response.status_code == 200 and request.content:
            body = json.loads(request.content)
            key = request_key(body)
            record = {
                "key": key,
                "request": {"method": request.method, "path": request.url.path, "body": body},
                "response": {"status": response.status_code, "body": json.loads(content)},
                "model": body.get("model"),
                "recorded_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
            path = self.directory / f"{key[:16]}.json"
            path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    async def aclose(self) -> None:
        await self.inner.aclose()


class ReplayTransport(httpx.AsyncBaseTransport):
    """Answer requests from recordings; a request with no recording gets a clear 404."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        if not self.directory.is_dir():
            from summarizer.core.errors import ConfigError

            raise ConfigError(f"recordings folder not found: {self.directory}")
        self.records: dict[str, dict[str, Any]] = {}
        for path in sorted(self.directory.rglob("*.json")):
            try:
                rec = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(rec, dict) and "key" in rec and "response" in rec:
                self.records[rec["key"]] = rec
        self.calls = 0

    @property
    def model_names(self) -> set[str]:
        return {str(r.get("model")) for r in self.records.values() if r.get("model")}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        body = json.loads(request.content or b"{}")
        key = request_key(body)
        rec = self.records.get(key)
        if rec is None:
            return httpx.Response(
                404,
                headers={REPLAY_MISS_HEADER: key[:16]},
                json={
                    "error": {
                        "message": f"no recording answers this request (key {key[:16]}): the prompt, schema or "
                        f"article differs from what was recorded in {self.directory}. Re-record "
                        "with the command in README.md ('Recordings') or use a live backend.",
                        "type": "replay_miss",
                    }
                },
            )
        resp = rec["response"]
        return httpx.Response(resp.get("status", 200), json=resp["body"])


__all__ = [
    "REPLAY_MISS_HEADER",
    "RecordingTransport",
    "ReplayTransport",
    "request_key",
]
