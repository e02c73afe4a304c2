"""merge/fields.py: one place and one date per summit from what its articles say."""

from __future__ import annotations

from test_merge_events import KIM_PUTIN, C, S, groups_of, summary

from summarizer.merge.events import merge_summaries


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


def test_confirmed_country_keeps_speculative_city_as_possible_not_superseded() -> None:
    articles = [
        summary("spec", people=KIM_PUTIN, where=("Pyongyang", S)),
        summary("conf", people=KIM_PUTIN, where=("North Korea", C)),
    ]
    loc = merge_summaries(articles).events[0].location
    assert loc.value is not None and loc.value.value == "North Korea"
    assert [c.value for c in loc.alternatives] == ["Pyongyang"]
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
