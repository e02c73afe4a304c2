"""Load articles: text plus metadata, with a stable id.

Inputs (:func:`iter_articles`):

* ``.txt`` / ``.md`` files, with or without a YAML front-matter block (``title``, ``url``,
  ``source``, ``published``); any other file named explicitly is read as text too;
* ``.html`` / ``.htm`` files: main text, title and publication date by trafilatura;
* ``http://`` and ``https://`` URLs: fetched with httpx (timeout, size cap, streamed),
  then the HTML path; a body that is not HTML or text (a PDF, an image) is an error;
* ``-``: standard input (text, or HTML when it looks like a page);
* folders: searched recursively, in sorted order, for .txt .md .html .htm .jsonl files;
* ``.jsonl``: one article per line, ``{"text": ..., "id"?, "title"?, "url"?, "source"?,
  "published"?}``.

Ids (JSON file names, brief sources): the file name for files; ``<file name>#<id or
line number>`` for JSONL records; a slug of host and path for URLs; ``stdin-<sha1[:8]>``
for standard input. An id that is already taken in the same run gets ``~<sha1 of the
input[:8]>`` appended, so two ``a.txt`` from different folders do not overwrite each
other's JSON.

**Offsets point into the text as given.** ``Article.text`` is what the model reads: the
body after the front-matter block, with site boilerplate stripped by
:func:`summarizer.ingest.clean.clean_text` (also applied to trafilatura's output, which
catches what it leaves) and, when the title is known from metadata and the text does not
start with it, the title put first, so the same story reads the same whether it came as
.txt, .md, HTML, JSONL or stdin. ``Article.source_text`` keeps the body as given (for HTML:
the extracted main text); the summary carries it as ``text`` and every evidence offset
indexes it (``extraction/offsets.py``), so a reader can check each quote in the file
itself. ``clean=False`` gives the model the text exactly as given.

Publication date (``meta.published``, ISO ``YYYY-MM-DD``), first that applies:
the article's metadata (front matter, HTML metadata, JSONL field); a date in the
article's header (:func:`summarizer.language.dates.find_published`); the caller's ``published``
argument (CLI ``--published``), which fills in only when the article has none.
Otherwise ``None``: a date is never guessed.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from summarizer.core.article import Article
from summarizer.core.errors import ArticleError
from summarizer.ingest.html import LOOKS_HTML, article_from_html
from summarizer.ingest.text import (
    DEFAULT_MAX_BYTES,
    HTML_MARKUP_FACTOR,
    InputError,
    article_from_text,
    check_published,
    decode_article_bytes,
    finish_article,
    meta_from_mapping,
)
from summarizer.ingest.url import DEFAULT_FETCH_TIMEOUT, fetch_url, is_url

ARTICLE_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
#: What a folder is searched for.
FOLDER_SUFFIXES = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES)


# --------------------------------------------------------------------------------------
# Files, URLs, stdin, JSONL, folders
# --------------------------------------------------------------------------------------


def _read_capped(p: Path, cap: int) -> bytes:
    size = p.stat().st_size
    if size > cap:
        raise InputError(
            f"{size:,} bytes is over the {cap:,}-byte limit. "
            "Raise it with --max-bytes (max_bytes= in the Python API) if this really is one article.",
            str(p),
        )
    return p.read_bytes()


def _load_file(p: Path, *, published: str | None, max_bytes: int, clean: bool) -> Article:
    if not p.exists():
        raise InputError("no such file.", str(p))
    if p.suffix.lower() in HTML_SUFFIXES:
        raw = _read_capped(p, max_bytes * HTML_MARKUP_FACTOR)
        return article_from_html(raw, p.name, path=str(p), published=published, clean=clean, max_bytes=max_bytes)
    text = decode_article_bytes(_read_capped(p, max_bytes), str(p))
    return article_from_text(text, p.name, path=str(p), published=published, clean=clean, max_bytes=max_bytes)


def _read_stdin(*, published: str | None, max_bytes: int, clean: bool) -> Article:
    cap = max_bytes * HTML_MARKUP_FACTOR
    try:
        raw = sys.stdin.buffer.read(cap + 1)
    except (AttributeError, OSError, ValueError) as e:  # no stdin (a daemon), or it is closed
        raise InputError(f"cannot read it ({e}).", "stdin") from e
    aid = f"stdin-{hashlib.sha1(raw).hexdigest()[:8]}"
    if len(raw) > cap:
        raise InputError(f"over the {cap:,}-byte limit.", "stdin")
    if LOOKS_HTML.match(raw):
        return article_from_html(raw, aid, path="-", published=published, clean=clean, max_bytes=max_bytes)
    if len(raw) > max_bytes:
        raise InputError(f"{len(raw):,} bytes is over the {max_bytes:,}-byte limit.", "stdin")
    return article_from_text(
        decode_article_bytes(raw, "stdin"), aid, path="-", published=published, clean=clean, max_bytes=max_bytes
    )


def _safe_id(s: str) -> str:
    # Ids become file names: keep them to one path segment of portable characters.
    return re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-.") or "x"


def _iter_jsonl(p: Path, *, published: str | None, max_bytes: int, clean: bool) -> Iterator[Article | ArticleError]:
    try:
        handle = p.open("r", encoding="utf-8-sig")
    except OSError as e:
        yield InputError(f"cannot read it: {e}", str(p))
        return
    with handle:
        seen = False
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            seen = True
            aid = f"{p.name}#{lineno}"
            where = f"{p}#{lineno}"
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise InputError("expected a JSON object with a 'text' field.", where)
                if rec.get("id") not in (None, ""):
                    aid = f"{p.name}#{_safe_id(str(rec['id']))}"
                    where = f"{p}#{_safe_id(str(rec['id']))}"
                text = rec.get("text")
                if not isinstance(text, str):
                    raise InputError("the record has no 'text' string.", where)
                meta = meta_from_mapping(rec)
                meta.path = str(p)
                yield finish_article(
                    aid, text, meta, published=published, clean=clean, max_bytes=max_bytes, source=where
                )
            except json.JSONDecodeError as e:
                yield InputError(f"not valid JSON ({e.msg}, column {e.colno}).", where)
            except ArticleError as e:
                yield e if isinstance(e, InputError) else InputError(str(e), where)
        if not seen:
            yield InputError("the JSONL file has no records.", str(p))


def _folder_files(folder: Path) -> list[Path]:
    """Article files under ``folder``, recursively, sorted by path; hidden files and folders skipped."""
    found = [
        f
        for f in folder.rglob("*")
        if f.is_file()
        and f.suffix.lower() in FOLDER_SUFFIXES
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda f: f.relative_to(folder).as_posix())


def _expand(
    item: str | Path, *, published: str | None, max_bytes: int, clean: bool, timeout: float
) -> Iterator[Article | ArticleError]:
    s = str(item)
    try:
        if s == "-":
            yield _read_stdin(published=published, max_bytes=max_bytes, clean=clean)
            return
        if isinstance(item, str) and is_url(s):
            yield fetch_url(s, published=published, max_bytes=max_bytes, clean=clean, timeout=timeout)
            return
        p = Path(item)
        if p.is_dir():
            files = _folder_files(p)
            if not files:
                yield InputError(f"no {' '.join(FOLDER_SUFFIXES)} files in this folder.", str(p))
            for f in files:
                yield from _expand(f, published=published, max_bytes=max_bytes, clean=clean, timeout=timeout)
            return
        if p.suffix.lower() in JSONL_SUFFIXES:
            yield from _iter_jsonl(p, published=published, max_bytes=max_bytes, clean=clean)
            return
        yield _load_file(p, published=published, max_bytes=max_bytes, clean=clean)
    except InputError as e:
        yield e
    except ArticleError as e:
        yield InputError(str(e), s)
    except OSError as e:
        yield InputError(f"cannot read it: {e.strerror or e}", s)
    except Exception as e:  # a library bug on one odd input must not end the whole run
        yield InputError(
            f"could not be read ({type(e).__name__}: {e}). Leave it out, or convert it to .txt; "
            "please report this with the file.",
            s,
        )


def iter_articles(
    inputs: Sequence[str | Path],
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    clean: bool = True,
    timeout: float = DEFAULT_FETCH_TIMEOUT,
) -> list[Article | ArticleError]:
    """Load every input; an input that fails gives an ``ArticleError`` in its place.

    A folder or a JSONL file expands to several entries, in order. One bad input never
    stops the others. Errors are :class:`InputError` with ``.source`` naming the input.
    ``published`` (YYYY-MM-DD) fills in the date only for articles that carry none; a
    malformed value raises ``ConfigError`` because it is a usage mistake, not a bad article.
    """
    published = check_published(published)
    out: list[Article | ArticleError] = []
    taken: set[str] = set()
    for item in inputs:
        for entry in _expand(item, published=published, max_bytes=max_bytes, clean=clean, timeout=timeout):
            if isinstance(entry, Article):
                if entry.id in taken:
                    where = entry.meta.path or entry.meta.url or str(item)
                    entry.id = f"{entry.id}~{hashlib.sha1(where.encode('utf-8')).hexdigest()[:8]}"
                    n = 2
                    base = entry.id
                    while entry.id in taken:
                        entry.id, n = f"{base}-{n}", n + 1
                taken.add(entry.id)
            out.append(entry)
    return out


def load_article(
    path: str | Path,
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    clean: bool = True,
) -> Article:
    """Read one article (a file, a URL or ``-``) and raise ``ArticleError`` if it cannot.

    >>> art = load_article("examples/articles/001_82bccb309aa3b23e.txt")  # doctest: +SKIP
    >>> art.id
    '001_82bccb309aa3b23e.txt'
    """
    if Path(path).is_dir():
        raise ArticleError(f"{path}: is a folder; use iter_articles() (or the CLI) to read every article in it.")
    entries = iter_articles([path], published=published, max_bytes=max_bytes, clean=clean)
    if len(entries) != 1:
        raise ArticleError(f"{path}: holds {len(entries)} articles; use iter_articles() to read them all.")
    entry = entries[0]
    if isinstance(entry, ArticleError):
        raise entry
    return entry


__all__ = [
    "ARTICLE_SUFFIXES",
    "FOLDER_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "iter_articles",
    "load_article",
]
