"""Check one example block: run it, compare, and explain any difference."""

from __future__ import annotations

import textwrap
from pathlib import Path

from .compare import compare_output, normalize
from .interpreter import Interpreter, target_interpreter
from .pages import ExampleBlock, OutputBlock
from .runner import RunResult, run_example


def _indent(text: str) -> str:
    return textwrap.indent(text.rstrip("\n"), "    ") if text.strip() else "    (empty)"


def printed_lines(result: RunResult, root: Path) -> list[str]:
    """What the example printed, with the project's path removed from tracebacks."""
    return normalize(result.stdout.replace(f"{root}/", ""))


def run_block(
    block: ExampleBlock, root: Path, interpreter: Interpreter
) -> tuple[OutputBlock, RunResult]:
    """Run the example; return it with the output block it is checked against."""
    output = block.output_for(interpreter.build)
    result = run_example(
        root,
        block.example,
        python=interpreter.path,
        timeout=output.directive.timeout,
        merge_stderr=output.directive.merge_stderr,
    )
    return output, result


def exit_problems(output: OutputBlock, result: RunResult) -> list[str]:
    directive = output.directive
    if result.timed_out:
        return [
            f"it did not finish within its timeout of {directive.timeout:g} s and was "
            "stopped; the stack of each of its threads at that moment is under stderr"
        ]
    problems = []
    if result.left_processes:
        problems.append("it left processes running after it exited (now killed)")
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


def check_example(
    block: ExampleBlock, root: Path, interpreter: Interpreter | None = None
) -> str | None:
    """Run the example of ``block``; return a message for people, or None."""
    interpreter = interpreter or target_interpreter()
    header = f"{block.example}, shown at {block.location}"
    if not (root / block.example).is_file():
        return f"{header}\nthe included file {block.example} does not exist"
    output, result = run_block(block, root, interpreter)
    problems = exit_problems(output, result)
    if not result.timed_out:
        printed = printed_lines(result, root)
        problems += compare_output(output.expected, printed, output.directive)
    if not problems:
        return None
    marker = (
        "output"
        if output is block.outputs["default"]
        else f"output[{interpreter.build}]"
    )
    message = [header, f"check: <!-- {marker}: {output.directive.text} -->"]
    if interpreter.free_threaded or interpreter != target_interpreter():
        message.append(f"run with {interpreter.describe()}: {interpreter.path}")
    message += problems
    if not output.directive.merge_stderr:
        message += ["stderr:", _indent(result.stderr.replace(f"{root}/", ""))]
    if result.timed_out:
        message += ["stdout before it was stopped:", _indent(result.stdout)]
    return "\n".join(message)
