"""``summarizer batch``: rounds through a Batch API, a killed run resumed, the offline round trip
through ``vllm run-batch``'s files, and answers that break the schema.

The server and the 200 distinct articles are hand-made fixtures, described in batch_fakes.py:
every answer is a real recorded answer of the embedded model; no model runs here.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from batch_fakes import EXAMPLE_ARTICLES, MODEL, FakeOpenAI, vllm_run_batch, write_copies
from click.testing import CliRunner, Result
from conftest import ARTICLES, RECORDINGS, ROOT, serving

from summarizer.batch.state import read_rounds
from summarizer.cache import ResultCache
from summarizer.cli import main
from summarizer.core.errors import ModelError
from summarizer.extraction.summary import extract_summary
from summarizer.ingest.load import load_article
from summarizer.language.sentences import split_sentences
from summarizer.providers import BackendConfig, make_llm
from summarizer.providers.recording import request_key

KEY = "sk-test-batch-secret-4242"
#: No server listens here: the offline round trip and the briefs after it must not need one.
NOWHERE = "http://127.0.0.1:9/v1"


def _options(base_url: str, cache: Path, mode: str = "json_schema") -> list[str]:
    return ["--base-url", base_url, "--api-key", KEY, "--model", MODEL, "--mode", mode, "--cache-dir", str(cache)]


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _is_who(body: dict[str, Any]) -> bool:
    """The first question of a chunk (who), not a re-ask of it (which has more turns)."""
    return body["response_format"]["json_schema"]["name"] == "DraftWho" and len(body["messages"]) == 2


def _who_of_copy(n: int) -> Callable[[dict[str, Any]], bool]:
    """Picks the first question of every article that is copy ``n`` of an example article."""

    def picked(body: dict[str, Any]) -> bool:
        return _is_who(body) and f"(Archive copy {n}.)" in body["messages"][1]["content"]

    return picked


def _who_of(article: Path) -> Callable[[dict[str, Any]], bool]:
    """Picks the first question about ``article`` (known by its first sentence)."""
    first = split_sentences(load_article(article).text)[0].text

    def picked(body: dict[str, Any]) -> bool:
        return _is_who(body) and first in body["messages"][1]["content"]

    return picked


def _uncached(articles: list[Path], base_url: str, cache_dir: Path) -> list[str]:
    """The articles the result cache does not hold for this model and server."""
    config = BackendConfig(backend="openai", base_url=base_url, api_key=KEY, model=MODEL, mode="json_schema")
    llm = make_llm(config)
    with ResultCache(cache_dir) as cache:
        return [p.name for p in articles if cache.get(cache.key(load_article(p), llm)) is None]


def _brief_without_a_model_call(articles: list[Path], base_url: str, cache: Path, out: Path) -> dict[str, Any]:
    result = _invoke("brief", *map(str, articles), *_options(base_url, cache), "-o", str(out))
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_200_articles_killed_mid_way_resume_from_the_saved_batch_and_brief_with_no_model_call(tmp_path: Path) -> None:
    articles = write_copies(tmp_path / "articles", 200)
    assert len({load_article(p).text for p in articles}) == 200  # distinct texts: distinct keys and requests
    cache = tmp_path / "cache"
    api = FakeOpenAI(break_if=_who_of_copy(3), hold_polls=2)
    with serving(api.handler()) as url:
        base_url = url + "/v1"
        cmd = [sys.executable, "-m", "summarizer", "batch", "run", *map(str, articles), *_options(base_url, cache)]
        cmd += ["--poll-interval", "0.2"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        try:
            # Killed at the first status check of round 2's batch: round 1 is collected, round 2 in flight.
            assert api.polled.wait(timeout=300), "round 2 was never submitted"
        finally:
            proc.send_signal(signal.SIGKILL)
            first_out, first_err = proc.communicate()
        assert proc.returncode == -signal.SIGKILL, first_err
        saved = read_rounds(cache / "batch")
        assert [(r.number, r.batch_id, r.collected) for r in saved] == [(1, "batch_1", True), (2, "batch_2", False)]

        resumed = _invoke("batch", *map(str, articles), *_options(base_url, cache), "--poll-interval", "0")
        assert resumed.exit_code == 0, resumed.output
        # Round 2 was waited for by its saved id, not asked again; round 3 the agenda questions.
        assert list(api.batches) == ["batch_1", "batch_2", "batch_3"]
        assert len(api.asked) == len(set(api.asked)), "a question was asked twice"
        # No live call but the re-asks of the five broken answers (made before the kill, and
        # found in the state after it, not asked again).
        assert api.live_calls == 5
        assert _uncached(articles, base_url, cache) == []

        api.refuse_chat = True  # any model call now fails
        brief = _brief_without_a_model_call(articles, base_url, cache, tmp_path / "brief.json")
        assert api.live_calls == 5
    assert len(brief["sources"]) == 200 and brief["failures"] == [] and brief["usage"]["calls"] == 0
    assert brief["events"]
    shown = first_out + first_err + resumed.output + "".join(p.read_text() for p in (cache / "batch").glob("*.json"))
    assert KEY not in shown
    assert api.auth_headers == {f"Bearer {KEY}"}


def test_a_vllm_run_batch_results_file_round_trips_through_collect_round_by_round(tmp_path: Path) -> None:
    articles = write_copies(tmp_path / "articles", 70)
    cache = tmp_path / "cache"
    # One copy's first answer breaks the schema: offline, its re-ask waits for the next round.
    api = FakeOpenAI(break_if=_who_of_copy(1))  # answers only; no server runs
    opts = _options(NOWHERE, cache)
    rounds = 0
    while True:
        requests, results = tmp_path / f"requests-{rounds + 1}.jsonl", tmp_path / f"results-{rounds + 1}.jsonl"
        prepared = _invoke("batch", "prepare", *map(str, articles), "-o", str(requests), *opts)
        assert prepared.exit_code == 0, prepared.output
        if not prepared.stdout.strip():
            break  # nothing left to ask
        assert prepared.stdout.strip() == str(requests)
        rounds += 1
        if rounds == 1:
            lines = [json.loads(x) for x in requests.read_text(encoding="utf-8").splitlines()]
            assert len(lines) == 70
            # The originals' requests are the very bodies the live calls sent when recorded.
            recorded = {json.loads(p.read_text())["key"] for p in RECORDINGS.glob("*.json")}
            originals = [x for x in lines if "(Archive copy" not in x["body"]["messages"][1]["content"]]
            assert len(originals) == 65 and all(request_key(x["body"]) in recorded for x in originals)
        vllm_run_batch(requests, results, api)
        collected = _invoke("batch", "collect", *map(str, articles), "--from", str(results), *opts)
        assert collected.exit_code == 0, collected.output
        assert rounds < 6, "the rounds do not end"
    # who, where and when, the agenda; and one more for the re-asked copies' agenda.
    assert rounds == 4
    assert _uncached(articles, NOWHERE, cache) == []
    brief = _brief_without_a_model_call(articles, NOWHERE, cache, tmp_path / "brief.json")
    assert len(brief["sources"]) == 70 and brief["failures"] == []
    status = _invoke("batch", "status", "--cache-dir", str(cache))
    assert status.exit_code == 0 and status.output.count("\tfile\t") == 4


def test_a_brief_from_a_batch_run_equals_the_brief_from_replaying_the_same_answers(tmp_path: Path) -> None:
    seeds = sorted(ARTICLES.glob("*.txt"))
    api = FakeOpenAI()
    with serving(api.handler()) as url:
        ran = _invoke("batch", *map(str, seeds), *_options(url + "/v1", tmp_path / "cache"), "--poll-interval", "0")
        assert ran.exit_code == 0, ran.output
        batch = _brief_without_a_model_call(seeds, url + "/v1", tmp_path / "cache", tmp_path / "batch.json")
    replay = _invoke(
        "brief", *map(str, seeds), "--backend", "replay", "--recordings", str(RECORDINGS), "--format", "json"
    )
    assert replay.exit_code == 0, replay.output
    live = json.loads(replay.stdout)
    assert batch["events"] and {k: v for k, v in batch.items() if k != "usage"} == {
        k: v for k, v in live.items() if k != "usage"
    }


@pytest.mark.parametrize("reask", ["live", "round"])
def test_an_answer_that_breaks_the_schema_is_asked_again_never_dropped(tmp_path: Path, reask: str) -> None:
    articles = write_copies(tmp_path / "articles", 4)
    api = FakeOpenAI(break_if=_who_of(articles[0]))
    with serving(api.handler()) as url:
        opts = [*_options(url + "/v1", tmp_path / "cache"), "--poll-interval", "0", "--reask", reask]
        ran = _invoke("batch", "run", *map(str, articles), *opts)
        assert ran.exit_code == 0, ran.output
        assert _uncached(articles, url + "/v1", tmp_path / "cache") == []
    if reask == "live":
        assert (api.live_calls, len(api.batches)) == (1, 3)
    else:  # the re-ask waits for round 2, so the broken article's agenda needs a round 4
        assert (api.live_calls, len(api.batches)) == (0, 4)
    assert len(api.asked) == len(set(api.asked))


def test_an_answer_that_breaks_the_schema_again_when_re_asked_is_a_failure(tmp_path: Path) -> None:
    articles = write_copies(tmp_path / "articles", 3)
    api = FakeOpenAI(break_if=_who_of(articles[0]), break_live=True)
    with serving(api.handler()) as url:
        ran = _invoke("batch", *map(str, articles), *_options(url + "/v1", tmp_path / "cache"), "--poll-interval", "0")
        assert _uncached(articles, url + "/v1", tmp_path / "cache") == [articles[0].name]
    assert ran.exit_code == 1, ran.output  # some failed, the others were done
    assert f"failed {articles[0].name}" in ran.output and "did not fit the schema" in ran.output
    assert api.live_calls == 2  # the two re-asks instructor makes (BackendConfig.reasks)


def test_the_requests_an_expired_batch_left_unanswered_go_in_the_next_round(tmp_path: Path) -> None:
    articles = write_copies(tmp_path / "articles", 6)
    api = FakeOpenAI(expire=frozenset({1}))  # round 1 expires with half its questions unanswered
    with serving(api.handler()) as url:
        ran = _invoke("batch", *map(str, articles), *_options(url + "/v1", tmp_path / "cache"), "--poll-interval", "0")
        assert ran.exit_code == 0, ran.output
        assert _uncached(articles, url + "/v1", tmp_path / "cache") == []
    assert "batch_1 expired (6/6)" in ran.output
    # The unanswered half is one round behind: asked again in round 2, its agenda in round 4.
    assert len(api.batches) == 4 and api.live_calls == 0
    asked_twice = {c for c in api.asked if api.asked.count(c) == 2}
    assert len(asked_twice) == 3 and len(api.asked) == len(set(api.asked)) + 3  # once unanswered, once answered


def test_batch_help_lists_inputs_exit_codes_and_the_options_that_apply() -> None:
    for command in ("run", "prepare", "collect"):
        out = " ".join(_invoke("batch", command, "--help").output.split())
        assert ".html / .htm pages, http(s):// URLs, .jsonl files" in out, command
        assert "Exit status: 0 every article done; 1 some failed" in out, command
        assert "--state" in out and "--base-url" in out, command
        # A batch runs on a server and writes to the cache: these would mean nothing.
        assert not any(f"--{o} " in out for o in ("backend", "local-model", "no-cache", "concurrency")), command
    assert "--dry-run" not in _invoke("batch", "collect", "--help").output
    listing = " ".join(_invoke("--help").output.split())
    assert "batch Extract many articles through a Batch API" in listing


def test_a_server_without_the_batch_api_gets_a_clear_error(tmp_path: Path) -> None:
    articles = write_copies(tmp_path / "articles", 2)
    api = FakeOpenAI(batch_api=False)
    with serving(api.handler()) as url:
        ran = _invoke("batch", *map(str, articles), *_options(url + "/v1", tmp_path / "cache"))
    assert ran.exit_code == 2
    assert "does not offer the Files and Batches APIs" in ran.output and "vllm run-batch" in ran.output
    assert "Traceback" not in ran.output and KEY not in ran.output
    assert api.live_calls == 0


def test_a_batch_request_is_the_body_the_live_call_sends_in_tools_mode_too(tmp_path: Path) -> None:
    article = load_article(EXAMPLE_ARTICLES[1])
    prepared = _invoke("batch", "prepare", str(EXAMPLE_ARTICLES[1]), "-o", str(tmp_path / "r.jsonl"),
                       *_options(NOWHERE, tmp_path / "cache", mode="tools"))  # fmt: skip
    assert prepared.exit_code == 0, prepared.output
    [line] = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    sent: list[dict[str, Any]] = []

    class Capture(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            sent.append(json.loads(await request.aread()))
            return httpx.Response(400, json={"error": {"message": "captured"}})

    async def live() -> None:
        config = BackendConfig(backend="openai", base_url=NOWHERE, api_key=KEY, model=MODEL, mode="tools")
        llm = make_llm(config, wrap=lambda inner: Capture())
        try:
            await extract_summary(article, llm)
        finally:
            await llm.aclose()

    with pytest.raises(ModelError, match="captured"):
        asyncio.run(live())
    assert "tools" in line["body"] and sent == [line["body"]]
