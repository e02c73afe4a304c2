"""Tests mirror modules (issue #23, item 5), flat because the test files import helpers from
each other by module name: the unit tests of ``summarizer/<package>/<module>.py`` live in
``tests/test_<package>_<module>.py``, of a top-level ``summarizer/<module>.py`` in
``tests/test_<module>.py``, and of a package ``__init__.py`` that holds code in
``tests/test_<package>.py``. ``__main__.py`` files and ``__init__.py`` files that hold only a
docstring and imports have no mirror.

A new module without its test file fails here. The allow-list below names the modules that
have no unit test file yet; it should only ever shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "summarizer"
TESTS = ROOT / "tests"

#: Modules whose tests live in a whole-pipeline or user-surface file, named for what it
#: tests rather than for the module (see the list in conftest.py).
TESTED_IN = {
    "summarizer/__init__.py": "test_public_api.py",  # the public API as a user imports it
    "summarizer/cli/options.py": "test_cli.py",  # the options, through the commands
    "summarizer/evaluation/ledger.py": "test_ledger.py",  # on the three answer keys' recordings
    "summarizer/providers/fast_grammar.py": "test_model.py",  # needs the real model (-m model)
    "summarizer/providers/redact.py": "test_secrets.py",  # the API key masked everywhere
    # Batch runs, end to end against a fake Files/Batches server (tests/batch_fakes.py).
    "summarizer/batch/lines.py": "test_batch.py",
    "summarizer/batch/rounds.py": "test_batch.py",
    "summarizer/batch/server.py": "test_batch.py",
    "summarizer/batch/state.py": "test_batch.py",
    "summarizer/batch/transport.py": "test_batch.py",
    "summarizer/cli/batch.py": "test_batch.py",
    "summarizer/rendering/environment.py": "test_rendering_brief.py",  # every page renders through it
}

#: Modules with no unit tests of their own yet. Each comment says where the module is
#: exercised today. Remove an entry when its test file is written.
NO_UNIT_TESTS_YET = {
    # Types only (pydantic models, errors, a Protocol): every test builds or raises them.
    "summarizer/core/article.py": "types; built by every test",
    "summarizer/core/brief.py": "types; built by the merge and rendering tests",
    "summarizer/core/errors.py": "exceptions; raised and matched by the ingest and providers tests",
    "summarizer/core/model.py": "a Protocol; the fakes in test_extraction_summary.py follow it",
    "summarizer/core/schema.py": "types; built by every test",
    # Exercised only through other modules' tests.
    "summarizer/evaluation/report.py": "report types, through test_evaluation_score.py",
    "summarizer/evaluation/table.py": "the eval table, through the eval command in test_cli.py",
    "summarizer/extraction/offsets.py": "through build_summary in test_extraction_summary.py",
    "summarizer/ingest/furniture.py": "through clean_text in test_ingest_clean.py",
    "summarizer/ingest/text.py": "through the loader in test_ingest_load.py",
    "summarizer/language/lexicon.py": "through the language and extraction tests",
    "summarizer/merge/clustering.py": "through the grouping in test_merge_summits.py",
}


def _has_code(path: Path) -> bool:
    """More than a docstring, imports and ``__all__``."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__all__"]:
            continue
        return True
    return False


def _modules() -> list[Path]:
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.name != "__main__.py" and (p.name != "__init__.py" or _has_code(p))
    ]


def mirror_of(module: Path) -> str:
    """``summarizer/merge/summits.py`` -> ``test_merge_summits.py``."""
    parts = list(module.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return "test_" + "_".join(parts) + ".py"


def test_every_module_has_its_mirror_test_file() -> None:
    missing = []
    for module in _modules():
        name = module.relative_to(ROOT).as_posix()
        if name in NO_UNIT_TESTS_YET:
            continue
        expected = TESTED_IN.get(name, mirror_of(module))
        if not (TESTS / expected).is_file():
            missing.append(f"{name}: tests/{expected}")
    assert missing == [], "modules without their test file (write it, or list the module in NO_UNIT_TESTS_YET)"


def test_the_allow_lists_name_only_modules_still_without_a_mirror() -> None:
    modules = {m.relative_to(ROOT).as_posix(): m for m in _modules()}
    stale = [name for name in [*TESTED_IN, *NO_UNIT_TESTS_YET] if name not in modules]
    assert stale == [], "allow-listed modules that no longer exist"
    done = [name for name in NO_UNIT_TESTS_YET if (TESTS / mirror_of(modules[name])).is_file()]
    assert done == [], "these modules have their test file now: remove them from NO_UNIT_TESTS_YET"
