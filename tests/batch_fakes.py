"""Hand-made fixtures for the batch tests: many distinct articles, and a server with a Batch API.

**Articles.** tests/recordings hold the embedded model's real answers for the 65 example
articles (examples/articles, examples/dev/articles, examples/dev2/articles). To have 200
*distinct* articles (distinct texts, so distinct cache keys and distinct requests), copy N of
an article is the article with one sentence added after its last one: ``(Archive copy N.)``
(in the file, right after that sentence: the page furniture after it is cleaned away as
before). The article is shown to the model as numbered sentences, so that sentence is one
line at the end, ``[k] (Archive copy N.)``, and the other sentences keep their numbers. The fake server takes
that line out of a request before it looks the request up in the recordings (by
``request_key``, as the replay backend does), so every copy gets the answers the model gave
the original: real answers, none typed by hand.

**Server.** ``FakeOpenAI`` is an OpenAI-compatible server with the Files and Batches
endpoints and ``/chat/completions``: a batch's output answers each line from the
recordings; a chat call (a live call) is counted and answered from the recordings too. A
re-ask (the request with the broken answer and instructor's correction appended) is
answered with the recorded answer to the question it re-asks. ``break_if`` picks request
bodies whose answer breaks the schema; ``hold_polls`` keeps each batch ``in_progress`` for
that many status checks.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import threading
from collections.abc import Callable, Iterable
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from conftest import RECORDINGS, ROOT

from summarizer.ingest.load import load_article
from summarizer.language.sentences import split_sentences
from summarizer.providers.recording import request_key

EXAMPLE_ARTICLES = sorted(
    [
        *(ROOT / "examples" / "articles").glob("*.txt"),
        *(ROOT / "examples" / "dev" / "articles").glob("*.txt"),
        *(ROOT / "examples" / "dev2" / "articles").glob("*.txt"),
    ]
)
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"  # the model of the recordings
_COPY_LINE = re.compile(r"\n\[\d+\] \(Archive copy \d+\.\)")
NOT_FOUND = {"error": {"message": "Not Found"}}
#: What a model that breaks the schema answers: ``participants`` is not a list.
BROKEN = '{"participants": "two leaders", "summit_found": true}'


def write_copies(folder: Path, n: int) -> list[Path]:
    """``n`` distinct article files in ``folder``: every example article as it is, then copy 1 of each, copy 2..."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        number, source = divmod(i, len(EXAMPLE_ARTICLES))
        original = EXAMPLE_ARTICLES[source]
        text = original.read_text(encoding="utf-8")
        if number:
            last = split_sentences(load_article(original).text)[-1].text
            end = text.rindex(last) + len(last)
            text = f"{text[:end]}\n\n(Archive copy {number}.){text[end:]}"
        path = folder / f"{original.stem}__copy{number}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def recorded_answers() -> dict[str, dict[str, Any]]:
    answers = {}
    for path in RECORDINGS.glob("*.json"):
        rec = json.loads(path.read_text(encoding="utf-8"))
        answers[rec["key"]] = rec["response"]["body"]
    return answers


