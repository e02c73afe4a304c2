"""Prompt templates: loaded from the ``prompts/`` folder shipped in the package.

The folder lives at the top of the repository (so prompt changes are easy to review)
and is copied into the wheel as ``summarizer/prompts``. Every result records
``PROMPT_VERSION`` so a cached or archived summary says which prompt made it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import jinja2

from summarizer.core.errors import ConfigError
from summarizer.language.sentences import Sentence, numbered


def prompts_dir() -> Path:
    """The installed ``summarizer/prompts`` if present, else the source checkout's ``prompts/``."""
    package = Path(__file__).resolve().parent.parent  # summarizer/
    packaged = package / "prompts"
    if packaged.is_dir():
        return packaged
    source = package.parent / "prompts"
    if source.is_dir():
        return source
    raise FileNotFoundError(  # pragma: no cover - a broken install
        "prompt templates not found: reinstall the package (pip install .)"
    )


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    # Plain-text prompts: no HTML autoescape, but fail loudly on a missing variable.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(prompts_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )


#: How the questions stand around the article (``SUMMARIZER_PROMPT_LAYOUT``).
#: "article-first" (default): the article, then each question's instructions after it.
#: "tasks-first": every question's instructions in the system prompt, which is the same for
#: every article and so read once per pile from llama.cpp's prefix cache; after the article
#: each question is a short cue (docs/speed.md, issue 27: an experiment, measured there).
LAYOUT_ENV = "SUMMARIZER_PROMPT_LAYOUT"
ARTICLE_FIRST, TASKS_FIRST = "article-first", "tasks-first"
LAYOUTS = (ARTICLE_FIRST, TASKS_FIRST)


def prompt_layout() -> str:
    """The layout ``SUMMARIZER_PROMPT_LAYOUT`` asks for (default "article-first")."""
    layout = os.environ.get(LAYOUT_ENV, "").strip() or ARTICLE_FIRST
    if layout not in LAYOUTS:
        raise ConfigError(f"{LAYOUT_ENV}={layout!r}: expected one of {', '.join(LAYOUTS)}")
    return layout


def prompt_version() -> str:
    """The templates' ``VERSION``, with the layout when it is not the default (cached results record it)."""
    version = (prompts_dir() / "VERSION").read_text(encoding="utf-8").strip()
    layout = prompt_layout()
    return version if layout == ARTICLE_FIRST else f"{version}+{layout}"


def _article_block(sentences: list[Sentence]) -> str:
    return _env().get_template("article.j2").render(numbered=numbered(sentences)).strip()


def _task(task: str, **values: str) -> str:
    return _env().get_template(f"task_{task}.j2").render(**values).strip()


def _question(task: str, **values: str) -> str:
    """What is asked after the article: the task's instructions, or its cue when they are in the preamble."""
    if prompt_layout() == TASKS_FIRST:
        return _env().get_template("cue.j2").render(task=task, **values).strip()
    return _task(task, **values)


def _preamble() -> tuple[dict[str, str], ...]:
    """The system prompt of the layout asked for (built once per layout)."""
    return _preamble_for(prompt_layout())


@lru_cache(maxsize=2)
def _preamble_for(layout: str) -> tuple[dict[str, str], ...]:
    """The system prompt, identical for every article.

    There is deliberately no worked example. With one (an invented article and its
    answers, as earlier chat turns), the 1.5B model answered the agenda question with
    the example's topics for up to four articles in five, and its sentence numbers, and
    it scored no better once venues and dates were checked in code (README, "Quality").
    """
    system = _env().get_template("system.j2").render().strip()
    if layout == TASKS_FIRST:
        system += "\n\n" + _env().get_template("tasks.j2").render(task=_task).strip()
    return ({"role": "system", "content": system},)


def who_messages(sentences: list[Sentence]) -> list[dict[str, str]]:
    """First call: is there a summit, and who takes part, for these numbered sentences.

    The preamble is identical for every article, so llama.cpp (and providers with prompt
    caching) reuse it instead of reading it again."""
    return [*_preamble(), {"role": "user", "content": f"{_article_block(sentences)}\n\n{_question('who')}"}]


def next_question(messages: list[dict[str, str]], answer: str, task: str, **values: str) -> list[dict[str, str]]:
    """The conversation so far, the model's ``answer``, and the next question (``task``,
    rendered with ``values``).

    Its prompt starts with the whole previous call and its answer, so the article is read
    once per article, not once per question.
    """
    question = _question(task, **values)
    return [*messages, {"role": "assistant", "content": answer}, {"role": "user", "content": question}]


def leaders_phrase(names: list[str]) -> str:
    """ "A and B" / "A, B and C" for the agenda question; "the leaders" when none is known."""
    names = list(dict.fromkeys(n.strip() for n in names if n.strip()))[:3]
    if not names:
        return "the leaders"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


__all__ = [
    "leaders_phrase",
    "next_question",
    "prompt_version",
    "prompts_dir",
    "who_messages",
]
