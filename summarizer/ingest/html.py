"""HTML pages: the main text, title and date of a news page, by trafilatura (a plain dump as fallback)."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from html.parser import HTMLParser
from typing import Any

from summarizer.core.article import Article
from summarizer.core.schema import ArticleMeta
from summarizer.ingest.text import DEFAULT_MAX_BYTES, InputError, finish_article, iso_or_none

LOOKS_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


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
                published=iso_or_none(doc.date),  # type: ignore[union-attr]
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
    return finish_article(
        article_id, text, meta, published=published, clean=clean, max_bytes=max_bytes, source=path or url
    )


__all__ = ["LOOKS_HTML", "article_from_html"]
