"""Print every measured figure on the pages: value, bound, physical limit, ratio.

    python -m doccheck.bench [--python PATH ...] [PAGE ...]

Runs each example whose output block bounds a measured value, once with each
interpreter given (default: DOCCHECK_PYTHON, or this one), and prints one
table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .check import exit_problems, printed_lines, run_block
from .compare import measured_values
from .interpreter import Interpreter, interpreter_at, target_interpreter
from .pages import find_examples

ROOT = Path(__file__).resolve().parents[2]


def rows(page: Path, interpreter: Interpreter, root: Path = ROOT):
    relative = page.resolve().relative_to(root)
    for block in find_examples(page.read_text(encoding="utf-8"), relative):
        output = block.output_for(interpreter.build)
        directive = output.directive
        too_old = block.min_python and interpreter.version < block.min_python
        if not directive.bounds or too_old:
            continue
        output, result = run_block(block, root, interpreter)
        problems = exit_problems(output, result)
        printed = [] if problems else printed_lines(result, root)
        for bound in output.directive.bounds:
            values = measured_values(bound.name, printed) or [None]
            for value in values:
                yield block, bound, value


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m doccheck.bench")
    parser.add_argument("--python", action="append", default=[])
    parser.add_argument("pages", nargs="*", type=Path)
    args = parser.parse_args(argv)
    interpreters = [interpreter_at(path) for path in args.python] or [
        target_interpreter()
    ]
    pages = args.pages or sorted((ROOT / "docs").rglob("*.md"))
    header = (
        "python",
        "example",
        "value",
        "measured",
        "bound",
        "limit",
        "of limit",
        "",
    )
    table = [header]
    failed = 0
    for interpreter in interpreters:
        for page in pages:
            for block, bound, value in rows(page, interpreter):
                ok = value is not None and bound.holds(value)
                failed += not ok
                table.append(
                    (
                        interpreter.describe(),
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
        cells = zip(row, widths, strict=True)
        print("  ".join(cell.ljust(width) for cell, width in cells).rstrip())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
