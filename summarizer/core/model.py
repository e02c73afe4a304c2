"""What extraction needs of a model: the seam between ``extract`` and ``providers``.

``extract`` is written against this Protocol, never against a concrete client, so that it
loads no HTTP or LLM library and a test can hand it any object of this shape.
``summarizer.providers.LLM`` is the real one.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from pydantic import BaseModel

from summarizer.core.schema import Usage

M = TypeVar("M", bound=BaseModel)


class ReadingLimits(Protocol):
    """The settings extraction reads: how long an article may be before it is chunked."""

    max_article_chars: int


class ChatModel(Protocol):
    """A configured model: ``await model.complete(messages, Schema)`` returns ``(answer, usage)``."""

    backend: str
    model: str

    @property
    def config(self) -> ReadingLimits: ...

    async def complete(self, messages: list[dict[str, str]], response_model: type[M]) -> tuple[M, Usage]: ...


__all__ = ["ChatModel", "ReadingLimits"]
