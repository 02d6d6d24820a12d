"""doccheck: every example on a page is run and its output checked.

The pieces, each small enough to read in one sitting:

- :mod:`doccheck.pages` finds example includes and their output blocks;
- :mod:`doccheck.directive` reads the ``<!-- output: ... -->`` comment;
- :mod:`doccheck.runner` runs an example in its own process, with a timeout;
- :mod:`doccheck.interpreter` says which Python runs them, and which build it is;
- :mod:`doccheck.compare` compares its output with the page;
- :mod:`doccheck.check` puts these together into one message for people;
- :mod:`doccheck.update` rewrites output blocks from fresh runs.

This module hooks them into pytest through sybil.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sybil import Document, Example, Region, Sybil

from .check import check_example
from .interpreter import interpreter_for, target_interpreter
from .pages import ExampleBlock, PageError, find_examples


class ExampleSybil(Sybil):
    """Names each test after its example file, so ``pytest -k 02_join`` selects it."""

    def identify(self, example: Example) -> str:
        if isinstance(example.parsed, PageError):
            return f"page-shape[line {example.line}]"
        return f"{Path(example.parsed.example).stem}[line {example.line}]"


def mark_timing_examples(items: list[pytest.Item]) -> None:
    """Mark the examples whose output carries a bound with ``timing``.

    They measure the machine, so ``make test`` runs them one at a time, after
    the others (``-m timing``), rather than beside other examples.
    """
    build = target_interpreter().build
    for item in items:
        block = getattr(getattr(item, "example", None), "parsed", None)
        if isinstance(block, ExampleBlock) and block.output_for(build).directive.bounds:
            item.add_marker(pytest.mark.timing)


def sybil_for(root: Path, pages: str = "docs") -> ExampleSybil:
    """The sybil that checks every example on the Markdown pages under root/pages."""
    root = Path(root).resolve()

    def parse(document: Document):
        page = Path(document.path).resolve().relative_to(root)
        try:
            blocks = find_examples(document.text, page)
        except PageError as error:  # reported as one failing test, not a crash
            yield Region(0, 1, error, evaluate)
            return
        for block in blocks:
            yield Region(block.start, block.end, block, evaluate)

    def evaluate(example: Example) -> str | None:
        if isinstance(example.parsed, PageError):
            return str(example.parsed)
        block: ExampleBlock = example.parsed
        interpreter = interpreter_for(block.min_python)
        if isinstance(interpreter, str):
            # Reported at the page's line, as skip markers are, not at this one.
            raise pytest.skip.Exception(
                f"{block.example} {interpreter}", _use_item_location=True
            )
        return check_example(block, root, interpreter)

    return ExampleSybil(parsers=[parse], patterns=["*.md"], path=str(root / pages))
