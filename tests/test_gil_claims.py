"""The GIL chapter's checks can fail: each runs against a deliberately wrong variant.

docs/gil-and-performance.md checks its claims (pure-Python threads never run
at the same moment with the GIL; hashlib and zlib release it; a process pool
keeps running while this process holds its GIL; a waking thread waits one
switch interval) with bounds that must hold on a loaded machine. A bound that
would also hold when the claim is false checks nothing, so each test here
runs an example with the claim made false and asserts that the page's check
of that example fails:

- C code that keeps the GIL (``sum(range(...))``) in place of hashing or of
  compressing;
- a thread pool in place of the process pool;
- the switch interval left unchanged where the example shortens it;
- the free-threaded build with ``PYTHON_GIL=1`` (the GIL back on) checked
  against the page's free-threaded outputs, and without it against the
  default outputs.

An example that prints ``inconclusive:`` (the machine had no parallelism to
give at that moment) tells nothing either way; it is run again, up to three
times, and the test is skipped with its figures if it never concludes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from doccheck.check import printed_lines
from doccheck.compare import compare_output
from doccheck.interpreter import interpreter_at
from doccheck.pages import find_examples
from doccheck.runner import run_example

ROOT = Path(__file__).resolve().parents[1]
PAGE = Path("docs/gil-and-performance.md")
CHAPTER = Path("examples/gil_and_performance")
ATTEMPTS = 3

# Each variant runs alone on one worker: they time threads.
pytestmark = pytest.mark.xdist_group("gil-claims")


def blocks():
    text = (ROOT / PAGE).read_text(encoding="utf-8")
    return {Path(block.example).name: block for block in find_examples(text, PAGE)}


def free_threaded_python() -> str | None:
    """A free-threaded CPython: DOCCHECK_PYTHON's, or the one the script built."""
    named = os.environ.get("DOCCHECK_PYTHON")
    if named and interpreter_at(named).free_threaded:
        return named
    environment = {k: v for k, v in os.environ.items() if k != "PYTHON_GIL"}
    found = subprocess.run(
        [str(ROOT / "scripts/free-threaded-python.sh"), "--cached"],
        capture_output=True,
        text=True,
        env=environment,
    ).stdout.strip()
    return found.splitlines()[-1] if found else None


def problems_of_variant(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    build: str,
    python: str = sys.executable,
    replace: tuple[str, str] | None = None,
    gil: str | None = None,
) -> list[str]:
    """Run the variant of example `name`; return what the page's check reports.

    The chapter's examples are copied to tmp_path (they import timeline.py),
    the text `replace[0]` in the example becomes `replace[1]`, and the output
    is compared with the page's block for `build`.
    """
    block = blocks()[name]
    output = block.outputs[build]
    shutil.copytree(ROOT / CHAPTER, tmp_path / CHAPTER)
    example = tmp_path / CHAPTER / name
    if replace:
        source = example.read_text(encoding="utf-8")
        assert replace[0] in source, f"{name} no longer contains {replace[0]!r}"
        example.write_text(source.replace(*replace), encoding="utf-8")
    if gil is not None:
        monkeypatch.setenv("PYTHON_GIL", gil)
    for _ in range(ATTEMPTS):
        result = run_example(
            tmp_path,
            str(CHAPTER / name),
            python=python,
            timeout=output.directive.timeout,
        )
        assert result.returncode == 0, result.stderr
        printed = printed_lines(result, tmp_path)
        if not (printed and printed[0].startswith("inconclusive:")):
            return compare_output(output.expected, printed, output.directive)
    pytest.skip(f"{name} variant: {printed[0]}")


def assert_fails(problems: list[str]) -> None:
    assert problems, "the page's check passed on a variant where its claim is false"
    assert any("outside the bound" in line for line in problems), problems


def test_hashing_check_fails_with_a_call_that_keeps_the_gil(tmp_path, monkeypatch):
    replace = ("hashlib.sha256, DATA", "sum, range(20_000_000)")
    problems = problems_of_variant(
        tmp_path, monkeypatch, "04_hashing_releases_gil.py", "default", replace=replace
    )
    assert_fails(problems)
    assert any(line.startswith("hashlib.sha256 = ") for line in problems), problems


def test_zlib_check_fails_with_a_call_that_keeps_the_gil(tmp_path, monkeypatch):
    replace = ("zlib.compress, DATA, 9", "sum, range(20_000_000)")
    problems = problems_of_variant(
        tmp_path, monkeypatch, "exercise_2_zlib_threads.py", "default", replace=replace
    )
    assert_fails(problems)
    assert any(line.startswith("zlib.compress = ") for line in problems), problems


def test_process_pool_check_fails_with_threads_in_place_of_processes(
    tmp_path, monkeypatch
):
    replace = (
        "ProcessPoolExecutor(1) as processes",
        "ThreadPoolExecutor(1) as processes",
    )
    problems = problems_of_variant(
        tmp_path,
        monkeypatch,
        "05_processes_versus_threads.py",
        "default",
        replace=replace,
    )
    assert_fails(problems)
    assert any(line.startswith("process pool = ") for line in problems), problems


def test_convoy_check_fails_when_the_switch_interval_is_not_changed(
    tmp_path, monkeypatch
):
    replace = ("sys.setswitchinterval(interval)", "pass")
    problems = problems_of_variant(
        tmp_path, monkeypatch, "06_convoy_effect.py", "default", replace=replace
    )
    assert_fails(problems)


FREE_THREADED_CLAIMS = [
    "02_cpu_bound_threads.py",
    "04_hashing_releases_gil.py",
    "05_processes_versus_threads.py",
    "06_convoy_effect.py",
]


@pytest.mark.parametrize("name", FREE_THREADED_CLAIMS)
def test_free_threaded_checks_fail_with_the_gil_back_on(name, tmp_path, monkeypatch):
    python = free_threaded_python()
    if python is None:
        pytest.skip("no free-threaded CPython (make free-threaded-python builds one)")
    problems = problems_of_variant(
        tmp_path, monkeypatch, name, "free-threaded", python=python, gil="1"
    )
    assert_fails(problems)


def test_gil_check_fails_without_the_gil(tmp_path, monkeypatch):
    python = free_threaded_python()
    if python is None:
        pytest.skip("no free-threaded CPython (make free-threaded-python builds one)")
    problems = problems_of_variant(
        tmp_path,
        monkeypatch,
        "02_cpu_bound_threads.py",
        "default",
        python=python,
        gil="0",
    )
    assert_fails(problems)
