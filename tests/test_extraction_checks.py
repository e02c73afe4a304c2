"""extraction/checks.py: the checks on one article (date lines and captions). Invented articles."""

from __future__ import annotations


def test_the_article_s_date_line_never_gives_the_summit_date():
    from summarizer.core.article import Article
    from summarizer.core.schema import DraftDate
    from summarizer.extraction.checks import ArticleCheck

    text = "Leaders meet in Port Lira\n\n2021-07-17 Updated.\n\nThe leaders met in Port Lira on Monday."
    check = ArticleCheck(Article(id="a.txt", text=text))
    assert check.evidence_for("date", DraftDate(value="2021-07-17", sentence=2, status="confirmed")) is None
    assert "date line" in check.rejected[0].reason
    assert check.evidence_for("date", DraftDate(value="Monday", sentence=3, status="confirmed"))


def test_a_dateline_and_an_earlier_event_s_caption_never_date_the_summit():
    from summarizer.core.article import Article
    from summarizer.core.schema import ArticleMeta, DraftDate
    from summarizer.extraction.checks import ArticleCheck, is_dateline

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
    check = ArticleCheck(Article(id="a.txt", text=text, meta=ArticleMeta(published="2023-02-21")))
    assert check.evidence_for("date", DraftDate(value="Dec. 30, 2022", sentence=2, status="confirmed")) is None
    assert "caption of an earlier event" in check.rejected[0].reason


def test_a_wire_dateline_with_its_agency_is_a_date_line():
    from summarizer.extraction.checks import is_dateline

    assert is_dateline("VELL, June 15. /NORTA/.")
    assert is_dateline("Port Lira, 3 May (BNA)")
    assert not is_dateline("Lindqvist met Okafor on June 15.")
