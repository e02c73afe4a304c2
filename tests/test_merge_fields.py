"""merge/fields.py: one place and one date per summit from what its articles say."""

from __future__ import annotations

import pytest
from test_merge_events import KIM_PUTIN, C, S, groups_of, summary

from summarizer.core.schema import ArticleSummary, Evidence, Status
from summarizer.language.places import resolve_place
from summarizer.merge.events import merge_summaries
from summarizer.merge.fields import Raw, reconcile


def test_confirmed_venue_supersedes_speculation_in_the_same_country() -> None:
    articles = [
        summary("early", people=KIM_PUTIN, where=("Vladivostok", S), when=("this month", None, S)),
        summary("later", people=KIM_PUTIN, where=("Russia's Vostochny Space Centre", C)),
        summary("country", people=KIM_PUTIN, where=("Russia", C)),
    ]
    brief = merge_summaries(articles)
    assert len(brief.events) == 1
    loc = brief.events[0].location
    assert loc.value is not None
    assert loc.value.value == "Russia's Vostochny Space Centre"
    assert loc.value.status == C
    assert loc.value.country == "Russia"
    # The broader confirmed "Russia" backs the venue; it is not a second venue.
    assert [(r.source, r.says) for r in loc.value.sources] == [(2, "Russia's Vostochny Space Centre"), (3, "Russia")]
    assert [c.value for c in loc.superseded] == ["Vladivostok"]
    assert loc.superseded[0].standing == "superseded"
    assert loc.superseded[0].sources[0].status == S
    assert "Vostochny" in (loc.superseded[0].note or "")
    assert loc.disputed == [] and loc.alternatives == []
    assert brief.events[0].disagreements == []


def test_two_confirmed_venues_are_a_disagreement_not_a_pick() -> None:
    articles = [
        summary("one", people=KIM_PUTIN, where=("Vladivostok", C)),
        summary("two", people=KIM_PUTIN, where=("Vostochny Cosmodrome, Russia", C)),
    ]
    event = merge_summaries(articles).events[0]
    assert event.location.value is None
    assert sorted((c.value, c.refs[0]) for c in event.location.disputed) == [
        ("Vladivostok", 1),
        ("Vostochny Cosmodrome, Russia", 2),
    ]
    assert len(event.disagreements) == 1
    dis = event.disagreements[0]
    assert dis.field == "location"
    assert {c.sources[0].article_id for c in dis.claims} == {"one", "two"}
    assert all(c.standing == "disputed" for c in dis.claims)


def test_two_confirmed_dates_a_day_apart_are_a_disagreement() -> None:
    articles = [
        summary("a", people=KIM_PUTIN, where=("Pyongyang", C), when=("Tuesday", "2024-06-18", C)),
        summary("b", people=KIM_PUTIN, where=("Pyongyang", C), when=("Wednesday", "2024-06-19", C)),
    ]
    brief = merge_summaries(articles)
    assert len(brief.events) == 1
    date = brief.events[0].date
    assert date.value is None
    assert sorted(c.iso for c in date.disputed) == ["2024-06-18", "2024-06-19"]  # type: ignore[type-var]
    assert brief.events[0].disagreements[0].field == "date"


def test_speculative_date_range_backs_the_confirmed_day_inside_it() -> None:
    articles = [
        summary("a", people=KIM_PUTIN, where=("Russia", C), when=("this month", "2023-09-01/2023-09-30", S)),
        summary("b", people=KIM_PUTIN, where=("Russia", C), when=("Wednesday", "2023-09-13", C)),
    ]
    date = merge_summaries(articles).events[0].date
    assert date.value is not None
    assert date.value.iso == "2023-09-13"
    assert [(r.source, r.status) for r in date.value.sources] == [(1, S), (2, C)]
    assert date.superseded == [] and date.disputed == []


