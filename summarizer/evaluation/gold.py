"""The answer key: its format (``examples/gold/seeds.json``) and loading it with clear errors."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from summarizer.core.errors import ConfigError
from summarizer.core.schema import Status

# --------------------------------------------------------------------------------------
# The answer key
# --------------------------------------------------------------------------------------


class _Gold(BaseModel):
    # Unknown keys are ignored so that a newer answer key (more notes, more fields)
    # still loads; the fields scored here are validated strictly.
    model_config = ConfigDict(extra="ignore")


def _clean_keywords(value: list[str]) -> list[str]:
    """Lower-case and strip keywords; refuse blank ones, which would match anything."""
    out = [k.strip().lower() for k in value]
    if not out or any(not k for k in out):
        raise ValueError("needs at least one keyword, and no blank keyword")
    return out


Keywords = Annotated[list[str], AfterValidator(_clean_keywords)]


def keyword_hits(keywords: Sequence[str], text: str | None) -> bool:
    """True when any (lower-case) keyword is a substring of ``text``, ignoring case."""
    if not text:
        return False
    low = text.lower()
    return any(k in low for k in keywords)


class GoldName(_Gold):
    """A person in the answer key and the keywords that identify them."""

    name: str
    keywords: Keywords


class GoldParticipants(_Gold):
    principals: list[GoldName] = Field(default_factory=list)
    allowed: list[GoldName] = Field(default_factory=list)
    not_participants: list[GoldName] = Field(default_factory=list)


class GoldLocation(_Gold):
    keywords: Keywords
    status: Status


class GoldDate(_Gold):
    keywords: Keywords
    status: Status


class GoldAgendaItem(_Gold):
    id: str
    keywords: Keywords
    status: Status
    core: bool = True


class GoldArticle(_Gold):
    """The answer key for one article."""

    event: str | None = None
    published: str | None = None
    participants: GoldParticipants = Field(default_factory=GoldParticipants)
    location: GoldLocation | None = None
    date: GoldDate | None = Field(default=None, description="null: the article states no date for the summit.")
    agenda: list[GoldAgendaItem] = Field(default_factory=list)


class GoldFile(_Gold):
    """A whole answer key: one entry per article file name."""

    about: str = ""
    version: int = 1
    articles: dict[str, GoldArticle]
    events: dict[str, Any] = Field(default_factory=dict)

    def lookup(self, article_id: str) -> tuple[str, GoldArticle] | None:
        """The gold key and entry for a summary's ``article_id``, or ``None``.

        Summaries of files are keyed by file name, but an article that failed to load
        is reported under the path it was given as; so the file name is tried too.
        """
        for key in (article_id, Path(article_id).name):
            if key in self.articles:
                return key, self.articles[key]
        return None


def merge_gold(keys: list[GoldFile]) -> GoldFile:
    """Several answer keys as one (seeds and dev, say); an article or event in two keys is an error."""
    if len(keys) == 1:
        return keys[0]
    merged = GoldFile(about="; ".join(k.about for k in keys if k.about), articles={}, events={})
    for key in keys:
        twice = (merged.articles.keys() & key.articles.keys()) | (merged.events.keys() & key.events.keys())
        if twice:
            raise ConfigError(f"answer keys overlap: {', '.join(sorted(twice)[:5])} in more than one --gold file.")
        merged.articles.update(key.articles)
        merged.events.update(key.events)
    return merged


def load_gold(path: str | Path) -> GoldFile:
    """Read an answer key in the format of ``examples/gold/seeds.json``.

    Raises ``ConfigError`` with what is wrong (missing file, bad JSON, a field of the
    wrong shape) so the CLI can report it as a usage error.
    """
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{p}: cannot read the answer key ({e.strerror or e}).") from e
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ConfigError(f"{p}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg}).") from e
    try:
        return GoldFile.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise ConfigError(
            f"{p}: not an answer key like examples/gold/seeds.json: {where}: {first['msg']} "
            f"({e.error_count()} problem(s) in all)."
        ) from e


__all__ = [
    "GoldAgendaItem",
    "GoldArticle",
    "GoldDate",
    "GoldFile",
    "GoldLocation",
    "GoldName",
    "GoldParticipants",
    "keyword_hits",
    "load_gold",
    "merge_gold",
]
