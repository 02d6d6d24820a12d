"""Tests of the harness: each way an example can be wrong gives one clear message."""

from __future__ import annotations

import json
import signal
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from doccheck import runner
from doccheck.check import check_example, run_check
from doccheck.directive import DirectiveError, parse_directive
from doccheck.interpreter import Interpreter, interpreter_for
from doccheck.pages import PageError, find_examples

INCLUDE = (
    '=== "Code"\n\n'
    '    ```python title="examples/demo/{name}.py"\n'
    '    --8<-- "examples/demo/{name}.py"\n'
    "    ```\n\n"
)


@pytest.fixture(autouse=True)
def this_python_only(monkeypatch):
    """Examples run with the Python running the tests, whatever the environment."""
    monkeypatch.delenv("DOCCHECK_PYTHON", raising=False)
    monkeypatch.delenv("DOCCHECK_NEWER_PYTHON", raising=False)


def output_block(output: str, directive: str | None = "", label: str = "") -> str:
    """An output tab: its header, its directive (None: no comment) and block."""
    marker = f"output[{label}]" if label else "output"
    comment = "" if directive is None else f"    <!-- {marker}: {directive} -->\n"
    tab = f"Output, {label}" if label else "Output"
    return (
        f'=== "{tab}"\n\n{comment}    ```text\n'
        + textwrap.indent(textwrap.dedent(output).strip("\n"), "    ")
        + "\n    ```\n\n"
    )


def make_page(
    root: Path, code: str, output: str, directive: str = "", *, extra: str = ""
) -> Path:
    """Write examples/demo/01_demo.py and docs/demo.md showing it; return the page.

    ``extra`` is added after the output block (alternative blocks, prose).
    """
    add_example(root, "01_demo", code)
    page = root / "docs" / "demo.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        "# Demo\n\n"
        + INCLUDE.format(name="01_demo")
        + output_block(output, directive or None)
        + extra
    )
    return page


def add_example(root: Path, name: str, code: str) -> None:
    example = root / "examples" / "demo" / f"{name}.py"
    example.parent.mkdir(parents=True, exist_ok=True)
    example.write_text(textwrap.dedent(code))


def one_block(page: Path):
    [block] = find_examples(page.read_text(), Path("docs/demo.md"))
    return block


def check(root: Path, code: str, output: str, directive: str = "") -> str | None:
    page = make_page(root, code, output, directive)
    [block] = find_examples(page.read_text(), page.relative_to(root))
    return check_example(block, root)


def page_error(text: str) -> str:
    with pytest.raises(PageError) as error:
        find_examples(text, Path("docs/t.md"))
    return str(error.value)


# --- finding examples on a page ---------------------------------------------


def test_finds_include_output_and_directive(tmp_path):
    page = make_page(tmp_path, "print('hi')", "hi", "per-thread; timeout 3")
    block = one_block(page)
    assert block.example == "examples/demo/01_demo.py"
    assert block.location == "docs/demo.md:5"
    output = block.output_for((3, 11), False)
    assert output.expected == ["hi"]
    assert output.directive.order == "per-thread"
    assert output.directive.timeout == 3
    assert block.output_for((3, 13), True) is output  # no block of its own


def test_include_without_output_block_names_page_and_line():
    text = '# T\n\n```python title="examples/a/01.py"\n--8<-- "examples/a/01.py"\n```\n'
    assert page_error(text + "\nSome prose.\n") == (
        "docs/t.md:3: example examples/a/01.py must be followed by its output "
        "block; line 7 holds something else"
    )
    assert page_error(text).endswith(
        "must be followed by its output block; the page ends"
    )


def test_an_example_followed_by_another_without_output_is_an_error():
    code = '```python title="examples/a/0{n}.py"\n--8<-- "examples/a/0{n}.py"\n```\n\n'
    text = code.format(n=1) + code.format(n=2) + "```text\nx\n```\n"
    assert page_error(text) == (
        "docs/t.md:1: example examples/a/01.py must be followed by its output "
        "block; line 5 is another include"
    )


