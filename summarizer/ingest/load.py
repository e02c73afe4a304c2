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

**Offsets point into the cleaned text.** ``Article.text`` is the article body after the
front-matter block is removed and site boilerplate is stripped by
:func:`summarizer.ingest.clean.clean_text` (also applied to trafilatura's output, which
catches what it leaves). The summary carries that text, so a reader can always check a
quote. When the title is known from metadata and the text does not start with it, the
title is put first, so the same story yields the same text whether it came as .txt,
.md, HTML, JSONL or stdin. ``clean=False`` keeps the text exactly as given.

Publication date (``meta.published``, ISO ``YYYY-MM-DD``), first that applies:
the article's metadata (front matter, HTML metadata, JSONL field); a date in the
article's header (:func:`summarizer.core.dates.find_published`); the caller's ``published``
argument (CLI ``--published``), which fills in only when the article has none.
Otherwise ``None``: a date is never guessed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as html_lib
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml

from summarizer.core.article import Article
from summarizer.core.dates import find_published, parse_full_date, parse_iso_date
from summarizer.core.errors import ArticleError, ConfigError
from summarizer.core.schema import ArticleMeta
from summarizer.ingest.clean import clean_text

#: Articles larger than this are refused unless the caller raises the limit: a scraped
#: page of a few MB is almost always a mistake (a PDF, a dump) and would cost real money.
DEFAULT_MAX_BYTES = 400_000

#: HTML pages are mostly markup, scripts and styles: a 60 KB story often comes in a 1 MB
#: page. Raw HTML (files, URLs, stdin) may be this many times ``max_bytes``; the text
#: extracted from it must still fit ``max_bytes``.
HTML_MARKUP_FACTOR = 10

#: Seconds for connecting, for each read, and for the whole download of a URL.
DEFAULT_FETCH_TIMEOUT = 20.0

ARTICLE_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
#: What a folder is searched for.
FOLDER_SUFFIXES = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES)

_USER_AGENT = "summarizer/0.1 (newsroom summit summaries; +https://pypi.org/project/summarizer/)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown")
_LOOKS_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


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


def _iso_or_none(value: object) -> str | None:
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
        published=_iso_or_none(data.get("published") or data.get("date")),
    )


