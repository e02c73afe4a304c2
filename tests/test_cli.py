"""The command line (summarizer/cli/), as a user types it, on the replay backend (no model needed);
the eval and brief commands also with the extraction replaced."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import ARTICLES, RECORDINGS, ROOT, SEED_IDS
from test_evaluation_score import GOLD_ENTRY, flawed, perfect
from test_rendering_brief import C, S, summary

from summarizer import cli
from summarizer.cli import _fill_published, main
from summarizer.ingest.text import DEFAULT_MAX_BYTES
from summarizer.run import ExtractionRun, Failure, LoadedInputs, load_inputs


def test_extract_json_dir_writes_one_file_per_article(tmp_path):
    args = [
        "extract",
        *[str(ARTICLES / a) for a in SEED_IDS],
        "--json-dir",
        str(tmp_path),
        "--backend",
        "replay",
        "--recordings",
        str(RECORDINGS),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{a}.json" for a in SEED_IDS]
    for path in tmp_path.iterdir():
        data = json.loads(path.read_text())
        for kind in ("participants", "agenda_items"):
            for item in data[kind]:
                for ev in item["evidence"]:
                    assert data["text"][ev["start"] : ev["end"]] == ev["quote"]


def test_single_article_prints_json_on_stdout():
    result = CliRunner().invoke(
        main, ["extract", str(ARTICLES / SEED_IDS[1]), "--backend", "replay", "--recordings", str(RECORDINGS)]
    )
    assert result.exit_code == 0, result.output
    start = result.stdout.index("{")
    data = json.loads(result.stdout[start : result.stdout.rindex("}") + 1])
    assert data["article_id"] == SEED_IDS[1] and data["backend"] == "replay"


def test_missing_file_fails_alone_with_exit_1(tmp_path):
    result = CliRunner().invoke(
        main,
        [
            "extract",
            str(ARTICLES / SEED_IDS[1]),
            str(tmp_path / "nope.txt"),
            "--json-dir",
            str(tmp_path / "o"),
            "--backend",
            "replay",
            "--recordings",
            str(RECORDINGS),
        ],
    )
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert (tmp_path / "o" / f"{SEED_IDS[1]}.json").exists()


def test_no_model_configured_names_the_three_ways(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setattr("summarizer.providers.model_parts_installed", lambda: False)
    result = CliRunner().invoke(main, ["extract", str(ARTICLES / SEED_IDS[1])])
    assert result.exit_code == 2
    assert "--base-url" in result.output and "--recordings" in result.output


def test_help_teaches():
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0 and "--json-dir" in result.output and "--backend" in result.output


def _replay(*args: str) -> list[str]:
    return [*args, "--backend", "replay", "--recordings", str(RECORDINGS)]


def test_every_command_help_lists_inputs_exit_codes_and_defaults():
    for command in ("extract", "brief", "eval"):
        out = " ".join(CliRunner().invoke(main, [command, "--help"]).output.split())
        assert ".html / .htm pages, http(s):// URLs, .jsonl files" in out, command
        assert "Exit status: 0 every article done; 1 some failed" in out, command
        assert "Default: tools on a server, json_schema (a grammar) in-process" in out, command
        assert "--published YYYY-MM-DD" in out and "EVERY article that carries none" in out, command
    listing = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    assert "eval Score extraction against an answer key (--gold)." in listing


def test_brief_writes_the_review_page_and_the_spans_beside_the_brief(tmp_path: Path):
    seed = str(ARTICLES / SEED_IDS[1])
    out = tmp_path / "out"
    args = ["brief", seed, "-o", str(out / "brief.html"), "--review", str(out / "review" / "index.html")]
    result = CliRunner().invoke(main, _replay(*args, "--spans", str(out / "spans.jsonl")))
    assert result.exit_code == 0, result.output
    brief = (out / "brief.html").read_text(encoding="utf-8")
    review = (out / "review" / "index.html").read_text(encoding="utf-8")
    # Relative links both ways, so the two pages can be moved together.
    assert 'href="review/index.html#s1-' in brief and 'href="../brief.html"' in review
    (doc,) = [json.loads(line) for line in (out / "spans.jsonl").read_text(encoding="utf-8").splitlines()]
    assert doc["document_id"] == SEED_IDS[1] and doc["extractions"]


def test_brief_format_picks_the_stdout_format():
    seed = str(ARTICLES / SEED_IDS[1])
    as_json = CliRunner().invoke(main, _replay("brief", seed, "--format", "json"))
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout)["events"]
    as_html = CliRunner().invoke(main, _replay("brief", seed, "--format", "html"))
    assert as_html.stdout.lstrip().lower().startswith("<!doctype html")
    as_md = CliRunner().invoke(main, _replay("brief", seed))
    assert as_md.stdout.startswith("#")


def test_published_fills_only_undated_articles_and_warns_when_it_dates_several(tmp_path):
    undated = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in undated:
        path.write_text("Leaders of Norvalia and Belmaris will meet.\n", encoding="utf-8")
    dated = tmp_path / "c.txt"
    dated.write_text("---\npublished: 2021-03-04\n---\nLeaders of Norvalia and Belmaris will meet.\n", encoding="utf-8")
    out = tmp_path / "o"
    args = _replay("extract", *map(str, [*undated, dated]), "--published", "2022-05-06", "--json-dir", str(out))
    result = CliRunner().invoke(main, args)
    said = " ".join(result.stderr.split())
    assert "--published 2022-05-06 dated 2 articles that carry no date of their own" in said
    # What the run read: the fallback went to the undated articles only.
    entries = load_inputs([*undated, dated], None, DEFAULT_MAX_BYTES)
    _fill_published(entries, "2022-05-06")
    assert [a.meta.published for _, a in entries] == ["2022-05-06", "2022-05-06", "2021-03-04"]  # type: ignore[union-attr]
    one = CliRunner().invoke(main, _replay("extract", str(undated[0]), "--published", "2022-05-06"))
    assert "dated 1" not in one.stderr and "warning" not in one.stderr


def test_published_that_is_not_a_date_is_a_usage_error():
    result = CliRunner().invoke(main, _replay("extract", str(ARTICLES / SEED_IDS[1]), "--published", "May 5"))
    assert result.exit_code == 2
    assert "give the publication date as YYYY-MM-DD" in result.output


def test_the_distribution_is_summit_brief_and_gives_the_summarizer_command():
    from importlib.metadata import distribution

    dist = distribution("summit-brief")
    scripts = {ep.name: ep.value for ep in dist.entry_points if ep.group == "console_scripts"}
    assert scripts == {"summarizer": "summarizer.cli:main"}


def test_options_come_from_the_environment(monkeypatch):
    from click.testing import CliRunner

    from summarizer.cli import main

    monkeypatch.setenv("SUMMARIZER_BACKEND", "replay")
    monkeypatch.setenv("SUMMARIZER_RECORDINGS", str(RECORDINGS))
    monkeypatch.setenv("SUMMARIZER_QUIET", "1")
    seed = sorted((ROOT / "examples" / "articles").glob("*.txt"))[1]
    result = CliRunner().invoke(main, ["extract", str(seed)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["location"]["value"]  # answered from the recordings
    assert "model calls" not in result.stderr  # quiet: no usage line


def test_dry_run_counts_what_a_run_would_do_and_calls_no_model(tmp_path):
    args = [
        "extract",
        str(ARTICLES),
        "--backend",
        "replay",
        "--recordings",
        str(RECORDINGS),
        "--cache-dir",
        str(tmp_path),
    ]
    before = CliRunner().invoke(main, [*args, "--dry-run"])
    assert before.exit_code == 0, before.output
    assert "5 article(s)" in before.stdout and "0 already in the cache" in before.stdout
    assert "No model was called" in before.stdout and "{" not in before.stdout  # no summary written
    assert CliRunner().invoke(main, args).exit_code == 0  # the real run fills the cache
    after = CliRunner().invoke(main, [*args, "--dry-run"])
    assert "5 already in the cache" in after.stdout and "0 to extract in 0 chunk(s)" in after.stdout


# --------------------------------------------------------------------------------------
# The eval command: extraction replaced by hand-made summaries (test_evaluation_score.py)
# --------------------------------------------------------------------------------------


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    p = tmp_path / "gold.json"
    p.write_text(json.dumps({"articles": {"a.txt": GOLD_ENTRY, "b.txt": GOLD_ENTRY, "d.txt": GOLD_ENTRY}}))
    return p


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Replace the model: a.txt and b.txt give the hand-made summaries, d.txt fails."""
    calls: list[tuple[str, ...]] = []

    def run_extraction(inputs: tuple[str, ...], kw: dict[str, Any], select: Any = None) -> ExtractionRun:
        # The labels stand for loaded inputs: eval's select() keeps those in the key.
        kept = select(LoadedInputs((label, None) for label in inputs)) if select else inputs
        calls.append(tuple(label for label, _ in kept))
        assert kw["backend"] == "replay"  # the backend options reach the extraction
        return ExtractionRun(
            summaries=[perfect(), flawed()],
            failures=[Failure(article_id="d.txt", error="model said nothing useful", kind="model")],
        )

    monkeypatch.setattr(cli, "run_extraction", run_extraction)
    return calls