def test_an_include_among_other_lines_is_an_error_not_an_untested_example():
    text = (
        '```python title="examples/a/01.py"\n# a comment\n--8<-- "examples/a/01.py"\n'
        "```\n\n```text\nwrong\n```\n"
    )
    assert page_error(text) == (
        "docs/t.md:1: the code block that includes examples/a/01.py holds other "
        "lines too, so it would not be tested; an example's code block must hold "
        "its include line and nothing else (put comments in the example file or in "
        "the prose)"
    )


def test_an_include_outside_a_code_block_is_an_error():
    assert page_error('Prose.\n\n--8<-- "examples/a/01.py"\n') == (
        "docs/t.md:3: the include of examples/a/01.py is outside a code block, so "
        "it would not be tested; put it in a code block titled with its path, "
        "followed by its output block"
    )


def test_the_title_must_name_the_included_file():
    block = '--8<-- "examples/a/01.py"\n```\n\n```text\nx\n```\n'
    assert page_error('```python title="examples/a/02.py"\n' + block) == (
        'docs/t.md:1: the code block of examples/a/01.py has title="examples/a/02.py"; '
        'give it title="examples/a/01.py" (the download link on the site follows '
        "the title)"
    )
    assert "has no title" in page_error("```python\n" + block)


def test_a_directive_that_belongs_to_no_example_is_an_error(tmp_path):
    page = make_page(tmp_path, "print(1)", "1")
    lonely = "\nProse.\n\n<!-- output: per-thread -->\n```text\n1\n```\n"
    assert page_error(page.read_text() + lonely) == (
        "docs/t.md:18: this output directive belongs to no example; put it on the "
        "line just above the output block that follows an example's code block "
        '(below the === "Output" tab header)'
    )
    above_the_code = "<!-- output: per-thread -->\n" + page.read_text()
    assert "docs/t.md:1: this output directive belongs to no example" in page_error(
        above_the_code
    )


def test_a_directive_the_harness_cannot_read_is_an_error():
    text = "Prose.\n\n<!-- output per-thread -->\n"
    assert page_error(text) == (
        "docs/t.md:3: cannot read the directive <!-- output per-thread -->; it is "
        "written <!-- output: CLAUSES --> or <!-- output[LABEL]: CLAUSES -->"
    )


def test_directives_and_includes_shown_inside_a_code_block_are_text():
    text = (
        '````markdown\n```python\n;--8<-- "examples/a/01.py"\n```\n'
        "<!-- output: per-thread -->\n````\n"
    )
    assert find_examples(text, Path("docs/t.md")) == []


def test_free_threaded_block_follows_the_default_one(tmp_path):
    free_threaded = output_block("cores: 1.9", "cores >= 1.5", "free-threaded")
    page = make_page(
        tmp_path, "", "cores: 1.0", "cores <= 1.1", extra=free_threaded + "Prose.\n"
    )
    block = one_block(page)
    assert block.output_for((3, 13), False).expected == ["cores: 1.0"]
    output = block.output_for((3, 13), True)
    assert output.expected == ["cores: 1.9"]
    assert output.directive.bounds[0].low == 1.5


def test_the_block_for_a_python_version_applies_from_that_version_on(tmp_path):
    alternatives = (
        output_block("3.13", "", "3.13+")
        + output_block("3.14", "", "3.14+")
        + output_block("free", "", "free-threaded")
    )
    block = one_block(make_page(tmp_path, "", "default", extra=alternatives))
    assert block.output_for((3, 11), False).expected == ["default"]
    assert block.output_for((3, 13), False).expected == ["3.13"]
    assert block.output_for((3, 15), False).expected == ["3.14"]
    assert block.output_for((3, 13), True).expected == ["free"]
    without_free_threaded = output_block("3.13", "", "3.13+")
    block = one_block(make_page(tmp_path, "", "default", extra=without_free_threaded))
    assert block.output_for((3, 13), True).expected == ["3.13"]
    assert block.output_for((3, 12), True).expected == ["default"]


def test_a_version_block_is_checked_on_that_version(tmp_path):
    page = make_page(
        tmp_path, "print('new')", "old", extra=output_block("new", "", "3.13+")
    )
    block = one_block(page)
    newer = Interpreter(sys.executable, (3, 13), free_threaded=False)
    assert check_example(block, tmp_path, newer) is None
    older = Interpreter(sys.executable, (3, 11), free_threaded=False)
    assert "- old\n+ new" in check_example(block, tmp_path, older)


