"""Throughput of extraction against a slow OpenAI-compatible server, and the cache's savings.

Run: ``python bench/concurrency.py`` (options: ``--help``). About 20-40 s; no model, no network.

What it does:

1. Starts a fake OpenAI-compatible server on 127.0.0.1 (a random free port, in its own
   process so that it does not share the client's event loop or GIL). It answers
   ``POST /v1/chat/completions`` after ``--delay`` seconds (default 1 s) with a recorded
   response from ``tests/recordings``: the one whose request held the same seed article
   and asked for the same schema. It counts every request. The bench measures
   throughput, not quality, so where no recording fits it answers with the smallest
   valid answer ("no summit") and says how often it had to.
2. Builds ``--articles`` distinct articles (default 100): the seed articles in
   ``examples/articles`` in turn, each with a harmless line "Bench copy NNN." appended.
3. Extracts them at ``--concurrency`` (default 16) through the ordinary ``openai``
   backend with a fresh, empty cache folder, and prints the wall time against the ideal:
   the articles in waves of ``concurrency``, each article taking its model calls one
   after the other, each call exactly ``delay``. With one call per article that is
   ``ceil(100/16) x 1 s = 7 s``. Goal: wall/ideal <= 1.10. ``--calls 1`` makes the server
   answer "no summit" to everything, so each article takes one call instead of three.
4. Extracts the same articles again with the same cache folder and prints how many
   requests reached the server. Goal: 0.

Exit status 0 when both goals are met, 1 otherwise. The server stops when the bench
ends, and on its own after ``--max-seconds`` whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import heapq
import json
import math
import multiprocessing
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

_COPY_MARK = re.compile(r"Bench copy (\d+)\.")
_NO_SUMMIT = {"summit_found": False, "participants": [], "location": None, "date": None, "agenda_items": []}


# --------------------------------------------------------------------------------------
# The fake server (runs in a child process)
# --------------------------------------------------------------------------------------


def _schema_name(body: dict[str, Any]) -> str | None:
    """The response model a chat request asks for: json_schema name or the tool's name."""
    rf = body.get("response_format") or {}
    if isinstance(rf, dict) and rf.get("type") == "json_schema":
        return str(rf.get("json_schema", {}).get("name"))
    tools = body.get("tools") or []
    if tools:
        return str(tools[0].get("function", {}).get("name"))
    return None


def _user_text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user")


def _load_recordings(directory: Path, needles: list[str]) -> dict[tuple[int | None, str | None], dict[str, Any]]:
    """Recorded response bodies by (seed index, schema name), plus (None, schema) for any seed."""
    table: dict[tuple[int | None, str | None], dict[str, Any]] = {}
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        try:
            rec = json.loads(path.read_text(encoding="utf-8"))
            request, response = rec["request"]["body"], rec["response"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if response.get("status", 200) != 200:
            continue
        text, schema = _user_text(request), _schema_name(request)
        for i, needle in enumerate(needles):
            if needle in text:
                table.setdefault((i, schema), response["body"])
                table.setdefault((None, schema), response["body"])
    return table


def _as_tool_call(body: dict[str, Any], tool: str) -> dict[str, Any]:
    # Recordings are made in json_schema mode (the answer is the message content); a
    # client in tools mode expects the same JSON as a tool call's arguments.
    body = json.loads(json.dumps(body))
    for choice in body.get("choices", []):
        message = choice.get("message", {})
        content = message.get("content") or "{}"
        message["content"] = None
        message["tool_calls"] = [
            {"id": "call_bench", "type": "function", "function": {"name": tool, "arguments": content}}
        ]
        choice["finish_reason"] = "tool_calls"
    return body


def _synthetic_body() -> dict[str, Any]:
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 0,
        "model": "bench",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": json.dumps(_NO_SUMMIT)}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


class FakeServer:
    """Answers chat completions from recordings after a fixed delay, and counts them."""

    def __init__(self, recordings: Path, needles: list[str], delay: float, no_summit: bool = False):
        self.delay = delay
        #: Answer every request with "no summit": one call per article instead of three.
        self.no_summit = no_summit
        self.needles = needles
        self.table = _load_recordings(recordings, needles)
        self.requests = 0
        self.synthetic = 0
        self.per_article: dict[str, int] = {}
        self.stop = asyncio.Event()

    def answer(self, body: dict[str, Any]) -> dict[str, Any]:
        text, schema = _user_text(body), _schema_name(body)
        mark = _COPY_MARK.search(text)
        if mark:
            self.per_article[mark.group(1)] = self.per_article.get(mark.group(1), 0) + 1
        seed = next((i for i, needle in enumerate(self.needles) if needle in text), None)
        found = None if self.no_summit else (self.table.get((seed, schema)) or self.table.get((None, schema)))
        if found is None:
            self.synthetic += 0 if self.no_summit else 1
            found = _synthetic_body()
        tools = body.get("tools") or []
        return _as_tool_call(found, schema or "answer") if tools else found

    async def route(self, method: str, path: str, raw: bytes) -> tuple[int, dict[str, Any]]:
        if method == "POST" and path.endswith("/chat/completions"):
            self.requests += 1
            body = json.loads(raw)
            await asyncio.sleep(self.delay)  # the "model": slow, but serves any number at once
            return 200, self.answer(body)
        if method == "GET" and path == "/stats":
            return 200, {"requests": self.requests, "synthetic": self.synthetic, "per_article": self.per_article}
        if method == "POST" and path == "/shutdown":
            self.stop.set()
            return 200, {"ok": True}
        return 404, {"error": {"message": f"no route {method} {path}"}}

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """HTTP/1.1 with keep-alive, as httpx uses it: one request after the other per connection."""
        try:
            while not self.stop.is_set():
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    break
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, v in (x.split(":", 1) for x in lines[1:] if ":" in x)}
                raw = await reader.readexactly(int(headers.get("content-length", "0")))
                status, payload = await self.route(method, path, raw)
                data = json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except ConnectionError:
            pass
        finally:
            writer.close()


