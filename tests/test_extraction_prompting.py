"""The prompt layouts: where each question's instructions stand around the article."""

from __future__ import annotations

import pytest

from summarizer.core.errors import ConfigError
from summarizer.extraction.prompting import LAYOUT_ENV, next_question, prompt_version, who_messages
from summarizer.language.sentences import split_sentences

ONE = split_sentences("President Ana Lindqvist of Norvalia met Prime Minister Tomas Okafor of Belmaris in Oslo.")
TWO = split_sentences("The leaders of Arvenia and Quelland will meet next week. Trade is on the table.")


def test_article_first_asks_each_task_after_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LAYOUT_ENV, raising=False)
    messages = who_messages(ONE)
    assert 'Task "who"' not in messages[0]["content"]
    assert messages[1]["content"].startswith("Article") and 'Task "who"' in messages[1]["content"]
    asked = next_question(messages, "{}", "agenda", leaders="A and B")[-1]["content"]
    assert asked.startswith('Task "agenda": list the topics A and B discuss')
    assert "+" not in prompt_version()


def test_tasks_first_puts_every_task_in_the_shared_preamble(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LAYOUT_ENV, "tasks-first")
    one, two = who_messages(ONE), who_messages(TWO)
    # The system prompt is the same for both articles and holds all three tasks: llama.cpp
    # reads it once per pile.
    assert one[0] == two[0]
    for task in ('Task "who"', 'Task "where and when"', 'Task "agenda"'):
        assert task in one[0]["content"]
    # After the article, only a short cue with the task's key definition; the agenda's names
    # the leaders found.
    cue = one[1]["content"].split("\n\n")[-1]
    assert cue.startswith('Now do task "who":') and len(cue.split()) < 30
    asked = next_question(one, "{}", "agenda", leaders="Ana Lindqvist and Tomas Okafor")[-1]["content"]
    assert asked.startswith('Now do task "agenda": the topics Ana Lindqvist and Tomas Okafor discuss')
    assert "One item per topic" in asked
    assert prompt_version().endswith("+tasks-first")


def test_an_unknown_layout_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LAYOUT_ENV, "sideways")
    with pytest.raises(ConfigError, match="SUMMARIZER_PROMPT_LAYOUT='sideways'"):
        who_messages(ONE)
