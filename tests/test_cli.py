"""The command line, as a user types it, on the replay backend (no model needed)."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import ARTICLES, RECORDINGS, ROOT, SEED_IDS

from summarizer.cli import _fill_published, main
from summarizer.ingest.text import DEFAULT_MAX_BYTES
from summarizer.run import load_inputs


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
