"""Text articles: front matter, metadata, decoding, and the checks every article passes."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from summarizer.core.article import Article
from summarizer.core.errors import ArticleError, ConfigError
from summarizer.core.schema import ArticleMeta
from summarizer.ingest.clean import clean_text
from summarizer.ingest.furniture import is_headline_like, words
from summarizer.language.dates import parse_full_date, parse_iso_date
from summarizer.language.published import find_published
from summarizer.language.text import line_key

#: Articles larger than this are refused unless the caller raises the limit: a scraped
#: page of a few MB is almost always a mistake (a PDF, a dump) and would cost real money.
DEFAULT_MAX_BYTES = 400_000

#: HTML pages are mostly markup, scripts and styles: a 60 KB story often comes in a 1 MB
#: page. Raw HTML (files, URLs, stdin) may be this many times ``max_bytes``; the text
#: extracted from it must still fit ``max_bytes``.
HTML_MARKUP_FACTOR = 10


class InputError(ArticleError):
    """An input that could not be read: ``reason`` says why and what to do, ``source``
    names the input (or record) as the user gave it, so that a message names it once.
    """

    def __init__(self, reason: str, source: str):
        super().__init__(f"{source}: {reason}")
        self.reason = reason
        self.source = source


# --------------------------------------------------------------------------------------
# Text, front matter, metadata
# --------------------------------------------------------------------------------------


def split_front_matter(raw: str) -> tuple[dict[str, object], str]:
    """Split a leading YAML front-matter block (``---`` ... ``---``) from the body.

    Returns ``({}, raw)`` when there is no well-formed block, so that an article that
    merely starts with a horizontal rule is not mangled.
    """
    if not raw.startswith("---"):
        return {}, raw
    lines = raw.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return {}, raw
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            try:
                data = yaml.safe_load("".join(lines[1:i])) or {}
            except yaml.YAMLError:
                return {}, raw
            if not isinstance(data, dict):
                return {}, raw
            return data, "".join(lines[i + 1 :])
    return {}, raw


def iso_or_none(value: object) -> str | None:
    """ISO ``YYYY-MM-DD`` from a date, datetime or date string; ``None`` if it is not a full date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    d = parse_iso_date(str(value)) or parse_full_date(str(value))
    return d.isoformat() if d else None


def meta_from_mapping(data: dict[str, object]) -> ArticleMeta:
    """Build metadata from front matter or a JSONL record, ignoring unknown keys."""

    def s(key: str) -> str | None:
        v = data.get(key)
        return None if v is None or v == "" else str(v)

    return ArticleMeta(
        title=s("title"),
        url=s("url"),
        source=s("source"),
        published=iso_or_none(data.get("published") or data.get("date")),
    )


def looks_binary(raw: bytes) -> bool:
    """A PDF, PNG, JPEG, GIF or anything with NUL bytes near the start."""
    return b"\x00" in raw[:4096] or raw.startswith((b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8"))


def decode_article_bytes(raw: bytes, name: str) -> str:
    """Decode article bytes as text, refusing binary files with a clear message."""
    if looks_binary(raw):
        raise InputError("looks like a binary file (PDF, image...), not article text. Convert it to .txt first.", name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old newsroom exports are often Latin-1/Windows-1252; decoding as cp1252 keeps
        # curly quotes right, and every byte decodes so nothing is lost.
        return raw.decode("cp1252", errors="replace")


def _title_first(text: str, title: str | None) -> str:
    """Put the known title on top unless the text already starts with it."""
    if not title or not title.strip():
        return text
    first = text.lstrip().split("\n", 1)[0]
    if _heading_key(first) == _heading_key(title):
        return text
    return f"{title.strip()}\n\n{text}" if text else title.strip()


def _heading_key(line: str) -> str:
    """A title compared as a line, a Markdown heading's ``#`` marks left out."""
    return line_key(re.sub(r"^#+\s*", "", line.strip()))


def headline_of(text: str) -> str | None:
    """The article's first line when it reads as a headline (short, no full stop at the
    end): the title of a pasted story that carries no metadata."""
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return first if 3 <= words(first) <= 20 and is_headline_like(first) else None


def finish_article(
    article_id: str,
    body: str,
    meta: ArticleMeta,
    *,
    published: str | None,
    clean: bool,
    max_bytes: int,
    source: str | None = None,
) -> Article:
    """Shared last steps: publication date, cleaning, title, emptiness and size checks.

    ``source`` names the input in errors, as the user gave it (default: ``article_id``).
    """
    source = source or article_id
    if meta.published is None:
        # The header is read before cleaning, which removes date lines.
        meta.published = find_published(body) or published
    text = _title_first(clean_text(body), meta.title) if clean else body
    if not meta.title:
        meta.title = headline_of(text)
    # Evidence offsets index the text as given; only the model reads the cleaned one.
    source_text = body if text != body else None
    if not text.strip():
        raise InputError(
            "the article is empty"
            + (" once site boilerplate is removed" if clean and body.strip() else "")
            + ". Check the input, or leave it out.",
            source,
        )
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InputError(
            f"{size:,} bytes of text is over the {max_bytes:,}-byte limit. "
            "Raise it with --max-bytes (max_bytes= in the Python API) if this really is one article.",
            source,
        )
    return Article(id=article_id, text=text, meta=meta, source_text=source_text)


def article_from_text(
    raw: str,
    article_id: str,
    *,
    path: str | None = None,
    published: str | None = None,
    clean: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    source: str | None = None,
) -> Article:
    """Make an Article from raw text that may start with front matter.

    ``source`` names the input in errors (default: ``path``, else ``article_id``).
    """
    data, body = split_front_matter(raw)
    meta = meta_from_mapping(data)
    meta.path = path
    return finish_article(
        article_id, body, meta, published=published, clean=clean, max_bytes=max_bytes, source=source or path
    )


def check_published(published: str | None) -> str | None:
    """``published`` stripped, if it is a real YYYY-MM-DD date; ``ConfigError`` otherwise."""
    if published is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.strip()) or parse_iso_date(published) is None:
        raise ConfigError(f"--published {published!r}: give the publication date as YYYY-MM-DD, e.g. 2023-09-12.")
    return published.strip()


__all__ = [
    "DEFAULT_MAX_BYTES",
    "HTML_MARKUP_FACTOR",
    "InputError",
    "article_from_text",
    "check_published",
    "decode_article_bytes",
    "finish_article",
    "iso_or_none",
    "looks_binary",
    "meta_from_mapping",
    "split_front_matter",
]
