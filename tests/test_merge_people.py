"""merge/people.py: names and roles of participants across articles."""

from __future__ import annotations

from test_merge_events import C, S, summary

from summarizer.merge.events import merge_summaries
from summarizer.merge.people import NameIndex


def test_name_index_unifies_spellings_but_not_ambiguous_surnames() -> None:
    idx = NameIndex(["Kim Jong Un", "Kim Jong-un", "Kim", "Vladimir Putin", "President Putin"])
    assert idx.key("Kim") == idx.key("Kim Jong-un") == idx.key("Kim Jong Un")
    assert idx.key("President Putin") == idx.key("Vladimir Putin")
    assert idx.canonical(idx.key("Kim")) == "Kim Jong Un"  # type: ignore[arg-type]
    ambiguous = NameIndex(["Kim Jong Un", "Kim Yo Jong", "Kim"])
    assert ambiguous.key("Kim") not in (ambiguous.key("Kim Jong Un"), ambiguous.key("Kim Yo Jong"))


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


def test_spaced_initials_before_a_title_are_one_person_with_the_bare_name() -> None:
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


def test_a_role_before_someone_else_s_longer_name_is_not_taken_for_a_shared_name_word() -> None:
    # "Jong" ends Kim Yo Jong's name and sits inside Kim Jong Un's: the leader's title before
    # "Kim Jong Un" is not hers.
    from summarizer.merge.people import roles_in_text

    text = "North Korean leader Kim Jong Un arrived. Kim's sister and close aide Kim Yo Jong came too."
    assert roles_in_text("Kim Yo Jong", text) == {}
    assert roles_in_text("Kim Jong Un", text) == {"North Korean leader": 1}
    assert roles_in_text("Vladimir Putin", "Russian President Vladimir Putin met him.") == {"Russian President": 1}
