"""evaluation/score.py: scoring against an answer key, on hand-made summaries whose scores were worked out
by hand. No model is involved: summaries are built directly."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from summarizer.core.schema import (
    AgendaItem,
    ArticleSummary,
    Evidence,
    Location,
    Participant,
    RejectedItem,
    Status,
    SummitDate,
)
from summarizer.evaluation.gold import GoldFile
from summarizer.evaluation.score import evaluate, match_agenda, score_article, score_evidence, score_participants

C, S = Status.confirmed, Status.speculative

TEXT = (
    "Vladimir Putin will meet Kim Jong Un in Vladivostok on Wednesday, the Kremlin said. "
    "Analysts say they may discuss arms and satellite technology. "
    "Sanctions relief could also come up. "
    "Peskov declined to comment on food aid. "
    "Sergei Shoigu flew in from Moscow. "
    "A border crossing may reopen."
)

GOLD_ENTRY: dict[str, Any] = {
    "event": "test-summit",
    "published": None,
    "participants": {
        "principals": [
            {"name": "Vladimir Putin", "keywords": ["putin"]},
            {"name": "Kim Jong Un", "keywords": ["kim jong"]},
        ],
        "allowed": [{"name": "Sergei Shoigu", "keywords": ["shoigu"]}],
        "not_participants": [{"name": "Dmitry Peskov", "keywords": ["peskov"]}],
    },
    "location": {"keywords": ["vladivostok"], "status": "confirmed"},
    "date": {"keywords": ["wednesday", "2023-09-13"], "status": "confirmed"},
    "agenda": [
        {"id": "arms", "keywords": ["arms", "weapon"], "status": "speculative", "core": True},
        {"id": "satellite", "keywords": ["satellite"], "status": "speculative", "core": True},
        {"id": "food-aid", "keywords": ["food"], "status": "speculative", "core": True},
        {"id": "sanctions", "keywords": ["sanction"], "status": "speculative", "core": False},
    ],
}


def gold_file(**entries: dict[str, Any]) -> GoldFile:
    return GoldFile.model_validate({"about": "test key", "version": 1, "articles": entries})


def ev(quote: str, match: str = "sentence", shift: int = 0) -> Evidence:
    """Evidence for ``quote`` in TEXT; ``shift`` moves the offsets off by that much."""
    start = TEXT.index(quote) + shift
    return Evidence(quote=quote, start=start, end=start + len(quote), match=match)  # type: ignore[arg-type]


def summary(article_id: str, **fields: Any) -> ArticleSummary:
    return ArticleSummary(
        article_id=article_id, text=TEXT, prompt_version="test", model="hand", backend="none", **fields
    )


def perfect(article_id: str = "a.txt") -> ArticleSummary:
    """Everything right: 7 items, 7 exact quotes at the right offsets, 5 flags on matched items."""
    return summary(
        article_id,
        participants=[
            Participant(name="Vladimir Putin", status=C, evidence=[ev("Vladimir Putin will meet")]),
            Participant(name="Kim Jong Un", status=C, evidence=[ev("meet Kim Jong Un")]),
        ],
        location=Location(value="Vladivostok", status=C, evidence=[ev("in Vladivostok")]),
        date=SummitDate(value="Wednesday", status=C, evidence=[ev("on Wednesday, the Kremlin said")]),
        agenda_items=[
            AgendaItem(topic="Arms supplies", status=S, evidence=[ev("may discuss arms")]),
            AgendaItem(topic="Satellite technology", status=S, evidence=[ev("satellite technology")]),
            AgendaItem(topic="Food aid", status=S, evidence=[ev("food aid")]),
        ],
    )


def flawed(article_id: str = "b.txt") -> ArticleSummary:
    """One false participant, a wrong location, a wrong flag, a missing core agenda item,
    an extra agenda item, an unfound quote in ``rejected`` and one quote with wrong offsets. The expected numbers are worked out in test_flawed_summary.
    """
    return summary(
        article_id,
        participants=[
            Participant(name="Vladimir Putin", status=C, evidence=[ev("Vladimir Putin will meet")]),
            Participant(name="Kim Jong Un", status=C, evidence=[ev("meet Kim Jong Un")]),
            Participant(name="Dmitry Peskov", status=C, evidence=[ev("Peskov declined")]),
            Participant(name="Sergei Shoigu", status=C, evidence=[ev("Sergei Shoigu flew in", shift=1)]),
        ],
        location=Location(value="Moscow", status=C, evidence=[ev("from Moscow")]),
        date=SummitDate(value="Wednesday", status=S, evidence=[ev("on Wednesday, the Kremlin said")]),
        agenda_items=[
            AgendaItem(topic="Arms supplies", status=S, evidence=[ev("may discuss arms")]),
            AgendaItem(topic="Satellite technology", status=S, evidence=[ev("satellite technology")]),
            AgendaItem(topic="Sanctions relief", status=S, evidence=[ev("Sanctions relief could")]),
            AgendaItem(topic="Border crossing", status=S, evidence=[ev("A border crossing may reopen.")]),
        ],
        rejected=[
            # Two real quotes not found (the blank one is not a quote): 2 unfound quotes.
            RejectedItem(
                kind="participant",
                item={
                    "name": "Xi Jinping",
                    "status": "speculative",
                    "evidence": ["Xi will attend.", "Xi said so.", " "],
                },
                reason="evidence quote not found in the article: 'Xi will attend.'",
            ),
            # Rejected for the name, not the evidence: counts in no evidence number.
            RejectedItem(
                kind="participant",
                item={"name": "Not Found Man", "status": "confirmed", "evidence": ["Biden watched."]},
                reason="name 'Not Found Man' does not occur in the article",
            ),
            RejectedItem(
                kind="agenda_item",
                item={"topic": "Arms supplies", "status": "speculative", "evidence": ["may discuss arms"]},
                reason="duplicate of an earlier agenda item",
            ),
        ],
    )


# --------------------------------------------------------------------------------------
# One article
# --------------------------------------------------------------------------------------


def test_perfect_summary_scores_one_everywhere() -> None:
    gold = gold_file(**{"a.txt": GOLD_ENTRY})
    s = score_article(perfect(), gold.articles["a.txt"])
    assert (s.participants.tp, s.participants.fp, s.participants.fn, s.participants.neutral) == (2, 0, 0, 0)
    assert (s.agenda.tp, s.agenda.fp, s.agenda.fn, s.agenda.neutral) == (3, 0, 0, 0)
    assert s.participants.precision == s.participants.recall == s.participants.f1 == 1.0
    assert s.agenda.precision == s.agenda.recall == s.agenda.f1 == 1.0
    assert s.location_accuracy == s.date_accuracy == 1.0
    assert (s.flags.num, s.flags.den) == (5, 5)
    assert (s.evidence.num, s.evidence.den) == (7, 7)
    assert (s.verbatim.num, s.verbatim.den) == (7, 7)
    assert (s.offsets.num, s.offsets.den) == (7, 7)
    assert s.flags.value == s.evidence.value == s.verbatim.value == s.offsets.value == 1.0
    assert s.field_score == 1.0
    assert s.missed_principals == s.false_participants == s.missed_agenda == s.false_agenda == s.flag_errors == []
    assert s.field_errors == []


def test_flawed_summary_every_number() -> None:
    gold = gold_file(**{"b.txt": GOLD_ENTRY})
    s = score_article(flawed(), gold.articles["b.txt"])

    # Putin, Kim: TP; Peskov (not a participant): FP; Shoigu (allowed): neutral.
    assert (s.participants.tp, s.participants.fp, s.participants.fn, s.participants.neutral) == (2, 1, 0, 1)
    assert s.participants.precision == pytest.approx(2 / 3)
    assert s.participants.recall == 1.0
    assert s.participants.f1 == pytest.approx(0.8)  # 2 * 2/3 * 1 / (5/3)
    assert s.false_participants == ["Dmitry Peskov"]
    assert s.missed_principals == []

    assert s.location_accuracy == 0.0  # Moscow is not Vladivostok
    assert s.date_accuracy == 1.0  # right date, wrong flag
    assert s.field_errors == ["location 'Moscow', key ['vladivostok']"]

    # Arms, satellite: TP; sanctions (core=false): neutral; border crossing: FP; food: FN.
    assert (s.agenda.tp, s.agenda.fp, s.agenda.fn, s.agenda.neutral) == (2, 1, 1, 1)
    assert s.agenda.precision == pytest.approx(2 / 3)
    assert s.agenda.recall == pytest.approx(2 / 3)
    assert s.agenda.f1 == pytest.approx(2 / 3)
    assert s.missed_agenda == ["food-aid"]
    assert s.false_agenda == ["Border crossing"]

    # Flags on matched items: date (wrong) + arms, satellite, sanctions (right); the wrong
    # location is not a match, so its flag is not judged.
    assert (s.flags.num, s.flags.den) == (3, 4)
    assert s.flags.value == 0.75
    assert len(s.flag_errors) == 1 and s.flag_errors[0].startswith("date 'Wednesday'")

    # 10 kept items with evidence, over 10 kept + 1 rejected for an unfound quote.
    assert (s.evidence.num, s.evidence.den) == (10, 11)
    # 10 kept quotes, all the article's sentences, plus 2 unfound quotes of the rejected item.
    assert (s.verbatim.num, s.verbatim.den) == (10, 12)
    # Shoigu's quote has offsets one character off.
    assert (s.offsets.num, s.offsets.den) == (9, 10)
    assert s.offsets.value == pytest.approx(0.9)

    assert s.field_score == pytest.approx((0.8 + 0.0 + 1.0 + 2 / 3) / 4)


def test_null_gold_location_and_date_want_nothing_predicted() -> None:
    entry = {**GOLD_ENTRY, "location": None, "date": None}
    gold = gold_file(**{"a.txt": entry}).articles["a.txt"]
    empty = score_article(summary("a.txt"), gold)
    assert (empty.location_accuracy, empty.date_accuracy) == (1.0, 1.0)
    # Nothing predicted against 2 principals and 3 core items: P=0 by convention, F1=0.
    assert (empty.participants.precision, empty.participants.recall, empty.participants.f1) == (0.0, 0.0, 0.0)
    assert empty.field_score == pytest.approx(0.5)
    assert empty.flags.value is None and empty.evidence.value is None and empty.offsets.value is None

    said = score_article(perfect("a.txt"), gold)
    assert (said.location_accuracy, said.date_accuracy) == (0.0, 0.0)
    # Location and date have no gold status here, so only the 3 agenda flags are judged.
    assert (said.flags.num, said.flags.den) == (3, 3)


def test_date_matches_on_iso_as_well_as_words() -> None:
    gold = gold_file(**{"a.txt": GOLD_ENTRY}).articles["a.txt"]
    # No keyword in the words, only in the resolved ISO date.
    by_iso = summary("a.txt", date=SummitDate(value="midweek", iso="2023-09-13", status=C))
    assert score_article(by_iso, gold).date_accuracy == 1.0
    wrong = summary("a.txt", date=SummitDate(value="Friday", iso="2023-09-15", status=C))
    assert score_article(wrong, gold).date_accuracy == 0.0


def test_empty_gold_and_empty_prediction_is_perfect() -> None:
    entry = {**GOLD_ENTRY, "participants": {"principals": []}, "agenda": []}
    gold = gold_file(**{"a.txt": entry}).articles["a.txt"]
    s = score_article(summary("a.txt"), gold)
    assert s.participants.f1 == 1.0 and s.agenda.f1 == 1.0
    extra = score_article(summary("a.txt", agenda_items=[AgendaItem(topic="Trade", status=S)]), gold)
    assert (extra.agenda.precision, extra.agenda.recall, extra.agenda.f1) == (0.0, 0.0, 0.0)


def test_participants_one_to_one_and_case_insensitive() -> None:
    gold = gold_file(**{"a.txt": GOLD_ENTRY}).articles["a.txt"]
    s = summary(
        "a.txt",
        participants=[
            Participant(name="KIM JONG UN", status=C),
            Participant(name="Kim Jong-un", status=C),  # the same principal again: a duplicate
            Participant(name="Shoigu", status=C),
            Participant(name="Some Analyst", status=S),
        ],
    )
    prf, missed, false = score_participants(s, gold)
    assert (prf.tp, prf.fp, prf.fn, prf.neutral) == (1, 2, 1, 1)
    assert missed == ["Vladimir Putin"]
    assert false == ["Kim Jong-un", "Some Analyst"]


def test_agenda_greedy_matching() -> None:
    entry = {
        **GOLD_ENTRY,
        "agenda": [
            {"id": "arms", "keywords": ["arms"], "status": "speculative", "core": True},
            {"id": "ties", "keywords": ["cooperation"], "status": "speculative", "core": False},
            {"id": "food", "keywords": ["food"], "status": "speculative", "core": True},
        ],
    }
    gold = gold_file(**{"a.txt": entry}).articles["a.txt"]
    s = summary(
        "a.txt",
        agenda_items=[
            AgendaItem(topic="Military cooperation", status=S),
            # "Arms" and "cooperation" both match: the core item wins.
            AgendaItem(topic="Arms cooperation deal", status=S),
            # Only "arms" matches and it is taken: a duplicate, so a false positive.
            AgendaItem(topic="Weapons and arms for Russia", status=S),
            AgendaItem(topic="Food shipments", status=S),
        ],
    )
    assert match_agenda(s, gold) == [1, 0, None, 2]
    sc = score_article(s, gold)
    assert (sc.agenda.tp, sc.agenda.fp, sc.agenda.fn, sc.agenda.neutral) == (2, 1, 0, 1)
    assert sc.false_agenda == ["Weapons and arms for Russia"]


def test_agenda_prefers_core_item_when_both_match_the_topic() -> None:
    entry = {
        **GOLD_ENTRY,
        "agenda": [
            {"id": "trade-extra", "keywords": ["trade"], "status": "speculative", "core": False},
            {"id": "trade-sanctions", "keywords": ["sanction", "trade"], "status": "speculative", "core": True},
        ],
    }
    gold = gold_file(**{"a.txt": entry}).articles["a.txt"]
    s = summary("a.txt", agenda_items=[AgendaItem(topic="Trade", status=S), AgendaItem(topic="More trade", status=S)])
    # The first takes the core item; the second falls back to the free optional one.
    assert match_agenda(s, gold) == [1, 0]
    sc = score_article(s, gold)
    assert (sc.agenda.tp, sc.agenda.fp, sc.agenda.neutral) == (1, 0, 1)


def test_evidence_reason_is_read_from_the_fixed_wording_only() -> None:
    s = summary(
        "a.txt",
        rejected=[
            RejectedItem(
                kind="participant",
                item={"name": "X", "evidence": ["a", "b"]},
                reason="name 'not found' does not occur in the article",
            ),
            RejectedItem(kind="agenda_item", item={"topic": "Y", "evidence": []}, reason="no evidence quote given"),
        ],
    )
    evidence, verbatim, offsets = score_evidence(s)
    # The no-quote item was judged on evidence (and failed); the name one was not.
    assert (evidence.num, evidence.den) == (0, 1)
    assert (verbatim.num, verbatim.den) == (0, 0) and verbatim.value is None
    assert offsets.den == 0


def test_sentence_pointers_count_as_verbatim_and_a_missing_sentence_against_it() -> None:
    # The current drafts point at a numbered sentence; evidence found that way is the
    # article's own sentence, a number outside the article is evidence not found.
    quote = TEXT[:20]
    s = summary(
        "a.txt",
        agenda_items=[
            AgendaItem(topic="A", status=S, evidence=[Evidence(quote=quote, start=0, end=20, match="sentence")]),
            AgendaItem(topic="B", status=S, evidence=[Evidence(quote=quote, start=0, end=20, match="anchored")]),
        ],
        rejected=[
            RejectedItem(
                kind="location",
                item={"value": "Vladivostok", "sentence": 41, "status": "confirmed"},
                reason="sentence 41 is not in the article (it has 12)",
            ),
        ],
    )
    evidence, verbatim, offsets = score_evidence(s)
    assert (evidence.num, evidence.den) == (2, 3)
    # Pointed-at and re-anchored sentences are the article's words; the missing one is not.
    assert (verbatim.num, verbatim.den) == (2, 3)
    assert (offsets.num, offsets.den) == (2, 2)


def test_unfound_quote_in_the_single_quote_draft_shape() -> None:
    # Earlier drafts carried one ``quote`` string instead of an ``evidence`` list.
    s = summary(
        "a.txt",
        rejected=[
            RejectedItem(
                kind="location",
                item={"value": "Vladivostok", "quote": "The summit is in Vladivostok.", "status": "confirmed"},
                reason="evidence quote not found in the article: 'The summit is in Vladivostok.'",
            ),
            RejectedItem(
                kind="date",
                item={"value": "Monday", "quote": "  ", "status": "confirmed"},
                reason="no evidence quote given",
            ),
        ],
    )
    evidence, verbatim, _ = score_evidence(s)
    assert (evidence.num, evidence.den) == (0, 2)
    assert (verbatim.num, verbatim.den) == (0, 1)


# --------------------------------------------------------------------------------------
# Many articles
# --------------------------------------------------------------------------------------


def test_report_macro_and_micro() -> None:
    gold = gold_file(**{"a.txt": GOLD_ENTRY, "b.txt": copy.deepcopy(GOLD_ENTRY), "unused.txt": GOLD_ENTRY})
    report = evaluate([perfect(), flawed()], gold)
    assert [a.article_id for a in report.articles] == ["a.txt", "b.txt"]
    assert report.failed == [] and report.not_in_gold == []

    m = report.macro
    assert m.participants.precision == pytest.approx((1 + 2 / 3) / 2)
    assert m.participants.recall == 1.0
    assert m.participants.f1 == pytest.approx(0.9)
    assert m.location_accuracy == 0.5
    assert m.date_accuracy == 1.0
    assert m.agenda.precision == pytest.approx(5 / 6)
    assert m.agenda.recall == pytest.approx(5 / 6)
    assert m.agenda.f1 == pytest.approx(5 / 6)
    assert m.flag_accuracy == pytest.approx(0.875)
    assert m.evidence_share == pytest.approx((1 + 10 / 11) / 2)
    assert m.verbatim_share == pytest.approx((1 + 10 / 12) / 2)
    assert m.offsets_exact == pytest.approx(0.95)
    assert m.field_score == pytest.approx((1 + (0.8 + 0 + 1 + 2 / 3) / 4) / 2)

    u = report.micro
    # Participants pooled: TP 4, FP 1, FN 0. Agenda pooled: TP 5, FP 1, FN 1.
    assert u.participants.precision == pytest.approx(0.8)
    assert u.participants.recall == 1.0
    assert u.participants.f1 == pytest.approx(8 / 9)
    assert u.agenda.precision == pytest.approx(5 / 6)
    assert u.agenda.recall == pytest.approx(5 / 6)
    assert u.agenda.f1 == pytest.approx(5 / 6)
    assert u.location_accuracy == 0.5 and u.date_accuracy == 1.0
    assert u.flag_accuracy == pytest.approx(8 / 9)  # (5 + 3) / (5 + 4)
    assert u.evidence_share == pytest.approx(17 / 18)  # (7 + 10) / (7 + 11)
    assert u.verbatim_share == pytest.approx(17 / 19)  # (7 + 10) / (7 + 12)
    assert u.offsets_exact == pytest.approx(16 / 17)  # (7 + 9) / (7 + 10)
    assert u.field_score == pytest.approx((8 / 9 + 0.5 + 1 + 5 / 6) / 4)


def test_failures_score_zero_and_unknown_articles_are_left_out() -> None:
    no_date = {**GOLD_ENTRY, "date": None}
    gold = gold_file(**{"a.txt": GOLD_ENTRY, "d.txt": no_date})
    report = evaluate(
        [perfect(), summary("elsewhere.txt")],
        gold,
        failures={"some/dir/d.txt": "model timed out", "zz.txt": "unreadable"},
    )
    assert report.failed == ["d.txt"]
    assert report.not_in_gold == ["elsewhere.txt", "zz.txt"]
    assert [a.article_id for a in report.articles] == ["a.txt", "d.txt"]

    failed = report.articles[1]
    assert failed.failed and failed.error == "model timed out"
    # Zero on every field, even the date that an empty summary would get right.
    assert (failed.location_accuracy, failed.date_accuracy) == (0.0, 0.0)
    assert failed.participants.f1 == failed.agenda.f1 == failed.field_score == 0.0
    assert failed.missed_principals == ["Vladimir Putin", "Kim Jong Un"]
    assert failed.missed_agenda == ["arms", "satellite", "food-aid"]
    assert failed.flags.value is None and failed.verbatim.value is None

    assert report.macro.field_score == 0.5
    assert report.macro.date_accuracy == 0.5
    # Pooled: 2 of 4 principals, 3 of 6 core items found, nothing false.
    assert report.micro.participants.recall == 0.5 and report.micro.participants.precision == 1.0
    assert report.micro.agenda.recall == 0.5
    # Ratios come from the perfect article only: the failure had nothing to count.
    assert report.macro.flag_accuracy == 1.0 and report.micro.verbatim_share == 1.0


def test_nothing_scored_gives_empty_overall() -> None:
    report = evaluate([summary("elsewhere.txt")], gold_file(**{"a.txt": GOLD_ENTRY}))
    assert report.articles == [] and report.not_in_gold == ["elsewhere.txt"]
    assert report.macro.field_score is None and report.micro.field_score is None
