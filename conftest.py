"""Collect every example on every page under docs/ as a test (see tests/doccheck)."""

from pathlib import Path

from doccheck import mark_timing_examples, sybil_for

pytest_plugins = ["virtual_display"]  # Xvfb for the examples that open a window

pytest_collect_file = sybil_for(Path(__file__).parent).pytest()


def pytest_collection_modifyitems(items):
    mark_timing_examples(items)
