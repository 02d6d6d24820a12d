"""Under each example's Code / Output tabs, the Pythons it was checked on.

The list comes from examples/checked-on.json, which ``make test-versions``
writes after it has run every example on every Python (scripts/test_versions.py):
for each example, the SHA-256 of its file and the Pythons it passed on. An
example whose file no longer has that digest, or that is not in the record,
gets a line that says only that: it changed since (or is newer than) the last
run on every Python. CI fails on such a record, so the published site has none.

on_page_markdown: the line goes after the tab set that includes the example
(``--8<-- "examples/..."`` under ``=== "Code"``), at the tab set's indentation,
so it follows the example into an admonition or a list.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "examples" / "checked-on.json"
INCLUDE = re.compile(r'^\s*--8<-- "(examples/[\w/.-]+\.py)"\s*$')
TAB = re.compile(r"^(\s*)=== ")
ANCHOR = "contributing.md#checked-on-every-python"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _record() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}


def _versions(labels: list[str]) -> str:
    return (
        labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"
    )


def checked_on(example: str, record: dict, link: str) -> str:
    """The line for one example, in Markdown."""
    entry = record.get(example)
    path = ROOT / example
    if entry is None or not path.is_file():
        return f"Not yet [checked on every Python]({link}): newer than the last run."
    if hashlib.sha256(path.read_bytes()).hexdigest() != entry["digest"]:
        return (
            f"Changed since it was last [checked on every Python]({link}); "
            "make test-versions checks it again."
        )
    if not entry["pythons"]:
        return f"[Checked on]({link}) no Python in the last run."
    return f"[Checked on]({link}) Python {_versions(entry['pythons'])}."


def add_lines(markdown: str, record: dict, link: str) -> str:
    lines = markdown.split("\n")
    insertions: dict[int, list[str]] = {}
    for number, line in enumerate(lines):
        match = INCLUDE.match(line)
        if not match:
            continue
        tab_indent = next(
            (
                _indent(lines[i])
                for i in range(number - 1, -1, -1)
                if TAB.match(lines[i]) and _indent(lines[i]) < _indent(line)
            ),
            None,
        )
        if tab_indent is None:
            continue  # not in a Code / Output tab set: no line
        end = next(
            (
                i
                for i in range(number + 1, len(lines))
                if lines[i].strip()
                and _indent(lines[i]) <= tab_indent
                and not TAB.match(lines[i])
            ),
            len(lines),
        )
        pad = " " * tab_indent
        text = checked_on(match[1], record, link)
        insertions.setdefault(end, []).extend(
            [
                "",
                f"{pad}<small>{text}</small>",
                f"{pad}{{: .checked-on data-search-exclude }}",
                "",
            ]
        )
    for end in sorted(insertions, reverse=True):
        lines[end:end] = insertions[end]
    return "\n".join(lines)


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    link = posixpath.relpath(ANCHOR, posixpath.dirname(page.file.src_uri) or ".")
    return add_lines(markdown, _record(), link)
