"""merge.py on hand-built ArticleSummary objects: no model, no network."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer import run as briefing
from summarizer.core.brief import Brief
from summarizer.core.schema import (
    AgendaItem,
    ArticleMeta,
    ArticleSummary,
    Evidence,
    Location,
    Participant,
    Status,
    SummitDate,
    Usage,
)
from summarizer.language.places import locate, resolve_place
from summarizer.merge.events import merge_summaries
from summarizer.merge.people import NameIndex, display_name
from summarizer.run import ExtractionRun, Failure

C, S = Status.confirmed, Status.speculative


def summary(
    article_id: str,
    *,
    people: list[tuple[str, str | None, Status]] = (),  # type: ignore[assignment]
    where: tuple[str, Status] | None = None,
    when: tuple[str, str | None, Status] | None = None,
    agenda: list[tuple[str, str | None, Status]] = (),  # type: ignore[assignment]
    published: str | None = None,
    summit_found: bool = True,
    title: str | None = None,
    usage: Usage | None = None,
) -> ArticleSummary:
    """An ArticleSummary whose every item quotes a sentence of its own synthetic text."""
    sentences: list[str] = []

    def ev(words: str) -> list[Evidence]:
        sentence = f"The article says {words}."
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        return [Evidence(quote=sentence, start=start, end=start + len(sentence))]

    kw: dict[str, Any] = {}
    kw["participants"] = [Participant(name=n, role=r, status=st, evidence=ev(n)) for n, r, st in people]
    if where:
        kw["location"] = Location(value=where[0], status=where[1], evidence=ev(where[0]))
    if when:
        kw["date"] = SummitDate(value=when[0], iso=when[1], status=when[2], evidence=ev(when[0]))
    kw["agenda_items"] = [AgendaItem(topic=t, status=st, evidence=ev(f"{t} {d or ''}".strip())) for t, d, st in agenda]
    return ArticleSummary(
        article_id=article_id,
        meta=ArticleMeta(title=title or f"Title of {article_id}", published=published, path=f"in/{article_id}"),
        summit_found=summit_found,
        text=" ".join(sentences) or "Nothing about a summit.",
        prompt_version="test",
        model="hand-built",
        backend="test",
        usage=usage or Usage(),
        **kw,
    )


KIM_PUTIN = [("Kim Jong Un", "North Korean leader", C), ("Vladimir Putin", "President of Russia", C)]


def groups_of(brief: Brief) -> list[list[str]]:
    return [e.article_ids for e in brief.events]


# --------------------------------------------------------------------------------------
# Places and names
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "specific"),
    [
        ("Vladivostok", "RU", "vladivostok"),
        ("Russia's Vostochny Space Centre", "RU", "vostochny space centre"),
        ("Russia", "RU", ""),
        ("Pyongyang", "KP", "pyongyang"),
        ("the North Korean capital", "KP", "pyongyang"),
        ("Helsinki, Finland", "FI", "helsinki"),
        ("the White House", "US", "white house"),
        ("U.S.", "US", ""),
    ],
)
def test_resolve_place_maps_sites_and_adjectives_to_countries(text: str, country: str, specific: str) -> None:
    place = resolve_place(text)
    assert place.countries == {country}
    assert place.specific == specific


def test_venue_words_are_not_towns() -> None:
    # "Summit" and "Independence" are US towns in the gazetteer; as venue names they are not.
    assert resolve_place("Independence Palace").countries == frozenset()


def test_venue_without_a_country_takes_it_from_next_to_it_in_the_quote() -> None:
    quote = "Kim and Putin will meet at Russia’s Vostochny Space Centre, as confirmed by Japan’s Kyodo news agency."
    venue = summary("venue", people=KIM_PUTIN)
    venue.location = Location(
        value="Vostochny Space Centre", status=C, evidence=[Evidence(quote=quote, start=0, end=len(quote))]
    )
    venue.text = quote
    assert locate(venue.location).countries == {"RU"}  # not Japan: it is not next to the venue
    brief = merge_summaries([venue, summary("country", people=KIM_PUTIN, where=("Russia", C))])
    assert groups_of(brief) == [["venue", "country"]]
    loc = brief.events[0].location
    assert loc.value is not None and loc.value.value == "Vostochny Space Centre"
    assert loc.value.country == "Russia" and loc.value.refs == [1, 2]


def test_display_name_drops_titles_and_nationality() -> None:
    assert display_name("Russia’s President Vladimir Putin") == "Vladimir Putin"
    assert display_name("North Korean leader Kim Jong Un") == "Kim Jong Un"
    assert display_name("North Korea's foreign minister") == "North Korea's foreign minister"


def test_name_index_unifies_spellings_but_not_ambiguous_surnames() -> None:
    idx = NameIndex(["Kim Jong Un", "Kim Jong-un", "Kim", "Vladimir Putin", "President Putin"])
    assert idx.key("Kim") == idx.key("Kim Jong-un") == idx.key("Kim Jong Un")
    assert idx.key("President Putin") == idx.key("Vladimir Putin")
    assert idx.canonical(idx.key("Kim")) == "Kim Jong Un"  # type: ignore[arg-type]
    ambiguous = NameIndex(["Kim Jong Un", "Kim Yo Jong", "Kim"])
    assert ambiguous.key("Kim") not in (ambiguous.key("Kim Jong Un"), ambiguous.key("Kim Yo Jong"))


# --------------------------------------------------------------------------------------
# Grouping into events
# --------------------------------------------------------------------------------------


def test_same_leaders_in_different_host_countries_stay_apart() -> None:
    articles = [
        summary("a-pyongyang-spec", people=KIM_PUTIN, where=("Pyongyang", S)),
        summary("b-russia-site", people=KIM_PUTIN, where=("Russia's Vostochny Space Centre", C)),
        summary("c-russia", people=KIM_PUTIN, where=("Russia", C)),
        summary("d-vladivostok-spec", people=KIM_PUTIN, where=("Vladivostok", S)),
        summary("e-north-korea", people=KIM_PUTIN, where=("North Korea", C)),
    ]
    brief = merge_summaries(articles)
    assert sorted(groups_of(brief)) == [
        ["a-pyongyang-spec", "e-north-korea"],
        ["b-russia-site", "c-russia", "d-vladivostok-spec"],
    ]
    hosts = {e.host_country for e in brief.events}
    assert hosts == {"North Korea", "Russia"}


def test_single_article_is_one_event() -> None:
    brief = merge_summaries([summary("only", people=KIM_PUTIN, where=("Pyongyang", S), agenda=[("Arms", None, S)])])
    assert len(brief.events) == 1
    event = brief.events[0]
    assert event.articles == [1]
    assert event.location.value is not None
    assert event.location.value.value == "Pyongyang"
    assert event.location.value.status == S
    assert event.location.value.standing == "accepted"
    assert [a.topic for a in event.agenda_items] == ["Arms"]


def test_same_summit_from_three_articles_groups_despite_spellings() -> None:
    articles = [
        summary("x", people=[("Kim Jong-un", None, C), ("Putin", None, C)], where=("Vladivostok", C)),
        summary("y", people=[("Kim", "leader", S), ("President Vladimir Putin", None, C)], where=("Russia", C)),
        summary("z", people=KIM_PUTIN, where=("Vladivostok, Russia", C)),
    ]
    brief = merge_summaries(articles)
    assert groups_of(brief) == [["x", "y", "z"]]
    kim, putin = brief.events[0].participants
    # A tie between spellings goes to the first seen; the other stays visible as an alias.
    assert (kim.name, kim.aliases) == ("Kim Jong-un", ["Kim", "Kim Jong Un"])
    assert putin.name == "Vladimir Putin"
    assert kim.refs == putin.refs == [1, 2, 3]


def test_articles_without_a_summit_get_no_event() -> None:
    brief = merge_summaries(
        [summary("s", people=KIM_PUTIN, where=("Moscow", C)), summary("n", summit_found=False, title="Weather")]
    )
    assert groups_of(brief) == [["s"]]
    assert [(n.source, n.article_id, n.title) for n in brief.no_summit] == [(2, "n", "Weather")]
    assert [s.number for s in brief.sources] == [1, 2]


def test_an_article_with_nothing_against_it_joins_the_same_leaders() -> None:
    # Same leaders, no place and no date: nothing speaks against one summit, so one summit
    # (the old rule kept it apart, and one summit came out as several sections).
    brief = merge_summaries([summary("a", people=KIM_PUTIN, where=("Moscow", C)), summary("b", people=KIM_PUTIN)])
    assert groups_of(brief) == [["a", "b"]]


def test_summits_years_apart_in_the_same_country_stay_apart() -> None:
    brief = merge_summaries(
        [
            summary("2019", people=KIM_PUTIN, where=("Vladivostok", C), when=("April 25, 2019", "2019-04-25", C)),
            summary("2023", people=KIM_PUTIN, where=("Vostochny", C), when=("Wednesday", "2023-09-13", C)),
        ]
    )
    assert groups_of(brief) == [["2019"], ["2023"]]


def test_publication_dates_far_apart_split_even_without_summit_dates() -> None:
    brief = merge_summaries(
        [
            summary("old", people=KIM_PUTIN, where=("Russia", C), published="2019-04-20"),
            summary("new", people=KIM_PUTIN, where=("Russia", C), published="2023-09-12"),
        ]
    )
    assert groups_of(brief) == [["old"], ["new"]]


def test_a_different_pair_of_leaders_is_a_different_summit() -> None:
    xi_putin = [("Xi Jinping", "President of China", C), ("Vladimir Putin", None, C)]
    brief = merge_summaries(
        [
            summary("kim", people=KIM_PUTIN, where=("Moscow", C), when=("June 3", "2024-06-03", C)),
            summary("xi", people=xi_putin, where=("Moscow", C), when=("June 3", "2024-06-03", C)),
        ]
    )
    assert groups_of(brief) == [["kim"], ["xi"]]


def test_same_leaders_meeting_twice_a_year_apart_are_two_summits() -> None:
    # A visit one way one year and the other way the next, undated summits, dated articles.
    brief = merge_summaries(
        [
            summary(
                "to-russia", people=KIM_PUTIN, where=("Russia", C), when=("Wednesday", None, C), published="2023-09-12"
            ),
            summary("to-russia-2", people=KIM_PUTIN, where=("Vostochny", C), published="2023-09-14"),
            summary(
                "to-korea", people=KIM_PUTIN, where=("Pyongyang", C), when=("Tuesday", None, C), published="2024-06-17"
            ),
            summary("to-korea-2", people=KIM_PUTIN, where=("North Korea", C), published="2024-06-20"),
        ]
    )
    assert sorted(groups_of(brief)) == [["to-korea", "to-korea-2"], ["to-russia", "to-russia-2"]]


def test_one_article_with_a_wrong_year_does_not_split_its_summit() -> None:
    # The summit date resolved two years off; the publication dates and all else agree.
    articles = [
        summary(
            "a",
            people=KIM_PUTIN,
            where=("Vostochny", C),
            when=("September 13", "2023-09-13", C),
            published="2023-09-12",
        ),
        summary(
            "b",
            people=KIM_PUTIN,
            where=("Vostochny", C),
            when=("September 13", "2025-09-13", C),
            published="2023-09-13",
        ),
        summary(
            "c", people=KIM_PUTIN, where=("Russia", C), when=("Wednesday", "2023-09-13", C), published="2023-09-14"
        ),
    ]
    assert groups_of(merge_summaries(articles)) == [["a", "b", "c"]]


def test_a_caption_venue_in_another_country_does_not_split_its_summit() -> None:
    articles = [
        summary(
            "a", people=KIM_PUTIN, where=("Vostochny", C), when=("Wednesday", "2023-09-13", C), published="2023-09-13"
        ),
        summary(
            "b", people=KIM_PUTIN, where=("Russia", C), when=("Wednesday", "2023-09-13", C), published="2023-09-13"
        ),
        # A photo caption's place: the leader at another event, in another country.
        summary(
            "caption",
            people=KIM_PUTIN,
            where=("Beijing", C),
            when=("Wednesday", "2023-09-13", C),
            published="2023-09-14",
        ),
    ]
    assert groups_of(merge_summaries(articles)) == [["a", "b", "caption"]]


def test_a_single_article_is_one_summit() -> None:
    brief = merge_summaries([summary("only", people=KIM_PUTIN, where=("Moscow", C))])
    assert groups_of(brief) == [["only"]]


def test_two_unrelated_summits_on_the_same_day_stay_apart() -> None:
    day = ("Monday", "2022-11-14", C)
    xi_biden = [("Xi Jinping", "President of China", C), ("Joe Biden", "US President", C)]
    albanese_widodo = [
        ("Anthony Albanese", "Prime Minister of Australia", C),
        ("Joko Widodo", "President of Indonesia", C),
    ]
    articles = [
        summary("xi-1", people=xi_biden, where=("Bali", C), when=day, published="2022-11-14"),
        summary("aw-1", people=albanese_widodo, where=("Bali", C), when=day, published="2022-11-14"),
        summary("xi-2", people=xi_biden, where=("Nusa Dua", C), when=day, published="2022-11-15"),
        summary("aw-2", people=albanese_widodo, where=("Bali", C), when=day, published="2022-11-15"),
    ]
    assert sorted(groups_of(merge_summaries(articles))) == [["aw-1", "aw-2"], ["xi-1", "xi-2"]]


def test_the_grouping_does_not_depend_on_the_input_order() -> None:
    import random

    articles = realistic_articles()
    expected = sorted(sorted(g) for g in groups_of(merge_summaries(articles)))
    rng = random.Random(7)
    for _ in range(5):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        assert sorted(sorted(g) for g in groups_of(merge_summaries(shuffled))) == expected


# --------------------------------------------------------------------------------------
# Reconciling fields
# --------------------------------------------------------------------------------------


def test_participants_are_canonical_with_roles_aliases_and_per_source_flags() -> None:
    articles = [
        summary("a", people=[("Kim Jong-un", "North Korean leader", S), ("Putin", None, C)], where=("Russia", C)),
        summary("b", people=[("Kim Jong Un", "Chairman", C), ("Vladimir Putin", "President", C)], where=("Russia", C)),
        summary("c", people=[("Kim", None, S), ("Sergei Shoigu", "Defense Minister", S)], where=("Russia", C)),
        summary("d", people=[("Kim Jong Un", "North Korean Leader", S)], where=("Russia", C)),
    ]
    event = merge_summaries(articles).events[0]
    # c names a minister instead of Putin: delegations vary, the summit is the same.
    assert event.article_ids == ["a", "b", "c", "d"]
    kim = next(p for p in event.participants if p.name == "Kim Jong Un")  # the most used full spelling
    assert set(kim.aliases) == {"Kim Jong-un", "Kim"}
    assert kim.roles == ["North Korean leader", "Chairman"]  # case-insensitive duplicate dropped
    assert kim.status == C  # confirmed by b beats speculative a, c and d
    assert [(r.source, r.status) for r in kim.sources] == [(1, S), (2, C), (3, S), (4, S)]
    putin = next(p for p in event.participants if p.name == "Vladimir Putin")
    assert putin.refs == [1, 2]
    assert [p.name for p in event.participants] == ["Kim Jong Un", "Vladimir Putin", "Sergei Shoigu"]


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


def test_agenda_items_are_deduplicated_across_articles() -> None:
    # Invented topics: the same thing in other words forms ("quotas"/"quota", "satellites"/
    # "satellite") is one item; a word every topic shares ("cooperation") merges nothing.
    place = ("Russia", C)
    articles = [
        summary(
            "a",
            people=KIM_PUTIN,
            where=place,
            agenda=[
                ("Fishing quotas in the northern sea", None, S),
                ("Food aid", "food aid for the islands", S),
                ("Satellite cooperation", None, S),
            ],
        ),
        summary(
            "b",
            people=KIM_PUTIN,
            where=place,
            agenda=[
                ("quota for fishing fleets", None, C),
                ("Weather satellites", None, S),
            ],
        ),
        summary(
            "c",
            people=KIM_PUTIN,
            where=place,
            agenda=[
                ("fishing quota", None, S),
                ("Port fees", None, S),
                ("Sanctions", "UN sanctions on the islands", S),
            ],
        ),
    ]
    items = merge_summaries(articles).events[0].agenda_items
    by_refs = {a.topic: a.refs for a in items}
    fish = next(a for a in items if a.refs == [1, 2, 3])
    assert fish.status == C  # article b confirms it
    assert [r.status for r in fish.sources] == [S, C, S]
    assert [r.says for r in fish.sources] == [
        "Fishing quotas in the northern sea",
        "quota for fishing fleets",
        "fishing quota",
    ]
    sat = [a for a in items if a.refs == [1, 2]]
    assert len(sat) == 1 and sat[0].topic in ("Satellite cooperation", "Weather satellites")
    assert by_refs["Food aid"] == [1]
    assert by_refs["Port fees"] == [3]
    assert by_refs["Sanctions"] == [3]
    assert len(items) == 5


def test_military_exercises_do_not_merge_with_cooperation_on_a_broad_word() -> None:
    articles = [
        summary("a", people=KIM_PUTIN, where=("Russia", C), agenda=[("Military cooperation", None, S)]),
        summary("b", people=KIM_PUTIN, where=("Russia", C), agenda=[("Joint military exercises", None, S)]),
        summary("c", people=KIM_PUTIN, where=("Russia", C), agenda=[("Military ties", None, S)]),
    ]
    items = merge_summaries(articles).events[0].agenda_items
    # "military" is in every topic: too broad to make any two of them one item.
    assert sorted(a.refs for a in items) == [[1], [2], [3]]
    more = [
        *articles,
        summary("d", people=KIM_PUTIN, where=("Russia", C), agenda=[("military exercises at sea", None, S)]),
    ]
    items = merge_summaries(more).events[0].agenda_items
    assert [2, 4] in [a.refs for a in items]


# --------------------------------------------------------------------------------------
# The brief as a whole
# --------------------------------------------------------------------------------------


def realistic_articles() -> list[ArticleSummary]:
    return [
        summary("000", people=KIM_PUTIN, where=("Pyongyang", S), when=("after May 7", None, S), agenda=[
            ("North Korean workers in Russia", None, S), ("Arms support", "weapons for the war", S)]),
        summary("001", people=KIM_PUTIN, where=("Russia's Vostochny Space Centre", C),
                when=("Wednesday afternoon", None, C), agenda=[("Arms supplies", "artillery and rockets", S)]),
        summary("002", people=[("Kim Jong-un", None, C), ("Putin", None, C)], where=("Russia", C),
                agenda=[("Artillery shells", None, S)]),
        summary("003", people=KIM_PUTIN, where=("Vladivostok", S), when=("this month", None, S),
                agenda=[("Ammunition", None, S), ("Sanctions", None, S)]),
        summary("004", people=KIM_PUTIN, where=("North Korea", C), when=("Tuesday", None, C),
                agenda=[("Construction workers", None, S)]),
    ]  # fmt: skip


def test_no_item_without_a_source() -> None:
    articles = realistic_articles()
    brief = merge_summaries(articles)
    assert len(brief.events) == 2
    numbers = {s.number for s in brief.sources}
    text_of = {s.article_id: s.text for s in articles}
    items: list[Any] = []
    for e in brief.events:
        assert e.articles and set(e.articles) <= numbers
        items += e.participants + e.agenda_items + e.location.claims() + e.date.claims()
        items += [c for d in e.disagreements for c in d.claims]
    assert items
    for item in items:
        assert item.sources, item
        for ref in item.sources:
            assert ref.source in numbers
            assert brief.sources[ref.source - 1].article_id == ref.article_id
            assert ref.evidence, ref
            for ev in ref.evidence:
                assert text_of[ref.article_id][ev.start : ev.end] == ev.quote


def test_seed_like_articles_group_as_the_gold_events() -> None:
    brief = merge_summaries(realistic_articles())
    assert sorted(groups_of(brief)) == [["000", "004"], ["001", "002", "003"]]
    kim_visit = next(e for e in brief.events if "001" in e.article_ids)
    assert kim_visit.location.value is not None
    assert "Vostochny" in kim_visit.location.value.value
    assert [c.value for c in kim_visit.location.superseded] == ["Vladivostok"]
    putin_visit = next(e for e in brief.events if "004" in e.article_ids)
    assert putin_visit.location.value is not None and putin_visit.location.value.status == C
    assert putin_visit.location.superseded == []


def test_failures_and_usage_are_carried_and_json_round_trips() -> None:
    articles = [
        summary(
            "a", people=KIM_PUTIN, where=("Moscow", C), usage=Usage(calls=1, prompt_tokens=10, completion_tokens=5)
        ),
        summary(
            "b", people=KIM_PUTIN, where=("Moscow", C), usage=Usage(calls=2, prompt_tokens=20, completion_tokens=7)
        ),
    ]
    failure = Failure(article_id="broken.txt", error="empty", kind="input")
    brief = merge_summaries(articles, [failure])
    assert brief.failures == [failure]
    assert (brief.usage.calls, brief.usage.prompt_tokens, brief.usage.completion_tokens) == (3, 30, 12)
    assert Brief.model_validate_json(brief.model_dump_json()) == brief
    data = brief.model_dump(mode="json")
    assert set(data) == {"brief_version", "events", "sources", "no_summit", "failures", "usage"}
    assert set(data["sources"][0]) >= {"number", "article_id", "title", "url", "published", "file"}
    assert set(data["events"][0]) >= {
        "id",
        "title",
        "articles",
        "participants",
        "location",
        "date",
        "agenda_items",
        "disagreements",
    }


def test_event_ids_are_unique_and_stable() -> None:
    articles = realistic_articles()
    first = [e.id for e in merge_summaries(articles).events]
    assert first == [e.id for e in merge_summaries(articles).events]
    assert len(set(first)) == len(first)
    assert all(i and i == i.lower() and " " not in i for i in first)


# --------------------------------------------------------------------------------------
# The brief()/brief_async() API (extraction replaced: no model)
# --------------------------------------------------------------------------------------


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    async def extract_async(inputs: Any, **kw: Any) -> ExtractionRun:
        calls.append({"inputs": list(inputs), **kw})
        return ExtractionRun(
            summaries=realistic_articles(), failures=[Failure(article_id="gone.txt", error="missing", kind="input")]
        )

    monkeypatch.setattr(briefing, "extract_async", extract_async)
    return calls


async def test_brief_async_merges_what_the_pipeline_extracted(fake_extraction: list[dict[str, Any]]) -> None:
    result = await briefing.brief_async(["a.txt", "gone.txt"], concurrency=3, published="2024-06-17")
    assert sorted(groups_of(result)) == [["000", "004"], ["001", "002", "003"]]
    assert [f.article_id for f in result.failures] == ["gone.txt"]
    assert fake_extraction[0]["inputs"] == ["a.txt", "gone.txt"]
    assert (fake_extraction[0]["concurrency"], fake_extraction[0]["published"]) == (3, "2024-06-17")


def test_brief_is_the_sync_twin(fake_extraction: list[dict[str, Any]]) -> None:
    result = briefing.brief(["a.txt"])
    assert len(result.events) == 2 and len(result.sources) == 5


def test_every_summit_is_dated_with_its_year_and_listed_in_time_order() -> None:
    xi_biden = [("Xi Jinping", "President of China", C), ("Joe Biden", "US President", C)]
    brief = merge_summaries(
        [
            summary(
                "undated",
                people=[("Ana Lindqvist", "President of Norvalia", C), ("Tomas Okafor", "Prime Minister", C)],
                where=("Geneva", C),
            ),
            summary(
                "kim",
                people=KIM_PUTIN,
                where=("Vladivostok", C),
                when=("Wednesday", "2023-09-13", C),
                published="2023-09-13",
            ),
            summary("bali-pre", people=xi_biden, where=("Jakarta", C), published="2022-11-10"),
            summary("bali-post", people=xi_biden, where=("Jakarta", C), published="2022-11-15"),
        ]
    )
    titles = [e.title for e in brief.events]
    assert titles == [
        "Xi Jinping – Joe Biden · Jakarta, Indonesia · articles of 10–15 Nov 2022",
        "Kim Jong Un – Vladimir Putin · Vladivostok, Russia · 13 Sept 2023",
        "Ana Lindqvist – Tomas Okafor · Geneva, Switzerland · date unknown",
    ]


def test_spaced_initials_before_a_title_are_not_part_of_the_name() -> None:
    assert display_name("U. S. President Ana Lindqvist") == "Ana Lindqvist"
    assert display_name("J. D. Okafor") == "J. D. Okafor"
    names = NameIndex(["U. S. President Ana Lindqvist", "Ana Lindqvist", "Lindqvist"])
    assert names.key("U. S. President Ana Lindqvist") == names.key("Lindqvist")


def test_roles_come_from_the_words_before_the_name_on_its_own_line() -> None:
    from summarizer.merge.people import roles_in_text

    # Invented article: a heading above the sentence must not glue onto the role.
    text = (
        "Norvalian Summit Confirmed\n"
        "Norvalian President Ana Lindqvist met Chinese leader Tomas Okafor. "
        "Lindqvist, who leads Norvalia, said the talks went well. President Lindqvist left."
    )
    # "Norvalian" is no nationality the gazetteer knows: the role is the title alone, twice.
    assert roles_in_text("Ana Lindqvist", text) == {"President": 2}
    assert roles_in_text("Tomas Okafor", text) == {"Chinese leader": 1}


def test_one_name_per_person_across_the_whole_brief() -> None:
    articles = [
        summary("a", people=[("Kim Jong-un", "leader", C), ("Vladimir Putin", "President", C)], where=("Pyongyang", C),
                when=("Tuesday", "2024-06-18", C), published="2024-06-17"),
        summary("b", people=[("Kim Jong Un", "leader", C), ("Vladimir Putin", "President", C)], where=("Vladivostok", C),
                when=("Wednesday", "2023-09-13", C), published="2023-09-12"),
    ]  # fmt: skip
    brief = merge_summaries(articles)
    assert len(brief.events) == 2
    kims = {p.name for e in brief.events for p in e.participants if "Kim" in p.name}
    assert len(kims) == 1


def test_the_lede_states_only_what_the_merged_items_say() -> None:
    people = [("Ana Lindqvist", "President of Norvalia", C), ("Tomas Okafor", "Prime Minister of Belmaris", C)]
    articles = [
        summary("a", people=people, where=("Harbour Palace", C), when=("Monday", "2024-05-06", C),
                agenda=[("fishing quotas", None, C), ("port fees", None, S)], published="2024-05-05"),
        summary("b", people=people, where=("Harbour Palace", S), agenda=[("fishing quotas", None, S)],
                published="2024-05-05"),
    ]  # fmt: skip
    (event,) = merge_summaries(articles).events
    lede = event.lede
    assert lede.startswith("Ana Lindqvist and Tomas Okafor meet at Harbour Palace (confirmed, 2 sources), on Monday")
    assert "Confirmed on the agenda: fishing quotas." in lede
    assert "Still speculative: port fees." in lede
    # Nothing the items do not say: no other topic, place or date.
    for topic in ("fishing quotas", "port fees"):
        assert topic in lede
    assert lede.count("(") == 2


def test_a_lede_with_nothing_confirmed_says_so() -> None:
    people = [("Ana Lindqvist", "President", S), ("Tomas Okafor", "Prime Minister", S)]
    (event,) = merge_summaries([summary("a", people=people, agenda=[("port fees", None, S)])]).events
    assert "where and when are not reported" in event.lede
    assert "Nothing on the agenda is confirmed." in event.lede


def test_a_three_leader_summit_is_titled_with_all_three() -> None:
    trio = [
        ("Ana Lindqvist", "President of Norvalia", C),
        ("Tomas Okafor", "Prime Minister of Belmaris", C),
        ("Iris Vance", "President of Corland", C),
        ("Jon Pell", "foreign minister of Corland", C),  # delegation, not in the title
    ]
    brief = merge_summaries([summary("a", people=trio, where=("Geneva", C), published="2031-05-02")])
    (event,) = brief.events
    assert event.title.startswith("Ana Lindqvist – Tomas Okafor – Iris Vance · Geneva")
