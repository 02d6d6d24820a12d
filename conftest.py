"""Collect every example on every page under docs/ as a test (see tests/doccheck)."""

from pathlib import Path

from doccheck import sybil_for

# doccheck.plugin: the harness's options; pytester: the harness's own tests;
# virtual_display: Xvfb for the examples that open a window.
pytest_plugins = ["doccheck.plugin", "pytester", "virtual_display"]

pytest_collect_file = sybil_for(Path(__file__).parent).pytest()
