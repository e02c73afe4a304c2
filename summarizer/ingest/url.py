"""URLs: fetched with a timeout and a size cap, then read as HTML or text."""

from __future__ import annotations

import hashlib
import re
import time
from urllib.parse import urlsplit

import httpx

from summarizer.core.article import Article
from summarizer.ingest.html import LOOKS_HTML, article_from_html
from summarizer.ingest.text import (
    DEFAULT_MAX_BYTES,
    HTML_MARKUP_FACTOR,
    InputError,
    article_from_text,
    decode_article_bytes,
    looks_binary,
)

#: Seconds for connecting, for each read, and for the whole download of a URL.
DEFAULT_FETCH_TIMEOUT = 20.0
_USER_AGENT = "summarizer/0.1 (newsroom summit summaries; +https://pypi.org/project/summarizer/)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown")


def url_id(url: str) -> str:
    """Stable, file-name-safe id of a URL: a slug of host and path (plus a hash of the query)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", f"{host}{parts.path}".lower()).strip("-") or "url"
    if parts.query or len(slug) > 100:
        # The query often is what tells two articles apart (?id=123); the slug alone would collide.
        slug = f"{slug[:100].rstrip('-')}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"
    return slug


def is_url(s: str) -> bool:
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
    if looks_binary(body):
        # Servers mislabel files: a PDF sent as text/html must not reach the HTML parser.
        raise InputError("the server sent a binary file (PDF, image...), not an HTML page.", url)
    if ctype.startswith(_HTML_TYPES) or (not ctype and LOOKS_HTML.match(body)):
        art = article_from_html(body, aid, url=final_url, published=published, clean=clean, max_bytes=max_bytes)
    else:
        text = decode_article_bytes(body, url)
        art = article_from_text(text, aid, published=published, clean=clean, max_bytes=max_bytes, source=url)
        art.meta.url = art.meta.url or final_url
    return art


__all__ = ["DEFAULT_FETCH_TIMEOUT", "fetch_url", "is_url", "url_id"]
