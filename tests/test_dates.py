"""Date rules: resolving the article's words against the publication date, and finding that date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summarizer.core.errors import ConfigError
from summarizer.ingest.load import iter_articles, load_article
from summarizer.language.dates import parse_full_date, resolve_date
from summarizer.language.published import date_line_value, find_published

PUB = "2023-09-12"  # a Tuesday

STORY = "Kim Jong Un and Vladimir Putin will meet on Wednesday at the Vostochny space centre, the Kremlin said.\n"


# --------------------------------------------------------------------------------------
# Through the loader: the publication date comes from the article, never from a guess
# --------------------------------------------------------------------------------------


def test_front_matter_date_resolves_on_wednesday(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(f"---\ntitle: Kim and Putin to meet\npublished: {PUB}\n---\n{STORY}", encoding="utf-8")
    art = load_article(f)
    assert art.meta.published == PUB
    assert resolve_date("on Wednesday", art.meta.published) == "2023-09-13"


def test_without_publication_date_it_stays_none(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(STORY, encoding="utf-8")
    art = load_article(f)
    assert art.meta.published is None
    assert resolve_date("on Wednesday", art.meta.published) is None


def test_date_header_line_gives_the_date_and_leaves_the_text(tmp_path: Path) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(f"Tuesday, September 12, 2023\nKim and Putin to meet\n\n{STORY}", encoding="utf-8")
    art = load_article(f)
    assert art.meta.published == PUB
    assert "2023" not in art.text
    assert resolve_date("Wednesday afternoon", art.meta.published) == "2023-09-13"


def test_metadata_beats_header_and_argument(tmp_path: Path) -> None:
    f = tmp_path / "kim.md"
    f.write_text(f"---\npublished: 2023-09-10\n---\nPublished: 11 September 2023\n\n{STORY}", encoding="utf-8")
    assert load_article(f, published="2023-01-01").meta.published == "2023-09-10"


def test_header_beats_argument_and_argument_fills_in_when_none(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text(f"Published: 11 September 2023\n\n{STORY}", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(STORY, encoding="utf-8")
    a, b = iter_articles([dated, undated], published=PUB)
    assert a.meta.published == "2023-09-11"  # type: ignore[union-attr]
    assert b.meta.published == PUB  # type: ignore[union-attr]


def test_front_matter_date_in_other_formats_is_normalised(tmp_path: Path) -> None:
    f = tmp_path / "kim.md"
    f.write_text(f'---\npublished: "12 September 2023"\n---\n{STORY}', encoding="utf-8")
    assert load_article(f).meta.published == PUB
    f.write_text(f'---\npublished: "2023-09-12T08:15:00+00:00"\n---\n{STORY}', encoding="utf-8")
    assert load_article(f).meta.published == PUB
    f.write_text(f'---\npublished: "soon"\n---\n{STORY}', encoding="utf-8")
    assert load_article(f).meta.published is None


@pytest.mark.parametrize("bad", ["12/09/2023", "2023-13-01", "yesterday"])
def test_malformed_published_argument_is_a_usage_error(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "kim.txt"
    f.write_text(STORY, encoding="utf-8")
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        iter_articles([f], published=bad)


# --------------------------------------------------------------------------------------
# resolve_date rules
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Tuesday", "2023-09-12"),  # the publication day itself
        ("Wednesday afternoon", "2023-09-13"),
        ("on Friday", "2023-09-15"),  # 3 days ahead is nearer than 4 back
        ("on Saturday", "2023-09-09"),  # 3 days back is nearer than 4 ahead
        ("on Monday", "2023-09-11"),
        ("next Tuesday", "2023-09-19"),
        ("next Wednesday", "2023-09-13"),
        ("coming Saturday", "2023-09-16"),
        ("last Tuesday", "2023-09-05"),
        ("last Friday", "2023-09-08"),
    ],
)
def test_weekdays(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, PUB) == expected


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("June 18", "2024-06-14", "2024-06-18"),
        ("18 June", "2024-06-14", "2024-06-18"),
        ("on Sept. 13", PUB, "2023-09-13"),
        ("January 3", "2023-12-28", "2024-01-03"),  # the coming January
        ("December 28", "2024-01-03", "2023-12-28"),  # the December just gone
        ("February 30", PUB, None),
    ],
)
def test_month_day_without_year(phrase: str, published: str, expected: str | None) -> None:
    assert resolve_date(phrase, published) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("this week", "2023-09-11/2023-09-17"),
        ("next week", "2023-09-18/2023-09-24"),
        ("last week", "2023-09-04/2023-09-10"),
        ("this month", "2023-09-01/2023-09-30"),
        ("later this month", "2023-09-01/2023-09-30"),
        ("next month", "2023-10-01/2023-10-31"),
        ("last month", "2023-08-01/2023-08-31"),
        ("next year", "2024-01-01/2024-12-31"),
        ("today", "2023-09-12"),
        ("tomorrow", "2023-09-13"),
        ("yesterday", "2023-09-11"),
        ("in November", "2023-11-01/2023-11-30"),
        ("September 10 to 13", "2023-09-10/2023-09-13"),
        ("10-13 September", "2023-09-10/2023-09-13"),
    ],
)
def test_relative_spans(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, PUB) == expected


def test_next_month_across_the_year_end() -> None:
    assert resolve_date("next month", "2023-12-05") == "2024-01-01/2024-01-31"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("June 18, 2024", "2024-06-18"),
        ("18 June 2024", "2024-06-18"),
        ("2024-06-18", "2024-06-18"),
        ("Sept. 13, 2023", "2023-09-13"),
        ("Wednesday, September 13, 2023", "2023-09-13"),
        ("September 10 to 13, 2023", "2023-09-10/2023-09-13"),
        ("September 2023", "2023-09-01/2023-09-30"),
    ],
)
def test_full_dates_need_no_publication_date(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, None) == expected


@pytest.mark.parametrize(
    "phrase", ["on Wednesday", "June 18", "next week", "this month", "tomorrow", "in September", "at a convenient time"]
)
def test_nothing_is_guessed_without_publication_date(phrase: str) -> None:
    assert resolve_date(phrase, None) is None


def test_may_the_verb_is_not_may_the_month() -> None:
    assert resolve_date("the leaders may meet soon", PUB) is None
    assert resolve_date("in May", PUB) == "2023-05-01/2023-05-31"


def test_parse_full_date_never_fills_in_a_year() -> None:
    assert parse_full_date("met on June 18") is None
    assert parse_full_date("met on June 18, 2024 in Pyongyang") == dt.date(2024, 6, 18)


# --------------------------------------------------------------------------------------
# Publication date in the article's header
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Monday, April 29, 2024", dt.date(2024, 4, 29)),
        ("Published: 12 September 2023", dt.date(2023, 9, 12)),
        ("Published: 12 September 2023 10:32 BST", dt.date(2023, 9, 12)),
        ("Posted on Sept. 12, 2023 at 4:05 p.m. ET", dt.date(2023, 9, 12)),
        ("Updated 2023-09-12T08:15:00Z", dt.date(2023, 9, 12)),
        ("12/09/2023", None),  # day/month order is ambiguous: not taken
        ("September 12", None),  # no year
        ("The summit opened on 12 September 2023.", None),
        ("Date:", None),
    ],
)
def test_date_line_value(line: str, expected: dt.date | None) -> None:
    assert date_line_value(line) == expected


def test_date_header_line_at_the_top() -> None:
    text = (
        "Monday, April 29, 2024\nHomeWorldDiplomacyPutin plans Pyongyang trip\n\nPutin plans Pyongyang trip\n\n" + STORY
    )
    assert find_published(text) == "2024-04-29"


def test_published_label_under_the_headline() -> None:
    text = "Putin plans Pyongyang trip\nBy Jane Doe\nPublished: 12 September 2023\n\n" + STORY
    assert find_published(text) == PUB


def test_dateline_opening_the_story() -> None:
    text = "WASHINGTON, Sept. 12, 2023 (Reuters) - US officials said Kim Jong Un would travel to Russia this week.\n"
    assert find_published(text) == PUB


def test_date_under_the_headline_beats_a_top_bar_date() -> None:
    # Many sites print today's date in a bar above the masthead; the one under the headline is the story's.
    text = "Wednesday, November 8, 2023\nThe Meridian Post\nErdogan and Putin to meet\nSeptember 12, 2023\n\n" + STORY
    assert find_published(text) == PUB


def test_published_beats_updated() -> None:
    text = "Erdogan and Putin to meet\nUpdated: 14 September 2023\nPublished: 12 September 2023\n\n" + STORY
    assert find_published(text) == PUB


def test_dates_in_the_story_are_events_not_publication_dates() -> None:
    text = (
        "Kim and Putin to meet\n\nThe leaders will meet on Wednesday, officials said on Monday.\n\n"
        "September 13, 2023\n\nThe summit was first reported on 4 September 2023 by the New York Times.\n"
    )
    assert find_published(text) is None


def test_values_that_name_no_time_are_not_dates() -> None:
    from summarizer.language.dates import looks_like_date

    for good in ("Wednesday afternoon", "June 18", "next month", "2024-06-18", "after the May 7 inauguration"):
        assert looks_like_date(good), good
    for bad in ("Moscow", "unknown", "not specified", "the Kremlin"):
        assert not looks_like_date(bad), bad


def test_date_in_sentence_takes_the_one_date_a_summit_sentence_gives():
    from summarizer.language.dates import date_in_sentence

    assert date_in_sentence("The forum runs from March 4 to 6 and the leaders may meet there.") == "March 4 to 6"
    assert date_in_sentence("The trip on Friday afternoon was confirmed.") == "Friday afternoon"
    assert date_in_sentence("A meeting could come this month.") == "this month"
    # Past-only phrases date earlier events; two dates are ambiguous; none is none.
    assert date_in_sentence("He visited last year.") is None
    assert date_in_sentence("They may meet on Monday or Tuesday.") is None
    assert date_in_sentence("The leaders will meet.") is None


def test_date_of_meeting_skips_sentences_not_about_the_meeting_or_about_an_earlier_one():
    from summarizer.language.dates import date_of_meeting

    sentences = [
        "Markets fell on Monday.",  # no meeting word
        "During his visit last year on June 3 they signed a pact.",  # an earlier meeting
        "The leaders may meet on Friday.",
        "The summit is set for Sunday.",
    ]
    assert date_of_meeting(sentences) == (2, "Friday")
    assert date_of_meeting(sentences[:2]) is None
    assert date_of_meeting(["They may meet on Monday or Tuesday."]) is None  # two dates: unclear


def test_a_year_the_article_never_gives_is_dropped_from_the_date():
    from summarizer.extraction.when import without_unstated_year

    text = "The leaders of Norvalia and Belmaris will meet on Tuesday, June 18, officials said."
    assert without_unstated_year("Tuesday, June 18, 2024", text) == "Tuesday, June 18"
    assert without_unstated_year("June 18, 2024", "They met on June 18, 2024 in Port Lira.") == "June 18, 2024"
    assert without_unstated_year("2024", text) == "2024"  # nothing left but the year: kept for the checks to refuse


def test_a_number_or_before_alone_is_no_date():
    from summarizer.language.dates import looks_like_date

    assert not looks_like_date("the Group of 20 summit in Geneva")
    assert not looks_like_date("before talks with the Belmarisian president began")
    for value in ("Tuesday", "June 18", "2023", "the 14th", "next week", "this month"):
        assert looks_like_date(value), value


def test_the_article_s_date_line_never_gives_the_summit_date():
    from summarizer.core.schema import DraftDate, Rule
    from summarizer.extraction.judge import Judge, Refusal
    from summarizer.language.reading import read_article

    text = "Leaders meet in Port Lira\n\n2021-07-17 Updated.\n\nThe leaders met in Port Lira on Monday."
    judge = Judge(read_article(text, None))
    refused = judge.evidence_for(DraftDate(value="2021-07-17", sentence=2, status="confirmed"), date=True)
    assert isinstance(refused, Refusal) and refused.code is Rule.date_line and "date line" in refused.reason
    assert isinstance(judge.evidence_for(DraftDate(value="Monday", sentence=3, status="confirmed"), date=True), list)


def test_the_day_of_a_report_is_not_the_meeting_s_and_coming_months_is_a_time():
    from summarizer.language.dates import date_in_sentence

    s = "Lindqvist is preparing to visit Port Lira in the coming months, a newspaper reported Tuesday."
    assert date_in_sentence(s) == "in the coming months"
    assert date_in_sentence("The leaders will meet on Tuesday, officials said Monday.") == "Tuesday"


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


def test_a_trips_destination_is_a_sentence_about_the_meeting():
    from summarizer.language.dates import date_of_meeting

    # Invented: where a leader goes first is their trip, so its date is the meeting's.
    sentences = [
        "Tollan's ministers praised the harbour.",
        "Observers say Lirania could be President Vell's first destination abroad after June 3.",
    ]
    assert date_of_meeting(sentences) == (1, "June 3")


def test_a_kept_date_is_always_in_its_own_evidence():
    # The model pointed at a sentence and wrote a date it does not give ("5 March 2019"
    # against "March 28"): the sentence's own date is kept, never the model's words.
    from summarizer.core.schema import DraftDate
    from summarizer.extraction.judge import Judge
    from summarizer.extraction.when import check_date
    from summarizer.language.reading import read_article

    text = (
        "Okafor to visit Port Lira\n\n"
        "President Okafor will travel to Port Lira on March 28 for talks with Lindqvist, officials said.\n"
        "The two leaders last met in 2017."
    )
    date, rejected = check_date(
        Judge(read_article(text, None)), DraftDate(value="5 March 2019", sentence=2, status="confirmed"), None
    )
    assert date is not None and not rejected
    assert date.value.lower() in date.evidence[0].quote.lower()
    assert date.value == "March 28"


def test_a_wire_dateline_with_its_agency_is_a_date_line():
    from summarizer.language.reading import is_dateline

    assert is_dateline("VELL, June 15. /NORTA/.")
    assert is_dateline("Port Lira, 3 May (BNA)")
    assert not is_dateline("Lindqvist met Okafor on June 15.")


def test_the_day_someone_travels_is_not_the_summit_s_date():
    from summarizer.language.dates import travel_days

    assert travel_days(
        "Okafor left the Belmarisian port of Vell on Friday, having met Lindqvist the previous day."
    ) == ["Friday"]
    assert travel_days("Lindqvist headed Wednesday for Belmaris, where talks could produce a truce.") == ["Wednesday"]
    assert travel_days("Lindqvist and Okafor will meet on Wednesday in Vell.") == []


def test_a_travel_day_gives_way_to_the_meeting_s_own_day_in_its_sentence():
    from summarizer.core.article import Article
    from summarizer.core.schema import DraftSummary, Rule
    from summarizer.extraction.summary import build_summary

    text = (
        "President Ana Lindqvist of Norvalia met Prime Minister Tomas Okafor of Belmaris in Vell.\n"
        "Okafor left Vell on Friday, having held his first summit with Lindqvist the previous day.\n"
        "Lindqvist headed Monday for Belmaris.\n"
    )
    people = [
        {"name": "Ana Lindqvist", "role": "President", "sentence": 1, "status": "confirmed"},
        {"name": "Tomas Okafor", "role": "Prime Minister", "sentence": 1, "status": "confirmed"},
    ]
    first = DraftSummary.model_validate(
        {"participants": people, "date": {"value": "Friday", "sentence": 2, "status": "confirmed"}}
    )
    s = build_summary(Article(id="a.txt", text=text), first, model="m", backend="test")
    assert s.date is not None and s.date.value == "the previous day"
    second = DraftSummary.model_validate(
        {"participants": people, "date": {"value": "Monday", "sentence": 3, "status": "confirmed"}}
    )
    s = build_summary(Article(id="a.txt", text=text), second, model="m", backend="test")
    assert s.date is None and [r.code for r in s.rejected] == [Rule.travel_date]
