"""What an evaluation reports: ratios, P/R/F1, per-article and overall scores."""

from __future__ import annotations

from pydantic import BaseModel, Field, computed_field

from summarizer.core.schema import Rule
from summarizer.evaluation.grouping import GroupingScore
from summarizer.evaluation.page import PageScore

# --------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------


class Ratio(BaseModel):
    """``num / den``; ``value`` is ``None`` when there was nothing to count."""

    num: int = 0
    den: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(num=self.num + other.num, den=self.den + other.den)


def _share(hits: int, total: int, *, none_is_perfect: bool) -> float:
    """``hits / total``; with nothing counted, 1.0 or 0.0 as the caller says."""
    if total:
        return hits / total
    return 1.0 if none_is_perfect else 0.0


class PRF(BaseModel):
    """Counts of a one-to-one matching and the precision/recall/F1 they give.

    ``neutral`` predictions (allowed participants, core=false agenda items) count
    neither way.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        # Saying nothing is only precise when there was nothing to say.
        return _share(self.tp, self.tp + self.fp, none_is_perfect=self.tp + self.fn == 0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        # Nothing to find is only fully recalled when nothing was claimed either.
        return _share(self.tp, self.tp + self.fn, none_is_perfect=self.fp == 0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
            neutral=self.neutral + other.neutral,
        )


class ArticleScore(BaseModel):
    """How one summary compares with its answer key, with the mistakes named."""

    article_id: str
    failed: bool = False
    error: str | None = Field(default=None, description="Why extraction failed, for failed articles.")
    participants: PRF = Field(default_factory=PRF)
    location_accuracy: float = 0.0
    date_accuracy: float = 0.0
    agenda: PRF = Field(default_factory=PRF)
    flags: Ratio = Field(default_factory=Ratio, description="Matched items whose flag equals the gold status.")
    evidence: Ratio = Field(default_factory=Ratio, description="Items that carry a quote found in the article.")
    verbatim: Ratio = Field(default_factory=Ratio, description="Model quotes found exactly as given.")
    offsets: Ratio = Field(default_factory=Ratio, description="Kept quotes with text[start:end] == quote.")
    # What went wrong, so a low number can be traced to the items behind it.
    missed_principals: list[str] = Field(default_factory=list)
    false_participants: list[str] = Field(default_factory=list)
    missed_agenda: list[str] = Field(default_factory=list, description="Ids of core gold items not found.")
    false_agenda: list[str] = Field(default_factory=list, description="Topics that matched no gold item.")
    flag_errors: list[str] = Field(default_factory=list)
    field_errors: list[str] = Field(
        default_factory=list, description="A wrong location or date: what was kept against what the key accepts."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def field_score(self) -> float:
        """Mean of participant F1, location accuracy, date accuracy and agenda F1."""
        if self.failed:
            return 0.0
        return (self.participants.f1 + self.location_accuracy + self.date_accuracy + self.agenda.f1) / 4


class Figures(BaseModel):
    """Precision, recall and F1 of one overall row (participants or agenda)."""

    precision: float | None = None
    recall: float | None = None
    f1: float | None = None


class AggregateScore(BaseModel):
    """One overall row. ``None`` where no article had anything to count."""

    participants: Figures = Field(default_factory=lambda: Figures())
    location_accuracy: float | None = None
    date_accuracy: float | None = None
    agenda: Figures = Field(default_factory=lambda: Figures())
    flag_accuracy: float | None = None
    evidence_share: float | None = None
    verbatim_share: float | None = None
    offsets_exact: float | None = None
    field_score: float | None = None


class Change(BaseModel):
    """Items turned right and turned wrong."""

    to_right: int = 0
    to_wrong: int = 0

    def add(self, other: Change) -> Change:
        return Change(to_right=self.to_right + other.to_right, to_wrong=self.to_wrong + other.to_wrong)

    @property
    def net(self) -> int:
        return self.to_right - self.to_wrong


class LedgerRow(BaseModel):
    """One rule on one answer key."""

    code: Rule
    key: str
    fields: Change = Field(default_factory=Change)
    flags: Change = Field(default_factory=Change)

    @property
    def total(self) -> Change:
        return self.fields.add(self.flags)


class KeyFigures(BaseModel):
    """One answer key's figures, judged and model-only (the model's answers with no rule)."""

    key: str
    articles: int = 0
    judged_macro: AggregateScore = Field(default_factory=AggregateScore)
    judged_micro: AggregateScore = Field(default_factory=AggregateScore)
    model_macro: AggregateScore = Field(default_factory=AggregateScore)
    model_micro: AggregateScore = Field(default_factory=AggregateScore)
    fields: Change = Field(default_factory=Change, description="Field items all the rules together turn right / wrong.")
    flags: Change = Field(default_factory=Change, description="Flags all the rules together turn right / wrong.")


class EvalReport(BaseModel):
    """Scores of every evaluated article plus the macro and micro overall rows."""

    articles: list[ArticleScore] = Field(default_factory=list)
    macro: AggregateScore = Field(default_factory=AggregateScore, description="Mean over articles.")
    micro: AggregateScore = Field(default_factory=AggregateScore, description="Counts pooled over articles.")
    failed: list[str] = Field(default_factory=list, description="Articles whose extraction failed (scored 0).")
    not_in_gold: list[str] = Field(
        default_factory=list, description="Articles given but absent from the answer key: not scored."
    )
    grouping: GroupingScore | None = Field(default=None, description="The brief's summits against the key's events.")
    page: PageScore | None = Field(
        default=None, description="The brief's printed agenda lines against the keys' agenda."
    )
    keys: list[KeyFigures] = Field(default_factory=list, description="Per answer key: judged and model-only figures.")
    ledger: list[LedgerRow] = Field(default_factory=list, description="Per rule and key: items it turns right / wrong.")


__all__ = [
    "PRF",
    "AggregateScore",
    "ArticleScore",
    "Change",
    "EvalReport",
    "Figures",
    "KeyFigures",
    "LedgerRow",
    "Ratio",
]
