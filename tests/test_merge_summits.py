"""merge/summits.py: which articles are one summit (through merge_summaries)."""

from __future__ import annotations

from test_merge_events import KIM_PUTIN, C, S, groups_of, realistic_articles, summary

from summarizer.core.schema import ArticleSummary
from summarizer.merge.events import merge_summaries


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


def test_an_undated_article_that_refers_back_to_a_later_year_is_not_an_earlier_summit_s() -> None:
    # No publication date, but "since 2029" and "in 2031": written in 2031 at the earliest,
    # so not about the summit its leaders held in 2028.
    early = summary("2028", people=KIM_PUTIN, where=("Russia", C), published="2028-04-20")
    late = summary("undated", people=KIM_PUTIN, where=("Russia", C))
    late = late.model_copy(update={"text": late.text + " His first trip since 2029; in 2031 the talks stalled."})
    assert groups_of(merge_summaries([early, late])) == [["2028"], ["undated"]]
    plain = summary("undated", people=KIM_PUTIN, where=("Russia", C))
    assert groups_of(merge_summaries([early, plain])) == [["2028", "undated"]]


def test_a_plan_reported_months_ahead_joins_the_summit_it_announced() -> None:
    from summarizer.core.schema import SummitStatus

    def ahead(s: ArticleSummary) -> ArticleSummary:
        planned = SummitStatus(state="planned", says="plans to host", status=C, evidence=s.location.evidence)
        return s.model_copy(update={"summit_status": planned})

    # Seven months before the summit: the first invitation, spoken of as still to come.
    plan = ahead(summary("plan", people=KIM_PUTIN, where=("Moscow", C), published="2030-10-08"))
    held = [
        summary("held-1", people=KIM_PUTIN, where=("Vesta, Russia", C), published="2031-04-25"),
        summary("held-2", people=KIM_PUTIN, where=("Russia", C), published="2031-04-26"),
    ]
    assert groups_of(merge_summaries([plan, *held])) == [["plan", "held-1", "held-2"]]
    # A report of a held summit seven months earlier is another summit's.
    report = summary("report", people=KIM_PUTIN, where=("Moscow", C), published="2030-10-08")
    assert groups_of(merge_summaries([report, *held])) == [["report"], ["held-1", "held-2"]]


def test_a_plan_a_year_ahead_with_its_own_date_is_not_next_year_s_summit() -> None:
    from summarizer.core.schema import SummitStatus

    def ahead(s: ArticleSummary) -> ArticleSummary:
        assert s.location is not None
        planned = SummitStatus(state="planned", says="will take place", status=C, evidence=s.location.evidence)
        return s.model_copy(update={"summit_status": planned})

    # Invented: each article announces its own summit, dated, a week ahead; a year apart.
    one = ahead(summary("2036", people=KIM_PUTIN, where=("Korvik", C), when=("August 27", "2036-08-27", C),
                        published="2036-08-20"))  # fmt: skip
    two = ahead(summary("2037", people=KIM_PUTIN, where=("Korvik", C), when=("September 4", "2037-09-04", C),
                        published="2037-08-20"))  # fmt: skip
    assert groups_of(merge_summaries([one, two])) == [["2036"], ["2037"]]


def test_two_meetings_reported_held_weeks_apart_are_two_summits() -> None:
    # Invented: the same pair met at a forum, then three weeks later at a summit of their own;
    # neither place is in the gazetteer, the articles were published within a month.
    from summarizer.core.schema import SummitStatus

    def held(article_id: str, where: str, iso: str, published: str) -> ArticleSummary:
        s = summary(article_id, people=KIM_PUTIN, where=(where, C), when=("Thursday", iso, C), published=published)
        assert s.date is not None
        status = SummitStatus(state="held", says="Thursday", status=C, evidence=s.date.evidence)
        return s.model_copy(update={"summit_status": status})

    brief = merge_summaries(
        [
            held("forum", "Salvik Forum Hall", "2031-09-11", "2031-09-12"),
            held("forum-2", "Salvik Forum Hall", "2031-09-11", "2031-09-13"),
            held("own", "Port Lira Convention Centre", "2031-10-02", "2031-10-03"),
        ]
    )
    assert sorted(groups_of(brief)) == [["forum", "forum-2"], ["own"]]