ARGS = ["x/a.txt", "x/b.txt", "x/c.txt", "x/d.txt", "--backend", "replay"]


def test_cli_eval_json(gold_path: Path, fake_extraction: list[tuple[str, ...]], tmp_path: Path) -> None:
    out_dir = tmp_path / "summaries"
    result = CliRunner().invoke(
        cli.main, ["eval", "--gold", str(gold_path), "--json", "--json-dir", str(out_dir), *ARGS]
    )
    # c.txt is not in the key: never extracted.
    assert fake_extraction == [("x/a.txt", "x/b.txt", "x/d.txt")]
    assert result.exit_code == cli.EXIT_PARTIAL  # one article failed
    assert "x/c.txt is not in" in result.stderr
    report = json.loads(result.stdout)
    assert [a["article_id"] for a in report["articles"]] == ["a.txt", "b.txt", "d.txt"]
    assert report["failed"] == ["d.txt"]
    assert report["not_in_gold"] == ["x/c.txt"]
    assert report["articles"][1]["field_score"] == pytest.approx((0.8 + 0 + 1 + 2 / 3) / 4)
    assert report["macro"]["field_score"] == pytest.approx((1 + (0.8 + 1 + 2 / 3) / 4 + 0) / 3)
    assert report["articles"][1]["verbatim"] == {"num": 10, "den": 12, "value": 10 / 12}
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.txt.json", "b.txt.json"]


