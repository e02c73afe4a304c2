"""rendering/brief.py on hand-built summaries: no model, no browser."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from summarizer.core.brief import Brief
from summarizer.core.errors import ConfigError
from summarizer.core.schema import (
    AgendaItem,
    ArticleMeta,
    ArticleSummary,
    Evidence,
    Location,
    Participant,
    Status,
    SummitDate,
)
from summarizer.merge.events import merge_summaries
from summarizer.rendering.brief import format_for_path, md_escape, render, render_html, render_json, render_markdown
from summarizer.run import Failure

C, S = Status.confirmed, Status.speculative
SCRIPT = "<script>alert('x')</script>"
IMG = "<img src=x onerror=alert(1)>"


def summary(
    article_id: str,
    where: tuple[str, Status] | None,
    agenda: list[tuple[str, str | None, Status]],
    *,
    people: list[tuple[str, str | None, Status]] | None = None,
    when: tuple[str, str | None, Status] | None = None,
    title: str | None = None,
    url: str | None = None,
) -> ArticleSummary:
    """A summary whose items each quote a sentence of its own synthetic text."""
    sentences: list[str] = []

    def ev(words: str) -> list[Evidence]:
        sentence = f"Reportedly {words}."
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        return [Evidence(quote=sentence, start=start, end=start + len(sentence))]

    people = people if people is not None else [("Kim Jong Un", "leader", C), ("Vladimir Putin", "President", C)]
    kw: dict[str, Any] = {
        "participants": [Participant(name=n, role=r, status=st, evidence=ev(n)) for n, r, st in people],
        "agenda_items": [AgendaItem(topic=t, status=st, evidence=ev(t)) for t, d, st in agenda],
    }
    if where:
        kw["location"] = Location(value=where[0], status=where[1], evidence=ev(where[0]))
    if when:
        kw["date"] = SummitDate(value=when[0], iso=when[1], status=when[2], evidence=ev(when[0]))
    return ArticleSummary(
        article_id=article_id,
        meta=ArticleMeta(title=title or f"Report {article_id}", url=url, path=f"articles/{article_id}"),
        text=" ".join(sentences),
        prompt_version="test",
        model="hand-built",
        backend="test",
        **kw,
    )


@pytest.fixture
def brief() -> Brief:
    return merge_summaries(
        [
            summary("a.txt", ("Vladivostok", S), [("Arms supplies", "artillery shells", S), ("Food aid", None, S)]),
            summary("b.txt", ("Russia's Vostochny Space Centre", C), [("Arms supply", None, C)],
                    when=("Wednesday", "2023-09-13", C)),
            summary("c.txt", ("Pyongyang", C), [("Partnership treaty", "security clauses", C)]),
            summary("d.txt", ("Pyongyang", C), [("Construction workers", None, S)]),
        ],
        [Failure(article_id="broken.txt", error="the article is empty", kind="input")],
    )  # fmt: skip


@pytest.fixture
def hostile() -> Brief:
    """A brief whose every article-derived string carries markup."""
    return merge_summaries(
        [
            summary(
                f"x{SCRIPT}.txt",
                (f"Moscow {IMG}", C),
                [(f"Arms {SCRIPT}", f"details {IMG}", S)],
                people=[(f"Kim {SCRIPT}", f"role {IMG}", C)],
                when=(f"Tuesday {IMG}", None, C),
                title=f"Title {SCRIPT}",
                url=f"https://example.com/?q={IMG}",
            )
        ]
    )


# --------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------


def test_markdown_has_legend_markers_and_sources(brief: Brief) -> None:
    md = render_markdown(brief)
    assert "*Legend:*" in md and "● confirmed" in md and "○ speculative" in md
    assert "~~Vladivostok (Russia)~~" in md  # superseded speculation is struck, not a second venue
    assert "● Russia's Vostochny Space Centre" in md
    assert "## Sources" in md and "1. Report a.txt" in md
    assert "broken.txt" in md and "the article is empty" in md
    assert md.count("## ") == 2 + 2  # two events, failures, sources


def test_every_markdown_item_line_cites_a_source(brief: Brief) -> None:
    md = render_markdown(brief)
    event_part = md.split("## Failed articles")[0].split("*Legend:*")[1]
    item_lines = [
        line
        for line in event_part.splitlines()
        if line.strip().startswith(("- ", "> ", "## "))
        and not line.strip().endswith((":**", "not reported"))  # headings and empty fields carry no claim
    ]
    assert len(item_lines) > 10
    for line in item_lines:
        assert re.search(r"\[\d+[●○]?(, \d+[●○]?)*\]", line), line


def test_markdown_shows_each_sources_flag(brief: Brief) -> None:
    md = render_markdown(brief)
    # The arms supplies are confirmed by b (source 2) and speculative in a (source 1).
    assert re.search(r"● Arms suppl(?:y|ies).*\[1○, 2●\]", md)


def test_markdown_escapes_markup(hostile: Brief) -> None:
    md = render_markdown(hostile)
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;" in md
    assert md_escape("[link](javascript:x) *bold*") == r"\[link\](javascript:x) \*bold\*"


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------


def test_html_has_legend_markers_and_sources(brief: Brief) -> None:
    html = render_html(brief)
    assert html.startswith("<!DOCTYPE html>")
    assert 'class="legend"' in html and "confirmed" in html and "speculative" in html
    assert '<span class="m c" title="confirmed">●</span>' in html
    assert '<span class="m s" title="speculative">○</span>' in html
    assert "<s>Vladivostok (Russia)</s>" in html
    assert '<span class="refs">[1○, 2●]</span>' in html
    assert html.count('<section class="event"') == 2
    assert "@page" in html and "<link" not in html  # self-contained, print CSS inline


def test_every_html_item_cites_a_source(brief: Brief) -> None:
    html = render_html(brief)
    items = re.findall(r'<td class="it">(.*?)</td>', html, re.S)
    items += re.findall(r'<span class="person [^"]*">(.*?)</span>(?: · )?\n', html)
    assert len(items) >= 10
    for item in items:
        assert 'class="refs">[' in item, item


def test_html_escapes_every_article_string(hostile: Brief) -> None:
    html = render_html(hostile)
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "script-src 'none'" in html  # CSP as a second line of defence


def test_template_ships_inside_the_package() -> None:
    template = resources.files("summarizer.rendering") / "templates" / "brief.html.j2"
    assert template.is_file()
    body = template.read_text(encoding="utf-8").split("-#}", 1)[1].replace(" ", "")  # after the header comment
    assert "autoescape" not in body and "|safe" not in body  # no opt-outs from escaping


# --------------------------------------------------------------------------------------
# JSON and formats
# --------------------------------------------------------------------------------------


def test_json_is_the_brief_model(brief: Brief) -> None:
    text = render_json(brief)
    data = json.loads(text)
    assert Brief.model_validate(data) == brief
    assert [s["number"] for s in data["sources"]] == [1, 2, 3, 4]
    assert data["failures"][0]["article_id"] == "broken.txt"
    kim_visit = next(e for e in data["events"] if 2 in e["articles"])
    assert kim_visit["location"]["superseded"][0]["value"] == "Vladivostok"
    assert kim_visit["location"]["value"]["status"] == "confirmed"


@pytest.mark.parametrize(
    ("name", "fmt"), [("b.md", "markdown"), ("B.HTML", "html"), ("x/brief.htm", "html"), ("b.json", "json")]
)
def test_format_from_extension(name: str, fmt: str) -> None:
    assert format_for_path(name) == fmt


def test_unknown_extension_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"\.md, \.html or \.json"):
        format_for_path("brief.pdf")


def test_render_dispatches(brief: Brief) -> None:
    assert render(brief, "markdown").startswith("# Summit brief")
    assert render(brief, "json").lstrip().startswith("{")
    assert "<html" in render(brief, "html")


def test_a_shelved_summit_prints_on_hold_with_the_shelving_quote_and_what_it_overtook():
    from test_extraction_status import LEADERS, _status

    from summarizer.core.brief import Brief, Event, MergedField, SourceRef, StatusWord
    from summarizer.rendering.brief import render

    text = (
        f"{LEADERS} were to meet in Port Lira next month. "
        "On Friday the Lirania foreign ministry said there are no plans for the leaders to meet in the immediate future."
    )
    shelved = _status(text)
    planned = _status(f"{LEADERS} will meet in Port Lira on May 28.")
    assert shelved is not None and planned is not None

    def word(n: int, st, published: str) -> StatusWord:
        ref = SourceRef(source=n, article_id=f"{n}.txt", status=st.status, says=st.says, evidence=st.evidence)
        return StatusWord(state=st.state, published=published, ref=ref)

    event = Event(
        id="e", title="Oskar Vell – Mira Okafor", articles=[1, 2], article_ids=["1.txt", "2.txt"],
        location=MergedField(), date=MergedField(),
        status=word(2, shelved, "2031-05-20"), earlier_status=[word(1, planned, "2031-05-01")],
    )  # fmt: skip
    md = render(Brief(events=[event], sources=[]), "markdown")
    assert "- **Status:** ● on hold [2●]" in md and "there are no plans for the leaders to meet" in md
    assert "before: planned [1●]" in md
    html = render(Brief(events=[event], sources=[]), "html")
    assert "on hold" in html and "there are no plans for the leaders to meet" in html and "before:" in html
