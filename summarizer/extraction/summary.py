"""One article in, one grounded ``ArticleSummary`` out.

``extract_summary`` is a pure function of (article, prompt, model): it asks the model
for a ``DraftSummary`` and hands it to ``build_summary``, which grounds every item,
checks its flag, resolves the date and records what it rejected and why.
"""

from __future__ import annotations

import json
from typing import Any, Literal, TypeVar

from summarizer.core.article import Article
from summarizer.core.dates import date_in_sentence, date_of_meeting, looks_like_date, resolve_date
from summarizer.core.model import ChatModel
from summarizer.core.schema import (
    AgendaItem,
    ArticleSummary,
    DraftAgenda,
    DraftAgendaItem,
    DraftDate,
    DraftLocation,
    DraftParticipant,
    DraftSummary,
    DraftWhereWhen,
    DraftWho,
    Evidence,
    ItemKind,
    Location,
    Participant,
    RejectedItem,
    Status,
    SummitDate,
    Usage,
)
from summarizer.extraction.agenda import TOPIC_COVERAGE, SeenTopics, refusal, split_listed
from summarizer.extraction.flags import check_flag
from summarizer.extraction.ground import Grounder, anchor, distinctive_words, is_instruction, mentions, offices
from summarizer.extraction.prompting import leaders_phrase, next_question, prompt_version, who_messages
from summarizer.extraction.sentences import Sentence, chunk_sentences, split_sentences
from summarizer.extraction.venue import place_of_meeting

_D = TypeVar("_D", DraftLocation, DraftDate)


async def extract_summary(article: Article, llm: ChatModel) -> ArticleSummary:
    """Ask ``llm`` about ``article`` in three focused calls and return the grounded summary.

    A small model answers a narrow question with a small schema far better than one big
    schema at once (measured: see README, "Quality"): who, then where and when, then the
    agenda. The later calls are skipped when the first finds no summit, so an off-topic
    article costs one call. An article too
    long for the model's context is read in overlapping runs of sentences; sentence
    numbers are global, so evidence never depends on the chunking.
    """
    sentences = split_sentences(article.text)
    chunks = chunk_sentences(sentences, llm.config.max_article_chars)
    draft = DraftSummary(summit_found=False)
    usage = Usage()
    for chunk in chunks:
        # One conversation per chunk: each question is the next turn after the previous
        # answer, so every prompt extends the one before it token for token and llama.cpp
        # (or a provider's prompt cache) reads the article once.
        messages = who_messages(chunk)
        who, used = await llm.complete(messages, DraftWho)
        usage = usage.add(used)
        if not who.summit_found:
            continue
        messages = next_question(messages, _as_written(who), "where_when")
        where_when, used = await llm.complete(messages, DraftWhereWhen)
        usage = usage.add(used)
        # The agenda question names the leaders the model found: asked about "the leaders",
        # a small model sometimes answered with the topics of the worked example instead.
        leaders = leaders_phrase([p.name for p in who.participants])
        messages = next_question(messages, _as_written(where_when), "agenda", leaders=leaders)
        agenda, used = await llm.complete(messages, DraftAgenda)
        usage = usage.add(used)
        draft.summit_found = True
        draft.participants.extend(who.participants)
        draft.location = _prefer(draft.location, where_when.location)
        draft.date = _prefer(draft.date, where_when.date)
        draft.agenda_items.extend(agenda.agenda_items)
    return build_summary(article, draft, model=llm.model, backend=llm.backend, usage=usage)


def _as_written(answer: DraftWho | DraftWhereWhen) -> str:
    """An answer in the form a model writes it, to go back into the conversation."""
    return json.dumps(answer.model_dump(mode="json"), ensure_ascii=False)


def _prefer(old: _D | None, new: _D | None) -> _D | None:
    """Across chunks, keep the first answer unless a later one is confirmed and it was not."""
    if old is None:
        return new
    if new is not None and old.status is Status.speculative and new.status is Status.confirmed:
        return new
    return old


