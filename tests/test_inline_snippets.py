"""Short inline snippets on the pages, checked with pytest-examples.

A snippet is a ```python block written on the page itself (not an include of
an example file), two or three lines with the output in ``#>`` comments. They
run inside the pytest process, so they must not start threads: anything that
does belongs in examples/. ``make update-outputs`` rewrites their ``#>`` lines.
"""

from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

DOCS = Path(__file__).resolve().parents[1] / "docs"


def inline_snippets() -> list[CodeExample]:
    return [
        example
        for example in find_examples(DOCS)
        # a plain ```python block; includes of example files are doccheck's
        if example.prefix.strip() == "python" and "--8<--" not in example.source
    ]


@pytest.mark.parametrize("example", inline_snippets(), ids=str)
def test_inline_snippet(example: CodeExample, eval_example: EvalExample) -> None:
    if eval_example.update_examples:
        eval_example.run_print_update(example)
    else:
        eval_example.run_print_check(example)
