"""extraction/judge.py: what the field checks share (date lines and captions refuse a date). Invented articles."""

from __future__ import annotations


def test_the_article_s_date_line_never_gives_the_summit_date():
    from summarizer.core.schema import DraftDate, Rule
    from summarizer.extraction.judge import Judge, Refusal
    from summarizer.language.reading import read_article

    text = "Leaders meet in Port Lira\n\n2021-07-17 Updated.\n\nThe leaders met in Port Lira on Monday."
    judge = Judge(read_article(text, None))
    refused = judge.evidence_for(DraftDate(value="2021-07-17", sentence=2, status="confirmed"), date=True)
    assert isinstance(refused, Refusal) and refused.code is Rule.date_line and "date line" in refused.reason
    assert isinstance(judge.evidence_for(DraftDate(value="Monday", sentence=3, status="confirmed"), date=True), list)


def test_a_dateline_and_an_earlier_event_s_caption_never_date_the_summit():
    from summarizer.core.schema import DraftDate, Rule
    from summarizer.extraction.judge import Judge, Refusal
    from summarizer.language.reading import is_dateline, read_article

    assert is_dateline("Port Lira (AFP) Oct 29, 2025")
    assert not is_dateline("The leaders met on Oct 29, 2025.")
    # A wire dateline carries no year: the place or the agency, then the day.
    assert is_dateline("PORT LIRA, March 3.") and is_dateline("Calvera News, 3 March")
    assert is_dateline("KELTON (DPA), Sept. 12")
    assert not is_dateline("The leaders met, March 3.") and not is_dateline("Talks resume on March 3.")
    text = (
        "Lindqvist to visit Port Lira\n\n"
        "Lindqvist holds a video call with Okafor on Dec. 30, 2022.\n"
        "(Jan Novak/AFP via Getty Images)\n\n"
        "Lindqvist will visit Port Lira in the coming months, officials said."
    )
    judge = Judge(read_article(text, "2023-02-21"))
    refused = judge.evidence_for(DraftDate(value="Dec. 30, 2022", sentence=2, status="confirmed"), date=True)
    assert isinstance(refused, Refusal) and refused.code is Rule.caption_date
    assert "caption of an earlier event" in refused.reason
