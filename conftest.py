"""Collect every example on every page under docs/ as a test (see tests/doccheck)."""

from pathlib import Path

from doccheck import sybil_for

pytest_plugins = ["doccheck.plugin", "pytester"]  # pytester: the harness's tests
pytest_collect_file = sybil_for(Path(__file__).parent).pytest()