def test_an_unknown_label_lists_the_labels(tmp_path):
    page = make_page(tmp_path, "", "x", extra=output_block("y", "", "3.13"))
    with pytest.raises(PageError) as error:
        one_block(page)
    assert str(error.value) == (
        "docs/demo.md:17: unknown label [3.13] on the output block of "
        "examples/demo/01_demo.py; the labels are: output (the default), "
        "output[free-threaded], output[X.Y+] (output[3.13+])"
    )


def test_free_threaded_build_is_checked_against_its_own_block(tmp_path):
    free_threaded_block = output_block("cores: 1.9", "cores >= 1.5", "free-threaded")
    page = make_page(
        tmp_path,
        "print('cores: 1.0')",
        "cores: 1.0",
        "cores <= 1.1",
        extra=free_threaded_block,
    )
    block = one_block(page)
    free_threaded = Interpreter(sys.executable, (3, 13), free_threaded=True)
    message = check_example(block, tmp_path, free_threaded)
    assert "check: <!-- output[free-threaded]: cores >= 1.5 -->" in message
    assert "cores = 1 is outside the bound cores >= 1.5" in message
    assert check_example(block, tmp_path) is None  # this build: the default block


def test_unreadable_clause_lists_the_clauses(tmp_path):
    page = make_page(tmp_path, "print(1)", "1", "in some order")
    with pytest.raises(PageError) as error:
        one_block(page)
    assert str(error.value) == (
        "docs/demo.md:11: cannot read the clause 'in some order' of '<!-- output: "
        "in some order -->'; the clauses are: exact | per-thread | NAME >= N | "
        "NAME <= N | NAME > N | NAME < N | LOW <= NAME <= HIGH, each with an "
        "optional (limit N) | exit N | timeout N | stderr | python >= X.Y | "
        "posix-only | linux-only (see docs/contributing.md)"
    )


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("speedup >= 4", 4, float("inf")),
        ("cores <= 1.1", float("-inf"), 1.1),
        ("1 <= ratio <= 2", 1, 2),
    ],
)
def test_bounds_are_parsed(text, low, high):
    [bound] = parse_directive(text).bounds
    assert (bound.low, bound.high) == pytest.approx((low, high))


def test_strict_bounds_exclude_their_value():
    [above] = parse_directive("lost > 0").bounds
    [below] = parse_directive("counter < 10").bounds
    assert (above.holds(0), above.holds(1)) == (False, True)
    assert (below.holds(10), below.holds(9)) == (False, True)


def test_a_bound_may_name_its_physical_limit():
    [bound] = parse_directive("speedup >= 4.5 (limit 5)").bounds
    assert (bound.name, bound.low, bound.limit) == ("speedup", 4.5, 5)


def test_a_bound_above_its_limit_is_an_error():
    with pytest.raises(DirectiveError) as error:
        parse_directive("speedup >= 2.5 (limit 2)")
    assert str(error.value) == (
        "the bound 'speedup >= 2.5 (limit 2)' can never hold: speedup cannot "
        "exceed its limit 2; lower the bound or correct the limit"
    )
    assert parse_directive("cores <= 1.1 (limit 1)").bounds[0].limit == 1


def test_a_value_bounded_twice_gets_the_range_form():
    with pytest.raises(DirectiveError) as error:
        parse_directive("x >= 1; x <= 2")
    assert str(error.value) == (
        "'x' is bounded twice in 'x >= 1; x <= 2' (x >= 1 and x <= 2): "
        "write one range, 'LOW <= x <= HIGH'"
    )


def test_the_python_an_example_needs_is_said_once_for_all_builds(tmp_path):
    free_threaded = output_block("x", "per-thread", "free-threaded")
    block = one_block(
        make_page(tmp_path, "", "x", "python >= 3.13", extra=free_threaded)
    )
    assert block.output_for((3, 13), True).directive.min_python is None
    assert block.min_python == (3, 13)
    assert one_block(make_page(tmp_path, "", "x")).min_python is None


