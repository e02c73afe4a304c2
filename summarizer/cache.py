"""A persistent cache of extraction results, so that an article is paid for once.

The key is the SHA-256 of everything that decides what the model is asked and how it
answers: the article text and the metadata that reaches the prompt (title, published),
the prompt (``prompt_version()`` and a digest of the templates themselves, so an edit
without a version bump still misses), the schema version and the JSON schemas of the
``Draft*`` models the model fills in, the model name, the backend, and the backend
settings that change the output (mode, temperature, max_tokens; the server URL, or the
local model file's path and size; the recordings folder for replay).

The API key is never part of the key material, and nothing but the resulting
``ArticleSummary`` JSON is stored, so a cache folder can be shared or copied safely.

Storage is ``diskcache``: SQLite in WAL mode plus files for large values. Several
processes can read and write one folder at once, and each result is committed as soon
as it is stored, so a run killed halfway keeps every article it finished.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import diskcache
from pydantic import BaseModel, ValidationError

from summarizer.core import schema
from summarizer.core.article import Article
from summarizer.core.schema import SCHEMA_VERSION, ArticleSummary, Usage
from summarizer.extraction.prompting import prompt_version, prompts_dir
from summarizer.providers import LLM
from summarizer.providers.model_files import cache_root

log = logging.getLogger(__name__)

#: Bump when the key material or the stored form changes, or when the code that turns a
#: model's draft into a summary (grounding, flags, dates) changes what it produces:
#: old entries then simply stop matching.
CACHE_FORMAT = "10"

#: Beyond this the least recently stored results are evicted. A summary holds its
#: article text, typically 5-50 kB, so this keeps on the order of 100,000 articles.
DEFAULT_SIZE_LIMIT = 4 * 1024**3


def default_cache_dir() -> Path:
    """``<cache_root()>/results``: next to the embedded model, under ``$SUMMARIZER_CACHE_DIR`` if set."""
    return cache_root() / "results"


@lru_cache(maxsize=1)
def _prompt_digest() -> str:
    # Hashing the templates themselves means a prompt edited without bumping VERSION
    # does not serve answers to the old prompt.
    h = hashlib.sha256()
    root = prompts_dir()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def _draft_schemas() -> dict[str, Any]:
    # Every Draft* model is something the model is asked to fill in (found by name so
    # that adding or splitting one needs no change here).
    return {
        name: obj.model_json_schema()
        for name, obj in sorted(vars(schema).items())
        if name.startswith("Draft") and isinstance(obj, type) and issubclass(obj, BaseModel)
    }


def key_material(article: Article, llm: LLM) -> dict[str, Any]:
    """What the cache key is made of (public for tests and debugging; holds no secret)."""
    return {
        "format": CACHE_FORMAT,
        "article": {
            "text": article.text,
            # The summary carries the text as given and indexes it: two files that clean to
            # the same text are two entries.
            "given": None if article.source_text is None else hashlib.sha256(article.source_text.encode()).hexdigest(),
            "title": article.meta.title,
            "published": article.meta.published,
        },
        "prompt": {"version": prompt_version(), "templates": _prompt_digest()},
        "schema": {"version": SCHEMA_VERSION, "drafts": _draft_schemas()},
        "model": llm.model,
        "backend": llm.backend,
        "settings": llm.answer_settings(),
    }


def cache_key(article: Article, llm: LLM) -> str:
    """SHA-256 (hex) of :func:`key_material`, canonically serialised."""
    canon = json.dumps(key_material(article, llm), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


class Closing:
    """A store on disk that is closed when its ``with`` block ends (the result cache, a batch's state)."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ResultCache(Closing):
    """Extraction results on disk, keyed by :func:`cache_key`.

    >>> with ResultCache("/tmp/summaries-cache") as cache:  # doctest: +SKIP
    ...     hit = cache.get(cache.key(article, llm))
    """

    def __init__(self, directory: str | Path | None = None, *, size_limit: int = DEFAULT_SIZE_LIMIT) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        self.directory.mkdir(parents=True, exist_ok=True)
        self._store = diskcache.Cache(str(self.directory), size_limit=size_limit)

    def key(self, article: Article, llm: LLM) -> str:
        """The key ``article`` has when extracted by ``llm``."""
        return cache_key(article, llm)

    def get(self, key: str) -> ArticleSummary | None:
        """The stored summary, or ``None`` on a miss (or an unreadable entry, which is dropped)."""
        try:
            raw = self._store.get(key)
        except (OSError, sqlite3.Error) as e:
            # A broken cache must not sink the run: the article is extracted again.
            log.warning("result cache unreadable at %s (%s); extracting again", self.directory, e)
            return None
        if raw is None:
            return None
        try:
            return ArticleSummary.model_validate_json(raw)
        except (ValidationError, TypeError) as e:
            log.warning("dropping a cached result that no longer fits the schema (%s)", str(e).splitlines()[0])
            self._store.delete(key)
            return None

    def put(self, key: str, summary: ArticleSummary) -> None:
        """Store ``summary`` under ``key``; committed to disk before this returns."""
        try:
            self._store.set(key, summary.model_dump_json())
        except (OSError, sqlite3.Error) as e:
            log.warning("could not write to the result cache at %s (%s)", self.directory, e)

    def as_served(self, article: Article, summary: ArticleSummary) -> ArticleSummary:
        """``summary`` as served from the cache for ``article``.

        The id and metadata are the current article's (the same text may come from
        another file), and usage is zero with ``cached=True``: nothing was spent on it
        in this run, so run totals and costs stay true.
        """
        return summary.model_copy(update={"article_id": article.id, "meta": article.meta, "usage": Usage(cached=True)})

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        """Close the database connection (the data is already on disk)."""
        self._store.close()


__all__ = ["CACHE_FORMAT", "Closing", "ResultCache", "cache_key", "default_cache_dir", "key_material"]
