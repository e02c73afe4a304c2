"""How much of the article text in the prompt is site boilerplate, before and after cleaning.

Run: ``python bench/boilerplate.py [--show]`` (``--show`` also lists the dropped lines).

Definition. The *boilerplate share* of a text is the share of its tokens that are not
part of the article body. The body is judged with a hand-made measurement fixture
(``BODY`` below, not a cleaning rule): per seed article, its headline and the first and
last sentence of its story. Body tokens are the tokens of the headline's first
whole-line occurrence plus every token from the start of the first sentence to the end
of the last one; all other tokens are boilerplate. The same fixture is located in the
raw scrape (front matter removed, as the model saw it before cleaning) and in the
cleaned ``Article.text``; "body kept" checks that cleaning lost no body tokens.

Tokens: a simple regex tokenizer, ``\\w+|[^\\w\\s]`` (each word and each punctuation mark
is one token). It is not the model's tokenizer, but both count boilerplate and body
alike, so the share is comparable. Only the article text is counted, not the system
prompt and instructions around it.

Target: at most 5% boilerplate after cleaning.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.ingest.clean import clean_text  # noqa: E402
from summarizer.ingest.text import decode_article_bytes, split_front_matter  # noqa: E402

SEEDS = ROOT / "examples" / "articles"
TARGET = 0.05
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Body:
    """Where the story is: headline (None if the scrape has none), first and last sentence."""

    title: str | None
    first: str  # the start of the first body sentence
    last: str  # the end of the last body sentence


#: Measurement fixture, read off the seed articles by hand.
BODY: dict[str, Body] = {
    "000_7c285f17352345d0.txt": Body(
        "Trump, Biden, and Beyond: Key Agendas in the Putin-Kim Summit",
        "Russian President Vladimir Putin’s warm reception of North Korea’s top diplomat",
        "could have far-reaching implications for regional stability and global power dynamics.",
    ),
    "001_82bccb309aa3b23e.txt": Body(
        "Kim Jong Un’s Summit in Russia Sparks International Interest",
        "North Korean leader Kim Jong Un’s highly anticipated visit to Russia",
        "aware of the potential implications for regional and global dynamics.",
    ),
    "002_9c2222ef2acf77fe.txt": Body(
        None,
        "North Korean supremo, Kim Jong Un, has embarked on a journey to Russia",
        "could bear significant repercussions for the current global conflicts and negotiations.",
    ),
    "003_d1cf6d4120816373.txt": Body(
        "Kim Jong Un’s Potential Meeting with Putin: Implications for Russia, North Korea, and the US",
        "In a diplomatic development that has caught international attention",
        # The outlet's own sign-off line is counted as story, not furniture.
        "as this situation unfolds, impacting global diplomacy and security.",
    ),
    "004_5859987bf54530fd.txt": Body(
        "Kremlin Confirms Putin’s North Korean Visit",
        "Russian President Vladimir Putin’s North Korean trip on Tuesday has been confirmed",
        "significant implications for the ongoing conflict in Ukraine and beyond.",
    ),
}


def tokens(text: str) -> int:
    """Number of regex tokens (words and punctuation marks)."""
    return len(_TOKEN.findall(text))


def body_tokens(text: str, body: Body) -> int:
    """Tokens of ``text`` that belong to the story; raises if the story is not found whole."""
    start = text.find(body.first)
    end = text.rfind(body.last)
    if start < 0 or end < 0 or end < start:
        raise LookupError("first or last body sentence not found")
    n = tokens(text[start : end + len(body.last)])
    if body.title:
        m = re.search(rf"^[ \t]*{re.escape(body.title)}[ \t]*$", text, re.M)
        if m and m.start() < start:
            n += tokens(body.title)
    return n


@dataclass
class Row:
    name: str
    raw_total: int
    raw_body: int
    clean_total: int
    clean_body: int
    lines_dropped: int

    @property
    def before(self) -> float:
        return 1 - self.raw_body / self.raw_total

    @property
    def after(self) -> float:
        return 1 - self.clean_body / self.clean_total

    @property
    def kept(self) -> float:
        return self.clean_body / self.raw_body


def measure(path: Path, body: Body, show: bool = False) -> Row:
    """Tokens and body tokens of one seed article before and after cleaning."""
    _, raw = split_front_matter(decode_article_bytes(path.read_bytes(), path.name))
    cleaned = clean_text(raw)
    kept_lines = set(cleaned.split("\n\n"))
    raw_lines = [" ".join(ln.replace("\u00a0", " ").split()) for ln in raw.splitlines()]
    dropped = [ln for ln in raw_lines if ln and re.search(r"\w", ln) and ln not in kept_lines]
    if show:
        for ln in dropped:
            print(f"    dropped: {ln[:100]}")
    return Row(
        path.name, tokens(raw), body_tokens(raw, body), tokens(cleaned), body_tokens(cleaned, body), len(dropped)
    )


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 if the target is missed or body text was lost."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="list the lines cleaning dropped")
    args = ap.parse_args(argv)

    rows: list[Row] = []
    print(
        f"{'article':<26} {'tokens':>7} {'boiler':>7} {'share':>7}   {'tokens':>7} {'boiler':>7} {'share':>7}"
        f"   {'body kept':>9} {'lines dropped':>13}"
    )
    print(f"{'':<26} {'--- before cleaning ---':>23}   {'--- after cleaning ----':>23}")
    for name, body in BODY.items():
        if args.show:
            print(f"  {name}")
        r = measure(SEEDS / name, body, show=args.show)
        rows.append(r)
        print(
            f"{r.name:<26} {r.raw_total:>7} {r.raw_total - r.raw_body:>7} {r.before:>7.1%}"
            f"   {r.clean_total:>7} {r.clean_total - r.clean_body:>7} {r.after:>7.1%}"
            f"   {r.kept:>9.1%} {r.lines_dropped:>13}"
        )
    raw_total = sum(r.raw_total for r in rows)
    raw_body = sum(r.raw_body for r in rows)
    clean_total = sum(r.clean_total for r in rows)
    clean_body = sum(r.clean_body for r in rows)
    before = 1 - raw_body / raw_total
    after = 1 - clean_body / clean_total
    print(
        f"{'overall':<26} {raw_total:>7} {raw_total - raw_body:>7} {before:>7.1%}"
        f"   {clean_total:>7} {clean_total - clean_body:>7} {after:>7.1%}"
        f"   {clean_body / raw_body:>9.1%} {sum(r.lines_dropped for r in rows):>13}"
    )
    worst = max(r.after for r in rows)
    ok = worst <= TARGET and all(r.clean_body == r.raw_body for r in rows)
    print(
        f"\ntarget: <= {TARGET:.0%} boilerplate after cleaning in every article "
        f"(worst {worst:.1%}), no body token lost: {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