OLD_PYTHON = Interpreter("/old/python", (3, 11), free_threaded=False)
NEW_FREE_THREADED = Interpreter("/new/python3.14t", (3, 14), free_threaded=True)
NEW_PYTHON = Interpreter("/new/python3.14", (3, 14), free_threaded=False)
THIS_PYTHON = Interpreter(sys.executable, sys.version_info[:2], free_threaded=False)


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


# --- checking examples --------------------------------------------------------


@pytest.fixture(params=["terminal", "no pty, no /proc"])
def runner_mode(request, monkeypatch, tmp_path):
    """Run a test as on Linux, then as where there is no pty and no /proc."""
    if request.param != "terminal":
        monkeypatch.setattr(runner, "USE_PTY", False)
        monkeypatch.setattr(runner, "PROC", tmp_path / "no-proc")
    return request.param


def test_matching_output_passes(tmp_path, runner_mode):
    assert check(tmp_path, "print('hello')\nprint('world')", "hello\nworld") is None


def test_wrong_output_names_page_example_and_shows_a_diff(tmp_path, runner_mode):
    message = check(tmp_path, "print('hello')\nprint('world')", "hello\nword")
    assert message.splitlines()[:2] == [
        "examples/demo/01_demo.py, shown at docs/demo.md:5",
        "check: <!-- output: exact -->",
    ]
    assert message.endswith("\n  hello\n- word\n+ world")  # no empty stderr shown


def test_exception_reports_exit_status_and_traceback(tmp_path, runner_mode):
    message = check(
        tmp_path, "print('before')\nraise ValueError('bad input')", "before"
    )
    assert "it exited with status 1, expected 0" in message
    assert "ValueError: bad input" in message
    assert 'File "examples/demo/01_demo.py", line 2' in message  # project path stripped


def test_anything_on_stderr_fails_unless_the_page_shows_it(tmp_path, runner_mode):
    code = """\
        import threading

        def work():
            raise RuntimeError("lost in a thread")

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        print("done")
    """
    message = check(tmp_path, code, "done")  # exits 0: only stderr tells
    assert (
        "it wrote to stderr (below), which the page does not show: fix the example, "
        "or, if readers should see it, add the stderr clause to the directive and "
        "show it in the output block\nstderr:\n    Exception in thread"
    ) in message
    assert "RuntimeError: lost in a thread" in message
    warning = "import warnings; warnings.warn('careful'); print('done')"
    assert "it wrote to stderr" in check(tmp_path, warning, "done")


def test_stderr_clause_checks_both_streams_in_terminal_order(tmp_path, runner_mode):
    code = "import sys\nprint('out 1')\nprint('err', file=sys.stderr)\nprint('out 2')"
    assert check(tmp_path, code, "out 1\nerr\nout 2", "stderr") is None
    message = check(tmp_path, code, "out 1\nout 2\nerr", "stderr")
    assert "  out 1\n+ err\n  out 2\n- err" in message


def test_a_traceback_shown_on_the_page_passes(tmp_path, runner_mode):
    code = "print('before')\nraise ValueError('bad input')"
    shown = """\
        before
        Traceback (most recent call last):
          File "examples/demo/01_demo.py", line 2, in <module>
            raise ValueError('bad input')
        ValueError: bad input
    """
    assert check(tmp_path, code, shown, "stderr; exit 1") is None


def test_hang_is_stopped_and_shows_every_threads_stack(tmp_path, runner_mode):
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


def test_a_process_left_running_is_reported(tmp_path, runner_mode):
    code = """\
        import subprocess

        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        subprocess.Popen(["sleep", "30"], **quiet)
        print("done")
    """
    message = check(tmp_path, code, "done")
    assert "it left processes running after it exited" in message


