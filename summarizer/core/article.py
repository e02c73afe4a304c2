"""An article as the pipeline reads it, and an article that produced no summary."""

from __future__ import annotations

from pydantic import BaseModel, Field

from summarizer.core.schema import ArticleMeta


class Article(BaseModel):
    """One article ready for extraction."""

    id: str = Field(description="Stable id used for JSON file names and brief sources.")
    text: str = Field(description="The text the model reads: the article with site boilerplate removed.")
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    source_text: str | None = Field(
        default=None,
        description="The text as the user gave it (after any front matter; for HTML, the extracted "
        "main text): what a summary's evidence offsets index. None: the same as ``text``.",
    )

    @property
    def given(self) -> str:
        """The text as the user gave it: what evidence offsets index."""
        return self.text if self.source_text is None else self.source_text


class Failure(BaseModel):
    """An article that produced no summary, and why."""

    article_id: str
    error: str
    kind: str = Field(description="'input' (the article could not be read) or 'model' (extraction failed).")


__all__ = ["Article", "Failure"]
