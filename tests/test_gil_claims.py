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
- threads that wait one after the other (each joined as soon as started) in
  place of threads that wait together;
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
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from doccheck.interpreter import interpreter_at
from doccheck.pages import find_examples

ROOT = Path(__file__).resolve().parents[1]
PAGE = Path("docs/gil-and-performance.md")
CHAPTER = Path("examples/gil_and_performance")
ATTEMPTS = 3
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

# Each variant runs alone on one worker: they time threads.
pytestmark = pytest.mark.xdist_group("gil-claims")


def output_block(name: str, free_threaded: bool):
    """The page's output block that a build of the example is checked against."""
    text = (ROOT / PAGE).read_text(encoding="utf-8")
    block = next(b for b in find_examples(text, PAGE) if Path(b.example).name == name)
    outputs = block.outputs
    if free_threaded and "free-threaded" in outputs:
        return outputs["free-threaded"]
    return outputs.get("default") or outputs[""]  # the default block's key


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


def bound_misses(directive, printed: list[str]) -> list[str]:
    """Each bounded value of the directive that is missing or outside its bound."""
    misses = []
    for bound in directive.bounds:
        values = [
            float(NUMBER.search(line.partition(":")[2])[0])
            for line in printed
            if line.partition(":")[0].strip() == bound.name
        ]
        if not values:
            misses.append(f"no value {bound.name!r} was printed")
        misses += [
            f"{bound.name} = {value:g} is outside the bound {bound.text}"
            for value in values
            if not bound.holds(value)
        ]
    return misses


def run(command, cwd, environment, timeout):
    """Run command; on timeout, kill it with the process pool workers it started
    (in a session of their own), which would otherwise outlive it."""
    with subprocess.Popen(
        command,
        cwd=cwd,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=hasattr(os, "killpg"),
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if hasattr(os, "killpg"):
                os.killpg(process.pid, signal.SIGKILL)
            process.kill()
            raise
    return process.returncode, stdout, stderr


def problems_of_variant(
    tmp_path: Path,
    name: str,
    python: str = sys.executable,
    replace: tuple[str, str] | None = None,
    gil: str | None = None,
    against_default: bool = False,
) -> list[str]:
    """Run the variant of example `name`; return what the page's bounds report.

    The chapter's examples are copied to tmp_path (they import timeline.py),
    the text `replace[0]` in the example becomes `replace[1]`, and the output
    is checked against the bounds of the page's block for the build of python
    (or of the default block, with against_default).
    """
    free_threaded = interpreter_at(python).free_threaded and not against_default
    output = output_block(name, free_threaded)
    shutil.copytree(ROOT / CHAPTER, tmp_path / CHAPTER)
    example = tmp_path / CHAPTER / name
    if replace:
        source = example.read_text(encoding="utf-8")
        assert replace[0] in source, f"{name} no longer contains {replace[0]!r}"
        example.write_text(source.replace(*replace), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k != "PYTHON_GIL"}
    if gil is not None:
        environment["PYTHON_GIL"] = gil
    for _ in range(ATTEMPTS):
        returncode, stdout, stderr = run(
            [python, str(example)], tmp_path, environment, output.directive.timeout
        )
        assert returncode == 0, stderr
        printed = stdout.splitlines()
        if not (printed and printed[0].startswith("inconclusive:")):
            return bound_misses(output.directive, printed)
    pytest.skip(f"{name} variant: {printed[0]}")


def assert_fails(problems: list[str]) -> None:
    assert problems, "the page's check passed on a variant where its claim is false"
    assert any("outside the bound" in line for line in problems), problems


def test_hashing_check_fails_with_a_call_that_keeps_the_gil(tmp_path):
    replace = ("hashlib.sha256, DATA", "sum, range(10_000_000)")
    problems = problems_of_variant(
        tmp_path, "04_hashing_releases_gil.py", replace=replace
    )
    assert_fails(problems)
    assert any(line.startswith("hashlib.sha256 = ") for line in problems), problems


def test_zlib_check_fails_with_a_call_that_keeps_the_gil(tmp_path):
    replace = ("zlib.compress, DATA, 9", "sum, range(10_000_000)")
    problems = problems_of_variant(
        tmp_path, "exercise_2_zlib_threads.py", replace=replace
    )
    assert_fails(problems)
    assert any(line.startswith("zlib.compress = ") for line in problems), problems


def test_process_pool_check_fails_with_threads_in_place_of_processes(tmp_path):
    replace = (
        "ProcessPoolExecutor(1) as processes",
        "ThreadPoolExecutor(1) as processes",
    )
    problems = problems_of_variant(
        tmp_path,
        "05_processes_versus_threads.py",
        replace=replace,
    )
    assert_fails(problems)
    assert any(line.startswith("process pool = ") for line in problems), problems


def test_io_check_fails_when_the_waits_do_not_overlap(tmp_path):
    start = "        thread.start()\n"
    replace = (start, start + "        thread.join()\n")
    problems = problems_of_variant(tmp_path, "03_io_bound_threads.py", replace=replace)
    assert_fails(problems)


def test_convoy_check_fails_when_the_switch_interval_is_not_changed(tmp_path):
    replace = ("sys.setswitchinterval(interval)", "pass")
    problems = problems_of_variant(tmp_path, "06_convoy_effect.py", replace=replace)
    assert_fails(problems)


FREE_THREADED_CLAIMS = [
    "02_cpu_bound_threads.py",
    "04_hashing_releases_gil.py",
    "05_processes_versus_threads.py",
    "06_convoy_effect.py",
]


@pytest.mark.parametrize("name", FREE_THREADED_CLAIMS)
def test_free_threaded_checks_fail_with_the_gil_back_on(name, tmp_path):
    python = free_threaded_python()
    if python is None:
        pytest.skip("no free-threaded CPython (make free-threaded-python builds one)")
    problems = problems_of_variant(tmp_path, name, python=python, gil="1")
    assert_fails(problems)


def test_gil_check_fails_without_the_gil(tmp_path):
    python = free_threaded_python()
    if python is None:
        pytest.skip("no free-threaded CPython (make free-threaded-python builds one)")
    problems = problems_of_variant(
        tmp_path,
        "02_cpu_bound_threads.py",
        python=python,
        gil="0",
        against_default=True,
    )
    assert_fails(problems)