def test_cli_eval_table(gold_path: Path, fake_extraction: list[tuple[str, ...]]) -> None:
    result = CliRunner().invoke(cli.main, ["eval", "--gold", str(gold_path), "--details", *ARGS])
    assert result.exit_code == cli.EXIT_PARTIAL
    out = result.stdout
    for expected in ("a.txt", "b.txt", "macro", "micro", "Failed extractions", "model said nothing useful"):
        assert expected in out
    assert "0.62" in out  # b.txt's field score, (0.8 + 0 + 1 + 0.667) / 4
    assert "false participant: Dmitry Peskov" in out
    assert "missed core agenda item: food-aid" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_cli_eval_nothing_in_gold(gold_path: Path, fake_extraction: list[tuple[str, ...]]) -> None:
    result = CliRunner().invoke(cli.main, ["eval", "--gold", str(gold_path), "x/other.txt", "--backend", "replay"])
    assert result.exit_code == cli.EXIT_CONFIG
    assert fake_extraction == []
    assert "none of the given articles" in result.stderr


def test_cli_eval_bad_gold(tmp_path: Path, fake_extraction: list[tuple[str, ...]]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    result = CliRunner().invoke(cli.main, ["eval", "--gold", str(bad), "x/a.txt", "--backend", "replay"])
    assert result.exit_code == cli.EXIT_CONFIG
    assert "answer key" in result.stderr
    assert fake_extraction == []


# --------------------------------------------------------------------------------------
# The brief command: extraction replaced by hand-built summaries (test_rendering_brief.py)
# --------------------------------------------------------------------------------------


@pytest.fixture
def fake_run(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Replace extraction with hand-built summaries; record what the command asked for."""
    calls: list[tuple[str, ...]] = []

    def run_extraction(inputs: tuple[str, ...], kw: dict[str, Any]) -> ExtractionRun:
        calls.append(inputs)
        return ExtractionRun(
            summaries=[
                summary("a.txt", ("Pyongyang", S), [("Arms", None, S)]),
                summary("b.txt", ("North Korea", C), [("Ammunition", None, C)]),
            ],
            failures=[Failure(article_id="gone.txt", error="no such file", kind="input")],
        )

    monkeypatch.setattr(cli, "run_extraction", run_extraction)
    return calls


def test_brief_command_writes_html_and_reports_partial_failure(fake_run: list[Any], tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(cli.main, ["brief", "a.txt", "b.txt", "gone.txt", "-o", str(out)])
    assert result.exit_code == cli.EXIT_PARTIAL, result.output
    html = out.read_text(encoding="utf-8")
    assert "<!DOCTYPE html>" in html and "gone.txt" in html and "no such file" in html
    assert fake_run == [("a.txt", "b.txt", "gone.txt")]


def test_brief_command_prints_markdown_by_default(fake_run: list[Any]) -> None:
    result = CliRunner().invoke(cli.main, ["brief", "a.txt", "b.txt"])
    assert result.stdout.startswith("# Summit brief")
    assert "North Korea" in result.stdout


def test_brief_command_writes_json(fake_run: list[Any], tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    CliRunner().invoke(cli.main, ["brief", "a.txt", "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["events"]) == 1 and len(data["sources"]) == 2


def test_brief_command_refuses_unknown_format_before_extracting(fake_run: list[Any], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli.main, ["brief", "a.txt", "-o", str(tmp_path / "brief.pdf")])
    assert result.exit_code == cli.EXIT_CONFIG
    assert fake_run == []
    assert not (tmp_path / "brief.pdf").exists()
