"""Every input kind, ids, errors in place, and the same story giving the same text in every format.

Network tests use a server on 127.0.0.1 or an httpx MockTransport; nothing leaves the machine.
"""

from __future__ import annotations

import hashlib
import io
import json
import socket
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import httpx
import pytest
from conftest import serving

from summarizer.core.article import Article
from summarizer.core.errors import ArticleError, ModelError
from summarizer.core.schema import ArticleSummary
from summarizer.ingest.load import iter_articles, load_article
from summarizer.ingest.text import InputError
from summarizer.ingest.url import fetch_url, url_id
from summarizer.run import Failure, extract_async

FIXTURES = Path(__file__).parent / "fixtures"
TXT = FIXTURES / "summit_scraped.txt"
HTML = FIXTURES / "summit_page.html"
MD = FIXTURES / "summit_front_matter.md"
JSONL = FIXTURES / "summits.jsonl"

TITLE = "Erdogan and Putin to meet in Sochi on Wednesday"
#: The story in the fixtures, as every loader should give it after cleaning.
STORY = [
    TITLE,
    "Turkish President Recep Tayyip Erdogan will travel to the Russian resort of Sochi to meet President "
    "Vladimir Putin on Wednesday, the Kremlin said on Tuesday.",
    "Kremlin spokesman Dmitry Peskov told reporters that the two leaders would discuss the revival of the "
    "Black Sea grain deal, which Russia left in July, as well as trade and energy projects.",
    "Grain corridor on the table",
    "Ankara has pressed Moscow for weeks to return to the arrangement, which let Ukraine ship grain through "
    "the Black Sea. Turkish officials said Erdogan would bring proposals drafted with the United Nations.",
    'Analysts expect little progress. "Putin will want sanctions relief in return, and the West is not '
    'offering it," said Selin Aydin, a researcher at a think tank in Istanbul.',
    "Energy and a nuclear plant",
    "The leaders may also review work on the Akkuyu nuclear power plant that Russia's Rosatom is building "
    "in southern Turkey, according to two Turkish officials who asked not to be named.",
    "It will be their first face-to-face meeting since Erdogan won re-election in May.",
]
CLEAN_STORY = "\n\n".join(STORY)
URL_PATH = "/world/2023/09/12/erdogan-putin-sochi"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _article(entry: Article | ArticleError) -> Article:
    assert isinstance(entry, Article), f"expected an article, got: {entry}"
    return entry


# --------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------


def test_txt() -> None:
    art = load_article(TXT)
    assert art.id == "summit_scraped.txt"
    assert art.text == CLEAN_STORY
    assert art.meta.path == str(TXT)
    assert art.meta.published == "2023-09-12"  # the date under the headline, not the top bar's


def test_md_with_front_matter() -> None:
    art = load_article(MD)
    assert art.id == "summit_front_matter.md"
    assert art.meta.title == TITLE
    assert art.meta.url == "https://meridianpost.example/world/2023/09/12/erdogan-putin-sochi"
    assert art.meta.source == "The Meridian Post"
    assert art.meta.published == "2023-09-12"
    assert not art.text.startswith("---")
    assert "##" not in art.text


def test_html_main_text_and_metadata() -> None:
    art = load_article(HTML)
    assert art.id == "summit_page.html"
    assert art.meta.title == TITLE
    assert art.meta.published == "2023-09-12"  # from the page's metadata
    assert art.meta.source == "The Meridian Post"
    assert art.meta.url == "https://meridianpost.example/world/2023/09/12/erdogan-putin-sochi"
    for furniture in ("Subscribe", "Politics", "Related stories", "Wheat prices", "Leave a Reply", "©", "dataLayer"):
        assert furniture not in art.text


def test_html_falls_back_to_a_plain_dump_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    art = load_article(HTML)
    assert art.meta.title == "Erdogan and Putin to meet in Sochi on Wednesday | The Meridian Post"
    assert STORY[1] in art.text and STORY[-1] in art.text
    assert "dataLayer" not in art.text and "Related stories" not in art.text


