"""The score table ``summarizer eval`` prints: one row per article, then macro and micro."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from summarizer.evaluation.report import AggregateScore, Change, EvalReport, GroupingScore, PageScore


def _num(v: float | None) -> str:
    return "–" if v is None else f"{v:.2f}"


def print_report(report: EvalReport, *, title: str, console: Console, details: bool = False) -> None:
    """The table, the failed extractions, the summits, and (``details``) each article's mistakes."""
    console.print(_table(report, title))
    _print_failures(report, console)
    if (grouping := _grouping_line(report.grouping)) is not None:
        console.print(grouping)
    _print_page(report.page, console)
    if report.keys:
        console.print(_keys_table(report))
    if report.ledger:
        console.print(_ledger_table(report))
    if details:
        _print_details(report, console)


def _table(report: EvalReport, title: str) -> Table:
    table = Table(title=title, caption="macro: mean over articles · micro: counts pooled over articles")
    table.add_column("article", overflow="fold")
    for header in ("part P", "R", "F1", "loc", "date", "agenda P", "R", "F1"):
        table.add_column(header, justify="right")
    for header in ("flags", "evid", "verbatim", "offsets", "field"):
        table.add_column(header, justify="right")
    for score in report.articles:
        table.add_row(
            score.article_id + (" [red](failed)[/]" if score.failed else ""),
            *map(_num, (score.participants.precision, score.participants.recall, score.participants.f1)),
            *map(_num, (score.location_accuracy, score.date_accuracy)),
            *map(_num, (score.agenda.precision, score.agenda.recall, score.agenda.f1)),
            *map(_num, (score.flags.value, score.evidence.value, score.verbatim.value, score.offsets.value)),
            _num(score.field_score),
            style="red" if score.failed else None,
        )
    table.add_section()
    overall: list[tuple[str, AggregateScore]] = [("macro", report.macro), ("micro", report.micro)]
    for label, agg in overall:
        table.add_row(
            label,
            *map(_num, (agg.participants.precision, agg.participants.recall, agg.participants.f1)),
            *map(_num, (agg.location_accuracy, agg.date_accuracy)),
            *map(_num, (agg.agenda.precision, agg.agenda.recall, agg.agenda.f1)),
            *map(_num, (agg.flag_accuracy, agg.evidence_share, agg.verbatim_share, agg.offsets_exact)),
            _num(agg.field_score),
            style="bold",
        )
    return table


def _change(c: Change) -> str:
    return f"+{c.to_right} / -{c.to_wrong}"


def _keys_table(report: EvalReport) -> Table:
    """Per key, judged against model-only (micro, counts pooled), and what the rules change."""
    table = Table(
        title="Judged against the model alone, per key (micro)",
        caption="model-only: the model's own answers with no rule · rules: items all rules turn right / wrong",
    )
    table.add_column("key")
    table.add_column("articles", justify="right")
    for header in ("field", "model-only", "flags", "model-only", "loc", "model-only", "date", "model-only"):
        table.add_column(header, justify="right")
    table.add_column("rules: fields", justify="right")
    table.add_column("rules: flags", justify="right")
    for k in report.keys:
        j, m = k.judged_micro, k.model_micro
        table.add_row(
            k.key,
            str(k.articles),
            *map(_num, (j.field_score, m.field_score, j.flag_accuracy, m.flag_accuracy)),
            *map(_num, (j.location_accuracy, m.location_accuracy, j.date_accuracy, m.date_accuracy)),
            _change(k.fields),
            _change(k.flags),
        )
    return table


def _ledger_table(report: EvalReport) -> Table:
    """One row per rule that changed anything: items it turns right / wrong on each key."""
    keys = list(dict.fromkeys(r.key for r in report.ledger))
    table = Table(
        title="The ledger: what each rule turns right / wrong (replayed without it)",
        caption="fields: participants, venue, date, agenda topics · flags: items matched to the key either way",
    )
    table.add_column("rule")
    for key in keys:
        table.add_column(f"{key} fields", justify="right")
        table.add_column("flags", justify="right")
    by_code: dict[str, dict[str, tuple[Change, Change]]] = {}
    for r in report.ledger:
        by_code.setdefault(r.code.value, {})[r.key] = (r.fields, r.flags)
    for code, cells in by_code.items():
        if all(f.to_right == f.to_wrong == g.to_right == g.to_wrong == 0 for f, g in cells.values()):
            continue
        harm = any(f.add(g).net < 0 for f, g in cells.values())
        row = [code]
        for key in keys:
            f, g = cells.get(key, (Change(), Change()))
            row += [_change(f), _change(g)]
        table.add_row(*row, style="red" if harm else None)
    return table


def _print_failures(report: EvalReport, console: Console) -> None:
    if report.failed:
        console.print("[bold red]Failed extractions[/] (scored 0 on every field):")
        for score in report.articles:
            if score.failed:
                console.print(f"  {score.article_id}: {score.error}", markup=False)


def _grouping_line(g: GroupingScore | None) -> str | None:
    """How the brief grouped the articles into summits, against the keys' events."""
    if g is None or not g.articles:
        return None
    split = f"; split: {', '.join(g.split)}" if g.split else ""
    merged = f"; merged: {', '.join(g.merged)}" if g.merged else ""
    return (
        f"[bold]Summits[/]: {g.events_found} found, {g.events_expected} expected, "
        f"adjusted Rand index {_num(g.ari)} over {g.articles} articles{split}{merged}"
    )


def _print_page(p: PageScore | None, console: Console) -> None:
    """The printed agenda lines against the keys, and the lines no key holds (article text: no markup)."""
    if p is None or not p.lines:
        return
    console.print(
        f"[bold]Page[/]: {p.in_key} of {p.lines} printed agenda lines are topics of the keys' agenda "
        f"(at most {p.most_per_summit} per summit); {p.with_status} of {p.summits} summits have a status with its quote"
    )
    console.print(
        f"  {len(p.repeats)} printed line(s) repeat a key topic an earlier line of their summit printed; "
        f"{len(p.hedged_labels)} label(s) carry a hedge word; the lines name {p.topics_shown} of the "
        f"{p.topics_in_key} key topics of their summits"
    )
    console.print(
        f"  one place for {p.one_place} of {p.summits} summits, the key's venue for {p.right_place} of "
        f"{p.keyed_places}; one date for {p.one_date} of {p.summits}"
    )
    for line in p.place_misses:
        console.print(f"  place not the key's venue: {line}", markup=False)
    for line in p.off_key:
        console.print(f"  not in the key: {line}", markup=False)
    for line in p.repeats:
        console.print(f"  repeated: {line}", markup=False)
    for line in p.hedged_labels:
        console.print(f"  hedged label: {line}", markup=False)


def _print_details(report: EvalReport, console: Console) -> None:
    for score in report.articles:
        notes = [
            *(f"missed principal: {n}" for n in score.missed_principals),
            *(f"false participant: {n}" for n in score.false_participants),
            *(f"missed core agenda item: {n}" for n in score.missed_agenda),
            *(f"false agenda item: {n}" for n in score.false_agenda),
            *(f"wrong flag: {n}" for n in score.flag_errors),
            *(f"wrong {n}" for n in score.field_errors),
        ]
        if notes:
            console.print(f"[bold]{score.article_id}[/]")
            for note in notes:
                console.print(f"  {note}", markup=False)


__all__ = ["print_report"]
