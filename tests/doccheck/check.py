"""Check one example block: run it, compare, and explain any difference."""

from __future__ import annotations

import textwrap
from pathlib import Path

from .compare import compare_output, normalize
from .pages import ExampleBlock
from .runner import RunResult, run_example


def _indent(text: str) -> str:
    return textwrap.indent(text.rstrip("\n"), "    ") if text.strip() else "    (empty)"


def printed_lines(result: RunResult, root: Path) -> list[str]:
    """What the example printed, with the project's path removed from tracebacks."""
    return normalize(result.stdout.replace(f"{root}/", ""))


def exit_problems(block: ExampleBlock, result: RunResult) -> list[str]:
    directive = block.directive
    if result.timed_out:
        return [
            f"it did not finish within its timeout of {directive.timeout:g} s and was "
            "stopped; the stack of each of its threads at that moment is under stderr"
        ]
    problems = []
    if result.returncode != directive.exit_code:
        problems.append(
            f"it exited with status {result.returncode}, expected {directive.exit_code}"
        )
    if directive.raises:
        stream = result.stdout if directive.merge_stderr else result.stderr
        last = (normalize(stream) or [""])[-1]
        if not (last == directive.raises or last.startswith(f"{directive.raises}:")):
            problems.append(
                f"it should end with an uncaught {directive.raises}; "
                f"its last line of stderr is {last!r}"
            )
    return problems


def check_example(block: ExampleBlock, root: Path) -> str | None:
    """Run the example of ``block``; return a message for people, or None."""
    path = root / block.example
    header = f"{block.example}, shown at {block.location}"
    if not path.is_file():
        return f"{header}\nthe included file {block.example} does not exist"
    result = run_example(
        root,
        block.example,
        timeout=block.directive.timeout,
        merge_stderr=block.directive.merge_stderr,
    )
    problems = exit_problems(block, result)
    if not result.timed_out:
        problems += compare_output(
            block.expected, printed_lines(result, root), block.directive
        )
    if not problems:
        return None
    message = [header, f"check: <!-- output: {block.directive.text} -->", *problems]
    if not block.directive.merge_stderr:
        message += ["stderr:", _indent(result.stderr.replace(f"{root}/", ""))]
    if result.timed_out:
        message += ["stdout before it was stopped:", _indent(result.stdout)]
    return "\n".join(message)