def test_same_claim_confirmed_and_speculative_is_confirmed_with_both_flags() -> None:
    articles = [
        summary("spec", people=KIM_PUTIN, where=("Pyongyang", S)),
        summary("conf", people=KIM_PUTIN, where=("Pyongyang", C)),
    ]
    value = merge_summaries(articles).events[0].location.value
    assert value is not None
    assert value.status == C
    assert [(r.source, r.status) for r in value.sources] == [(1, S), (2, C)]


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        ("Pyongyang", "North Korea"),  # a city in the confirmed country
        ("Morra estate in Woodside", "Woodside, California"),  # a venue in the confirmed town
    ],
)
def test_speculation_inside_the_confirmed_place_stays_possible_not_superseded(inner: str, outer: str) -> None:
    articles = [
        summary("spec", people=KIM_PUTIN, where=(inner, S)),
        summary("conf", people=KIM_PUTIN, where=(outer, C)),
    ]
    loc = merge_summaries(articles).events[0].location
    assert loc.value is not None and loc.value.value == outer
    assert [c.value for c in loc.alternatives] == [inner]
    assert loc.alternatives[0].standing == "possible"
    assert loc.superseded == []


def test_competing_speculation_is_shown_without_a_pick() -> None:
    articles = [
        summary("a", people=KIM_PUTIN, where=("Vladivostok", S)),
        summary("b", people=KIM_PUTIN, where=("Moscow", S)),
        summary("c", people=KIM_PUTIN, where=("Russia", C)),
    ]
    brief = merge_summaries(articles)
    assert groups_of(brief) == [["a", "b", "c"]]
    loc = brief.events[0].location
    # Russia is confirmed; neither city is, and neither contradicts the other's country.
    assert loc.value is not None and loc.value.value == "Russia"
    assert sorted(c.value for c in loc.alternatives) == ["Moscow", "Vladivostok"]
    assert all(c.standing == "possible" and c.status == S for c in loc.alternatives)
    assert brief.events[0].disagreements == []
    # With speculation only, no venue is picked at all.
    only_spec = merge_summaries(articles[:2]).events[0].location
    assert only_spec.value is None and only_spec.disputed == [] and only_spec.superseded == []
    assert [c.value for c in only_spec.alternatives] == ["Vladivostok", "Moscow"]


def _quoted(s: ArticleSummary, quote: str) -> ArticleSummary:
    """``s`` with its venue's quote replaced by ``quote`` (merging reads quotes, not offsets)."""
    assert s.location is not None
    s.location.evidence = [Evidence(quote=quote, start=0, end=len(quote))]
    return s


def _sited(*claims: tuple[str, Status, str | None]) -> list[ArticleSummary]:
    """One summary of the same pair per (place, flag, publication date), numbered a1, a2, …"""
    return [
        summary(f"a{i}", people=KIM_PUTIN, where=(place, status), published=day)
        for i, (place, status, day) in enumerate(claims, 1)
    ]


def test_a_venue_named_inside_a_town_another_source_names_is_one_place() -> None:
    articles = _sited(("Korvik", C, "2031-05-01"), ("Korvik Grand Hotel", C, "2031-05-02"), ("Korvik", C, "2031-05-03"))
    event = merge_summaries(articles).events[0]
    assert event.location.value is not None and event.location.value.value == "Korvik Grand Hotel"
    assert [r.source for r in event.location.value.sources] == [1, 2, 3]
    assert event.disagreements == []


def test_a_venue_whose_quote_says_which_place_it_lies_in_refines_that_place() -> None:
    articles = [
        summary("island", people=KIM_PUTIN, where=("Velka", C)),
        _quoted(
            summary("cape", people=KIM_PUTIN, where=("Cape Morra", C)),
            "The two leaders met at Cape Morra on the windswept island of Velka on Friday.",
        ),
    ]
    event = merge_summaries(articles).events[0]
    assert event.location.value is not None and event.location.value.value == "Cape Morra"
    assert event.disagreements == []
    # Said the other way round, nothing places one inside the other: both are shown.
    apart = [
        summary("island", people=KIM_PUTIN, where=("Velka", C)),
        _quoted(
            summary("cape", people=KIM_PUTIN, where=("Cape Morra", C)),
            "The two leaders met at Cape Morra before flying on to Velka.",
        ),
    ]
    assert merge_summaries(apart).events[0].location.value is None


