"""Render a :class:`~summarizer.core.brief.Brief` as Markdown, one-page HTML or JSON.

Every rendered item shows its merged flag (● confirmed, ○ speculative) and ends with
its numbered sources, each with that source's own flag (``[2●, 4○]``). Article text is
untrusted: HTML goes through Jinja2 with ``autoescape=True`` (and a Content Security
Policy that forbids scripts, as a second line of defence); Markdown escapes HTML and
Markdown syntax characters.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from jinja2 import Environment, PackageLoader, StrictUndefined

from summarizer.core.brief import Brief, Claim, Event, MergedField, SourceRef
from summarizer.core.errors import ConfigError
from summarizer.core.schema import Status

Format = Literal["markdown", "html", "json"]

_EXTENSIONS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}

CONFIRMED_MARK = "●"
SPECULATIVE_MARK = "○"
DISPUTED_MARK = "⚠"

#: (marker, meaning) pairs shown at the top of every rendering.
LEGEND: list[tuple[str, str]] = [
    (CONFIRMED_MARK, "confirmed"),
    (SPECULATIVE_MARK, "speculative"),
    ("struck", "superseded speculation"),
    (DISPUTED_MARK, "confirmed sources disagree"),
    ("[n]", "source number, with that source's own flag"),
]

QUOTE_CHARS = 160


def format_for_path(path: str | Path) -> Format:
    """The output format an output file name asks for (``.md``, ``.html``, ``.json``)."""
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise ConfigError(f"{path}: unknown brief format {suffix or '(no extension)'!r}; use .md, .html or .json.")
    return _EXTENSIONS[suffix]


def mark(status: Status | str) -> str:
    """The at-a-glance marker of a flag."""
    return CONFIRMED_MARK if status == Status.confirmed else SPECULATIVE_MARK


def ref_list(sources: list[SourceRef]) -> list[tuple[int, str]]:
    """(source number, marker) per supporting article, one entry per article, ascending."""
    seen: dict[int, str] = {}
    for r in sorted(sources, key=lambda r: r.source):
        # An article is counted at its strongest flag if it backs an item twice.
        if seen.get(r.source) != CONFIRMED_MARK:
            seen[r.source] = mark(r.status)
    return list(seen.items())


def first_quote(sources: list[SourceRef]) -> tuple[str, int] | None:
    """The first evidence quote, preferring a confirming source, shortened for display."""
    ordered = sorted(sources, key=lambda r: (r.status != Status.confirmed, r.source))
    for r in ordered:
        for ev in r.evidence:
            q = " ".join(ev.quote.split())
            if len(q) > QUOTE_CHARS:
                q = q[: QUOTE_CHARS - 1].rstrip() + "…"
            return q, r.source
    return None


def _field_lines(f: MergedField) -> list[tuple[str, Claim]]:
    out: list[tuple[str, Claim]] = []
    if f.value:
        out.append(("value", f.value))
    out += [("disputed", c) for c in f.disputed]
    out += [("possible", c) for c in f.alternatives]
    out += [("superseded", c) for c in f.superseded]
    return out


def _claim_text(c: Claim) -> str:
    extra = [x for x in (c.iso, c.country) if x and x.lower() not in c.value.lower()]
    return c.value + (f" ({', '.join(extra)})" if extra else "")


# --------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!])")


def md_escape(text: str | None) -> str:
    """Plain text safe inside Markdown: no HTML, no emphasis, links or tables from article text."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_refs(sources: list[SourceRef]) -> str:
    return "[" + ", ".join(f"{n}{m}" for n, m in ref_list(sources)) + "]"


def _md_quote(sources: list[SourceRef], indent: str) -> list[str]:
    q = first_quote(sources)
    return [f"{indent}> “{md_escape(q[0])}” [{q[1]}]"] if q else []


def _md_field(label: str, f: MergedField) -> list[str]:
    lines = _field_lines(f)
    if not lines:
        return [f"- **{label}:** not reported"]
    out: list[str] = []
    head = f"- **{label}:**"
    if lines[0][0] == "value":
        c = lines[0][1]
        out.append(f"{head} {mark(c.status)} {md_escape(_claim_text(c))} {_md_refs(c.sources)}")
        out += _md_quote(c.sources, "  ")
        lines = lines[1:]
    else:
        out.append(f"{head} no single answer")
    for kind, c in lines:
        text = md_escape(_claim_text(c))
        note = f" — {md_escape(c.note)}" if c.note else ""
        if kind == "superseded":
            out.append(f"  - superseded: {mark(c.status)} ~~{text}~~ {_md_refs(c.sources)}{note}")
        elif kind == "disputed":
            out.append(f"  - {DISPUTED_MARK} disputed: {mark(c.status)} {text} {_md_refs(c.sources)}")
        else:
            out.append(f"  - possibly: {mark(c.status)} {text} {_md_refs(c.sources)}{note}")
    return out


