"""ingest/load.py: every input kind, ids, errors in place, and the same story giving the same text in every
format; where the publication date comes from. (URLs: test_ingest_url.py.)
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from test_language_dates import PUB
from test_language_dates import STORY as KIM_STORY

from summarizer.core.article import Article
from summarizer.core.errors import ArticleError, ConfigError
from summarizer.ingest.load import iter_articles, load_article
from summarizer.language.dates import resolve_date

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
# Through the loader: the publication date comes from the article, never from a guess
# --------------------------------------------------------------------------------------


def test_front_matter_date_resolves_on_wednesday(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(f"---\ntitle: Kim and Putin to meet\npublished: {PUB}\n---\n{KIM_STORY}", encoding="utf-8")
    art = load_article(f)
    assert art.meta.published == PUB
    assert resolve_date("on Wednesday", art.meta.published) == "2023-09-13"


def test_without_publication_date_it_stays_none(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(KIM_STORY, encoding="utf-8")
    art = load_article(f)
    assert art.meta.published is None
    assert resolve_date("on Wednesday", art.meta.published) is None


def test_date_header_line_gives_the_date_and_leaves_the_text(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(f"Tuesday, September 12, 2023\nKim and Putin to meet\n\n{KIM_STORY}", encoding="utf-8")
    art = load_article(f)
    assert art.meta.published == PUB
    assert "2023" not in art.text
    assert resolve_date("Wednesday afternoon", art.meta.published) == "2023-09-13"


def test_metadata_beats_header_and_argument(tmp_path: Path) -> None:
    f = tmp_path / "kim.md"
    f.write_text(f"---\npublished: 2023-09-10\n---\nPublished: 11 September 2023\n\n{KIM_STORY}", encoding="utf-8")
    assert load_article(f, published="2023-01-01").meta.published == "2023-09-10"


def test_header_beats_argument_and_argument_fills_in_when_none(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text(f"Published: 11 September 2023\n\n{KIM_STORY}", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(KIM_STORY, encoding="utf-8")
    a, b = iter_articles([dated, undated], published=PUB)
    assert a.meta.published == "2023-09-11"  # type: ignore[union-attr]
    assert b.meta.published == PUB  # type: ignore[union-attr]


def test_front_matter_date_in_other_formats_is_normalised(tmp_path: Path) -> None:
    f = tmp_path / "kim.md"
    f.write_text(f'---\npublished: "12 September 2023"\n---\n{KIM_STORY}', encoding="utf-8")
    assert load_article(f).meta.published == PUB
    f.write_text(f'---\npublished: "2023-09-12T08:15:00+00:00"\n---\n{KIM_STORY}', encoding="utf-8")
    assert load_article(f).meta.published == PUB
    f.write_text(f'---\npublished: "soon"\n---\n{KIM_STORY}', encoding="utf-8")
    assert load_article(f).meta.published is None


@pytest.mark.parametrize("bad", ["12/09/2023", "2023-13-01", "yesterday"])
def test_malformed_published_argument_is_a_usage_error(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(KIM_STORY, encoding="utf-8")
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        iter_articles([f], published=bad)