def serve(
    recordings: str, needles: list[str], delay: float, max_seconds: float, port_out: Any, no_summit: bool = False
) -> None:
    """Child-process entry point: serve until /shutdown or ``max_seconds``, whichever comes first."""

    async def main() -> None:
        fake = FakeServer(Path(recordings), needles, delay, no_summit)
        server = await asyncio.start_server(fake.handle, "127.0.0.1", 0, backlog=256)
        port_out.put((server.sockets[0].getsockname()[1], len(fake.table)))
        async with server:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fake.stop.wait(), max_seconds)

    asyncio.run(main())


# --------------------------------------------------------------------------------------
# The bench (the client side)
# --------------------------------------------------------------------------------------


def ideal_seconds(calls_per_article: list[int], concurrency: int, delay: float) -> float:
    """Makespan if every call took exactly ``delay``: articles start in input order on the
    first free slot (what the pipeline's semaphore does), each making its calls in turn."""
    slots = [0.0] * min(concurrency, max(1, len(calls_per_article)))
    for calls in calls_per_article:
        start = heapq.heappop(slots)
        heapq.heappush(slots, start + calls * delay)
    return max(slots)


async def _stats(base: str) -> dict[str, Any]:
    import httpx

    async with httpx.AsyncClient() as client:
        return dict((await client.get(f"{base}/stats")).json())


async def _shutdown(base: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post(f"{base}/shutdown")


def _print_first_run(
    args: argparse.Namespace,
    run1: Any,
    wall1: float,
    cpu1: float,
    stats1: dict[str, Any],
    calls: list[int],
    ratio: float,
) -> None:
    """What the first run (empty cache) did, against the ideal."""
    ideal = wall1 / ratio
    per = sorted(set(calls))
    print("\nrun 1 (empty cache)")
    print(f"  done {len(run1.summaries)}, failed {len(run1.failures)}; server requests {stats1['requests']}")
    if stats1["synthetic"]:
        print(
            f"  note: {stats1['synthetic']} requests had no matching recording in {args.recordings} and got "
            "the minimal 'no summit' answer (throughput is still measured)"
        )
    for f in run1.failures[:3]:
        print(f"  failure {f.article_id}: {f.error}")
    print(f"  model calls per article: {', '.join(map(str, per))}")
    waves = math.ceil(args.articles / args.concurrency)
    formula = (
        f"ceil({args.articles}/{args.concurrency}) x {per[0]} call x {args.delay:.2f} s = " if len(per) == 1 else ""
    )
    print(f"  wall  {wall1:6.2f} s   ({args.articles / wall1:.1f} articles/s)")
    print(f"  ideal {ideal:6.2f} s   ({formula}{waves} waves)")
    print(f"  wall/ideal = {ratio:.3f}   (goal <= {args.goal})")
    # The client's own work per article (HTTP, schema validation, grounding, cache
    # write) runs on one core; on a busy machine it is what pushes wall above ideal.
    print(f"  client CPU {cpu1:.2f} s ({1000 * cpu1 / args.articles:.0f} ms per article)")
    sys.stdout.flush()  # report_usage writes to stderr: keep the lines in order


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100, help="distinct articles to extract (default 100)")
    parser.add_argument("--concurrency", type=int, default=16, help="articles in flight (default 16)")
    parser.add_argument("--delay", type=float, default=1.0, help="server seconds per request (default 1.0)")
    parser.add_argument("--recordings", type=Path, default=ROOT / "tests" / "recordings", help="recorded answers")
    parser.add_argument("--max-seconds", type=float, default=600.0, help="hard stop for the server and each run")
    parser.add_argument("--goal", type=float, default=1.10, help="largest acceptable wall/ideal (default 1.10)")
    parser.add_argument(
        "--calls", type=int, choices=(1, 3), default=3,
        help="model calls per article: 3 (recorded answers; default) or 1 (every article 'no summit')",
    )  # fmt: skip
    return parser.parse_args(argv)