def build_summary(
    article: Article,
    draft: DraftSummary,
    *,
    model: str,
    backend: str,
    usage: Usage | None = None,
) -> ArticleSummary:
    """Ground and check a model's draft. Nothing unproven is kept; nothing is dropped silently."""
    g = Grounder(article.text)
    numbered = {s.number: s for s in split_sentences(article.text)}
    rejected: list[RejectedItem] = []

    def reject(kind: ItemKind, item: Any, reason: str) -> None:
        rejected.append(RejectedItem(kind=kind, item=item.model_dump(mode="json"), reason=reason))

    def evidence_for(kind: ItemKind, item: Any) -> list[Evidence] | None:
        sentence = numbered.get(item.sentence)
        if sentence is None:
            reject(kind, item, f"sentence {item.sentence} is not in the article (it has {len(numbered)})")
            return None
        if is_instruction(sentence.text):
            reject(kind, item, "the evidence is an instruction addressed to a model (prompt injection), not reporting")
            return None
        return [_evidence(sentence, "sentence")]

    def flag(item: Any, evidence: list[Evidence]) -> dict[str, Any]:
        status, note = check_flag(item.status, [e.quote for e in evidence], agenda=isinstance(item, DraftAgendaItem))
        said_by = getattr(item, "said_by", None)
        return {"status": status, "flag_note": note, "attributed_to": said_by, "evidence": evidence}

    if not draft.summit_found:
        for kind, items in _draft_items(draft):
            for it in items:
                reject(kind, it, "the model found no summit in this article")
        return _summary(article, model, backend, usage, rejected=rejected, summit_found=False)

    participants: list[Participant] = []
    seen_names: dict[str, Participant] = {}
    for p in draft.participants:
        if not g.mentions(p.name):
            reject("participant", p, f"name {p.name!r} does not occur in the article")
            continue
        ev = evidence_for("participant", p)
        if ev is None:
            continue
        ev = anchor(article.text, p.name, ev)
        if ev is None:
            reject("participant", p, f"no sentence of the article names {p.name!r}")
            continue
        # A participant is a leader or a delegation member: some sentence of the article
        # that names them must say what office they hold. The model's own "role" does not
        # count: asked about a football report, it called both clubs "leader".
        if not any(offices(s.text) for s in numbered.values() if mentions(s.text, p.name)):
            reject("participant", p, f"no sentence naming {p.name!r} gives them an office (leader, minister, envoy...)")
            continue
        key = " ".join(p.name.lower().split())
        if key in seen_names:  # the same person listed twice: keep one, with all evidence
            prev = seen_names[key]
            prev.evidence.extend(e for e in ev if all(e.start != x.start for x in prev.evidence))
            continue
        part = Participant(name=p.name.strip(), role=p.role, **flag(p, ev))
        seen_names[key] = part
        participants.append(part)

    location = None
    if draft.location is not None:
        loc = draft.location
        if not g.mentions(loc.value):
            reject("location", loc, f"place {loc.value!r} does not occur in the article")
        elif (ev := evidence_for("location", loc)) is not None:
            if (named := anchor(article.text, loc.value, ev)) is None:
                reject("location", loc, f"no sentence of the article names {loc.value!r}")
            else:
                value = loc.value.strip()
                better = place_of_meeting(value, named[0].quote, list(numbered.values()))
                if better is not None:
                    value, moved = better
                    if moved is not None:
                        named = [_evidence(moved, "anchored")]
                location = Location(value=value, **flag(loc, named))

    date = None
    if draft.date is not None and (ev := evidence_for("date", draft.date)) is not None:
        d = draft.date
        when: str | None = d.value.strip()
        named = anchor(article.text, d.value, ev) if looks_like_date(d.value) else None
        if named is None:
            # The model pointed at a sentence but wrote a date it does not give ("not
            # specified", a wrong month): that sentence's own date phrase, if it has one.
            when = date_in_sentence(ev[0].quote)
            named = ev
        if when is None:
            why = "names no date or time" if not looks_like_date(d.value) else "is not given by any sentence"
            reject("date", d, f"{d.value!r} {why}, and sentence {d.sentence} gives no date")
        else:
            date = SummitDate(value=when, iso=resolve_date(when, article.meta.published), **flag(d, named))
    if date is None and location is not None:
        # No date from the model ("not specified" is its answer to "it may occur this
        # month"): the one date phrase of a sentence about the meeting, the venue's own
        # sentence first. Flagged from that sentence, starting from the model's own flag.
        venue_start = location.evidence[0].start
        order = sorted(numbered.values(), key=lambda s: s.start != venue_start)
        if (found := date_of_meeting([s.text for s in order])) is not None:
            i, when = found
            base = draft.date.status if draft.date is not None else location.status
            found_date = DraftDate(value=when, sentence=order[i].number, status=base)
            date = SummitDate(
                value=when,
                iso=resolve_date(when, article.meta.published),
                **flag(found_date, [_evidence(order[i], "anchored")]),
            )

    agenda: list[AgendaItem] = []
    seen = SeenTopics()
    name_words = frozenset().union(*(distinctive_words(p.name) for p in participants))
    for listed in draft.agenda_items:
        ev = evidence_for("agenda_item", listed)
        if ev is None:
            continue
        for topic in split_listed(listed.topic):
            a = listed.model_copy(update={"topic": topic})
            # A topic must be named in the article: a sentence that shares no word with it
            # is the wrong sentence (a number off by one), and a topic no sentence names is
            # made up (often copied from the prompt).
            if (named := anchor(article.text, a.topic, ev, min_coverage=TOPIC_COVERAGE)) is None:
                reject("agenda_item", a, f"no sentence of the article names the topic {a.topic!r}")
                continue
            if (refused := refusal(a.topic, named, name_words, seen)) is not None:
                reject("agenda_item", a, refused)
                continue
            seen.add(a.topic, named[0].start)
            agenda.append(AgendaItem(topic=a.topic, **flag(a, named)))

    if not participants:
        # A summit is a meeting of leaders: with no leader or envoy left (none named, or
        # none the article gives an office, as for the clubs of a football report), a
        # place, a date or topics alone do not make one. They are kept under rejected.
        why = "no participant of the summit is left (a summit is a meeting of leaders), so no summit is reported"
        leftovers: list[tuple[ItemKind, Location | SummitDate | AgendaItem | None]] = [
            ("location", location),
            ("date", date),
            *(("agenda_item", a) for a in agenda),
        ]
        for kind, item in leftovers:
            if item is not None:
                rejected.append(RejectedItem(kind=kind, item=item.model_dump(mode="json"), reason=why))
        return _summary(article, model, backend, usage, rejected=rejected, summit_found=False)
    return _summary(
        article,
        model,
        backend,
        usage,
        rejected=rejected,
        participants=participants,
        location=location,
        date=date,
        agenda_items=agenda,
    )


def _evidence(sentence: Sentence, match: Literal["sentence", "anchored"]) -> Evidence:
    """A whole sentence of the article as evidence."""
    return Evidence(quote=sentence.text, start=sentence.start, end=sentence.end, match=match)


def _draft_items(
    draft: DraftSummary,
) -> list[tuple[ItemKind, list[DraftParticipant] | list[DraftLocation] | list[DraftDate] | list[DraftAgendaItem]]]:
    return [
        ("participant", draft.participants),
        ("location", [draft.location] if draft.location else []),
        ("date", [draft.date] if draft.date else []),
        ("agenda_item", draft.agenda_items),
    ]


def _summary(article: Article, model: str, backend: str, usage: Usage | None, **fields: Any) -> ArticleSummary:
    return ArticleSummary(
        article_id=article.id,
        meta=article.meta,
        text=article.text,
        prompt_version=prompt_version(),
        model=model,
        backend=backend,
        usage=usage or Usage(),
        **fields,
    )
