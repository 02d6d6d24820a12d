"""Rewrite the output blocks of pages from fresh runs of their examples.

    python -m doccheck.update [PAGE ...]      (default: every page under docs/)

Directives are kept as they are, bounds included: only the lines inside the
output blocks change. Under DOCCHECK_PYTHON set to a free-threaded build, the
``output[free-threaded]`` blocks are rewritten (where a page has them). An
example that times out, or whose exit status or exception differs from its
directive, is reported and its block left alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .check import exit_problems, printed_lines, run_block
from .interpreter import interpreter_for, target_interpreter
from .pages import find_examples

ROOT = Path(__file__).resolve().parents[2]


def update_page(page: Path, root: Path = ROOT) -> tuple[int, list[str]]:
    """Rewrite one page; return how many blocks changed and what could not be run."""
    build = target_interpreter().build
    text = page.read_text(encoding="utf-8")
    relative = page.resolve().relative_to(root)
    changed, failures = 0, []
    for block in reversed(find_examples(text, relative)):
        if build not in block.outputs:
            continue  # only the default build writes the default block
        interpreter = interpreter_for(block.min_python)
        if isinstance(interpreter, str):
            continue
        output, result = run_block(block, root, interpreter)
        problems = exit_problems(output, result)
        if problems:
            failures.append(f"{block.location} {block.example}: {'; '.join(problems)}")
            continue
        lines = printed_lines(result, root)
        if lines == output.expected:
            continue
        new = "".join(
            (f"{output.indent}{line}" if line else "") + "\n" for line in lines
        )
        text = text[: output.start] + new + text[output.end :]
        changed += 1
    page.write_text(text, encoding="utf-8")
    return changed, failures


def main(argv: list[str]) -> int:
    pages = [Path(arg) for arg in argv] or sorted((ROOT / "docs").rglob("*.md"))
    failures = []
    for page in pages:
        changed, page_failures = update_page(page)
        failures += page_failures
        if changed:
            print(f"{page}: {changed} output block(s) rewritten")
    for failure in failures:
        print(f"not updated: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