def _bench_articles(n: int) -> tuple[list[Any], list[str], list[Any]]:
    """The seeds, the first sentence of each (how the server knows which one it is asked about), and
    ``n`` distinct copies of them to extract."""
    from summarizer.ingest.load import load_article
    from summarizer.language.sentences import split_sentences

    seeds = [load_article(p) for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    # The prompt shows articles as numbered sentences: the first one is verbatim there.
    needles = [split_sentences(s.text)[0].text for s in seeds]
    articles = [
        seeds[i % len(seeds)].model_copy(
            update={
                "id": f"bench-{i:03d}-{seeds[i % len(seeds)].id}",
                "text": f"{seeds[i % len(seeds)].text}\n\nBench copy {i:03d}.",
            }
        )
        for i in range(n)
    ]

    return seeds, needles, articles


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)

    from pydantic import SecretStr

    from summarizer.cache import ResultCache
    from summarizer.cli.output import report_usage
    from summarizer.providers import BackendConfig, make_llm
    from summarizer.run import extract_async

    seeds, needles, articles = _bench_articles(args.articles)

    ctx = multiprocessing.get_context("spawn")
    port_out = ctx.Queue()
    server = ctx.Process(
        target=serve,
        args=(str(args.recordings), needles, args.delay, args.max_seconds, port_out, args.calls == 1),
        daemon=True,
    )
    server.start()
    base: str | None = None
    try:
        port, n_recorded = port_out.get(timeout=60)
        base = f"http://127.0.0.1:{port}"
        config = BackendConfig(backend="openai", base_url=f"{base}/v1", api_key=SecretStr("bench"), model="bench-model")
        print(f"server: {base}, {args.delay:.2f} s per request, {n_recorded} recorded answers indexed")
        print(f"articles: {args.articles} distinct ({len(seeds)} seeds), concurrency {args.concurrency}")

        # Building the first client imports openai's resource modules (1-3 s, once per
        # process): done here so that the timing measures extraction, not Python imports.
        asyncio.run(make_llm(config).aclose())

        with tempfile.TemporaryDirectory(prefix="summarizer-bench-cache-") as cache_dir:

            async def timed() -> tuple[Any, float, float]:
                t0, cpu0 = time.perf_counter(), time.process_time()
                with ResultCache(cache_dir) as cache:
                    run = await asyncio.wait_for(
                        extract_async(articles, config=config, concurrency=args.concurrency, cache=cache),
                        args.max_seconds,
                    )
                return run, time.perf_counter() - t0, time.process_time() - cpu0

            run1, wall1, cpu1 = asyncio.run(timed())
            stats1 = asyncio.run(_stats(base))
            calls = [stats1["per_article"].get(f"{i:03d}", 0) for i in range(args.articles)]
            ideal = ideal_seconds(calls, args.concurrency, args.delay)
            ratio = wall1 / ideal
            _print_first_run(args, run1, wall1, cpu1, stats1, calls, ratio)
            report_usage(run1)

            run2, wall2, _ = asyncio.run(timed())
            stats2 = asyncio.run(_stats(base))
            second_calls = stats2["requests"] - stats1["requests"]
            cached = sum(1 for s in run2.summaries if s.usage.cached)
            print("\nrun 2 (same articles, same cache)")
            print(f"  done {len(run2.summaries)}, from cache {cached}, wall {wall2:.2f} s")
            print(f"  model calls made by the server: {second_calls}   (goal 0)")
    finally:
        if server.is_alive() and base is not None:
            # The server may already be gone; terminate() below is the fallback.
            with contextlib.suppress(Exception):
                asyncio.run(_shutdown(base))
            server.join(timeout=10)
        if server.is_alive():
            server.terminate()  # only the process this script started
            server.join(timeout=10)

    ok = ratio <= args.goal and second_calls == 0 and not run1.failures and cached == args.articles
    print(
        f"\n{'OK' if ok else 'GOAL MISSED'}: wall/ideal {ratio:.3f} (<= {args.goal}), second run {second_calls} calls (0)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
