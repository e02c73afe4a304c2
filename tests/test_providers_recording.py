"""providers/recording.py: recording exchanges with a model server and replaying them."""

from __future__ import annotations

import json

import httpx
import pytest
from conftest import RECORDINGS, ScriptedTransport
from test_providers import SECRET

from summarizer.core.errors import ReplayMissError
from summarizer.extraction.summary import extract_summary
from summarizer.providers import BackendConfig, make_llm
from summarizer.providers.recording import RecordingTransport, ReplayTransport, request_key


async def test_replay_miss_names_the_fix(seed):
    llm = make_llm(BackendConfig(backend="replay", recordings=RECORDINGS))
    from summarizer.core.article import Article

    other = Article(id="x.txt", text="A text nobody recorded. Leaders met.")
    with pytest.raises(ReplayMissError, match="no recording"):
        await extract_summary(other, llm)


async def test_recordings_never_hold_the_api_key(tmp_path, seed, ok_response, where_when_response, agenda_response):
    inner = ScriptedTransport([ok_response, where_when_response, agenda_response])
    config = BackendConfig(backend="openai", api_key=SECRET, record_to=tmp_path)
    llm = make_llm(config, transport=inner)
    await extract_summary(seed, llm)
    assert inner.requests[0].headers["authorization"] == f"Bearer {SECRET}"  # it was sent...
    saved = "".join(p.read_text() for p in tmp_path.glob("*.json"))
    assert saved and SECRET not in saved and "authorization" not in saved.lower()  # ...never stored
    assert SECRET not in repr(config) and SECRET not in str(config.api_key)


def test_recording_round_trip(tmp_path):
    body = {"model": "a", "messages": [{"role": "user", "content": "hi"}]}
    assert request_key(body) == request_key({**body, "model": "b"})  # the model name is not part of the key
    (tmp_path / "r.json").write_text(
        json.dumps(
            {"key": request_key(body), "request": {"body": body}, "response": {"status": 200, "body": {"ok": True}}}
        )
    )
    assert request_key(body) in ReplayTransport(tmp_path).records
    assert isinstance(RecordingTransport(ReplayTransport(tmp_path), tmp_path / "new"), httpx.AsyncBaseTransport)
