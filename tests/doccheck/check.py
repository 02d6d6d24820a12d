"""Check one example block: run it, compare, and explain any difference."""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass
from pathlib import Path

from .compare import bound_problems, compare_output, measured_values, normalize
from .interpreter import Interpreter, target_interpreter
from .pages import ExampleBlock, OutputBlock
from .runner import RunResult, run_example

INCONCLUSIVE = "inconclusive: "


def _indent(text: str) -> str:
    return textwrap.indent(text.rstrip("\n"), "    ") if text.strip() else "    (empty)"


@dataclass
class Checked:
    """One run of an example, and what it means for its output block."""

    block: ExampleBlock
    output: OutputBlock  # the block this run is checked against
    interpreter: Interpreter
    result: RunResult
    printed: list[str]  # stdout (with stderr, under the stderr clause), cleaned
    run_problems: list[str]  # exit status, timeout, stderr, processes left
    bound_misses: list[str]  # bounded values missing or out of their bound
    differences: list[str]  # the printed lines against the page's

    @property
    def inconclusive(self) -> str | None:
        """The example's own ``inconclusive: ...`` line, when it could not tell."""
        if self.result.timed_out or self.result.returncode != 0:
            return None
        lines = (line for line in self.printed if line.startswith(INCONCLUSIVE))
        return next(lines, None)

    def measured(self) -> list[tuple[str, str, float | None, float | None, bool]]:
        """(name, bound, value, limit, holds) of each bounded value (None: absent)."""
        rows = []
        for bound in self.output.directive.bounds:
            for value in measured_values(bound.name, self.printed) or [None]:
                holds = value is not None and bound.holds(value)
                rows.append((bound.name, bound.text, value, bound.limit, holds))
        return rows

    def message(self, problems: list[str] | None = None) -> str | None:
        """What is wrong, for people; None when the example passes."""
        if problems is None:
            problems = self.run_problems + self.bound_misses + self.differences
        if not problems:
            return None
        block, output, result = self.block, self.output, self.result
        message = [
            f"{block.example}, shown at {block.location}",
            f"check: <!-- {output.marker}: {output.directive.text} -->",
        ]
        if self.interpreter.free_threaded or self.interpreter != target_interpreter():
            message.append(
                f"run with {self.interpreter.describe()}: {self.interpreter.path}"
            )
        message += problems
        if result.stderr.strip():  # with the stderr clause, it is in the diff
            message += ["stderr:", _indent(result.stderr)]
        if result.timed_out:
            message += ["stdout before it was stopped:", _indent(result.stdout)]
        return "\n".join(message)


def _run_problems(output: OutputBlock, result: RunResult) -> list[str]:
    directive = output.directive
    if result.timed_out:
        stacks = (
            "the stack of each of its threads at that moment is under stderr"
            if os.name == "posix"
            else "(no thread stacks: this platform cannot ask a process for them)"
        )
        return [
            f"it did not finish within its timeout of {directive.timeout:g} s and was "
            f"stopped; {stacks}"
        ]
    problems = []
    if result.left_processes:
        problems.append("it left processes running after it exited (now killed)")
    if result.returncode != directive.exit_code:
        problems.append(
            f"it exited with status {result.returncode}, expected {directive.exit_code}"
        )
    if result.stderr.strip() and not directive.merge_stderr:
        problems.append(
            "it wrote to stderr (below), which the page does not show: fix the "
            "example, or, if readers should see it, add the stderr clause to the "
            "directive and show it in the output block"
        )
    return problems


def run_check(block: ExampleBlock, root: Path, interpreter: Interpreter) -> Checked:
    """Run the example with ``interpreter`` and compare it with its output block."""
    output = block.output_for(interpreter.version, interpreter.free_threaded)
    if not (root / block.example).is_file():
        raise FileNotFoundError(
            f"{block.example}, shown at {block.location}\n"
            f"the included file {block.example} does not exist"
        )
    result = run_example(
        root,
        block.example,
        python=interpreter.path,
        timeout=output.directive.timeout,
        merge_stderr=output.directive.merge_stderr,
    )
    # Tracebacks show examples/..., not the project's absolute path.
    result.stdout = result.stdout.replace(f"{root}{os.sep}", "")
    result.stderr = result.stderr.replace(f"{root}{os.sep}", "")
    printed = normalize(result.stdout)
    problems = _run_problems(output, result)
    misses, differences = [], []
    if not result.timed_out:
        misses = bound_problems(output.directive, printed)
        differences = compare_output(output.expected, printed, output.directive)
    return Checked(
        block, output, interpreter, result, printed, problems, misses, differences
    )


def check_example(
    block: ExampleBlock, root: Path, interpreter: Interpreter | None = None
) -> str | None:
    """Run the example of ``block``; return a message for people, or None."""
    try:
        checked = run_check(block, root, interpreter or target_interpreter())
    except FileNotFoundError as error:
        return str(error)
    return checked.message()
