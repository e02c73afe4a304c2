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


def test_a_summit_announced_then_shelved_reads_on_hold_with_its_quote_and_no_outcome_lines() -> None:
    # Invented articles, end to end from the model's answers: a plan with a topic, then a
    # side's word that there are no plans for now. The page says "on hold" with that quote,
    # keeps the plan as what it overtook, and prints no topic as discussed or agreed.
    from test_merge_events import from_answer

    from summarizer.merge.events import merge_summaries
    from summarizer.rendering.brief import render_markdown

    planned = (
        "President Ana Lindqvist of Norvalia will meet Prime Minister Tomas Okafor of Belmaris in Vesta on May 28.\n"
        "The two leaders will discuss fishing rights, both governments announced.\n"
    )
    shelved = (
        "President Ana Lindqvist of Norvalia and Prime Minister Tomas Okafor of Belmaris were to meet in Vesta.\n"
        "On Friday the Norvalian foreign ministry said there are no plans for the leaders to meet in the "
        "immediate future.\n"
    )
    fishing = [{"topic": "fishing rights", "sentence": 2, "said_by": None, "status": "confirmed"}]
    summaries = [from_answer(0, planned, "2031-05-01", fishing), from_answer(1, shelved, "2031-05-20", [])]
    brief = merge_summaries(summaries)
    (event,) = brief.events
    assert event.status is not None and event.status.state == "on hold"
    assert [w.state for w in event.earlier_status] == ["planned"]
    assert all(item.stage in ("expected", "not agreed") for item in event.agenda_items)
    page = render_markdown(brief)
    assert "on hold" in page and "there are no plans for the leaders to meet" in page
    assert "agreed:" not in page and "discussed:" not in page
