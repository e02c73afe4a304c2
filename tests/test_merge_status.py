"""merge/status.py: the latest word on whether a summit happens decides; what it overtook stays."""

from summarizer.core.schema import ArticleMeta, ArticleSummary, Evidence, Status, SummitState, SummitStatus
from summarizer.merge.status import status_of


def _article(n: int, state: SummitState, published: str | None, status: Status = Status.confirmed):
    quote = f"Source {n} says the summit is {state}."
    return n, ArticleSummary(
        article_id=f"{n}.txt",
        meta=ArticleMeta(published=published),
        text=quote,
        prompt_version="p",
        model="m",
        backend="replay",
        summit_status=SummitStatus(
            state=state, says=state, status=status, evidence=[Evidence(quote=quote, start=0, end=len(quote))]
        ),
    )


def test_the_latest_dated_word_decides_and_the_earlier_ones_stay_visible():
    status, earlier = status_of(
        [
            _article(1, "planned", "2031-05-01"),
            _article(2, "on hold", "2031-05-20"),
            _article(3, "planned", "2031-05-10"),
        ]
    )
    assert status is not None and status.state == "on hold" and status.ref.source == 2
    assert [(w.state, w.ref.source) for w in earlier] == [("planned", 1), ("planned", 3)]


def test_a_summit_a_source_confirms_was_held_stays_held():
    status, earlier = status_of([_article(1, "held", None), _article(2, "planned", "2031-05-10")])
    assert status is not None and status.state == "held" and [w.state for w in earlier] == ["planned"]
    # A held summit only rumoured does not overrule a later confirmed word.
    status, _ = status_of(
        [_article(1, "held", "2031-05-01", Status.speculative), _article(2, "called off", "2031-05-02")]
    )
    assert status is not None and status.state == "called off"


def test_the_quote_shown_is_the_firmest_source_of_that_state():
    status, _ = status_of(
        [_article(1, "planned", "2031-05-01"), _article(2, "planned", "2031-05-09", Status.speculative)]
    )
    assert status is not None and status.ref.source == 1 and status.ref.status is Status.confirmed
    assert status_of([]) == (None, [])