def _looks_binary(raw: bytes) -> bool:
    """A PDF, PNG, JPEG, GIF or anything with NUL bytes near the start."""
    return b"\x00" in raw[:4096] or raw.startswith((b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8"))


def decode_article_bytes(raw: bytes, name: str) -> str:
    """Decode article bytes as text, refusing binary files with a clear message."""
    if _looks_binary(raw):
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
    if _norm(first) == _norm(title):
        return text
    return f"{title.strip()}\n\n{text}" if text else title.strip()


def _norm(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"^#+\s*", "", s.strip()).casefold().split())


def _finish(
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
    return Article(id=article_id, text=text, meta=meta)


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
    return _finish(
        article_id, body, meta, published=published, clean=clean, max_bytes=max_bytes, source=source or path
    )


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------


class _TextDump(HTMLParser):
    """Last-resort HTML to text: block elements become lines, page chrome is skipped."""

    _SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self.skip:
            self.parts.append(data)


def _html_parser(source: str) -> Any:
    """The trafilatura module, or an ``InputError`` for this input saying how to mend the install.

    Imported here, not at the top: it pulls in lxml and friends, which plain text never
    needs, and a broken install (lxml without its HTML cleaner, say) must fail only the
    HTML inputs, not the whole run.
    """
    try:
        import trafilatura
    except ImportError as e:
        raise InputError(
            f"the HTML parser cannot load ({e}). Reinstall summarizer so that its declared dependencies "
            "(trafilatura, lxml, lxml_html_clean) are installed, e.g. `pip install --force-reinstall summarizer`; "
            "or save the page as .txt.",
            source,
        ) from e
    return trafilatura


def _html_text(raw: bytes | str, url: str | None, source: str) -> tuple[str, ArticleMeta]:
    """Text and metadata (title, canonical URL, site name, date) of an HTML page.

    trafilatura first (precision, then recall settings); if it finds no main text, a
    plain dump of the page without scripts, navigation, header, footer and forms, which
    the cleaner then works on. ``source`` names the input in errors.
    """
    trafilatura = _html_parser(source)

    # Dates from the page's markup only (meta tags, <time>, JSON-LD, URL): the extensive
    # search would take any date printed on the page, which may be an event, not the
    # publication date.
    date_params = {
        "original_date": True,
        "extensive_search": False,
        "max_date": (dt.date.today() + dt.timedelta(days=1)).isoformat(),
    }
    for recall in (False, True):
        try:
            doc = trafilatura.bare_extraction(
                raw,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                favor_recall=recall,
                date_extraction_params=date_params,
            )
        except Exception:  # trafilatura/lxml raise many kinds on broken pages; fall back
            doc = None
        text = getattr(doc, "text", None) if doc is not None else None
        if text and text.strip():
            meta = ArticleMeta(
                title=doc.title or None,  # type: ignore[union-attr]
                url=url or doc.url or None,  # type: ignore[union-attr]
                source=doc.sitename or None,  # type: ignore[union-attr]
                published=_iso_or_none(doc.date),  # type: ignore[union-attr]
            )
            return text, meta
    dump = _TextDump()
    dump.feed(raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw)
    title = html_lib.unescape(dump.title).strip() if dump.title else None
    return "".join(dump.parts), ArticleMeta(title=title or None, url=url)


def article_from_html(
    raw: bytes | str,
    article_id: str,
    *,
    url: str | None = None,
    path: str | None = None,
    published: str | None = None,
    clean: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Make an Article from an HTML page: main text, title and date via trafilatura."""
    text, meta = _html_text(raw, url, path or url or article_id)
    meta.path = path
    return _finish(article_id, text, meta, published=published, clean=clean, max_bytes=max_bytes, source=path or url)


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


def url_id(url: str) -> str:
    """Stable, file-name-safe id of a URL: a slug of host and path (plus a hash of the query)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", f"{host}{parts.path}".lower()).strip("-") or "url"
    if parts.query or len(slug) > 100:
        # The query often is what tells two articles apart (?id=123); the slug alone would collide.
        slug = f"{slug[:100].rstrip('-')}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"
    return slug


def _is_url(s: str) -> bool:
    return bool(re.match(r"^https?://", s, re.I))


def fetch_url(
    url: str,
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    clean: bool = True,
    timeout: float = DEFAULT_FETCH_TIMEOUT,
    client: httpx.Client | None = None,
) -> Article:
    """Download ``url`` and make an Article of it (HTML via trafilatura, plain text as text).

    The body is streamed and the download stops as soon as it passes the cap
    (``max_bytes * HTML_MARKUP_FACTOR``); ``timeout`` applies to connecting, to each
    read and to the whole download. ``client`` lets tests pass an ``httpx.MockTransport``.
    """
    aid = url_id(url)
    cap = max_bytes * HTML_MARKUP_FACTOR
    own = client is None
    http = client or httpx.Client(
        timeout=httpx.Timeout(timeout), follow_redirects=True, headers={"User-Agent": _USER_AGENT}
    )
    try:
        deadline = time.monotonic() + timeout
        with http.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise InputError(f"the server answered HTTP {resp.status_code}.", url)
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and not ctype.startswith(_HTML_TYPES + _TEXT_TYPES):
                raise InputError(
                    f"the server sent {ctype}, not an HTML page or text. "
                    "Save it and convert it to .txt first (e.g. pdftotext for a PDF).",
                    url,
                )
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise InputError(f"{int(declared):,} bytes is over the {cap:,}-byte limit.", url)
            chunks: list[bytes] = []
            received = 0
            for chunk in resp.iter_bytes():
                received += len(chunk)
                if received > cap:
                    raise InputError(
                        f"the page is over the {cap:,}-byte limit; stopped downloading. "
                        "Raise it with --max-bytes (max_bytes= in the Python API) if this really is one article.",
                        url,
                    )
                if time.monotonic() > deadline:
                    raise InputError(f"the download took longer than {timeout:g} s; try again later.", url)
                chunks.append(chunk)
            final_url = str(resp.url)
    except httpx.TimeoutException as e:
        raise InputError(f"no answer within {timeout:g} s ({type(e).__name__}); try again later.", url) from e
    except httpx.HTTPError as e:
        raise InputError(f"could not fetch it: {e}", url) from e
    finally:
        if own:
            http.close()
    body = b"".join(chunks)
    if _looks_binary(body):
        # Servers mislabel files: a PDF sent as text/html must not reach the HTML parser.
        raise InputError("the server sent a binary file (PDF, image...), not an HTML page.", url)
    if ctype.startswith(_HTML_TYPES) or (not ctype and _LOOKS_HTML.match(body)):
        art = article_from_html(body, aid, url=final_url, published=published, clean=clean, max_bytes=max_bytes)
    else:
        text = decode_article_bytes(body, url)
        art = article_from_text(text, aid, published=published, clean=clean, max_bytes=max_bytes, source=url)
        art.meta.url = art.meta.url or final_url
    return art


def _read_stdin(*, published: str | None, max_bytes: int, clean: bool) -> Article:
    cap = max_bytes * HTML_MARKUP_FACTOR
    try:
        raw = sys.stdin.buffer.read(cap + 1)
    except (AttributeError, OSError, ValueError) as e:  # no stdin (a daemon), or it is closed
        raise InputError(f"cannot read it ({e}).", "stdin") from e
    aid = f"stdin-{hashlib.sha1(raw).hexdigest()[:8]}"
    if len(raw) > cap:
        raise InputError(f"over the {cap:,}-byte limit.", "stdin")
    if _LOOKS_HTML.match(raw):
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
                yield _finish(aid, text, meta, published=published, clean=clean, max_bytes=max_bytes, source=where)
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
        if isinstance(item, str) and _is_url(s):
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


def check_published(published: str | None) -> str | None:
    """``published`` stripped, if it is a real YYYY-MM-DD date; ``ConfigError`` otherwise."""
    if published is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.strip()) or parse_iso_date(published) is None:
        raise ConfigError(f"--published {published!r}: give the publication date as YYYY-MM-DD, e.g. 2023-09-12.")
    return published.strip()


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
    "DEFAULT_FETCH_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "FOLDER_SUFFIXES",
    "Article",
    "InputError",
    "article_from_html",
    "article_from_text",
    "check_published",
    "decode_article_bytes",
    "fetch_url",
    "iter_articles",
    "load_article",
    "meta_from_mapping",
    "split_front_matter",
    "url_id",
]