def test_inconclusive_run_is_told_apart(tmp_path):
    code = "print('inconclusive: no parallelism now (cores 0.98, 1.02)')"
    page = make_page(tmp_path, code, "cores: 1.9", "cores >= 1.5 (limit 2)")
    checked = run_check(one_block(page), tmp_path, THIS_PYTHON)
    assert checked.inconclusive == "inconclusive: no parallelism now (cores 0.98, 1.02)"
    assert checked.run_problems == []
    failing = make_page(tmp_path, code + "\nraise SystemExit(2)", "cores: 1.9")
    checked = run_check(one_block(failing), tmp_path, THIS_PYTHON)
    assert checked.inconclusive is None  # a failing run is a failure


def test_bound_missed_shows_value_and_bound(tmp_path):
    message = check(tmp_path, "print('speedup: 2.5x')", "speedup: 4.8x", "speedup >= 4")
    assert "speedup = 2.5 is outside the bound speedup >= 4" in message


def test_bound_met_passes_whatever_the_page_shows(tmp_path):
    assert (
        check(tmp_path, "print('speedup: 4.2x')", "speedup: 4.8x", "speedup >= 4")
        is None
    )


@pytest.mark.parametrize(
    ("printed", "directive", "problem"),
    [
        ("lost: 0", "lost > 0", "lost = 0 is outside the bound lost > 0"),
        ("lost: 3", "lost > 0", None),
        (
            "counter: 10",
            "counter < 10",
            "counter = 10 is outside the bound counter < 10",
        ),
        ("counter: 9", "counter < 10", None),
    ],
)
def test_strict_bounds_on_a_run(tmp_path, printed, directive, problem):
    message = check(tmp_path, f"print({printed!r})", printed, directive)
    assert (message and message.splitlines()[2]) == problem


def test_missing_bounded_value_is_reported(tmp_path):
    message = check(tmp_path, "print('ratio: 1')", "speedup: 4.8x", "speedup >= 4")
    assert "no value 'speedup' was printed" in message


def test_unbounded_numbers_still_compare_exactly_beside_a_bound(tmp_path):
    code = "print('tasks: 6')\nprint('speedup: 4.2x')"
    message = check(tmp_path, code, "tasks: 5\nspeedup: 4.8x", "speedup >= 4")
    assert "- tasks: 5\n+ tasks: 6\n  speedup: 4.2x" in message


def test_per_thread_keeps_order_within_each_label_only(tmp_path):
    code = "for line in ['t1: a', 't2: a', 't1: b', 't2: b']:\n    print(line)"
    assert check(tmp_path, code, "t1: a\nt1: b\nt2: a\nt2: b", "per-thread") is None
    message = check(tmp_path, code, "t1: b\nt1: a\nt2: a\nt2: b", "per-thread")
    assert "the lines of 't1' differ" in message


def test_an_example_gets_ctrl_c_even_when_the_test_run_ignores_it(
    tmp_path, runner_mode
):
    code = "import signal; print(signal.getsignal(signal.SIGINT).__name__)"
    ignored = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as `make test &` does
    try:
        assert check(tmp_path, code, "default_int_handler") is None
    finally:
        signal.signal(signal.SIGINT, ignored)


def test_missing_example_file_is_reported(project, run_pytest, monkeypatch):
    page = make_page(project, "print(1)", "1")
    (project / "examples" / "demo" / "01_demo.py").unlink()
    [block] = find_examples(page.read_text(), page.relative_to(project))
    assert check_example(block, project) == (
        "examples/demo/01_demo.py, shown at docs/demo.md:5\n"
        "the included file examples/demo/01_demo.py does not exist"
    )


# --- the whole chain, through pytest and sybil ------------------------------------


@dataclass
class Run:
    returncode: int
    stdout: str


@pytest.fixture
def project(pytester: pytest.Pytester) -> Path:
    """A project directory whose conftest hooks in the harness, as ours does."""
    (pytester.path / "conftest.py").write_text(
        "from pathlib import Path\n"
        "import doccheck\n"
        "pytest_plugins = ['doccheck.plugin']\n"
        "pytest_collect_file = doccheck.sybil_for(Path(__file__).parent).pytest()\n"
    )
    return pytester.path


@pytest.fixture
def run_pytest(pytester: pytest.Pytester, project: Path):
    """Run pytest in the project, in this process, as a contributor would."""

    def run(*options: str) -> Run:
        result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider", *options)
        return Run(int(result.ret), result.stdout.str())

    return run