def _md_event(i: int, e: Event) -> list[str]:
    refs = ", ".join(str(n) for n in e.articles)
    out = [f"## {i}. {md_escape(e.title)} [{refs}]", ""]
    out += _md_field("Where", e.location)
    out += _md_field("When", e.date)
    if e.participants:
        out.append("- **Who:**")
        for p in e.participants:
            role = f" — {md_escape('; '.join(p.roles))}" if p.roles else ""
            aka = f" (also: {md_escape(', '.join(p.aliases))})" if p.aliases else ""
            out.append(f"  - {mark(p.status)} {md_escape(p.name)}{role}{aka} {_md_refs(p.sources)}")
    else:
        out.append("- **Who:** not reported")
    if e.agenda_items:
        out.append("- **Agenda:**")
        for a in e.agenda_items:
            out.append(f"  - {mark(a.status)} {md_escape(a.topic)} {_md_refs(a.sources)}")
            out += _md_quote(a.sources, "    ")
    else:
        out.append("- **Agenda:** not reported")
    for d in e.disagreements:
        claims = "; ".join(f"{md_escape(_claim_text(c))} {_md_refs(c.sources)}" for c in d.claims)
        out.append(f"- {DISPUTED_MARK} **Disagreement on {d.field}:** {claims}")
    out.append("")
    return out


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown (GitHub-flavoured; safe to paste anywhere)."""
    legend = " · ".join("~~struck~~ " + meaning if m == "struck" else f"{m} {meaning}" for m, meaning in LEGEND)
    out = ["# Summit brief", "", f"*Legend:* {legend}", ""]
    if not brief.events:
        out += ["No summit found in the articles.", ""]
    for i, e in enumerate(brief.events, 1):
        out += _md_event(i, e)
    if brief.no_summit:
        out.append("## No summit found")
        out += [f"- {md_escape(n.title or n.article_id)} [{n.source}]" for n in brief.no_summit]
        out.append("")
    if brief.failures:
        out.append("## Failed articles")
        out += [f"- {md_escape(f.article_id)} ({f.kind}): {md_escape(f.error)}" for f in brief.failures]
        out.append("")
    out.append("## Sources")
    for s in brief.sources:
        bits = [md_escape(s.title or s.article_id)]
        bits += [md_escape(x) for x in (s.outlet, s.published, s.url) if x]
        if s.file or s.title:
            bits.append(md_escape(s.file or s.article_id))
        out.append(f"{s.number}. " + " · ".join(bits))
    u = brief.usage
    out += [
        "",
        f"*Usage:* {u.calls} model calls · {u.prompt_tokens:,} prompt + {u.completion_tokens:,} completion tokens",
    ]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------


def _environment() -> Environment:
    # autoescape=True for every template: article text must never become markup.
    env = Environment(
        loader=PackageLoader("summarizer.rendering", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        mark=mark,
        ref_list=ref_list,
        first_quote=first_quote,
        field_lines=_field_lines,
        claim_text=_claim_text,
        legend=LEGEND,
        CONFIRMED=CONFIRMED_MARK,
        DISPUTED=DISPUTED_MARK,
    )
    return env


def _density(brief: Brief) -> str:
    """A font-size class so that bigger briefs still print on one page."""
    lines = 6 + len(brief.sources) + len(brief.no_summit) + len(brief.failures)
    for e in brief.events:
        lines += 5 + len(e.agenda_items) + len(e.disagreements)
        lines += len(e.location.claims()) + len(e.date.claims()) + (len(e.participants) + 1) // 2
    if lines <= 60:
        return "normal"
    if lines <= 80:
        return "dense"
    return "tight"


def render_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page that prints on one A4 or Letter sheet."""
    template = _environment().get_template("brief.html.j2")
    return template.render(brief=brief, density=_density(brief))


# --------------------------------------------------------------------------------------
# JSON and dispatch
# --------------------------------------------------------------------------------------


def render_json(brief: Brief) -> str:
    """The brief as JSON (the documented shape of :mod:`summarizer.core.brief`)."""
    return brief.model_dump_json(indent=2) + "\n"


def render(brief: Brief, fmt: Format = "markdown") -> str:
    """Render in ``fmt``: ``"markdown"``, ``"html"`` or ``"json"``."""
    if fmt == "markdown":
        return render_markdown(brief)
    if fmt == "html":
        return render_html(brief)
    if fmt == "json":
        return render_json(brief)
    raise ConfigError(f"unknown brief format {fmt!r}; use markdown, html or json.")


__all__ = [
    "LEGEND",
    "Format",
    "format_for_path",
    "md_escape",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
]
