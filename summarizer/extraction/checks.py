"""What every per-field step shares while it checks one article's draft.

``ArticleCheck`` holds the article, its numbered sentences (split once), the grounder and
the list of rejected items; each field's step (``people``, ``venue``, ``when``,
``agenda``) asks it for evidence, grounding and flags, and records what it refuses there,
with the reason, so that nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal, NamedTuple

from summarizer.core.article import Article
from summarizer.core.schema import ALL_RULES, DraftAgendaItem, DraftLocation, Evidence, ItemKind, RejectedItem, Rule
from summarizer.extraction.flags import check_flag, side_speaks
from summarizer.extraction.ground import Grounder, anchor, is_instruction
from summarizer.language.dates import MONTH_RE, date_in_sentence, parse_full_date, parse_iso_date, resolve_date
from summarizer.language.lexicon import EARLIER
from summarizer.language.published import date_line_value
from summarizer.language.sentences import Sentence, split_sentences
from summarizer.language.speakers import expert_role, voice_of

#: Who stands where in a photo ("(L)", "(R)", "(left)").
_POSITION = re.compile(r"\((?:L|R|C|left|right|centre|center)\)")
#: A photo credit line: "(Name/AGENCY via Getty Images)", "Photo: ...", "Name/TASS".
_CREDIT = re.compile(
    r"^\(?(?:photo|file photo|picture)\b"
    # A line that is only a name in brackets, "(Reuters)", "(Yonhap)": a credit, whatever the agency.
    r"|^\([A-Z][\w .&/-]{1,40}\)\.?$"
    r"|\b(?:via Getty Images|Getty Images|AFP|Reuters|AP Photo|TASS|Xinhua|Yonhap|EPA)(?:\s+(?:file|photo))?\)?\s*[.|]?$",
    re.I,
)


#: A wire dateline with no year: a place or an agency, a comma, a day ("MOSCOW, April 28.", "AGENCY, 28 April"),
#: and the agency after it, if any ("WASHINGTON, June 15. /TASS/.").
_AGENCY = r"(?:\s*(?:\([A-Za-z][\w .-]{1,20}\)|/[A-Za-z][\w-]{1,20}/)\.?)"
_WIRE_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([A-Z]{2,}\))?,\s+"
    rf"(?i:(?:{MONTH_RE})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_RE}))\.?{_AGENCY}?$"
)


def is_dateline(text: str) -> bool:
    """A short line that only gives where and when a story was filed: "Aboard Air Force One (AFP) Oct 29, 2025",
    "MOSCOW, April 28."."""
    if len(text.split()) <= 5 and _WIRE_DATELINE.match(text.strip()):
        return True
    return (
        len(text.split()) <= 8
        and parse_full_date(text) is not None
        and not re.search(r"\b[a-z]{4,}\b", text.replace("via", ""))
    )


def sentence_evidence(sentence: Sentence, match: Literal["sentence", "anchored"]) -> Evidence:
    """A whole sentence of the article as evidence."""
    return Evidence(quote=sentence.text, start=sentence.start, end=sentence.end, match=match)


class _Voices(NamedTuple):
    """The evidence's speaker as the sentences around it tell: a side's official named just
    before it, a commentator ("<name>, <role>"), and the first speaker named at all."""

    side: bool
    expert: str | None
    speaker: str | None


class ArticleCheck:
    """One article's sentences and grounder, and the items refused so far."""

    def __init__(
        self, article: Article, sentences: Sequence[Sentence] | None = None, rules: frozenset[Rule] = ALL_RULES
    ) -> None:
        self.article = article
        #: The judgments in force: all of them, except when ``summarizer eval`` replays the
        #: model's answer without some (the model-only figure and the ledger).
        self.rules = rules
        self.sentences = list(sentences) if sentences is not None else split_sentences(article.text)
        self.by_number = {s.number: s for s in self.sentences}
        self.grounder = Grounder(article.text)
        self.rejected: list[RejectedItem] = []
        #: The participants' countries and names, once known: a side's own statement is
        #: judged as such by the flag check (``flags.side_speaks``).
        self.sides: frozenset[str] = frozenset()
        self.leaders: tuple[str, ...] = ()

    def reject(self, kind: ItemKind, item: Any, reason: str, code: Rule) -> None:
        self.rejected.append(RejectedItem(kind=kind, item=item.model_dump(mode="json"), reason=reason, code=code))

    def refuse(self, code: Rule, kind: ItemKind, item: Any, reason: str) -> bool:
        """Record ``item`` as refused by rule ``code`` and return True, or False when that rule is off."""
        if code not in self.rules:
            return False
        self.reject(kind, item, reason, code)
        return True

    def applies(self, code: Rule) -> bool:
        return code in self.rules

    def evidence_for(self, kind: ItemKind, item: Any) -> list[Evidence] | None:
        """The sentence the model pointed at, unless it is not in the article or speaks to a model."""
        sentence = self.by_number.get(item.sentence)
        if sentence is None:
            why = f"sentence {item.sentence} is not in the article (it has {len(self.by_number)})"
            # With the rule off (a replay of the model's answer) the item stands with no evidence.
            return None if self.refuse(Rule.sentence_missing, kind, item, why) else []
        if is_instruction(sentence.text) and self.refuse(
            Rule.injection,
            kind,
            item,
            "the evidence is an instruction addressed to a model (prompt injection), not reporting",
        ):
            return None
        if kind == "date" and (refused := self.not_a_summit_date(sentence)) is not None:
            self.reject(kind, item, refused[1], refused[0])
            return None
        return [sentence_evidence(sentence, "sentence")]

    def not_a_summit_date(self, sentence: Sentence) -> tuple[Rule, str] | None:
        """The rule by which ``sentence`` cannot give the summit's date (a date line, an earlier
        event's caption), and why, or None."""
        if self.applies(Rule.date_line) and (date_line_value(sentence.text) is not None or is_dateline(sentence.text)):
            return (
                Rule.date_line,
                "the evidence is the article's own date line (when it was published), not the summit's",
            )
        if self.applies(Rule.caption_date) and self.caption_of_another_event(sentence):
            return Rule.caption_date, "the evidence is a photo caption of an earlier event, not the summit's date"
        return None

    def caption_of_another_event(self, sentence: Sentence) -> bool:
        """A photo caption whose date is before the article's, or that says it shows an earlier event."""
        return self.is_caption(sentence) and (
            self._before_publication(sentence.text) or bool(EARLIER.search(sentence.text))
        )

    def sentence_at(self, start: int) -> Sentence | None:
        return next((s for s in self.sentences if s.start == start), None)

    def is_caption(self, sentence: Sentence) -> bool:
        """A photo caption: it marks who stands where ("(L)"), or one of the next two lines credits a
        photographer or an agency (a caption may run to two sentences)."""
        following = [self.by_number.get(sentence.number + k) for k in (1, 2)]
        credited = any(f is not None and _CREDIT.search(f.text) for f in following)
        return bool(_POSITION.search(sentence.text)) or credited

    def _before_publication(self, text: str) -> bool:
        """The sentence's full date is more than a week before the article was published."""
        published = parse_iso_date(self.article.meta.published)
        phrase = date_in_sentence(text)
        found = parse_full_date(text) or parse_iso_date(resolve_date(phrase, published) if phrase else None)
        return published is not None and found is not None and (published - found).days > 7

    def named(self, kind: ItemKind, item: Any, value: str, noun: str) -> list[Evidence] | None:
        """Evidence that names ``value``: the article must contain it, the model's sentence must be
        usable, and that sentence (or the one naming it best) must name it. ``noun`` words the
        refusal ("name", "place")."""
        if not self.grounder.mentions(value) and self.refuse(
            Rule.value_absent, kind, item, f"{noun} {value!r} does not occur in the article"
        ):
            return None
        evidence = self.evidence_for(kind, item)
        if evidence is None:
            return None
        named = self.anchor(value, evidence)
        if named is None and not self.refuse(Rule.not_named, kind, item, f"no sentence of the article names {value!r}"):
            return evidence
        return named

    def anchor(self, value: str, evidence: list[Evidence], *, min_coverage: float = 0.0) -> list[Evidence] | None:
        """:func:`summarizer.extraction.ground.anchor` over this article's sentences. With
        ``Rule.anchored`` off, the model's own sentence is never replaced by the one naming the
        value (``None`` still says that no sentence names it)."""
        found = anchor(self.sentences, value, evidence, min_coverage=min_coverage)
        if found is not None and not self.applies(Rule.anchored) and any(e.match == "anchored" for e in found):
            return evidence
        return found

    def flag(self, item: Any, evidence: list[Evidence]) -> dict[str, Any]:
        """Status, note, source and evidence of a kept item, its flag checked against the evidence."""
        quotes = [e.quote for e in evidence]
        voices = self._voices(evidence)
        status, code, note = check_flag(
            item.status,
            quotes,
            agenda=isinstance(item, DraftAgendaItem),
            sides=self.sides,
            leaders=self.leaders,
            claim=getattr(item, "topic", None) or getattr(item, "value", None) or getattr(item, "name", None),
            place=isinstance(item, DraftLocation),
            side_voice=voices.side,
            expert=voices.expert,
            rules=self.rules,
        )
        # Who makes the claim: the model's answer where it gives one, else the speaker the
        # sentence (or the one before it, for "he said") names.
        said_by = getattr(item, "said_by", None) or voices.speaker
        return {"status": status, "flag_note": note, "flag_code": code, "attributed_to": said_by, "evidence": evidence}

    def _voices(self, evidence: list[Evidence]) -> _Voices:
        """What the sentences around the evidence say of its speaker (``speakers.voice_of``):
        a side's official named just before ("..., he said"), or a commentator."""
        side_voice, expert, speaker = False, None, None
        for e in evidence:
            sentence = self.sentence_at(e.start)
            if sentence is None:
                continue
            voice = voice_of(sentence, self.sentences[: sentence.number - 1], self.article.text)
            if voice.name is None or voice.named_in is None:
                continue
            speaker = speaker or voice.name
            if (role := expert_role(voice.name, self.sentences)) is not None:
                expert = f"{voice.name}, {role}"
            elif voice.named_in is not sentence and (
                voice.name.split()[-1] in self.leaders or side_speaks(voice.named_in.text, self.sides, self.leaders)
            ):
                side_voice = True
        return _Voices(side=side_voice, expert=expert, speaker=speaker)


__all__ = ["ArticleCheck", "is_dateline", "sentence_evidence"]