def two_examples(root: Path, first: str, second: str, directive: str = "") -> Path:
    """docs/demo.md with 01_demo printing ``first`` and 02_more ``second``."""
    page = make_page(root, f"print({first!r})", "old one")
    add_example(root, "02_more", f"print({second!r})")
    more = INCLUDE.format(name="02_more") + output_block("old two", directive or None)
    page.write_text(page.read_text() + "Prose.\n\n" + more)
    return page


def test_pytest_reports_a_changed_output_line_with_page_and_example(
    project, run_pytest, monkeypatch
):
    make_page(project, "print('hello')", "hellp")
    result = run_pytest("docs")
    assert result.returncode == 1, result.stdout
    assert "FAILED docs/demo.md::01_demo[line 5]" in result.stdout
    assert "examples/demo/01_demo.py, shown at docs/demo.md:5" in result.stdout
    assert "- hellp\n+ hello" in result.stdout


def test_pytest_shows_why_an_example_for_a_newer_python_was_skipped(
    project, run_pytest, monkeypatch
):
    make_page(project, "print('hello')", "hello", "python >= 3.99")
    result = run_pytest("-rs", "docs")
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert "examples/demo/01_demo.py needs Python 3.99 or newer" in result.stdout


def test_a_posix_only_example_is_skipped_elsewhere_with_the_reason(
    project, run_pytest, monkeypatch
):
    make_page(project, "print('hello')", "hello", "posix-only")
    monkeypatch.setattr("doccheck.SYSTEMS", set())
    result = run_pytest("-rs", "docs")
    assert result.returncode == 0, result.stdout
    assert (
        "SKIPPED [1] docs/demo.md:5: examples/demo/01_demo.py is POSIX-only; "
        "this run is on linux"
    ) in result.stdout
    monkeypatch.setattr("doccheck.SYSTEMS", {"posix", "linux"})
    assert "1 passed" in run_pytest("docs").stdout


def test_a_linux_only_example_is_skipped_on_another_posix_system(
    project, run_pytest, monkeypatch
):
    make_page(project, "print('hello')", "hello", "linux-only")
    monkeypatch.setattr("doccheck.SYSTEMS", {"posix"})
    result = run_pytest("-rs", "docs")
    assert result.returncode == 0, result.stdout
    assert "examples/demo/01_demo.py is Linux-only; this run is on" in result.stdout
    assert "1 skipped" in result.stdout


SELF_TERMINATING = (
    "import os, signal\nprint('bye', flush=True)\nos.kill(os.getpid(), signal.SIGTERM)"
)


def test_a_negative_exit_status_is_the_signal_that_ended_the_example(
    project, run_pytest
):
    make_page(
        project,
        SELF_TERMINATING,
        "bye",
        "exit -15; posix-only",
    )
    assert "1 passed" in run_pytest("docs").stdout
    make_page(
        project,
        SELF_TERMINATING,
        "bye",
        "exit 143; posix-only",
    )
    result = run_pytest("docs")
    assert "it exited with status -15, expected 143" in result.stdout, result.stdout


def test_an_inconclusive_run_is_skipped_with_its_line_as_the_reason(
    project, run_pytest, monkeypatch
):
    code = "print('inconclusive: cores 0.98 with 2 CPUs busy')"
    make_page(project, code, "cores: 1.9", "cores >= 1.5 (limit 2)")
    result = run_pytest("-rs", "docs")
    assert result.returncode == 0, result.stdout
    assert (
        "SKIPPED [1] docs/demo.md:5: examples/demo/01_demo.py: "
        "inconclusive: cores 0.98 with 2 CPUs busy"
    ) in result.stdout
    assert "passed" not in result.stdout


def test_a_page_shape_error_fails_whatever_k_selects(project, run_pytest, monkeypatch):
    page = two_examples(project, "old one", "old two", "in some order")
    result = run_pytest("docs/demo.md", "-k", "01_demo")
    assert result.returncode != 0, result.stdout
    assert "ERROR docs/demo.md" in result.stdout
    assert "docs/demo.md:25: cannot read the clause 'in some order'" in result.stdout
    assert "1 passed" not in result.stdout
    page.write_text(page.read_text().replace("in some order", "per-thread"))
    assert "1 passed, 1 deselected" in run_pytest("-k", "01_demo").stdout


