"""Hostile and broken input through the ``summarizer`` command: every bad input gets a clear
message of its own and never stops the others.

Exit codes (cli.py, README): 0 every article summarized, 1 some failed (the others were
written), 3 every article failed.

The model is the fake OpenAI-compatible server of test_secrets.py on 127.0.0.1, answering
with hand-made JSON (``HANDMADE_*`` below), never model output: these tests are about what
happens around the model. The off-topic and non-English articles, whose outcome depends
on what a real model answers, run on recordings of the real model and are skipped until
tests/recordings holds them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from test_providers import HANDMADE_NO_SUMMIT, handmade_body
from test_secrets import FakeOpenAI, Seen, _no_openai_env_or_user_cache  # noqa: F401  (autouse: no shell key, no user cache)

from summarizer import cli
from summarizer.ingest.load import load_article
from summarizer.ingest.text import DEFAULT_MAX_BYTES
from summarizer.language.sentences import chunk_sentences, split_sentences
from summarizer.providers import BackendConfig
from summarizer.run import extract

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
RECORDINGS = ROOT / "tests" / "recordings"
OFFTOPIC = FIXTURES / "offtopic_sports.txt"
NON_ENGLISH = FIXTURES / "non_english.txt"

KEY = "sk-test-bad-input-0123456789"

#: An invented article that the hand-made answers below fit.
GOOD_TEXT = (
    "Norvalia and Belmaris hold first summit in Geneva\n\n"
    "President Ana Lindqvist of Norvalia and Prime Minister Tomas Okafor of Belmaris met in Geneva on Monday "
    "for their first summit.\n\n"
    "The two leaders agreed to reopen the border crossing at Vell, officials from both governments said.\n\n"
    "Analysts said a fisheries agreement could follow later this year.\n"
)

#: Hand-made fixture, NOT model output: a correct answer to the "who" call for GOOD_TEXT.
HANDMADE_WHO = {
    "participants": [
        {"name": "Ana Lindqvist", "role": "President of Norvalia", "sentence": 2, "status": "confirmed"},
        {"name": "Tomas Okafor", "role": "Prime Minister of Belmaris", "sentence": 2, "status": "confirmed"},
    ],
    "summit_found": True,
}
#: Hand-made fixture, NOT model output: a correct answer to the "where and when" call for GOOD_TEXT.
HANDMADE_WHERE_WHEN = {
    "location": {"value": "Geneva", "sentence": 2, "status": "confirmed"},
    "date": {"value": "Monday", "sentence": 2, "status": "confirmed"},
}
#: Hand-made fixture, NOT model output: a correct answer to the agenda call for GOOD_TEXT.
HANDMADE_AGENDA = {
    "agenda_items": [
        {
            "topic": "reopening the Vell border crossing",
            "sentence": 3,
            "said_by": None,
            "status": "confirmed",
        }
    ]
}
#: Hand-made fixture, NOT model output: a model that invents a summit for a football report,
#: pointing at sentences that do not name what it claims.
HANDMADE_INVENTED_SUMMIT = {
    "participants": [
        {
            "name": "Vladimir Putin",
            "role": "President of Russia",
            "sentence": 1,
            "status": "confirmed",
        }
    ],
    "summit_found": True,
}
HANDMADE_INVENTED_PLACE = {"location": {"value": "Beijing", "sentence": 2, "status": "confirmed"}, "date": None}

#: Marks an article whose request the fake server refuses as too long for its context.
TOO_LONG_MARK = "[too long for the model]"
CONTEXT_ERROR = {
    "error": {
        "message": "This model's maximum context length is 8192 tokens. However, your messages resulted in "
        "9120 tokens. Please reduce the length of the messages.",
        "type": "invalid_request_error",
        "code": "context_length_exceeded",
    }
}


def fake_model(seen: Seen) -> tuple[int, dict[str, Any]]:
    """Who, where/when and agenda for GOOD_TEXT; a context error for TOO_LONG_MARK; "no summit" otherwise."""
    if TOO_LONG_MARK in seen.user_text():
        return 400, CONTEXT_ERROR
    if "Ana Lindqvist" in seen.user_text():
        answers = {"DraftWho": HANDMADE_WHO, "DraftWhereWhen": HANDMADE_WHERE_WHEN, "DraftAgenda": HANDMADE_AGENDA}
        return 200, handmade_body(json.dumps(answers[seen.schema() or ""]))
    return 200, handmade_body(json.dumps(HANDMADE_NO_SUMMIT))


@pytest.fixture
def server() -> Any:
    with FakeOpenAI(fake_model) as s:
        yield s


def run_cli(command: str, inputs: list[Path | str], server: FakeOpenAI, *extra: str) -> Result:
    args = [command, *map(str, inputs), *extra, "--backend", "openai", "--base-url", server.base_url]
    args += ["--api-key", KEY, "--mode", "json_schema"]
    if "--cache-dir" not in extra:
        args.append("--no-cache")
    return CliRunner().invoke(cli.main, args)


def flat(text: str) -> str:
    """``text`` on one line: rich wraps long messages at the terminal width."""
    return " ".join(text.split())


# --------------------------------------------------------------------------------------
# The bad inputs
# --------------------------------------------------------------------------------------

PDF_BYTES = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256))
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + bytes(64)
LATIN1_TEXT = (
    "Les ministres se sont réunis à Zürich\n\n"
    "Le président Émile Garnier a reçu mardi à Zürich son homologue, a indiqué l'Élysée. "
    "« Une rencontre très utile », a-t-il déclaré.\n"
)
#: A paragraph a real 1 MB "article" (a dump, a mis-scraped page) is made of, over and over.
FILLER = "The committee met again on Tuesday to review the budget, line by line, and adjourned without a vote.\n\n"


def _one_mb_article(path: Path) -> Path:
    path.write_text(FILLER * (1_000_000 // len(FILLER) + 1), encoding="utf-8")
    assert path.stat().st_size > 1_000_000 > DEFAULT_MAX_BYTES
    return path


def make_bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input, with the message (a regex) the user must get for it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\t\n    \n\n", encoding="utf-8")
    (folder / "report.pdf").write_bytes(PDF_BYTES)
    (folder / "scan.txt").write_bytes(PDF_BYTES)  # a PDF saved under a .txt name
    (folder / "photo.png").write_bytes(PNG_BYTES)
    _one_mb_article(folder / "dump.txt")
    (folder / "no-articles").mkdir()
    (folder / "no-articles" / "notes.pdf").write_bytes(PDF_BYTES)  # not an article file type
    binary = r"looks like a binary file \(PDF, image\.\.\.\), not article text\. Convert it to \.txt first\."
    return {
        "empty file": (folder / "empty.txt", r"empty\.txt: the article is empty\. Check the input, or leave it out\."),
        "whitespace only": (folder / "blank.txt", r"blank\.txt: the article is empty\."),
        "PDF bytes": (folder / "report.pdf", r"report\.pdf: " + binary),
        "PDF bytes named .txt": (folder / "scan.txt", r"scan\.txt: " + binary),
        "PNG bytes": (folder / "photo.png", r"photo\.png: " + binary),
        "1 MB article": (
            folder / "dump.txt",
            r"dump\.txt: 1,0\d\d,\d{3} bytes is over the 400,000-byte limit\. "
            r"Raise it with --max-bytes \(max_bytes= in the Python API\) if this really is one article\.",
        ),
        "missing file": (folder / "missing.txt", r"missing\.txt: no such file\."),
        "folder with no articles": (
            folder / "no-articles",
            r"no-articles: no \.txt \.md \.html \.htm \.jsonl files in this folder\.",
        ),
    }


def test_bad_inputs_each_get_their_message_and_the_good_ones_their_json(tmp_path: Path, server: FakeOpenAI) -> None:
    bad = make_bad_inputs(tmp_path / "in")
    good = tmp_path / "in" / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    latin1 = tmp_path / "in" / "latin1.txt"
    latin1.write_bytes(LATIN1_TEXT.encode("latin-1"))
    out = tmp_path / "out"

    inputs = [p for p, _ in bad.values()]
    result = run_cli("extract", [*inputs[:4], good, *inputs[4:], latin1], server, "--json-dir", str(out))

    assert result.exit_code == cli.EXIT_PARTIAL, result.output
    stderr = flat(result.stderr)
    for name, (_, message) in bad.items():
        assert re.search(message, stderr), f"{name}: no message matching {message!r} in:\n{stderr}"
    assert f"2 summarized (0 from cache), {len(bad)} failed" in stderr
    # The good article is summarized as if it had been alone.
    assert sorted(p.name for p in out.iterdir()) == ["good.txt.json", "latin1.txt.json"]
    summary = json.loads((out / "good.txt.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in summary["participants"]] == ["Ana Lindqvist", "Tomas Okafor"]
    assert summary["location"]["value"] == "Geneva"
    assert [a["topic"] for a in summary["agenda_items"]] == ["reopening the Vell border crossing"]
    # No bad input ever reached the model: three calls for the good article, one for the Latin-1 one.
    assert len(server.seen) == 4


def test_non_utf8_latin1_article_is_read_right(tmp_path: Path, server: FakeOpenAI) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(LATIN1_TEXT.encode("latin-1"))
    with pytest.raises(UnicodeDecodeError):
        latin1.read_bytes().decode("utf-8")  # the fixture really is not UTF-8
    result = run_cli("extract", [latin1], server)
    assert result.exit_code == cli.EXIT_OK, result.output
    summary = json.loads(result.stdout)
    assert "Le président Émile Garnier a reçu mardi à Zürich" in summary["text"]
    assert "« Une rencontre très utile »" in summary["text"]
    assert "\ufffd" not in summary["text"]
    assert "Émile Garnier" in server.seen[0].last_user_text()  # the model read it right too


def test_when_every_input_is_bad_the_exit_code_is_3(tmp_path: Path, server: FakeOpenAI) -> None:
    bad = make_bad_inputs(tmp_path / "in")
    out = tmp_path / "out"
    result = run_cli("extract", [p for p, _ in bad.values()], server, "--json-dir", str(out))
    assert result.exit_code == cli.EXIT_ALL_FAILED, result.output
    stderr = flat(result.stderr)
    for name, (_, message) in bad.items():
        assert re.search(message, stderr), f"{name}: no message matching {message!r}"
    assert result.stdout == ""
    assert not out.exists() or not any(out.iterdir())
    assert server.seen == []  # nothing was worth a model call


def test_the_size_limit_is_the_max_bytes_option(tmp_path: Path, server: FakeOpenAI) -> None:
    """The message tells the user to use --max-bytes: the option must exist and be the limit."""
    article = tmp_path / "good.txt"
    article.write_text(GOOD_TEXT, encoding="utf-8")
    result = run_cli("extract", [article], server, "--max-bytes", "100")
    assert result.exit_code == cli.EXIT_ALL_FAILED, result.output
    assert re.search(
        r"good\.txt: \d{3} bytes is over the 100-byte limit\. Raise it with --max-bytes", flat(result.stderr)
    )
    assert server.seen == []


def test_a_1mb_article_is_accepted_when_the_api_raises_the_limit(tmp_path: Path, server: FakeOpenAI) -> None:
    big = _one_mb_article(tmp_path / "dump.txt")
    config = BackendConfig(backend="openai", base_url=server.base_url, api_key=KEY, mode="json_schema")

    refused = extract([big], config=config, cache=None)
    assert refused.summaries == [] and [f.kind for f in refused.failures] == ["input"]
    assert "--max-bytes" in refused.failures[0].error and server.seen == []

    run = extract([big], config=config, cache=None, max_bytes=2_000_000)
    assert run.failures == []
    (summary,) = run.summaries
    assert summary.text == big.read_text(encoding="utf-8")  # the text as given: offsets index it
    # Read in pieces that fit the model's context, every piece once.
    pieces = chunk_sentences(split_sentences(summary.text), config.max_article_chars)
    assert len(pieces) > 1 and summary.usage.calls == len(server.seen) == len(pieces)


# --------------------------------------------------------------------------------------
# Partial failure
# --------------------------------------------------------------------------------------


def test_a_brief_with_failed_articles_still_comes_out_and_lists_them(tmp_path: Path, server: FakeOpenAI) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    too_long = tmp_path / "too_long.txt"
    too_long.write_text(f"{TOO_LONG_MARK}\n\n{GOOD_TEXT}", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "brief.json"

    result = run_cli("brief", [good, too_long, empty, missing], server, "-o", str(out))

    assert result.exit_code == cli.EXIT_PARTIAL, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    (event,) = brief["events"]
    assert {p["name"] for p in event["participants"]} == {"Ana Lindqvist", "Tomas Okafor"}
    assert [s["article_id"] for s in brief["sources"]] == ["good.txt"]
    failures = {f["article_id"]: (f["kind"], f["error"]) for f in brief["failures"]}
    assert set(failures) == {"too_long.txt", str(empty), str(missing)}
    assert failures["too_long.txt"][0] == "model"
    assert "does not fit the model's context window" in failures["too_long.txt"][1]
    assert "Shorten it or use a larger model" in failures["too_long.txt"][1]
    # Named once (the key), as the user gave it; the reason does not repeat the name.
    assert failures[str(empty)] == ("input", "the article is empty. Check the input, or leave it out.")
    assert failures[str(missing)][0] == "input" and "no such file" in failures[str(missing)][1]

    # The Markdown brief lists them with their reasons too.
    markdown = run_cli("brief", [good, too_long, empty, missing], server)
    assert markdown.exit_code == cli.EXIT_PARTIAL
    listed = markdown.stdout.split("## Failed articles", 1)[1].split("##", 1)[0]
    assert "too\\_long.txt (model): the article does not fit the model's context window" in listed
    assert "empty.txt (input): the article is empty" in listed
    assert "missing.txt (input)" in listed and "no such file" in listed


def test_a_rerun_with_a_cache_asks_the_model_only_for_the_failed_articles(tmp_path: Path) -> None:
    articles = []
    for name, text in [("good.txt", GOOD_TEXT), ("other.txt", "A quiet day in parliament.\n"), ("flaky.txt", None)]:
        path = tmp_path / name
        path.write_text(text or "Talks between two ministers resumed on Friday.\n", encoding="utf-8")
        articles.append(path)
    failing = True

    def model(seen: Seen) -> tuple[int, dict[str, Any]]:
        if failing and "Talks between two ministers" in seen.user_text():
            return 400, CONTEXT_ERROR  # not transient: fails at once, nothing to wait for
        return fake_model(seen)

    cache = ["--cache-dir", str(tmp_path / "cache")]
    with FakeOpenAI(model) as server:
        first = run_cli("extract", articles, server, "--json-dir", str(tmp_path / "out1"), *cache)
        assert first.exit_code == cli.EXIT_PARTIAL, first.output
        assert "flaky.txt: the article does not fit the model's context window" in flat(first.stderr)
        first_calls = len(server.seen)

        failing = False
        second = run_cli("extract", articles, server, "--json-dir", str(tmp_path / "out2"), *cache)
        retried = server.seen[first_calls:]

    assert second.exit_code == cli.EXIT_OK, second.output
    assert retried and all("Talks between two ministers" in s.user_text() for s in retried)
    assert "3 summarized (2 from cache), 0 failed" in flat(second.stderr)
    kept = json.loads((tmp_path / "out2" / "good.txt.json").read_text(encoding="utf-8"))
    assert kept["usage"]["cached"] is True and [p["name"] for p in kept["participants"]] == [
        "Ana Lindqvist",
        "Tomas Okafor",
    ]


# --------------------------------------------------------------------------------------
# Untrusted names in messages
# --------------------------------------------------------------------------------------


def test_a_file_name_with_brackets_is_named_as_it_is(tmp_path: Path, server: FakeOpenAI) -> None:
    path = tmp_path / "[draft] summit.txt"
    path.write_bytes(b"")
    result = run_cli("extract", [path], server)
    assert result.exit_code == cli.EXIT_ALL_FAILED, result.exception
    assert "[draft] summit.txt: the article is empty" in flat(result.stderr)


def test_a_server_message_with_brackets_is_shown_as_it_is(tmp_path: Path) -> None:
    article = tmp_path / "good.txt"
    article.write_text(GOOD_TEXT, encoding="utf-8")
    message = "Invalid prompt: unexpected token [/INST] at position 12"
    with FakeOpenAI(lambda _seen: (400, {"error": {"message": message}})) as server:
        result = run_cli("extract", [article], server)
    assert result.exit_code == cli.EXIT_ALL_FAILED, result.exception
    assert f"rejected the request (HTTP 400): {message}" in flat(result.stderr)


# --------------------------------------------------------------------------------------
# Off-topic and non-English articles
# --------------------------------------------------------------------------------------


def _recorded(path: Path) -> bool:
    """True when tests/recordings holds a request containing the article's first sentence
    (the prompt shows the article as numbered sentences)."""
    if not path.is_file():
        return False
    needle = split_sentences(load_article(path).text)[0].text
    for rec_path in sorted(RECORDINGS.rglob("*.json")):
        try:
            messages = json.loads(rec_path.read_text(encoding="utf-8"))["request"]["body"]["messages"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if any(needle in str(m.get("content") or "") for m in messages):
            return True
    return False


def _replay(command: str, path: Path, *extra: str) -> Result:
    args = [command, str(path), *extra, "--backend", "replay", "--recordings", str(RECORDINGS)]
    return CliRunner().invoke(cli.main, args)


_NOT_RECORDED = "not in tests/recordings yet: record it with the real model (README, 'Recordings')"


@pytest.mark.skipif(not _recorded(OFFTOPIC), reason=f"{OFFTOPIC.name} {_NOT_RECORDED}")
def test_an_offtopic_article_is_no_summit_and_never_an_invented_one(tmp_path: Path) -> None:
    result = _replay("extract", OFFTOPIC)
    assert result.exit_code == cli.EXIT_OK, result.output
    summary = json.loads(result.stdout)
    assert summary["summit_found"] is False
    assert summary["participants"] == [] and summary["agenda_items"] == []
    assert summary["location"] is None and summary["date"] is None

    out = tmp_path / "brief.json"
    result = _replay("brief", OFFTOPIC, "-o", str(out))
    assert result.exit_code == cli.EXIT_OK, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert brief["events"] == []
    assert [n["article_id"] for n in brief["no_summit"]] == [OFFTOPIC.name]


@pytest.mark.skipif(not _recorded(NON_ENGLISH), reason=f"{NON_ENGLISH.name} {_NOT_RECORDED}")
def test_a_non_english_article_keeps_only_quotes_found_in_its_text() -> None:
    result = _replay("extract", NON_ENGLISH)
    assert result.exit_code == cli.EXIT_OK, result.output
    summary = json.loads(result.stdout)
    original = NON_ENGLISH.read_text(encoding="utf-8")
    items = [*summary["participants"], *summary["agenda_items"], summary["location"], summary["date"]]
    for item in filter(None, items):
        assert item["evidence"], item
        for ev in item["evidence"]:
            assert summary["text"][ev["start"] : ev["end"]] == ev["quote"]
            assert " ".join(ev["quote"].split()) in " ".join(original.split())  # French, never a translation
    for p in summary["participants"]:
        assert p["name"].split()[-1] in original


def test_a_summit_invented_for_an_offtopic_article_never_reaches_the_brief(tmp_path: Path) -> None:
    def inventing_model(seen: Seen) -> tuple[int, dict[str, Any]]:
        answers = {
            "DraftWho": HANDMADE_INVENTED_SUMMIT,
            "DraftWhereWhen": HANDMADE_INVENTED_PLACE,
            "DraftAgenda": {"agenda_items": []},
        }
        return 200, handmade_body(json.dumps(answers[seen.schema() or ""]))

    out = tmp_path / "brief.json"
    with FakeOpenAI(inventing_model) as server:
        result = run_cli("brief", [OFFTOPIC], server, "-o", str(out))
    assert result.exit_code == cli.EXIT_OK, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert brief["events"] == []
    assert [n["article_id"] for n in brief["no_summit"]] == [OFFTOPIC.name]


# --------------------------------------------------------------------------------------
# A broken install: the HTML parser cannot load
# --------------------------------------------------------------------------------------


def test_html_parser_that_cannot_load_fails_only_the_html_input(
    tmp_path: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fresh-machine bug: lxml without its HTML cleaner made `import trafilatura` raise,
    and the traceback ended the whole run. Now that page fails alone, with what to do."""
    # None in sys.modules makes `import trafilatura` raise ImportError, as a broken install does.
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    page = tmp_path / "page.html"
    page.write_text((FIXTURES / "summit_page.html").read_text(encoding="utf-8"), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    out = tmp_path / "b.md"

    result = run_cli("brief", [page, empty, missing, good], server, "-o", str(out))

    assert result.exit_code == cli.EXIT_PARTIAL, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    stderr = flat(result.stderr)
    assert "Traceback" not in stderr
    assert f"{page}: the HTML parser cannot load" in stderr and "lxml_html_clean" in stderr
    assert f"{empty}: the article is empty" in stderr
    assert f"{missing}: no such file" in stderr
    assert "1 summarized (0 from cache), 3 failed" in stderr
    brief = out.read_text(encoding="utf-8")
    assert "Ana Lindqvist" in brief and "Tomas Okafor" in brief
    listed = brief.split("## Failed articles", 1)[1]
    for name in ("page.html", "empty.txt", "missing.txt"):
        assert name in listed