def original_request(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` as the original article would have asked it (the copy's sentence taken out)."""
    plain = copy.deepcopy(body)
    for message in plain.get("messages", []):
        if isinstance(message.get("content"), str):
            message["content"] = _COPY_LINE.sub("", message["content"])
    return plain


def broken(answer: dict[str, Any]) -> dict[str, Any]:
    """``answer`` with its content replaced by one that breaks the schema."""
    bad = copy.deepcopy(answer)
    bad["choices"][0]["message"]["content"] = BROKEN
    return bad


class FakeOpenAI:
    """The server's state, shared by its request handler (one per test)."""

    def __init__(
        self,
        *,
        break_if: Callable[[dict[str, Any]], bool] = lambda body: False,
        break_live: bool = False,
        hold_polls: int = 1,
        batch_api: bool = True,
        expire: frozenset[int] = frozenset(),
    ) -> None:
        self.answers = recorded_answers()
        self.break_if = break_if
        self.break_live = break_live
        self.hold_polls = hold_polls
        self.batch_api = batch_api
        #: These batches (by number) expire with every other request unanswered, as OpenAI's may.
        self.expire = expire
        self.refuse_chat = False
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, int] = {}
        #: Every custom_id of every batch, in order: a question asked twice shows here twice.
        self.asked: list[str] = []
        self.live_calls = 0
        self.auth_headers: set[str] = set()
        self.polled = threading.Event()
        self.watch_batch = 2  # ``polled`` is set at the first status check of this batch
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    # -- answers ---------------------------------------------------------------------------

    def answer(self, body: dict[str, Any]) -> dict[str, Any] | None:
        """The recorded answer to ``body`` (a copy's request or the original's), or None.

        A re-ask (the question, then each broken answer and instructor's correction) gets the
        recorded answer to the question it re-asks.
        """
        messages = body["messages"]
        for turns in range(len(messages), 1, -2):
            found = self.answers.get(request_key(original_request({**body, "messages": messages[:turns]})))
            if found is not None:
                return found
        return None

    def live_answer(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.live_calls += 1
        if self.refuse_chat:
            return 500, {"error": {"message": "this test allows no model call"}}
        found = self.answer(body)
        if found is None:
            return 404, {"error": {"message": "no recording"}}
        return 200, broken(found) if self.break_live else found

    def result_line(self, line: dict[str, Any]) -> dict[str, Any]:
        body = line["body"]
        found = self.answer(body)
        if found is None:
            return {"id": "r", "custom_id": line["custom_id"], "response": None, "error": {"code": "no_recording"}}
        if self.break_if(body):
            found = broken(found)
        response = {"status_code": 200, "request_id": f"req_{next(self._ids)}", "body": found}
        return {
            "id": f"batch_req_{next(self._ids)}",
            "custom_id": line["custom_id"],
            "response": response,
            "error": None,
        }

    # -- files and batches -----------------------------------------------------------------

    def upload(self, data: bytes) -> dict[str, Any]:
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = data
        return {"id": file_id, "object": "file", "bytes": len(data), "created_at": 0, "filename": "in.jsonl",
                "purpose": "batch", "status": "processed"}  # fmt: skip

    def create_batch(self, request: dict[str, Any]) -> dict[str, Any]:
        lines = [json.loads(x) for x in self.files[request["input_file_id"]].decode().splitlines() if x.strip()]
        self.asked.extend(line["custom_id"] for line in lines)
        number = len(self.batches) + 1
        batch_id = f"batch_{number}"
        expired = lines[1::2] if number in self.expire else []
        answered = [line for line in lines if line not in expired]
        out_id = self.upload(_jsonl(self.result_line(line) for line in answered))["id"]
        error_id = self.upload(_jsonl(_expired_line(line) for line in expired))["id"] if expired else None
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": request["endpoint"], "errors": None,
            "input_file_id": request["input_file_id"], "completion_window": "24h", "status": "validating",
            "created_at": 0, "output_file_id": None, "error_file_id": None, "metadata": request.get("metadata"),
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0}, "_output": out_id,
            "_errors": error_id, "_final": "expired" if expired else "completed",
        }  # fmt: skip
        self.polls[batch_id] = 0
        return self.public(batch_id)

    def poll(self, batch_id: str) -> dict[str, Any]:
        self.polls[batch_id] += 1
        if batch_id == f"batch_{self.watch_batch}":
            self.polled.set()
        batch = self.batches[batch_id]
        if self.polls[batch_id] > self.hold_polls:
            total = batch["request_counts"]["total"]
            failed = len(self.files[batch["_errors"]].splitlines()) if batch["_errors"] else 0
            batch.update(status=batch["_final"], output_file_id=batch["_output"], error_file_id=batch["_errors"])
            batch["request_counts"] = {"total": total, "completed": total - failed, "failed": failed}
        else:
            batch["status"] = "in_progress"
        return self.public(batch_id)

    def public(self, batch_id: str) -> dict[str, Any]:
        return {k: v for k, v in self.batches[batch_id].items() if not k.startswith("_")}

    def post(self, path: str, content_type: str, data: bytes) -> tuple[int, Any]:
        if path.endswith("/chat/completions"):
            return self.live_answer(json.loads(data))
        if self.batch_api and path.endswith("/files"):
            return 200, self.upload(_uploaded_file(content_type, data))
        if self.batch_api and path.endswith("/batches"):
            return 200, self.create_batch(json.loads(data))
        return 404, NOT_FOUND

    def get(self, path: str) -> tuple[int, Any]:
        parts = path.split("?")[0].rstrip("/").split("/")
        if not self.batch_api:
            return 404, NOT_FOUND
        if parts[-2] == "batches":
            return 200, self.poll(parts[-1])
        if parts[-1] == "batches":
            return 200, {"object": "list", "data": [self.public(b) for b in self.batches], "has_more": False}
        if parts[-1] == "content":
            return 200, self.files[parts[-2]]
        return 404, NOT_FOUND

    def handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                api.auth_headers.add(self.headers.get("Authorization", ""))
                data = self.rfile.read(int(self.headers["Content-Length"]))
                self._send(*api.post(self.path, self.headers["Content-Type"], data))

            def do_GET(self) -> None:
                self._send(*api.get(self.path))

            def _send(self, status: int, payload: Any) -> None:
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header(
                    "Content-Type", "application/octet-stream" if isinstance(payload, bytes) else "application/json"
                )
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def _jsonl(lines: Iterable[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(line) + "\n" for line in lines).encode()


def _expired_line(line: dict[str, Any]) -> dict[str, Any]:
    """OpenAI's error-file line for a request the batch did not reach before it expired."""
    error = {
        "code": "batch_expired",
        "message": "This request could not be executed before the completion window expired.",
    }
    return {"id": "batch_req_x", "custom_id": line["custom_id"], "response": None, "error": error}


def _uploaded_file(content_type: str, data: bytes) -> bytes:
    """The ``file`` part of a multipart/form-data upload."""
    message = BytesParser(policy=email_policy).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + data)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload
    raise AssertionError("no file in the upload")


def vllm_run_batch(requests: Path, results: Path, api: FakeOpenAI) -> None:
    """What ``vllm run-batch -i requests -o results`` writes, answered from the recordings.

    vLLM's output line: ``{"id": "vllm-...", "custom_id", "response": {"id", "status_code",
    "request_id", "body"}, "error": null}``.
    """
    out = []
    for n, raw in enumerate(requests.read_text(encoding="utf-8").splitlines()):
        line = json.loads(raw)
        assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
        found = api.answer(line["body"])
        assert found is not None, "no recording answers this request"
        body = broken(found) if api.break_if(line["body"]) else found
        response = {"id": f"vllm-{n}", "status_code": 200, "request_id": f"vllm-batch-{n}", "body": body}
        out.append({"id": f"vllm-{n}", "custom_id": line["custom_id"], "response": response, "error": None})
    results.write_text("".join(json.dumps(x) + "\n" for x in out), encoding="utf-8")