def test_record_of_a_run(project, run_pytest, monkeypatch):
    two_examples(project, "old one", "new two")
    record = project / "record.json"
    run_pytest("docs", f"--doccheck-record={record}")
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert json.loads(record.read_text()) == [
        {
            "example": "examples/demo/01_demo.py",
            "page": "docs/demo.md",
            "line": 5,
            "python": python,
            "outcome": "passed",
        },
        {
            "example": "examples/demo/02_more.py",
            "page": "docs/demo.md",
            "line": 19,
            "python": python,
            "outcome": "failed",
        },
    ]


def test_update_rewrites_the_blocks_that_differ_and_says_which(
    project, run_pytest, monkeypatch
):
    page = two_examples(project, "new one", "new two")
    result = run_pytest("docs", "--update-examples")
    assert result.returncode == 0, result.stdout
    assert "updated docs/demo.md:5 examples/demo/01_demo.py: its output block" in (
        result.stdout
    )
    assert "updated docs/demo.md:19 examples/demo/02_more.py" in result.stdout
    assert page.read_text().count("    ```text\n    new ") == 2
    assert "2 passed" in run_pytest("docs").stdout


def test_update_honours_k(project, run_pytest, monkeypatch):
    page = two_examples(project, "new one", "new two")
    run_pytest("docs", "--update-examples", "-k", "02_more")
    assert "    old one\n" in page.read_text()
    assert "    new two\n" in page.read_text()


def test_update_refuses_a_run_that_misses_its_bound(project, run_pytest, monkeypatch):
    page = make_page(project, "print('speedup: 2.5x')", "speedup: 4.8x", "speedup >= 4")
    before = page.read_text()
    result = run_pytest("docs", "--update-examples")
    assert result.returncode == 1
    assert (
        "examples/demo/01_demo.py, shown at docs/demo.md:5\n"
        "check: <!-- output: speedup >= 4 -->\n"
        "not updated: the block is left as it is\n"
        "speedup = 2.5 is outside the bound speedup >= 4"
    ) in result.stdout
    assert page.read_text() == before


def test_update_refuses_a_wrong_exit_status(project, run_pytest, monkeypatch):
    page = make_page(project, "print('new')\nraise SystemExit(3)", "old")
    before = page.read_text()
    result = run_pytest("docs", "--update-examples")
    assert result.returncode == 1
    assert "not updated: the block is left as it is\nit exited with status 3" in (
        result.stdout
    )
    assert page.read_text() == before


def test_update_by_a_free_threaded_run_writes_only_its_own_block(
    project, run_pytest, monkeypatch
):
    free_threaded = Interpreter(sys.executable, (3, 13), free_threaded=True)
    monkeypatch.setattr("doccheck.interpreter_for", lambda version: free_threaded)
    page = make_page(project, "print('new')", "old")
    before = page.read_text()
    result = run_pytest("docs", "--update-examples")
    assert result.returncode == 1
    assert (
        "not updated: a free-threaded run writes only output[free-threaded] blocks; "
        "add one after the output block"
    ) in result.stdout
    assert page.read_text() == before
    page.write_text(before + output_block("old", "", "free-threaded"))
    result = run_pytest("docs", "--update-examples")
    assert "its output[free-threaded] block" in result.stdout
    assert page.read_text() == before + output_block("new", "", "free-threaded")


def test_bench_prints_each_measured_value_beside_its_limit(
    project, run_pytest, monkeypatch
):
    make_page(
        project, "print('speedup: 4.6x')", "speedup: 4.8x", "speedup >= 4 (limit 5)"
    )
    result = run_pytest("docs", "--doccheck-bench")
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    table = result.stdout.split("measured values")[1].splitlines()[1:3]
    assert [line.split() for line in table] == [
        ["python", "example", "value", "measured", "bound", "limit", "of", "limit"],
        [python, "01_demo.py", "speedup", "4.6", "speedup", ">=", "4", "5", "92%"],
    ]
