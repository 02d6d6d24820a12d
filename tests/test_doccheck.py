"""Tests of the harness: each way an example can be wrong gives one clear message."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from doccheck.check import check_example
from doccheck.directive import DirectiveError, parse_directive
from doccheck.interpreter import Interpreter, interpreter_for
from doccheck.pages import PageError, find_examples
from doccheck.update import update_page


def make_page(root: Path, code: str, output: str, directive: str = "") -> Path:
    """Write examples/demo/01_demo.py and docs/demo.md showing it; return the page."""
    example = root / "examples" / "demo" / "01_demo.py"
    example.parent.mkdir(parents=True, exist_ok=True)
    example.write_text(textwrap.dedent(code))
    comment = f"    <!-- output: {directive} -->\n" if directive else ""
    page = root / "docs" / "demo.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        "# Demo\n\n"
        '=== "Code"\n\n'
        '    ```python title="examples/demo/01_demo.py"\n'
        '    --8<-- "examples/demo/01_demo.py"\n'
        "    ```\n\n"
        '=== "Output"\n\n'
        f"{comment}"
        "    ```text\n"
        + textwrap.indent(textwrap.dedent(output).strip("\n"), "    ")
        + "\n    ```\n"
    )
    return page


def check(root: Path, code: str, output: str, directive: str = "") -> str | None:
    page = make_page(root, code, output, directive)
    [block] = find_examples(page.read_text(), page.relative_to(root))
    return check_example(block, root)


# --- finding examples on a page ---------------------------------------------


def test_finds_include_output_and_directive(tmp_path):
    page = make_page(tmp_path, "print('hi')", "hi", "any-order; timeout 3")
    [block] = find_examples(page.read_text(), Path("docs/demo.md"))
    assert block.example == "examples/demo/01_demo.py"
    assert block.location == "docs/demo.md:5"
    output = block.output_for("default")
    assert output.expected == ["hi"]
    assert output.directive.order == "any-order"
    assert output.directive.timeout == 3
    assert block.output_for("free-threaded") is output  # no block of its own


def test_include_without_output_block_names_page_and_line(tmp_path):
    text = '# T\n\n```python\n--8<-- "examples/a/01.py"\n```\n\nSome prose.\n'
    with pytest.raises(
        PageError, match=r"docs/t.md:3: example examples/a/01.py must be"
    ):
        find_examples(text, Path("docs/t.md"))


def test_free_threaded_block_follows_the_default_one(tmp_path):
    page = make_page(tmp_path, "print('cores: 1.0')", "cores: 1.0", "cores <= 1.1")
    page.write_text(
        page.read_text() + '\n=== "Output, free-threaded"\n\n'
        "    <!-- output[free-threaded]: cores >= 1.5 -->\n"
        "    ```text\n    cores: 1.9\n    ```\n\nProse.\n"
    )
    [block] = find_examples(page.read_text(), Path("docs/demo.md"))
    assert block.output_for("default").expected == ["cores: 1.0"]
    free_threaded = block.output_for("free-threaded")
    assert free_threaded.expected == ["cores: 1.9"]
    assert free_threaded.directive.bounds[0].low == 1.5


def test_free_threaded_build_is_checked_against_its_own_block(tmp_path):
    page = make_page(tmp_path, "print('cores: 1.0')", "cores: 1.0", "cores <= 1.1")
    page.write_text(
        page.read_text() + "\n    <!-- output[free-threaded]: cores >= 1.5 -->\n"
        "    ```text\n    cores: 1.9\n    ```\n"
    )
    [block] = find_examples(page.read_text(), Path("docs/demo.md"))
    free_threaded = Interpreter(sys.executable, (3, 13), free_threaded=True)
    message = check_example(block, tmp_path, free_threaded)
    assert "check: <!-- output[free-threaded]: cores >= 1.5 -->" in message
    assert "cores = 1 is outside the bound cores >= 1.5" in message
    assert check_example(block, tmp_path) is None  # this build: the default block


def test_unreadable_directive_is_reported_with_its_place(tmp_path):
    page = make_page(tmp_path, "print(1)", "1", "in some order")
    with pytest.raises(
        PageError, match=r"docs/demo.md:5: cannot read the clause 'in some order'"
    ):
        find_examples(page.read_text(), Path("docs/demo.md"))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("speedup >= 4", 4, float("inf")),
        ("cores <= 1.1", float("-inf"), 1.1),
        ("elapsed = 0.5 ± 0.15", 0.35, 0.65),
        ("elapsed = 0.5 +- 0.15", 0.35, 0.65),
        ("1 <= ratio <= 2", 1, 2),
    ],
)
def test_bounds_are_parsed(text, low, high):
    [bound] = parse_directive(text).bounds
    assert (bound.low, bound.high) == pytest.approx((low, high))


def test_a_bound_may_name_its_physical_limit():
    [bound] = parse_directive("speedup >= 4.5 (limit 5)").bounds
    assert (bound.name, bound.low, bound.limit) == ("speedup", 4.5, 5)


def test_the_python_an_example_needs_is_said_once_for_all_builds(tmp_path):
    page = make_page(tmp_path, "print('x')", "x", "python >= 3.13")
    text = page.read_text() + (
        '\n=== "Output, free-threaded"\n\n'
        "    <!-- output[free-threaded]: any-order -->\n"
        "    ```text\n    x\n    ```\n"
    )
    [block] = find_examples(text, Path("docs/demo.md"))
    assert block.output_for("free-threaded").directive.min_python is None
    assert block.min_python == (3, 13)
    [plain] = find_examples(make_page(tmp_path, "", "x").read_text(), Path("p.md"))
    assert plain.min_python is None


OLD_PYTHON = Interpreter("/old/python", (3, 11), free_threaded=False)
NEW_FREE_THREADED = Interpreter("/new/python3.14t", (3, 14), free_threaded=True)
NEW_PYTHON = Interpreter("/new/python3.14", (3, 14), free_threaded=False)


def use_interpreters(monkeypatch, target, newer):
    monkeypatch.setattr("doccheck.interpreter.target_interpreter", lambda: target)
    monkeypatch.setattr("doccheck.interpreter.newer_interpreters", lambda: newer)


def test_an_example_for_a_newer_python_runs_with_one_of_the_same_build(monkeypatch):
    use_interpreters(monkeypatch, OLD_PYTHON, [NEW_FREE_THREADED, NEW_PYTHON])
    assert interpreter_for(None) is OLD_PYTHON
    assert interpreter_for((3, 11)) is OLD_PYTHON
    assert interpreter_for((3, 13)) is NEW_PYTHON


def test_without_a_newer_python_the_skip_reason_says_what_is_missing(monkeypatch):
    use_interpreters(monkeypatch, OLD_PYTHON, [NEW_FREE_THREADED])
    assert interpreter_for((3, 14)) == (
        "needs Python 3.14 or newer; this run has Python 3.11 "
        "and DOCCHECK_NEWER_PYTHON names no such interpreter"
    )
    use_interpreters(monkeypatch, OLD_PYTHON, [NEW_PYTHON])
    assert "needs Python 3.15 or newer" in interpreter_for((3, 15))


def test_a_value_bounded_twice_is_an_error():
    with pytest.raises(DirectiveError, match="bounded twice"):
        parse_directive("x >= 1; x <= 2")


# --- checking examples --------------------------------------------------------


def test_matching_output_passes(tmp_path):
    assert check(tmp_path, "print('hello')\nprint('world')", "hello\nworld") is None


def test_wrong_output_names_page_example_and_shows_a_diff(tmp_path):
    message = check(tmp_path, "print('hello')\nprint('world')", "hello\nword")
    assert (
        message.splitlines()[0] == "examples/demo/01_demo.py, shown at docs/demo.md:5"
    )
    assert "check: <!-- output: exact -->" in message
    assert "\n  hello\n- word\n+ world" in message


def test_exception_reports_exit_status_and_traceback(tmp_path):
    message = check(
        tmp_path, "print('before')\nraise ValueError('bad input')", "before"
    )
    assert "it exited with status 1, expected 0" in message
    assert "ValueError: bad input" in message
    assert 'File "examples/demo/01_demo.py", line 2' in message  # project path stripped


def test_expected_exception_passes_and_wrong_one_fails(tmp_path):
    code = "print('before')\nraise ValueError('bad input')"
    assert check(tmp_path, code, "before", "raises ValueError") is None
    message = check(tmp_path, code, "before", "raises KeyError")
    assert "should end with an uncaught KeyError" in message


def test_stderr_clause_checks_both_streams_in_terminal_order(tmp_path):
    code = "import sys\nprint('out 1')\nprint('err', file=sys.stderr)\nprint('out 2')"
    assert check(tmp_path, code, "out 1\nerr\nout 2", "stderr") is None


def test_hang_is_stopped_and_shows_every_threads_stack(tmp_path):
    code = """\
        import threading

        def wait_forever():
            threading.Event().wait()

        worker = threading.Thread(target=wait_forever)
        worker.start()
        print("started")
        worker.join()
    """
    message = check(tmp_path, code, "started", "timeout 1")
    assert "did not finish within its timeout of 1 s" in message
    assert "stdout before it was stopped:\n    started" in message
    stacks = message.split("stderr:")[1]
    assert "in wait_forever" in stacks  # the worker's stack
    assert 'File "examples/demo/01_demo.py", line 9 in <module>' in stacks  # main's


def test_a_process_left_running_is_reported(tmp_path):
    code = """\
        import subprocess

        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        subprocess.Popen(["sleep", "30"], **quiet)
        print("done")
    """
    message = check(tmp_path, code, "done")
    assert "it left processes running after it exited" in message


def test_bound_missed_shows_value_and_bound(tmp_path):
    message = check(tmp_path, "print('speedup: 2.5x')", "speedup: 4.8x", "speedup >= 4")
    assert "speedup = 2.5 is outside the bound speedup >= 4" in message


def test_bound_met_passes_whatever_the_page_shows(tmp_path):
    assert (
        check(tmp_path, "print('speedup: 4.2x')", "speedup: 4.8x", "speedup >= 4")
        is None
    )


def test_missing_bounded_value_is_reported(tmp_path):
    message = check(tmp_path, "print('ratio: 1')", "speedup: 4.8x", "speedup >= 4")
    assert "no value 'speedup' was printed" in message


def test_unbounded_numbers_still_compare_exactly_beside_a_bound(tmp_path):
    code = "print('tasks: 6')\nprint('speedup: 4.2x')"
    message = check(tmp_path, code, "tasks: 5\nspeedup: 4.8x", "speedup >= 4")
    assert "- tasks: 5\n+ tasks: 6\n  speedup: 4.2x" in message


def test_any_order_matches_shuffled_lines(tmp_path):
    code = "for word in ['c', 'a', 'b']:\n    print(word)"
    assert check(tmp_path, code, "a\nb\nc", "any-order") is None


def test_any_order_reports_missing_and_extra_lines(tmp_path):
    code = "for word in ['c', 'a', 'd']:\n    print(word)"
    message = check(tmp_path, code, "a\nb\nc", "any-order")
    assert "compared in any order" in message
    assert "- b" in message and "+ d" in message


def test_per_thread_keeps_order_within_each_label_only(tmp_path):
    code = "for line in ['t1: a', 't2: a', 't1: b', 't2: b']:\n    print(line)"
    assert check(tmp_path, code, "t1: a\nt1: b\nt2: a\nt2: b", "per-thread") is None
    message = check(tmp_path, code, "t1: b\nt1: a\nt2: a\nt2: b", "per-thread")
    assert "the lines of 't1' differ" in message


def test_absolute_tolerance(tmp_path):
    assert (
        check(tmp_path, "print('took 1.04 s')", "took 1.00 s", "numbers ±0.05") is None
    )
    message = check(tmp_path, "print('took 1.20 s')", "took 1.00 s", "numbers ±0.05")
    assert "- took 1.00 s\n+ took 1.20 s" in message


def test_relative_tolerance(tmp_path):
    assert check(tmp_path, "print('rate: 104')", "rate: 100", "numbers ±5%") is None
    assert check(tmp_path, "print('rate: 110')", "rate: 100", "numbers ±5%") is not None


def test_tolerance_does_not_excuse_different_text(tmp_path):
    assert (
        check(tmp_path, "print('took 1.0 min')", "took 1.0 s", "numbers ±1") is not None
    )


def test_an_example_gets_ctrl_c_even_when_the_test_run_ignores_it(tmp_path):
    code = "import signal; print(signal.getsignal(signal.SIGINT).__name__)"
    ignored = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as `make test &` does
    try:
        assert check(tmp_path, code, "default_int_handler") is None
    finally:
        signal.signal(signal.SIGINT, ignored)


def test_missing_example_file_is_reported(tmp_path):
    page = make_page(tmp_path, "print(1)", "1")
    (tmp_path / "examples" / "demo" / "01_demo.py").unlink()
    [block] = find_examples(page.read_text(), page.relative_to(tmp_path))
    assert "does not exist" in check_example(block, tmp_path)


# --- rewriting outputs ----------------------------------------------------------


def test_update_rewrites_output_and_keeps_the_directive(tmp_path):
    page = make_page(tmp_path, "print('speedup: 4.6x')", "speedup: 9x", "speedup >= 4")
    changed, failures = update_page(page, tmp_path)
    assert (changed, failures) == (1, [])
    text = page.read_text()
    assert (
        "    <!-- output: speedup >= 4 -->\n    ```text\n    speedup: 4.6x\n    ```"
        in text
    )


def test_update_with_another_build_leaves_the_default_block_alone(
    tmp_path, monkeypatch
):
    page = make_page(tmp_path, "print('x: 2')", "x: 1")
    free_threaded = Interpreter(sys.executable, (3, 13), free_threaded=True)
    monkeypatch.setattr("doccheck.update.target_interpreter", lambda: free_threaded)
    assert update_page(page, tmp_path) == (0, [])
    assert "    x: 1\n" in page.read_text()


# --- the whole chain, through pytest and sybil ------------------------------------


def run_pytest(root: Path, *options: str) -> subprocess.CompletedProcess:
    """Run pytest on root/docs with the harness, as a contributor would."""
    (root / "conftest.py").write_text(
        "from pathlib import Path\n"
        "from doccheck import sybil_for\n"
        "pytest_collect_file = sybil_for(Path(__file__).parent).pytest()\n"
    )
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            *options,
            "-p",
            "no:cacheprovider",
            "docs",
        ],
        cwd=root,
        env={"PYTHONPATH": str(Path(__file__).parent), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )


def test_pytest_reports_a_changed_output_line_with_page_and_example(tmp_path):
    make_page(tmp_path, "print('hello')", "hellp")
    result = run_pytest(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED docs/demo.md::01_demo[line 5]" in result.stdout
    assert "examples/demo/01_demo.py, shown at docs/demo.md:5" in result.stdout
    assert "- hellp\n+ hello" in result.stdout


def test_pytest_shows_why_an_example_for_a_newer_python_was_skipped(tmp_path):
    make_page(tmp_path, "print('hello')", "hello", "python >= 3.99")
    result = run_pytest(tmp_path, "-rs")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout
    assert "examples/demo/01_demo.py needs Python 3.99 or newer" in result.stdout
