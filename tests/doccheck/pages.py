"""Find the tested examples in a Markdown page.

A tested example is a fenced code block whose only line is a snippets include
of a file under ``examples/``, followed by the block that shows its output.
Between the two there may be blank lines, a content-tab header such as
``=== "Output"`` and one directive comment (see :mod:`doccheck.directive`)::

    === "Code"

        ```python title="examples/creating_threads/01_target_args.py"
        --8<-- "examples/creating_threads/01_target_args.py"
        ```

    === "Output"

        <!-- output: any-order -->
        ```text
        ...
        ```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .directive import Directive, DirectiveError, parse_directive

INCLUDE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*py(?:thon)?\b[^\n]*\n"
    r"(?P=indent)--8<--[ \t]+\"(?P<path>[^\"]+)\"[ \t]*\n"
    r"(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE,
)
# Any snippets include, tested or not: used to find orphans and bad paths.
ANY_INCLUDE_RE = re.compile(r"(?<!;)--8<--[ \t]+\"(?P<path>[^\"]+)\"")
TAB_HEADER_RE = re.compile(r"^[ \t]*=== \"[^\"]*\"[ \t]*$")
DIRECTIVE_RE = re.compile(r"^[ \t]*<!--\s*output:(?P<text>.*?)-->[ \t]*$")
FENCE_OPEN_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[^\n]*$")


class PageError(Exception):
    """A page does not have the shape the harness needs; the message says where."""


@dataclass
class ExampleBlock:
    """One example include on a page and the output block that belongs to it."""

    page: Path
    example: str  # path as written in the include, relative to the project root
    line: int  # 1-based line of the include's opening fence
    start: int  # character offsets in the page: the include's opening fence ...
    end: int  # ... to the end of the output block's closing fence
    directive: Directive
    expected: list[str]  # the output block's lines, without indentation
    output_start: int  # character offsets of the output block's content
    output_end: int
    output_indent: str

    @property
    def location(self) -> str:
        return f"{self.page}:{self.line}"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def find_examples(text: str, page: Path) -> list[ExampleBlock]:
    """Return every tested example on a page, in order.

    Raises :class:`PageError` when an include has no output block after it,
    or when a directive cannot be parsed.
    """
    blocks = []
    for match in INCLUDE_RE.finditer(text):
        line = _line_of(text, match.start())
        where = f"{page}:{line}"
        position = match.end() + 1  # after the closing fence's newline
        directive_text = None
        while True:
            if position >= len(text):
                raise PageError(
                    f"{where}: example {match['path']} has no output block after it"
                )
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            current = text[position:line_end]
            if current.strip() == "" or TAB_HEADER_RE.match(current):
                position = line_end + 1
                continue
            directive_match = DIRECTIVE_RE.match(current)
            if directive_match and directive_text is None:
                directive_text = directive_match["text"]
                position = line_end + 1
                continue
            break
        fence_match = FENCE_OPEN_RE.match(current)
        if not fence_match:
            raise PageError(
                f"{where}: example {match['path']} must be followed by its output "
                f"block; found {current.strip()!r} instead"
            )
        indent, fence = fence_match["indent"], fence_match["fence"]
        close_re = re.compile(
            rf"^{re.escape(indent)}{re.escape(fence)}[ \t]*$", re.MULTILINE
        )
        content_start = line_end + 1
        close = close_re.search(text, content_start)
        if not close:
            raise PageError(
                f"{where}: the output block of {match['path']} is never closed"
            )
        content = text[content_start : close.start()]
        expected = [
            line[len(indent) :] if line.startswith(indent) else line.lstrip()
            for line in content.splitlines()
        ]
        try:
            directive = parse_directive(directive_text or "")
        except DirectiveError as error:
            raise PageError(f"{where}: {error}") from None
        blocks.append(
            ExampleBlock(
                page=page,
                example=match["path"],
                line=line,
                start=match.start(),
                end=close.end(),
                directive=directive,
                expected=expected,
                output_start=content_start,
                output_end=close.start(),
                output_indent=indent,
            )
        )
    return blocks


def included_paths(text: str) -> list[str]:
    """Every snippets include on a page, tested or not."""
    return [match["path"] for match in ANY_INCLUDE_RE.finditer(text)]
