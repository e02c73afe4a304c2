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
import unicodedata
from dataclasses import dataclass

from summarizer.core.dates import DATE_WORDS as _DATE_WORDS
from summarizer.core.dates import date_line_value

# --------------------------------------------------------------------------------------
# Line features
# --------------------------------------------------------------------------------------

_CLOSERS = "\"'”’)]»"
_TERMINAL = re.compile(rf"(?<!\.\.)[.!?][{re.escape(_CLOSERS)}]*$")
# A teaser is cut mid-sentence: the ellipsis follows a word or a comma, not a full stop.
_TEASER = re.compile(r"[\w,;:)’'\"”]\s*(?:\.{3}|…)$")
_BULLET = re.compile(r"^(?:[•●▪◦·*‣⁃–—-]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# Words after which a prose line cannot end: the next line must continue it.
_CONTINUES = re.compile(
    r"(?:[,\-–—]|\b(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|as|is|are|was|were|has|have|had|will|would|its|their|his|her))$",
    re.I,
)


def _words(line: str) -> int:
    return len(line.split())


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def _is_teaser(line: str) -> bool:
    return bool(_TEASER.search(line)) and _words(line) <= 40


def _is_sentence(line: str) -> bool:
    """A line of running prose: long enough and ending like a sentence (not a teaser).

    Headlines end in "?" or "!" often enough that a short question is not taken as prose.
    """
    if _is_teaser(line) or not _TERMINAL.search(line):
        return False
    ends_with_stop = line.rstrip(_CLOSERS).endswith(".")
    return _words(line) >= (6 if ends_with_stop else 12)


def _is_link_text(line: str) -> bool:
    """A line that can be a headline in a list of other stories (which may end in "?" or "!")."""
    return (
        not _is_bullet(line)
        and _words(line) <= 20
        and not line.rstrip(_CLOSERS).endswith(".")
        and not (_words(line) > 15 and _TERMINAL.search(line))
    )


def _is_headline_like(line: str, max_words: int = 20) -> bool:
    """Short, no sentence punctuation at the end, not a list item: a heading or a link text."""
    return not _is_bullet(line) and not _is_teaser(line) and _words(line) <= max_words and not _TERMINAL.search(line)


_QUOTES = str.maketrans("’‘“”–—", "''\"\"--")


def _key(line: str) -> str:
    """Comparison key: case, quote marks, dashes and spacing do not make two lines differ."""
    s = unicodedata.normalize("NFKC", line).casefold()
    s = s.translate(_QUOTES)
    return " ".join(re.sub(r"[^\w'\"-]+", " ", s).split())


# --------------------------------------------------------------------------------------
# Furniture patterns (matched case-insensitively against the whole line)
# --------------------------------------------------------------------------------------


def _full(pattern: str) -> re.Pattern[str]:
    # A trailing colon or arrow does not change what a furniture line is.
    return re.compile(rf"^(?:{pattern})\s*[:›»>]?$", re.I)


#: Headings that introduce a list of other stories.
_LIST_HEADING = _full(
    r"related(?: stories| news| posts| articles| content| coverage| reading| topics| links)?"
    r"|(?:the )?latest(?: news| stories| posts| articles| headlines| updates| videos)?"
    r"|more(?: stories| news| articles| headlines| videos| from [\w .&'’-]{1,40}| on this (?:story|topic)| in [\w .&'’-]{1,30})"
    r"|recommended(?: for you| stories| reading| articles)?"
    r"|(?:most )?(?:popular|read|viewed|shared)(?: stories| news| articles| now| today| this week)?"
    r"|trending(?: now| stories| news| topics)?|top (?:stories|news|headlines)"
    r"|you (?:may|might) also (?:like|enjoy|be interested in)|(?:read|see|watch) (?:more|also|next)"
    r"|also read|see also|must read|don'?t miss|editor'?s? picks?|in case you missed it|what to read next"
    r"|further reading|other (?:stories|news)|from around the web|sponsored stories|popular posts"
)

#: Lines that are furniture on their own (dropped, nothing else).
_FURNITURE = _full(
    r"spot_img|spot_imgspot_img|advertisement|advertising|sponsored(?: content)?|ad|ads|promoted"
    r"|home|menu|search|skip to (?:main )?content|sign in|log ?in|register|subscribe(?: now)?|newsletter"
    r"|print|e-?mail|share|share(?: this)?(?: article| story| post| page)?|tweet|whatsapp|telegram|copy link"
    r"|tags?|categor(?:y|ies)|topics?|filed under|date|publication|published|updated|posted|source|author|by"
    r"|photo|image|video|gallery|listen(?: to this article)?|play|close|toggle navigation|back to top|top"
    r"|(?:\d+ )?min(?:ute)?s? read|\d+ ?min(?:ute)?s?|reading time.{0,20}|loading\W*|follow|follow us"
)

_LABEL_LINE = re.compile(
    r"^(?:tags?|categor(?:y|ies)|filed under|topics?|keywords|read more|also read|see also|related|watch|listen"
    r"|more|related (?:story|article|news))\s*:\s*.{0,160}$",
    re.I,
)
_CAPTION = re.compile(
    r"^(?:image|photo|picture|photograph|credit|caption|illustration|file photo|video|graphic|source|featured image)"
    r"(?: (?:credit|source|caption))?\s*:\s*.{0,200}$"
    r"|^(?:image|photo|picture|video) (?:credit|source|caption)\s*,\s*.{0,200}$",
    re.I,
)
_PLACEHOLDER = re.compile(
    r"^(?:\[?(?:image|img|photo|video|embed|ad)\]?|\w+_img|\S+\.(?:jpe?g|png|gif|webp|svg))$", re.I
)
_SHARE = re.compile(r"^(?:share|tweet)(?:\s+(?:this|on|via|with|to)\b[^.!?]{0,50})?$", re.I)
_SOCIAL_NAMES = (
    r"facebook|twitter|x|instagram|linkedin|whatsapp|telegram|youtube|pinterest|reddit|e-?mail|tiktok|threads"
    r"|copy link|print|messenger|flipboard|rss|mastodon|bluesky"
)
_SOCIAL_ONLY = re.compile(rf"^(?:(?:{_SOCIAL_NAMES})[\s|·•/,]*)+$", re.I)
_FOLLOW = re.compile(r"^(?:follow|like|join) us\b.{0,80}$|^connect with us\b.{0,60}$|^find us on\b.{0,60}$", re.I)
_SUBSCRIBE = re.compile(
    r"^(?:subscribe|sign up|join|get|enter your e-?mail|don'?t miss|stay (?:informed|updated|in the loop)|never miss)\b"
    r".{0,160}\b(?:newsletter|inbox|subscribe|subscription|updates|e-?mail|alerts)\b.{0,80}$",
    re.I,
)
_COMMENT_FORM = re.compile(
    r"enter your (?:comment|name|e-?mail)|e-?mail address will not be published|required fields are marked"
    r"|save my name,? e-?mail|notify me of (?:follow-up|new)|incorrect e-?mail address|logged in to post a comment"
    r"|uses akismet|comment moderation|cancel reply|post comment$|submit comment$",
    re.I,
)
_COMMENT_HEADING = _full(
    r"leave a (?:reply|comment)|post a comment|add (?:a )?comment|\d+ (?:comments?|responses?|replies)"
    r"|comments?(?: \(\d+\))?|no comments(?: yet)?|join the (?:conversation|discussion)|reader comments"
    r"|have your say|write a comment"
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,200}$|all rights reserved", re.I)
_COOKIE = re.compile(r"\bwe use cookies\b|\bcookie (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b", re.I)
_READ_TIME = re.compile(
    r"^(?:\d+\s*(?:min(?:ute)?s?)(?: read)?|(?:updated|published|posted) \d+ (?:minutes?|hours?|days?) ago|\d+ (?:hours?|days?) ago)$",
    re.I,
)
# "HomeWorld newsTitle..." (menu items glued together) or "Home > World > Asia".
_CRUMB_GLUED = re.compile(r"^Home(?=[A-Z])")
_CRUMB_SEP = re.compile(r"\s[>›»|/]\s|\s?[›»]\s?")
# "Next post", "« Previous article", "Previous post: <headline>"; not "Next week, ...".
_PREV_NEXT = re.compile(
    r"^(?:[«‹<←]\s*)?(?:previous|next|prev|older|newer)(?:\s+(?:post|article|story|entry|page|item))?"
    r"\s*(?:[»›>→:]\s*(?P<rest>.*))?$",
    re.I,
)
_BYLINE = re.compile(
    # "Published byJane Doe": scrapers glue the link text to the label.
    r"^(?:(?:published|written|posted|reported|edited|compiled|story|words|text)\s*by(?:\b|(?=[A-Z]))|by\b|author\s*:)"
    r"\s*(?P<name>.+)$",
    re.I,
)
_ABOUT_AUTHOR = _full(r"about the (?:author|writer)|about (?:the )?authors?|author bio|the author")


def _is_breadcrumb(line: str) -> bool:
    if _CRUMB_GLUED.match(line):
        return True
    return _words(line) <= 25 and not _TERMINAL.search(line) and len(_CRUMB_SEP.findall(line)) >= 2


def _is_furniture(line: str) -> bool:
    """True for a line that is site furniture wherever it stands."""
    if _FURNITURE.match(line) or _LIST_HEADING.match(line) or _is_breadcrumb(line):
        return True
    if _PLACEHOLDER.match(line) or _SOCIAL_ONLY.match(line) or _READ_TIME.match(line):
        return True
    if date_line_value(line) is not None:
        return True
    short = _words(line) <= 25
    if short and (_LABEL_LINE.match(line) or _CAPTION.match(line) or _SHARE.match(line) or _FOLLOW.match(line)):
        return True
    if _words(line) <= 40 and (_SUBSCRIBE.match(line) or _COMMENT_FORM.search(line) or _COOKIE.search(line)):
        return True
    return short and bool(_COPYRIGHT.search(line))


def _byline_name(line: str) -> str | None:
    """The author's name if ``line`` is a byline ("By Jane Doe", "Published byJane Doe")."""
    m = _BYLINE.match(line)
    if not m or (_TERMINAL.search(line) and not line.endswith(("Jr.", "Sr."))):
        return None
    name = re.split(r"\s*[,|·•–—]\s*|\s+-\s+", m["name"].strip(), maxsplit=1)[0].strip()
    words = name.split()
    # A byline names people: capitalised words, maybe joined by "and" ("By Tuesday the talks..." is not one).
    if not 1 <= len(words) <= 8 or not all(
        w[:1].isupper() for w in words if w.lower() not in ("de", "van", "von", "al", "and", "&")
    ):
        return None
    if date_line_value(name) is not None or any(w.lower().strip(",.") in _DATE_WORDS for w in words):
        return None
    return name


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
        line = _MD_HEADING.sub("", line)
        if not line or not re.search(r"[^\W_]", line):  # "___" and "* * *" are rules, not text
            prev_blank = True
            continue
        if (
            out
            and not prev_blank
            and not _is_bullet(line)
            and not _TERMINAL.search(out[-1])
            and not out[-1].endswith((":", ";", "…", "...", *_CLOSERS))
            and _words(out[-1]) >= 4
            and (line[:1].islower() or _CONTINUES.search(out[-1]))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        prev_blank = False
    return out


def _kept(lines: list[_Line]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.keep]


def _body_bounds(lines: list[_Line]) -> tuple[int, int] | None:
    idx = [i for i in _kept(lines) if _is_sentence(lines[i].text)]
    return (idx[0], idx[-1]) if idx else None


def _starts_block(line: str) -> bool:
    """A line that starts its own block (so a list of headlines above it ends there)."""
    return bool(
        _LIST_HEADING.match(line)
        or _COMMENT_HEADING.match(line)
        or _ABOUT_AUTHOR.match(line)
        or (_PREV_NEXT.match(line) and _words(line) <= 20)
        or _byline_name(line)
    )


def _drop_blocks(lines: list[_Line]) -> None:
    """Rule 3: list headings with their lists, prev/next links, comment sections, bios."""
    seen_sentence = False
    i = 0
    while i < len(lines):
        text = lines[i].text
        if _LIST_HEADING.match(text):
            # Checked before ``keep``: the heading is also plain furniture, but its list must go too.
            i = _drop_list(lines, i, seen_sentence)
            continue
        if not lines[i].keep:
            i += 1
            continue
        if _COMMENT_HEADING.match(text) and seen_sentence:
            # Everything below a comment heading is the comment section, not the story.
            for later in lines[i:]:
                later.keep = False
            return
        after = _drop_prev_next(lines, i) or _drop_author_bio(lines, i) or _drop_byline(lines, i, seen_sentence)
        if after is not None:
            i = after
            continue
        if _is_sentence(text):
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
        or ((_is_link_text(lines[j].text) or _is_teaser(lines[j].text)) and not _starts_block(lines[j].text))
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
    m = _PREV_NEXT.match(text)
    if not m or _words(text) > 20 or _TERMINAL.search(text):
        return None
    lines[i].keep = False
    if not m["rest"]:
        # The link text of the other story is on the next line.
        j = i + 1
        if j < len(lines) and (_is_link_text(lines[j].text) or _is_teaser(lines[j].text)):
            lines[j].keep = False
            i = j
    return i + 1


def _drop_author_bio(lines: list[_Line], i: int) -> int | None:
    """An "About the author" heading and the bio under it."""
    if not _ABOUT_AUTHOR.match(lines[i].text):
        return None
    lines[i].keep = False
    if i + 1 < len(lines) and _words(lines[i + 1].text) <= 120:
        lines[i + 1].keep = False
    return i + 2


def _drop_byline(lines: list[_Line], i: int, seen_sentence: bool) -> int | None:
    """A byline; after the story, also the bio under it. ``None``: go on with this line."""
    name = _byline_name(lines[i].text)
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
    teasers = [k for k, i in enumerate(kept) if _is_teaser(lines[i].text)]
    groups: list[list[int]] = []
    for k in teasers:
        if groups and all(_is_link_text(lines[kept[m]].text) for m in range(groups[-1][-1] + 1, k)):
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        if len(g) < 2:
            continue
        start = g[0] - 1 if g[0] > 0 and _is_link_text(lines[kept[g[0] - 1]].text) else g[0]
        for m in range(start, g[-1] + 1):
            lines[kept[m]].keep = False


def _drop_duplicates(lines: list[_Line]) -> None:
    """Rule 5: a headline-like line printed a second time."""
    seen: set[str] = set()
    for i in _kept(lines):
        key = _key(lines[i].text)
        if key in seen and _is_headline_like(lines[i].text, max_words=30):
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
        if i is not None and _is_headline_like(lines[i].text, max_words=6):
            run.append(i)
            continue
        if len(run) >= 3:
            # Menu items are one or two words; a longer last line is the headline under the menu.
            last_is_title = _words(lines[run[-1]].text) >= 3
            for r in run[:-1] if last_is_title else run:
                lines[r].keep = False
        run = []


def _drop_above_title(lines: list[_Line], head: list[int]) -> None:
    """Teasers above the story, and kickers or section labels above its headline."""
    title = next((i for i in head if _words(lines[i].text) >= 3 and _is_headline_like(lines[i].text, 30)), None)
    for pos, i in enumerate(head):
        text = lines[i].text
        if _is_teaser(text):
            lines[i].keep = False
            if pos > 0 and _is_headline_like(lines[head[pos - 1]].text) and head[pos - 1] != title:
                lines[head[pos - 1]].keep = False
        elif title is not None and i < title and _words(text) <= 2 and _is_headline_like(text):
            lines[i].keep = False  # a kicker or section label above the headline


def _drop_below(lines: list[_Line], last: int) -> None:
    """Headlines, teasers and calls to action below the last body sentence (bullets stay)."""
    for i in _kept(lines):
        if i <= last:
            continue
        text = lines[i].text
        if _is_bullet(text):
            continue
        if _is_headline_like(text, max_words=15) or _is_teaser(text) or (_words(text) <= 5 and text.endswith("!")):
            lines[i].keep = False


def clean_text(text: str) -> str:
    """Return ``text`` without site boilerplate: one paragraph per line, blank lines between.

    See the module docstring for the rules. The result is what ``Article.text`` holds and
    what evidence offsets point into. Cleaning is idempotent: ``clean_text(clean_text(t))
    == clean_text(t)``.
    """
    lines = [_Line(t) for t in _layout(text)]
    for ln in lines:
        if _is_furniture(ln.text):
            ln.keep = False
    _drop_blocks(lines)
    _drop_teaser_groups(lines)
    _drop_duplicates(lines)
    _drop_outside(lines)
    return "\n\n".join(ln.text for ln in lines if ln.keep)


__all__ = ["clean_text"]
