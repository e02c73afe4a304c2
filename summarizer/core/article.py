"""An article as the pipeline reads it, and an article that produced no summary."""

from __future__ import annotations

from pydantic import BaseModel, Field

from summarizer.core.schema import ArticleMeta


class Article(BaseModel):
    """One article ready for extraction."""

    id: str = Field(description="Stable id used for JSON file names and brief sources.")
    text: str = Field(description="The text the model reads and evidence offsets point into.")
    meta: ArticleMeta = Field(default_factory=ArticleMeta)


class Failure(BaseModel):
    """An article that produced no summary, and why."""

    article_id: str
    error: str
    kind: str = Field(description="'input' (the article could not be read) or 'model' (extraction failed).")


__all__ = ["Article", "Failure"]
