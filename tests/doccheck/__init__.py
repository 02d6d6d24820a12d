"""doccheck: every example on a page is run and its output checked.

The pieces, each small enough to read in one sitting:

- :mod:`doccheck.pages` finds example includes and their output blocks;
- :mod:`doccheck.directive` reads the ``<!-- output: ... -->`` comment;
- :mod:`doccheck.runner` runs an example in its own process, with a timeout;
- :mod:`doccheck.interpreter` says which Python runs them, and which build it is;
- :mod:`doccheck.compare` compares its output with the page;
- :mod:`doccheck.check` puts these together into one message for people;
- :mod:`doccheck.plugin` the pytest options: rewriting output blocks
  (``--update-examples``), the table of measured figures (``--doccheck-bench``)
  and the record of a run (``--doccheck-record``).

This module turns each example into a test through sybil.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from sybil import Document, Example, Region, Sybil

from .check import run_check
from .interpreter import interpreter_for, target_interpreter
from .pages import ExampleBlock, PageError, find_examples

# The systems this run is on, for posix-only and linux-only examples; the
# harness's tests change it.
SYSTEMS = {"posix"} if os.name == "posix" else set()
if sys.platform == "linux":
    SYSTEMS.add("linux")


class ExampleSybil(Sybil):
    """Names each test after its example file, so ``pytest -k 02_join`` selects it."""

    def identify(self, example: Example) -> str:
        return f"{Path(example.parsed.example).stem}[line {example.line}]"


def _skip(reason: str) -> None:
    # Reported at the page's line, as skip markers are, not at this one.
    raise pytest.skip.Exception(reason, _use_item_location=True)


def evaluate(example: Example, root: Path) -> str | None:
    """Run one example; return why it fails, or None. See docs/contributing.md."""
    block: ExampleBlock = example.parsed
    config = example.namespace["pytestconfig"]
    facts = {
        "example": block.example,
        "page": block.page.as_posix(),
        "line": block.line,
    }
    example.doccheck = facts  # read by doccheck.plugin, on the controller
    facts["python"] = target_interpreter().label
    if block.only_on and block.only_on not in SYSTEMS:
        name = {"posix": "POSIX", "linux": "Linux"}[block.only_on]
        _skip(f"{block.example} is {name}-only; this run is on {sys.platform}")
    interpreter = interpreter_for(block.min_python)
    if isinstance(interpreter, str):
        _skip(f"{block.example} {interpreter}")
    facts["python"] = interpreter.label
    try:
        checked = run_check(block, root, interpreter)
    except FileNotFoundError as error:
        return str(error)
    updating = config.getoption("update_examples", False)
    not_updated = ["not updated: the block is left as it is"] if updating else []
    if checked.run_problems:
        return checked.message(not_updated + checked.run_problems)
    if checked.inconclusive:
        _skip(f"{block.example}: {checked.inconclusive}")
    facts["measured"] = checked.measured()
    if checked.bound_misses:
        return checked.message(not_updated + checked.bound_misses)
    if not checked.differences:
        return None
    if not updating:
        return checked.message()
    if interpreter.free_threaded and checked.output.label != "free-threaded":
        return checked.message(
            [
                f"not updated: a free-threaded run writes only output[free-threaded] "
                f"blocks; add one after the {checked.output.marker} block",
                *checked.differences,
            ]
        )
    facts["rewrite"] = {
        "label": checked.output.label,
        "old": checked.output.expected,
        "new": checked.printed,
    }
    return None


def sybil_for(root: Path, pages: str = "docs") -> ExampleSybil:
    """The sybil that checks every example on the Markdown pages under root/pages.

    A page the harness cannot read is a collection error, shown whatever
    ``-k`` selects, with the message naming the page's line.
    """
    root = Path(root).resolve()

    def parse(document: Document):
        page = Path(document.path).resolve().relative_to(root)
        try:
            blocks = find_examples(document.text, page)
        except PageError as error:
            raise pytest.Collector.CollectError(str(error)) from None
        for block in blocks:
            yield Region(block.start, block.end, block, check)

    def check(example: Example) -> str | None:
        return evaluate(example, root)

    return ExampleSybil(
        parsers=[parse],
        patterns=["*.md"],
        path=str(root / pages),
        fixtures=["pytestconfig"],
    )
