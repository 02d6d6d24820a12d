"""The harness's pytest options, and what the test run does with its results.

- Examples whose output bounds a measured value are marked ``timing``:
  ``make test`` runs them one at a time, after the others (``-m timing``), so
  they measure the machine rather than the test suite.
- ``--update-examples`` (the option of pytest-examples, which also rewrites
  the inline snippets): the selected examples whose output differs from the
  page, and that otherwise pass, have their output block rewritten from this
  run; one line is printed per block.
- ``--doccheck-bench``: a table of every measured value beside its bound and
  physical limit, after the run.
- ``--doccheck-record=FILE``: a JSON list with one entry per example test:
  example, page, line, python and outcome.

Each example's test leaves its facts in its report, so the same code works
with pytest-xdist (where the tests run in other processes) and without.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from .pages import ExampleBlock, find_examples


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("doccheck", "the examples on the pages")
    group.addoption(
        "--doccheck-bench",
        action="store_true",
        help="print every measured value beside its bound and limit",
    )
    group.addoption(
        "--doccheck-record",
        metavar="FILE",
        help="write a JSON list of the example tests run: example, page, line, "
        "python, outcome",
    )


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the controller, or a run without -n
        config.pluginmanager.register(Results(config), "doccheck-results")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        block = getattr(getattr(item, "example", None), "parsed", None)
        if isinstance(block, ExampleBlock) and block.bounded:
            item.add_marker(pytest.mark.timing)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    facts = getattr(getattr(item, "example", None), "doccheck", None)
    if facts is not None and call.when == "call":
        report.user_properties.append(("doccheck", facts))
        if report.skipped and isinstance(report.longrepr, tuple):
            # pytest adds 1 to the item's line, which sybil already counts from 1.
            path, _, reason = report.longrepr
            report.longrepr = (path, item.example.line, reason)
    return report


class Results:
    """Gathers the facts of each example test; rewrites, prints and records."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.record: list[dict] = []
        self.rewrites: dict[str, list[dict]] = defaultdict(list)
        self.bench: list[tuple[str, ...]] = []
        self.updated: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return
        for name, facts in report.user_properties:
            if name != "doccheck":
                continue
            entry = {key: facts[key] for key in ("example", "page", "line", "python")}
            self.record.append(dict(entry, outcome=report.outcome))
            if "rewrite" in facts and report.passed:
                self.rewrites[facts["page"]].append(dict(facts["rewrite"], **entry))
            for measured in facts.get("measured", []):
                self.bench.append(_bench_row(entry, *measured))

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        root = self.config.rootpath
        for page, rewrites in sorted(self.rewrites.items()):
            self.updated += rewrite_page(root / page, Path(page), rewrites)
        if path := self.config.getoption("doccheck_record"):
            Path(path).write_text(json.dumps(self.record, indent=1) + "\n")

    def pytest_terminal_summary(self, terminalreporter) -> None:
        write = terminalreporter.write_line
        for line in self.updated:
            write(line)
        if self.config.getoption("doccheck_bench"):
            terminalreporter.section("measured values")
            for line in _table(self.bench):
                write(line)


def rewrite_page(path: Path, page: Path, rewrites: list[dict]) -> list[str]:
    """Write the new output blocks into one page; one line per block."""
    text = path.read_text(encoding="utf-8")
    blocks = {(b.example, b.line): b for b in find_examples(text, page)}
    lines, changes = [], []
    for rewrite in rewrites:
        block = blocks.get((rewrite["example"], rewrite["line"]))
        output = block and block.outputs.get(rewrite["label"])
        where = f"{page}:{rewrite['line']} {rewrite['example']}"
        if output is None or output.expected != rewrite["old"]:
            lines.append(f"not updated (the page changed during the run): {where}")
            continue
        new = "".join(
            f"{output.indent}{line}".rstrip() + "\n" for line in rewrite["new"]
        )
        changes.append((output.start, output.end, new))
        lines.append(f"updated {where}: its {output.marker} block")
    for start, end, new in sorted(changes, reverse=True):
        text = text[:start] + new + text[end:]
    path.write_text(text, encoding="utf-8")
    return lines


def _bench_row(entry, name, bound, value, limit, holds) -> tuple[str, ...]:
    return (
        entry["python"],
        Path(entry["example"]).name,
        name,
        "-" if value is None else f"{value:g}",
        bound,
        "-" if limit is None else f"{limit:g}",
        "-" if value is None or not limit else f"{value / limit:.0%}",
        "" if holds else "OUT OF BOUND",
    )


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    header = ("python", "example", "value", "measured", "bound", "limit", "of limit")
    header += ("",)
    table = [header, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return [
        "  ".join(
            cell.ljust(width) for cell, width in zip(row, widths, strict=True)
        ).rstrip()
        for row in table
    ]
