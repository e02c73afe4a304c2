"""The result cache: hits cost no model call, any change that matters misses, two processes
can share it, a killed run resumes where it stopped, and the API key is never stored.

The fake model (``FakeModel`` in test_pipeline.py) counts requests per article; see there
why it answers with a minimal valid answer rather than a recording.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
from collections import Counter
from pathlib import Path
from typing import Any

import diskcache
import httpx
import pytest
from click.testing import CliRunner
from test_pipeline import FakeModel, answer, fake_llm, make_articles

from summarizer import cli
from summarizer.cache import ResultCache, cache_key, key_material
from summarizer.core.article import Article
from summarizer.core.schema import ArticleMeta, ArticleSummary, Evidence, Participant, Status, Usage
from summarizer.providers import BackendConfig, make_llm
from summarizer.run import ExtractionRun, extract_async

SECRET = "sk-test-SECRET-cache-0123456789abcdef"

# Child processes are started fresh ("spawn"), like two separate runs of the command,
# rather than forked from pytest's running event loop.
spawn = multiprocessing.get_context("spawn")


def comparable(s: ArticleSummary) -> dict[str, Any]:
    """Everything but usage, which a hit replaces by design."""
    return s.model_dump(exclude={"usage"})


async def test_a_hit_returns_the_same_summary_without_a_model_call(tmp_path: Path) -> None:
    articles = make_articles(3)
    first_model = FakeModel()
    first = await extract_async(articles, llm=fake_llm(first_model), cache=ResultCache(tmp_path))
    assert first_model.requests and not any(s.usage.cached for s in first.summaries)

    again = FakeModel()
    second = await extract_async(articles, llm=fake_llm(again), cache=ResultCache(tmp_path))
    assert again.requests == []  # no model call at all
    assert [comparable(s) for s in second.summaries] == [comparable(s) for s in first.summaries]
    assert all(s.usage == Usage(cached=True) for s in second.summaries)
    assert second.usage.calls == 0 and second.usage.prompt_tokens == 0


async def test_a_hit_takes_the_current_articles_id_and_meta(tmp_path: Path) -> None:
    (article,) = make_articles(1)
    await extract_async([article], llm=fake_llm(FakeModel()), cache=ResultCache(tmp_path))
    moved = article.model_copy(update={"id": "elsewhere.txt", "meta": ArticleMeta(path="/other/elsewhere.txt")})
    run = await extract_async([moved], llm=fake_llm(FakeModel()), cache=ResultCache(tmp_path))
    assert run.summaries[0].article_id == "elsewhere.txt" and run.summaries[0].meta.path == "/other/elsewhere.txt"
    assert run.summaries[0].usage.cached


async def test_the_same_article_twice_in_one_run_costs_one_extraction(tmp_path: Path) -> None:
    (article,) = make_articles(1)
    copy = article.model_copy(update={"id": "copy.txt"})
    model = FakeModel()
    run = await extract_async([article, copy], llm=fake_llm(model), concurrency=2, cache=ResultCache(tmp_path))
    assert [s.article_id for s in run.summaries] == [article.id, "copy.txt"]
    assert [s.usage.cached for s in run.summaries] == [False, True]
    assert len(model.requests) == run.summaries[0].usage.calls


# --------------------------------------------------------------------------------------
# What the key is made of
# --------------------------------------------------------------------------------------

ARTICLE = Article(id="a.txt", text="Leaders met in Geneva.", meta=ArticleMeta(title="T", published="2024-05-01"))


def key(article: Article = ARTICLE, **cfg: Any) -> str:
    return cache_key(article, fake_llm(FakeModel(), **cfg))


@pytest.mark.parametrize(
    "changed",
    [
        lambda mp: key(ARTICLE.model_copy(update={"text": ARTICLE.text + " They agreed."})),
        lambda mp: key(ARTICLE.model_copy(update={"meta": ArticleMeta(title="Other", published="2024-05-01")})),
        lambda mp: key(ARTICLE.model_copy(update={"meta": ArticleMeta(title="T", published="2024-05-02")})),
        lambda mp: key(model="another-model"),
        lambda mp: key(temperature=0.7),
        lambda mp: key(max_tokens=100),
        lambda mp: key(mode="tools"),
        lambda mp: (mp.setattr("summarizer.cache.prompt_version", lambda: "another-prompt"), key())[1],
        lambda mp: (mp.setattr("summarizer.cache._prompt_digest", lambda: "edited templates"), key())[1],
        lambda mp: (mp.setattr("summarizer.cache.SCHEMA_VERSION", "99"), key())[1],
    ],
    ids=["text", "title", "published", "model", "temperature", "max_tokens", "mode", "prompt", "templates", "schema"],
)
def test_every_change_that_matters_misses(monkeypatch: pytest.MonkeyPatch, changed: Any) -> None:
    before = key()
    assert changed(monkeypatch) != before


def test_what_does_not_reach_the_model_does_not_change_the_key() -> None:
    elsewhere = ARTICLE.model_copy(
        update={"id": "b.txt", "meta": ARTICLE.meta.model_copy(update={"path": "/x/b.txt", "url": "https://e.com"})}
    )
    assert key(elsewhere) == key()
    base = dict(backend="openai", base_url="https://llm.example.com/v1")
    with_key = make_llm(BackendConfig(**base, api_key=SECRET))  # type: ignore[arg-type]
    other_key = make_llm(BackendConfig(**base, api_key="sk-another"))  # type: ignore[arg-type]
    assert cache_key(ARTICLE, with_key) == cache_key(ARTICLE, other_key)


def test_server_url_and_local_model_file_are_part_of_the_key(tmp_path: Path) -> None:
    def server(url: str) -> str:
        return cache_key(ARTICLE, make_llm(BackendConfig(backend="openai", base_url=url, api_key="k")))

    assert server("http://gpu-a:8000/v1") != server("http://gpu-b:8000/v1")
    assert server("http://gpu-a:8000/v1/") == server("http://gpu-a:8000/v1")

    gguf = tmp_path / "m.gguf"

    def local() -> str:
        # Builds the client only: the model file is not loaded until a request is made.
        return cache_key(ARTICLE, make_llm(BackendConfig(backend="local", local_model=gguf)))

    gguf.write_bytes(b"x" * 10)
    small = local()
    gguf.write_bytes(b"x" * 20)
    assert local() != small


async def test_a_changed_article_is_extracted_again(tmp_path: Path) -> None:
    articles = make_articles(2)
    await extract_async(articles, llm=fake_llm(FakeModel()), cache=ResultCache(tmp_path))
    edited = articles[1].model_copy(update={"text": articles[1].text + "\nCorrection: the talks ran late."})
    model = FakeModel()
    run = await extract_async([articles[0], edited], llm=fake_llm(model), cache=ResultCache(tmp_path))
    assert set(model.requests) == {"01"}
    assert [s.usage.cached for s in run.summaries] == [True, False]


# --------------------------------------------------------------------------------------
# Two processes, killed runs, failures
# --------------------------------------------------------------------------------------


def _extract_in_child(cache_dir: str, n: int, barrier: Any) -> None:
    barrier.wait()  # both processes start writing at the same moment
    run = asyncio.run(
        extract_async(make_articles(n), llm=fake_llm(FakeModel()), concurrency=4, cache=ResultCache(cache_dir))
    )
    assert len(run.summaries) == n and not run.failures
    # Then hammer the same few keys from both processes.
    big = run.summaries[0].model_copy(update={"text": "x" * 50_000})  # stored as a file, not in SQLite
    with ResultCache(cache_dir) as cache:
        for i in range(200):
            cache.put(f"shared-{i % 10}", big if i % 2 else run.summaries[0])


def test_two_processes_writing_one_cache_do_not_corrupt_it(tmp_path: Path) -> None:
    n = 8
    barrier = spawn.Barrier(2)
    children = [spawn.Process(target=_extract_in_child, args=(str(tmp_path), n, barrier)) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=120)
    assert [c.exitcode for c in children] == [0, 0]

    assert diskcache.Cache(str(tmp_path)).check() == []  # SQLite and value files consistent
    with ResultCache(tmp_path) as cache:
        for i in range(10):
            assert isinstance(cache.get(f"shared-{i}"), ArticleSummary)
    model = FakeModel()
    run = asyncio.run(extract_async(make_articles(n), llm=fake_llm(model), cache=ResultCache(tmp_path)))
    assert model.requests == [] and all(s.usage.cached for s in run.summaries)


def _killed_at(cache_dir: str, n: int, die_at: int) -> None:
    async def respond(article: str, _nth: int) -> httpx.Response:
        if int(article) == die_at:
            os.kill(os.getpid(), signal.SIGKILL)  # like kill -9 or the OOM killer: no cleanup at all
        return answer()

    model = FakeModel(respond)
    asyncio.run(extract_async(make_articles(n), llm=fake_llm(model), concurrency=1, cache=ResultCache(cache_dir)))


def test_a_run_killed_halfway_resumes_with_only_the_unfinished_articles(tmp_path: Path) -> None:
    n, die_at = 6, 3
    child = spawn.Process(target=_killed_at, args=(str(tmp_path), n, die_at))
    child.start()
    child.join(timeout=120)
    assert child.exitcode == -signal.SIGKILL

    model = FakeModel()
    run = asyncio.run(extract_async(make_articles(n), llm=fake_llm(model), concurrency=1, cache=ResultCache(tmp_path)))
    assert [s.usage.cached for s in run.summaries] == [True] * die_at + [False] * (n - die_at)
    per_article = run.summaries[-1].usage.calls
    assert set(model.requests) == {f"{i:02d}" for i in range(die_at, n)}
    assert len(model.requests) == (n - die_at) * per_article  # exactly the unfinished ones, once each


async def test_a_cancelled_run_keeps_what_it_finished(tmp_path: Path) -> None:
    n, stop_at = 5, 2
    done = 0

    def on_result(_article_id: str, _result: object) -> None:
        nonlocal done
        done += 1
        if done == stop_at:
            task.cancel()  # what asyncio.run does to the run on Ctrl-C

    task = asyncio.ensure_future(
        extract_async(
            make_articles(n), llm=fake_llm(FakeModel()), concurrency=1, cache=ResultCache(tmp_path), on_result=on_result
        )
    )
    with pytest.raises(asyncio.CancelledError):
        await task

    model = FakeModel()
    run = await extract_async(make_articles(n), llm=fake_llm(model), concurrency=1, cache=ResultCache(tmp_path))
    assert Counter(model.requests) == Counter({f"{i:02d}": run.summaries[i].usage.calls for i in range(stop_at, n)})
    assert [s.usage.cached for s in run.summaries] == [True] * stop_at + [False] * (n - stop_at)


# --------------------------------------------------------------------------------------
# Secrets
# --------------------------------------------------------------------------------------


class LocalServer:
    """A minimal OpenAI-compatible server on 127.0.0.1: the only way to see the real
    ``Authorization`` header, since an injected transport gets a placeholder key."""

    def __init__(self) -> None:
        self.authorizations: list[str] = []
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/v1"

    async def __aexit__(self, *_exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:] if ": " in line)
        headers = {k.lower(): v for k, v in headers.items()}
        await reader.readexactly(int(headers.get("content-length", "0")))
        self.authorizations.append(headers.get("authorization", ""))
        body = answer().content
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()


async def test_the_api_key_never_reaches_the_cache(tmp_path: Path) -> None:
    first, *others = make_articles(3)
    long_article = first.model_copy(update={"text": first.text * 20})  # a summary of over 32 kB
    server = LocalServer()
    async with server as base_url:
        config = BackendConfig(
            backend="openai", base_url=base_url, api_key=SECRET, model="gpt-4o-mini", mode="json_schema"
        )
        run = await extract_async([long_article, *others], config=config, cache=ResultCache(tmp_path))
    assert len(run.summaries) == 3 and not run.failures
    assert server.authorizations and set(server.authorizations) == {f"Bearer {SECRET}"}  # it was sent...

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".val" for p in files)  # the long summary went to a file of its own
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path  # ...and stored nowhere

    with_credentials = f"https://user:{SECRET}@llm.example.com/v1?key={SECRET}"
    material = json.dumps(key_material(ARTICLE, make_llm(BackendConfig(backend="openai", base_url=with_credentials))))
    assert SECRET not in material and "https://llm.example.com/v1" in material


# --------------------------------------------------------------------------------------
# Defaults and the command line
# --------------------------------------------------------------------------------------


async def test_default_cache_lives_in_the_cache_root_but_never_for_replay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    replay = make_llm(BackendConfig(backend="replay", recordings=tmp_path), transport=FakeModel())
    await extract_async(make_articles(1), llm=replay)
    assert not (tmp_path / "results").exists()  # replay (the tests' backend) stays hermetic

    await extract_async(make_articles(1), llm=fake_llm(FakeModel()))
    assert (tmp_path / "results").is_dir()
    model = FakeModel()
    run = await extract_async(make_articles(1), llm=fake_llm(model))
    assert model.requests == [] and run.summaries[0].usage.cached


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ([], "default"),
        (["--no-cache"], None),
        (["--cache-dir", "{tmp}/c"], "{tmp}/c"),
        (["--no-cache", "--cache-dir", "{tmp}/c"], None),
    ],
)
def test_cli_cache_options_reach_the_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: list[str], expected: str | None
) -> None:
    seen: dict[str, Any] = {}

    async def fake_extract(entries: list[Any], **kw: Any) -> ExtractionRun:
        cache = kw["cache"]
        seen["cache"] = str(cache.directory) if isinstance(cache, ResultCache) else cache
        return ExtractionRun()

    monkeypatch.setattr(cli, "extract_async", fake_extract)
    article = tmp_path / "a.txt"
    article.write_text("Leaders met.\n", encoding="utf-8")
    args = ["extract", str(article), "--backend", "replay", "--recordings", str(tmp_path)]
    result = CliRunner().invoke(cli.main, args + [f.format(tmp=tmp_path) for f in flags])
    assert seen["cache"] == (expected.format(tmp=tmp_path) if expected else expected)
    assert "0 summarized (0 from cache), 0 failed · 0 model calls" in result.stderr


def test_a_cached_summary_round_trips_exactly(tmp_path: Path) -> None:
    text = "Putin and Kim met at the Vostochny cosmodrome on Wednesday."
    s = ArticleSummary(
        article_id="a.txt",
        text=text,
        prompt_version="p",
        model="m",
        backend="openai",
        participants=[
            Participant(
                name="Kim",
                status=Status.confirmed,
                evidence=[Evidence(quote=text[:30], start=0, end=30, match="anchored")],
            )
        ],
        usage=Usage(calls=2, prompt_tokens=10, completion_tokens=5),
    )
    with ResultCache(tmp_path) as cache:
        cache.put("k", s)
        assert cache.get("k") == s and len(cache) == 1
        assert cache.get("missing") is None


def test_a_cached_answer_is_judged_again_by_todays_rules(tmp_path):
    # The cache keeps the model's answer; a summary stored with a stale judgment (here: a
    # hand-made one that kept a refused item) is served as the current rules judge it.
    import asyncio

    from conftest import ARTICLES, RECORDINGS

    seed = sorted(ARTICLES.glob("*.txt"))[1]
    config = BackendConfig(backend="replay", recordings=RECORDINGS)
    with ResultCache(tmp_path) as cache:
        first = asyncio.run(extract_async([seed], config=config, cache=cache)).summaries[0]
        key = next(iter(cache._store))
        stale = first.model_copy(update={"rejected": [], "agenda_items": []})
        cache._store.set(key, stale.model_dump_json())
        again = asyncio.run(extract_async([seed], config=config, cache=cache)).summaries[0]
    assert again.usage.cached
    assert [a.topic for a in again.agenda_items] == [a.topic for a in first.agenda_items]
    assert [r.code for r in again.rejected] == [r.code for r in first.rejected]