def test_a_country_the_gazetteer_guessed_gives_way_to_the_one_a_source_names() -> None:
    def raw(number: int, says: str, status: Status) -> Raw:
        return Raw(number, f"a{number}", status, says, None, [], resolve_place(says))

    # The gazetteer's bare "Cordoba" is in Argentina; a source that names Spain settles it.
    loc, disagreements = reconcile("location", [raw(1, "Cordoba", S), raw(2, "Cordoba, Spain", C)])
    assert loc.value is not None and loc.value.value == "Cordoba, Spain" and loc.value.country == "Spain"
    assert [r.source for r in loc.value.sources] == [1, 2]
    assert loc.superseded == [] and disagreements == []
    # Two countries both named are two places.
    loc, disagreements = reconcile("location", [raw(1, "Cordoba, Argentina", C), raw(2, "Cordoba, Spain", C)])
    assert loc.value is None and len(disagreements) == 1


def test_a_later_report_overtakes_an_earlier_confirmed_venue() -> None:
    articles = [
        summary("announced", people=KIM_PUTIN, where=("Korvik", C), published="2031-03-01"),
        summary("reported", people=KIM_PUTIN, where=("Lirna", C), published="2031-03-20"),
    ]
    event = merge_summaries(articles).events[0]
    loc = event.location
    assert loc.value is not None and loc.value.value == "Lirna"
    assert [(c.value, c.status, c.standing) for c in loc.superseded] == [("Korvik", C, "superseded")]
    assert "later report 'Lirna' [2] of 2031-03-20" in (loc.superseded[0].note or "")
    assert event.disagreements == []


def test_a_report_with_no_publication_date_overtakes_nothing_and_is_not_overtaken() -> None:
    articles = [
        summary("announced", people=KIM_PUTIN, where=("Korvik", C), published="2031-03-01"),
        summary("undated", people=KIM_PUTIN, where=("Lirna", C)),
    ]
    loc = merge_summaries(articles).events[0].location
    assert loc.value is None
    assert sorted(c.value for c in loc.disputed) == ["Korvik", "Lirna"]


def test_a_weekday_no_article_placed_is_the_dated_day_it_fell_on() -> None:
    articles = [
        summary("weekday", people=KIM_PUTIN, where=("Korvik", C), when=("Wednesday", None, C)),
        summary("dated", people=KIM_PUTIN, where=("Korvik", C), when=("June 18", "2031-06-18", C)),  # a Wednesday
    ]
    date = merge_summaries(articles).events[0].date
    assert date.value is not None and date.value.iso == "2031-06-18"
    assert [r.source for r in date.value.sources] == [1, 2]
    other_day = [
        summary("weekday", people=KIM_PUTIN, where=("Korvik", C), when=("Thursday", None, C)),
        summary("dated", people=KIM_PUTIN, where=("Korvik", C), when=("June 18", "2031-06-18", C)),
    ]
    assert merge_summaries(other_day).events[0].date.value is None


def test_a_date_phrase_no_calendar_places_is_listed_beside_the_date_not_disputing_it() -> None:
    articles = [
        summary("relative", people=KIM_PUTIN, where=("Korvik", C), when=("the previous day", None, C)),
        summary("dated", people=KIM_PUTIN, where=("Korvik", C), when=("June 18", "2031-06-18", C)),
    ]
    event = merge_summaries(articles).events[0]
    assert event.date.value is not None and event.date.value.iso == "2031-06-18"
    assert [(c.value, c.note) for c in event.date.alternatives] == [
        ("the previous day", "no calendar date; not compared")
    ]
    assert event.disagreements == []


def test_a_struck_place_gives_the_title_no_country() -> None:
    articles = _sited(
        ("Pyongyang", S, "2031-02-01"), ("Castle Rode", C, "2031-04-27"), ("Castle Rode", C, "2031-04-28")
    )
    event = merge_summaries(articles).events[0]
    assert [c.value for c in event.location.superseded] == ["Pyongyang"]
    assert event.host_country is None
    assert "North Korea" not in event.title and "Castle Rode" in event.title
