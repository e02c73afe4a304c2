"""merge/timeline.py: a summit's sources in publication order, each with what it added."""

from summarizer.core.schema import (
    AgendaItem,
    ArticleMeta,
    ArticleSummary,
    Evidence,
    Location,
    Status,
    SummitDate,
)
from summarizer.merge.timeline import timeline_of

C, S = Status.confirmed, Status.speculative


def _article(n: int, published: str | None, where: tuple[str, Status], agreed: list[str] = ()):  # type: ignore[assignment]
    quote = f"Source {n} writes about the summit."
    ev = [Evidence(quote=quote, start=0, end=len(quote))]
    return n, ArticleSummary(
        article_id=f"{n}.txt",
        meta=ArticleMeta(published=published),
        text=quote,
        prompt_version="p",
        model="m",
        backend="replay",
        location=Location(value=where[0], status=where[1], evidence=ev),
        date=SummitDate(value="June 12", iso="2031-06-12", status=C, evidence=ev),
        agenda_items=[AgendaItem(topic=t, status=C, stage="agreed", evidence=ev) for t in agreed],
    )


def test_each_source_says_what_it_added_in_publication_order():
    timeline = timeline_of(
        [
            _article(1, "2031-06-13", ("Port Lira", C), ["fisheries pact"]),
            _article(2, "2031-05-01", ("Port Lira", S)),
            _article(3, None, ("Port Lira", S)),
            _article(4, "2031-05-20", ("Port Lira", C)),
        ]
    )
    assert [t.source for t in timeline] == [2, 4, 1, 3]  # undated last
    assert timeline[0].added == ["venue floated: Port Lira", "date set: June 12"]
    assert timeline[1].added == ["venue confirmed: Port Lira"]
    assert timeline[2].added == ["agreed: fisheries pact"]
    assert timeline[3].added == []  # floated after it was confirmed: nothing new
