"""merge/agenda.py: agenda items of one summit deduplicated across its articles."""

from __future__ import annotations

from test_merge_events import KIM_PUTIN, C, S, from_answer, summary

from summarizer.merge.events import merge_summaries


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
    # Stems alone cannot tell them: "military" is in every topic, too broad to merge on. The
    # embeddings can: cooperation and ties are one thing in other words, exercises another.
    articles = [
        summary("a", people=KIM_PUTIN, where=("Russia", C), agenda=[("Military cooperation", None, S)]),
        summary("b", people=KIM_PUTIN, where=("Russia", C), agenda=[("Joint military exercises", None, S)]),
        summary("c", people=KIM_PUTIN, where=("Russia", C), agenda=[("Military ties", None, S)]),
    ]
    items = merge_summaries(articles).events[0].agenda_items
    assert sorted(a.refs for a in items) == [[1, 3], [2]]
    more = [
        *articles,
        summary("d", people=KIM_PUTIN, where=("Russia", C), agenda=[("military exercises at sea", None, S)]),
    ]
    items = merge_summaries(more).events[0].agenda_items
    assert [2, 4] in [a.refs for a in items]


def test_a_merged_topic_gets_as_far_as_its_sources_of_the_merged_flag_say():
    from summarizer.core.schema import AgendaItem, ArticleSummary, Evidence, Status
    from summarizer.merge.agenda import merge_agenda

    def article(n: int, stage: str, status: Status) -> tuple[int, ArticleSummary]:
        quote = f"Quote {n} on fishing rights."
        item = AgendaItem(
            topic="fishing rights",
            status=status,
            stage=stage,
            evidence=[Evidence(quote=quote, start=0, end=len(quote))],
        )
        return n, ArticleSummary(
            article_id=f"{n}.txt", text=quote, prompt_version="p", model="m", backend="replay", agenda_items=[item]
        )

    (item,) = merge_agenda(
        [article(1, "expected", Status.confirmed), article(2, "discussed", Status.confirmed)], frozenset()
    )
    assert item.stage == "discussed"
    # A rumour that it was agreed does not make a confirmed topic agreed.
    (item,) = merge_agenda(
        [article(1, "expected", Status.confirmed), article(2, "agreed", Status.speculative)], frozenset()
    )
    assert item.status is Status.confirmed and item.stage == "expected"


def test_topics_that_say_the_same_in_other_words_are_one_line_and_different_ones_stay_apart():
    from summarizer.core.schema import AgendaItem, ArticleSummary, Evidence, Status
    from summarizer.merge.agenda import merge_agenda

    def article(n: int, *topics: str) -> tuple[int, ArticleSummary]:
        quote = f"Quote {n}."
        items = [
            AgendaItem(topic=t, status=Status.confirmed, evidence=[Evidence(quote=quote, start=0, end=len(quote))])
            for t in topics
        ]
        return n, ArticleSummary(
            article_id=f"{n}.txt", text=quote, prompt_version="p", model="m", backend="replay", agenda_items=items
        )

    merged = merge_agenda(
        [article(1, "cybersecurity", "fishing rights"), article(2, "cyber-attacks", "grain exports")], frozenset()
    )
    lines = sorted(sorted(r.says for r in m.sources) for m in merged)
    assert lines == [["cyber-attacks", "cybersecurity"], ["fishing rights"], ["grain exports"]]
    # The relationship itself, however each article words it, is one line; a matter of it is another.
    merged = merge_agenda(
        [article(3, "trust", "military cooperation"), article(4, "deepen Arland-Bexia ties")], frozenset()
    )
    lines = sorted(sorted(r.says for r in m.sources) for m in merged)
    assert lines == [["deepen Arland-Bexia ties", "trust"], ["military cooperation"]]


def test_a_signing_announced_then_called_off_prints_not_agreed_with_both_sources():
    # Invented articles: a deal "to be signed" at the summit, then a report that the signing
    # was called off. The latest word on how it ended wins; the earlier source stays listed.
    from summarizer.rendering.brief import render_markdown

    before = (
        "President Ana Lindqvist of Norvalia will meet Prime Minister Tomas Okafor of Belmaris in Vesta on May 3.\n"
        "The two leaders will sign a fisheries pact at the summit, both governments announced.\n"
    )
    after = (
        "President Ana Lindqvist of Norvalia met Prime Minister Tomas Okafor of Belmaris in Vesta on May 3.\n"
        "The signing of the fisheries pact was called off at the last minute, both governments said.\n"
    )
    pact = [{"topic": "fisheries pact", "sentence": 2, "said_by": None, "status": "confirmed"}]
    # The later report comes first in the input: publication dates, not input order, decide.
    summaries = [from_answer(0, after, "2031-05-04", pact), from_answer(1, before, "2031-04-20", pact)]
    assert [s.agenda_items[0].stage for s in summaries] == ["not agreed", "expected"]
    (event,) = merge_summaries(summaries).events
    (item,) = event.agenda_items
    assert item.stage == "not agreed" and len(item.sources) == 2
    page = render_markdown(merge_summaries(summaries))
    assert "not agreed: fisheries pact" in page
    last = event.timeline[-1]
    assert last.published == "2031-05-04" and "not agreed: fisheries pact" in last.added


def test_a_word_with_an_undoing_prefix_names_the_same_matter_as_the_bare_word() -> None:
    # Invented topics: "denuclearization" is the nuclear question as "dismantling nuclear
    # arsenals" is; "counterterrorism" is terrorism. "demining" leaves "min", too short to be a
    # matter, so it stays apart from "mining rights".
    place = ("Russia", C)
    articles = [
        summary("a", people=KIM_PUTIN, where=place,
                agenda=[("denuclearization", None, C), ("counterterrorism drills", None, S), ("demining", None, S)]),
        summary("b", people=KIM_PUTIN, where=place,
                agenda=[("dismantling nuclear arsenals", None, S), ("terrorism", None, S), ("mining rights", None, S)]),
    ]  # fmt: skip
    items = merge_summaries(articles).events[0].agenda_items
    refs = {a.topic: a.refs for a in items}
    assert refs["denuclearization"] == [1, 2]
    assert [1, 2] in [refs.get("counterterrorism drills"), refs.get("terrorism")]
    assert refs["demining"] == [1] and refs["mining rights"] == [2]
    assert len(items) == 4
