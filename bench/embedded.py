"""Seconds per article on the embedded model, and where the time goes.

    python bench/embedded.py                      # the five seed articles
    python bench/embedded.py path/to/*.txt --grammar-check

Runs the real extraction (llama.cpp in-process, no cache) article by article and prints,
per article: words, model calls, prompt tokens, generated tokens, seconds; then totals:
seconds per article and per 500 words, prompt and generation throughput. The first call
also pays for the shared preamble (the system prompt); later articles
reuse it from llama.cpp's prefix cache, so the first article is reported apart.
With --grammar-check it also times the first article's first question without the JSON
grammar, to show what constrained decoding costs. With --full-grammar the grammar filters
the whole vocabulary at every token (llama-cpp-python's own sampling) instead of checking
the model's first choice first (summarizer/backends/fast_grammar.py): same answers, slower.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.extraction.prompting import who_messages  # noqa: E402
from summarizer.extraction.sentences import split_sentences  # noqa: E402
from summarizer.extraction.summary import extract_summary  # noqa: E402
from summarizer.ingest.load import load_article  # noqa: E402
from summarizer.providers import BackendConfig, make_llm  # noqa: E402
from summarizer.providers.local import LlamaTransport  # noqa: E402


async def run(paths: list[str], grammar_check: bool, full_grammar: bool = False) -> None:
    llm = make_llm(BackendConfig(backend="local"))
    transport = llm.transport
    assert isinstance(transport, LlamaTransport)
    transport.top_first_grammar = not full_grammar
    print(f"grammar: {'whole vocabulary every token' if full_grammar else 'first choice checked first'}")
    rows = []
    for path in paths:
        art = load_article(path)
        before = len(transport.stats)
        t0 = time.perf_counter()
        s = await extract_summary(art, llm)
        seconds = time.perf_counter() - t0
        calls = transport.stats[before:]
        rows.append(
            {
                "id": art.id,
                "words": len(art.text.split()),
                "calls": len(calls),
                "prompt": sum(c["prompt_tokens"] for c in calls),
                "gen": sum(c["completion_tokens"] for c in calls),
                "model_s": sum(c["seconds"] for c in calls),
                "full_passes": sum(c.get("grammar_full_passes", 0) for c in calls),
                "seconds": seconds,
                "items": len(s.items()),
            }
        )
        r = rows[-1]
        print(
            f"{r['id']:<28} {r['words']:>5} words  {r['calls']} calls  {r['prompt']:>5} prompt tok  "
            f"{r['gen']:>4} gen tok  {r['seconds']:6.1f} s  ({r['items']} items; "
            f"{r['full_passes']} tokens needed the whole-vocabulary grammar pass)",
            flush=True,
        )
    rest = rows[1:] or rows
    per_article = sum(r["seconds"] for r in rest) / len(rest)
    words = sum(r["words"] for r in rest) / len(rest)
    gen = sum(r["gen"] for r in rest)
    print()
    print(f"first article (pays for the shared preamble): {rows[0]['seconds']:.1f} s")
    print(f"seconds per article (after the first): {per_article:.1f} s, mean {words:.0f} words")
    print(f"seconds per 500 words: {per_article * 500 / words:.1f} s")
    print(f"calls per article: {sum(r['calls'] for r in rest) / len(rest):.1f}")
    print(f"generated tokens per article: {gen / len(rest):.0f}")
    if grammar_check:
        msgs = who_messages(split_sentences(load_article(paths[0]).text))
        llama = transport._load()
        for label, extra in (("with grammar", True), ("without grammar", False)):
            kwargs = {"messages": msgs, "temperature": 0.0, "max_tokens": 200, "seed": 0}
            if extra:
                from summarizer.core.schema import DraftWho

                kwargs["response_format"] = {"type": "json_object", "schema": DraftWho.model_json_schema()}
            llama.create_chat_completion(messages=[{"role": "user", "content": "hi"}], max_tokens=1)  # reset prefix
            t = time.perf_counter()
            out = llama.create_chat_completion(**kwargs)
            dt = time.perf_counter() - t
            print(f"first question {label}: {dt:.1f} s for {out['usage']['completion_tokens']} generated tokens")
    await llm.aclose()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", nargs="*", help="article files (default: examples/articles/*.txt)")
    ap.add_argument("--grammar-check", action="store_true", help="also time one call with and without the grammar")
    ap.add_argument(
        "--full-grammar", action="store_true", help="filter the whole vocabulary at every token (the slow, stock way)"
    )
    args = ap.parse_args(argv)
    paths = args.articles or sorted(glob.glob(str(ROOT / "examples" / "articles" / "*.txt")))
    asyncio.run(run(paths, args.grammar_check, args.full_grammar))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