def test_jsonl_records_with_ids_and_line_numbers() -> None:
    entries = iter_articles([JSONL])
    assert [_article(e).id for e in entries] == ["summits.jsonl#sochi", "summits.jsonl#2"]
    lula = _article(entries[1])
    assert lula.meta.title == "Lula and Xi sign trade accords in Beijing"
    assert lula.meta.published == "2023-04-14"
    assert lula.text.startswith("Lula and Xi sign trade accords in Beijing\n\nBrazilian President")


def test_jsonl_bad_lines_fail_in_place(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    good = {"text": "Erdogan met Putin in Sochi on Monday to discuss the grain deal, the Kremlin said."}
    f.write_text(
        "\n".join([json.dumps(good), "{not json", json.dumps({"id": "x/y", "title": "no text"}), json.dumps(good)]),
        encoding="utf-8",
    )
    entries = iter_articles([f])
    assert [type(e).__name__ for e in entries] == ["Article", "InputError", "InputError", "Article"]
    assert "feed.jsonl#2" in str(entries[1]) and "JSON" in str(entries[1])
    assert "feed.jsonl#x-y" in str(entries[2]) and "'text'" in str(entries[2])
    assert _article(entries[3]).id == "feed.jsonl#4"


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = TXT.read_bytes()
    _stdin(monkeypatch, data)
    art = _article(iter_articles(["-"])[0])
    assert art.id == f"stdin-{hashlib.sha1(data).hexdigest()[:8]}"
    assert art.text == CLEAN_STORY


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, HTML.read_bytes())
    art = _article(iter_articles(["-"])[0])
    assert art.id.startswith("stdin-")
    assert art.meta.title == TITLE and art.text == CLEAN_STORY


def test_same_story_same_text_in_every_format(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, TXT.read_bytes())
    entries = iter_articles([TXT, HTML, MD, JSONL, "-"])
    texts = {_article(e).id: _article(e).text for e in entries if not _article(e).id.endswith("#2")}
    assert set(texts) == {"summit_scraped.txt", "summit_page.html", "summit_front_matter.md", "summits.jsonl#sochi"} | {
        next(i for i in texts if i.startswith("stdin-"))
    }
    assert all(t == CLEAN_STORY for t in texts.values()), {k: v[:80] for k, v in texts.items()}


def test_same_story_asks_the_model_the_same_question_in_every_format(monkeypatch: pytest.MonkeyPatch) -> None:
    # Extraction is a pure function of the messages it sends: the same messages mean the
    # same summary (and the same recording answers them on replay).
    from summarizer.extraction.prompting import who_messages
    from summarizer.language.sentences import split_sentences

    _stdin(monkeypatch, TXT.read_bytes())
    entries = [_article(e) for e in iter_articles([TXT, HTML, MD, JSONL, "-"]) if not _article(e).id.endswith("#2")]
    asked = {json.dumps(who_messages(split_sentences(a.text))) for a in entries}
    assert len(entries) == 5 and len(asked) == 1


def test_clean_false_keeps_the_text_as_given() -> None:
    art = load_article(TXT, clean=False)
    assert art.text == TXT.read_text(encoding="utf-8")


def test_errors_stay_in_position_and_do_not_stop_the_rest(tmp_path: Path) -> None:
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.7\n%binary")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    entries = iter_articles([TXT, tmp_path / "missing.txt", pdf, empty, MD])
    assert isinstance(entries[0], Article) and isinstance(entries[4], Article)
    assert "no such file" in str(entries[1])
    assert "binary" in str(entries[2])
    assert "empty" in str(entries[3])
    assert [getattr(e, "source", None) for e in entries[1:4]] == [
        str(tmp_path / "missing.txt"),
        str(pdf),
        str(empty),
    ]  # each input named as the user gave it, not by its base name


