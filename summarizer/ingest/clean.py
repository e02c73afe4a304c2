"""Strip website furniture from scraped article text, line by line.

Scraped news pages arrive as plain text with the site around the story: navigation
crumbs, "Related stories" lists of other headlines with teaser lines ending in "...",
comment and newsletter forms, share/image placeholders, author bios, previous/next
links and "Follow us" lines. That text costs prompt tokens and invites the model to
quote other stories, so :func:`clean_text` removes it before extraction.

**Offsets point into the cleaned text.** The loader stores the output of
:func:`clean_text` in ``Article.text``; the model reads it, evidence offsets are
computed against it, and the summary carries it in its ``text`` field, so
``summary.text[start:end] == quote`` holds. The raw scrape is not kept; pass
``clean=False`` to the loader to work on the text exactly as given.

The rules are general line-level heuristics, not strings copied from particular sites:

1. Layout: lines are stripped, whitespace-only lines (including no-break spaces) count as
   blank, Markdown heading marks are dropped, and hard-wrapped prose lines are re-joined
   (a line that clearly continues the one above: it starts in lower case, or the line
   above ends with a comma, a hyphen or a function word such as "the").
2. Known furniture lines are dropped wherever they are: breadcrumbs ("HomeWorld...",
   "Home > World"), bare date lines and empty labels ("Date:", "Published: 12 May 2024"),
   placeholders ("spot_img", "Advertisement", "Image: ...", "Share this"), social and
   newsletter prompts ("Follow us...", "Subscribe to our newsletter"), comment-form
   prompts, reading times, copyright and cookie notices, tag lists.
3. Blocks: a list heading ("Related stories", "Latest news", "Read more", "You may also
   like"...) goes together with the headline and teaser lines under it (above the story,
   a single headline under it is the article's own title under a kicker, and stays); a previous/next
   link goes with the headline after it; a comment heading ("Leave a reply", "3 comments")
   after the story cuts everything below it; an author byline after the story goes with
   the bio lines that follow it and start with the author's full name.
4. Teasers: two or more lines ending in an ellipsis ("concerns over...") with only short
   headline-like lines between them are a list of other stories and go, with the headline
   before the first one. A lone teaser is dropped only outside the story (rule 6).
5. Duplicates: a headline-like line that repeats an earlier line (the title printed twice)
   is dropped.
6. Outside the story: the story runs from the first to the last *body sentence* (a line of
   six or more words ending in "."; twelve or more if it ends in "?" or "!", as headlines
   do). Above it, runs of three or more short lines without sentence punctuation (menus;
   a last line of three or more words is the headline and stays), one- or two-word
   kickers above the headline and lone teasers go; below it, short lines
   without sentence punctuation (headlines of other stories, section furniture) and short
   exclamations go. Bullet items are always kept.

Body sentences are only dropped as part of a block that is not the story (a bio, the
comment section). Known limits: a section heading directly under a list of other
stories goes with the list; a heading that reads like a byline ("By Rail To Moscow") or
is only a date goes. When a text has no body sentence at all only rule 2 applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.ingest.furniture import (
    ABOUT_AUTHOR,
    CLOSERS,
    COMMENT_HEADING,
    CONTINUES,
    LIST_HEADING,
    MD_HEADING,
    PREV_NEXT,
    TERMINAL,
    byline_name,
    is_bullet,
    is_furniture,
    is_headline_like,
    is_link_text,
    is_sentence,
    is_teaser,
    words,
)
from summarizer.language.text import line_key

# --------------------------------------------------------------------------------------
# The cleaner
# --------------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    keep: bool = True


def _layout(text: str) -> list[str]:
    """Stripped non-blank lines, with hard-wrapped prose re-joined (rule 1)."""
    out: list[str] = []
    prev_blank = True
    for raw in text.splitlines():
        line = " ".join(raw.replace("\u00a0", " ").replace("\u200b", "").split())
        line = MD_HEADING.sub("", line)
        if not line or not re.search(r"[^\W_]", line):  # "___" and "* * *" are rules, not text
            prev_blank = True
            continue
        if (
            out
            and not prev_blank
            and not is_bullet(line)
            and not TERMINAL.search(out[-1])
            and not out[-1].endswith((":", ";", "…", "...", *CLOSERS))
            and words(out[-1]) >= 4
            and (line[:1].islower() or CONTINUES.search(out[-1]))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        prev_blank = False
    return out


def _kept(lines: list[_Line]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.keep]


def _body_bounds(lines: list[_Line]) -> tuple[int, int] | None:
    idx = [i for i in _kept(lines) if is_sentence(lines[i].text)]
    return (idx[0], idx[-1]) if idx else None


def _starts_block(line: str) -> bool:
    """A line that starts its own block (so a list of headlines above it ends there)."""
    return bool(
        LIST_HEADING.match(line)
        or COMMENT_HEADING.match(line)
        or ABOUT_AUTHOR.match(line)
        or (PREV_NEXT.match(line) and words(line) <= 20)
        or byline_name(line)
    )


def _drop_blocks(lines: list[_Line]) -> None:
    """Rule 3: list headings with their lists, prev/next links, comment sections, bios."""
    seen_sentence = False
    i = 0
    while i < len(lines):
        text = lines[i].text
        if LIST_HEADING.match(text):
            # Checked before ``keep``: the heading is also plain furniture, but its list must go too.
            i = _drop_list(lines, i, seen_sentence)
            continue
        if not lines[i].keep:
            i += 1
            continue
        if COMMENT_HEADING.match(text) and seen_sentence:
            # Everything below a comment heading is the comment section, not the story.
            for later in lines[i:]:
                later.keep = False
            return
        after = _drop_prev_next(lines, i) or _drop_author_bio(lines, i) or _drop_byline(lines, i, seen_sentence)
        if after is not None:
            i = after
            continue
        if is_sentence(text):
            seen_sentence = True
        i += 1


def _drop_list(lines: list[_Line], i: int, seen_sentence: bool) -> int:
    """A list heading and the headlines under it; the index after them."""
    n = len(lines)
    lines[i].keep = False
    j = i + 1
    taken: list[int] = []
    while j < n and (
        not lines[j].keep
        or ((is_link_text(lines[j].text) or is_teaser(lines[j].text)) and not _starts_block(lines[j].text))
    ):
        if lines[j].keep:
            taken.append(j)
        lines[j].keep = False
        j += 1
    if len(taken) == 1 and not seen_sentence:
        # "Latest" or "Trending" above a single headline and then the story is a
        # kicker over the article's own title, not a list of other stories.
        lines[taken[0]].keep = True
    return j


def _drop_prev_next(lines: list[_Line], i: int) -> int | None:
    """A "Previous"/"Next" link (and the other story's title on the next line)."""
    text = lines[i].text
    m = PREV_NEXT.match(text)
    if not m or words(text) > 20 or TERMINAL.search(text):
        return None
    lines[i].keep = False
    if not m["rest"]:
        # The link text of the other story is on the next line.
        j = i + 1
        if j < len(lines) and (is_link_text(lines[j].text) or is_teaser(lines[j].text)):
            lines[j].keep = False
            i = j
    return i + 1


def _drop_author_bio(lines: list[_Line], i: int) -> int | None:
    """An "About the author" heading and the bio under it."""
    if not ABOUT_AUTHOR.match(lines[i].text):
        return None
    lines[i].keep = False
    if i + 1 < len(lines) and words(lines[i + 1].text) <= 120:
        lines[i + 1].keep = False
    return i + 2


def _drop_byline(lines: list[_Line], i: int, seen_sentence: bool) -> int | None:
    """A byline; after the story, also the bio under it. ``None``: go on with this line."""
    name = byline_name(lines[i].text)
    if name is None:
        return None
    lines[i].keep = False
    if not seen_sentence:
        return None
    # A byline after the story is followed by the author's bio, which opens with the full
    # name (a first or last name alone could open a story sentence).
    starts = (f"{name} ", "He ", "She ", "They ")
    j = i + 1
    while j < len(lines) and j <= i + 3 and lines[j].text.startswith(starts):
        lines[j].keep = False
        j += 1
    return j


def _drop_teaser_groups(lines: list[_Line]) -> None:
    """Rule 4: two or more teasers with only headlines between them are a list of other stories."""
    kept = _kept(lines)
    teasers = [k for k, i in enumerate(kept) if is_teaser(lines[i].text)]
    groups: list[list[int]] = []
    for k in teasers:
        if groups and all(is_link_text(lines[kept[m]].text) for m in range(groups[-1][-1] + 1, k)):
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        if len(g) < 2:
            continue
        start = g[0] - 1 if g[0] > 0 and is_link_text(lines[kept[g[0] - 1]].text) else g[0]
        for m in range(start, g[-1] + 1):
            lines[kept[m]].keep = False


def _drop_duplicates(lines: list[_Line]) -> None:
    """Rule 5: a headline-like line printed a second time."""
    seen: set[str] = set()
    for i in _kept(lines):
        key = line_key(lines[i].text)
        if key in seen and is_headline_like(lines[i].text, max_words=30):
            lines[i].keep = False
        seen.add(key)


def _drop_outside(lines: list[_Line]) -> None:
    """Rule 6: furniture above the first and below the last body sentence."""
    bounds = _body_bounds(lines)
    if bounds is None:
        return
    first, last = bounds
    head = [i for i in _kept(lines) if i < first]
    _drop_menus(lines, head)
    _drop_above_title(lines, [i for i in head if lines[i].keep])
    _drop_below(lines, last)


def _drop_menus(lines: list[_Line], head: list[int]) -> None:
    """Menus: three or more short lines in a row, none ending like a sentence."""
    run: list[int] = []
    for i in [*head, None]:
        if i is not None and is_headline_like(lines[i].text, max_words=6):
            run.append(i)
            continue
        if len(run) >= 3:
            # Menu items are one or two words; a longer last line is the headline under the menu.
            last_is_title = words(lines[run[-1]].text) >= 3
            for r in run[:-1] if last_is_title else run:
                lines[r].keep = False
        run = []


def _drop_above_title(lines: list[_Line], head: list[int]) -> None:
    """Teasers above the story, and kickers or section labels above its headline."""
    title = next((i for i in head if words(lines[i].text) >= 3 and is_headline_like(lines[i].text, 30)), None)
    for pos, i in enumerate(head):
        text = lines[i].text
        if is_teaser(text):
            lines[i].keep = False
            if pos > 0 and is_headline_like(lines[head[pos - 1]].text) and head[pos - 1] != title:
                lines[head[pos - 1]].keep = False
        elif title is not None and i < title and words(text) <= 2 and is_headline_like(text):
            lines[i].keep = False  # a kicker or section label above the headline


def _drop_below(lines: list[_Line], last: int) -> None:
    """Headlines, teasers and calls to action below the last body sentence (bullets stay)."""
    for i in _kept(lines):
        if i <= last:
            continue
        text = lines[i].text
        if is_bullet(text):
            continue
        if is_headline_like(text, max_words=15) or is_teaser(text) or (words(text) <= 5 and text.endswith("!")):
            lines[i].keep = False


def clean_text(text: str) -> str:
    """Return ``text`` without site boilerplate: one paragraph per line, blank lines between.

    See the module docstring for the rules. The result is what ``Article.text`` holds and
    what evidence offsets point into. Cleaning is idempotent: ``clean_text(clean_text(t))
    == clean_text(t)``.
    """
    lines = [_Line(t) for t in _layout(text)]
    for ln in lines:
        if is_furniture(ln.text):
            ln.keep = False
    _drop_blocks(lines)
    _drop_teaser_groups(lines)
    _drop_duplicates(lines)
    _drop_outside(lines)
    return "\n\n".join(ln.text for ln in lines if ln.keep)


__all__ = ["clean_text"]
