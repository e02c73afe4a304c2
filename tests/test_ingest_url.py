"""ingest/url.py: articles fetched from URLs.

Network tests use a server on 127.0.0.1 or an httpx MockTransport; nothing leaves the machine.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import httpx
import pytest
from conftest import serving
from test_ingest_load import CLEAN_STORY, HTML, TXT, URL_PATH, _article

from summarizer.core.article import Article
from summarizer.core.errors import ArticleError
from summarizer.ingest.load import iter_articles
from summarizer.ingest.text import InputError
from summarizer.ingest.url import fetch_url, url_id

# --------------------------------------------------------------------------------------
# URLs: a real server on 127.0.0.1
# --------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}

    def do_GET(self) -> None:
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if self.path != "/endless":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            if self.path == "/endless":
                # No Content-Length: the client only learns the size by reading.
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its size cap, as it should

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _Handler.routes = {
        URL_PATH: (200, "text/html; charset=utf-8", HTML.read_bytes()),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n" + b"0" * 100),
        "/photo": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * 100),
        "/plain": (200, "text/plain; charset=utf-8", TXT.read_bytes()),
        "/endless": (200, "text/html", b""),
    }
    with serving(_Handler) as url:
        yield url


def test_url_html_page(server: str) -> None:
    art = _article(iter_articles([server + URL_PATH])[0])
    assert art.id == "127-0-0-1-world-2023-09-12-erdogan-putin-sochi"
    assert art.text == CLEAN_STORY
    assert art.meta.url == server + URL_PATH
    assert art.meta.published == "2023-09-12"


def test_url_plain_text(server: str) -> None:
    art = _article(iter_articles([server + "/plain"])[0])
    assert art.text == CLEAN_STORY and art.meta.url == server + "/plain"


@pytest.mark.parametrize(("path", "ctype"), [("/report.pdf", "application/pdf"), ("/photo", "image/png")])
def test_url_non_html_body_is_a_clear_error(server: str, path: str, ctype: str) -> None:
    (entry,) = iter_articles([server + path])
    assert isinstance(entry, InputError)
    assert ctype in str(entry) and "not an HTML page" in str(entry)


def test_url_http_error(server: str) -> None:
    (entry,) = iter_articles([server + "/nope"])
    assert isinstance(entry, ArticleError) and "HTTP 404" in str(entry)


def test_url_stops_past_the_size_cap(server: str) -> None:
    (entry,) = iter_articles([server + "/endless"], max_bytes=10_000)
    assert isinstance(entry, ArticleError) and "stopped downloading" in str(entry)


def test_url_that_never_answers_times_out() -> None:
    # A listening socket that never accepts: the connection is queued, no byte ever comes back.
    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow"
        entries = iter_articles([url, TXT], timeout=0.3)
    finally:
        silent.close()
    assert isinstance(entries[0], ArticleError) and "no answer within 0.3 s" in str(entries[0])
    assert isinstance(entries[1], Article)  # the next input is still read


# --------------------------------------------------------------------------------------
# URLs: httpx MockTransport
# --------------------------------------------------------------------------------------


def test_fetch_streams_and_stops_reading_at_the_cap() -> None:
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(1000):
            sent += 1
            yield b"x" * 1000

    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "text/html"}, content=body())
    )
    with httpx.Client(transport=transport) as client, pytest.raises(ArticleError, match="stopped downloading"):
        fetch_url("https://news.example/a", max_bytes=1000, client=client)
    assert sent < 20  # 10 KB cap: the other 990 KB were never pulled


def test_fetch_refuses_a_declared_oversize_body_without_reading_it() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "text/html", "content-length": "99999999"})
    )
    with httpx.Client(transport=transport) as client, pytest.raises(ArticleError, match="99,999,999 bytes"):
        fetch_url("https://news.example/a", client=client)


def test_fetch_timeout_becomes_an_article_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client, pytest.raises(ArticleError, match="no answer"):
        fetch_url("https://news.example/a", timeout=5, client=client)


def test_url_ids() -> None:
    assert (
        url_id("https://www.Reuters.com/world/asia/kim-putin-2023-09-12/")
        == "reuters-com-world-asia-kim-putin-2023-09-12"
    )
    a, b = url_id("https://news.example/story?id=1"), url_id("https://news.example/story?id=2")
    assert a != b and a.startswith("news-example-story-")


def test_fetch_refuses_a_pdf_mislabelled_as_html() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "text/html"}, content=b"%PDF-1.7\n0000")
    )
    with httpx.Client(transport=transport) as client, pytest.raises(ArticleError, match="binary file"):
        fetch_url("https://news.example/a.pdf", client=client)