def test_only_boilerplate_is_an_empty_article(tmp_path: Path) -> None:
    f = tmp_path / "nav.txt"
    f.write_text("Related stories\nLatest news\nFollow us on Socials:\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="empty once site boilerplate is removed"):
        load_article(f)


def test_size_cap_for_files(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("The leaders met. " * 200, encoding="utf-8")
    with pytest.raises(ArticleError, match="over the 1,000-byte limit"):
        load_article(f, max_bytes=1000)


# --------------------------------------------------------------------------------------
# Folders
# --------------------------------------------------------------------------------------

_SENTENCE = "The two leaders met for talks in the capital on Monday, officials said."


def test_folder_recursion_and_order(tmp_path: Path) -> None:
    root = tmp_path / "feed"
    files = {
        "b.txt": _SENTENCE,
        "a.md": f"---\ntitle: A\n---\n{_SENTENCE}",
        "sub/c.html": f"<html><head><title>C</title></head><body><article><p>{_SENTENCE}</p></article></body></html>",
        "sub/deeper/d.TXT": _SENTENCE,
        "z.jsonl": "\n".join(json.dumps({"text": _SENTENCE}) for _ in range(2)),
        "notes.pdf": "%PDF-1.4",
        "data.json": "{}",
        ".hidden/e.txt": _SENTENCE,
        ".f.txt": _SENTENCE,
    }
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content, encoding="utf-8")
    ids = [_article(e).id for e in iter_articles([root])]
    assert ids == ["a.md", "b.txt", "c.html", "d.TXT", "z.jsonl#1", "z.jsonl#2"]


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(_SENTENCE, encoding="utf-8")
    ids = [_article(e).id for e in iter_articles([tmp_path])]
    assert ids[0] == "a.txt" and ids[1].startswith("a.txt~") and len(set(ids)) == 2


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    (entry,) = iter_articles([tmp_path])
    assert isinstance(entry, ArticleError) and "no .txt" in str(entry)


def test_load_article_refuses_folders_and_multi_record_jsonl(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)
    with pytest.raises(ArticleError, match="2 articles"):
        load_article(JSONL)


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


# --------------------------------------------------------------------------------------
# Pipeline: inputs expand, and input errors become Failure(kind="input")
# --------------------------------------------------------------------------------------


async def test_pipeline_expands_inputs_and_reports_input_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.run as pipeline

    loaded: list[str] = []

    async def refuse(article: Article, llm: object) -> ArticleSummary:
        # Stands in for the model step: records what the loader handed over, then fails.
        loaded.append(article.id)
        raise ModelError("no model in tests")

    monkeypatch.setattr(pipeline, "extract_summary", refuse)
    seen: list[tuple[str, str]] = []

    def on_result(article_id: str, result: ArticleSummary | Failure) -> None:
        assert isinstance(result, Failure)
        seen.append((article_id, result.kind))

    run = await extract_async(
        [JSONL, tmp_path / "missing.txt", TXT],
        # Replay is never cached by default, so nothing touches a cache folder.
        llm=SimpleNamespace(backend="replay", model="none"),  # type: ignore[arg-type]
        concurrency=1,
        on_result=on_result,
    )
    assert loaded == ["summits.jsonl#sochi", "summits.jsonl#2", "summit_scraped.txt"]
    assert [(f.article_id, f.kind) for f in run.failures] == [
        ("summits.jsonl#sochi", "model"),
        ("summits.jsonl#2", "model"),
        (str(tmp_path / "missing.txt"), "input"),
        ("summit_scraped.txt", "model"),
    ]
    assert "no such file" in run.failures[2].error
    assert sorted(seen) == sorted((f.article_id, f.kind) for f in run.failures)


def test_fetch_refuses_a_pdf_mislabelled_as_html() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "text/html"}, content=b"%PDF-1.7\n0000")
    )
    with httpx.Client(transport=transport) as client, pytest.raises(ArticleError, match="binary file"):
        fetch_url("https://news.example/a.pdf", client=client)
