"""Print every measured figure on the pages: value, bound, physical limit, ratio.

    python -m doccheck.bench [PAGE ...]      (default: every page under docs/)

Runs each example whose output block bounds a measured value, once, with the
interpreter named by DOCCHECK_PYTHON (default: this one).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .check import exit_problems, printed_lines, run_block
from .compare import measured_values
from .interpreter import target_interpreter
from .pages import find_examples

ROOT = Path(__file__).resolve().parents[2]


def rows(page: Path, root: Path = ROOT):
    interpreter = target_interpreter()
    relative = page.resolve().relative_to(root)
    for block in find_examples(page.read_text(encoding="utf-8"), relative):
        output = block.output_for(interpreter.build)
        needed = output.directive.min_python
        if not output.directive.bounds or (needed and interpreter.version < needed):
            continue
        output, result = run_block(block, root, interpreter)
        problems = exit_problems(output, result)
        printed = [] if problems else printed_lines(result, root)
        for bound in output.directive.bounds:
            values = measured_values(bound.name, printed) or [None]
            for value in values:
                yield block, bound, value


def main(argv: list[str]) -> int:
    pages = [Path(arg) for arg in argv] or sorted((ROOT / "docs").rglob("*.md"))
    interpreter = target_interpreter()
    print(f"Measured figures, {interpreter.describe()} ({interpreter.path})")
    header = ("example", "value", "measured", "bound", "limit", "of limit", "")
    table = [header]
    failed = 0
    for page in pages:
        for block, bound, value in rows(page):
            ok = value is not None and bound.holds(value)
            failed += not ok
            table.append(
                (
                    Path(block.example).name,
                    bound.name,
                    "-" if value is None else f"{value:g}",
                    bound.text,
                    "-" if bound.limit is None else f"{bound.limit:g}",
                    "-"
                    if None in (value, bound.limit)
                    else f"{value / bound.limit:.0%}",
                    "" if ok else "OUT OF BOUND",
                )
            )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print(
            "  ".join(
                cell.ljust(width) for cell, width in zip(row, widths, strict=True)
            ).rstrip()
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
