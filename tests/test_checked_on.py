"""The record of make test-versions (scripts/test_versions.py) and its line on
the site (hooks/checked_on.py): what each writes, and that a stale record fails
in CI."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


versions = load("test_versions", ROOT / "scripts" / "test_versions.py")
checked_on = load("checked_on", ROOT / "hooks" / "checked_on.py")


def entry(example, python, outcome, line=1):
    return {
        "example": example,
        "page": "docs/p.md",
        "line": line,
        "python": python,
        "outcome": outcome,
    }


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project with two examples, as the script and the hook see it."""
    (tmp_path / "examples" / "x").mkdir(parents=True)
    for name in ("a.py", "b.py"):
        (tmp_path / "examples" / "x" / name).write_text(f"print({name!r})\n")
    for module in (versions, checked_on):
        monkeypatch.setattr(module, "ROOT", tmp_path)
        monkeypatch.setattr(module, "RECORD", tmp_path / "examples/checked-on.json")
    return tmp_path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_python_counts_only_if_every_showing_of_the_example_passed(project):
    record, failed = versions.build_record(
        [
            entry("examples/x/a.py", "3.11", "passed"),
            entry("examples/x/a.py", "3.13t", "passed"),
            entry("examples/x/a.py", "3.14", "passed", line=1),
            entry("examples/x/a.py", "3.14", "failed", line=9),
            entry("examples/x/b.py", "3.11", "skipped"),
            entry("examples/x/b.py", "3.15", "passed"),
        ]
    )
    assert record == {
        "examples/x/a.py": {
            "digest": sha(project / "examples/x/a.py"),
            "pythons": ["3.11", "3.13t"],
        },
        "examples/x/b.py": {
            "digest": sha(project / "examples/x/b.py"),
            "pythons": ["3.15"],
        },
    }
    assert [f["python"] for f in failed] == ["3.14"]


def test_pythons_are_listed_by_version_then_build():
    labels = ["3.15", "3.13t", "3.11", "3.14", "3.13"]
    assert sorted(labels, key=versions.python_order) == [
        "3.11",
        "3.13",
        "3.13t",
        "3.14",
        "3.15",
    ]


def test_a_record_is_stale_when_an_example_changed_or_came_or_went(project):
    committed, _ = versions.build_record([entry("examples/x/a.py", "3.11", "passed")])
    assert versions.stale(committed, committed) == []
    (project / "examples/x/a.py").write_text("print('changed')\n")
    fresh, _ = versions.build_record(
        [
            entry("examples/x/a.py", "3.11", "passed"),
            entry("examples/x/b.py", "3.11", "passed"),
        ]
    )
    assert versions.stale(committed, fresh) == [
        "examples/x/a.py changed since the record was written",
        "examples/x/b.py is not in the committed record",
    ]
    assert versions.stale(fresh, {}) == [
        "examples/x/a.py is in the record, but no page shows it",
        "examples/x/b.py is in the record, but no page shows it",
    ]


def run_main(monkeypatch, entries, ci: bool, missing: bool = False) -> int:
    def find(label, command):
        if missing and label == "3.13t":
            return None, "not built"
        return f"/usr/bin/python{label}", ""

    monkeypatch.setattr(versions, "find", find)
    monkeypatch.setattr(versions, "run_matrix", lambda pythons, args: entries)
    monkeypatch.setenv("CI", "true" if ci else "")
    return versions.main([])


ALL_PASSED = [
    entry(example, python, "passed")
    for example in ("examples/x/a.py", "examples/x/b.py")
    for python in ("3.11", "3.13", "3.13t", "3.14", "3.15")
]


def test_ci_fails_on_a_stale_record_and_passes_on_a_fresh_one(project, monkeypatch):
    record = project / "examples/checked-on.json"
    assert run_main(monkeypatch, ALL_PASSED, ci=True) == 1  # no record committed
    assert json.loads(record.read_text())["examples/x/a.py"]["pythons"] == [
        "3.11",
        "3.13",
        "3.13t",
        "3.14",
        "3.15",
    ]
    assert run_main(monkeypatch, ALL_PASSED, ci=True) == 0  # the one it wrote
    (project / "examples/x/b.py").write_text("print('changed')\n")
    assert run_main(monkeypatch, ALL_PASSED, ci=True) == 1
    assert run_main(monkeypatch, ALL_PASSED, ci=False) == 0  # rewritten, not failed


def test_a_run_with_a_failure_or_a_missing_python_writes_no_record(
    project, monkeypatch
):
    record = project / "examples/checked-on.json"
    failed = [*ALL_PASSED[:-1], entry("examples/x/b.py", "3.15", "failed")]
    assert run_main(monkeypatch, failed, ci=False) == 1
    assert not record.exists()
    assert run_main(monkeypatch, ALL_PASSED, ci=False, missing=True) == 0
    assert not record.exists()
    assert run_main(monkeypatch, ALL_PASSED, ci=True, missing=True) == 1


PAGE = """\
Text.

=== "Code"

    ```python title="examples/x/a.py"
    --8<-- "examples/x/a.py"
    ```

=== "Output"

    ```text
    'a.py'
    ```

=== "Output, 3.13 and newer"

    <!-- output[3.13+]: -->
    ```text
    'a.py'
    ```

More text.

1. An exercise.

    ??? success "Solution"

        === "Code"

            ```python title="examples/x/b.py"
            --8<-- "examples/x/b.py"
            ```

        === "Output"

            ```text
            'b.py'
            ```

        The solution's prose.
"""


def test_the_line_goes_after_the_tab_set_at_its_indentation(project):
    record = {
        "examples/x/a.py": {
            "digest": sha(project / "examples/x/a.py"),
            "pythons": ["3.11", "3.13", "3.13t", "3.14", "3.15"],
        },
        "examples/x/b.py": {"digest": sha(project / "examples/x/b.py"), "pythons": []},
    }
    lines = checked_on.add_lines(PAGE, record, "contributing.md#c").split("\n")
    first = lines.index("<small>[Checked on](contributing.md#c) Python 3.11, 3.13, "
                        "3.13t, 3.14 and 3.15.</small>")  # fmt: skip
    assert lines[first + 1] == "{: .checked-on data-search-exclude }"
    assert lines[first + 3] == "More text."
    before = [line for line in lines[:first] if line.strip()]
    assert before[-2:] == ["    'a.py'", "    ```"]  # after the last output block
    none = "<small>[Checked on](contributing.md#c) no Python in the last run.</small>"
    second = lines.index(" " * 8 + none)
    assert lines[second + 3] == "        The solution's prose."


def test_a_changed_or_unrecorded_example_says_only_that(project):
    record = {"examples/x/a.py": {"digest": "0" * 64, "pythons": ["3.11"]}}
    text = checked_on.add_lines(PAGE, record, "c.md")
    assert "Changed since it was last [checked on every Python](c.md)" in text
    assert "Not yet [checked on every Python](c.md)" in text
    assert "Python 3.11" not in text
