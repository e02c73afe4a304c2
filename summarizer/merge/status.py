"""Whether a summit happens, across its articles: the latest word decides, what it overtook stays.

Each article says planned, held, on hold or called off (``extraction.status``). A summit
a source confirms was held is held. Otherwise the source published last decides (``docs/annotation.md``, "Summit status"); among sources of one day,
or with no date, a confirmed word before a speculative one, then the furthest along
(held, then called off, on hold, planned). The source quoted for it is the firmest that
says the same. The others that say something else are kept, oldest first, so that the page
can show what the latest word overtook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from summarizer.core.brief import StatusWord
from summarizer.core.schema import ArticleSummary, Status, SummitState
from summarizer.language.dates import parse_iso_date
from summarizer.merge.fields import source_ref

#: How far along a summit is, for sources of one day: a report that it was held outranks
#: one that it is planned.
_ALONG: dict[SummitState, int] = {"planned": 0, "on hold": 1, "called off": 2, "held": 3}


def status_of(entries: Sequence[tuple[int, ArticleSummary]]) -> tuple[StatusWord | None, list[StatusWord]]:
    """The summit's status from its numbered articles, and the earlier words that differ from it."""
    words = [_word(n, s) for n, s in entries if s.summit_status is not None]
    if not words:
        return None, []
    ordered = sorted(words, key=_when_and_weight)
    # A summit a source confirms was held stays held, whatever an undated or earlier-dated
    # preview says; otherwise the latest word decides.
    held = any(w.state == "held" and w.ref.status == Status.confirmed for w in words)
    state: SummitState = "held" if held else ordered[-1].state
    # The state is the latest word's; the source quoted for it is the firmest that says it.
    shown = max(
        (w for w in ordered if w.state == state), key=lambda w: (w.ref.status == Status.confirmed, *_when_and_weight(w))
    )
    return shown, [w for w in ordered if w.state != state]


def _word(number: int, s: ArticleSummary) -> StatusWord:
    st = s.summit_status
    assert st is not None  # filtered by the caller
    return StatusWord(state=st.state, published=s.meta.published, ref=source_ref(number, s.article_id, st, st.says))


def _when_and_weight(w: StatusWord) -> tuple[dt.date, bool, int, int]:
    published = parse_iso_date(w.published) or dt.date.min
    return published, w.ref.status == Status.confirmed, _ALONG[w.state], -w.ref.source


__all__ = ["status_of"]
